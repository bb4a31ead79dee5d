"""Helpers for the integration tests: HTTP requests and a real WebSocket client.

``Client`` speaks the wire contract over a Tornado
WebSocket and keeps the page the way the frontend does (``ClientTree``); it fails the test
when the server sends something a client could not apply (a ``Same`` for a path the
client does not hold, a ``$binary`` reference whose bytes did not come first).
"""

from __future__ import annotations

import asyncio
import http.client
import json
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from tornado.httpclient import HTTPRequest
from tornado.websocket import WebSocketClientConnection, websocket_connect

from desk.packager.smoke import close_websocket
from desk.server.app import ServerHandle
from desk.server.wire import parse_binary_frame

T = TypeVar("T")
TOKEN = "integration-token"

COUNTER_APP = """
import desk as st

if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add"):
    st.session_state.n += 1
st.markdown(f"count={st.session_state.n}")
"""


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run one test coroutine on a fresh event loop."""
    return asyncio.run(coro)


def http_get(
    handle: ServerHandle, path: str, headers: dict[str, str] | None = None, method: str = "GET", body: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    """One HTTP request to the server: (status, headers with lower-case names, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", handle.port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data
    finally:
        connection.close()


class ClientTree:
    """The page as the frontend holds it, built from the messages with the contract's rules."""

    def __init__(self) -> None:
        self.nodes: dict[tuple[int, ...], dict[str, Any]] = {}
        self.touched: dict[tuple[int, ...], str] = {}

    def apply(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "Delta":
            path = tuple(message["path"])
            node = message["node"]
            old = self.nodes.get(path)
            keep = old is not None and old["block"] and node["block"] and old["type"] == node["type"]
            if not keep:
                for held in [p for p in self.nodes if len(p) > len(path) and p[: len(path)] == path]:
                    del self.nodes[held]
                    self.touched.pop(held, None)
            self.nodes[path] = node
            self.touched[path] = message["run_id"]
        elif kind == "Same":
            path = tuple(message["path"])
            assert path in self.nodes, f"Same for {list(path)}, which the client does not hold"
            self.touched[path] = message["run_id"]
        elif kind == "RunFinished" and message["status"] != "rerun":
            scopes = [tuple(s) for s in message["scopes"]] if message["scopes"] is not None else None
            for path in list(self.nodes):
                if self.touched.get(path) == message["run_id"]:
                    continue
                if scopes is not None and not any(len(path) > len(s) and path[: len(s)] == s for s in scopes):
                    continue
                del self.nodes[path]
                self.touched.pop(path, None)

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        return [node for _, node in sorted(self.nodes.items()) if node["type"] == kind]

    def bodies(self) -> list[str]:
        return [str(node["props"].get("body")) for node in self.of_type("Markdown")]

    def count(self) -> int | None:
        for body in self.bodies():
            if body.startswith("count="):
                return int(body.split("=", 1)[1])
        return None

    def widget_id(self, kind: str, index: int = 0) -> str:
        node_id = self.of_type(kind)[index]["id"]
        assert isinstance(node_id, str)
        return node_id


def binary_refs(value: Any) -> list[str]:
    """The digests of every ``$binary`` reference inside ``value``."""
    if isinstance(value, dict):
        if "$binary" in value:
            return [value["$binary"]]
        return [ref for item in value.values() for ref in binary_refs(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in binary_refs(item)]
    return []


class Client:
    """A WebSocket client that follows the wire contract."""

    def __init__(self, connection: WebSocketClientConnection) -> None:
        self.connection = connection
        self.tree = ClientTree()
        self.binaries: dict[str, bytes] = {}
        self.binary_frames: list[str] = []
        self.binary_headers: dict[str, dict[str, Any]] = {}
        self.messages: list[dict[str, Any]] = []
        self.info: dict[str, Any] = {}

    @classmethod
    async def connect(cls, handle: ServerHandle, *, token: str = TOKEN, origin: str | None = "default", host: str | None = None) -> Client:
        headers = {}
        if origin is not None:
            headers["Origin"] = f"http://127.0.0.1:{handle.port}" if origin == "default" else origin
        if host is not None:
            headers["Host"] = host
        request = HTTPRequest(f"ws://127.0.0.1:{handle.port}/ws?token={token}", headers=headers, connect_timeout=5, request_timeout=5)
        return cls(await websocket_connect(request))

    def send(self, **message: Any) -> None:
        self.connection.write_message(json.dumps(message))

    def send_raw(self, frame: str | bytes) -> None:
        self.connection.write_message(frame, binary=isinstance(frame, bytes))

    async def hello(self, session_id: str | None = None, query_string: str = "") -> dict[str, Any]:
        self.send(type="Hello", session_id=session_id, query_string=query_string, timezone="Europe/Paris", locale="en-GB")
        info = await self.next()
        assert info["type"] == "SessionInfo", info
        self.info = info
        return info

    async def next(self, timeout: float = 10.0) -> dict[str, Any]:
        """The next text message (binary frames on the way are stored by digest)."""
        while True:
            frame = await asyncio.wait_for(self.connection.read_message(), timeout)
            assert frame is not None, "the server closed the socket"
            if isinstance(frame, bytes):
                header, data = parse_binary_frame(frame)
                self.binaries[header["digest"]] = data
                self.binary_headers[header["digest"]] = header
                self.binary_frames.append(header["digest"])
                continue
            message: dict[str, Any] = json.loads(frame)
            if message["type"] == "Delta":
                for ref in binary_refs(message["node"]["props"]):
                    assert ref in self.binaries, f"$binary {ref} referenced before its bytes arrived"
            self.tree.apply(message)
            self.messages.append(message)
            return message

    async def run_finished(self, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Messages up to and including the next RunFinished that prunes (status not 'rerun')."""
        seen = []
        while True:
            message = await self.next(timeout)
            seen.append(message)
            if message["type"] == "RunFinished" and message["status"] != "rerun":
                return seen

    async def until(self, predicate: Callable[[Client], bool], timeout: float = 20.0) -> None:
        """Read messages until ``predicate(self)`` holds after a RunFinished."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate(self):
            remaining = deadline - loop.time()
            try:
                await self.run_finished(max(remaining, 0.01))
            except asyncio.TimeoutError:
                raise AssertionError(f"timed out; the page holds {self.tree.bodies()}") from None

    async def close(self) -> None:
        await close_websocket(self.connection, wait=5)
