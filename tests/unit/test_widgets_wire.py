"""The wire contract with the client: what widgets put in props["value"] and accept back."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import pytest

from desk.protocol import Trigger, WidgetChanged
from desk.testing import AppTest

SCRIPT = """
import datetime as dt, streamlit as st
values = [
    st.selectbox("select", ["a", "b", "c"]),
    st.multiselect("multi", ["a", "b", "c"]),
    st.slider("day", value=dt.date(2024, 1, 10)),
    st.slider("range", 0.0, 10.0, (1.0, 2.0)),
    st.date_input("date", dt.date(2024, 1, 1)),
    st.time_input("time", dt.time(10, 0)),
    st.select_slider("size", ["S", "M", "L"]),
    st.pills("pills", ["x", "y"], selection_mode="multi"),
]
st.text(repr(values))
"""


def _send(at: AppTest, widget: Any, wire: Any) -> None:
    at.session.handle(WidgetChanged(widget.id, wire))
    assert at.session.wait_idle(3)


def test_wire_values_from_the_client_become_python_values() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert [
        w.proto["value"] for w in (at.selectbox[0], at.multiselect[0], at.date_input[0], at.time_input[0])
    ] == [
        0,
        [],
        "2024-01-01",
        "10:00",
    ]
    assert at.slider[0].proto["value"] == 1704844800000.0  # 2024-01-10 in ms since the epoch
    _send(at, at.selectbox[0], 2)
    _send(at, at.multiselect[0], [2, 0])
    _send(at, at.slider[0], 1704931200000)
    _send(at, at.slider[1], [3.5, 7.25])
    _send(at, at.date_input[0], "2024-03-04")
    _send(at, at.time_input[0], "11:45")
    _send(at, at.select_slider[0], 2)
    _send(at, at.pills[0], [1])
    assert at.text[0].value == (
        "['c', ['c', 'a'], datetime.date(2024, 1, 11), (3.5, 7.25), datetime.date(2024, 3, 4), "
        "datetime.time(11, 45), 'L', ['y']]"
    )


@pytest.mark.parametrize(
    ("query", "wire"),
    [
        ("selectbox", 7),
        ("selectbox", "zzz"),
        ("multiselect", [0, 9]),
        ("date_input", "2024-13-01"),
        ("time_input", "noon"),
        ("select_slider", -1),
    ],
)
def test_bad_wire_values_are_refused_and_the_session_survives(
    query: str, wire: Any, caplog: pytest.LogCaptureFixture
) -> None:
    at = AppTest.from_string(SCRIPT).run()
    before = at.text[0].value
    with caplog.at_level(logging.WARNING, logger="desk.session"):
        at.session.handle(WidgetChanged(at.get(query)[0].id, wire))
    assert "refused a bad value" in caplog.text
    at.run()
    assert at.text[0].value == before


def test_wire_values_outside_the_bounds_put_the_widget_back_to_its_default() -> None:
    """As Streamlit 1.67 does (compat apps widget_slider_default_outside, widget_date_input_outside)."""
    at = AppTest.from_string(SCRIPT).run()
    at.slider[1].set_value((3.0, 4.0))
    at.date_input[0].set_value(dt.date(2020, 5, 5)).run()
    assert "(3.0, 4.0), datetime.date(2020, 5, 5)" in at.text[0].value
    at.session.handle(WidgetChanged(at.slider[1].id, [-5.0, 2.0]))
    at.session.handle(WidgetChanged(at.date_input[0].id, "1990-05-17"))
    assert at.session.wait_idle(3)
    assert "(1.0, 2.0), datetime.date(2024, 1, 1)" in at.text[0].value


def test_chat_and_button_triggers_from_the_client() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text(repr((st.button('b'), st.chat_input())))").run()
    at.session.handle(Trigger(at.chat_input[0].id, "hello"))
    assert at.session.wait_idle(3)
    assert at.text[0].value == "(False, 'hello')"
    at.session.handle(Trigger(at.button[0].id, True))
    assert at.session.wait_idle(3)
    assert at.text[0].value == "(True, None)"


def test_upload_ids_from_the_client() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nfs = st.file_uploader('f', accept_multiple_files=True)\nst.text(repr([f.name for f in fs]))"
    ).run()
    store = at.session.uploads
    store["id-1"] = ("one.txt", "text/plain", b"1")
    store["id-2"] = ("two.txt", "text/plain", b"2")
    _send(at, at.file_uploader[0], ["id-2", "gone", "id-1"])
    assert at.text[0].value == "['two.txt', 'one.txt']"
