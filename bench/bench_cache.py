"""Cold vs warm load of a cached ~50 MB data frame.

cold:   the cached function runs (builds the frame) and the entry is written to disk.
memory: a hit in the in-memory tier (each call unpickles a copy).
warm:   a disk hit after a fresh in-memory cache, as when the app is reopened
        (Arrow IPC, memory-mapped, signature checked).

Run: python bench/bench_cache.py [--rows N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any


def _timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the frame (default 1,000,000: about 50 MB)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="desk-bench-cache-") as folder:
        os.environ["DESK_CACHE_DIR"] = folder
        os.environ["DESK_APP_ID"] = "bench-cache"
        import numpy as np
        import pandas as pd

        import desk as st
        from desk.cache import api

        @st.cache_data
        def load(rows: int) -> pd.DataFrame:
            rng = np.random.default_rng(0)
            return pd.DataFrame(
                {
                    "id": np.arange(rows, dtype="int64"),
                    "price": rng.random(rows),
                    "quantity": rng.integers(0, 1000, rows),
                    "ratio": rng.random(rows),
                    "category": pd.Categorical(rng.choice(["north", "south", "east", "west"], rows)),
                    "ts": pd.date_range("2024-01-01", periods=rows, freq="s"),
                    "score": rng.random(rows).astype("float32"),
                }
            )

        frame_mb = None
        cold: list[float] = []
        warm: list[float] = []
        hot: list[float] = []
        for _ in range(args.repeat):
            st.cache_data.clear()
            api.forget_all()
            cold.append(_timed(lambda: load(args.rows)))
            hot.append(_timed(lambda: load(args.rows)))
            api.forget_all()  # a reopened app: empty memory, the disk entry stays
            warm.append(_timed(lambda: load(args.rows)))
            if frame_mb is None:
                frame_mb = load(args.rows).memory_usage(deep=True).sum() / 1e6

        def show(name: str, values: list[float]) -> None:
            print(f"{name:<34} median {statistics.median(values) * 1000:8.1f} ms   min {min(values) * 1000:8.1f} ms")

        print(f"cached frame: {args.rows:,} rows, {frame_mb:.1f} MB in memory, {args.repeat} repeats")
        show("cold (compute + write to disk)", cold)
        show("warm (disk hit, fresh memory)", warm)
        show("hot (memory hit)", hot)
        api.forget_all()


if __name__ == "__main__":
    main()
