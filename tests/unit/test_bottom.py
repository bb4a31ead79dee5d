"""st.bottom: the block pinned to the bottom of the main area, shared with a main-page chat_input."""

from __future__ import annotations

import pytest

from desk.protocol import ROOT_BOTTOM
from desk.testing import AppTest


def test_bottom_takes_elements_by_method_and_with_in_order() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.bottom.write("footer")
        with st.bottom:
            left, right = st.columns(2)
            left.button("Send")
            st.chat_input("Say", key="inside")
        st.write("main")
        st.chat_input("Again", key="main_chat")
        """
    ).run()
    assert [child.type for child in at.bottom.children] == [
        "markdown",
        "flex_container",
        "chat_input",
        "chat_input",
    ]
    assert at.bottom.markdown[0].value == "footer"
    assert at.bottom.button[0].label == "Send"
    assert [c.key for c in at.bottom.chat_input] == ["inside", "main_chat"]
    assert at.main.markdown.values == ["main"]
    assert sum(1 for path in at.session.view.nodes if path[0] == ROOT_BOTTOM and len(path) == 2) == 4


def test_bottom_content_is_removed_when_a_run_stops_writing_it() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.toggle("footer", value=True):
            st.bottom.caption("shown")
        """
    ).run()
    assert at.bottom.caption[0].value == "shown"
    at.toggle[0].set_value(False).run()
    assert len(at.bottom.children) == 0


@pytest.mark.parametrize(
    ("script", "message"),
    [
        ("with st.sidebar:\n    st.bottom.write('x')", "cannot be used inside st.sidebar"),
        ("with st.sidebar:\n    with st.bottom:\n        st.write('x')", "cannot be used inside st.sidebar"),
        (
            "@st.dialog('D')\ndef d():\n    st.bottom.write('x')\nd()",
            "cannot be used inside a dialog",
        ),
    ],
)
def test_bottom_belongs_to_the_main_area(script: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{script}\n").run()
    assert message in at.exception[0].value
