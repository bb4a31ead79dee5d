"""The single-file launcher: unpack once, survive damage and races, clean old versions.

These tests pack a small fake app folder (a shell script standing in for the frozen app)
so they run in seconds; tests/packager/test_build.py builds a real app with PyInstaller.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desk.packager.builder import compile_launcher
from desk.packager.launcher import pylauncher
from desk.packager.payload import (
    KIND_FILE,
    KIND_ZSTD_FILE,
    Compressor,
    launcher_codec,
    pack_folder,
    read_trailer,
    write_single_file,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the native launcher is POSIX")


def make_app(folder: Path, name: str, marker: str) -> Path:
    folder.mkdir(parents=True)
    app = folder / name
    app.write_text(f'#!/bin/sh\necho "{marker} $@"\ncat "$(dirname "$0")/data/value.txt"\n')
    app.chmod(0o755)
    (folder / "data").mkdir()
    (folder / "data" / "value.txt").write_text("payload-data\n")
    os.symlink("data/value.txt", folder / "link.txt")
    return folder


@pytest.fixture(scope="module")
def launcher(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = compile_launcher(tmp_path_factory.mktemp("launcher"))
    if built is None:
        if os.environ.get("DESK_REQUIRE_BROWSER"):
            pytest.fail("no C compiler found to build the native launcher")
        pytest.skip("no C compiler")
    return built


def build(tmp_path: Path, launcher: Path, marker: str = "v1", name: str = "demo", codec: str | None = None) -> Path:
    folder = make_app(tmp_path / f"onedir-{marker}", name, marker)
    out = tmp_path / f"{name}-{marker}.bin"
    write_single_file(launcher, folder, name, out, codec)
    return out


def kinds(artifact: Path) -> set[int]:
    """The record kinds of a payload (to check which codec it was packed with)."""
    import struct

    offset, _, _, _ = read_trailer(artifact)
    data = artifact.read_bytes()
    found: set[int] = set()
    while True:
        kind, _, plen, stored, _ = struct.unpack_from("<BIIQQ", data, offset)
        if kind == 255:
            return found
        found.add(kind)
        offset += 25 + plen + stored


def run(artifact: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DESK_BUNDLE_CACHE=str(cache), DESK_LAUNCHER_VERBOSE="1")
    return subprocess.run([str(artifact), *args], capture_output=True, text=True, env=env, timeout=30)


def test_first_launch_unpacks_and_later_launches_do_not(tmp_path: Path, launcher: Path) -> None:
    artifact = build(tmp_path, launcher)
    cache = tmp_path / "cache"
    first = run(artifact, cache, "--headless", "x y")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == ["v1 --headless x y", "payload-data"]
    assert "unpacking" in first.stderr
    second = run(artifact, cache)
    assert second.returncode == 0
    assert "unpacking" not in second.stderr
    folders = [p.name for p in cache.iterdir()]
    _, _, content_hash, name = read_trailer(artifact)
    assert folders == [f"{name}-{content_hash}"]
    assert (cache / folders[0] / "link.txt").is_symlink()


def test_damaged_folder_is_unpacked_again(tmp_path: Path, launcher: Path) -> None:
    artifact = build(tmp_path, launcher)
    cache = tmp_path / "cache"
    assert run(artifact, cache).returncode == 0
    (folder,) = list(cache.iterdir())
    # simulate a half-finished or damaged unpack: files missing, marker gone
    shutil.rmtree(folder / "data")
    (folder / ".desk-complete").unlink()
    again = run(artifact, cache)
    assert again.returncode == 0, again.stderr
    assert "unpacking" in again.stderr
    assert again.stdout.splitlines()[-1] == "payload-data"


def test_leftover_temporary_folder_of_a_dead_launch_is_removed(tmp_path: Path, launcher: Path) -> None:
    artifact = build(tmp_path, launcher)
    cache = tmp_path / "cache"
    _, _, content_hash, name = read_trailer(artifact)
    stale = cache / f"{name}-{content_hash}.tmp-999999"
    stale.mkdir(parents=True)
    (stale / "half").write_text("x")
    assert run(artifact, cache).returncode == 0
    assert not stale.exists()


def test_two_launches_at_once_both_start(tmp_path: Path, launcher: Path) -> None:
    artifact = build(tmp_path, launcher)
    cache = tmp_path / "cache"
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: run(artifact, cache), range(4)))
    for result in results:
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == "payload-data"
    assert len([p for p in cache.iterdir() if ".tmp-" not in p.name]) == 1


def test_new_version_removes_the_old_one(tmp_path: Path, launcher: Path) -> None:
    cache = tmp_path / "cache"
    old = build(tmp_path, launcher, "v1")
    new = build(tmp_path, launcher, "v2")
    assert run(old, cache).stdout.startswith("v1")
    assert run(new, cache).stdout.startswith("v2")
    assert len(list(cache.iterdir())) == 1


def test_file_without_payload_gets_a_clear_message(tmp_path: Path, launcher: Path) -> None:
    result = run(launcher, tmp_path / "cache")
    assert result.returncode == 70
    assert "not built by desk build" in result.stderr


def test_python_launcher_unpacks_the_same_payload(tmp_path: Path, launcher: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    artifact = build(tmp_path, launcher)
    monkeypatch.setenv("DESK_BUNDLE_CACHE", str(tmp_path / "pycache"))
    app = pylauncher.prepare(artifact)
    assert app.name == "demo"
    assert (app.parent / "data" / "value.txt").read_text() == "payload-data\n"
    # a second prepare reuses the folder
    marker = app.parent / ".desk-complete"
    before = marker.stat().st_mtime_ns
    assert pylauncher.prepare(artifact) == app
    assert marker.stat().st_mtime_ns == before


def test_payload_hash_changes_with_content(tmp_path: Path) -> None:
    a = make_app(tmp_path / "a", "demo", "v1")
    b = make_app(tmp_path / "b", "demo", "v2")
    assert pack_folder(a)[1] != pack_folder(b)[1]
    assert pack_folder(a)[1] == pack_folder(a)[1]


def test_native_launcher_reads_zstd_and_the_build_packs_zstd_for_it(tmp_path: Path, launcher: Path) -> None:
    if launcher_codec(launcher) != "zstd":
        if os.environ.get("DESK_REQUIRE_BROWSER"):
            pytest.fail("the launcher was built without zstd: install libzstd-dev")
        pytest.skip("libzstd-dev is not installed")
    artifact = build(tmp_path, launcher)
    assert KIND_ZSTD_FILE in kinds(artifact) and KIND_FILE not in kinds(artifact)
    result = run(artifact, tmp_path / "cache", "a")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["v1 a", "payload-data"]


def test_zlib_payloads_still_unpack(tmp_path: Path, launcher: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    artifact = build(tmp_path, launcher, codec="zlib")
    assert kinds(artifact) & {KIND_FILE, KIND_ZSTD_FILE} == {KIND_FILE}
    result = run(artifact, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "payload-data"
    monkeypatch.setenv("DESK_BUNDLE_CACHE", str(tmp_path / "pycache"))
    assert (pylauncher.prepare(artifact).parent / "data" / "value.txt").read_text() == "payload-data\n"


def test_large_zstd_file_round_trips_through_the_native_launcher(tmp_path: Path, launcher: Path) -> None:
    """More than the launcher's buffers, with a long window: the streaming decoder must flush it all."""
    if launcher_codec(launcher) != "zstd":
        pytest.skip("libzstd-dev is not installed")
    folder = make_app(tmp_path / "big", "demo", "v1")
    blob = os.urandom(1 << 20) * 6 + bytes(3 << 20)  # repeats 1 MiB apart: only a long window finds them
    (folder / "data" / "blob.bin").write_bytes(blob)
    out = tmp_path / "big.bin"
    write_single_file(launcher, folder, "demo", out)
    assert out.stat().st_size < 2 << 20
    result = run(out, tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    (unpacked,) = [p for p in (tmp_path / "cache").iterdir()]
    assert (unpacked / "data" / "blob.bin").read_bytes() == blob


def test_the_hash_does_not_depend_on_the_codec(tmp_path: Path) -> None:
    folder = make_app(tmp_path / "a", "demo", "v1")
    assert pack_folder(folder, "zlib")[1] == pack_folder(folder, "zstd")[1]


def test_packing_reports_files_and_bytes_done_up_to_the_total(tmp_path: Path) -> None:
    folder = make_app(tmp_path / "a", "demo", "v1")
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    calls: list[tuple[int, int, int, int]] = []
    pack_folder(folder, "zstd", progress=lambda *done: calls.append(done))
    assert len(calls) == len(files)
    assert [c[0] for c in calls] == list(range(1, len(files) + 1))
    assert calls[-1] == (len(files), len(files), sum(p.stat().st_size for p in files), calls[-1][3])
    assert calls[-1][2] == calls[-1][3]


def test_build_progress_lines_are_spaced_out_but_the_last_one_always_shows() -> None:
    from desk.packager.builder import PackProgress

    lines: list[str] = []
    progress = PackProgress(started=0.0, log=lines.append, every=3600)
    for done in range(1, 11):
        progress(done, 10, done * 1_000_000, 10_000_000)
    assert len(lines) == 1 and "compressing: 10/10 files, 10/10 MB" in lines[0]


def test_compressed_files_are_cached_between_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_app(tmp_path / "a", "demo", "v1")
    cache = tmp_path / "build-cache"
    first = pack_folder(folder, "zstd", cache=cache)
    entries = list(cache.rglob("*"))
    assert [p for p in entries if p.is_file()], "the build cache stays empty"

    def fail(self: Compressor, data: bytes) -> bytes:
        raise AssertionError("a cached file was compressed again")

    monkeypatch.setattr(Compressor, "_compress", fail)
    assert pack_folder(folder, "zstd", cache=cache) == first


@pytest.mark.slow
def test_frozen_python_launcher_unpacks_a_zstd_payload(tmp_path: Path) -> None:
    """The fallback launcher (Windows, no C compiler) is frozen with zstandard's C backend."""
    import time

    from desk.packager.builder import python_launcher

    frozen = python_launcher(tmp_path / "work", time.monotonic())
    folder = make_app(tmp_path / "onedir", "demo", "v1")
    out = tmp_path / "demo.bin"
    write_single_file(frozen, folder, "demo", out, "zstd")
    assert kinds(out) & {KIND_FILE, KIND_ZSTD_FILE} == {KIND_ZSTD_FILE}
    result = run(out, tmp_path / "cache", "x")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["v1 x", "payload-data"]


@pytest.mark.parametrize("codec", ["zstd", "zlib"])
def test_many_files_unpack_on_several_threads(tmp_path: Path, launcher: Path, codec: str) -> None:
    """Files are decoded in parallel, largest first: every byte must still land in its own file."""
    if codec == "zstd" and launcher_codec(launcher) != "zstd":
        pytest.skip("the launcher was built without libzstd")
    folder = make_app(tmp_path / "onedir", "demo", "v1")
    expected: dict[str, bytes] = {}
    for i in range(120):
        size = [0, 1, 1000, 300_000, 1_200_000][i % 5]  # empty, tiny, and larger than a write chunk
        data = os.urandom(size // 2) + bytes(size - size // 2)
        rel = f"lib/part{i % 7}/file{i}.bin"
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)
        expected[rel] = data
    artifact = tmp_path / "demo.bin"
    write_single_file(launcher, folder, "demo", artifact, codec)
    cache = tmp_path / "cache"
    env = dict(os.environ, DESK_BUNDLE_CACHE=str(cache), DESK_LAUNCHER_THREADS="4")
    result = subprocess.run([str(artifact)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    (unpacked,) = [p for p in cache.iterdir()]
    for rel, data in expected.items():
        assert (unpacked / rel).read_bytes() == data, rel


def test_a_payload_shorter_than_its_records_is_refused(tmp_path: Path, launcher: Path) -> None:
    """The launcher reads records only within the payload's length that the trailer gives."""
    import struct

    artifact = build(tmp_path, launcher)
    data = bytearray(artifact.read_bytes())
    offset, length, _, _ = read_trailer(artifact)
    struct.pack_into("<Q", data, len(data) - 120 + 16, length - 30)  # the end record (25 bytes) is now outside
    artifact.write_bytes(bytes(data))
    result = run(artifact, tmp_path / "cache")
    assert result.returncode == 70
    assert "the payload is truncated" in result.stderr
    assert not [p for p in (tmp_path / "cache").iterdir() if ".tmp-" not in p.name]
