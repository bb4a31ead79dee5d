"""desk build end to end: a real single-file build of examples/sales, run headless.

The build takes a few minutes, so it happens once per test run (module fixture) and
every test reuses the artifact.
"""

from __future__ import annotations

import os
import secrets
import signal
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.packager.builder import BuildError, BuildOptions, BuildResult, build
from desk.packager.payload import read_trailer
from desk.packager.smoke import Launched, first_render, launch_headless

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "sales" / "app.py"

# The first build on a new machine compresses everything with empty caches (PyInstaller's
# and desk's) on 2 busy cores: allow it minutes, not the suite's default 2.
BUILD_SECONDS = 900
LAUNCH_SECONDS = 90
pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_SECONDS),
    pytest.mark.skipif(sys.platform == "win32", reason="built and tested on Linux here"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BuildResult, list[str]]]:
    out = tmp_path_factory.mktemp("dist")
    lines: list[str] = []
    cache = tmp_path_factory.mktemp("bundles")
    os.environ["DESK_BUNDLE_CACHE"] = str(cache)
    try:
        result = build(BuildOptions(script=EXAMPLE, out=out), log=lines.append)
        yield result, lines
    finally:
        os.environ.pop("DESK_BUNDLE_CACHE", None)


def launch(artifact: Path, cache: Path) -> Launched:
    """Start the built app headless on port 0 and wait until it prints its URL."""
    token = "-" + secrets.token_urlsafe(8)  # a leading dash, as random tokens sometimes have
    env = dict(os.environ, DESK_BUNDLE_CACHE=str(cache), DESK_LAUNCHER_VERBOSE="1", DESK_NETWORK_GUARD="1")
    return launch_headless([str(artifact)], token, time.monotonic() + LAUNCH_SECONDS, env)


def test_build_reports_its_stages_size_and_start_time(built: tuple[BuildResult, list[str]]) -> None:
    result, lines = built
    text = "\n".join(lines)
    assert result.artifact.is_file() and os.access(result.artifact, os.X_OK)
    assert result.artifact.name == "sales-report"  # from [tool.desk] in pyproject.toml
    assert "analysing imports" in text and "writing the single file" in text
    # the compression stage reports files and MB done, ending with all of them
    progress = [line for line in lines if "compressing:" in line]
    assert progress, text
    done, total = progress[-1].split("compressing: ")[1].split(" files")[0].split("/")
    assert done == total and int(total) > 100
    assert "size:" in text and "start-up to first render:" in text
    assert result.start_seconds is not None and result.start_seconds > 0
    assert {"pandas", "pyarrow"} <= result.dependencies.packages


def test_secrets_are_left_out_and_the_build_says_so(built: tuple[BuildResult, list[str]]) -> None:
    result, lines = built
    assert any("left out .streamlit/secrets.toml" in line for line in lines)
    assert not list(result.onedir.rglob("secrets.toml"))
    assert list(result.onedir.rglob("report.py")), "the local module must be bundled"
    assert list(result.onedir.rglob("sales.csv")), "declared data files must be bundled"
    assert not list(result.onedir.rglob("streamlit/__init__.py")), "the real Streamlit must never be bundled"


def test_single_file_serves_the_app_over_http_and_websocket(built: tuple[BuildResult, list[str]], tmp_path: Path) -> None:
    result, _ = built
    app = launch(result.artifact, tmp_path / "cache")
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{app.port}/?token={app.token}", timeout=5) as response:
            assert b"<html" in response.read().lower()
        nodes = first_render(app.port, app.token, time.monotonic() + 60)
        assert nodes >= 4
    finally:
        code = app.stop()
    err = app.output()
    assert code in (0, -signal.SIGTERM), err
    assert "desk-network-guard" not in err


def test_second_launch_does_not_unpack_and_damage_is_repaired(built: tuple[BuildResult, list[str]], tmp_path: Path) -> None:
    result, _ = built
    cache = tmp_path / "cache"
    first = launch(result.artifact, cache)
    first.stop()
    assert "unpacking" in first.output()
    second = launch(result.artifact, cache)
    second.stop()
    assert "unpacking" not in second.output()
    _, _, content_hash, name = read_trailer(result.artifact)
    folder = cache / f"{name}-{content_hash}"
    (folder / ".desk-complete").write_text("half-finished")
    third = launch(result.artifact, cache)
    try:
        assert first_render(third.port, third.token, time.monotonic() + 60) > 0
    finally:
        # This launch unpacked the whole bundle again, so its imports read cold files: on a
        # loaded machine its exit has taken over 10 s once (stop() reports what it printed).
        third.stop(timeout=30)
    err3 = third.output()
    assert "unpacking" in err3


def test_missing_dependency_is_reported_before_building(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nimport surely_not_installed_pkg\nst.write(1)\n")
    started = time.monotonic()
    with pytest.raises(BuildError, match=r"(?s)not installed: surely_not_installed_pkg.*pip install surely_not_installed_pkg"):
        build(BuildOptions(script=script, out=tmp_path / "dist"), log=lambda _: None)
    assert time.monotonic() - started < 10


def test_onedir_artifact_is_a_folder_with_the_executable(built: tuple[BuildResult, list[str]]) -> None:
    result, _ = built
    assert (result.onedir / "sales-report").is_file()
    assert (result.onedir / "_internal" / "desk" / "static" / "index.html").is_file()


def test_parts_the_app_cannot_use_are_trimmed_and_the_rest_kept(built: tuple[BuildResult, list[str]]) -> None:
    result, _ = built
    files = {p.name for p in result.onedir.rglob("*")}
    assert not {n for n in files if n.startswith(("libarrow_flight", "libarrow_s3", "libcups"))}
    assert "qtwebengine_devtools_resources.pak" not in files and "libqeglfs.so" not in files
    # what the app and the window load stays
    assert any(n.startswith("libarrow_compute.so") for n in files) and any(n.startswith("libparquet.so") for n in files)
    assert {"libqxcb.so", "qtwebengine_resources.pak", "libQt6WebEngineCore.so.6"} <= files


def test_the_payload_is_zstd_when_the_launcher_reads_it(built: tuple[BuildResult, list[str]]) -> None:
    result, lines = built
    offset, _, _, _ = read_trailer(result.artifact)
    with open(result.artifact, "rb") as handle:
        launcher = handle.read(offset)
    expected = "zstd" if b"desk-launcher-codecs: zlib zstd" in launcher else "zlib"
    if os.environ.get("DESK_REQUIRE_BROWSER"):
        assert expected == "zstd", "CI installs libzstd-dev: the launcher must read zstd"
    assert any(f"packed with {expected}" in line for line in lines)
