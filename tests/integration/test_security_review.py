"""Regression tests for issue 17: the holes a security review found in the server and the HTML frames.

Each test names the finding it guards. All of them failed before the fix.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from wsclient import TOKEN, Client, http_get, run

from desk.components import v1
from desk.server.app import ServerHandle

Serve = Callable[..., ServerHandle]

FRAMES_APP = """
import desk as st
import desk.components.v1 as components

components.html("<p>untrusted</p><script>parent.postMessage(location.href, '*')</script>", height=60)
components.html("<a href='https://example.com' target='_blank'>out</a>", height=60, allow_popups=True)
st.image(b"GIF89a\\x01\\x00\\x01\\x00\\x00\\x00\\x00;")
"""

UPLOAD_APP = """
import desk as st

files = st.file_uploader("files", accept_multiple_files=True)
st.markdown("names=" + ",".join(f.name for f in files or []))
"""


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def _claim_a_big_body(port: int, request_line: str, claimed: int, sent: int, measured: threading.Event, answers: list[str]) -> None:
    """Announce ``claimed`` body bytes, send ``sent`` of them, and once memory is measured, read the status line."""
    chunk = b"x" * (256 * 1024)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(f"{request_line}\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {claimed}\r\n\r\n".encode())
        try:
            for _ in range(sent // len(chunk)):
                connection.sendall(chunk)
        except OSError:  # the server answered and closed: that is the point
            pass
        measured.wait(30)
        connection.settimeout(3)
        try:
            answers.append(connection.recv(200).split(b"\r\n", 1)[0].decode("latin-1"))
        except OSError as error:
            answers.append(type(error).__name__)


def test_unauthenticated_bodies_are_refused_before_they_are_read(serve: Serve) -> None:
    """Finding 1: 150 MB POSTs without a token made the server buffer their bodies.

    20 requests announce 150 MB each and send 8 MB of it (the server is in this process,
    so its memory is this process's RSS; the bodies are streamed from one small chunk).
    """
    handle = serve(max_upload_mb=200)
    before = _rss_mb()
    measured = threading.Event()
    answers: list[str] = []
    requests = ["POST / HTTP/1.1", f"PUT /upload/{'a' * 32}?name=x HTTP/1.1"]
    threads = [
        threading.Thread(target=_claim_a_big_body, args=(handle.port, requests[i % 2], 150 * 2**20, 8 * 2**20, measured, answers))
        for i in range(20)
    ]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # every client has sent what it will send
    grown = _rss_mb() - before
    measured.set()
    for thread in threads:
        thread.join(30)
    assert grown <= 20, f"the server grew by {grown:.0f} MB for 20 requests it refused"
    assert len(answers) == 20
    assert all(answer.startswith("HTTP/1.1 4") for answer in answers), answers


def test_small_unauthenticated_posts_get_403(serve: Serve) -> None:
    handle = serve()
    assert http_get(handle, "/", method="POST", body=b"a=1")[0] == 403
    assert http_get(handle, f"/health?token={TOKEN}", method="POST", body=b"a=1")[0] == 403


def test_a_components_html_frame_loads_its_page_with_a_key_and_never_the_token(serve: Serve) -> None:
    """Finding 2: the frame loaded /media/<digest>?token=..., so untrusted HTML could send the token out."""
    handle = serve(FRAMES_APP)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        other = await Client.connect(handle)
        other_session = (await other.hello())["session_id"]
        await other.run_finished()

        frames = client.tree.of_type("ComponentHtml")
        assert [frame["props"]["allow_popups"] for frame in frames] == [False, True]
        digests = [frame["props"]["page"]["$binary"] for frame in frames]
        keys = [client.binary_headers[digest]["frame"] for digest in digests]
        assert all(TOKEN not in key for key in keys)
        (image_digest,) = set(client.binaries) - set(digests)

        for digest, key, popups in zip(digests, keys, (False, True), strict=True):
            status, headers, body = http_get(handle, f"/media/{digest}?session={session_id}&frame={key}")
            assert status == 200 and body.startswith(b"<")
            csp = headers["content-security-policy"]
            assert "sandbox allow-scripts" in csp
            assert ("allow-popups" in csp) is popups
            assert headers["content-type"] == "text/html; charset=utf-8"
        digest, key = digests[0], keys[0]
        assert http_get(handle, f"/media/{digest}?session={session_id}&frame={'0' * 64}")[0] == 403
        assert http_get(handle, f"/media/{digest}?session={other_session}&frame={key}")[0] == 403
        assert http_get(handle, f"/media/{image_digest}?session={session_id}&frame={key}")[0] == 403
        image_key = handle.desk.frame_key(session_id, image_digest)
        assert http_get(handle, f"/media/{image_digest}?session={session_id}&frame={image_key}")[0] == 404
        assert http_get(handle, f"/health?frame={key}")[0] == 403
        assert http_get(handle, f"/media/{image_digest}?session={session_id}&token={TOKEN}")[0] == 200
        await other.close()
        await client.close()

    run(scenario())


def test_the_token_never_reaches_the_log(serve: Serve, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Finding 3: uncaught handler errors logged the request's repr, ``?token=`` included."""
    folder = tmp_path / "comp"
    folder.mkdir()
    (folder / "index.html").write_text("<p>component</p>")
    v1.registry["a.b"] = folder.resolve()
    try:
        handle = serve(FRAMES_APP)
        caplog.set_level(logging.DEBUG)

        async def scenario() -> None:
            client = await Client.connect(handle)
            session_id = (await client.hello())["session_id"]
            await client.run_finished()
            digest = client.tree.of_type("ComponentHtml")[0]["props"]["page"]["$binary"]
            xsrf = client.info["xsrf_token"]
            boundary = "b"
            status, _, _ = http_get(
                handle,
                f"/upload/{session_id}?token={TOKEN}",
                {"X-XSRFToken": xsrf, "Content-Type": f"multipart/form-data; boundary={boundary}"},
                method="PUT",
                body=b'--b\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nx--b--',
            )
            assert status == 400
            status, headers, _ = http_get(
                handle, f"/media/{digest}?session={session_id}&token={TOKEN}", {"Range": "bytes=" + "9" * 5000 + "-"}
            )
            assert status == 416 and headers["content-range"].startswith("bytes */")
            assert http_get(handle, f"/component/a.b/%00?token={TOKEN}")[0] == 400
            assert http_get(handle, f"/component/a.b/{'x' * 1000}?token={TOKEN}")[0] == 404
            assert http_get(handle, f"/component/a.b/index.html?token={TOKEN}")[0] == 200
            await client.close()

        run(scenario())
        time.sleep(0.2)  # Tornado logs a request after it answers it
    finally:
        v1.registry.pop("a.b", None)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert TOKEN not in caplog.text
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize(
    "path",
    [
        "/assets/%00",
        "/assets/a%00b.js",
        "/favicon.ico%00",
        "/component/x/%00",
        "/component/%00/index.html",
        "/media/%00",
        "/%00",
        "/assets/" + "a" * 5000,
        "/component/" + "a" * 5000 + "/x",
        "/" + "a" * 5000,
    ],
)
def test_nul_bytes_and_long_paths_get_a_4xx(serve: Serve, path: str, caplog: pytest.LogCaptureFixture) -> None:
    """Finding 4: NUL bytes and over-long paths gave 500 with a traceback on public routes."""
    handle = serve()
    caplog.set_level(logging.DEBUG)
    status, _, body = http_get(handle, path)
    assert 400 <= status < 500, (status, body[:200])
    assert b"Traceback" not in body
    time.sleep(0.05)
    assert "Traceback" not in caplog.text


def _window_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, host: str | None) -> str:
    from desk.shell import launch

    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[server]\naddress = "0.0.0.0"\n')
    script = tmp_path / "app.py"
    script.write_text("import desk as st\n")
    bound: list[str] = []

    class FakeWindow:
        @staticmethod
        def run_window(script: Path, settings: object, **kwargs: object) -> int:
            bound.append(settings.host)  # type: ignore[attr-defined]
            return 0

    monkeypatch.setattr(launch, "_window_module", lambda: FakeWindow)
    args = argparse.Namespace(script=str(script), port=None, host=host, token="t", headless=False, browser=False, dev=False)
    assert launch.run_from_cli(args) == 0
    return bound[0]


def test_a_window_app_binds_beyond_loopback_only_when_the_command_line_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding 5: a server.address in a config file beside the script exposed a window app silently."""
    assert _window_run(tmp_path, monkeypatch, host=None) == "127.0.0.1"
    err = capsys.readouterr().err
    assert "ignoring server.address '0.0.0.0'" in err and "unless --host is given" in err
    assert "WARNING" not in err

    (tmp_path / "again").mkdir()
    assert _window_run(tmp_path / "again", monkeypatch, host="0.0.0.0") == "0.0.0.0"
    err = capsys.readouterr().err
    assert "WARNING: serving on 0.0.0.0, reachable from other machines" in err


def test_media_needs_the_session_it_belongs_to(serve: Serve) -> None:
    """Finding 6: /media without ?session= searched every session."""
    handle = serve(FRAMES_APP)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        digest = next(iter(client.binaries))
        assert http_get(handle, f"/media/{digest}?session={session_id}&token={TOKEN}")[0] == 200
        assert http_get(handle, f"/media/{digest}?token={TOKEN}")[0] == 404
        assert http_get(handle, f"/media/{digest}?session={'0' * 32}&token={TOKEN}")[0] == 404
        await client.close()

    run(scenario())


def test_uploads_held_by_one_session_are_capped(serve: Serve) -> None:
    """Finding 6: a session could hold any number of uploads."""
    handle = serve(UPLOAD_APP, max_upload_mb=1, max_session_upload_mb=2)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        headers = {"X-Desk-Token": TOKEN, "X-XSRFToken": client.info["xsrf_token"], "Content-Type": "text/plain"}
        body = b"x" * (900 * 1024)
        statuses = [http_get(handle, f"/upload/{session_id}?name={i}.txt", headers, "PUT", body)[0] for i in range(3)]
        assert statuses == [200, 200, 413]
        store = handle.desk.sessions.get(session_id).session.uploads  # type: ignore[union-attr]
        first = next(iter(store))
        assert http_get(handle, f"/upload/{session_id}/{first}?token={TOKEN}", headers, "DELETE")[0] == 204
        assert http_get(handle, f"/upload/{session_id}?name=again.txt", headers, "PUT", body)[0] == 200
        await client.close()

    run(scenario())


def test_a_socket_frame_over_the_message_limit_closes_the_socket(serve: Serve) -> None:
    """Finding 6: the server buffered client frames of twice the message limit plus 1 MB (401 MiB by default)."""
    handle = serve(max_message_mb=1)

    async def scenario() -> None:
        client = await Client.connect(handle)
        try:
            await client.hello()
            await client.run_finished()
            client.send_raw("x" * (int(1.1 * 2**20)))  # over the limit: refused, the socket stays
            client.send(type="Rerun")
            await client.run_finished()
            client.send_raw("x" * (int(2.5 * 2**20)))  # far over it: the socket closes
            closed = await asyncio.wait_for(client.connection.read_message(), 10)
            assert closed is None
            # "Message too big", unless the server's reset of the connection (the client is still
            # sending) overtook its close frame: then the client sees no code at all.
            assert client.connection.close_code in (1009, None)
        finally:
            await client.close()

    run(scenario())


def test_an_upload_needs_the_xsrf_value_of_its_own_session(serve: Serve) -> None:
    """Finding 6: XSRF accepted a cookie and header set to the same value of the sender's choice."""
    handle = serve(UPLOAD_APP)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        other = await Client.connect(handle)
        await other.hello()
        await other.run_finished()
        xsrf = client.info["xsrf_token"]
        assert xsrf != other.info["xsrf_token"] and TOKEN not in xsrf
        url = f"/upload/{session_id}?name=a.txt&token={TOKEN}"
        chosen = {"Cookie": "_xsrf=chosen", "X-XSRFToken": "chosen"}
        assert http_get(handle, url, chosen, "PUT", b"hi")[0] == 403
        assert http_get(handle, url, {"X-XSRFToken": other.info["xsrf_token"]}, "PUT", b"hi")[0] == 403
        assert http_get(handle, url, {"X-XSRFToken": xsrf}, "PUT", b"hi")[0] == 200
        await other.close()
        await client.close()

    run(scenario())

