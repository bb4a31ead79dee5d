"""required=True: a widget that may not be left empty."""

from __future__ import annotations

import re

import pytest

from desk.testing import AppTest

# A required widget, an empty value the client might send, and a value it accepts.
REQUIRED = [
    ("st.text_input('w', 'start', key='k', required=True)", "  ", "typed"),
    ("st.text_area('w', 'start', key='k', required=True)", "", "typed"),
    ("st.number_input('w', value=1, key='k', required=True)", None, 5),
    ("st.selectbox('w', ['a', 'b'], key='k', required=True)", None, "b"),
    ("st.date_input('w', datetime.date(2024, 1, 1), key='k', required=True)", None, "2024-02-02"),
    (
        "st.date_input('w', (datetime.date(2024, 1, 1), datetime.date(2024, 1, 5)), key='k', required=True)",
        ["2024-01-02"],
        ["2024-01-02", "2024-01-03"],
    ),
    ("st.time_input('w', datetime.time(8, 0), key='k', required=True)", None, "09:30"),
    ("st.datetime_input('w', datetime.datetime(2024, 1, 1), key='k', required=True)", None, "2024-01-02T03:04"),
    ("st.pills('w', ['a', 'b'], default='a', key='k', required=True)", None, 1),
    ("st.segmented_control('w', ['a', 'b'], default='a', key='k', required=True)", None, 1),
]


def run(body: str) -> AppTest:
    return AppTest.from_string(f"import datetime\nimport streamlit as st\nst.text(repr({body}))\n").run()


def send(at: AppTest, wire: object) -> None:
    """What the client sends: a wire value for the widget, then the run it starts."""
    wid = next(w for w in at.session.state.widget_ids() if w.endswith("-k"))
    meta = at.session.state.widget_meta(wid)
    assert meta is not None
    at.session.set_values({wid: meta.deserialize(wire)})
    assert at.session.wait_idle(3)


@pytest.mark.parametrize(("call", "empty", "filled"), REQUIRED, ids=[row[0].split("(")[0] for row in REQUIRED])
def test_a_required_widget_keeps_its_value_when_the_client_sends_an_empty_one(call: str, empty: object, filled: object) -> None:
    at = run(call)
    assert not at.exception, at.exception
    before = at.text[0].value
    send(at, empty)
    assert at.text[0].value == before
    send(at, filled)
    assert at.text[0].value != before


@pytest.mark.parametrize(("call", "empty", "filled"), REQUIRED[:3], ids=[row[0].split("(")[0] for row in REQUIRED[:3]])
def test_without_required_an_empty_value_goes_through(call: str, empty: object, filled: object) -> None:
    at = run(call.replace(", required=True", ""))
    before = at.text[0].value
    send(at, empty)
    assert at.text[0].value != before


def test_the_node_says_required_only_when_set() -> None:
    at = run("st.text_input('w', required=True)")
    assert at.text_input[0].node.props["required"] is True
    assert "required" not in run("st.text_input('w')").text_input[0].node.props


def test_a_form_with_an_empty_required_field_does_not_submit() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            name = st.text_input("Name", key="name", required=True)
            age = st.number_input("Age", value=None, key="age")
            sent = st.form_submit_button("Send")
        st.text(repr((name, age, sent)))
        """
    ).run()
    at.number_input[0].set_value(30)
    at.button[0].click().run()
    assert at.text[0].value == "('', None, False)"  # refused: the name is empty
    at.text_input[0].set_value("Ann")
    at.button[0].click().run()
    assert at.text[0].value == "('Ann', 30.0, True)"


@pytest.mark.parametrize("func", ["pills", "segmented_control"])
def test_required_needs_a_single_selection(func: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.{func}('w', ['a'], selection_mode='multi', required=True)\n").run()
    assert len(at.exception) == 1
    assert re.search(rf"st.{func}: required=True needs selection_mode='single'", at.exception[0].value)
