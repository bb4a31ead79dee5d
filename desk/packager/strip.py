"""Strips symbol tables and debug information from the bundle's shared libraries (Linux).

Wheels and Python builds often ship their libraries with symbols and debug sections:
pyenv's ``libpython3.11.so`` is 23 MB of which 17 MB is debug data, pyarrow's libraries
carry their symbol tables. None of it is used at run time, and it makes the payload
larger and slower to compress. ``strip --strip-unneeded`` keeps the dynamic symbol table,
which is all the dynamic linker and Python's extension loader need.

Only regular ELF shared objects (``*.so``, ``*.so.N``) are touched: never the app's own
executable, whose PyInstaller archive is appended after the ELF image and would be cut
off. Libraries that auditwheel vendored (``<package>.libs/``) are left alone: patchelf
rewrote their layout, and ``strip`` can turn that into segments the loader refuses
("ELF load command address/offset not page-aligned", seen with numpy's OpenBLAS). Every
stripped copy is checked for that before it replaces the original, and a library that
``strip`` cannot handle is left as it was.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
PAGE = 4096
PT_LOAD = 1


def shared_libraries(folder: Path) -> list[Path]:
    """The regular (not symlinked) ELF shared objects under ``folder``."""
    found = []
    for path in folder.rglob("*.so*"):
        name = path.name
        if not (name.endswith(".so") or ".so." in name) or path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(folder).parts[:-1]):
            continue
        with open(path, "rb") as handle:
            if handle.read(4) == ELF_MAGIC:
                found.append(path)
    return found


def loadable(path: Path) -> bool:
    """Whether every loadable segment of an ELF file keeps the page alignment the loader demands."""
    with open(path, "rb") as handle:
        head = handle.read(64)
        if len(head) < 64 or head[:4] != ELF_MAGIC or head[4] != 2 or head[5] != 1:
            return False  # only little-endian 64-bit ELF is stripped
        phoff, = struct.unpack_from("<Q", head, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", head, 0x36)
        handle.seek(phoff)
        table = handle.read(phentsize * phnum)
    if len(table) < phentsize * phnum:
        return False
    for i in range(phnum):
        kind, _, offset, vaddr, _, _, _, align = struct.unpack_from("<IIQQQQQQ", table, i * phentsize)
        if kind == PT_LOAD and (align % PAGE or (vaddr - offset) % PAGE):
            return False
    return True


def strip_one(strip: str, path: Path) -> int:
    """Strip ``path`` in place when the result still loads; returns the bytes saved."""
    if not loadable(path):
        return 0
    stripped = path.with_name(path.name + ".desk-strip")
    try:
        result = subprocess.run([strip, "--strip-unneeded", "-o", str(stripped), str(path)], capture_output=True)
        if result.returncode != 0 or not stripped.is_file() or not loadable(stripped):
            return 0
        saved = path.stat().st_size - stripped.stat().st_size
        if saved <= 0:
            return 0
        shutil.copymode(path, stripped)
        os.replace(stripped, path)
        return saved
    finally:
        stripped.unlink(missing_ok=True)


def strip_libraries(folder: Path) -> int:
    """Strip every shared library under ``folder``; returns the bytes saved (0 off Linux or without strip)."""
    strip = shutil.which("strip")
    if strip is None or sys.platform != "linux":
        return 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return sum(pool.map(lambda path: strip_one(strip, path), shared_libraries(folder)))
