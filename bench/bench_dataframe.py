"""Data grid benchmark: desk against Streamlit showing big st.dataframe tables, in one run.

A script shows ``st.dataframe`` of N rows x 10 integer columns when its "Show" button is
clicked (N from the page's query string). Playwright drives Debian's Chromium through roles
only and times click -> a grid whose ``aria-rowcount`` is at least N, for N = 1,000, 100,000
and 1,000,000, with the server's RSS after each step; it prints both and the ratio.

For desk only, a pyarrow table of 100,000,000 rows (two columns): time from click to the
first rows visible, then to a cell of a middle row after a scroll to the middle of the grid.
It is measured twice, in two servers: once with the click's run building the table (numpy
``arange`` and ``// 2`` of 100M int64, about 1.6 GB: mostly the script's own cost), and once
with the table from ``st.cache_resource``, built as the page loads, before the timed click
(the grid's own cost). Both figures are printed.

Every wait is checked in the page on each animation frame (``wait_for_function`` with
``polling="raf"``): Playwright's locator waits back off to 500 ms between checks, which
rounded the earlier figures up to about 170, 270, 770 or 1,270 ms.

Run: ``python bench/bench_dataframe.py`` (``--skip-huge`` leaves out the 100M-row case,
``--sizes 1000,100000`` picks the sizes, ``--cached`` also times the sizes with the
DataFrame from ``st.cache_resource``, built as the page loads, for desk and Streamlit alike:
the click's run then costs the grid only, not the script's 80 MB pandas build;
``--repeat 5`` runs everything five times, each in a new server, and prints medians with
their spread: on a shared machine single figures vary by a factor of two or more).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CHROMIUM, CHROMIUM_ARGS, median, rss_mb, start_app, stop, wait_http

FRAME_APP = """
import numpy as np
import pandas as pd
import streamlit as st


def build(n):
    return pd.DataFrame({f"c{j}": np.arange(n, dtype="int64") * (j + 1) for j in range(10)})


@st.cache_resource
def cached_frame(n):
    return build(n)


n = int(st.query_params.get("n", "1000"))
cached = st.query_params.get("cached") == "1"
frame = cached_frame(n) if cached else None  # built as the page loads, before the timed click
if st.button("Show"):
    st.dataframe(frame if cached else build(n))
"""

HUGE_APP = """
import numpy as np
import pyarrow as pa
import streamlit as st


def build(n):
    i = np.arange(n, dtype="int64")
    return pa.table({"i": pa.array(i), "half": pa.array(i // 2)})


@st.cache_resource
def cached_table(n):
    return build(n)


n = int(st.query_params.get("n", "1000"))
cached = st.query_params.get("cached") == "1"
table = cached_table(n) if cached else None  # built as the page loads, before the timed click
if st.button("Show"):
    st.dataframe(table if cached else build(n), hide_index=True)
"""

TIMEOUT_S = 300.0


@dataclass
class Step:
    rows: int
    seconds: float | None
    rss_mb: float
    note: str = ""
    spread: str = ""


def start(kind: str, script: Path) -> tuple[subprocess.Popen[bytes], str]:
    return start_app(kind, script, ["--server.maxMessageSize", "2000"])


def with_rows(url: str, n: int) -> str:
    return f"{url}{'&' if '?' in url else '?'}n={n}"


def open_page(browser: Any, url: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_S * 1000)
    page.goto(url)
    page.get_by_role("button", name="Show").wait_for()
    return page


GRID_ROWS_JS = """n => [...document.querySelectorAll('[role="grid"]')]
    .some(el => Number(el.getAttribute('aria-rowcount') || 0) >= n)"""
"""True once the page holds a grid whose ``aria-rowcount`` is at least n (Streamlit's canvas
grid keeps its ARIA table hidden from the accessibility tree, but it is in the DOM)."""


def wait_in_page(page: Any, predicate: str, arg: Any) -> None:
    """Wait until ``predicate(arg)`` holds, checked on every animation frame.

    Only ``wait_for_function(polling="raf")`` polls at a fixed rate: Playwright's locator
    waits (``wait_for``) retry after 0, 20, 50, 100, 100, then every 500 ms, so a grid that
    appears after 300 ms would be seen at about 770 ms, and timings would be rounded up to
    those steps.
    """
    page.wait_for_function(predicate, arg=arg, timeout=TIMEOUT_S * 1000, polling="raf")


def click_to_grid(page: Any, rows: int) -> float:
    """Seconds from the click on Show to a grid whose aria-rowcount is at least rows."""
    began = time.perf_counter()
    page.get_by_role("button", name="Show").click()
    wait_in_page(page, GRID_ROWS_JS, rows)
    return time.perf_counter() - began


def measure(kind: str, browser: Any, script: Path, sizes: list[int], cached: bool = False) -> list[Step]:
    process, url = start(kind, script)
    steps: list[Step] = []
    try:
        wait_http(url, 60)
        for n in sizes:
            page = open_page(browser, with_rows(url, n) + ("&cached=1" if cached else ""))
            try:
                seconds: float | None = click_to_grid(page, n)
                note = ""
            except Exception as error:  # a timeout or a crash is a result too
                seconds, note = None, f"failed: {type(error).__name__}: {str(error).splitlines()[0][:120]}"
            time.sleep(0.5)
            steps.append(Step(n, seconds, rss_mb(process.pid), note))
            print(f"  {kind:<9} {n:>11,} rows: {fmt_s(seconds)}  RSS {steps[-1].rss_mb:8.1f} MB {note}", flush=True)
            page.context.close()
    finally:
        stop(process)
    return steps


CELL_JS = """([n, pattern]) => [...document.querySelectorAll('[role="grid"]')].some(grid =>
    Number(grid.getAttribute('aria-rowcount') || 0) >= n
    && [...grid.querySelectorAll('[role="gridcell"]')].some(cell => new RegExp(pattern).test(cell.textContent)))"""
"""True once a grid of at least n rows shows a cell whose text matches the pattern."""


def measure_huge(browser: Any, script: Path, rows: int, cached: bool) -> dict[str, float | None]:
    """desk only: click -> first rows visible, then scroll to the middle -> a middle row visible.

    ``cached``: the table comes from ``st.cache_resource``, built when the page loads, before
    the timed click; otherwise the click's run builds it (numpy, about 1.6 GB for 100M rows).
    """
    process, url = start("desk", script)
    figures: dict[str, float | None] = {"first_rows": None, "middle": None, "rss": None}
    try:
        wait_http(url, 60)
        page = open_page(browser, with_rows(url, rows) + ("&cached=1" if cached else ""))
        began = time.perf_counter()
        page.get_by_role("button", name="Show").click()
        wait_in_page(page, CELL_JS, [rows, "^0$"])
        figures["first_rows"] = time.perf_counter() - began
        mid = rows // 2
        pattern = rf"^({mid // 1000 - 1}|{mid // 1000})\d\d\d$"
        grid = page.get_by_role("grid")
        began = time.perf_counter()
        grid.evaluate("el => { el.scrollTop = (el.scrollHeight - el.clientHeight) / 2; el.dispatchEvent(new Event('scroll')); }")
        wait_in_page(page, CELL_JS, [rows, pattern])
        figures["middle"] = time.perf_counter() - began
        time.sleep(0.5)
        figures["rss"] = rss_mb(process.pid)
        page.context.close()
    finally:
        stop(process)
    return figures


def fmt_s(seconds: float | None) -> str:
    return "   failed" if seconds is None else f"{seconds * 1000:7.0f} ms"


def measure_repeated(kinds: tuple[str, ...], browser: Any, script: Path, sizes: list[int], repeat: int, cached: bool = False) -> dict[str, list[Step]]:
    """``measure`` each kind ``repeat`` times (a new server each time, kinds alternating): medians per size."""
    runs: dict[str, list[list[Step]]] = {kind: [] for kind in kinds}
    for _ in range(repeat):
        for kind in kinds:
            runs[kind].append(measure(kind, browser, script, sizes, cached))
    result: dict[str, list[Step]] = {}
    for kind, done in runs.items():
        steps = []
        for position, rows in enumerate(sizes):
            tries = [run[position] for run in done]
            times = [t.seconds for t in tries if t.seconds is not None]
            notes = "; ".join(dict.fromkeys(t.note for t in tries if t.note))
            spread = f"{min(times) * 1000:.0f}-{max(times) * 1000:.0f} ms over {len(times)}" if len(times) > 1 else ""
            steps.append(Step(rows, median(times) if times else None, median([t.rss_mb for t in tries]), notes, spread))
        result[kind] = steps
    return result


def print_table(title: str, results: dict[str, list[Step]]) -> None:
    print(f"\n{title}:\n{'rows':>12}  {'desk':>10} {'streamlit':>10} {'desk is':>8}   {'desk RSS':>9} {'st RSS':>9}")
    for d, s in zip(results["desk"], results["streamlit"], strict=True):
        ratio = f"{s.seconds / d.seconds:7.1f}x" if d.seconds and s.seconds else "     n/a"
        spread = f"   (desk {d.spread}; streamlit {s.spread})" if d.spread or s.spread else ""
        print(f"{d.rows:>12,}  {fmt_s(d.seconds):>10} {fmt_s(s.seconds):>10} {ratio:>8}   {d.rss_mb:7.1f}MB {s.rss_mb:7.1f}MB{spread}")
        for step in (d, s):
            if step.note:
                print(f"{'':>14}{step.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,100000,1000000", help="row counts, comma-separated")
    parser.add_argument("--huge", type=int, default=100_000_000, help="rows of the desk-only case")
    parser.add_argument("--skip-huge", action="store_true", help="leave out the desk-only huge case")
    parser.add_argument(
        "--cached", action="store_true", help="also time the sizes with the frame from st.cache_resource, built before the click"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each size (a new server each), medians printed")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    # As bench_browser does: a pip-installed desk has its bytecode compiled at install time;
    # an editable checkout under PYTHONDONTWRITEBYTECODE would compile desk.elements.data and
    # friends during the first timed click instead (Streamlit's venv has its bytecode).
    import compileall

    import desk

    compileall.compile_dir(str(Path(desk.__file__).parent), quiet=1)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        frame_app = Path(tmp) / "frame_app.py"
        frame_app.write_text(FRAME_APP, encoding="utf-8")
        huge_app = Path(tmp) / "huge_app.py"
        huge_app.write_text(HUGE_APP, encoding="utf-8")
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        kinds = ("desk", "streamlit")
        results = measure_repeated(kinds, browser, frame_app, sizes, args.repeat)
        warm = measure_repeated(kinds, browser, frame_app, sizes, args.repeat, cached=True) if args.cached else None
        huge: dict[bool, dict[str, float | None]] = {}
        for cached in () if args.skip_huge else (False, True):
            tries = [measure_huge(browser, huge_app, args.huge, cached) for _ in range(args.repeat)]
            huge[cached] = {
                key: median([v for t in tries if (v := t[key]) is not None]) if any(t[key] is not None for t in tries) else None
                for key in ("first_rows", "middle", "rss")
            }
        browser.close()

    runs = f", median of {args.repeat} runs" if args.repeat > 1 else ""
    print_table(f"DataFrame built by the click's run{runs}", results)
    if warm is not None:
        print_table(f"DataFrame from st.cache_resource, built before the click{runs}", warm)
    for cached, figures in huge.items():
        how = "table from st.cache_resource, built before the click" if cached else "table built by the click's run"
        print(f"\ndesk only, {args.huge:,} rows (pyarrow, 2 columns), {how}{runs}:")
        print(f"  click -> first rows visible   {fmt_s(figures['first_rows'])}")
        print(f"  scroll to middle -> row shown {fmt_s(figures['middle'])}")
        rss = figures["rss"]
        print(f"  server RSS                    {'n/a' if rss is None else f'{rss:.1f} MB'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
