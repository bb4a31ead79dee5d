"""Window benchmark: ``desk run app.py`` -> the first run's text in its window (issue 18).

Starts ``desk run bench/apps/counter.py`` with its real window (pywebview, Qt) on a private
Xvfb display, N times, each with an empty home folder (no remembered geometry, no web
cache). The figure is launch -> the moment the page painted "Count: 0", read from the
page's own largest-contentful-paint entries (the render time of the element holding the
text) against ``performance.timeOrigin``, both wall clocks.

A hook inside the window process (``DESK_TEST_HOOK``, as the desktop tests use) reads
those entries. It can only run once pywebview's ``loaded`` event has fired, which comes
after the page's load event and pywebview's injection of its bridge, so the time the hook
first sees the text is later than the paint; it is printed too, as is the app page's start
(``performance.timeOrigin``), which splits the figure into the window's own start (Qt, the
loading page) and the page's part. Medians of N runs. There is no Streamlit counterpart:
Streamlit has no window.

After the runs it times, in fresh processes, start-up costs the figure includes that are
not desk's code: the interpreter's own start (and the ``site`` hooks of this machine's
``.pth`` files), and the import of pywebview's Qt backend, of which most is qtpy making
every PyQt6 enum's members reachable from its class (``promote_enums``), and the start of
Qt WebEngine as pywebview makes it, creating its profile (PyQt holds the GIL meanwhile:
the app's other threads barely run). desk's window starts the engine with the GIL
released while pywebview's module imports (``desk/shell/engine.py``).

Run: ``python bench/bench_window.py [--runs N]``. Needs Xvfb and PyQt6-WebEngine.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, median

APP = ROOT / "bench" / "apps" / "counter.py"
HOOK = """
import json, os, time

expected = "Count: 0"
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        found = window.evaluate_js("document.body ? document.body.innerText.includes('Count: 0') : false")
    except Exception:
        found = False
    if found:
        break
    time.sleep(0.005)
at = time.time()
# When the text was painted, by the page's own clock: the largest-contentful-paint entries
# (buffered since the page's start) give the render time of each element that was the
# largest so far; the first whose element holds the text is the text's first paint.
window.evaluate_js(
    "(() => { window.__deskPaints = []; new PerformanceObserver((list) => { for (const e of list.getEntries())"
    " window.__deskPaints.push([e.renderTime || e.startTime, e.element ? e.element.textContent : '']); })"
    ".observe({type: 'largest-contentful-paint', buffered: true}); return true; })()"
)
painted = None
for _ in range(100):
    paints = json.loads(window.evaluate_js("JSON.stringify(window.__deskPaints || [])"))
    painted = next((when for when, text in paints if expected in text), None)
    if painted is not None:
        break
    time.sleep(0.01)
origin = window.evaluate_js("performance.timeOrigin")
with open(os.environ["DESK_TEST_OUT"], "w") as out:
    json.dump({"text_at": at, "page_origin_ms": origin, "painted_ms": painted}, out)
window.destroy()
"""


def xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    data = b""
    deadline = time.monotonic() + 15
    while not data.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read_fd], [], [], 0.2)
        if ready:
            data += os.read(read_fd, 64)
    os.close(read_fd)
    return proc, f":{data.strip().decode()}"


def one_run(display: str, folder: Path) -> tuple[float, float, float]:
    """Seconds from launch to the text's first paint, to the hook's sight of it, and to the app page's start."""
    home = Path(tempfile.mkdtemp(dir=folder))
    hook, out = home / "hook.py", home / "out.json"
    hook.write_text(HOOK, encoding="utf-8")
    env = dict(
        os.environ,
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        QTWEBENGINE_DISABLE_SANDBOX="1",
        QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu",
        DESK_TEST_HOOK=str(hook),
        DESK_TEST_OUT=str(out),
    )
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    launched = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desk", "run", str(APP)], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        proc.wait(90)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    result = json.loads(out.read_text(encoding="utf-8"))
    origin = result["page_origin_ms"] / 1000
    seen = result["text_at"] - launched
    if result["painted_ms"] is None:
        # No paint entry holds the text (an element painted earlier was larger, or the text's
        # element was replaced since): count the hook's later sight of it instead.
        print("  (no paint entry holds the text: this run counts the hook's sight of it)", flush=True)
        return seen, seen, origin - launched
    return origin + result["painted_ms"] / 1000 - launched, seen, origin - launched


QT_MODULES = "PyQt6.QtCore, PyQt6.QtGui, PyQt6.QtWidgets, PyQt6.QtNetwork, PyQt6.QtWebChannel, PyQt6.QtWebEngineCore, PyQt6.QtWebEngineWidgets"
IMPORT_COSTS = f"""
import time
started = time.perf_counter()
import {QT_MODULES}
pyqt = time.perf_counter()
import qtpy.QtCore, qtpy.QtGui, qtpy.QtWidgets
promoted = time.perf_counter()
import webview.platforms.qt
done = time.perf_counter()
from PyQt6.QtWebEngineCore import QWebEngineProfile
from PyQt6.QtWidgets import QApplication
application = QApplication(["bench"])
created = time.perf_counter()
profile = QWebEngineProfile()  # what pywebview's window makes first (private mode): Qt WebEngine starts
engine = time.perf_counter()
print(pyqt - started, promoted - pyqt, done - started, engine - created)
"""


def site_seconds(importtime: str) -> float:
    """The cumulative time of ``site`` in ``python -X importtime`` output (seconds), 0 if absent."""
    for line in importtime.splitlines():
        fields = line.split("|")
        if len(fields) == 3 and fields[2].strip() == "site":
            return int(fields[1]) / 1e6
    return 0.0


def fixed_costs(runs: int, display: str) -> list[str]:
    """Time, in fresh processes, the start-up costs of the window that are not desk's own code: report lines."""
    starts, sites, pyqt, promote, backend, engine = [], [], [], [], [], []
    env = dict(os.environ, DISPLAY=display, QTWEBENGINE_DISABLE_SANDBOX="1", QT_QUICK_BACKEND="software")
    env.pop("QT_QPA_PLATFORM", None)
    for _ in range(runs):
        began = time.perf_counter()
        command = [sys.executable, "-X", "importtime", "-c", "pass"]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        starts.append(time.perf_counter() - began)
        sites.append(site_seconds(done.stderr))
        out = subprocess.run([sys.executable, "-c", IMPORT_COSTS], capture_output=True, text=True, check=True, env=env)
        qt, enums, whole, profile = (float(value) for value in out.stdout.split())
        pyqt.append(qt)
        promote.append(enums)
        backend.append(whole)
        engine.append(profile)
    return [
        f"\nstart-up costs that are not desk's code, median of {runs} fresh processes:",
        f"  the interpreter's start (python -X importtime -c pass): {median(starts) * 1000:.0f} ms,"
        f" of which site and its .pth hooks: {median(sites) * 1000:.0f} ms",
        f"  pywebview's Qt backend imported: {median(backend) * 1000:.0f} ms; of which PyQt6's modules"
        f" {median(pyqt) * 1000:.0f} ms, qtpy's enum promotion {median(promote) * 1000:.0f} ms",
        f"  Qt WebEngine's start, as pywebview's QWebEngineProfile() makes it (the GIL held; desk's window"
        f" starts it beside pywebview's import instead): {median(engine) * 1000:.0f} ms",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        print("bench_window needs Xvfb")
        return 1
    import compileall

    import desk

    compileall.compile_dir(str(Path(desk.__file__).parent), quiet=1)
    server, display = xvfb()
    painted, seen, pages = [], [], []
    try:
        with tempfile.TemporaryDirectory(prefix="desk-bench-window-") as tmp:
            for run in range(args.runs):
                paint, sight, page = one_run(display, Path(tmp))
                painted.append(paint)
                seen.append(sight)
                pages.append(page)
                print(
                    f"  run {run + 1}: page started {page * 1000:.0f} ms, text painted {paint * 1000:.0f} ms,"
                    f" seen by the hook {sight * 1000:.0f} ms",
                    flush=True,
                )
        costs = fixed_costs(args.runs, display)
    finally:
        server.terminate()
        server.wait(5)
    print(f"\ndesk run (window) -> 'Count: 0' painted, median of {args.runs}: {median(painted) * 1000:.0f} ms (goal <= 600 ms)")
    print(f"  of which the window's start, up to the app page's start: {median(pages) * 1000:.0f} ms")
    print(f"  the hook's first sight of the text (after pywebview's loaded event): {median(seen) * 1000:.0f} ms")
    print("\n".join(costs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
