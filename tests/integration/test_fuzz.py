"""Fuzz the live socket: bad frames are refused, and the page keeps working after each batch.

Ten thousand frames (random bytes and text, truncated and non-object JSON, unknown types,
wrong field types, huge numbers, deep nesting, oversized frames, valid messages with
mutated fields and unknown widget ids) go to a real server in batches. After each batch a
real button click must still increment the counter shown in the page.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from typing import Any

import pytest
from wsclient import Client, run

from desk.server.app import ServerHandle

FUZZ_APP = """
import desk as st

if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add"):
    st.session_state.n += 1
st.checkbox("check")
st.slider("slide", 0, 10, 5)
st.text_input("text")
st.markdown(f"count={st.session_state.n}")
"""

FRAMES = 10_000
BATCHES = 20
MAX_MESSAGE_MB = 1

SAMPLE_MESSAGES: list[dict[str, Any]] = [
    {"type": "Hello", "session_id": None, "query_string": "a=1", "timezone": "UTC", "timezone_offset": 0},
    {"type": "WidgetChanged", "widget_id": "w", "value": 1},
    {"type": "Trigger", "widget_id": "w", "value": True},
    {"type": "Rerun", "query_string": "", "fragment_id": None},
    {"type": "StopScript"},
    {"type": "ClearCache"},
]
ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 2**53, 1.5, -0.0, "", "x" * 1000, [], {}, [1, "a", None], {"a": {"b": [1]}},
    "\u0000", "\ud7ff\ue000", 10**30, -(10**30), 1e300,
]  # fmt: skip


def _random_value(rng: random.Random) -> Any:
    return rng.choice(ODD_VALUES)


def _nested(depth: int) -> Any:
    value: Any = 1
    for index in range(depth):
        value = [value] if index % 2 else {"k": value}
    return value


def _fuzz_frame(rng: random.Random, widget_ids: list[str]) -> str | bytes:
    """One hostile frame. Never a valid click on the page's button (that would change the count)."""
    kind = rng.randrange(14)
    if kind == 0:
        return rng.randbytes(rng.randrange(0, 200))
    if kind == 1:
        return "".join(chr(rng.randrange(32, 0x2FF)) for _ in range(rng.randrange(0, 100)))
    if kind == 2:
        text = json.dumps(rng.choice(SAMPLE_MESSAGES))
        return text[: rng.randrange(0, len(text))]
    if kind == 3:
        return json.dumps(rng.choice([[], "Hello", 3, None, True, [{"type": "Rerun"}]]))
    if kind == 4:
        return json.dumps({"type": rng.choice(["", "hello", "Delta", "NewRun", "__class__", "Hello ", "x" * 300, 7])})
    if kind == 5:  # wrong type for a field
        message = dict(rng.choice(SAMPLE_MESSAGES))
        fields = [name for name in message if name != "type"] or ["type"]
        message[rng.choice(fields)] = _random_value(rng)
        return json.dumps(message)
    if kind == 6:  # huge numbers and literals JSON does not have
        return rng.choice(
            [
                '{"type": "WidgetChanged", "widget_id": "w", "value": ' + "9" * 5000 + "}",
                '{"type": "WidgetChanged", "widget_id": "w", "value": 1e999}',
                '{"type": "WidgetChanged", "widget_id": "w", "value": NaN}',
                '{"type": "Hello", "timezone_offset": -Infinity}',
                '{"type": "Hello", "timezone_offset": 1' + "0" * 400 + "}",
            ]
        )
    if kind == 7:  # deep nesting
        depth = rng.choice([70, 500, 5000, 100_000])
        if depth >= 5000:
            return "[" * depth + "]" * depth
        return json.dumps({"type": "WidgetChanged", "widget_id": rng.choice(widget_ids), "value": _nested(depth)})
    if kind == 8:  # extra and missing fields
        message = dict(rng.choice(SAMPLE_MESSAGES))
        if rng.random() < 0.5:
            message["extra"] = 1
        else:
            message.pop(rng.choice(list(message)))
        return json.dumps(message)
    if kind == 9:  # valid values for unknown widget ids
        return json.dumps(
            {
                "type": rng.choice(["WidgetChanged", "Trigger"]),
                "widget_id": rng.choice(["", "nope", "$$ID-" + "0" * 32 + "-None", "x" * 10_000]),
                "value": _random_value(rng),
            }
        )
    if kind == 10:  # odd values for the page's real (non-button) widgets
        return json.dumps({"type": "WidgetChanged", "widget_id": rng.choice(widget_ids), "value": _random_value(rng)})
    if kind == 11:  # valid control messages with mutated fields
        return json.dumps(
            rng.choice(
                [
                    {"type": "Rerun", "query_string": "".join(rng.choice("a=&%?#\u00e9") for _ in range(20))},
                    {"type": "Rerun", "fragment_id": "no-such-fragment"},
                    {"type": "StopScript"},
                    {"type": "Hello", "session_id": "f" * 32},
                ]
            )
        )
    if kind == 12:  # a mutated byte in a valid message
        text = bytearray(json.dumps(rng.choice(SAMPLE_MESSAGES)).encode())
        text[rng.randrange(len(text))] = rng.randrange(256)
        return bytes(text).decode("utf-8", "replace")
    return json.dumps({"type": "Trigger", "widget_id": rng.choice(widget_ids), "value": _random_value(rng)})


@pytest.mark.slow
def test_ten_thousand_hostile_frames_leave_socket_and_session_healthy(
    serve: Callable[..., ServerHandle], caplog: pytest.LogCaptureFixture
) -> None:
    handle = serve(FUZZ_APP, max_message_mb=MAX_MESSAGE_MB)
    caplog.set_level(logging.WARNING, logger="desk")
    rng = random.Random(20240611)
    started = time.monotonic()

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()
        await client.run_finished()
        button = client.tree.widget_id("Button")
        others = [client.tree.widget_id(kind) for kind in ("Checkbox", "Slider", "TextInput")]
        expected = 0
        per_batch = FRAMES // BATCHES
        for _batch in range(BATCHES):
            for _ in range(per_batch):
                client.send_raw(_fuzz_frame(rng, others))
            client.send_raw("x" * (MAX_MESSAGE_MB * 1024 * 1024 + 10))  # oversized
            client.send(type="Trigger", widget_id=button, value=True)
            expected += 1
            await client.until(lambda c, want=expected: c.tree.count() == want, timeout=30)  # type: ignore[misc]
        await client.close()

    run(scenario())
    refused = [r for r in caplog.records if r.levelno == logging.WARNING and "refused" in r.getMessage()]
    assert len(refused) > FRAMES // 4
    assert any("limit is 1 MB" in r.getMessage() for r in refused)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR][:5]
    assert time.monotonic() - started < 60
