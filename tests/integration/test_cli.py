"""``desk run --headless`` as a real process: URL, token, port, and a quick exit on signals."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from wsclient import Client, run

STUCK_SLEEP = "import time\nimport desk as st\nst.markdown('started')\nwhile True:\n    time.sleep(1)\n"
STUCK_CPU = "import desk as st\nst.markdown('started')\nx = 0\nwhile True:\n    x += 1\n"
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/\?token=(\S+)")


class Desk:
    """A ``desk run`` child process and the lines it prints."""

    def __init__(self, script: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desk", "run", *args[:1], str(script), *args[1:]],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            cwd=script.parent,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.output.append(line)
            self.lines.put(line)

    def url(self, timeout: float = 20.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                assert self.process.poll() is None, f"desk exited: {''.join(self.output)}"
                continue
            match = URL.search(line)
            if match:
                return match
        raise AssertionError(f"no URL printed: {''.join(self.output)}")

    def stop(self, sig: int) -> float:
        """Send ``sig`` and return how long the process took to exit."""
        started = time.monotonic()
        self.process.send_signal(sig)
        try:
            self.process.wait(timeout=10)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        return time.monotonic() - started

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def desks() -> Iterator[list[Desk]]:
    started: list[Desk] = []
    yield started
    for desk in started:
        desk.close()


def _get(port: int, path: str) -> int:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


class _Handle:
    """What ``wsclient.Client.connect`` needs to reach a server in another process."""

    def __init__(self, port: int) -> None:
        self.port = port


async def _start_a_run(port: int, token: str) -> Client:
    client = await Client.connect(_Handle(port), token=token)  # type: ignore[arg-type]
    await client.hello()
    while "started" not in client.tree.bodies():
        await client.next()
    return client


@pytest.mark.slow
def test_headless_serves_on_the_given_port_with_the_given_token(tmp_path: Path, desks: list[Desk]) -> None:
    script = tmp_path / "app.py"
    script.write_text("import sys\nimport desk as st\nst.markdown('started')\nst.markdown('argv=' + ' '.join(sys.argv[1:]))\n")
    # --port 0 asks the OS for a free port; desk prints the one it bound
    desk = Desk(script, "--headless", "--port", "0", "--token", "T0k", "--", "--data", "x.csv")
    desks.append(desk)
    match = desk.url()
    port = int(match.group(1))
    assert port > 0 and match.group(0) == f"http://127.0.0.1:{port}/?token=T0k"
    assert _get(port, "/") == 200
    assert _get(port, "/health") == 403
    assert _get(port, "/health?token=T0k") == 200

    async def page() -> list[str]:
        client = await _start_a_run(port, "T0k")
        await client.run_finished()
        await client.close()
        return client.tree.bodies()

    assert run(page()) == ["started", "argv=--data x.csv"]
    assert desk.stop(signal.SIGTERM) < 2.0
    assert desk.process.returncode == 0


@pytest.mark.slow
def test_a_token_that_starts_with_a_dash_is_a_value(tmp_path: Path, desks: list[Desk]) -> None:
    """Random tokens (secrets.token_urlsafe) start with '-' one time in 64; `--token -x` must still work."""
    script = tmp_path / "app.py"
    script.write_text("import desk as st\nst.markdown('hi')\n")
    desk = Desk(script, "--headless", "--port", "0", "--token", "-dash-token", "--", "--token", "script's")
    desks.append(desk)
    match = desk.url()
    port = int(match.group(1))
    assert match.group(0) == f"http://127.0.0.1:{port}/?token=-dash-token"
    assert _get(port, "/health?token=-dash-token") == 200


@pytest.mark.slow
def test_headless_without_port_and_token_picks_both(tmp_path: Path, desks: list[Desk]) -> None:
    script = tmp_path / "app.py"
    script.write_text("import desk as st\nst.markdown('hi')\n")
    first, second = Desk(script, "--headless"), Desk(script, "--headless")
    desks.extend([first, second])
    one, two = first.url(), second.url()
    assert one.group(1) != two.group(1)
    assert one.group(2) != two.group(2) and len(one.group(2)) >= 20
    assert _get(int(one.group(1)), "/health?token=" + one.group(2)) == 200


@pytest.mark.slow
@pytest.mark.parametrize("source", [STUCK_SLEEP, STUCK_CPU], ids=["sleeping", "spinning"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_exits_within_two_seconds_even_with_a_stuck_script(
    tmp_path: Path, desks: list[Desk], source: str, sig: int
) -> None:
    script = tmp_path / "app.py"
    script.write_text(source)
    desk = Desk(script, "--headless", "--token", "T")
    desks.append(desk)
    port = int(desk.url().group(1))

    async def stuck_then_stopped() -> float:
        client = await _start_a_run(port, "T")
        took = desk.stop(sig)
        await client.close()
        return took

    assert run(stuck_then_stopped()) < 2.0


def test_missing_script_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desk", "run", "--headless", str(tmp_path / "nope.py")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "nope.py is not a file" in result.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["run", "app.py", "--headless"], (True, None, None, [])),
        (["run", "--headless", "app.py", "--port", "5", "--token", "T"], (True, 5, "T", [])),
        (["run", "app.py", "--headless", "--", "--port", "x"], (True, None, None, ["--port", "x"])),
        (["run", "app.py", "--token", "T", "data.csv", "--verbose"], (False, None, "T", ["data.csv", "--verbose"])),
    ],
)
def test_desk_options_anywhere_after_run_and_the_rest_go_to_the_script(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], expected: tuple[object, ...]
) -> None:
    import desk.shell.launch
    from desk.cli import main

    seen = []
    monkeypatch.setattr(desk.shell.launch, "run_from_cli", lambda args: seen.append(args) or 0)
    assert main(argv) == 0
    (args,) = seen
    assert (args.headless, args.port, args.token, args.script_args) == expected


CACHING = """
import desk as st
import pandas as pd

@st.cache_data
def load():
    return pd.DataFrame({"x": range(300_000), "y": [0.5] * 300_000})

@st.cache_data
def settings():
    return {"theme": "dark"}

load()
settings()
st.markdown("started")
"""


@pytest.mark.slow
def test_cache_entries_written_in_the_background_survive_a_stop(
    tmp_path: Path, desks: list[Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16: entries reach the disk off the critical path, so desk run must flush them when it stops."""
    from desk.cache import disk, locations

    monkeypatch.setenv("DESK_CACHE_DIR", str(tmp_path / "cache"))
    script = tmp_path / "app.py"
    script.write_text(CACHING)
    desk = Desk(script, "--headless", "--token", "T")
    desks.append(desk)
    port = int(desk.url().group(1))

    async def started_then_stopped() -> None:
        client = await _start_a_run(port, "T")
        assert desk.stop(signal.SIGTERM) < 10.0
        await client.close()

    run(started_then_stopped())
    assert desk.process.returncode == 0
    entries = disk.DiskCache(tmp_path / "cache", locations.app_id_for_script(script)).entries()
    assert sorted(entry.format for entry in entries) == ["arrow", "pickle"]
