"""Payload codec benchmark: zstd level -> payload size, compression time, unpack time.

The single file's payload is the onedir build, compressed file by file (see
``desk/packager/payload.py``). For each level this compresses every file of a onedir build
the way ``desk build`` does (both cores, largest files first, the same window size),
then decompresses them one after another as the launcher does, and prints a row of the
table in ``docs/building.md``. CPU time is the sum over all threads: on a shared machine
it is the figure to compare, since wall time depends on the other load.

Run: ``python bench/bench_codec.py [--folder ONEDIR] [--levels 1,3,6,9,12,15,19]``.
Without ``--folder`` it first builds the sales example with ``desk build --onedir``
(trimmed and stripped, as the single file's payload is).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT

APP = ROOT / "examples" / "sales" / "app.py"


def onedir_build(out: Path) -> Path:
    from desk.packager.builder import BuildOptions, build

    result = build(BuildOptions(script=APP, out=out, onedir=True, smoke_test=False), log=lambda line: print("   ", line))
    return result.artifact


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(folder: Path, levels: list[int]) -> None:
    from desk.packager.payload import Compressor

    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    contents = sorted((p.read_bytes() for p in files), key=len, reverse=True)
    raw = sum(map(len, contents))
    print(f"{len(contents)} files, {raw / 1e6:.1f} MB\n")
    print("| zstd level | payload | compression, wall | compression, CPU | unpack, wall | unpack, CPU |")
    print("|---:|---:|---:|---:|---:|---:|")
    import zstandard

    for level in levels:
        compressor = Compressor("zstd", level)
        cpu, began = cpu_seconds(), time.perf_counter()
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            stored = list(pool.map(compressor._compress, contents))
        wall, cpu = time.perf_counter() - began, cpu_seconds() - cpu
        reader = zstandard.ZstdDecompressor(max_window_size=1 << 27)
        began, began_cpu = time.perf_counter(), time.thread_time()
        for data, size in zip(stored, map(len, contents), strict=True):
            reader.decompress(data, max_output_size=size)
        unpack, unpack_cpu = time.perf_counter() - began, time.thread_time() - began_cpu
        size = sum(map(len, stored))
        print(
            f"| {level} | {size / 1e6:.1f} MB | {wall:.1f} s | {cpu:.1f} s | {unpack:.2f} s | {unpack_cpu:.2f} s |",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, help="a onedir build to measure (default: build the sales example)")
    parser.add_argument("--levels", default="1,3,6,9,12,15,19", help="comma-separated zstd levels")
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    if args.folder is not None:
        measure(args.folder, levels)
        return 0
    with tempfile.TemporaryDirectory(prefix="desk-bench-codec-") as tmp:
        print("building the sales example with --onedir...", flush=True)
        measure(onedir_build(Path(tmp)), levels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
