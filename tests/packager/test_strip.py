"""Stripping a onedir build's shared libraries: smaller files that still load.

Small real libraries are compiled here with debug information; ctypes loads them after
stripping, so "still loads" is checked by the real dynamic loader.
"""

from __future__ import annotations

import ctypes
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from desk.packager.strip import loadable, shared_libraries, strip_libraries, strip_one

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="ELF bundles are Linux's")

SOURCE = "static int table[4096] = {1};\nint answer(void) { return 41 + table[0]; }\n"


def compile_debug_lib(folder: Path, name: str) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("strip") is None:
        pytest.skip("needs a C compiler and strip")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "lib.c"
    source.write_text(SOURCE)
    out = folder / name
    subprocess.run([compiler, "-g", "-O0", "-shared", "-fPIC", "-o", str(out), str(source)], check=True)
    source.unlink()
    return out


def answer(path: Path) -> int:
    return int(ctypes.CDLL(str(path)).answer())


def test_debug_information_goes_and_the_library_still_loads(tmp_path: Path) -> None:
    lib = compile_debug_lib(tmp_path / "bundle" / "pkg", "libdemo.so.1")
    lib.chmod(0o750)
    before = lib.stat().st_size
    saved = strip_libraries(tmp_path / "bundle")
    assert saved > 0 and lib.stat().st_size == before - saved
    assert b".debug_info" not in lib.read_bytes()
    assert lib.stat().st_mode & 0o777 == 0o750
    assert answer(lib) == 42
    assert strip_libraries(tmp_path / "bundle") == 0, "a stripped library has nothing left to strip"


def test_executables_symlinks_and_vendored_libraries_are_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    kept = compile_debug_lib(root / "numpy.libs", "libopenblas.so")  # auditwheel's folder: patchelf'd
    app = compile_debug_lib(root, "app")  # the app's executable carries its archive after the ELF
    lib = compile_debug_lib(root, "libx.so.2")
    (root / "libx.so").symlink_to("libx.so.2")
    (root / "notes.so.txt").write_text("not a library")
    assert shared_libraries(root) == [lib]
    sizes = (kept.stat().st_size, app.stat().st_size)
    strip_libraries(root)
    assert (kept.stat().st_size, app.stat().st_size) == sizes
    assert (root / "libx.so").is_symlink()


def misalign_first_load_segment(path: Path) -> None:
    """Shift the first PT_LOAD's file offset off its page, as a bad strip of a patchelf'd file does."""
    data = bytearray(path.read_bytes())
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        at = phoff + i * phentsize
        if struct.unpack_from("<I", data, at)[0] == 1:
            offset = struct.unpack_from("<Q", data, at + 8)[0]
            struct.pack_into("<Q", data, at + 8, offset + 16)
            break
    path.write_bytes(bytes(data))


def test_a_stripped_copy_the_loader_would_refuse_never_replaces_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = compile_debug_lib(tmp_path / "bundle", "libpatched.so")
    original = lib.read_bytes()
    real_run = subprocess.run

    def bad_strip(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        result = real_run(cmd, **kwargs)  # type: ignore[call-overload]
        misalign_first_load_segment(Path(cmd[cmd.index("-o") + 1]))
        return result  # type: ignore[no-any-return]

    monkeypatch.setattr(subprocess, "run", bad_strip)
    assert strip_one(shutil.which("strip") or "strip", lib) == 0
    assert lib.read_bytes() == original
    assert not list(lib.parent.glob("*.desk-strip"))
    misalign_first_load_segment(lib)
    assert not loadable(lib)
    with pytest.raises(OSError, match="not page-aligned"):
        answer(lib)
