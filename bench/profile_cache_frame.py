"""Where a disk-cache hit of a frame spends its time, column by column, against ``pickle.loads``.

Stores the benchmark's frame (``bench/apps/cache_frame.py``: ``mixed``, ``mixedstr`` or ``float``) in a
fresh ``DiskCache``, then times, as minimum and median of ``--repeat`` runs:

- the whole hit (``DiskCache.read``) in this process, and in fresh processes (a restart:
  each child imports pandas and pyarrow first, then reads once; and the same after the
  rest of the server's warm-up, a small frame of every column kind converted and the
  hits' connection opened);
- its steps: opening and mapping the blob, the checksum, Arrow's file reader, decoding;
- decoding each column alone (desk's layout) against unpickling that column alone,
  which is what Streamlit does for the whole frame on every hit.

Run: ``python bench/profile_cache_frame.py`` (``--case float``, ``--rows N``, ``--repeat N``).
"""

from __future__ import annotations

import argparse
import json
import mmap
import os
import pickle
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

APP_ID = "profile"
KEY = "ab" * 8


def make_frame(case: str, rows: int) -> Any:
    """The frame of ``bench/apps/cache_frame.py`` (same seed, same columns)."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(0)
    if case == "float":
        return pd.DataFrame({f"c{i}": rng.random(rows) for i in range(10)})
    price = rng.random(rows) * 100
    price[rng.random(rows) < 0.1] = np.nan
    names = np.array([f"item-{i:05d}" for i in range(5000)], dtype=object)
    label = pd.Series(names[rng.integers(0, len(names), rows)], dtype=object)
    label[rng.random(rows) < 0.05] = None
    if case == "mixedstr":  # the same strings in pandas' default string dtype (``str`` from pandas 3)
        label = label.astype(pd.Series(["x"]).dtype)
    return pd.DataFrame(
        {
            "id": np.arange(rows, dtype="int64"),
            "price": price,
            "quantity": pd.array(rng.integers(0, 1000, rows), dtype="Int64"),
            "label": label,
            "region": pd.Categorical(rng.choice(["north", "south", "east", "west"], rows)),
            "ts": pd.date_range("2024-01-01", periods=rows, freq="s"),
            "flag": rng.random(rows) < 0.5,
        }
    )


def timed(call: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """(min, median) of ``repeat`` calls, in ms."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return min(times), statistics.median(times)


def row(label: str, figures: tuple[float, float], other: tuple[float, float] | None = None) -> None:
    text = f"{label:<38} {figures[0]:8.2f} {figures[1]:8.2f}"
    if other is not None:
        text += f"   {other[0]:8.2f} {other[1]:8.2f}"
    print(text, flush=True)


def child(root: Path, warm: bool) -> None:
    """One restart: import what desk's warm-up imports (``warm``: and do the rest of it), then read the entry once."""
    import pandas  # noqa: F401
    import pyarrow.ipc  # noqa: F401

    from desk.cache.columns import warm_up
    from desk.cache.disk import DiskCache

    store = DiskCache(root, APP_ID)
    if warm:
        store.prepare_reads()
        warm_up()
    started = time.perf_counter()
    found = store.read(KEY)
    elapsed = (time.perf_counter() - started) * 1000
    assert found is not None
    print(json.dumps({"ms": elapsed}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", default="mixed", choices=("mixed", "mixedstr", "float"))
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15, help="runs of each timing (default 15)")
    parser.add_argument("--restarts", type=int, default=5, help="fresh processes for the restart hit (default 5)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), args.warm)
        return 0

    import pandas as pd
    import pyarrow as pa

    from desk.cache import columns, frames
    from desk.cache.disk import DiskCache
    from desk.cache.encoding import encode_pickled

    frame = make_frame(args.case, args.rows)
    with tempfile.TemporaryDirectory(prefix="profile-cache-") as folder:
        root = Path(folder)
        store = DiskCache(root, APP_ID)
        encoded = encode_pickled(None, pickle.dumps([]), frame)
        assert encoded.format == "arrow", "the frame was pickled, not stored as Arrow"
        store.put(KEY, function="f", name="f", encoded=encoded)
        found = store.read(KEY)
        assert found is not None
        pd.testing.assert_frame_equal(found.value, frame, check_exact=True)
        assert list(found.value.dtypes) == list(frame.dtypes)
        whole_pickle = pickle.dumps(frame, protocol=pickle.HIGHEST_PROTOCOL)

        print(f"load average {os.getloadavg()[0]:.1f}; {args.case} frame, {len(frame):,} rows; ms: min, median")
        for label, warm in (("hit after a restart (DiskCache.read)", []), ("  after the server's warm-up", ["--warm"])):
            restarts = []
            for _ in range(args.restarts):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", str(root), *warm], check=True, capture_output=True, text=True
                ).stdout
                restarts.append(json.loads(out.splitlines()[-1])["ms"])
            row(label, (min(restarts), statistics.median(restarts)))
        row("hit in process (DiskCache.read)", timed(lambda: store.read(KEY), args.repeat))
        row("pickle.loads of the frame (Streamlit)", timed(lambda: pickle.loads(whole_pickle), args.repeat))
        row("frame.copy(deep=True)", timed(lambda: frame.copy(deep=True), args.repeat))

        fd = os.open(store.blob_path(KEY), os.O_RDONLY)
        try:
            print("\nsteps of one hit")
            row("map the blob (ACCESS_COPY)", timed(lambda: mmap.mmap(fd, 0, access=mmap.ACCESS_COPY), args.repeat))
            mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_COPY)
            (header_length, _) = struct.unpack("<II", mapped[8:16])
            header = json.loads(mapped[16 : 16 + header_length])
            offset, size = header["sections"][1]
            data = memoryview(mapped)[offset : offset + size]
            row("checksum", timed(lambda: frames.data_checksum(data), args.repeat))
            row("Arrow file reader (read_all)", timed(lambda: pa.ipc.open_file(pa.py_buffer(data)).read_all(), args.repeat))
            table = pa.ipc.open_file(pa.py_buffer(data)).read_all()
            row("decode the frame", timed(lambda: columns.frame_from_table(table, mapped), args.repeat))

            print(f"\n{'column (layout)':<38} {'desk min':>8} {'median':>8}   {'pickle min':>8} {'median':>8}")
            meta = json.loads(table.schema.metadata[columns.META_KEY])
            for name, kind, dtype in meta["columns"]:
                one = table.select([name]).replace_schema_metadata(
                    {**table.schema.metadata, columns.META_KEY: json.dumps({**meta, "columns": [[name, kind, dtype]]}).encode()}
                )
                pickled = pickle.dumps(frame[[name]], protocol=pickle.HIGHEST_PROTOCOL)
                row(
                    f"{name} {dtype} ({kind})",
                    timed(lambda one=one: columns.frame_from_table(one, mapped), args.repeat),
                    timed(lambda pickled=pickled: pickle.loads(pickled), args.repeat),
                )
        finally:
            os.close(fd)
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
