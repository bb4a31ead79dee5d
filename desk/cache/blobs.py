"""The blob files of the disk cache: their paths, their signed format, writing and reading them.

One file per entry, ``blobs/<key>.blob``, where ``<key>`` is hex: nothing else ever
becomes a path. A blob starts with a small JSON header (format, section offsets,
HMAC-SHA256 signature) followed by its sections: the pickled replay record and the
value. Arrow data is checksummed (the checksum sits in the signed header) and read
memory-mapped; every pickle is signed and nothing is unpickled before its signature
verifies. Blobs are written to a private temporary file and renamed into place by the
caller, so readers never see half a blob; a reader opens a blob once and reads (or maps)
everything from that descriptor.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import mmap
import os
import pickle
import re
import secrets
import struct
import time
from pathlib import Path
from typing import Any, BinaryIO

from desk.cache.encoding import Encoded
from desk.cache.frames import arrow_bytes, data_checksum, decode_arrow

MAGIC = b"DESKBLB1"
ALIGN = 64
RESERVED_HEAD = 4096
"""Room left for the header of a streamed Arrow blob (its sections start on a page)."""

_HEX_KEY = re.compile(r"[0-9a-f]{1,128}")


class BlobError(Exception):
    """A blob that cannot be used: missing, truncated, corrupt or forged.

    ``identity`` is (device, inode) of the file that was read, when one was opened.
    """

    def __init__(self, message: str, identity: tuple[int, int] | None = None) -> None:
        super().__init__(message)
        self.identity = identity


# ------------------------------------------------------------------------- paths


def blob_file(folder: Path, key: str) -> Path:
    """The blob of ``key`` in ``folder``. Keys are hex digests; anything else is refused (ValueError)."""
    if not _HEX_KEY.fullmatch(key):
        raise ValueError(f"desk cache: {key!r} is not a cache key (lowercase hex digits)")
    return folder / f"{key}.blob"


def remove_stray(path: Path) -> None:
    """Remove a blob, or a temporary file left by a crashed writer (live ones are younger than an hour)."""
    try:
        if path.suffix == ".blob" or path.stat().st_mtime < time.time() - 3600:
            path.unlink()
    except FileNotFoundError:
        pass


def _temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def write_temporary(path: Path, parts: list[Any]) -> tuple[Path, int]:
    """Write ``parts`` to a new private temporary file beside ``path``; returns (its path, its size)."""
    temp = _temporary_name(path)
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


# ------------------------------------------------------------------------- signing


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


def _verify(header: dict[str, Any], key: str, sections: list[Any], secret: bytes) -> None:
    claimed = header.get("mac", "")
    expected = _mac(_signer(secret, key, sections), header)
    if not isinstance(claimed, str) or not hmac.compare_digest(claimed, expected):
        raise BlobError("its signature does not verify")


# ------------------------------------------------------------------------- writing


def blob_parts(key: str, encoded: Encoded, secret: bytes) -> list[Any]:
    """The byte chunks of a blob file: magic, header, padded sections."""
    if encoded.format == "arrow" and not isinstance(encoded.sections[1], (bytes, bytearray, memoryview)) and hasattr(
        encoded.sections[1], "schema"
    ):
        encoded = Encoded(encoded.format, encoded.kind, [encoded.sections[0], arrow_bytes(encoded.sections[1])], encoded.extra_header)
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
    temp = _temporary_name(path)
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


# ------------------------------------------------------------------------- reading


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


def _read_arrow(fd: int, key: str, header: dict[str, Any], secret: bytes) -> tuple[Any, Any]:
    """Decode an Arrow blob from a private, copy-on-write map of ``fd``.

    The columns of the returned frame point into the map where Arrow's layout is pandas'
    (numbers and datetimes without nulls): no copy is made, pages are read when used, and
    a caller that changes the frame changes its own private pages, never the file or
    another caller's frame, as ``cache_data`` promises.
    """
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
        value = decode_arrow(sections[1], header["kind"], header.get("series_name"), mapped)
    except BlobError:
        raise
    except Exception as error:
        raise BlobError(f"unreadable Arrow data ({type(error).__name__}: {error})") from None
    return value, extra
