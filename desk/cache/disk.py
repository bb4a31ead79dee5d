"""The persistent tier: a SQLite index and one signed blob file per entry, per app.

Layout under the cache root (``platformdirs.user_cache_dir("desk")`` unless configured),
folders mode 0700 and files mode 0600::

    secret.key                 per-user HMAC key, created on first use; refused unless it is
                               this user's and private (the tier is then off: memory only)
    apps/<app id>/index.sqlite key, function, name, size, created, last used, expiry (WAL)
    apps/<app id>/blobs/<key>.blob   (<key> is hex: nothing else ever becomes a path)

A blob starts with a small JSON header (format, section offsets, HMAC-SHA256 signature)
followed by its sections: the pickled replay record and the value. Frames and Arrow
tables are stored as Arrow IPC and read memory-mapped; anything else is pickled. Blobs
are written to a temporary file and renamed into place, so readers never see half a blob.
Nothing is unpickled before its signature verifies.

Several processes share one cache. Every rename or removal of a blob happens inside a
write transaction of the index, so a process that drops or evicts an entry sees exactly
the file it decided about: it never removes an entry that another process has just
replaced. A reader opens a blob once and reads (or maps) everything from that descriptor.

Faults never reach the app: a bad blob is deleted, logged and reported as a miss; a
folder that cannot be written (read-only, full disk) turns the tier off for the rest of
the process with one logged warning, and caching continues in memory.
"""

from __future__ import annotations

import atexit
import errno
import hashlib
import hmac
import io
import json
import logging
import mmap
import os
import pickle
import re
import secrets
import sqlite3
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from desk.config import Settings

log = logging.getLogger("desk.cache")

# The wall clock of the disk tier (entries outlive the process). Tests replace it.
wall_clock: Callable[[], float] = time.time

MAGIC = b"DESKBLB1"
ALIGN = 64
SECRET_NAME = "secret.key"
INDEX_NAME = "index.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY,
    function TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    created REAL NOT NULL,
    last_used REAL NOT NULL,
    expires REAL,
    format TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_by_function ON entries (function);
CREATE INDEX IF NOT EXISTS entries_by_last_used ON entries (last_used);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
"""


_HEX_KEY = re.compile(r"[0-9a-f]{1,128}")


class BlobError(Exception):
    """A blob that cannot be used: missing, truncated, corrupt or forged.

    ``identity`` is (device, inode) of the file that was read, when one was opened.
    """

    def __init__(self, message: str, identity: tuple[int, int] | None = None) -> None:
        super().__init__(message)
        self.identity = identity


class UnsafeCacheError(OSError):
    """A cache file that desk refuses to trust (another user's, or readable by others)."""


# ------------------------------------------------------------------------- locations


def configured_root(settings: Settings) -> Path | None:
    """The cache root set explicitly (the ``cache.dir`` setting, or its env ``DESK_CACHE_DIR``)."""
    return Path(settings.cache_dir).expanduser() if settings.cache_dir else None


def cache_root(settings: Settings) -> Path:
    """Where desk keeps persistent caches for this user."""
    root = configured_root(settings)
    if root is not None:
        return root
    import platformdirs

    return Path(platformdirs.user_cache_dir("desk", appauthor=False))


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")
    return slug[:60] or "app"


def app_id_for_script(script: Path) -> str:
    """The app id of a script: its name plus a digest of its resolved path."""
    try:
        resolved = str(script.resolve())
    except OSError:
        resolved = str(script.absolute())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{_slug(script.stem)}-{digest}"


def app_id_of(settings: Settings, script: Path | None) -> str | None:
    """The app id: the ``app_id`` setting (a built app's name), else one derived from the script."""
    if settings.app_id:
        return _slug(settings.app_id)
    return app_id_for_script(script) if script is not None else None


def make_private_dirs(*folders: Path) -> None:
    """Create each folder (in order) with mode 0700; tighten one of ours that is looser."""
    for folder in folders:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            if os.name == "posix":
                info = os.stat(folder)
                if info.st_uid == os.geteuid() and info.st_mode & 0o077:
                    os.chmod(folder, 0o700)


def check_private(path: Path, info: os.stat_result) -> None:
    """Raise ``UnsafeCacheError`` unless ``path`` (as ``info`` describes it) is this user's and private."""
    if os.name != "posix":
        return
    if info.st_uid != os.geteuid():
        raise UnsafeCacheError(
            errno.EPERM,
            f"the cache key {path} belongs to another user (uid {info.st_uid}); desk will not trust it, because whoever "
            "can write it can make cached values run code. Delete it (desk makes a new, private one)",
        )
    if info.st_mode & 0o077:
        raise UnsafeCacheError(
            errno.EPERM,
            f"the cache key {path} is readable or writable by other users (mode {info.st_mode & 0o777:04o}); desk will "
            f"not trust it. Delete it (desk makes a new, private one) or run: chmod 600 {path}",
        )


def _read_key(path: Path) -> bytes | None:
    """The key file's bytes after the ownership and mode checks, or None when there is none."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnsafeCacheError(errno.EPERM, f"the cache key {path} is a symbolic link; desk will not trust it") from None
        raise
    try:
        check_private(path, os.fstat(fd))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(4096)
    finally:
        os.close(fd)


def load_secret(root: Path) -> bytes:
    """The per-user signing key, created on first use with mode 0600.

    Raises ``UnsafeCacheError`` when the key file belongs to another user, is readable
    or writable by others, or is a symbolic link: a key that someone else could have
    written would let their signed pickles run.
    """
    path = root / SECRET_NAME
    data = _read_key(path)
    if data is not None and len(data) >= 32:
        return data
    root.parent.mkdir(parents=True, exist_ok=True)
    make_private_dirs(root)
    fresh = secrets.token_bytes(32)
    temp = root / f".{SECRET_NAME}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, fresh)
    finally:
        os.close(fd)
    try:
        if data is not None:
            os.replace(temp, path)  # the old key was unusable (short): replace it
        else:
            os.link(temp, path)  # atomic, and loses to a concurrent creator
    except FileExistsError:
        pass
    except OSError:
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    data = _read_key(path)
    if data is None or len(data) < 32:
        raise OSError(errno.EIO, f"the cache key {path} is unreadable")
    return data


# ------------------------------------------------------------------------- encoding


@dataclass
class Encoded:
    """A value ready to be written: its format, header extras and sections.

    An Arrow entry's second section is the Arrow table itself, streamed to the file as
    Arrow IPC when written; every other section is bytes.
    """

    format: str
    kind: str
    sections: list[Any]
    extra_header: dict[str, Any]


def _arrow_safe_values(values: Any) -> bool:
    import pandas as pd

    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return _arrow_safe_values(dtype.categories)
    if isinstance(dtype, (pd.StringDtype, pd.DatetimeTZDtype)):
        return True
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return type(dtype).__name__ in {
            "Int8Dtype", "Int16Dtype", "Int32Dtype", "Int64Dtype", "UInt8Dtype", "UInt16Dtype", "UInt32Dtype",
            "UInt64Dtype", "Float32Dtype", "Float64Dtype", "BooleanDtype",
        }  # fmt: skip
    if dtype.kind in "biufmM":
        return True
    if dtype.kind == "O":
        return bool(pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"))
    return False


def _arrow_safe_frame(frame: Any) -> bool:
    """True when ``frame`` round-trips through Arrow unchanged (else it is pickled)."""
    import pandas as pd

    columns = frame.columns
    if isinstance(columns, pd.MultiIndex) or columns.has_duplicates or frame.attrs:
        return False
    if not all(isinstance(name, str) for name in columns) or not isinstance(columns.name, (str, type(None))):
        return False
    index = frame.index
    levels = [index.get_level_values(i) for i in range(index.nlevels)] if isinstance(index, pd.MultiIndex) else [index]
    if not all(isinstance(name, (str, type(None))) for name in index.names):
        return False
    if not isinstance(index, pd.RangeIndex) and not all(_arrow_safe_values(level) for level in levels):
        return False
    return all(_arrow_safe_values(frame[name]) for name in columns)


def _arrow_bytes(table: Any) -> Any:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def encode(value: Any, extra: Any) -> Encoded:
    """Encode a cached value and its replay record into blob sections."""
    return encode_pickled(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), pickle.dumps(extra), value)


def encode_pickled(value_pickle: bytes | None, extra_pickle: bytes, value: Any = None) -> Encoded:
    """Encode an entry; frames and Arrow tables go as Arrow IPC, anything else as a pickle.

    ``value_pickle`` may be None when ``value`` is given: it is pickled only if needed.
    """
    module = type(value).__module__ or ""
    if module.startswith("pandas") or module.startswith("pyarrow"):
        arrow = _encode_arrow(value)
        if arrow is not None:
            kind, payload, header = arrow
            return Encoded("arrow", kind, [extra_pickle, payload], header)
    if value_pickle is None:
        value_pickle = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return Encoded("pickle", "object", [extra_pickle, value_pickle], {})


def snapshot(value: Any) -> Any:
    """A private copy of a frame, series or Arrow table that Arrow stores exactly, else None.

    The entry is written from it in the background while the caller is free to change
    its own value. Arrow tables are immutable: the table itself is its snapshot.
    """
    kind = type(value)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if name == "pyarrow.lib.Table":
        return value
    if name in ("pandas.DataFrame", "pandas.core.frame.DataFrame"):
        return private_copy(value) if _arrow_safe_frame(value) else None
    if name in ("pandas.Series", "pandas.core.series.Series"):
        if isinstance(value.name, (str, type(None))) and _arrow_safe_frame(value.to_frame(name="values")):
            return private_copy(value)
    return None


def private_copy(value: Any) -> Any:
    """A copy of a frame or series that no change to ``value`` can reach, and that changes nothing in it.

    Under pandas' copy-on-write (always on from pandas 3) a shallow copy is one: a change
    to either side copies the data it touches first. Otherwise the data is copied now.
    An Arrow table is immutable and is returned as it is.
    """
    if hasattr(value, "schema"):
        return value
    import pandas as pd

    copy_on_write = int(pd.__version__.split(".")[0]) >= 3 or pd.get_option("mode.copy_on_write") is True
    return value.copy(deep=not copy_on_write)


def _table_from_frame(frame: Any) -> Any:
    """``frame`` as an Arrow table laid out for zero-copy reads.

    A RangeIndex is kept as metadata (no column to store and read back), and NaN in a
    float column stays a value, as pandas has it, instead of becoming an Arrow null that
    reading would have to turn back into NaN in a new array.
    """
    import numpy as np
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=None)
    for name in frame.columns:
        dtype = frame[name].dtype
        if isinstance(dtype, np.dtype) and dtype.kind == "f" and table.column(name).null_count:
            index = table.schema.get_field_index(name)
            table = table.set_column(index, table.schema.field(index), pa.array(frame[name].to_numpy(), from_pandas=False))
    return table


def _encode_arrow(value: Any) -> tuple[str, Any, dict[str, Any]] | None:
    import pandas as pd
    import pyarrow as pa

    try:
        # Exact types only: a subclass (a GeoDataFrame...) would come back as its base class.
        if type(value) is pa.Table:
            return "table", value, {}
        if type(value) is pd.DataFrame and _arrow_safe_frame(value):
            return "frame", _table_from_frame(value), {}
        if type(value) is pd.Series and isinstance(value.name, (str, type(None))):
            frame = value.to_frame(name="values")
            if _arrow_safe_frame(frame):
                return "series", _table_from_frame(frame), {"series_name": value.name}
    except (pa.ArrowException, ValueError, TypeError):
        return None
    return None


CHECKSUM_CHUNK = 64 * 1024


def data_checksum(data: Any) -> str:
    """A fast checksum of Arrow data: the 64-bit word sums of each 64 KiB chunk, hashed in order.

    It catches corruption (flipped bits, zeroed or swapped pages, a truncated tail), not
    forgery: frames are data, and the header that holds the checksum is signed. Summing
    runs at memory speed, where an HMAC over every byte cost more than the rest of a hit.
    """
    import numpy as np

    view = memoryview(data).cast("B")
    words = view.nbytes // 8
    per_chunk = CHECKSUM_CHUNK // 8
    full = words // per_chunk
    array = np.frombuffer(view, dtype="<u8", count=words)
    digest = hashlib.sha256(struct.pack("<Q", view.nbytes))
    digest.update(array[: full * per_chunk].reshape(full, per_chunk).sum(axis=1, dtype=np.uint64).tobytes())
    digest.update(array[full * per_chunk :].sum(dtype=np.uint64, keepdims=True).tobytes())
    digest.update(view[words * 8 :])
    return f"sum64:{digest.hexdigest()}"


def _pad(length: int) -> int:
    return (-length) % ALIGN


def _signer(secret: bytes, key: str, sections: list[Any]) -> Any:
    signer = hmac.new(secret, key.encode() + b"\0", hashlib.sha256)
    for section in sections:
        signer.update(struct.pack("<Q", memoryview(section).nbytes))
        signer.update(memoryview(section))
    return signer


def _mac(signer: Any, header: dict[str, Any]) -> str:
    """The signature of a blob: its key, sections and header (without the signature)."""
    final = signer.copy()
    final.update(json.dumps({k: v for k, v in header.items() if k != "mac"}, sort_keys=True).encode())
    return str(final.hexdigest())


def blob_parts(key: str, encoded: Encoded, secret: bytes) -> list[Any]:
    """The byte chunks of a blob file: magic, header, padded sections."""
    if encoded.format == "arrow" and not isinstance(encoded.sections[1], (bytes, bytearray, memoryview)) and hasattr(
        encoded.sections[1], "schema"
    ):
        encoded = Encoded(encoded.format, encoded.kind, [encoded.sections[0], _arrow_bytes(encoded.sections[1])], encoded.extra_header)
    sizes = [memoryview(section).nbytes for section in encoded.sections]
    header: dict[str, Any] = {"format": encoded.format, "kind": encoded.kind, **encoded.extra_header}
    signed = encoded.sections
    if encoded.format == "arrow":  # data, not code: a fast checksum, itself signed in the header
        header["checksum"] = data_checksum(encoded.sections[1])
        signed = encoded.sections[:1]
    signer = _signer(secret, key, signed)
    first = ALIGN
    while True:  # the header's length depends on the offsets it holds: grow until it fits
        placements: list[list[int]] = []
        cursor = first
        for size in sizes:
            placements.append([cursor, size])
            cursor += size + _pad(cursor + size)
        header["sections"] = placements
        header["mac"] = _mac(signer, header)
        header_bytes = json.dumps(header, sort_keys=True).encode()
        head = MAGIC + struct.pack("<II", len(header_bytes), 0) + header_bytes
        if len(head) <= first:
            break
        first = len(head) + _pad(len(head))
    parts: list[Any] = [head, b"\0" * (first - len(head))]
    for index, section in enumerate(encoded.sections):
        parts.append(section)
        if index + 1 < len(placements):
            end = placements[index][0] + sizes[index]
            parts.append(b"\0" * (placements[index + 1][0] - end))
    return parts


RESERVED_HEAD = 4096
"""Room left for the header of a streamed Arrow blob (its sections start on a page)."""


def write_blob(path: Path, key: str, encoded: Encoded, secret: bytes) -> tuple[Path, int]:
    """Write a blob for ``path`` to a private temporary file; returns (its path, its size).

    An Arrow table is streamed to the file as Arrow IPC, with no copy in memory; the
    header (with the data's checksum) goes into room left at the start.
    """
    if encoded.format == "arrow" and hasattr(encoded.sections[1], "schema"):
        streamed = _stream_arrow_blob(path, key, encoded, secret)
        if streamed is not None:
            return streamed
    return write_temporary(path, blob_parts(key, encoded, secret))


class _Relative(io.RawIOBase):
    """A file seen from ``start``: Arrow records its blocks' offsets from where its stream begins."""

    def __init__(self, handle: BinaryIO, start: int) -> None:
        self.handle = handle
        self.start = start

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return self.handle.write(data)

    def tell(self) -> int:
        return self.handle.tell() - self.start


def _stream_arrow_blob(path: Path, key: str, encoded: Encoded, secret: bytes) -> tuple[Path, int] | None:
    import pyarrow as pa

    extra, table = encoded.sections
    extra_size = memoryview(extra).nbytes
    start = RESERVED_HEAD + extra_size + _pad(RESERVED_HEAD + extra_size)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with open(fd, "w+b") as handle:
            handle.write(b"\0" * RESERVED_HEAD)
            handle.write(extra)
            handle.write(b"\0" * (start - RESERVED_HEAD - extra_size))
            with pa.PythonFile(_Relative(handle, start), mode="w") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)
            handle.flush()
            total = handle.tell()
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            try:
                with memoryview(mapped) as view:
                    checksum = data_checksum(view[start:total])
            finally:
                mapped.close()
            header: dict[str, Any] = {"format": encoded.format, "kind": encoded.kind, **encoded.extra_header}
            header["checksum"] = checksum
            header["sections"] = [[RESERVED_HEAD, extra_size], [start, total - start]]
            header["mac"] = _mac(_signer(secret, key, [extra]), header)
            header_bytes = json.dumps(header, sort_keys=True).encode()
            head = MAGIC + struct.pack("<II", len(header_bytes), 0) + header_bytes
            if len(head) <= RESERVED_HEAD:
                handle.seek(0)
                handle.write(head)
                return temp, total
        temp.unlink()  # a header too long for the room (a very long series name): write it the plain way
        return None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def read_blob(path: Path, key: str, secret: bytes) -> tuple[Any, Any]:
    """Verify and decode a blob into (value, extra). Raises ``BlobError`` when unusable.

    The file is opened once: its header, its sections and any memory map all come from
    that one descriptor, so a concurrent replacement of ``path`` cannot mix two blobs.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise BlobError("the blob file is missing") from None
    except OSError as error:
        raise BlobError(f"unreadable ({error})") from None
    try:
        info = os.fstat(fd)
        identity = (info.st_dev, info.st_ino)
        try:
            return _read_open_blob(fd, info.st_size, key, secret)
        except BlobError as problem:
            problem.identity = identity
            raise
    finally:
        os.close(fd)


def _read_open_blob(fd: int, total: int, key: str, secret: bytes) -> tuple[Any, Any]:
    try:
        with os.fdopen(fd, "rb", closefd=False) as handle:
            head = handle.read(len(MAGIC) + 8)
            if len(head) < len(MAGIC) + 8 or head[: len(MAGIC)] != MAGIC:
                raise BlobError("not a desk cache blob (bad magic)")
            (header_length, _) = struct.unpack("<II", head[len(MAGIC) :])
            header = json.loads(handle.read(header_length))
            placements = header["sections"]
            end = placements[-1][0] + placements[-1][1]
            if total < end:
                raise BlobError(f"truncated ({total} of {end} bytes)")
            if header["format"] == "arrow":
                return _read_arrow(fd, key, header, secret)
            sections = []
            for offset, size in placements:
                handle.seek(offset)
                sections.append(handle.read(size))
    except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
        raise BlobError(f"unreadable ({error})") from None
    _verify(header, key, sections, secret)
    try:
        return pickle.loads(sections[1]), pickle.loads(sections[0])
    except Exception as error:
        raise BlobError(f"could not be unpickled ({type(error).__name__}: {error})") from None


def _verify(header: dict[str, Any], key: str, sections: list[Any], secret: bytes) -> None:
    claimed = header.get("mac", "")
    expected = _mac(_signer(secret, key, sections), header)
    if not isinstance(claimed, str) or not hmac.compare_digest(claimed, expected):
        raise BlobError("its signature does not verify")


def _read_arrow(fd: int, key: str, header: dict[str, Any], secret: bytes) -> tuple[Any, Any]:
    """Decode an Arrow blob from a private, copy-on-write map of ``fd``.

    The columns of the returned frame point into the map where Arrow's layout is pandas'
    (numbers and datetimes without nulls): no copy is made, pages are read when used, and
    a caller that changes the frame changes its own private pages, never the file or
    another caller's frame, as ``cache_data`` promises.
    """
    import pyarrow as pa

    try:
        # The map lives as long as the arrays that point into it (no ``with``).
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)
        whole = memoryview(mapped)
        sections = [whole[offset : offset + size] for offset, size in header["sections"]]
        if "checksum" in header:
            _verify(header, key, sections[:1], secret)
            if data_checksum(sections[1]) != header["checksum"]:
                raise BlobError("its checksum does not match: the data is corrupt")
        else:  # written by an older desk: everything is signed
            _verify(header, key, sections, secret)
        extra = pickle.loads(sections[0])
        table = pa.ipc.open_file(pa.py_buffer(sections[1])).read_all()
        kind = header["kind"]
        if kind == "table":
            value: Any = table
        elif kind == "series":
            value = _private_frame(table, mapped).iloc[:, 0].rename(header.get("series_name"))
        else:
            value = _private_frame(table, mapped)
    except BlobError:
        raise
    except Exception as error:
        raise BlobError(f"unreadable Arrow data ({type(error).__name__}: {error})") from None
    return value, extra


def _private_frame(table: Any, mapped: mmap.mmap) -> Any:
    """``table`` as a frame whose columns the caller may change.

    Arrow hands zero-copy columns to pandas read-only; those are re-viewed writable from
    the private map (the same memory). Columns pandas owns stay, Arrow-backed ones stay
    (pandas replaces their arrays on change), and other extension columns are copied.
    """
    import numpy as np
    import pandas as pd

    frame = table.to_pandas(split_blocks=True)
    low = np.frombuffer(mapped, dtype=np.uint8, count=1).__array_interface__["data"][0]
    high = low + len(mapped)
    columns: dict[str, Any] = {}
    for name in frame.columns:
        column = frame[name]
        if isinstance(column.dtype, np.dtype):
            values = column.to_numpy(copy=False)
            if not values.flags.writeable:
                start = values.__array_interface__["data"][0]
                if values.ndim == 1 and values.flags.c_contiguous and low <= start and start + values.nbytes <= high:
                    values = np.frombuffer(mapped, dtype=values.dtype, count=values.size, offset=start - low)
                else:
                    values = values.copy()
            columns[name] = values
        elif isinstance(column.dtype, pd.ArrowDtype) or getattr(column.dtype, "storage", None) == "pyarrow":
            columns[name] = column.array
        else:
            columns[name] = column.array.copy()
    result = pd.DataFrame(columns, index=frame.index, copy=False)
    result.columns.name = frame.columns.name
    return result


# ------------------------------------------------------------------------- writing behind


class WriteBehind:
    """One background thread that runs disk-cache jobs in order: new entries, and hits to record.

    A cached call returns as soon as its value is computed; its entry reaches the disk
    here, off the critical path. Nothing is lost at a clean exit: ``flush`` waits for the
    queue, and it runs at interpreter exit (and ``desk run`` calls it when it stops).
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._jobs: deque[tuple[tuple[int, str], Callable[[], None]]] = deque()
        self._pending: dict[tuple[int, str], int] = {}
        self._thread: threading.Thread | None = None
        self._registered = False

    def submit(self, store: DiskCache, key: str, job: Callable[[], None]) -> None:
        """Queue ``job``, which writes ``key`` of ``store``."""
        ident = (id(store), key)
        with self._changed:
            self._jobs.append((ident, job))
            self._pending[ident] = self._pending.get(ident, 0) + 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="desk-cache-writer", daemon=True)
                self._thread.start()
                if not self._registered:
                    self._registered = True
                    atexit.register(self.flush)
            self._changed.notify_all()

    def pending(self, store: DiskCache, key: str) -> bool:
        """True while a job for ``key`` of ``store`` is queued or running."""
        with self._changed:
            return (id(store), key) in self._pending

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued job has run; False when ``timeout`` passed first."""
        if threading.current_thread() is self._thread:
            return not self._jobs
        with self._changed:
            return self._changed.wait_for(lambda: not self._jobs, timeout)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: bool(self._jobs))
                ident, job = self._jobs[0]
            try:
                job()
            except Exception as error:  # a job logs its own faults; this is the last resort
                log.warning("desk cache: a background write failed: %s: %s", type(error).__name__, error)
            finally:
                with self._changed:
                    self._jobs.popleft()
                    left = self._pending[ident] - 1
                    if left:
                        self._pending[ident] = left
                    else:
                        del self._pending[ident]
                    self._changed.notify_all()


writer = WriteBehind()


def flush_writes(timeout: float | None = None) -> bool:
    """Wait until this process's pending disk-cache writes are on disk; False on timeout."""
    return writer.flush(timeout)


# ------------------------------------------------------------------------- the index


@dataclass
class EntryInfo:
    """One row of an app's index."""

    key: str
    function: str
    name: str
    size: int
    created: float
    last_used: float
    expires: float | None
    format: str


@dataclass
class DiskEntry:
    """What a disk hit returns."""

    value: Any
    extra: Any
    expires: float | None
    format: str


class DiskCache:
    """The persistent cache of one app. Safe to share between threads and processes."""

    def __init__(self, root: Path, app_id: str, *, script: str | None = None, max_bytes: int = 1024 * 1024 * 1024) -> None:
        self.root = root
        self.app_id = app_id
        self.folder = root / "apps" / app_id
        self.blobs = self.folder / "blobs"
        self.script = script
        self.max_bytes = max_bytes
        self.disabled = False
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._secret: bytes | None = None
        self._touches: dict[str, float] = {}  # hits not yet recorded in the index: key -> time

    # -- plumbing
    def _open(self) -> sqlite3.Connection:
        if self._conn is None:
            self._secret = load_secret(self.root)
            make_private_dirs(self.root / "apps", self.folder, self.blobs)
            _private_file(self.folder / INDEX_NAME)
            try:
                self._conn = self._connect()
            except sqlite3.DatabaseError as error:
                if isinstance(error, sqlite3.OperationalError):
                    raise
                self._start_over(error)
                self._conn = self._connect()
        return self._conn

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.folder / INDEX_NAME, timeout=10, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(_SCHEMA)
            with _transaction(conn):
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('app_id', ?)", (self.app_id,))
                if self.script is not None:
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('script', ?)", (self.script,))
        except BaseException:
            conn.close()
            raise
        return conn

    def _start_over(self, error: BaseException) -> None:
        """A corrupt index: remove it and its blobs, so the cache starts empty."""
        log.warning("desk cache: the index of app %s is corrupt (%s); starting with an empty cache.", self.app_id, error)
        for suffix in ("", "-wal", "-shm"):
            (self.folder / f"{INDEX_NAME}{suffix}").unlink(missing_ok=True)
        for stray in self.blobs.iterdir():
            _remove_stray(stray)

    def _degrade(self, action: str, error: BaseException) -> None:
        if not self.disabled:
            self.disabled = True
            if isinstance(error, UnsafeCacheError):
                log.warning("desk cache: %s. Caching continues in memory only for app %s.", error.strerror, self.app_id)
                self.close()
                return
            log.warning(
                "desk cache: could not %s in %s (%s). Caching continues in memory only for this app; "
                "free some disk space or fix the folder's permissions, then restart the app.",
                action,
                self.folder,
                error,
            )
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                except sqlite3.Error:
                    pass
                self._conn = None

    def blob_path(self, key: str) -> Path:
        """The blob file of ``key``. Keys are hex digests; anything else is refused (ValueError)."""
        if not _HEX_KEY.fullmatch(key):
            raise ValueError(f"desk cache: {key!r} is not a cache key (lowercase hex digits)")
        return self.blobs / f"{key}.blob"

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                log.warning("desk cache: %s skipped, the index of %s is busy (%s).", action, self.app_id, error)
            else:
                self._degrade(action, error)
        except (OSError, sqlite3.Error) as error:
            self._degrade(action, error)

    # -- reads
    def get(self, key: str) -> tuple[Any, Any, float | None] | None:
        """(value, extra, expiry time) for ``key``, or None on a miss. Bad entries are deleted and logged."""
        found = self.read(key)
        return None if found is None else (found.value, found.extra, found.expires)

    def read(self, key: str) -> DiskEntry | None:
        """The entry of ``key``, or None on a miss. Bad entries are deleted and logged.

        A hit costs one indexed read of the index; its time of use is recorded later, in
        the background.
        """
        if self.disabled:
            return None
        if writer.pending(self, key):  # this process is still writing it
            writer.flush()
        with self._lock, self._guard("read the cache"):
            conn = self._open()
            row = conn.execute("SELECT expires, name, created, format FROM entries WHERE key = ?", (key,)).fetchone()
            if row is None:
                return None
            expires, name, created, format_ = row
            now = wall_clock()
            if expires is not None and now >= expires:
                self._delete_rows([(key, created)])
                return None
            assert self._secret is not None
            try:
                value, extra = read_blob(self.blob_path(key), key, self._secret)
            except BlobError as problem:
                if self._drop(key, created, problem.identity):
                    log.warning("desk cache: the entry of %s in app %s was dropped and recomputed: %s.", name, self.app_id, problem)
                return None
            schedule = not self._touches
            self._touches[key] = now
            if schedule:
                writer.submit(self, "", self._record_touches)
            return DiskEntry(value, extra, expires, format_)
        return None

    def _record_touches(self) -> None:
        with self._lock, self._guard("record cache hits"):
            if self._touches and not self.disabled:
                self._apply_touches(self._open())

    def _apply_touches(self, conn: sqlite3.Connection) -> None:
        touches, self._touches = self._touches, {}
        if touches:
            with _transaction(conn):
                conn.executemany("UPDATE entries SET last_used = MAX(last_used, ?) WHERE key = ?", [(t, k) for k, t in touches.items()])

    # -- writes
    def put(
        self,
        key: str,
        *,
        function: str,
        name: str,
        encoded: Encoded,
        ttl: float | None = None,
        max_entries: int | None = None,
    ) -> bool:
        """Store an entry. Returns False when the tier is (or just became) unavailable."""
        if self.disabled:
            return False
        with self._lock, self._guard("write the cache"):
            conn = self._open()
            assert self._secret is not None
            path = self.blob_path(key)
            temp, size = write_blob(path, key, encoded, self._secret)
            try:
                now = wall_clock()
                expires = None if ttl is None else now + ttl
                with _transaction(conn):  # the rename and the row change together, under the index's lock
                    os.replace(temp, path)
                    conn.execute(
                        "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (key, function, name, size, now, now, expires, encoded.format),
                    )
            finally:
                temp.unlink(missing_ok=True)
            self._apply_touches(conn)
            self._evict(conn, function, max_entries, now)
            return True
        return False

    def _evict(self, conn: sqlite3.Connection, function: str, max_entries: int | None, now: float) -> None:
        rows = "SELECT key, created FROM entries"
        doomed = conn.execute(f"{rows} WHERE expires IS NOT NULL AND expires <= ?", (now,)).fetchall()
        if max_entries is not None:
            doomed += conn.execute(
                f"{rows} WHERE function = ? ORDER BY last_used DESC LIMIT -1 OFFSET ?", (function, max(max_entries, 0))
            ).fetchall()
        total = conn.execute("SELECT COALESCE(SUM(size), 0) FROM entries").fetchone()[0]
        if total > self.max_bytes:
            chosen = {key for key, _ in doomed}
            for key, created, size in conn.execute("SELECT key, created, size FROM entries ORDER BY last_used ASC, created ASC"):
                if total <= self.max_bytes:
                    break
                if key not in chosen:
                    doomed.append((key, created))
                    total -= size
        if doomed:
            self._delete_rows(doomed)

    def _delete_rows(self, rows: list[tuple[str, float]]) -> None:
        """Delete entries as they were read ((key, created)): a row replaced since then stays, and so does its blob."""
        conn = self._open()
        with _transaction(conn):
            for key, created in rows:
                if conn.execute("DELETE FROM entries WHERE key = ? AND created = ?", (key, created)).rowcount:
                    self._unlink_blob(key)

    def _drop(self, key: str, created: float, identity: tuple[int, int] | None) -> bool:
        """Drop an entry whose blob failed to read, unless another process has replaced it meanwhile.

        Returns True when the entry was dropped (False: the entry is newer than the blob read).
        """
        conn = self._open()
        with _transaction(conn):  # blobs are only renamed or removed under this lock
            if identity is not None:
                try:
                    info = os.stat(self.blob_path(key))
                except FileNotFoundError:
                    info = None
                if info is not None and (info.st_dev, info.st_ino) != identity:
                    return False  # a fresh blob from another process
            if not conn.execute("DELETE FROM entries WHERE key = ? AND created = ?", (key, created)).rowcount:
                return False  # the row was replaced (or dropped) by another process
            if identity is not None:
                self._unlink_blob(key)
        return True

    def _unlink_blob(self, key: str) -> None:
        """Remove a blob. Call inside a transaction of the index."""
        try:
            path = self.blob_path(key)
        except ValueError as error:  # a crafted row: never turn it into a path
            log.warning("%s; its row was removed, no file was touched.", error)
            return
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("desk cache: could not delete %s: %s", path, error)

    def _delete_selected(self, conn: sqlite3.Connection, where: str, parameters: tuple[Any, ...]) -> None:
        with _transaction(conn):
            keys = [row[0] for row in conn.execute(f"SELECT key FROM entries {where}", parameters)]
            conn.execute(f"DELETE FROM entries {where}", parameters)
            for key in keys:
                self._unlink_blob(key)

    def put_later(self, key: str, job: Callable[[], None]) -> None:
        """Run ``job`` (which calls ``put`` for ``key``) in the background; reads of ``key`` wait for it."""
        writer.submit(self, key, job)

    def delete(self, key: str) -> None:
        if self.disabled:
            return
        writer.flush()  # a pending write must not bring the entry back
        with self._lock, self._guard("delete a cache entry"):
            self._delete_selected(self._open(), "WHERE key = ?", (key,))

    def delete_function(self, function: str) -> None:
        """Delete every entry of one cached function."""
        if self.disabled:
            return
        writer.flush()
        with self._lock, self._guard("clear a cached function"):
            self._delete_selected(self._open(), "WHERE function = ?", (function,))

    def clear(self) -> None:
        """Delete every entry of this app."""
        if self.disabled:
            return
        writer.flush()
        with self._lock, self._guard("clear the cache"):
            conn = self._open()
            self._delete_selected(conn, "", ())
            for stray in self.blobs.iterdir():
                _remove_stray(stray)

    def has_arrow_entries(self) -> bool:
        """Open the index (as a first read would) and say whether any entry is stored as Arrow."""
        if self.disabled:
            return False
        with self._lock, self._guard("read the cache"):
            return self._open().execute("SELECT 1 FROM entries WHERE format = 'arrow' LIMIT 1").fetchone() is not None
        return False

    def entries(self) -> list[EntryInfo]:
        writer.flush()
        with self._lock:
            conn = self._open()
            rows = conn.execute(
                "SELECT key, function, name, size, created, last_used, expires, format FROM entries ORDER BY last_used DESC"
            ).fetchall()
        return [EntryInfo(*row) for row in rows]


def _remove_stray(path: Path) -> None:
    """Remove a blob, or a temporary file left by a crashed writer (live ones are younger than an hour)."""
    try:
        if path.suffix == ".blob" or path.stat().st_mtime < time.time() - 3600:
            path.unlink()
    except FileNotFoundError:
        pass


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _private_file(path: Path) -> None:
    """Make sure ``path`` exists with mode 0600 (tightening one of ours that is looser)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if os.name == "posix":
            info = os.stat(path)
            if info.st_uid == os.geteuid() and info.st_mode & 0o077:
                os.chmod(path, 0o600)


def write_temporary(path: Path, parts: list[Any]) -> tuple[Path, int]:
    """Write ``parts`` to a new private temporary file beside ``path``; returns (its path, its size)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    size = 0
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with open(fd, "wb") as handle:
            for part in parts:
                size += handle.write(part)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp, size


def write_atomically(path: Path, parts: list[Any]) -> int:
    """Write ``parts`` to a temporary file beside ``path`` and rename it into place."""
    temp, size = write_temporary(path, parts)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return size


# ------------------------------------------------------------------------- inspection (CLI)


@dataclass
class AppSummary:
    """What ``desk cache list`` shows for one app."""

    app_id: str
    folder: Path
    script: str | None
    entries: int
    size: int
    last_used: float | None


def read_app_summary(folder: Path) -> AppSummary:
    """Summarise one app folder without creating or modifying anything."""
    index = folder / INDEX_NAME
    script = None
    entries, size, last_used = 0, 0, None
    if index.exists():
        conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT COUNT(*), COALESCE(SUM(size), 0), MAX(last_used) FROM entries").fetchone()
            entries, size, last_used = int(row[0]), int(row[1]), row[2]
            found = conn.execute("SELECT value FROM meta WHERE name = 'script'").fetchone()
            script = found[0] if found else None
        except sqlite3.Error:
            pass
        finally:
            conn.close()
    return AppSummary(folder.name, folder, script, entries, size, last_used)


def list_apps(root: Path) -> list[AppSummary]:
    apps = root / "apps"
    if not apps.is_dir():
        return []
    return [read_app_summary(folder) for folder in sorted(apps.iterdir()) if folder.is_dir()]
