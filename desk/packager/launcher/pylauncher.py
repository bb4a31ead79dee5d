"""The single-file launcher in pure standard-library Python (the fallback of launcher.c).

Frozen on its own by PyInstaller when no C compiler is available (e.g. Windows without
a toolchain). Same logic as launcher.c: find the payload through the trailer at the end of
the executable, unpack it once into ``<cache>/desk/bundles/<name>-<hash>`` (temporary
folder, marker, atomic rename), remove older versions, then start the app from there.
It reads zlib files always, and zstd files when the ``zstandard`` module is importable
(``desk build`` freezes it with this launcher when it is installed, and packs zlib otherwise).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

MAGIC = b"DESKPAY1"
TRAILER_SIZE = 120
MARKER = ".desk-complete"


class LaunchError(Exception):
    """The payload is missing or cannot be unpacked."""


def cache_root() -> Path:
    override = os.environ.get("DESK_BUNDLE_CACHE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "desk" / "bundles"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "desk" / "bundles"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "desk" / "bundles"


def marker_ok(folder: Path, content_hash: str) -> bool:
    try:
        return (folder / MARKER).read_text(encoding="ascii")[:32] == content_hash
    except OSError:
        return False


def unpack(handle: object, offset: int, dest: Path) -> None:
    read = handle.read  # type: ignore[attr-defined]
    handle.seek(offset)  # type: ignore[attr-defined]
    while True:
        head = read(25)
        if len(head) != 25:
            raise LaunchError("the payload is truncated")
        kind, mode, plen, stored, _raw = struct.unpack("<BIIQQ", head)
        if kind == 255:
            return
        rel = read(plen).decode("utf-8")
        if rel.startswith(("/", "\\")) or ".." in Path(rel).parts:
            raise LaunchError(f"unsafe path in payload: {rel}")
        target = dest / rel
        data = read(stored)
        if kind == 0:
            target.mkdir(parents=True, exist_ok=True)
        elif kind in (1, 3):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zlib.decompress(data) if kind == 1 else _unzstd(data, _raw))
            if sys.platform != "win32":
                target.chmod(mode & 0o777)
        elif kind == 2:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(data.decode("utf-8"), target)


def _unzstd(data: bytes, size: int) -> bytes:
    try:
        import zstandard
    except ImportError:
        raise LaunchError("this launcher cannot read zstd payloads (zstandard is missing)") from None
    return zstandard.ZstdDecompressor(max_window_size=1 << 27).decompress(data, max_output_size=size)


def clean_old(root: Path, name: str, keep: str) -> None:
    for entry in root.glob(f"{name}-*"):
        if entry.name == keep:
            continue
        if ".tmp-" in entry.name:
            try:
                pid = int(entry.name.rsplit(".tmp-", 1)[1])
                if pid != os.getpid() and _alive(pid):
                    continue
            except ValueError:
                pass
        shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # be conservative: never delete another launch's folder
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def prepare(exe: Path) -> Path:
    """Make sure the payload of ``exe`` is unpacked; returns the app executable to start."""
    with open(exe, "rb") as handle:
        handle.seek(-TRAILER_SIZE, os.SEEK_END)
        trailer = handle.read(TRAILER_SIZE)
        if trailer[:8] != MAGIC:
            raise LaunchError("no payload found: this file was not built by desk build")
        offset = struct.unpack("<Q", trailer[8:16])[0]
        content_hash = trailer[24:56].decode("ascii")
        name = trailer[56:120].rstrip(b"\0").decode("utf-8")
        root = cache_root()
        root.mkdir(parents=True, exist_ok=True)
        leaf = f"{name}-{content_hash}"
        folder = root / leaf
        if not marker_ok(folder, content_hash):
            if folder.exists():
                trash = folder.with_name(f"{leaf}.trash-{os.getpid()}")
                try:
                    folder.rename(trash)
                    shutil.rmtree(trash, ignore_errors=True)
                except OSError:
                    pass
            tmp = folder.with_name(f"{leaf}.tmp-{os.getpid()}")
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            unpack(handle, offset, tmp)
            (tmp / MARKER).write_text(content_hash, encoding="ascii")
            try:
                tmp.rename(folder)
            except OSError:
                shutil.rmtree(tmp, ignore_errors=True)
                if not marker_ok(folder, content_hash):
                    raise LaunchError(f"cannot move the unpacked app into {folder}") from None
            clean_old(root, name, leaf)
    return folder / (name + (".exe" if sys.platform == "win32" else ""))


def main() -> int:
    exe = Path(sys.executable).resolve()
    try:
        app = prepare(exe)
    except (LaunchError, OSError) as error:
        print(f"desk launcher: {error}", file=sys.stderr)
        return 70
    env = dict(os.environ, DESK_BUNDLE_EXE=str(exe))
    if sys.platform == "win32":
        return subprocess.call([str(app), *sys.argv[1:]], env=env)
    os.execve(str(app), [str(app), *sys.argv[1:]], env)
    return 70  # pragma: no cover


if __name__ == "__main__":
    raise SystemExit(main())
