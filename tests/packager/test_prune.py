"""Pruning a onedir build: unused optional parts go, with the libraries only they needed.

Small real ELF files (compiled here) stand in for plugins and libraries, so the DT_NEEDED
graph is the real one; tests/packager/test_build.py checks a real PyInstaller build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desk.packager.prune import candidates, excluded_modules, prune

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="ELF bundles are Linux's")


def compile_lib(folder: Path, name: str, needs: tuple[str, ...] = ()) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("readelf") is None:
        pytest.skip("needs a C compiler and readelf")
    source = folder / f"{name}.c"
    source.write_text(f"int {name.split('.')[0].replace('-', '_')}_fn(void) {{ return 1; }}\n")
    out = folder / name
    links = [f"-l:{n}" for n in needs]
    subprocess.run(
        [compiler, "-shared", "-fPIC", f"-Wl,-soname,{name}", "-o", str(out), str(source), f"-L{folder}", "-Wl,--no-as-needed", *links],
        check=True,
    )
    source.unlink()
    return out


def test_a_removed_plugin_takes_the_libraries_only_it_needed(tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    root.mkdir()
    compile_lib(root, "libshared.so.1")
    compile_lib(root, "libgtkish.so.0", ("libshared.so.1",))
    compile_lib(root, "libtheme.so", ("libgtkish.so.0", "libshared.so.1"))  # the plugin to remove
    compile_lib(root, "libxcb-plugin.so", ("libshared.so.1",))  # a plugin that stays
    compile_lib(root, "libdlopened.so.3")  # nothing needs it: loaded at run time, must stay
    (root / "libgtkish.so").symlink_to("libgtkish.so.0")
    saved, removed = prune(root, [root / "libtheme.so"])
    assert sorted(p.name for p in removed) == ["libgtkish.so.0", "libtheme.so"]
    assert saved > 0
    assert sorted(p.name for p in root.iterdir()) == ["libdlopened.so.3", "libshared.so.1", "libxcb-plugin.so"]


def test_a_candidate_that_something_still_needs_is_kept(tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    root.mkdir()
    compile_lib(root, "libarrow_s3.so.1")
    compile_lib(root, "_dataset.so", ("libarrow_s3.so.1",))
    _, removed = prune(root, [root / "libarrow_s3.so.1"])
    assert removed == []
    assert (root / "libarrow_s3.so.1").exists()


def fake_onedir(root: Path) -> Path:
    files = [
        "_internal/pyarrow/libarrow.so.2600",
        "_internal/pyarrow/libarrow_flight.so.2600",
        "_internal/pyarrow/libarrow_python_flight.so.2600.1.0",
        "_internal/pyarrow/_flight.cpython-311-x86_64-linux-gnu.so",
        "_internal/pyarrow/libarrow_s3.so.2600",
        "_internal/PyQt6/Qt6/resources/qtwebengine_devtools_resources.pak",
        "_internal/PyQt6/Qt6/resources/qtwebengine_resources.pak",
        "_internal/PyQt6/Qt6/plugins/platforms/libqxcb.so",
        "_internal/PyQt6/Qt6/plugins/platforms/libqeglfs.so",
        "_internal/PyQt6/Qt6/plugins/printsupport/libcupsprintersupport.so",
    ]
    for rel in files:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x")
    return root


def names(paths: list[Path]) -> set[str]:
    return {p.name for p in paths}


def test_unused_parts_are_candidates_and_imported_ones_are_not(tmp_path: Path) -> None:
    root = fake_onedir(tmp_path / "app")
    unused = names(candidates(root, {"pandas", "pyarrow"}))
    assert {"libarrow_flight.so.2600", "libarrow_python_flight.so.2600.1.0", "libarrow_s3.so.2600"} <= unused
    assert {"qtwebengine_devtools_resources.pak", "libqeglfs.so", "libcupsprintersupport.so"} <= unused
    assert not {"libarrow.so.2600", "qtwebengine_resources.pak", "libqxcb.so"} & unused
    with_flight = names(candidates(root, {"pyarrow.flight"}))
    assert not {"libarrow_flight.so.2600", "_flight.cpython-311-x86_64-linux-gnu.so"} & with_flight
    assert "libarrow_s3.so.2600" in with_flight
    assert "libarrow_s3.so.2600" not in names(candidates(root, {"pyarrow.fs"}))


def test_unused_parts_are_left_out_of_the_analysis() -> None:
    assert {"pyarrow.flight", "pyarrow._flight", "pyarrow._s3fs"} <= set(excluded_modules({"pyarrow"}))
    assert not {"pyarrow.flight", "pyarrow._flight"} & set(excluded_modules({"pyarrow.flight.FlightClient"}))
