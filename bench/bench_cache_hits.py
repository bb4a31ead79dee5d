"""Disk-cache hits in one process, timed at ``DiskCache.read``: quiet, and while the index is busy.

Issue 16 asked whether recording a hit's time of use sits on the hit's critical path.
Three scenarios, each timing ``--hits`` reads of small pickled entries:

- ``quiet``: nothing else happens;
- ``writer busy``: the write-behind thread stores a large entry (``--big-mb`` MB) again
  and again meanwhile, as an app that keeps computing new entries does;
- ``index locked``: another process holds the index's write lock for ``--hold-ms`` ms
  in every 2 * ``--hold-ms`` ms, as a second app process writing its entries does. The
  hits' times of use must be written while it does.

Each line gives the median, 99th percentile and maximum of a hit in microseconds, and how
many SQLite statements a hit ran on its own thread (the hit path), on average.

Run: ``python bench/bench_cache_hits.py`` (``--hits 2000 --big-mb 64 --hold-ms 200``).
"""

from __future__ import annotations

import argparse
import functools
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median

LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
hold = float(sys.argv[2])
print("ready", flush=True)
while True:
    conn.execute("BEGIN IMMEDIATE")
    time.sleep(hold)
    conn.execute("COMMIT")
    time.sleep(hold)
"""


def counting_connect(counter: list[int]) -> Callable[..., sqlite3.Connection]:
    """``sqlite3.connect`` whose connections count the statements they run on the main thread (the hits')."""
    original = sqlite3.connect
    main = threading.get_ident()

    def count(statement: str) -> None:
        if threading.get_ident() == main:
            counter[0] += 1

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = original(*args, **kwargs)
        conn.set_trace_callback(count)
        return conn

    return connect


def time_hits(store: Any, keys: list[str], hits: int, counter: list[int]) -> tuple[list[float], float]:
    """Microseconds of each hit, and the SQLite statements each ran (on the hits' own thread)."""
    from desk.cache.write_behind import flush_writes

    flush_writes()
    before = counter[0]
    times = []
    for index in range(hits):
        start = time.perf_counter()
        found = store.read(keys[index % len(keys)])
        times.append((time.perf_counter() - start) * 1e6)
        assert found is not None, "a miss"
    return times, (counter[0] - before) / hits


def describe(name: str, times: list[float], statements: float) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"{name:<14} median {median(times):>9,.0f} us   p99 {p99:>11,.0f} us   max {max(times):>11,.0f} us   {statements:.2f} statements/hit"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hits", type=int, default=2000)
    parser.add_argument("--big-mb", type=int, default=64, help="size of the entry the writer keeps storing")
    parser.add_argument("--hold-ms", type=float, default=200.0, help="how long the other process holds the lock")
    args = parser.parse_args()

    counter = [0]
    sqlite3.connect = counting_connect(counter)  # type: ignore[assignment]
    from desk.cache.disk import DiskCache
    from desk.cache.encoding import encode
    from desk.cache.write_behind import flush_writes

    with tempfile.TemporaryDirectory(prefix="bench-cache-hits-") as folder:
        store = DiskCache(Path(folder), "hits", max_bytes=1 << 40)
        keys = [f"{n:032x}" for n in range(16)]
        for key in keys:
            assert store.put(key, function="f", name="small", encoded=encode(list(range(100)), []))
        print(f"{args.hits} hits of 16 small entries; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", flush=True)

        times, statements = time_hits(store, keys, args.hits, counter)
        flush_writes()
        print(describe("quiet", times, statements), flush=True)

        big = encode(os.urandom(args.big_mb << 20), [])
        stop = threading.Event()

        def write_big(done: threading.Event) -> None:
            store.put("ff" * 16, function="g", name="big", encoded=big)
            done.set()

        def keep_writing() -> None:
            while not stop.is_set():
                done = threading.Event()
                store.put_later("ff" * 16, functools.partial(write_big, done))
                done.wait(60)

        writer = threading.Thread(target=keep_writing, daemon=True)
        writer.start()
        time.sleep(0.2)
        times, statements = time_hits(store, keys, args.hits, counter)
        stop.set()
        writer.join(60)
        flush_writes()
        print(describe("writer busy", times, statements), flush=True)

        locker = subprocess.Popen(
            [sys.executable, "-c", LOCKER, str(store.folder / "index.sqlite"), str(args.hold_ms / 1000)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert locker.stdout is not None and locker.stdout.readline().strip() == "ready"
            times, statements = time_hits(store, keys, args.hits, counter)
        finally:
            locker.kill()
            locker.wait(10)
        flush_writes()
        print(describe("index locked", times, statements), flush=True)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
