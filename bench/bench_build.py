"""Build benchmark: desk's single file against desk --onedir, plain PyInstaller --onefile
and streamlit-desktop-app, for the same app, in one run.

It first builds desk's single file and --onedir twice each: in an empty home folder (no
PyInstaller or desk build cache, as on a new machine), then again with those caches warm,
and prints the build times and their single/onedir ratio. For each artifact it prints the size, the cold start (first launch, the bundle cache emptied
before each: desk's single file unpacks, PyInstaller's onefile always unpacks) and the warm start (median of later
launches) to the first render. desk artifacts are started with ``--headless`` and the
first render is the end of the first run over the WebSocket. streamlit-desktop-app has
no headless mode: it runs under Xvfb with its window, and its first render is taken as
the moment its web view holds a connection to its Streamlit server (a lower bound,
which favours it). Before each cold start the benchmark waits for the disk to settle
(``sync``), so that a cold start does not pay for writing back the build that just ended.

Then, measured as a user sees it: launch -> the app's first text in a fresh headless
Chromium whose own start counts, for the single file's first launch (cache emptied
each time), its warm launch, and ``desk run --headless`` of the same script.

Run: ``python bench/bench_build.py [--runs N] [--skip-sda]``. Takes several minutes.
"""

from __future__ import annotations

import argparse
import os
import resource
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, median, streamlit_python

APP = ROOT / "examples" / "sales" / "app.py"
TITLE = "Sales report"
"""The first text of APP (its st.title), which the in-browser measures wait for."""


def dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def start_desk_artifact(executable: Path, env: dict[str, str]) -> float:
    """Seconds from launch to the end of the first run, for a desk artifact (served on port 0)."""
    from desk.packager.smoke import first_render, launch_headless

    began = time.perf_counter()
    deadline = time.monotonic() + 120
    app = launch_headless([str(executable)], secrets.token_urlsafe(8), deadline, env)
    try:
        first_render(app.port, app.token, deadline)
        return time.perf_counter() - began
    finally:
        try:
            app.stop()
        except subprocess.TimeoutExpired:
            app.kill()


def measure_desk(executable: Path, runs: int, cache: Path) -> tuple[float, float]:
    """Median first launch (the bundle cache emptied before each) and median warm launch."""
    env = dict(os.environ, DESK_BUNDLE_CACHE=str(cache))
    cold = []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        os.sync()
        cold.append(start_desk_artifact(executable, env))
    warm = [start_desk_artifact(executable, env) for _ in range(runs)]
    return median(cold), median(warm)


def in_browser(command: list[str], env: dict[str, str], playwright: object) -> float:
    """Seconds from launching ``command --headless`` to the app's title in a fresh headless
    Chromium, whose own start counts (as in bench_browser.py's "new browser" cold start)."""
    from _common import free_port
    from bench_browser import Server, cold_start

    def launch() -> Server:
        port, token = free_port(), secrets.token_urlsafe(8)
        process = subprocess.Popen(
            [*command, "--headless", "--port", str(port), f"--token={token}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT,
        )  # fmt: skip
        return Server("desk", process, f"http://127.0.0.1:{port}/?token={token}")

    return cold_start(launch, TITLE, None, playwright)[0]


def measure_in_browser(single: Path, runs: int, cache: Path) -> dict[str, float]:
    """The single file (first and warm launch) and ``desk run --headless`` of the same script,
    each to its first text in a fresh Chromium: medians of ``runs``, runs alternating."""
    from playwright.sync_api import sync_playwright

    env = dict(os.environ, DESK_BUNDLE_CACHE=str(cache))
    figures: dict[str, list[float]] = {}
    with sync_playwright() as pw:
        for _ in range(runs):
            shutil.rmtree(cache, ignore_errors=True)
            os.sync()
            figures.setdefault("single file, first launch", []).append(in_browser([str(single)], env, pw))
            figures.setdefault("single file, warm launch", []).append(in_browser([str(single)], env, pw))
            run = [sys.executable, "-m", "desk", "run", str(APP)]
            figures.setdefault("desk run --headless", []).append(in_browser(run, dict(os.environ), pw))
    return {name: median(values) for name, values in figures.items()}


def cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for (PyInstaller, cc, strip)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def build_desk(out: Path, onedir: bool, home: Path) -> tuple[Path, float, float]:
    """Build with ``home`` as the home folder (its caches: PyInstaller's and desk's).

    Returns the executable, the wall seconds and the CPU seconds. On a shared machine the
    CPU time is the steadier figure: other load stretches the wall time of both builds.
    """
    from desk.packager.builder import BuildOptions, build

    saved = {name: os.environ.get(name) for name in ("HOME", "XDG_CACHE_HOME", "DESK_BUILD_CACHE")}
    os.environ.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    os.environ.pop("DESK_BUILD_CACHE", None)
    try:
        began, began_cpu = time.perf_counter(), cpu_seconds()
        result = build(BuildOptions(script=APP, out=out, onedir=onedir, smoke_test=False), log=lambda line: print("   ", line))
        seconds, cpu = time.perf_counter() - began, cpu_seconds() - began_cpu
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return (result.artifact / result.artifact.name if onedir else result.artifact), seconds, cpu


def build_plain_onefile(out: Path) -> Path:
    """The same app through PyInstaller's own --onefile (desk's entry point, same options)."""
    from desk.packager import builder
    from desk.packager.deps import capture

    options = builder.BuildOptions(script=APP, out=out, smoke_test=False)
    deps = capture(APP)
    name = "sales-plain-onefile"
    work = out / ".work"
    work.mkdir(parents=True, exist_ok=True)
    options.add_data = ["data/sales.csv:data"]
    builder.stage_app(options, deps, work / "app")
    cmd = builder.pyinstaller_command(options, deps, name, work / "app", work, out)
    cmd[cmd.index("--onedir")] = "--onefile"
    builder.run_pyinstaller(cmd, time.monotonic())
    return out / name


def sda_python() -> Path | None:
    python = streamlit_python()
    check = subprocess.run([python, "-c", "import streamlit_desktop_app, PyQt6.QtWebEngineWidgets, PyInstaller"], capture_output=True)
    if check.returncode != 0:
        print("installing streamlit-desktop-app, PyQt6, PyQt6-WebEngine, qtpy and PyInstaller next to Streamlit...", flush=True)
        result = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "streamlit-desktop-app", "PyQt6", "PyQt6-WebEngine", "qtpy", "pyinstaller"],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            print(f"streamlit-desktop-app could not be installed: {result.stderr.strip()[-500:]}")
            return None
    return python


def build_sda(out: Path) -> Path | None:
    python = sda_python()
    if python is None:
        return None
    # streamlit-desktop-app bundles only the script: give it the data file and local module too.
    work = out / "src"
    shutil.copytree(APP.parent, work, ignore=shutil.ignore_patterns(".streamlit", "dist"))
    cli = python.parent / "streamlit-desktop-app"
    result = subprocess.run(
        [str(cli), "build", str(work / "app.py"), "--name", "sales-sda", "--pyinstaller-options", "--onefile",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), "--specpath", str(out),
         "--add-data", f"{work / 'report.py'}:.", "--add-data", f"{work / 'data'}:data", "--hidden-import", "report"],
        capture_output=True, text=True, cwd=out,
    )  # fmt: skip
    artifact = out / "dist" / "sales-sda"
    if result.returncode != 0 or not artifact.is_file():
        print(f"streamlit-desktop-app build failed: {result.stdout[-800:]}{result.stderr[-800:]}")
        return None
    return artifact


def start_sda(executable: Path, display: str) -> float:
    """Seconds from launch until its web view is connected to its Streamlit server."""
    began = time.perf_counter()
    env = dict(os.environ, DISPLAY=display, QTWEBENGINE_DISABLE_SANDBOX="1", QT_QPA_PLATFORM="xcb")
    process = subprocess.Popen([str(executable)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError("streamlit-desktop-app exited early")
            for port in _listening_ports(process.pid):
                if _established_clients(port) > 0:
                    return time.perf_counter() - began
            time.sleep(0.02)
        raise RuntimeError("streamlit-desktop-app did not connect its window in time")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def _tree(pid: int) -> list[int]:
    pids = [pid]
    out = subprocess.run(["pgrep", "-g", str(os.getpgid(pid))], capture_output=True, text=True).stdout.split()
    pids += [int(p) for p in out]
    return pids


def _socket_inodes(pids: list[int]) -> set[str]:
    inodes = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    return inodes


def _tcp_rows() -> list[list[str]]:
    rows = []
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows += [line.split() for line in Path(name).read_text().splitlines()[1:]]
        except OSError:
            pass
    return rows


def _listening_ports(pid: int) -> list[int]:
    inodes = _socket_inodes(_tree(pid))
    return [int(r[1].split(":")[1], 16) for r in _tcp_rows() if r[3] == "0A" and r[9] in inodes]


def _established_clients(port: int) -> int:
    return sum(1 for r in _tcp_rows() if r[3] == "01" and int(r[1].split(":")[1], 16) == port)


def measure_sda(executable: Path, runs: int) -> tuple[float, float] | None:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        print("streamlit-desktop-app needs a display: Xvfb is not installed")
        return None
    display = ":93"
    server = subprocess.Popen([xvfb, display, "-nolisten", "tcp", "-screen", "0", "1280x800x24"], stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        os.sync()
        cold = start_sda(executable, display)
        warm = [start_sda(executable, display) for _ in range(runs)]
        return cold, median(warm)
    finally:
        server.terminate()
        server.wait(5)


def single_only(runs: int) -> int:
    """Build the single file once (caches as they are) and time its starts, also in a browser."""
    with tempfile.TemporaryDirectory(prefix="desk-bench-build-") as tmp:
        root = Path(tmp)
        print("building desk single file...", flush=True)
        from desk.packager.builder import BuildOptions, build

        result = build(BuildOptions(script=APP, out=root / "single", smoke_test=False), log=lambda line: print("   ", line))
        single = result.artifact
        cold, warm = measure_desk(single, runs, root / "cache")
        print(f"desk single file: {dir_size(single) / 1e6:.1f} MB, first launch {cold:.2f} s (goal <= 2 s), warm {warm:.2f} s")
        print("launch -> first text in a fresh Chromium...", flush=True)
        browser_rows = measure_in_browser(single, runs, root / "cache-browser")
    print_browser_rows(browser_rows, runs)
    return 0


def print_browser_rows(rows: dict[str, float], runs: int) -> None:
    print(f"\nlaunch -> {TITLE!r} in a fresh headless Chromium (its start counted), median of {runs}:")
    for name, seconds in rows.items():
        print(f"  {name:<30}{seconds:>6.2f} s")
    ratio = rows["single file, warm launch"] / rows["desk run --headless"]
    print(f"warm launch of the single file / desk run --headless: {ratio:.2f}x (goal <= 1.3x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="warm launches per artifact (median)")
    parser.add_argument("--skip-sda", action="store_true", help="leave out streamlit-desktop-app")
    parser.add_argument(
        "--single-only", action="store_true", help="build the single file once and time its starts only (no other artifact)"
    )
    args = parser.parse_args()
    if args.single_only:
        return single_only(args.runs)
    rows: list[tuple[str, int, float, float]] = []

    def report(row: tuple[str, int, float, float]) -> None:
        rows.append(row)
        print(f"  -> {row[0]}: {row[1] / 1e6:.1f} MB, cold {row[2]:.2f} s, warm {row[3]:.2f} s", flush=True)
    builds: dict[tuple[str, str], tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="desk-bench-build-") as tmp:
        root = Path(tmp)
        # Each kind of build gets its own empty home folder, as on a new machine (no PyInstaller
        # or desk build cache), then builds again in the same folder with its caches warm.
        for kind, onedir in (("single file", False), ("--onedir", True)):
            home = root / f"home-{'onedir' if onedir else 'single'}"
            home.mkdir()
            for state in ("empty cache", "warm cache"):
                print(f"building desk {kind}, {state}...", flush=True)
                _, seconds, cpu = build_desk(root / ("onedir" if onedir else "single"), onedir, home)
                builds[(kind, state)] = (seconds, cpu)
                print(f"  -> desk {kind}, {state}: built in {seconds:.1f} s ({cpu:.1f} s CPU)", flush=True)
        single = root / "single" / "sales-report"
        report(("desk single file", dir_size(single), *measure_desk(single, args.runs, root / "cache")))
        print("launch -> first text in a fresh Chromium...", flush=True)
        browser_rows = measure_in_browser(single, args.runs, root / "cache-browser")
        onedir = root / "onedir" / "sales-report" / "sales-report"
        report(("desk --onedir", dir_size(onedir.parent), *measure_desk(onedir, args.runs, root / "cache2")))
        print("building plain PyInstaller --onefile...", flush=True)
        plain = build_plain_onefile(root / "plain")
        report(("PyInstaller --onefile", dir_size(plain), *measure_desk(plain, args.runs, root / "cache3")))
        sda_note = ""
        if args.skip_sda:
            sda_note = "streamlit-desktop-app left out (--skip-sda)"
        else:
            print("building streamlit-desktop-app...", flush=True)
            sda = build_sda(root / "sda")
            figures = measure_sda(sda, max(1, args.runs // 2)) if sda is not None else None
            if sda is not None and figures is not None:
                report(("streamlit-desktop-app onefile", dir_size(sda), *figures))
            else:
                sda_note = "streamlit-desktop-app: could not be built or started here (see above)"
    print(f"\n{'build (wall s / CPU s)':<32}{'empty cache':>16}{'warm cache':>16}")
    for kind in ("single file", "--onedir"):
        cells = [f"{builds[(kind, state)][0]:.1f} / {builds[(kind, state)][1]:.1f}" for state in ("empty cache", "warm cache")]
        print(f"{'desk ' + kind:<32}{cells[0]:>16}{cells[1]:>16}")
    for state in ("empty cache", "warm cache"):
        (single_wall, single_cpu), (onedir_wall, onedir_cpu) = builds[("single file", state)], builds[("--onedir", state)]
        print(
            f"build time, single file / --onedir, {state}: {single_wall / onedir_wall:.2f}x wall, "
            f"{single_cpu / onedir_cpu:.2f}x CPU (goal <= 1.5x)"
        )
    print(f"\n{'artifact':<32}{'size MB':>10}{'cold s':>9}{'warm s':>9}")
    for name, size, cold, warm in rows:
        print(f"{name:<32}{size / 1e6:>10.1f}{cold:>9.2f}{warm:>9.2f}")
    by_name = {r[0]: r for r in rows}
    single_row, onedir_row = by_name["desk single file"], by_name["desk --onedir"]
    print(f"\nwarm start, desk single file / desk --onedir: {single_row[3] / onedir_row[3]:.2f}x (goal <= 1.3x)")
    print(f"first launch, desk single file: {single_row[2]:.2f} s (goal <= 2 s)")
    print_browser_rows(browser_rows, args.runs)
    plain_row = by_name["PyInstaller --onefile"]
    print(f"warm start, PyInstaller --onefile / desk single file: {plain_row[3] / single_row[3]:.1f}x")
    sda_row = by_name.get("streamlit-desktop-app onefile")
    if sda_row is not None:
        print(f"warm start, streamlit-desktop-app / desk single file: {sda_row[3] / single_row[3]:.1f}x (goal >= 5x)")
        print(f"size, desk single file / streamlit-desktop-app: {single_row[1] / sda_row[1]:.2f} (goal <= 0.5)")
    if sda_note:
        print(sda_note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
