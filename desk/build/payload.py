"""Writes the single-file artifact: launcher + packed onedir payload + trailer.

The payload format is read by ``launcher/launcher.c`` and ``launcher/pylauncher.py``:
records of (kind, mode, path, stored bytes), files compressed with zlib, then a
120-byte trailer that names the payload's offset, its content hash and the app name.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zlib
from pathlib import Path

MAGIC = b"DESKPAY1"
TRAILER_SIZE = 120
KIND_DIR, KIND_FILE, KIND_LINK, KIND_END = 0, 1, 2, 255


def _record(kind: int, mode: int, rel: str, stored: bytes, raw_len: int) -> bytes:
    path = rel.encode("utf-8")
    return struct.pack("<BIIQQ", kind, mode, len(path), len(stored), raw_len) + path + stored


def pack_folder(folder: Path, level: int = 6) -> tuple[bytes, str]:
    """Pack ``folder`` into payload bytes; returns them and their content hash (32 hex)."""
    chunks: list[bytes] = []
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        files.sort()
        base = Path(root)
        rel_root = base.relative_to(folder).as_posix()
        if rel_root != ".":
            chunks.append(_record(KIND_DIR, 0o755, rel_root, b"", 0))
            digest.update(b"D" + rel_root.encode())
        for name in dirs:
            path = base / name
            if path.is_symlink():
                rel = path.relative_to(folder).as_posix()
                target = os.readlink(path).encode()
                chunks.append(_record(KIND_LINK, 0o777, rel, target, len(target)))
                digest.update(b"L" + rel.encode() + target)
        for name in files:
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                target = os.readlink(path).encode()
                chunks.append(_record(KIND_LINK, 0o777, rel, target, len(target)))
                digest.update(b"L" + rel.encode() + target)
                continue
            data = path.read_bytes()
            mode = stat.S_IMODE(path.stat().st_mode)
            chunks.append(_record(KIND_FILE, mode, rel, zlib.compress(data, level), len(data)))
            digest.update(b"F" + rel.encode() + struct.pack("<I", mode) + hashlib.sha256(data).digest())
    chunks.append(struct.pack("<BIIQQ", KIND_END, 0, 0, 0, 0))
    return b"".join(chunks), digest.hexdigest()[:32]


def trailer(offset: int, length: int, content_hash: str, name: str) -> bytes:
    encoded = name.encode("utf-8")
    if len(encoded) > 64:
        raise ValueError(f"app name {name!r} is longer than 64 bytes; choose a shorter --name.")
    return MAGIC + struct.pack("<QQ", offset, length) + content_hash.encode("ascii") + encoded.ljust(64, b"\0")


def write_single_file(launcher: Path, folder: Path, name: str, out: Path) -> str:
    """Write ``out`` = launcher + payload(folder) + trailer. Returns the content hash."""
    payload, content_hash = pack_folder(folder)
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
