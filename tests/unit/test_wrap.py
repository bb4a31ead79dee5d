"""wrap= (one line or wrapping) and icon_position= (the icon after the label)."""

from __future__ import annotations

import re

import pytest

from desk.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(f"import streamlit as st\n{source}\n").run()


def node_props(at: AppTest) -> dict[str, object]:
    """The props of the last element drawn (the form's button inside its form)."""
    elements = [e for e in at.main.children]
    last = elements[-1]
    while getattr(last, "children", None):
        last = last.children[-1]
    return dict(last.node.props)


TEXT_ELEMENTS = [
    "st.text('a long line')",
    "st.markdown('a **long** line')",
    "st.caption('a long line')",
    "st.title('A title')",
    "st.header('A header')",
    "st.subheader('A subheader')",
]


@pytest.mark.parametrize("call", TEXT_ELEMENTS)
def test_text_elements_send_wrap_false_only(call: str) -> None:
    at = run(call.replace(")", ", wrap=False)", 1))
    assert not at.exception, at.exception
    assert node_props(at)["wrap"] is False
    for source in (call, call.replace(")", ", wrap=True)", 1)):
        assert "wrap" not in node_props(run(source))


@pytest.mark.parametrize("call", TEXT_ELEMENTS)
def test_text_wrap_must_be_a_bool(call: str) -> None:
    at = run(call.replace(")", ", wrap=None)", 1))
    assert len(at.exception) == 1
    assert re.search(r"wrap must be True or False, not None", at.exception[0].value)


@pytest.mark.parametrize("func", ["markdown", "caption"])
def test_one_line_markdown_cannot_hold_html(func: str) -> None:
    at = run(f"st.{func}('<b>x</b>', unsafe_allow_html=True, wrap=False)")
    assert len(at.exception) == 1
    assert f"st.{func}: wrap=False shows one line of inline markdown" in at.exception[0].value


WIDGETS = [
    "st.button('Go'{})",
    "st.download_button('Save', b'x'{})",
    "st.link_button('Open', 'https://example.com'{})",
    "st.checkbox('Check'{})",
    "st.toggle('Switch'{})",
    "st.multiselect('Pick', ['a', 'b']{})",
    "st.pills('Pick', ['a', 'b']{})",
    "st.segmented_control('Pick', ['a', 'b']{})",
    "with st.form('f'):\n    st.form_submit_button('Send'{})",
    "st.menu_button('Act', ['a', 'b']{})",
]


@pytest.mark.parametrize("call", WIDGETS)
def test_widgets_send_wrap_when_the_script_chose(call: str) -> None:
    for wrap in (True, False):
        at = run(call.format(f", wrap={wrap}"))
        assert not at.exception, at.exception
        assert node_props(at)["wrap"] is wrap
    assert "wrap" not in node_props(run(call.format("")))
    at = run(call.format(", wrap='yes'"))
    assert re.search(r"wrap must be True, False or None, not 'yes'", at.exception[0].value)


BUTTONS = [row for row in WIDGETS if "button" in row and "menu_button" not in row] + ["st.page_link('https://example.com', label='Docs'{})"]


@pytest.mark.parametrize("call", BUTTONS)
def test_icon_position_right_puts_the_icon_after_the_label(call: str) -> None:
    at = run(call.format(", icon=':material/home:', icon_position='right'"))
    assert not at.exception, at.exception
    assert node_props(at)["icon_position"] == "right"
    assert "icon_position" not in node_props(run(call.format(", icon_position='left'")))
    at = run(call.format(", icon_position='top'"))
    assert re.search(r"icon_position must be one of 'left', 'right', not 'top'", at.exception[0].value)
