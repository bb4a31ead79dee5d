"""Removing parts of a onedir build that the app cannot load, with the libraries only they need.

PyInstaller's hooks collect whole packages: every pyarrow library (Flight, S3...), every Qt
plugin for every platform, and the system libraries those plugins link to (CUPS and
GnuTLS for printing...). This module removes the optional parts an app does not
use and then, following the ELF ``DT_NEEDED`` graph, the libraries that nothing left in the
bundle needs any more. A library that something still needs is never removed, and a
library that nothing ever needed (loaded with ``dlopen``, like libpython) is left alone.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Optional:
    """A part of a package that an app uses only if it imports one of ``modules``."""

    label: str
    modules: tuple[str, ...]
    globs: tuple[str, ...]


# pyarrow parts that a desk app reaches only through these imports (pandas and desk never do).
PYARROW_PARTS = [
    Optional(
        "pyarrow Flight",
        ("pyarrow.flight", "pyarrow._flight"),
        ("**/pyarrow/_flight.*", "**/pyarrow/libarrow_flight.so*", "**/pyarrow/libarrow_python_flight.so*"),
    ),
    Optional("pyarrow S3", ("pyarrow.fs", "pyarrow._s3fs"), ("**/pyarrow/_s3fs.*", "**/pyarrow/libarrow_s3.so*")),
]
# Files of Qt that a desk window never loads: DevTools (the window has no debug mode), plugins
# for other platforms (framebuffer, EGL, VNC), input devices without a window system,
# printing (the web view's window.print() is not wired to a printer), positioning and
# network information (the app is local and offline).
QT_UNUSED = [
    "**/Qt6/resources/qtwebengine_devtools_resources.pak",
    "**/Qt6/plugins/platforms/libqeglfs.so",
    "**/Qt6/plugins/platforms/libqlinuxfb.so",
    "**/Qt6/plugins/platforms/libqvnc.so",
    "**/Qt6/plugins/platforms/libqvkkhrdisplay.so",
    "**/Qt6/plugins/platforms/libqminimalegl.so",
    "**/Qt6/plugins/egldeviceintegrations/*",
    "**/Qt6/plugins/generic/*",
    "**/Qt6/plugins/printsupport/*",
    "**/Qt6/plugins/position/*",
    "**/Qt6/plugins/networkinformation/*",
]

def excluded_modules(imported: set[str]) -> list[str]:
    """Modules of the optional parts that the app does not import (for ``--exclude-module``)."""
    return [m for part in PYARROW_PARTS if not _used(part, imported) for m in part.modules]


def _used(part: Optional, imported: set[str]) -> bool:
    return any(name == m or name.startswith(m + ".") for name in imported for m in part.modules)


def candidates(folder: Path, imported: set[str]) -> list[Path]:
    """Files of ``folder`` that the app cannot use, given the modules it imports."""
    patterns = list(QT_UNUSED)
    for part in PYARROW_PARTS:
        if not _used(part, imported):
            patterns.extend(part.globs)
    found = {path for pattern in patterns for path in folder.glob(pattern) if path.is_file() or path.is_symlink()}
    return sorted(found)


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def _needed(path: Path, readelf: str) -> list[str]:
    result = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def prune(folder: Path, remove: list[Path]) -> tuple[int, list[Path]]:
    """Remove ``remove`` and the libraries that only they needed. Returns (bytes saved, paths removed).

    A file of ``remove`` that something left in the bundle still needs is kept. Without
    ``readelf`` only the files of ``remove`` that are not shared libraries are removed.
    """
    readelf = shutil.which("readelf")
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    elves = [p for p in files if ".so" in p.name or is_elf(p)]
    doomed = {p.resolve() for p in remove if p.exists()}
    if readelf is None:
        doomed = {p for p in doomed if p not in elves and ".so" not in p.name}
    else:
        elves = [p for p in elves if is_elf(p)]
        needed = {p.resolve(): _needed(p, readelf) for p in elves}
        by_name: dict[str, list[Path]] = {}
        for path in folder.rglob("*.so*"):
            by_name.setdefault(path.name, []).append(path.resolve())

        def closure(starts: set[Path]) -> set[Path]:
            seen: set[Path] = set()
            queue = list(starts)
            while queue:
                path = queue.pop()
                if path in seen:
                    continue
                seen.add(path)
                for name in needed.get(path, []):
                    queue.extend(by_name.get(name, []))
            return seen

        # roots: what is loaded by name rather than as a dependency (executables, extension
        # modules, plugins, dlopen'ed libraries); everything else lives only while a root needs it
        wanted = {name for names in needed.values() for name in names}
        kept = closure({p for p in needed if p not in doomed and p.name not in wanted})
        reachable_from_doomed = closure(doomed) if doomed else set()
        doomed = (doomed | reachable_from_doomed) - kept
    saved = 0
    removed: list[Path] = []
    for path in sorted(doomed):
        saved += path.stat().st_size
        path.unlink()
        removed.append(path)
    for link in folder.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return saved, removed
