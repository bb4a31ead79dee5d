"""Reruns per second: desk's AppTest against Streamlit's AppTest, on the same scripts.

Each measured rerun is an interaction followed by a run, as a user would cause it:

- ``counter``: click "Add" (examples/counter.py), then run;
- ``widgets_50``: move one of the 50 widgets (examples/widgets_50.py), then run.

desk runs in this process. Streamlit runs in a child Python from a virtual environment
where it is installed (``.bench-venv`` or ``bench/.venv-streamlit``, created on first use),
driven by this same file in ``--child`` mode, so both sides execute identical driver code.

    python bench/bench_rerun.py              # both apps, default rerun counts
    python bench/bench_rerun.py --runs 500   # more reruns per measurement
    python bench/bench_rerun.py --desk-only  # skip Streamlit
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, streamlit_python

EXAMPLES = ROOT / "examples"
APPS = {"counter": EXAMPLES / "counter.py", "widgets_50": EXAMPLES / "widgets_50.py"}
WARMUP = 5


def interact(app: str, at: Any, i: int) -> None:
    """One user interaction, queued on the AppTest (the same calls work for both engines)."""
    if app == "counter":
        at.button[0].click()
    else:
        group = i % 10
        widget = i % 5
        if widget == 0:
            at.slider(key=f"level_{group}").set_value(i % 101)
        elif widget == 1:
            at.checkbox(key=f"on_{group}").set_value(i % 2 == 0)
        elif widget == 2:
            at.number_input(key=f"qty_{group}").set_value(i % 1000)
        elif widget == 3:
            at.text_input(key=f"name_{group}").set_value(f"name {i}")
        else:
            at.selectbox(key=f"plan_{group}").set_value(["Basic", "Standard", "Premium"][i % 3])


def check(app: str, at: Any, clicks: int) -> None:
    """Both engines must have really run the script."""
    if app == "counter":
        shown = at.markdown[0].value
        if shown != f"Count: {clicks}":
            raise AssertionError(f"counter shows {shown!r} after {clicks} clicks")
    elif len(at.slider) != 10 or len(at.markdown) != 3:
        raise AssertionError("widgets_50 did not render its widgets")


def measure(app_test_class: Any, app: str, runs: int) -> dict[str, float]:
    """Time ``runs`` interactions + runs of ``app``; returns reruns per second and the mean."""
    at = app_test_class.from_file(str(APPS[app]), default_timeout=30).run()
    for i in range(WARMUP):
        interact(app, at, i)
        at.run()
    started = time.perf_counter()
    for i in range(WARMUP, WARMUP + runs):
        interact(app, at, i)
        at.run()
    elapsed = time.perf_counter() - started
    check(app, at, WARMUP + runs)
    return {"runs": runs, "seconds": elapsed, "per_second": runs / elapsed, "ms_per_rerun": 1000 * elapsed / runs}


def run_streamlit(app: str, runs: int) -> dict[str, Any]:
    python = streamlit_python()
    command = [str(python), str(Path(__file__).resolve()), "--child", "--app", app, "--runs", str(runs)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"the Streamlit run failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def child(app: str, runs: int) -> None:
    """``--child``: measure with Streamlit's own AppTest and print the figures as JSON."""
    import logging

    logging.disable(logging.WARNING)  # Streamlit warns about running without `streamlit run`
    import streamlit
    from streamlit.testing.v1 import AppTest

    result: dict[str, Any] = measure(AppTest, app, runs)
    result["version"] = streamlit.__version__
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=None, help="reruns per measurement (default: 300 desk, 100 Streamlit)")
    parser.add_argument("--desk-only", action="store_true", help="measure desk only")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--app", choices=sorted(APPS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.app, args.runs)
        return 0

    sys.path.insert(0, str(ROOT))
    from desk import __version__ as desk_version
    from desk.testing import AppTest

    rows = []
    for app in APPS:
        desk_figures = measure(AppTest, app, args.runs or 300)
        streamlit_figures = None if args.desk_only else run_streamlit(app, args.runs or 100)
        rows.append((app, desk_figures, streamlit_figures))

    version = next((r[2]["version"] for r in rows if r[2]), None)
    print()
    print(f"Reruns per second through AppTest (interaction + run), desk {desk_version}" + (f" vs Streamlit {version}" if version else ""))
    print()
    header = f"{'app':<12} {'desk reruns/s':>14} {'desk ms':>9} {'Streamlit reruns/s':>19} {'Streamlit ms':>13} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for app, d, s in rows:
        if s is None:
            print(f"{app:<12} {d['per_second']:>14.1f} {d['ms_per_rerun']:>9.2f} {'-':>19} {'-':>13} {'-':>7}")
        else:
            ratio = d["per_second"] / s["per_second"]
            print(
                f"{app:<12} {d['per_second']:>14.1f} {d['ms_per_rerun']:>9.2f} "
                f"{s['per_second']:>19.1f} {s['ms_per_rerun']:>13.2f} {ratio:>6.1f}x"
            )
    print()
    print(f"desk: {rows[0][1]['runs']:.0f} reruns per app after {WARMUP} warm-up reruns; goal: desk >= 5x faster per rerun.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
