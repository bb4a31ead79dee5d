"""A bounded fuzz of HTTP paths, headers and query strings against a real server (issue 17).

2,500 seeded requests over loopback, each on its own connection, start from a request
each route accepts and change one to three things: a path segment or query value
becomes something hostile (NUL and control bytes, over-long segments, traversal, bad
percent escapes, thousands of digits), a parameter is added or dropped, the method,
``Range``, ``Content-Type`` and body, or another header changes. No answer may be a 5xx,
and no log line may hold a traceback, an ERROR or the token. The first seed found a 500
(PUT on /upload/<session>/<file>).
"""

from __future__ import annotations

import logging
import random
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from wsclient import TOKEN, Client, run

from desk.components import v1
from desk.server.app import ServerHandle

REQUESTS = 2500
SEED = 17

APP = """
import desk as st
import desk.components.v1 as components

components.html("<p>page</p>", height=40)
st.image(b"GIF89a\\x01\\x00\\x01\\x00\\x00\\x00\\x00;")
st.file_uploader("files")
"""

HOSTILE = [
    "%00", "\x00", "%ff%fe", "%", "%zz", "..", "%2e%2e", "..%2f..%2f", "\\..\\", "//", "%0d%0aX-A:%20b",
    "\x7f", "\x1b[31m", "é", "%c3%a9", "a" * 300, "b" * 5000, "~", ";", "*", "%20", "con", "nul.txt", "",
    "9" * 5000, "-1", "%2f", "a%00.js",
]
METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "BREW", "G\x00T"]
RANGES = ["bytes=0-1", "bytes=-5", "bytes=5-", "bytes=" + "9" * 5000 + "-", "bytes=-" + "9" * 5000, "bytes=1-0",
          "bytes=0-1,2-3", "items=0-1", "bytes=-", "bytes=0-" + "1" * 30]
CONTENT_TYPES = ["multipart/form-data; boundary=b", "multipart/form-data", "multipart/form-data; boundary=",
                 "text/plain", "application/json", "\x01"]
BODIES = [b'--b\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nx--b--', b"--b--", b"a=1",
          b"\x00" * 100, b'--b\r\nContent-Disposition: form-data; name="f"; filename="%00"\r\n\r\nx\r\n--b--\r\n']


def _valid_requests(session: str, digests: list[str]) -> list[tuple[str, str]]:
    """One request the server accepts on each route: what the fuzz mutates."""
    media = [f"/media/{digest}?session={session}&token={TOKEN}" for digest in digests]
    return [
        ("GET", "/"), ("GET", "/index.html"), ("GET", f"/health?token={TOKEN}"), ("GET", "/favicon.ico"),
        ("GET", "/assets/index.js"), ("GET", "/component/a.b/index.html"), ("GET", "/sales"),
        ("GET", f"/ws?token={TOKEN}"), ("PUT", f"/upload/{session}?name=a.txt&token={TOKEN}"),
        ("DELETE", f"/upload/{session}/{'0' * 32}?token={TOKEN}"), *[("GET", url) for url in media],
    ]


def _mutate(rng: random.Random, method: str, target: str) -> tuple[str, str, dict[str, str], bytes]:
    """``method`` and ``target`` with one to three hostile changes, plus headers and a body."""
    path, _, query = target.partition("?")
    segments = path.split("/")
    params = [item.split("=", 1) for item in query.split("&")] if query else []
    headers: dict[str, str] = {}
    body = b""
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(9)
        if kind == 0 and len(segments) > 1:
            segments[rng.randrange(1, len(segments))] = rng.choice(HOSTILE)
        elif kind == 1:
            segments.append(rng.choice(HOSTILE))
        elif kind == 2 and params:
            params[rng.randrange(len(params))][-1] = rng.choice(HOSTILE)
        elif kind == 3:
            params.append([rng.choice(["session", "frame", "download", "name", "token", rng.choice(HOSTILE)]), rng.choice(HOSTILE)])
        elif kind == 4 and params:
            params.pop(rng.randrange(len(params)))
        elif kind == 5:
            method = rng.choice(METHODS)
        elif kind == 6:
            headers["Range"] = rng.choice(RANGES)
        elif kind == 7:
            headers["Content-Type"] = rng.choice(CONTENT_TYPES)
            body = rng.choice(BODIES)
        else:
            headers[rng.choice(["If-None-Match", "Origin", "Cookie", "X-XSRFToken", "X-Desk-Token", "Expect", "A"])] = rng.choice(
                HOSTILE
            ).replace("\r", "").replace("\n", "")
    query = "&".join("=".join(param) for param in params)
    return method, "/".join(segments) + ("?" + query if query else ""), headers, body


def _request(rng: random.Random, port: int, valid: list[tuple[str, str]], xsrf: str) -> bytes:
    method, target, extra, body = _mutate(rng, *rng.choice(valid))
    host = f"127.0.0.1:{port}" if rng.random() < 0.9 else rng.choice(["evil.example", "", "a" * 400, "[::1]", f"localhost:{port}"])
    headers = {"Host": host, "X-XSRFToken": xsrf, **extra, "Content-Length": str(len(body)), "Connection": "close"}
    head = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("utf-8", "surrogateescape") + body


def _status(port: int, request: bytes) -> int | None:
    """The answer's status code, or None when the server closed without one."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        try:
            connection.sendall(request)
            first = connection.recv(64)
        except ConnectionResetError:
            return None
    if not first.startswith(b"HTTP/1.1 "):
        return None
    return int(first[9:12])


@pytest.fixture
def component(tmp_path: Path) -> Iterator[None]:
    """A registered path-based component, ``a.b``, so /component/a.b/ reaches real files."""
    folder = tmp_path / "component"
    folder.mkdir()
    (folder / "index.html").write_text("<p>component</p>")
    v1.registry["a.b"] = folder.resolve()
    yield
    v1.registry.pop("a.b", None)


def test_thousands_of_hostile_http_requests_get_no_5xx_and_log_no_traceback(
    serve: Callable[..., ServerHandle], caplog: pytest.LogCaptureFixture, component: None
) -> None:
    handle = serve(APP)
    caplog.set_level(logging.DEBUG)
    statuses: dict[int | None, int] = {}

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        rng = random.Random(SEED)
        valid = _valid_requests(session_id, list(client.binaries))
        started = time.monotonic()
        for _ in range(REQUESTS):  # blocking calls: the server runs on its own thread
            request = _request(rng, handle.port, valid, client.info.get("xsrf_token", ""))
            status = _status(handle.port, request)
            statuses[status] = statuses.get(status, 0) + 1
            assert status is None or status < 500, f"a {status} answer to {request[:300]!r}; so far {statuses}"
            assert time.monotonic() - started < 60, "the fuzz took over a minute"
        await client.close()

    run(scenario())
    time.sleep(0.2)  # Tornado logs a request after it answers it
    assert sum(count for status, count in statuses.items() if status is not None and status < 300) > 5, statuses
    assert statuses.get(None, 0) < REQUESTS // 10, statuses
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors[:5]
    assert "Traceback" not in caplog.text
    assert TOKEN not in caplog.text
