"""The smoke test of a built app: start it headless, wait for its first render, stop it.

Runs the artifact with ``--headless --port N --token T`` and ``DESK_NETWORK_GUARD=1``,
opens the page's WebSocket like a browser would, waits for the first run to finish, then
sends SIGTERM and expects a clean exit. Any refused non-loopback connection fails it.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path


class SmokeTestError(Exception):
    """The built app did not start, render or stop as it should."""


@dataclass
class SmokeReport:
    first_render_seconds: float
    exit_code: int
    elements: int
    output: str


def _port() -> int:
    # The child binds this port itself; the smoke test needs to know it in advance.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
                conn.close()
                return nodes

    return asyncio.run(go())


def smoke_test(executable: Path, timeout: float = 120.0, env: dict[str, str] | None = None) -> SmokeReport:
    """Start ``executable`` headless, check the first render and a clean exit."""
    port, token = _port(), secrets.token_urlsafe(12)
    child_env = dict(os.environ if env is None else env, DESK_NETWORK_GUARD="1")
    started = time.monotonic()
    deadline = started + timeout
    process = subprocess.Popen(
        [str(executable), "--headless", "--port", str(port), "--token", token],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=child_env,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        while True:
            if process.poll() is not None:
                out = process.stdout.read().decode(errors="replace") if process.stdout else ""
                raise SmokeTestError(f"the app exited with code {process.returncode} before serving:\n{out[-3000:]}")
            try:
                with urllib.request.urlopen(url, timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise SmokeTestError(f"the app did not serve {url} within {timeout:.0f} s") from None
                time.sleep(0.02)
        nodes = first_render(port, token, deadline)
        first = time.monotonic() - started
        if sys.platform == "win32":
            process.terminate()
        else:
            process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            raise SmokeTestError("the app did not exit within 10 s of SIGTERM") from None
        output = process.stdout.read().decode(errors="replace") if process.stdout else ""
        if "desk-network-guard:" in output:
            lines = [line for line in output.splitlines() if "desk-network-guard:" in line]
            raise SmokeTestError("the app tried to reach the network beyond loopback:\n" + "\n".join(lines))
        if code not in (0, -signal.SIGTERM):
            raise SmokeTestError(f"the app exited with code {code} after SIGTERM:\n{output[-3000:]}")
        return SmokeReport(first, code, nodes, output)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
        if process.stdout is not None:
            process.stdout.close()
