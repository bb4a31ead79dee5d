"""st.menu_button: the clicked option for one run, its callback, checks and the AppTest element."""

from __future__ import annotations

import pytest

from desk.testing import AppTest
from desk.testing.elements import AppTestError

SCRIPT = """
import streamlit as st
def picked(tag):
    st.session_state.calls = st.session_state.get("calls", []) + [tag]
choice = st.menu_button(
    "Export", ["CSV", "JSON", 3], key="mb", on_click=picked, args=("cb",), format_func=lambda o: f"as {o}"
)
st.write(f"got {choice!r}")
"""


def test_menu_button_returns_the_clicked_option_for_one_run() -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert at.markdown[0].value == "got None"
    mb = at.menu_button[0]
    assert mb.options == ["as CSV", "as JSON", "as 3"]
    assert (mb.label, mb.type, mb.proto["type"], mb.value) == ("Export", "menu_button", "secondary", None)
    mb.click(3).run()
    assert at.markdown[0].value == "got 3"
    assert at.menu_button[0].value == 3
    assert at.session_state["calls"] == ["cb"]
    at.run()
    assert at.markdown[0].value == "got None"
    at.menu_button[0].click_index(1).run()
    assert at.markdown[0].value == "got 'JSON'"
    assert at.session_state["calls"] == ["cb", "cb"]


def test_the_client_may_send_the_index_or_the_label() -> None:
    at = AppTest.from_string(SCRIPT).run()
    meta = at.session.state.widget_meta(at.menu_button[0].id or "")
    assert meta is not None
    assert meta.deserialize(0) == "CSV"
    assert meta.deserialize("as 3") == 3
    with pytest.raises(Exception, match="not in the menu"):
        meta.deserialize(7)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.menu_button('x', [])", "at least one option"),
        ("st.menu_button('x', [1, '1'])", "two options show the same label"),
        ("st.menu_button('x', ['a'], type='big')", "type must be 'primary', 'secondary' or 'tertiary'"),
        ("st.menu_button('x', ['a'], width=0)", "width must be 'content', 'stretch'"),
        ("with st.form('f'):\n    st.menu_button('x', ['a'])", "can't be used in an st.form()"),
    ],
)
def test_menu_button_checks_its_arguments(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert message in at.exception[0].value


def test_apptest_refuses_unknown_options_and_disabled_menus() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.menu_button("a", ["x", "y"])
        st.menu_button("b", ["x"], disabled=True)
        """
    ).run()
    with pytest.raises(Exception, match="not one of the options"):
        at.menu_button[0].click("z")
    with pytest.raises(IndexError):
        at.menu_button[0].click_index(2)
    with pytest.raises(AppTestError, match="disabled"):
        at.menu_button[1].click("x")
