"""Writes the single-file artifact: launcher + packed onedir payload + trailer.

The payload format is read by ``launcher/launcher.c`` and ``launcher/pylauncher.py``:
records of (kind, mode, path, stored bytes), then a 120-byte trailer that names the
payload's offset, its content hash and the app name. A file is stored as a zstd frame
(kind 3) when the launcher can read zstd, else as a zlib stream (kind 1).

The zstd level is a measured trade (``docs/building.md`` has the table): above level 6
each step costs far more build time than it saves in size, because most of the payload is
machine code that no level compresses much further. Files are compressed in parallel,
largest first, and the compressed-file cache (``<user cache>/desk/build-cache``) makes
rebuilds nearly free: Qt and pyarrow do not change between builds.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import time
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

MAGIC = b"DESKPAY1"
TRAILER_SIZE = 120
KIND_DIR, KIND_FILE, KIND_LINK, KIND_ZSTD_FILE, KIND_END = 0, 1, 2, 3, 255
# What a compiled launcher.c says about itself; pylauncher reads zstd when the zstandard
# module was frozen with it.
CODEC_TAG = b"desk-launcher-codecs: zlib zstd"
ZSTD_LEVEL = 6
ZLIB_LEVEL = 6
CACHE_DAYS = 30


def _record(kind: int, mode: int, rel: str, stored: bytes, raw_len: int) -> bytes:
    path = rel.encode("utf-8")
    return struct.pack("<BIIQQ", kind, mode, len(path), len(stored), raw_len) + path + stored


def zstd_available() -> bool:
    try:
        import zstandard  # noqa: F401
    except ImportError:
        return False
    return True


def launcher_codec(launcher: Path) -> str:
    """"zstd" if the compiled launcher reads zstd payloads, else "zlib"."""
    return "zstd" if CODEC_TAG in launcher.read_bytes() and zstd_available() else "zlib"


def cache_folder() -> Path | None:
    """Where compressed files are kept between builds; None to disable (``DESK_BUILD_CACHE=0``)."""
    override = os.environ.get("DESK_BUILD_CACHE")
    if override == "0":
        return None
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("desk")) / "build-cache"


class Compressor:
    """Compresses file contents with one codec, through the cache when there is one."""

    def __init__(self, codec: str, level: int | None = None, cache: Path | None = None) -> None:
        if codec not in ("zlib", "zstd"):
            raise ValueError(f"unknown payload codec {codec!r}")
        self.codec = codec
        self.level = level if level is not None else (ZSTD_LEVEL if codec == "zstd" else ZLIB_LEVEL)
        self.kind = KIND_ZSTD_FILE if codec == "zstd" else KIND_FILE
        self.cache = cache / f"{codec}-{self.level}" if cache is not None else None

    def compress(self, data: bytes, digest: bytes) -> bytes:
        entry = self.cache / digest.hex() if self.cache is not None else None
        if entry is not None:
            try:
                stored = entry.read_bytes()
                os.utime(entry)  # keeps the entry alive: see prune_cache
                return stored
            except OSError:
                pass
        stored = self._compress(data)
        if entry is not None:
            try:
                entry.parent.mkdir(parents=True, exist_ok=True)
                tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
                tmp.write_bytes(stored)
                os.replace(tmp, entry)
            except OSError:
                pass  # a read-only or full cache only costs time
        return stored

    def _compress(self, data: bytes) -> bytes:
        if self.codec == "zlib":
            return zlib.compress(data, self.level)
        import zstandard

        # a window as large as the file (up to 128 MiB) lets matches reach across it;
        # the launcher allows that window size
        window = max(zstandard.WINDOWLOG_MIN, min(27, (len(data) - 1).bit_length()))
        params = zstandard.ZstdCompressionParameters.from_level(self.level, window_log=window, source_size=len(data))
        return zstandard.ZstdCompressor(compression_params=params).compress(data)


def prune_cache(cache: Path | None, days: int = CACHE_DAYS) -> None:
    """Remove cached files that no build has used for ``days`` days."""
    if cache is None or not cache.is_dir():
        return
    limit = time.time() - days * 86400
    for entry in cache.glob("*/*"):
        try:
            if entry.stat().st_mtime < limit:
                entry.unlink()
        except OSError:
            pass


# progress(files done, files in all, bytes done, bytes in all), called from one thread
Progress = Callable[[int, int, int, int], None]


def pack_folder(
    folder: Path,
    codec: str = "zlib",
    level: int | None = None,
    cache: Path | None = None,
    progress: Progress | None = None,
) -> tuple[bytes, str]:
    """Pack ``folder`` into payload bytes; returns them and their content hash (32 hex).

    The hash depends on the files only, not on the codec: a rebuild with another codec
    unpacks into the same folder. ``progress`` is called after each file is compressed.
    """
    compressor = Compressor(codec, level, cache)
    entries: list[tuple[str, str, int, bytes | Path]] = []  # (kind, rel, mode, link target or file)
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        files.sort()
        base = Path(root)
        rel_root = base.relative_to(folder).as_posix()
        if rel_root != ".":
            entries.append(("D", rel_root, 0o755, b""))
        for name in [*dirs, *files]:
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                entries.append(("L", rel, 0o777, os.readlink(path).encode()))
            elif name in files:
                entries.append(("F", rel, stat.S_IMODE(path.stat().st_mode), path))

    def stored(entry: tuple[str, str, int, bytes | Path]) -> tuple[bytes, bytes, int]:
        path = entry[3]
        assert isinstance(path, Path)
        data = path.read_bytes()
        digest = hashlib.sha256(data).digest()
        return compressor.compress(data, digest), digest, len(data)

    files_only = [e for e in entries if e[0] == "F"]
    sizes = [e[3].stat().st_size if isinstance(e[3], Path) else 0 for e in files_only]
    # the largest files first, so that the slowest ones do not start last
    order = sorted(range(len(files_only)), key=lambda i: -sizes[i])
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        futures = {pool.submit(stored, files_only[i]): i for i in order}
        done_files, done_bytes, total_bytes = 0, 0, sum(sizes)
        for future in as_completed(futures):
            future.result()  # a failed file fails the build at once
            done_files += 1
            done_bytes += sizes[futures[future]]
            if progress is not None:
                progress(done_files, len(files_only), done_bytes, total_bytes)
        by_index = {i: future.result() for future, i in futures.items()}
        results = iter([by_index[i] for i in range(len(files_only))])
    chunks: list[bytes] = []
    content = hashlib.sha256()
    for kind, rel, mode, value in entries:
        if kind == "D":
            chunks.append(_record(KIND_DIR, mode, rel, b"", 0))
            content.update(b"D" + rel.encode())
        elif kind == "L":
            assert isinstance(value, bytes)
            chunks.append(_record(KIND_LINK, mode, rel, value, len(value)))
            content.update(b"L" + rel.encode() + value)
        else:
            data, digest, size = next(results)
            chunks.append(_record(compressor.kind, mode, rel, data, size))
            content.update(b"F" + rel.encode() + struct.pack("<I", mode) + digest)
    chunks.append(struct.pack("<BIIQQ", KIND_END, 0, 0, 0, 0))
    return b"".join(chunks), content.hexdigest()[:32]


def trailer(offset: int, length: int, content_hash: str, name: str) -> bytes:
    encoded = name.encode("utf-8")
    if len(encoded) > 64:
        raise ValueError(f"app name {name!r} is longer than 64 bytes; choose a shorter --name.")
    return MAGIC + struct.pack("<QQ", offset, length) + content_hash.encode("ascii") + encoded.ljust(64, b"\0")


def write_single_file(
    launcher: Path,
    folder: Path,
    name: str,
    out: Path,
    codec: str | None = None,
    cache: Path | None = None,
    progress: Progress | None = None,
) -> str:
    """Write ``out`` = launcher + payload(folder) + trailer. Returns the content hash.

    ``codec`` defaults to the best one ``launcher`` reads (see ``launcher_codec``).
    """
    payload, content_hash = pack_folder(folder, codec or launcher_codec(launcher), cache=cache, progress=progress)
    launcher_bytes = launcher.read_bytes()
    tmp = out.with_name(out.name + ".partial")
    with open(tmp, "wb") as handle:
        handle.write(launcher_bytes)
        handle.write(payload)
        handle.write(trailer(len(launcher_bytes), len(payload), content_hash, name))
    tmp.chmod(0o755)
    os.replace(tmp, out)
    return content_hash


def read_trailer(artifact: Path) -> tuple[int, int, str, str]:
    """(offset, length, hash, name) of a built single file."""
    with open(artifact, "rb") as handle:
        handle.seek(-TRAILER_SIZE, os.SEEK_END)
        data = handle.read(TRAILER_SIZE)
    if data[:8] != MAGIC:
        raise ValueError(f"{artifact} is not a desk single-file app (no payload trailer).")
    offset, length = struct.unpack("<QQ", data[8:24])
    return offset, length, data[24:56].decode("ascii"), data[56:120].rstrip(b"\0").decode("utf-8")
