"""Sessions over a real WebSocket: runs, clicks, coalescing, isolation, reconnects, payloads."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable

from wsclient import TOKEN, Client, binary_refs, http_get, run

from desk.server.app import ServerHandle

Serve = Callable[..., ServerHandle]


async def _started(handle: ServerHandle, session_id: str | None = None) -> Client:
    client = await Client.connect(handle)
    await client.hello(session_id)
    await client.run_finished()
    return client


def test_full_run_over_a_socket(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        client = await Client.connect(handle)
        info = await client.hello()
        assert info["app_name"] == "app"
        assert info["max_upload_mb"] == 200
        assert len(info["session_id"]) == 32
        messages = await client.run_finished()
        kinds = [m["type"] for m in messages]
        assert kinds == ["NewRun", "Delta", "Delta", "RunFinished"]
        assert len({m["run_id"] for m in messages}) == 1
        assert messages[1]["path"] == [0, 0] and messages[1]["node"]["type"] == "Button"
        assert messages[2]["node"] == {"type": "Markdown", "props": messages[2]["node"]["props"], "id": None, "block": False}
        assert messages[-1]["status"] == "ok" and messages[-1]["scopes"] is None
        assert client.tree.bodies() == ["count=0"]
        await client.close()

    run(scenario())


def test_rerun_sends_same_for_unchanged_nodes(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        client = await _started(handle)
        client.send(type="Rerun", query_string="")
        messages = await client.run_finished()
        assert [m["type"] for m in messages] == ["NewRun", "Same", "Same", "RunFinished"]
        assert [m["path"] for m in messages if m["type"] == "Same"] == [[0, 0], [0, 1]]
        assert client.tree.bodies() == ["count=0"]
        await client.close()

    run(scenario())


def test_click_trigger_increments_the_counter(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        client = await _started(handle)
        client.send(type="Trigger", widget_id=client.tree.widget_id("Button"), value=True)
        messages = await client.run_finished()
        changed = [m for m in messages if m["type"] == "Delta" and m["node"]["type"] == "Markdown"]
        assert changed[0]["node"]["props"]["body"] == "count=1"
        assert client.tree.count() == 1
        await client.close()

    run(scenario())


def test_fifty_quick_clicks_are_all_counted(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        client = await _started(handle)
        button = client.tree.widget_id("Button")
        for _ in range(50):
            client.send(type="Trigger", widget_id=button, value=True)
        await client.until(lambda c: c.tree.count() == 50)
        client.send(type="Rerun")
        await client.run_finished()
        assert client.tree.count() == 50
        await client.close()

    run(scenario())


SLIDER_APP = """
import time
import desk as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
value = st.slider("v", 0, 1000, 0)
time.sleep(0.05)
st.markdown(f"value={value}")
st.markdown(f"runs={st.session_state.runs}")
"""


def test_quick_value_changes_coalesce_to_the_last_value(serve: Serve) -> None:
    handle = serve(SLIDER_APP)

    async def scenario() -> None:
        client = await _started(handle)
        slider = client.tree.widget_id("Slider")
        for value in range(1, 101):
            client.send(type="WidgetChanged", widget_id=slider, value=value)
        await client.until(lambda c: "value=100" in c.tree.bodies())
        runs = int(client.tree.bodies()[1].split("=")[1])
        assert runs < 50, f"{runs} runs for 100 changes: value changes did not coalesce"
        await client.close()

    run(scenario())


PLACEHOLDER_APP = """
import desk as st

slot = st.empty()
padding = "x" * 2000
for i in range(5000):
    slot.markdown(f"step={i} {padding}")
st.markdown("done")
"""


def test_a_slow_client_gets_coalesced_deltas_and_the_final_state(serve: Serve) -> None:
    handle = serve(PLACEHOLDER_APP)

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()
        await asyncio.sleep(1.0)  # the client falls behind: 10 MB wait for it, more than socket buffers hold
        await client.run_finished()
        deltas = [m for m in client.messages if m["type"] == "Delta"]
        assert [body.split(" ")[0] for body in client.tree.bodies()] == ["step=4999", "done"]
        assert len(deltas) < 2500, f"{len(deltas)} Deltas for 5001 elements: too few were coalesced"
        await client.close()

    run(scenario())


def test_two_sessions_are_isolated(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        first, second = await _started(handle), await _started(handle)
        assert first.info["session_id"] != second.info["session_id"]
        first.send(type="Trigger", widget_id=first.tree.widget_id("Button"), value=True)
        first.send(type="Trigger", widget_id=first.tree.widget_id("Button"), value=True)
        await first.until(lambda c: c.tree.count() == 2)
        second.send(type="Rerun")
        await second.run_finished()
        assert second.tree.count() == 0
        await first.close()
        await second.close()

    run(scenario())


def test_reconnect_with_session_id_resumes_the_state(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        client = await _started(handle)
        session_id = client.info["session_id"]
        for _ in range(3):
            client.send(type="Trigger", widget_id=client.tree.widget_id("Button"), value=True)
        await client.until(lambda c: c.tree.count() == 3)
        await client.close()

        again = await Client.connect(handle)
        info = await again.hello(session_id)
        assert info["session_id"] == session_id
        messages = await again.run_finished()  # the whole page again, as Deltas: the tree asserts it
        assert "Same" not in [m["type"] for m in messages]
        assert again.tree.count() == 3
        again.send(type="Trigger", widget_id=again.tree.widget_id("Button"), value=True)
        await again.until(lambda c: c.tree.count() == 4)
        await again.close()

    run(scenario())


def test_unknown_or_live_session_id_gets_a_new_session(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        first = await _started(handle)
        first.send(type="Trigger", widget_id=first.tree.widget_id("Button"), value=True)
        await first.until(lambda c: c.tree.count() == 1)
        duplicate = await _started(handle, first.info["session_id"])  # a duplicated tab
        assert duplicate.info["session_id"] != first.info["session_id"]
        assert duplicate.tree.count() == 0
        stranger = await _started(handle, "f" * 32)
        assert stranger.info["session_id"] != "f" * 32
        for client in (first, duplicate, stranger):
            await client.close()

    run(scenario())


def test_disconnected_session_is_closed_after_the_grace_period(serve: Serve) -> None:
    handle = serve(disconnected_session_ttl=0.2)

    async def scenario() -> None:
        client = await _started(handle)
        session_id = client.info["session_id"]
        client.send(type="Trigger", widget_id=client.tree.widget_id("Button"), value=True)
        await client.until(lambda c: c.tree.count() == 1)
        closed_at = time.monotonic()
        await client.close()
        # the grace period is 0.2 s: wait (bounded) for the session to be closed, not a fixed time
        deadline = closed_at + 10
        while handle.desk.sessions.get(session_id) is not None and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert handle.desk.sessions.get(session_id) is None
        assert time.monotonic() - closed_at >= 0.19, "closed before its grace period ended"
        again = await _started(handle, session_id)
        assert again.info["session_id"] != session_id
        assert again.tree.count() == 0
        await again.close()

    run(scenario())


PAYLOAD_APP = """
import desk as st
from desk.elements.base import element
from desk.protocol import BinaryPayload

element("Custom", {"data": BinaryPayload(bytes(range(256)) * 40, "application/octet-stream")})
st.button("again")
"""


def test_binary_payloads_come_before_their_reference_once_per_socket(serve: Serve) -> None:
    handle = serve(PAYLOAD_APP)

    async def scenario() -> None:
        client = await _started(handle)
        (custom,) = client.tree.of_type("Custom")
        ref = custom["props"]["data"]
        assert ref["mimetype"] == "application/octet-stream" and ref["size"] == 10240
        assert client.binaries[ref["$binary"]] == bytes(range(256)) * 40
        client.send(type="Rerun")
        await client.run_finished()
        assert client.binary_frames == [ref["$binary"]], "the payload was sent twice on one socket"

        url = f"/media/{ref['$binary']}?session={client.info['session_id']}&token={TOKEN}"
        status, headers, body = http_get(handle, url)
        assert status == 200 and body == bytes(range(256)) * 40
        assert headers["content-type"] == "application/octet-stream"
        assert headers["accept-ranges"] == "bytes"
        status, headers, body = http_get(handle, url, {"Range": "bytes=10-19"})
        assert status == 206 and body == bytes(range(10, 20))
        assert headers["content-range"] == "bytes 10-19/10240"
        status, _, body = http_get(handle, url, {"Range": "bytes=-4"})
        assert status == 206 and body == bytes(range(252, 256))
        status, headers, _ = http_get(handle, url, {"Range": "bytes=99999-"})
        assert status == 416 and headers["content-range"] == "bytes */10240"
        assert http_get(handle, f"/media/{ref['$binary']}")[0] == 403
        await client.close()

    run(scenario())


def test_dataframe_travels_as_an_arrow_payload(serve: Serve) -> None:
    handle = serve("import desk as st\nimport pandas as pd\nst.dataframe(pd.DataFrame({'a': [1, 2, 3]}))\n")

    async def scenario() -> None:
        import pyarrow as pa

        client = await _started(handle)
        (frame,) = client.tree.of_type("Dataframe")
        refs = binary_refs(frame["props"])
        assert refs, f"no binary payload in {sorted(frame['props'])}"
        table = pa.ipc.open_stream(client.binaries[refs[0]]).read_all()
        assert table.column("a").to_pylist() == [1, 2, 3]
        await client.close()

    run(scenario())


def test_media_route_refuses_traversal_and_unknown_digests(serve: Serve) -> None:
    handle = serve()
    for path in ("/media/..%2F..%2Fetc%2Fpasswd", "/media/../../etc/passwd", "/media/" + "a" * 32, "/media/%2e%2e"):
        status, _, body = http_get(handle, f"{path}?token={TOKEN}")
        assert status in (403, 404), path
        assert b"root:" not in body


def test_messages_before_hello_are_refused_and_hello_still_works(serve: Serve) -> None:
    handle = serve()

    async def scenario() -> None:
        client = await Client.connect(handle)
        client.send(type="Rerun")
        client.send_raw("not json")
        await client.hello()
        await client.run_finished()
        client.send(type="Hello")  # a second Hello is refused, not a new session
        client.send(type="Rerun")
        messages = await client.run_finished()
        assert "SessionInfo" not in [m["type"] for m in messages]
        await client.close()

    run(scenario())


def test_page_config_and_query_string_messages_arrive(serve: Serve) -> None:
    handle = serve(
        "import desk as st\nst.set_page_config(page_title='Hi')\nst.query_params['x'] = '1'\nst.markdown('ok')\n"
    )

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello(query_string="a=2")
        messages = await client.run_finished()
        kinds = {m["type"]: m for m in messages}
        assert kinds["PageConfig"]["title"] == "Hi"
        assert "x=1" in kinds["QueryString"]["query_string"]
        assert json.loads(json.dumps(kinds["PageConfig"])) == kinds["PageConfig"]
        await client.close()

    run(scenario())
