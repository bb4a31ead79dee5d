"""Browser benchmark: desk against Streamlit on the same scripts, in one run.

Drives both servers with Playwright in Debian's Chromium, through roles and visible text
only, and prints each figure with the ratio:

- cold start: process launch -> known text in a fresh browser context (the browser
  already running), and in a fresh browser (its own start counted, as a user's first
  launch is), with desk's in-page breakdown (response, bundle run, socket, first
  message, text) from ``performance`` marks. Two measures of the same starts: when the
  page painted the text (its largest-contentful-paint entry, by the page's clock), and
  when Playwright saw it (its visibility check, which follows the page's load event and
  its own polling, so it comes later);
- click on a counter button -> new text in the DOM, p50/p95 over 50 clicks;
- slider arrow-key step -> new text, p50 over 20 steps;
- burst: click as fast as possible for 5 s; clicks counted, and time to clear the backlog;
- server RSS idle and with 10 sessions.

Run: ``python bench/bench_browser.py`` (add ``--quick`` for fewer repetitions,
``--cold-only --runs 9`` for the cold starts alone, ``--wait-listen`` to navigate once the
server listens rather than retrying refused navigations).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    CHROMIUM,
    CHROMIUM_ARGS,
    median,
    p,
    rss_mb,
    start_app,
    stop,
    wait_http,
)

APPS = Path(__file__).resolve().parent / "apps"


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    url: str


@dataclass
class Figures:
    clicks: list[float] = field(default_factory=list)
    slider: list[float] = field(default_factory=list)
    burst_clicked: int = 0
    burst_counted: int = 0
    burst_backlog_s: float = float("nan")
    rss_idle: float = float("nan")
    rss_1: float = float("nan")
    rss_10: float = float("nan")


def start(kind: str, script: Path) -> Server:
    process, url = start_app(kind, script)
    return Server(kind, process, url)


# In-page timing: from the click (or key press) to the moment the expected text is in the
# DOM, measured with performance.now() and a MutationObserver, so Playwright's own
# round trips do not count. The text must appear as the whole text of an element.
OBSERVE_JS = """
(expected) => new Promise((resolve) => {
  const has = () => Array.from(document.querySelectorAll('p, span, div')).some(
    (el) => el.childElementCount === 0 && el.textContent.trim() === expected);
  const observer = new MutationObserver(() => {
    if (has()) { observer.disconnect(); resolve(performance.now()); }
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  window.__deskBenchObserver = observer;
})
"""
CLICK_JS = """
async ([button, expected]) => {
  const done = (OBSERVE)(expected);
  const t0 = performance.now();
  button.click();
  return (await done) - t0;
}
""".replace("OBSERVE", OBSERVE_JS.strip())
KEY_SETUP_JS = """
(expected) => {
  window.__deskKeyAt = undefined;
  window.__deskTextAt = undefined;
  document.addEventListener('keydown', () => { window.__deskKeyAt = performance.now(); }, {capture: true, once: true});
  (OBSERVE)(expected).then((at) => { window.__deskTextAt = at; });
}
""".replace("OBSERVE", OBSERVE_JS.strip())
BURST_JS = """
async ([button, ms]) => {
  let clicks = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    button.click();
    clicks += 1;
    await new Promise((r) => setTimeout(r, 0));
  }
  return clicks;
}
"""


# In-page marks of the cold start (performance.now(), from the navigation's start): when the
# page created its socket, when it opened, the first message, and the expected text.
MARKS_JS = """
(() => {
  const marks = window.__deskMarks = {};
  const Original = window.WebSocket;
  window.WebSocket = function (...args) {
    const socket = new Original(...args);
    marks.socket = marks.socket ?? performance.now();
    socket.addEventListener('open', () => { marks.open = marks.open ?? performance.now(); });
    socket.addEventListener('message', () => { marks.message = marks.message ?? performance.now(); });
    return socket;
  };
  window.WebSocket.prototype = Original.prototype;
  Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  const check = () => {
    if (marks.text === undefined && Array.from(document.querySelectorAll('p, span, div')).some(
        (el) => el.childElementCount === 0 && el.textContent.trim() === EXPECTED)) {
      marks.text = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {subtree: true, childList: true, characterData: true});
})();
"""
BREAKDOWN_JS = """
() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {...window.__deskMarks, response: nav.responseEnd, bundle: nav.domContentLoadedEventStart};
}
"""
BREAKDOWN = ("response", "bundle", "socket", "open", "message", "text")
# When the expected text was first painted, by the page's clock (ms from its time origin):
# the largest-contentful-paint entries, buffered since the page's start, give the render
# time of each element that was the largest so far; the first that holds the text is its
# first paint. ``null`` when no entry holds it: the text was never the largest element, or
# the element painted was replaced since (an entry keeps no detached element).
PAINT_JS = """
(expected) => new Promise((resolve) => {
  const found = [];
  const finish = () => {
    observer.disconnect();
    const hit = found.find(([, text]) => text.includes(expected));
    resolve({origin: performance.timeOrigin, painted: hit ? hit[0] : null});
  };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) found.push([e.renderTime || e.startTime, e.element ? e.element.textContent : '']);
    if (found.some(([, text]) => text.includes(expected))) finish();
  });
  observer.observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(finish, 2000);  // the text is in the DOM already: its paint is at most a few frames away
})
"""


def wait_listening(url: str, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    """Return once the server of ``url`` accepts a TCP connection (polled every 5 ms)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode} before listening")
        try:
            with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=1):
                return
        except OSError:
            time.sleep(0.005)
    raise RuntimeError(f"nothing listened at {url} within {timeout:.0f} s")


def cold_start(
    launch: Callable[[], Server],
    expected: str,
    browser: object | None,
    playwright: object | None = None,
    wait_listen: bool = False,
) -> tuple[float, float, dict[str, float]]:
    """Seconds from ``launch()`` (the server's start) to ``expected`` on the page, and the page's marks (ms).

    Two seconds are returned: to Playwright's sight of the text (its visibility check,
    which waits for the page's load event and then polls the page), and to the text's
    first paint by the page's own clock (``PAINT_JS``; the moment a user sees it).

    With ``browser``, a new context of that running browser; without, a browser launched
    after the server (through ``playwright``), its start counted. The page navigates until
    the server answers; with ``wait_listen`` it navigates once, as soon as the server's port
    accepts a connection (as ``desk run --browser`` opens the browser only once it listens),
    so refused navigations and their error pages cost neither framework time.
    """
    import json

    for attempt in range(3):
        began = time.perf_counter()
        began_wall = time.time()
        server = launch()
        kind = server.name
        own = None
        try:
            if browser is None:
                own = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)  # type: ignore[attr-defined]
            context = (own or browser).new_context()  # type: ignore[attr-defined]
            page = context.new_page()
            page.add_init_script(MARKS_JS.replace("EXPECTED", json.dumps(expected)))
            if wait_listen:
                wait_listening(server.url, server.process)
            deadline = time.monotonic() + 60
            while True:
                if server.process.poll() is not None:
                    raise RuntimeError(f"{kind} exited with code {server.process.returncode} before serving")
                try:
                    page.goto(server.url, timeout=5000)
                    break
                except Exception:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.01)
            wait_text(page, expected, 60)
            seconds = time.perf_counter() - began
            marks = page.evaluate(BREAKDOWN_JS)
            paint = page.evaluate(PAINT_JS, expected)
            context.close()
            # Without a paint entry for the text, the moment it entered the DOM (a frame or so earlier).
            at = paint["painted"] if paint["painted"] is not None else marks.get("text")
            if at is None:
                raise RuntimeError(f"{kind}'s page reported neither a paint of {expected!r} nor its arrival")
            painted = (paint["origin"] + at) / 1000 - began_wall
            return seconds, painted, {k: float(v) for k, v in marks.items() if isinstance(v, (int, float))}
        except RuntimeError as error:  # e.g. the chosen port was taken meanwhile: try again
            print(f"  cold start attempt {attempt + 1} failed: {error}", flush=True)
        finally:
            if own is not None:
                own.close()
            stop(server.process)
    raise RuntimeError(f"{kind} did not start in 3 attempts")


def cold_starts(
    kinds: list[str], runs: int, browser: object, playwright: object, wait_listen: bool = False
) -> dict[tuple[str, str, str], list[float]]:
    """Cold starts of each kind, alternating kinds run by run (so load changes hit both alike).

    Keyed by kind, way ("context" or "browser") and measure ("painted" or "seen").
    """
    figures: dict[tuple[str, str, str], list[float]] = {}
    marks: dict[str, list[float]] = {}
    for run in range(runs):
        for kind in kinds:
            for how, using in (("context", browser), ("browser", None)):
                seen, painted, page_marks = cold_start(
                    lambda k=kind: start(k, APPS / "counter.py"), "Count: 0", using, playwright, wait_listen
                )
                figures.setdefault((kind, how, "seen"), []).append(seen)
                figures.setdefault((kind, how, "painted"), []).append(painted)
                if kind == "desk" and how == "context":
                    for name, value in page_marks.items():
                        marks.setdefault(name, []).append(value)
        print(f"  cold starts: run {run + 1} of {runs} done", flush=True)
    if marks:
        parts = "  ".join(f"{name} {median(marks[name]):.0f}" for name in BREAKDOWN if name in marks)
        print(f"desk page, median ms from navigation start: {parts}")
    return figures


def click_latency(page: object, button: object, expected: str) -> float:
    return float(page.evaluate(CLICK_JS, [button, expected])) / 1000  # type: ignore[attr-defined]


def key_latency(page: object, key: str, expected: str) -> float:
    page.evaluate(KEY_SETUP_JS, expected)  # type: ignore[attr-defined]
    page.keyboard.press(key)  # type: ignore[attr-defined]
    page.wait_for_function("() => window.__deskTextAt !== undefined", timeout=20000)  # type: ignore[attr-defined]
    return float(page.evaluate("() => window.__deskTextAt - window.__deskKeyAt")) / 1000  # type: ignore[attr-defined]


def wait_text(page: object, text: str, timeout: float = 20.0) -> None:
    page.get_by_text(text, exact=True).first.wait_for(timeout=timeout * 1000)  # type: ignore[attr-defined]


def measure(kind: str, browser: object, quick: bool) -> Figures:
    figures = Figures()
    server = start(kind, APPS / "counter.py")
    try:
        wait_http(server.url)
        time.sleep(0.5)
        figures.rss_idle = rss_mb(server.process.pid)
        context = browser.new_context()  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(server.url)
        wait_text(page, "Count: 0")
        button = page.get_by_role("button", name="Add").element_handle()
        for n in range(1, (20 if quick else 50) + 1):
            figures.clicks.append(click_latency(page, button, f"Count: {n}"))
        # burst: click as fast as the page takes clicks for 5 s, then wait for the backlog
        start_count = len(figures.clicks)
        seconds = 2 if quick else 5
        clicked = page.evaluate(BURST_JS, [button, seconds * 1000])
        burst_end = time.perf_counter()
        target = start_count + clicked
        try:
            wait_text(page, f"Count: {target}", timeout=20)
            figures.burst_backlog_s = time.perf_counter() - burst_end
            figures.burst_counted = clicked
        except Exception:
            text = page.get_by_text("Count:").first.inner_text()
            figures.burst_counted = int(text.split(":")[1]) - start_count
        figures.burst_clicked = clicked
        # memory per extra session: 10 more tabs beside this one
        time.sleep(0.5)
        figures.rss_1 = rss_mb(server.process.pid)
        contexts = []
        for _ in range(10):
            ctx = browser.new_context()  # type: ignore[attr-defined]
            pg = ctx.new_page()
            pg.goto(server.url)
            wait_text(pg, "Count: 0")
            contexts.append(ctx)
        time.sleep(0.5)
        figures.rss_10 = rss_mb(server.process.pid)
        for ctx in contexts:
            ctx.close()
        context.close()
    finally:
        stop(server.process)

    server = start(kind, APPS / "slider.py")
    try:
        wait_http(server.url)
        context = browser.new_context()  # type: ignore[attr-defined]
        page = context.new_page()
        page.goto(server.url)
        wait_text(page, "Level is 0")
        slider = page.get_by_role("slider", name="Level") if kind == "desk" else page.get_by_role("slider").first
        slider.focus()
        for n in range(1, (10 if quick else 20) + 1):
            figures.slider.append(key_latency(page, "ArrowRight", f"Level is {n}"))
        context.close()
    finally:
        stop(server.process)
    return figures


def row(name: str, desk: float, streamlit: float, unit: str, fmt: Callable[[float], str], higher_is_better: bool = False) -> str:
    ratio = (desk / streamlit if higher_is_better else streamlit / desk) if desk and streamlit else float("nan")
    return f"{name:<46}{fmt(desk):>12}{fmt(streamlit):>12} {unit:<4}{ratio:>8.1f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--runs", type=int, default=None, help="cold starts per kind and way (default 5, 2 with --quick)")
    parser.add_argument("--cold-only", action="store_true", help="measure the cold starts only")
    parser.add_argument(
        "--wait-listen", action="store_true",
        help="cold starts navigate once the server's port accepts a connection, instead of until it answers",
    )
    args = parser.parse_args()
    runs = args.runs if args.runs is not None else (2 if args.quick else 5)
    # A pip-installed desk has its bytecode compiled at install time; an editable checkout
    # under PYTHONDONTWRITEBYTECODE would compile every module on every start instead.
    import compileall

    import desk

    compileall.compile_dir(str(Path(desk.__file__).parent), quiet=1)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        cold = cold_starts(["desk", "streamlit"], runs, browser, pw, args.wait_listen)
        results = {} if args.cold_only else {kind: measure(kind, browser, args.quick) for kind in ("desk", "streamlit")}
        browser.close()
    ms = lambda v: f"{v * 1000:.0f}"  # noqa: E731
    mb = lambda v: f"{v:.1f}"  # noqa: E731
    print(f"\n{'figure':<46}{'desk':>12}{'streamlit':>12} {'unit':<4}{'desk is':>9}")
    for measure, label in (("painted", "text painted"), ("seen", "Playwright saw it")):
        for how, name in (("context", "new context"), ("browser", "new browser")):
            desk_runs, streamlit_runs = cold[("desk", how, measure)], cold[("streamlit", how, measure)]
            print(row(f"cold start, {name}, {label}", median(desk_runs), median(streamlit_runs), "ms", ms))
    print(f"(cold starts: medians of {runs} runs each)")
    if args.cold_only:
        return 0
    d, s = results["desk"], results["streamlit"]
    print(row("click -> text p50", p(d.clicks, 0.5), p(s.clicks, 0.5), "ms", ms))
    print(row("click -> text p95", p(d.clicks, 0.95), p(s.clicks, 0.95), "ms", ms))
    print(row("slider arrow step p50", p(d.slider, 0.5), p(s.slider, 0.5), "ms", ms))
    print(row("server RSS idle", d.rss_idle, s.rss_idle, "MB", mb))
    print(row("server RSS with one session", d.rss_1, s.rss_1, "MB", mb))
    per_d = (d.rss_10 - d.rss_1) / 10
    per_s = (s.rss_10 - s.rss_1) / 10
    print(row("RSS per extra session (+10 tabs)", per_d, per_s, "MB", lambda v: f"{v:.3f}"))
    print(f"{'burst clicks counted / clicked':<46}{d.burst_counted:>6}/{d.burst_clicked:<5}{s.burst_counted:>6}/{s.burst_clicked:<5}")
    print(f"{'burst backlog cleared after':<46}{ms(d.burst_backlog_s):>12}{ms(s.burst_backlog_s):>12} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
