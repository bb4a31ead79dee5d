"""The JSON wire encoding: server frames, client validation, the outgoing queue."""

from __future__ import annotations

import json
import struct

import pytest

from desk.protocol import (
    BinaryPayload,
    ClearCache,
    Delta,
    Hello,
    NewRun,
    Node,
    Rerun,
    RunFinished,
    Same,
    SessionInfo,
    StopScript,
    Trigger,
    WidgetChanged,
)
from desk.server.outgoing import OutgoingQueue, PayloadTracker
from desk.server.wire import binary_frame, decode_client_message, encode_server_message, parse_binary_frame

# ------------------------------------------------------------------ encoding


def test_message_is_one_json_text_frame_shaped_like_its_dataclass() -> None:
    node = Node("Markdown", {"body": "hi", "nested": {"a": [1, 2.5, None, True]}})
    (frame,) = encode_server_message(Delta("r1", [0, 2], node))
    assert isinstance(frame, str)
    assert json.loads(frame) == {
        "type": "Delta",
        "run_id": "r1",
        "path": [0, 2],
        "node": {"type": "Markdown", "props": {"body": "hi", "nested": {"a": [1, 2.5, None, True]}}, "id": None, "block": False},
    }


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (NewRun("r"), {"type": "NewRun", "run_id": "r", "fragment_ids": []}),
        (Same("r", [1, 0]), {"type": "Same", "run_id": "r", "path": [1, 0]}),
        (
            RunFinished("r", "ok", ["f"], [[0, 1]]),
            {"type": "RunFinished", "run_id": "r", "status": "ok", "fragment_ids": ["f"], "scopes": [[0, 1]]},
        ),
        (
            SessionInfo("s", "app", {"base": "dark"}, 5, "x"),
            {"type": "SessionInfo", "session_id": "s", "app_name": "app", "theme": {"base": "dark"}, "max_upload_mb": 5, "xsrf_token": "x"},
        ),
    ],
)
def test_control_messages(message: object, expected: dict[str, object]) -> None:
    (frame,) = encode_server_message(message)  # type: ignore[arg-type]
    assert json.loads(frame) == expected


def test_binary_payload_goes_in_a_binary_frame_before_the_text() -> None:
    payload = BinaryPayload(b"\x00\x01arrow", "application/vnd.apache.arrow.stream")
    frames = encode_server_message(Delta("r", [0, 0], Node("Dataframe", {"data": payload, "rows": [payload]})))
    assert len(frames) == 2
    binary, text = frames
    assert isinstance(binary, bytes) and isinstance(text, str)
    (size,) = struct.unpack(">I", binary[:4])
    assert json.loads(binary[4 : 4 + size]) == {"digest": payload.digest, "mimetype": payload.mimetype}
    assert binary[4 + size :] == b"\x00\x01arrow"
    ref = {"$binary": payload.digest, "mimetype": payload.mimetype, "size": 7, "stream": False}
    assert json.loads(text)["node"]["props"] == {"data": ref, "rows": [ref]}


def test_a_payload_already_sent_on_the_socket_is_not_sent_again() -> None:
    payload = BinaryPayload(b"png", "image/png")
    sent: set[str] = set()
    message = Delta("r", [0, 0], Node("Image", {"src": payload}))
    assert len(encode_server_message(message, sent)) == 2
    assert sent == {payload.digest}
    assert len(encode_server_message(message, sent)) == 1


@pytest.mark.parametrize("mimetype", ["audio/wav", "video/mp4"])
def test_audio_and_video_are_referenced_for_media_not_sent(mimetype: str) -> None:
    payload = BinaryPayload(b"\x00" * 4096, mimetype)
    sent: set[str] = set()
    (text,) = encode_server_message(Delta("r", [0, 0], Node("Video", {"source": {"payload": payload}})), sent)
    assert isinstance(text, str)
    ref = {"$binary": payload.digest, "mimetype": mimetype, "size": 4096, "stream": True}
    assert json.loads(text)["node"]["props"] == {"source": {"payload": ref}}
    assert sent == set()  # the page fetches /media/<digest> with ranges instead


def test_binary_frame_round_trip_and_truncated_frames() -> None:
    payload = BinaryPayload(b"abc", "text/plain")
    header, data = parse_binary_frame(binary_frame(payload))
    assert header == {"digest": payload.digest, "mimetype": "text/plain"} and data == b"abc"
    with pytest.raises(ValueError, match="shorter than its 4-byte header"):
        parse_binary_frame(b"\x00")
    with pytest.raises(ValueError, match="announces 200 bytes"):
        parse_binary_frame(struct.pack(">I", 200) + b"{}")


def test_non_finite_numbers_become_null_and_odd_values_still_encode() -> None:
    import datetime

    props = {"nan": float("nan"), "inf": [float("-inf")], "when": datetime.date(2024, 1, 2), "tags": {"b", "a"}, "raw": b"x"}
    (frame,) = encode_server_message(Delta("r", [0], Node("Metric", props)))
    assert json.loads(frame)["node"]["props"] == {"nan": None, "inf": [None], "when": "2024-01-02", "tags": ["a", "b"], "raw": "x"}


# ------------------------------------------------------------------ decoding


def test_every_client_message_decodes() -> None:
    assert decode_client_message('{"type": "Hello"}') == Hello()
    assert decode_client_message(
        '{"type":"Hello","session_id":"abc","query_string":"a=1","timezone":"Europe/Paris",'
        '"timezone_offset":-60,"locale":"en-GB","url":"http://x/","theme_type":"dark"}'
    ) == Hello("abc", "a=1", "Europe/Paris", -60, "en-GB", "http://x/", "dark")
    assert decode_client_message('{"type":"WidgetChanged","widget_id":"w","value":[1,{"a":null}]}') == WidgetChanged(
        "w", [1, {"a": None}]
    )
    assert decode_client_message('{"type":"Trigger","widget_id":"w"}') == Trigger("w", True)
    assert decode_client_message('{"type":"Trigger","widget_id":"chat","value":"hi"}') == Trigger("chat", "hi")
    assert decode_client_message('{"type":"Rerun","query_string":"","fragment_id":"f"}') == Rerun("", "f")
    assert decode_client_message(b'{"type":"StopScript"}') == StopScript()
    assert decode_client_message('{"type":"ClearCache"}') == ClearCache()


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", r"not valid JSON \(Expecting value at position 0\)"),
        ('{"type": "Hello"', "not valid JSON"),
        (b"\xff\xfe", "not UTF-8|not valid JSON"),
        ("[1]", "must be a JSON object, not a list"),
        ('"Hello"', "must be a JSON object, not the string 'Hello'"),
        ("{}", "no string 'type' field"),
        ('{"type": 3}', "no string 'type' field"),
        ('{"type": "Delta"}', "unknown message type 'Delta'; expected one of Hello, WidgetChanged"),
        ('{"type": "Trigger"}', "Trigger: missing field 'widget_id'"),
        ('{"type": "Trigger", "widget_id": 5}', "Trigger.widget_id: expected a string, got the number 5"),
        ('{"type": "Trigger", "widget_id": "w", "extra": 1}', "Trigger: unexpected field 'extra'"),
        ('{"type": "Hello", "timezone_offset": "60"}', "Hello.timezone_offset: expected an integer or null, got the string '60'"),
        ('{"type": "Hello", "timezone_offset": 1.5}', "Hello.timezone_offset: expected an integer or null"),
        ('{"type": "Hello", "timezone_offset": true}', "Hello.timezone_offset: expected an integer or null, got a boolean"),
        ('{"type": "Hello", "session_id": []}', "Hello.session_id: expected a string or null, got a list"),
        ('{"type": "Rerun", "query_string": null}', "Rerun.query_string: expected a string, got null"),
        ('{"type": "StopScript", "type2": 1}', "StopScript: unexpected field 'type2'"),
        ('{"type": "Trigger", "widget_id": "w", "value": NaN}', "NaN is not a valid JSON number"),
        ('{"type": "Trigger", "widget_id": "w", "value": 1e999}', "number 1e999 is out of range"),
        ('{"type": "Trigger", "widget_id": "w", "value": ' + "1" * 40 + "}", "number with 40 digits is too long"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_malformed_messages_are_refused_with_a_clear_error(text: str | bytes, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        decode_client_message(text)


def test_values_nested_deeper_than_the_limit_are_refused() -> None:
    shallow: object = 1
    for _ in range(60):
        shallow = [shallow]
    assert decode_client_message(json.dumps({"type": "WidgetChanged", "widget_id": "w", "value": shallow})).value == shallow
    deep: object = 1
    for _ in range(80):
        deep = {"a": deep}
    with pytest.raises(ValueError, match="WidgetChanged.value: value is nested too deeply"):
        decode_client_message(json.dumps({"type": "WidgetChanged", "widget_id": "w", "value": deep}))


# ------------------------------------------------------------------ outgoing queue


def _drain(queue: OutgoingQueue) -> list[object]:
    out = []
    while (message := queue.pop()) is not None:
        out.append(message)
    return out


def test_queue_replaces_a_waiting_delta_for_the_same_slot() -> None:
    queue = OutgoingQueue()
    queue.push(NewRun("r"))
    queue.push(Delta("r", [0, 0], Node("Text", {"body": "1"})))
    queue.push(Delta("r", [0, 1], Node("Text", {"body": "other"})))
    queue.push(Delta("r", [0, 0], Node("Text", {"body": "2"})))
    queue.push(RunFinished("r", "ok"))
    assert len(queue) == 4 and queue.coalesced == 1
    bodies = [m.node.props["body"] if isinstance(m, Delta) else m.type for m in _drain(queue)]  # type: ignore[attr-defined]
    assert bodies == ["NewRun", "other", "2", "RunFinished"]


def test_queue_keeps_blocks_other_runs_and_deltas_followed_by_same() -> None:
    queue = OutgoingQueue()
    queue.push(Delta("r", [0, 0], Node("Container", block=True)))
    queue.push(Delta("r", [0, 0, 0], Node("Text", {"body": "child"})))
    queue.push(Delta("r", [0, 0], Node("Container", block=True)))
    queue.push(Delta("r", [0, 1], Node("Text", {"body": "a"})))
    queue.push(Same("r", [0, 1]))
    queue.push(Delta("r", [0, 1], Node("Text", {"body": "b"})))
    queue.push(Delta("s", [0, 1], Node("Text", {"body": "c"})))
    assert queue.coalesced == 0
    assert len(_drain(queue)) == 7


def test_queue_does_not_replace_a_delta_already_sent() -> None:
    queue = OutgoingQueue()
    queue.push(Delta("r", [0, 0], Node("Text", {"body": "1"})))
    assert queue.pop() is not None
    queue.push(Delta("r", [0, 0], Node("Text", {"body": "2"})))
    assert queue.coalesced == 0 and len(_drain(queue)) == 1


def test_payload_tracker_follows_replacement_and_pruning() -> None:
    tracker = PayloadTracker()
    first, second = BinaryPayload(b"1", "a/b"), BinaryPayload(b"2", "a/b")
    tracker.delta(Delta("r1", [0, 0], Node("Image")), [first])
    tracker.delta(Delta("r1", [0, 1, 0], Node("Image")), [second])
    assert set(tracker.payloads()) == {first.digest, second.digest}
    tracker.same(Same("r2", [0, 0]))
    tracker.finished(RunFinished("r2", "rerun"))
    assert set(tracker.payloads()) == {first.digest, second.digest}
    tracker.finished(RunFinished("r2", "ok"))
    assert set(tracker.payloads()) == {first.digest}
    tracker.delta(Delta("r3", [0], Node("Container", block=True)), [])
    assert tracker.payloads() == {}


# ------------------------------------------------------------------ HTTP ranges of /media


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-9", (0, 10)),
        ("bytes=5-", (5, 100)),
        ("bytes=-10", (90, 100)),
        ("bytes=-1000", (0, 100)),
        ("bytes=90-1000", (90, 100)),
        ("bytes=100-", None),
        ("bytes=9-5", None),
        ("bytes=-0", None),
        ("bytes=-", None),
        ("bytes=0-1,5-6", None),
        ("items=0-1", None),
    ],
)
def test_parse_range(header: str, expected: tuple[int, int] | None) -> None:
    from desk.server.files import parse_range

    assert parse_range(header, 100) == expected


def test_text_is_utf8_even_with_lone_surrogates() -> None:
    (frame,) = encode_server_message(Delta("r", [0], Node("Text", {"body": "caf\u00e9 \udcff"})))
    assert isinstance(frame, str)
    frame.encode("utf-8")
    assert json.loads(frame)["node"]["props"]["body"] == "caf\u00e9 \udcff"
    (plain,) = encode_server_message(Delta("r", [0], Node("Text", {"body": "caf\u00e9"})))
    assert "caf\u00e9" in plain
