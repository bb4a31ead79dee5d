"""bind="query-params": a widget's value lives in the URL parameter named by its key."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from desk.errors import DeskAPIError
from desk.protocol import QueryString, ServerMessage
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.testing import AppTest

B = "key='k', bind='query-params'"

# A bound widget, what the URL says, the value it then returns, and how the URL reads afterwards.
SEEDS = [
    (f"st.checkbox('w', {B})", ["TRUE"], True, ["true"]),
    (f"st.toggle('w', {B})", ["true"], True, ["true"]),
    (f"st.slider('w', 0, 100, 10, {B})", ["42"], 42, ["42"]),
    (f"st.slider('w', 0.0, 1.0, 0.5, {B})", ["0.25"], 0.25, ["0.25"]),
    (f"st.slider('w', 0, 100, (10, 20), {B})", ["40", "30"], (30, 40), ["30", "40"]),
    (
        f"st.slider('w', datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), datetime.date(2024, 6, 1), {B})",
        ["2024-07-04"],
        "datetime.date(2024, 7, 4)",
        ["2024-07-04"],
    ),
    (f"st.slider('w', value=datetime.time(8, 0), {B})", ["09:30"], "datetime.time(9, 30)", ["09:30"]),
    (f"st.select_slider('w', ['lo', 'mid', 'hi'], {B})", ["hi"], "hi", ["hi"]),
    (f"st.select_slider('w', ['lo', 'mid', 'hi'], ('lo', 'mid'), {B})", ["hi", "mid"], ("mid", "hi"), ["mid", "hi"]),
    (f"st.number_input('w', {B})", ["3.5"], 3.5, ["3.5"]),
    (f"st.number_input('w', 0, 10, 5, {B})", ["7"], 7, ["7"]),
    (f"st.radio('w', [1, 2, 3], format_func=lambda x: f'n{{x}}', {B})", ["n2"], 2, ["n2"]),
    (f"st.selectbox('w', ['a', 'b', 'c'], {B})", ["b"], "b", ["b"]),
    (f"st.selectbox('w', ['a', 'b'], accept_new_options=True, {B})", ["zed"], "zed", ["zed"]),
    (f"st.multiselect('w', ['a', 'b', 'c'], {B})", ["c", "a", "c"], ["c", "a"], ["c", "a"]),
    (f"st.multiselect('w', ['a', 'b', 'c'], max_selections=1, {B})", ["b", "c"], ["b"], ["b"]),
    (f"st.multiselect('w', ['a', 'b', 'c'], {B})", ["zzz", "b"], ["b"], ["b"]),
    (f"st.pills('w', ['x', 'y'], selection_mode='multi', {B})", ["y"], ["y"], ["y"]),
    (f"st.segmented_control('w', ['x', 'y'], {B})", ["y"], "y", ["y"]),
    (f"st.text_input('w', {B})", ["hello"], "hello", ["hello"]),
    (f"st.text_area('w', {B})", ["x y"], "x y", ["x y"]),
    (f"st.color_picker('w', {B})", ["#ff0000"], "#ff0000", ["#ff0000"]),
    (f"st.date_input('w', datetime.date(2024, 1, 1), {B})", ["2025-02-03"], "datetime.date(2025, 2, 3)", ["2025-02-03"]),
    (
        f"st.date_input('w', (datetime.date(2024, 1, 1), datetime.date(2024, 1, 9)), {B})",
        ["2025-02-03", "2025-02-05"],
        "(datetime.date(2025, 2, 3), datetime.date(2025, 2, 5))",
        ["2025-02-03", "2025-02-05"],
    ),
    (f"st.time_input('w', datetime.time(8, 0), {B})", ["09:30"], "datetime.time(9, 30)", ["09:30"]),
    (
        f"st.datetime_input('w', datetime.datetime(2024, 1, 1, 8, 0), {B})",
        ["2025-02-03T10:15"],
        "datetime.datetime(2025, 2, 3, 10, 15)",
        ["2025-02-03T10:15"],
    ),
    (f"st.feedback('stars', {B})", ["3"], 3, ["3"]),
    (f"st.pagination(5, {B})", ["3"], 3, ["3"]),
]


def run(body: str, query: dict[str, list[str]] | None = None) -> AppTest:
    script = f"import datetime\nimport streamlit as st\n{textwrap.dedent(body)}"
    at = AppTest.from_string(script)
    for name, values in (query or {}).items():
        at.query_params[name] = values
    return at.run()


def shown(at: AppTest) -> object:
    """The value the script printed last with st.text(repr(...))."""
    return at.text[-1].value


@pytest.mark.parametrize(("call", "url", "expected", "after"), SEEDS, ids=[row[0] for row in SEEDS])
def test_a_bound_widget_starts_from_its_query_parameter(call: str, url: list[str], expected: object, after: list[str]) -> None:
    at = run(f"st.text(repr({call}))", {"k": url})
    assert not at.exception, at.exception
    assert shown(at) == (expected if isinstance(expected, str) and expected.startswith(("datetime", "(")) else repr(expected))
    assert at.query_params.get_all("k") == after


@pytest.mark.parametrize(
    ("call", "url"),
    [
        (f"st.checkbox('w', {B})", ["yes"]),
        (f"st.checkbox('w', {B})", [""]),
        (f"st.slider('w', 0, 100, 10, {B})", ["500"]),
        (f"st.slider('w', 0, 100, 10, {B})", ["ten"]),
        (f"st.slider('w', 0, 100, (10, 20), {B})", ["30"]),
        (f"st.number_input('w', 0, 10, 5, {B})", ["50"]),
        (f"st.number_input('w', {B})", ["nan"]),
        (f"st.selectbox('w', ['a', 'b'], {B})", ["zzz"]),
        (f"st.selectbox('w', ['a', 'b'], {B})", [""]),
        (f"st.multiselect('w', ['a', 'b'], {B})", ["x", "y"]),
        (f"st.radio('w', ['a', 'b'], {B})", ["c"]),
        (f"st.date_input('w', datetime.date(2024, 1, 1), {B})", ["2024-02-30"]),
        (f"st.date_input('w', datetime.date(2024, 1, 1), max_value=datetime.date(2024, 12, 31), {B})", ["2030-01-01"]),
        (f"st.time_input('w', datetime.time(8, 0), {B})", ["25:00"]),
        (f"st.color_picker('w', {B})", ["red"]),
        (f"st.feedback('thumbs', {B})", ["4"]),
        (f"st.pagination(5, {B})", ["9"]),
        (f"st.slider('w', 0, 100, 10, {B})", ["10"]),  # the default: valid, but kept out of the URL
    ],
)
def test_an_invalid_or_default_parameter_is_ignored_and_removed(call: str, url: list[str]) -> None:
    plain = run(f"st.text(repr({call.replace(', ' + B, '')}))")
    at = run(f"st.text(repr({call}))", {"k": url, "other": ["1"]})
    assert not at.exception, at.exception
    assert shown(at) == shown(plain)
    assert at.query_params.get_all("k") == []
    assert at.query_params.to_dict() == {"other": "1"}


@pytest.mark.parametrize(
    ("call", "cleared"),
    [
        (f"st.selectbox('w', ['a', 'b'], index=None, {B})", None),
        (f"st.multiselect('w', ['a', 'b'], default=['a'], {B})", []),
        (f"st.number_input('w', value=None, {B})", None),
        (f"st.text_input('w', 'start', {B})", ""),
        (f"st.date_input('w', None, {B})", None),
        (f"st.pills('w', ['x', 'y'], default='x', {B})", None),
        (f"st.feedback('stars', default=2, {B})", None),
    ],
)
def test_an_empty_parameter_clears_a_widget_that_can_be_empty(call: str, cleared: object) -> None:
    at = run(f"st.text(repr({call}))", {"k": [""]})
    assert shown(at) == repr(cleared)
    expected = [] if "index=None" in call or "value=None" in call or "', None," in call else [""]
    assert at.query_params.get_all("k") == expected


def test_interaction_writes_the_url_and_the_default_removes_the_parameter() -> None:
    at = run(f"st.slider('w', 0, 100, 10, {B})\nst.multiselect('m', ['a', 'b'], key='m', bind='query-params')")
    assert at.query_params.to_dict() == {}
    at.slider[0].set_value(30)
    at.multiselect[0].set_value(["b", "a"])
    at.run()
    assert at.query_params.get_all("k") == ["30"]
    assert at.query_params.get_all("m") == ["b", "a"]
    at.slider[0].set_value(10)
    at.multiselect[0].set_value([])
    at.run()
    assert at.query_params.to_dict() == {}


def test_the_client_is_sent_each_new_query_string_once() -> None:
    messages: list[ServerMessage] = []
    script = f"import streamlit as st\nst.checkbox('w', {B})\nst.text_input('t', key='t', bind='query-params')\n"
    session = Session(ScriptSource(Path.cwd() / "<bind>", script), messages.append, query_string="t=hi&x=1")
    session.request_rerun()
    assert session.wait_idle(3)
    wid = next(w for w in session.state.widget_ids() if w.endswith("-k"))
    session.set_values({wid: True})
    assert session.wait_idle(3)
    session.request_rerun()
    assert session.wait_idle(3)
    sent = [m.query_string for m in messages if isinstance(m, QueryString)]
    assert sent == ["t=hi&x=1&k=true"]
    session.close()


def test_session_state_drives_the_url_and_the_url_only_seeds_the_first_run() -> None:
    at = run(
        f"""
        if st.session_state.get("go"):
            st.session_state.k = 77
        st.text(repr(st.slider('w', 0, 100, 10, {B})))
        """,
        {"k": ["42"]},
    )
    assert shown(at) == "42"
    at.session_state["go"] = True
    at.run()
    assert shown(at) == "77"
    assert at.query_params.get_all("k") == ["77"]


def test_a_bound_parameter_cannot_be_changed_through_st_query_params() -> None:
    body = f"""
    st.checkbox('w', {B})
    action = st.session_state.get("action")
    try:
        if action == "set":
            st.query_params["k"] = "false"
        elif action == "delete":
            del st.query_params["k"]
        elif action == "clear":
            st.query_params.clear()
        elif action == "update":
            st.query_params.update(k="false")
        elif action == "from_dict":
            st.query_params.from_dict({{"k": "false"}})
        elif action == "replace others":
            st.query_params.from_dict({{"other": "2"}})
        st.text("ok " + st.query_params.query_string())
    except Exception as error:
        st.text(f"{{type(error).__name__}}: {{error}}")
    """
    for action in ("set", "delete", "clear", "update", "from_dict"):
        at = run(body, {"k": ["true"]})
        at.session_state["action"] = action
        at.run()
        assert shown(at).startswith("DeskAPIError: st.query_params: cannot"), (action, shown(at))
        assert "'k'" in shown(at)
        assert at.query_params.get_all("k") == ["true"]
    at = run(body, {"k": ["true"], "other": ["1"]})
    at.session_state["action"] = "replace others"
    at.run()
    assert shown(at) == "ok k=true&other=2"


def test_a_widget_that_stops_rendering_takes_its_parameter_with_it() -> None:
    at = run(
        f"""
        if st.session_state.get("show", True):
            st.slider('w', 0, 100, 10, {B})
        elif st.session_state.get("write"):
            st.query_params["k"] = "free"
        """,
        {"k": ["42"], "x": ["1"]},
    )
    assert at.query_params.to_dict() == {"k": "42", "x": "1"}
    at.session_state["show"] = False
    at.run()
    assert at.query_params.to_dict() == {"x": "1"}
    at.session_state["write"] = True
    at.run()
    assert at.query_params.to_dict() == {"x": "1", "k": "free"}  # an ordinary parameter again


def test_an_ignored_change_reaches_the_url_at_once() -> None:
    messages: list[ServerMessage] = []
    script = f"import streamlit as st\nst.toggle('w', on_change='ignore', {B})\n"
    session = Session(ScriptSource(Path.cwd() / "<bind>", script), messages.append)
    session.request_rerun()
    assert session.wait_idle(3)
    runs = session.run_count
    session.set_values({session.state.widget_ids()[0]: True})
    assert session.wait_idle(3)
    assert session.run_count == runs  # no run...
    assert session.query_params.get_all("k") == ["true"]  # ...but the URL already holds the value
    assert [m.query_string for m in messages if isinstance(m, QueryString)] == ["k=true"]
    session.close()


def test_a_form_widget_writes_the_url_before_the_submit() -> None:
    at = run(
        f"""
        with st.form("f"):
            st.text(repr(st.number_input('w', 0, 10, 5, {B})))
            st.form_submit_button()
        """
    )
    wid = at.number_input[0].id
    at.session.set_values({wid: 8})
    assert at.session.wait_idle(3)
    assert at.query_params.get_all("k") == ["8"]
    assert shown(at) == "5"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.checkbox('w', bind='query-params')", r"st.checkbox: bind='query-params' needs a key"),
        ("st.checkbox('w', key='k', bind='url')", r"st.checkbox: bind must be 'query-params' or None, not 'url'"),
        ("st.slider('w', key='embed', bind='query-params')", r'Query parameter "embed" is reserved'),
        (
            "st.text_input('w', type='password', key='k', bind='query-params')",
            r"st.text_input: a password cannot be bound to the URL",
        ),
    ],
)
def test_bind_refuses_what_it_cannot_do(call: str, message: str) -> None:
    at = run(call)
    assert len(at.exception) == 1
    assert re.search(message, at.exception[0].value), at.exception[0].value


def test_bind_errors_are_api_errors() -> None:
    import desk as st

    with pytest.raises(DeskAPIError):
        st.radio("w", ["a"], bind="nope", key="k")
