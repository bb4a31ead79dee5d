"""Benchmark app: one frame cached with st.cache_data(persist="disk"). Runs under desk and Streamlit.

``BENCH_CACHE_CASE`` picks the frame (``float:ROWS``, ``mixed:ROWS`` or ``mixedstr:ROWS``) and
``BENCH_CACHE_OUT`` names a file to which each run appends one JSON line: the time of the
cached call, the CPU time the script's thread spent in it (steadier than the wall clock on
a loaded machine), and the time of the call plus a pass over every numeric column (which
pays for pages a memory-mapped hit had not read yet).
"""

import json
import os
import time

import numpy as np
import pandas as pd
import streamlit as st

CASE = os.environ.get("BENCH_CACHE_CASE", "float:1000000")
computed: list[str] = []  # the cached function's body ran in this run (a miss)


@st.cache_data(persist="disk", show_spinner=False)
def load(case: str) -> pd.DataFrame:
    computed.append(case)
    kind, rows_text = case.split(":")
    rows = int(rows_text)
    rng = np.random.default_rng(0)
    if kind == "float":
        return pd.DataFrame({f"c{i}": rng.random(rows) for i in range(10)})
    price = rng.random(rows) * 100
    price[rng.random(rows) < 0.1] = np.nan
    names = np.array([f"item-{i:05d}" for i in range(5000)], dtype=object)
    label = pd.Series(names[rng.integers(0, len(names), rows)], dtype=object)
    label[rng.random(rows) < 0.05] = None
    if kind == "mixedstr":  # the same strings in pandas' default string dtype (``str`` from pandas 3)
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


started = time.perf_counter()
started_cpu = time.thread_time()
frame = load(CASE)
call_ms = (time.perf_counter() - started) * 1000
cpu_ms = (time.thread_time() - started_cpu) * 1000
total = float(frame.select_dtypes("number").sum().sum())
touch_ms = (time.perf_counter() - started) * 1000
out = os.environ.get("BENCH_CACHE_OUT")
if out:
    with open(out, "a") as handle:
        handle.write(json.dumps(
            {"pid": os.getpid(), "call_ms": call_ms, "cpu_ms": cpu_ms, "touch_ms": touch_ms, "rows": len(frame), "computed": bool(computed)}
        ) + "\n")
st.write(f"cached call done: {len(frame)} rows")
