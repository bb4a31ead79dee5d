"""Uploads over HTTP: token, XSRF token, size limit, and the file reaching the script."""

from __future__ import annotations

import json
from collections.abc import Callable

from wsclient import TOKEN, Client, http_get, run

from desk.server.app import ServerHandle

Serve = Callable[..., ServerHandle]

UPLOAD_APP = """
import desk as st

files = st.file_uploader("files", accept_multiple_files=True)
st.markdown("names=" + ",".join(f"{f.name}:{f.getvalue().decode()}" for f in files or []))
"""


def _xsrf(client: Client) -> str:
    """The session's XSRF value, which the server sends in SessionInfo."""
    value = client.info["xsrf_token"]
    assert isinstance(value, str) and len(value) == 64
    return value


def _upload(
    handle: ServerHandle, session_id: str, body: bytes, *, xsrf: str | None, name: str = "a.txt", content_type: str = "text/plain"
) -> tuple[int, bytes]:
    headers = {"Content-Type": content_type, "X-Desk-Token": TOKEN}
    if xsrf is not None:
        headers["Cookie"] = f"_xsrf={xsrf}"
        headers["X-XSRFToken"] = xsrf
    status, _, answer = http_get(handle, f"/upload/{session_id}?name={name}", headers, method="PUT", body=body)
    return status, answer


def test_upload_needs_the_token_and_the_xsrf_token(serve: Serve) -> None:
    handle = serve(UPLOAD_APP)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        xsrf = _xsrf(client)

        assert _upload(handle, session_id, b"hi", xsrf=None)[0] == 403
        status, _, _ = http_get(
            handle,
            f"/upload/{session_id}?name=a.txt",
            {"Cookie": f"_xsrf={xsrf}", "X-XSRFToken": xsrf},
            method="PUT",
            body=b"hi",
        )
        assert status == 403  # no access token
        status, _, _ = http_get(
            handle,
            f"/upload/{session_id}?name=a.txt&token={TOKEN}",
            {"Cookie": "_xsrf=chosen", "X-XSRFToken": "chosen"},
            method="PUT",
            body=b"hi",
        )
        assert status == 403  # a cookie and header set to a value of the sender's choice

        status, answer = _upload(handle, session_id, b"hello", xsrf=xsrf, name="../../etc/notes.txt")
        assert status == 200, answer
        info = json.loads(answer)
        assert (info["name"], info["size"], info["mimetype"]) == ("notes.txt", 5, "text/plain")

        uploader = client.tree.widget_id("FileUploader")
        client.send(type="WidgetChanged", widget_id=uploader, value=[info["file_id"]])
        await client.until(lambda c: "names=notes.txt:hello" in c.tree.bodies())

        assert _upload(handle, "0" * 32, b"x", xsrf=xsrf)[0] == 403  # the XSRF value of another session
        assert _upload(handle, "0" * 32, b"x", xsrf=handle.desk.xsrf_token("0" * 32))[0] == 404
        status, _, _ = http_get(
            handle,
            f"/upload/{session_id}/{info['file_id']}?token={TOKEN}",
            {"Cookie": f"_xsrf={xsrf}", "X-XSRFToken": xsrf},
            method="DELETE",
        )
        assert status == 204
        assert handle.desk.sessions.get(session_id).session.uploads == {}  # type: ignore[union-attr]
        client.send(type="WidgetChanged", widget_id=uploader, value=[])
        await client.until(lambda c: "names=" in c.tree.bodies())
        await client.close()

    run(scenario())


def test_multipart_upload_with_one_file(serve: Serve) -> None:
    handle = serve(UPLOAD_APP)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        boundary = "deskboundary"
        body = (
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"widget_id\"\r\n\r\nw\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\na,b\r\n--{boundary}--\r\n"
        ).encode()
        status, answer = _upload(handle, session_id, body, xsrf=_xsrf(client), content_type=f"multipart/form-data; boundary={boundary}")
        assert status == 200, answer
        assert json.loads(answer)["name"] == "b.csv" and json.loads(answer)["mimetype"] == "text/csv"
        store = handle.desk.sessions.get(session_id).session.uploads  # type: ignore[union-attr]
        assert [record[2] for record in store.values()] == [b"a,b"]
        await client.close()

    run(scenario())


def test_upload_over_the_size_limit_is_refused(serve: Serve) -> None:
    handle = serve(UPLOAD_APP, max_upload_mb=1)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        xsrf = _xsrf(client)
        assert _upload(handle, session_id, b"x" * (1024 * 1024), xsrf=xsrf)[0] == 200
        assert _upload(handle, session_id, b"x" * (1024 * 1024 + 1), xsrf=xsrf)[0] == 413
        assert _upload(handle, session_id, b"x" * (3 * 1024 * 1024), xsrf=xsrf)[0] == 413
        assert _claims_a_huge_body(handle, session_id, xsrf) == 413
        assert len(handle.desk.sessions.get(session_id).session.uploads) == 1  # type: ignore[union-attr]
        await client.close()

    run(scenario())


LIMITED_APP = """
import desk as st

small = st.file_uploader("small", max_upload_size=1)
big = st.file_uploader("big", max_upload_size=3)
"""


def test_a_widget_max_upload_size_replaces_the_server_limit(serve: Serve) -> None:
    handle = serve(LIMITED_APP, max_upload_mb=2)

    async def scenario() -> None:
        client = await Client.connect(handle)
        session_id = (await client.hello())["session_id"]
        await client.run_finished()
        xsrf = _xsrf(client)
        state = handle.desk.sessions.get(session_id).session.state  # type: ignore[union-attr]
        ids = {state.widget_meta(wid).key or wid: wid for wid in state.widget_ids()}  # type: ignore[union-attr]
        small, big = sorted(ids.values(), key=lambda wid: state.widget_meta(wid).max_upload_bytes)  # type: ignore[union-attr]

        def upload(widget: str, size: int) -> tuple[int, bytes]:
            headers = {"Content-Type": "text/plain", "X-Desk-Token": TOKEN, "X-XSRFToken": xsrf}
            status, _, answer = http_get(
                handle, f"/upload/{session_id}?name=a.bin&widget={widget}", headers, method="PUT", body=b"x" * size
            )
            return status, answer

        status, answer = upload(small, 1024 * 1024 + 1)
        assert status == 413 and b"Larger than the upload limit of 1 MB" in answer
        assert upload(small, 1024 * 1024)[0] == 200
        assert upload(big, 3 * 1024 * 1024)[0] == 200  # more than the server's 2 MB: the widget says 3
        status, answer = upload(big, 3 * 1024 * 1024 + 1)
        assert status == 413 and b"3 MB" in answer
        assert upload("no-such-widget", 2 * 1024 * 1024 + 1)[0] == 413  # any other upload: the server's limit
        await client.close()

    run(scenario())


def _claims_a_huge_body(handle: ServerHandle, session_id: str, xsrf: str) -> int:
    """A request announcing 10 GB is answered at once, without reading the body."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", handle.port, timeout=10)
    try:
        connection.putrequest("PUT", f"/upload/{session_id}?name=big&token={TOKEN}")
        connection.putheader("Content-Length", str(10 * 1024**3))
        connection.putheader("Cookie", f"_xsrf={xsrf}")
        connection.putheader("X-XSRFToken", xsrf)
        connection.endheaders()
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()
