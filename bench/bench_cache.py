"""The persistent cache, desk against Streamlit, through real servers and a real page.

``bench/apps/cache_frame.py`` caches one frame with ``st.cache_data(persist="disk")``
and appends its own timings to a file. For each framework, case and repeat, with an
empty cache folder:

1. start the server and open the page: the first call (compute and persist);
2. open the page again in a new tab: a hit in the same process;
3. stop the server cleanly (SIGTERM), start it again and open the page: the hit after a
   restart, which reads yesterday's entry from disk;
4. open the page again: a hit in the same (restarted) process.

A hit whose function body ran anyway is reported as a MISS. The figure is the time of
the cached call as the script measured it; "+ scan" adds one pass over every numeric
column, which pays for any pages a memory-mapped hit has not read yet. The CPU time of
the script's thread in the call is reported too: on a machine loaded by other jobs it
varies far less than the wall clock.

Cases: ``float-1M`` (1M x 10 float64), ``float-10M`` (10M x 10 float64), and
``mixed-1M`` (ints, floats with NaN, nullable Int64, strings with nulls, a categorical,
datetimes and booleans; the strings in an object column, the slowest kind to read back)
and ``mixed-str-1M`` (the same frame with the strings in pandas' default string dtype,
``str`` from pandas 3, backed by Arrow).

Run: ``python bench/bench_cache.py`` (``--repeat N``, ``--cases float-1M,mixed-1M``).
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CHROMIUM, CHROMIUM_ARGS, median, start_app

APP = Path(__file__).resolve().parent / "apps" / "cache_frame.py"
CASES = {
    "float-1M": "float:1000000",
    "float-10M": "float:10000000",
    "mixed-1M": "mixed:1000000",
    "mixed-str-1M": "mixedstr:1000000",
}
PHASES = ("first call (compute and persist)", "hit in the same process", "hit after a restart", "hit after a restart, 2nd")
KINDS = ("desk", "streamlit")


@dataclass
class Sample:
    call_ms: float
    touch_ms: float
    computed: bool
    cpu_ms: float = float("nan")  # CPU time of the script's thread in the call (absent in older records)


@dataclass
class Results:
    samples: dict[tuple[str, str, str], list[Sample]] = field(default_factory=dict)  # (case, kind, phase)

    def add(self, case: str, kind: str, phase: str, sample: Sample) -> None:
        self.samples.setdefault((case, kind, phase), []).append(sample)


def stop_cleanly(process: subprocess.Popen[bytes], timeout: float = 60.0) -> bool:
    """SIGTERM and wait, as a user closing the app; True when it exited by itself."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
            return False
    return True


def open_and_wait(browser: object, url: str, process: subprocess.Popen[bytes], rows: int, timeout: float = 180.0) -> None:
    """Open ``url`` in a fresh context and wait until the script says it is done."""
    context = browser.new_context()  # type: ignore[attr-defined]
    try:
        page = context.new_page()
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited with code {process.returncode}")
            try:
                page.goto(url, timeout=5000)
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        text = f"cached call done: {rows} rows"
        page.get_by_text(text, exact=True).first.wait_for(timeout=max(deadline - time.monotonic(), 1) * 1000)
    finally:
        context.close()


def read_new(out: Path, seen: int) -> tuple[Sample, int]:
    lines = out.read_text().splitlines() if out.exists() else []
    if len(lines) <= seen:
        raise RuntimeError("the app did not record a timing")
    record = json.loads(lines[-1])
    return Sample(record["call_ms"], record["touch_ms"], record["computed"], record.get("cpu_ms", float("nan"))), len(lines)


def run_once(kind: str, case: str, browser: object, results: Results) -> None:
    spec = CASES[case]
    rows = int(spec.split(":")[1])
    with tempfile.TemporaryDirectory(prefix=f"bench-cache-{kind}-") as folder:
        out = Path(folder) / "timings.jsonl"
        cache = Path(folder) / "cache"
        cache.mkdir()
        env = {"BENCH_CACHE_CASE": spec, "BENCH_CACHE_OUT": str(out)}
        # desk keeps its caches under DESK_CACHE_DIR; Streamlit under ~/.streamlit/cache.
        env.update({"DESK_CACHE_DIR": str(cache)} if kind == "desk" else {"HOME": str(cache)})
        seen = 0
        phase = iter(PHASES)
        for _restart in range(2):
            process, url = start_app(kind, APP, env=env)
            try:
                for _page in range(2):
                    open_and_wait(browser, url, process, rows)
                    sample, seen = read_new(out, seen)
                    results.add(case, kind, next(phase), sample)
            finally:
                if not stop_cleanly(process):
                    print(f"  {kind} did not exit within 60 s of SIGTERM and was killed", flush=True)


def span(samples: list[Sample], attr: str, hit: bool = True) -> str:
    values = [getattr(s, attr) for s in samples]
    digits = 1 if max(values) < 10 else 0
    text = f"{min(values):,.{digits}f}" if len(values) == 1 else f"{min(values):,.{digits}f}-{max(values):,.{digits}f}"
    misses = sum(s.computed for s in samples) if hit else 0
    return text + (f" ({misses} MISS)" if misses else "")


def report(results: Results, cases: list[str], repeat: int) -> None:
    print(f"\ntimes in ms, min-max over {repeat} run(s); ratio = Streamlit median / desk median (> 1: desk is faster)")
    header = f"{'case':<12} {'figure':<34} {'desk':>16} {'Streamlit':>16} {'ratio':>7}"
    tables = (
        ("call_ms", "the cached call"),
        ("touch_ms", "the cached call + scan of numeric columns"),
        ("cpu_ms", "CPU time of the script's thread in the cached call (desk writes in the background; Streamlit does not)"),
    )
    for attr, title in tables:
        print(f"\n{title}\n{header}")
        for case in cases:
            for phase in PHASES:
                d = results.samples.get((case, "desk", phase), [])
                s = results.samples.get((case, "streamlit", phase), [])
                if not d or not s:
                    continue
                ratio = median([getattr(x, attr) for x in s]) / median([getattr(x, attr) for x in d])
                hit = phase != PHASES[0]
                print(f"{case:<12} {phase:<34} {span(d, attr, hit):>16} {span(s, attr, hit):>16} {ratio:>6.1f}x")
    for attr, title in (("call_ms", "wall clock"), ("cpu_ms", "CPU time of the script's thread")):
        targets(results, cases, attr, title)


def targets(results: Results, cases: list[str], attr: str, title: str) -> None:
    print(f"\ntargets (medians of the cached call, {title})")
    for case in cases:

        def med(kind: str, phase: str, case: str = case) -> float:
            return median([getattr(x, attr) for x in results.samples.get((case, kind, phase), [])])

        restart_vs_st = med("streamlit", PHASES[2]) / med("desk", PHASES[2])
        restart_vs_own = med("desk", PHASES[2]) / med("desk", PHASES[1])
        first = med("desk", PHASES[0]) / med("streamlit", PHASES[0])
        hit = med("desk", PHASES[1]) / med("streamlit", PHASES[1])
        print(
            f"{case:<12} restart hit {restart_vs_st:.1f}x faster than Streamlit (>= 5) | "
            f"{restart_vs_own:.2f}x desk's in-process hit (<= 2) | first call {first:.2f}x Streamlit's (<= 1.1) | "
            f"in-process hit {hit:.2f}x Streamlit's (<= 1)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each case and framework (default 3)")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, from {', '.join(CASES)}")
    parser.add_argument("--kinds", default=",".join(KINDS), help="desk, streamlit or both (default)")
    args = parser.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    unknown = [c for c in cases if c not in CASES]
    if unknown:
        parser.error(f"unknown case(s) {', '.join(unknown)}; choose from {', '.join(CASES)}")
    kinds = [k for k in args.kinds.split(",") if k]
    # A pip-installed desk has its bytecode compiled at install time; do the same here.
    import compileall

    import desk

    compileall.compile_dir(str(Path(desk.__file__).parent), quiet=1)
    from playwright.sync_api import sync_playwright

    results = Results()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for case in cases:
                for run in range(args.repeat):
                    for kind in kinds:  # alternate, so that load on the machine hits both alike
                        print(f"{case}: run {run + 1}/{args.repeat}, {kind}...", flush=True)
                        run_once(kind, case, browser, results)
        finally:
            browser.close()
    if set(kinds) == set(KINDS):
        report(results, cases, args.repeat)
    else:
        for (case, kind, phase), samples in results.samples.items():
            print(f"{case:<12} {kind:<9} {phase:<34} {span(samples, 'call_ms', phase != PHASES[0]):>16} ms  (+ scan {span(samples, 'touch_ms', False)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
