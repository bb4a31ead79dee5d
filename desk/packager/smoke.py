"""The smoke test of a built app: start it headless, wait for its first render, stop it.

Runs the artifact with ``--headless --port 0 --token T`` and ``DESK_NETWORK_GUARD=1``,
reads the port the app bound from the URL it prints, opens the page's WebSocket like a
browser would, waits for the first run to finish, then sends SIGTERM and expects a clean
exit. Any refused non-loopback connection fails it.
"""

from __future__ import annotations

import json
import os
import queue
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tornado.websocket import WebSocketClientConnection

SERVING = re.compile(r"serving .* at http://127\.0\.0\.1:(\d+)/\?token=")


class SmokeTestError(Exception):
    """The built app did not start, render or stop as it should."""


@dataclass
class SmokeReport:
    first_render_seconds: float
    exit_code: int
    elements: int
    output: str


@dataclass
class Launched:
    """A desk app started headless on port 0, with the port it bound and everything it printed."""

    process: subprocess.Popen[bytes]
    port: int
    token: str
    lines: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    def output(self) -> str:
        return "".join(self.lines)

    def stop(self, timeout: float = 10.0) -> int:
        """SIGTERM (terminate on Windows), wait, and close the pipe; returns the exit code.

        Raises SmokeTestError, with what the app printed, when it is still running ``timeout``
        seconds after the signal (it is killed then).
        """
        try:
            if self.process.poll() is None:
                self.process.terminate() if sys.platform == "win32" else self.process.send_signal(signal.SIGTERM)
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise SmokeTestError(
                f"the app was still running {timeout:.0f} s after SIGTERM and was killed; it printed:\n"
                f"{self.output()[-3000:]}"
            ) from None
        finally:
            self.kill()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        if self.reader is not None:
            self.reader.join(5)  # the process is gone: its output ends, and so does the reader
        if self.process.stdout is not None:
            self.process.stdout.close()


def launch_headless(
    command: list[str], token: str, deadline: float, env: dict[str, str] | None = None
) -> Launched:
    """Start ``command --headless --port 0 --token token`` and wait until it prints its URL.

    The app binds a free port itself and prints it, so no port is guessed in advance.
    Raises SmokeTestError when the process exits or stays silent until ``deadline``.
    """
    process = subprocess.Popen(
        [*command, "--headless", "--port", "0", "--token", token],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
    )
    lines: list[str] = []
    found: queue.Queue[int | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for raw in process.stdout:
            line = raw.decode(errors="replace")
            lines.append(line)
            match = SERVING.search(line)
            if match:
                found.put(int(match.group(1)))
        found.put(None)  # the output ended: the process exited

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    launched = Launched(process, 0, token, lines, reader)
    try:
        port = found.get(timeout=max(0.0, deadline - time.monotonic()))
    except queue.Empty:
        launched.kill()
        raise SmokeTestError(f"the app did not print its URL in time:\n{launched.output()[-3000:]}") from None
    if port is None:
        launched.kill()
        raise SmokeTestError(f"the app exited with code {process.returncode} before serving:\n{launched.output()[-3000:]}")
    launched.port = port
    return launched


def first_render(port: int, token: str, deadline: float) -> int:
    """Connect like the frontend and wait for the first RunFinished. Returns the node count."""
    import asyncio

    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    async def go() -> int:
        request = HTTPRequest(
            f"ws://127.0.0.1:{port}/ws?token={token}", headers={"Origin": f"http://127.0.0.1:{port}"}
        )
        conn = await websocket_connect(request)
        try:
            conn.write_message(json.dumps({"type": "Hello", "session_id": None, "query_string": ""}))
            nodes = 0
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise SmokeTestError("the app did not finish its first run in time")
                message = await asyncio.wait_for(conn.read_message(), remaining)
                if message is None:
                    raise SmokeTestError("the app closed the WebSocket before its first render")
                if isinstance(message, bytes):
                    continue
                data = json.loads(message)
                if data.get("type") == "Delta":
                    nodes += 1
                if data.get("type") == "RunFinished":
                    return nodes
        finally:
            await close_websocket(conn)

    return asyncio.run(go())


CLOSE_WAIT = 2.0
"""Longest ``close_websocket`` waits for the server's side of the closing handshake, in seconds."""


async def close_websocket(conn: WebSocketClientConnection, wait: float = CLOSE_WAIT) -> None:
    """Close a WebSocket client and its socket before the caller's event loop ends.

    ``close()`` only starts the closing handshake: the socket closes when the server
    answers, or after tornado's own timeout, which a loop that ends at once never runs;
    the socket was then left open until garbage collection found it. This waits up to
    ``wait`` seconds for the server's side, then closes the socket itself.
    """
    import asyncio

    protocol = conn.protocol  # close() forgets it, and with it the socket's stream
    conn.close()
    try:
        while await asyncio.wait_for(conn.read_message(), wait) is not None:
            pass
    except asyncio.TimeoutError:
        pass
    stream = getattr(protocol, "stream", None)
    if stream is not None:
        stream.close()


def smoke_test(executable: Path, timeout: float = 120.0, env: dict[str, str] | None = None) -> SmokeReport:
    """Start ``executable`` headless, check the first render and a clean exit."""
    child_env = dict(os.environ if env is None else env, DESK_NETWORK_GUARD="1")
    started = time.monotonic()
    deadline = started + timeout
    app = launch_headless([str(executable)], secrets.token_urlsafe(12), deadline, child_env)
    try:
        nodes = first_render(app.port, app.token, deadline)
        first = time.monotonic() - started
        try:
            code = app.stop()
        except subprocess.TimeoutExpired:
            raise SmokeTestError("the app did not exit within 10 s of SIGTERM") from None
        output = app.output()  # complete: stop() waited for the reader
        if "desk-network-guard:" in output:
            lines = [line for line in output.splitlines() if "desk-network-guard:" in line]
            raise SmokeTestError("the app tried to reach the network beyond loopback:\n" + "\n".join(lines))
        if code not in (0, -signal.SIGTERM):
            raise SmokeTestError(f"the app exited with code {code} after SIGTERM:\n{output[-3000:]}")
        return SmokeReport(first, code, nodes, output)
    finally:
        app.kill()
