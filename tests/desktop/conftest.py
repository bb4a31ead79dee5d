"""Fixtures for real-window tests: a private Xvfb display, isolated user folders, and a runner
that starts ``desk run`` in a subprocess with a test hook and collects what the hook reports.

The window owns its process's main thread, so every window runs in a subprocess with a
bounded timeout. A hook (``DESK_TEST_HOOK``) runs inside the window process once the app's
page has loaded; it drives the page with ``window.evaluate_js`` and writes JSON results to
the file named by ``DESK_TEST_OUT``.

These tests skip only when Xvfb or Qt is missing AND ``DESK_REQUIRE_BROWSER`` is unset.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
STATIC_INDEX = REPO / "desk" / "static" / "index.html"

# Shared helpers every hook gets: wait_for(js), text(), click(label), report(**values).
HOOK_PRELUDE = """
import json as _json, os as _os, time as _time

OUT = _os.environ["DESK_TEST_OUT"]
RESULTS = {}


def report(**values):
    RESULTS.update(values)
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        _json.dump(RESULTS, handle)
    _os.replace(tmp, OUT)


def js(source):
    try:
        return window.evaluate_js(source)
    except Exception as error:  # the page may be navigating
        return None


def wait_for(source, timeout=30.0):
    deadline = _time.monotonic() + timeout
    while _time.monotonic() < deadline:
        value = js(source)
        if value:
            return value
        _time.sleep(0.05)
    report(timeout=source, body=text())
    raise TimeoutError(source)


def text():
    return js("document.body ? document.body.innerText : ''") or ""


def wait_text(needle, timeout=30.0):
    return wait_for("document.body && document.body.innerText.includes(%s)" % _json.dumps(needle), timeout)


def click(label, timeout=30.0):
    # Waits for the button: an element whose module loads on demand shows a placeholder first.
    return wait_for(
        "(() => { const b = [...document.querySelectorAll('button')].find(e => e.innerText.trim() === %s);"
        " if (!b || b.disabled) return false; b.click(); return true; })()" % _json.dumps(label),
        timeout,
    )
"""

# The hook body runs inside _main(); any failure is reported and closes the window at once.
HOOK_MAIN = """

def _main():
{body}


try:
    _main()
except BaseException as _error:
    report(hook_error=repr(_error), body=text())
    window.destroy()
    raise
"""


def _qt_available() -> str | None:
    try:
        import PyQt6.QtWebEngineWidgets  # noqa: F401
        import webview  # noqa: F401
    except ImportError as error:
        return f"Qt WebEngine or pywebview is not importable: {error}"
    return None


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server (free display number, no TCP); its DISPLAY value.

    Without Xvfb (and without DESK_REQUIRE_BROWSER) the windows run on Qt's offscreen
    platform instead, and the value is "" (screenshots are then skipped).
    """
    missing = _qt_available()
    if missing is None and shutil.which("Xvfb") is None:
        missing = "Xvfb is not installed"
        if not os.environ.get("DESK_REQUIRE_BROWSER"):
            yield ""
            return
    if missing is not None:
        if os.environ.get("DESK_REQUIRE_BROWSER"):
            pytest.fail(f"DESK_REQUIRE_BROWSER is set but {missing}")
        pytest.skip(missing)
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        number = _read_display_number(read_fd, proc)
        yield f":{number}"
    finally:
        os.close(read_fd)
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _read_display_number(fd: int, proc: subprocess.Popen[bytes]) -> int:
    import select

    data = b""
    deadline = time.monotonic() + 15
    while not data.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:
                break
            data += chunk
        if proc.poll() is not None:
            break
    if not data.strip().isdigit():
        proc.kill()
        pytest.fail(f"Xvfb did not report a display number (got {data!r})")
    return int(data.strip())


@pytest.fixture(scope="session")
def frontend_built() -> None:
    """The window tests need the built frontend in desk/static."""
    if not STATIC_INDEX.exists():
        message = (
            "desk/static/index.html is missing: build the frontend (cd frontend && npm ci && npm run build)"
        )
        if os.environ.get("DESK_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class WindowRun:
    """A finished (or still running) ``desk run`` window process and what its hook reported."""

    proc: subprocess.Popen[bytes]
    out_path: Path
    home: Path
    started: float
    stdout_path: Path
    stderr_path: Path
    stdout: str = ""
    stderr: str = ""
    elapsed: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def results(self) -> dict[str, Any]:
        try:
            data = json.loads(self.out_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def wait(self, timeout: float) -> int:
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            pytest.fail(
                f"the window process did not exit within {timeout} s; results={self.results}\n{self.log_text()}"
            )
        self.elapsed = time.monotonic() - self.started
        self._read_output()
        if "hook_error" in self.results:
            pytest.fail(
                f"the test hook failed: {self.results}\nstderr={self.stderr[-3000:]}\n{self.log_text()}"
            )
        return self.proc.returncode

    def wait_results(self, key: str, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            results = self.results
            if key in results:
                return results
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        pytest.fail(
            f"the hook never reported {key!r}; results={self.results}\nstderr={self.stderr[-3000:]}\n{self.log_text()}"
        )

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._read_output()

    def _read_output(self) -> None:
        # Files, not pipes: Qt WebEngine's helper processes may hold inherited pipes open a
        # little after the window process exits, which would blur the exit time.
        self.stdout = self.stdout_path.read_text(encoding="utf-8", errors="replace")
        self.stderr = self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def log_text(self) -> str:
        logs = sorted((self.home / "state").rglob("*.log"))
        return "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in logs)


@pytest.fixture
def user_home(tmp_path: Path) -> Path:
    """Per-test config, state (logs) and cache folders for the window process."""
    home = tmp_path / "home"
    for name in ("config", "state", "cache", "data", "downloads"):
        (home / name).mkdir(parents=True)
    return home


def window_env(display: str, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DISPLAY": display,
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_DATA_HOME": str(home / "data"),
            "QTWEBENGINE_DISABLE_SANDBOX": "1",
            "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    if not display:  # no Xvfb: Qt's offscreen platform
        env.pop("DISPLAY")
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DESK_TEST_HOOK", None)
    return env


@dataclass
class WindowLauncher:
    display: str
    home: Path
    folder: Path
    runs: list[WindowRun] = field(default_factory=list)

    def start(
        self,
        script: Path,
        hook: str | None = None,
        *,
        name: str = "run",
        extra_env: dict[str, str] | None = None,
    ) -> WindowRun:
        env = window_env(self.display, self.home)
        out_path = self.folder / f"{name}-out.json"
        env["DESK_TEST_OUT"] = str(out_path)
        if hook is not None:
            hook_path = self.folder / f"{name}-hook.py"
            body = textwrap.indent(textwrap.dedent(hook).strip() or "pass", "    ")
            hook_path.write_text(HOOK_PRELUDE + HOOK_MAIN.format(body=body), encoding="utf-8")
            env["DESK_TEST_HOOK"] = str(hook_path)
        env.update(extra_env or {})
        stdout_path = self.folder / f"{name}-stdout.txt"
        stderr_path = self.folder / f"{name}-stderr.txt"
        started = time.monotonic()
        with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, "-m", "desk", "run", str(script), "--token", "desktop-test-token"],
                cwd=str(script.parent),
                env=env,
                stdout=stdout,
                stderr=stderr,
            )
        run = WindowRun(proc, out_path, self.home, started, stdout_path, stderr_path)
        self.runs.append(run)
        return run

    def require_screenshots(self) -> None:
        if not self.display:
            pytest.skip("screenshots need Xvfb")

    def screenshot(self, path: Path) -> dict[str, Any]:
        self.require_screenshots()
        return screenshot(self.display, path)

    def stop_all(self) -> None:
        for run in self.runs:
            if run.proc.returncode is None:
                run.stop()


@pytest.fixture
def launcher(xvfb_display: str, user_home: Path, tmp_path: Path) -> Iterator[WindowLauncher]:
    windows = WindowLauncher(xvfb_display, user_home, tmp_path)
    yield windows
    windows.stop_all()  # a failed test must not leave a window process behind


def screenshot(display: str, path: Path) -> dict[str, Any]:
    """Grab the whole X screen with Qt (in a subprocess) into ``path``; pixel statistics of it."""
    code = textwrap.dedent(
        """
        import json, sys
        from PyQt6.QtGui import QGuiApplication
        app = QGuiApplication(["grab"])
        image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
        image.save(sys.argv[1])
        width, height = image.width(), image.height()
        colors = {}
        for y in range(0, height, 4):
            for x in range(0, width, 4):
                rgb = image.pixel(x, y) & 0xFFFFFF
                colors[rgb] = colors.get(rgb, 0) + 1
        total = sum(colors.values())
        common = max(colors.values())
        print(json.dumps({"width": width, "height": height, "distinct": len(colors), "dominant_share": common / total}))
        """
    )
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
