"""Containers and delta paths: roots, columns, tabs, expanders, placeholders, handles and diffing."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desk.protocol import ROOT_MAIN, ROOT_SIDEBAR, Delta, Same, ServerMessage
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.testing import AppTest


def paths(at: AppTest) -> dict[tuple[int, ...], str]:
    return {path: node.type for path, node in at.session.view.nodes.items()}


def test_main_and_sidebar_roots() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("main 0")
        st.sidebar.text("side 0")
        with st.sidebar:
            st.text("side 1")
        st.text("main 1")
        """
    ).run()
    assert at.main.text.values == ["main 0", "main 1"]
    assert at.sidebar.text.values == ["side 0", "side 1"]
    assert paths(at) == {(ROOT_MAIN, 0): "Text", (ROOT_SIDEBAR, 0): "Text", (ROOT_SIDEBAR, 1): "Text", (ROOT_MAIN, 1): "Text"}


def test_columns_with_and_method_call_forms() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        left, right = st.columns([1, 3], gap="large")
        with left:
            st.text("in left")
        right.text("in right")
        st.text("below")
        """
    ).run()
    assert len(at.columns) == 2
    assert at.columns[0].text.values == ["in left"]
    assert at.columns[1].text.values == ["in right"]
    assert at.columns[0].proto["weight"] == pytest.approx(0.25)
    row = at.session.view.nodes[(0, 0)]
    assert row.type == "Columns" and row.props["gap"] == "large"
    assert paths(at)[(0, 0, 1, 0)] == "Text"
    assert paths(at)[(0, 1)] == "Text"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.columns(0)", "st.columns: spec must be a positive number of columns, not 0."),
        ("st.columns([1, -2])", "st.columns: every column width must be a positive number, got [1, -2]."),
        ("st.columns(['a'])", "st.columns: spec must be a positive int or a list of positive numbers, not ['a']."),
        ("st.columns(2, gap='huge')", "st.columns: gap must be 'small', 'medium' or 'large', not 'huge'."),
        ("st.columns(2, width='content')", "st.columns: width must be 'stretch' or a positive number of pixels, not 'content'."),
        ("st.columns(2, width=0)", "st.columns: width must be 'stretch' or a positive number of pixels, not 0."),
    ],
)
def test_columns_arguments_are_validated(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].message == message


def test_container_height_content_is_the_default() -> None:
    at = AppTest.from_string("import streamlit as st\nst.container(height='content').text('fits')\n").run()
    assert not at.exception
    assert at.main.children[0].proto["height"] is None and at.text[0].value == "fits"


def test_columns_nest_to_any_depth_in_the_main_area_and_the_sidebar() -> None:
    """As in Streamlit 1.67, which dropped the one-level limit (the compat apps record it)."""
    at = AppTest.from_string(
        """
        import streamlit as st
        a, b = st.columns(2)
        c, d = a.columns(2)
        e, f = c.columns(2)
        e.text("three levels")
        with st.sidebar:
            g, h = st.columns(2)
            with g:
                i, j = st.columns(2)
                i.text("nested in the sidebar")
        """
    ).run()
    assert not at.exception
    assert at.text.values == ["three levels", "nested in the sidebar"]
    assert len(at.columns) == 10


def test_container_expander_tabs_and_popover() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        box = st.container(border=True, height=200)
        box.text("in box")
        with st.expander("More", expanded=True):
            st.text("in expander")
        one, two = st.tabs(["One", "Two"])
        two.text("in tab two")
        with st.popover("Pop"):
            st.text("in popover")
        """
    ).run()
    box = at.container[0]
    assert (box.proto["border"], box.proto["height"]) == (True, 200)
    assert box.text[0].value == "in box"
    assert at.expander[0].proto["label"] == "More" and at.expander[0].proto["expanded"] is True
    assert at.expander[0].text[0].value == "in expander"
    assert [tab.proto["label"] for tab in at.tabs] == ["One", "Two"]
    assert len(at.tabs[0].children) == 0
    assert at.tabs[1].text[0].value == "in tab two"
    assert at.popover[0].text[0].value == "in popover"


def test_container_height_is_validated() -> None:
    at = AppTest.from_string("import streamlit as st\nst.container(height=0)\n").run()
    assert at.exception[0].message == "st.container: height must be 'content', 'stretch' or a positive number of pixels, not 0."


def test_container_height_stretch_and_columns_width() -> None:
    # Streamlit 1.67: a container's height is pixels, "content" or "stretch" (only a pixel
    # height draws a border by default); a row of columns may have a width in pixels.
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.container(height="stretch"):
            st.write("fills")
        st.container(height="content")
        st.container(height=120)
        a, b = st.columns(2, width=400)
        c, d = st.columns(2, width="stretch")
        st.container(key=5)
        """
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    boxes = at.get("container")
    assert [(box.proto["height"], box.proto["border"]) for box in boxes][:3] == [("stretch", False), (None, False), (120, True)]
    assert boxes[3].proto["key"] == "5"  # a key of any type stands for its str()
    assert boxes[0].markdown.values == ["fills"]
    rows = at.get("Columns")
    assert [row.proto.get("width") for row in rows] == [400, None]
    assert len(at.columns) == 4


def test_tabs_need_labels() -> None:
    at = AppTest.from_string("import streamlit as st\nst.tabs([])\n").run()
    assert at.exception[0].message == "st.tabs: tabs must be a non-empty list of strings, not []."


def test_empty_is_replaced_by_each_call() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        ph = st.empty()
        ph.text("a")
        ph.text("b")
        st.text("after")
        """
    ).run()
    assert at.text.values == ["b", "after"]
    assert paths(at) == {(0, 0): "Text", (0, 1): "Text"}


def test_empty_can_hold_a_container() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        ph = st.empty()
        with ph.container():
            st.text("one")
            st.text("two")
        """
    ).run()
    assert at.container[0].text.values == ["one", "two"]


def test_element_handles_replace_their_element() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        x = st.text("a")
        st.text("middle")
        x.text("b")
        x.markdown("c")
        """
    ).run()
    assert [e.value for e in at.main.children] == ["c", "middle"]


def test_stale_elements_are_removed_when_the_run_finishes() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("always")
        if not st.session_state.get("short"):
            st.text("sometimes")
            with st.expander("e"):
                st.text("inside")
        """
    ).run()
    assert len(at.session.view.nodes) == 4
    at.session_state["short"] = True
    at.run()
    assert at.text.values == ["always"]
    assert len(at.session.view.nodes) == 1


def test_an_unchanged_rerun_sends_only_same_messages() -> None:
    messages: list[ServerMessage] = []
    script = """
    import streamlit as st
    st.title("Title")
    st.checkbox("box")
    with st.sidebar:
        st.text("side")
    col1, col2 = st.columns(2)
    col1.text("left")
    st.text(f"changes: {st.session_state.get('n', 0)}")
    """
    session = Session(ScriptSource(Path.cwd() / "<diff>", textwrap.dedent(script)), messages.append)
    session.request_rerun()
    assert session.wait_idle(3)
    first = [m for m in messages if isinstance(m, (Delta, Same))]
    assert first and all(isinstance(m, Delta) for m in first)
    messages.clear()
    session.request_rerun()
    assert session.wait_idle(3)
    second = [m for m in messages if isinstance(m, (Delta, Same))]
    assert len(second) == len(first)
    assert all(isinstance(m, Same) for m in second)
    messages.clear()
    session.state["n"] = 1
    session.request_rerun()
    assert session.wait_idle(3)
    changed = [m for m in messages if isinstance(m, Delta)]
    assert [m.node.props["body"] for m in changed] == ["changes: 1"]
    session.close()


def test_containers_forward_st_calls_and_refuse_unknown_ones() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        left, right = st.columns(2)
        right.write("written to the right")
        st.sidebar.write("written to the sidebar")
        tab, = st.tabs(["Only"])
        tab.checkbox("in a tab")
        left.nope()
        """
    ).run()
    assert at.columns[1].markdown[0].value == "written to the right"
    assert at.sidebar.markdown[0].value == "written to the sidebar"
    assert at.tabs[0].checkbox[0].label == "in a tab"
    assert at.exception[0].message == "'Column' container has no method 'nope'."


def test_horizontal_container_sends_its_layout() -> None:
    script = """
        import streamlit as st
        with st.container(horizontal=True, horizontal_alignment="right", gap="large", width=400):
            st.button("One")
            st.button("Two")
        with st.container():
            st.text("plain")
        """
    at = AppTest.from_string(textwrap.dedent(script)).run()
    row, plain = (node for node in at.session.view.nodes.values() if node.type == "Container")
    assert row.props["horizontal"] is True
    assert (row.props["horizontal_alignment"], row.props["gap"], row.props["width"]) == ("right", "large", 400)
    assert "horizontal" not in plain.props  # the default stays the plain stacked block
    assert [b.label for b in at.button] == ["One", "Two"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.container(gap='huge')", "st.container: gap must be one of 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, not 'huge'."),
        ("st.container(horizontal_alignment='middle')", "st.container: horizontal_alignment must be one of 'left', 'center', 'right', 'distribute', not 'middle'."),
        ("st.container(vertical_alignment='left')", "st.container: vertical_alignment must be one of 'top', 'center', 'bottom', 'distribute', not 'left'."),
        ("st.container(width=0)", "st.container: width must be 'stretch', 'content' or a positive number of pixels, not 0."),
    ],
)  # fmt: skip
def test_container_layout_arguments_are_validated(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].message == message


def test_space_takes_streamlit_sizes_and_pixels() -> None:
    script = """
        import streamlit as st
        st.space()
        st.space("stretch")
        st.sidebar.space(24)
        """
    at = AppTest.from_string(textwrap.dedent(script)).run()
    assert [s.proto["size"] for s in at.main.space] == ["small", "stretch"]
    assert at.sidebar.space[0].proto["size"] == 24


@pytest.mark.parametrize("size", ["huge", -1, True, 1.5])
def test_space_refuses_other_sizes(size: object) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.space({size!r})\n").run()
    assert at.exception[0].message.startswith("st.space: size must be one of 'xxsmall'")
    assert repr(size) in at.exception[0].message


def test_tabs_default_names_the_first_tab_shown() -> None:
    at = AppTest.from_string("import streamlit as st\nst.tabs(['A', 'B'], default='B')\nst.tabs(['C'])").run()
    groups = [node for node in at.session.view.nodes.values() if node.type == "Tabs"]
    assert groups[0].props["default_index"] == 1
    assert "default_index" not in groups[1].props
    bad = AppTest.from_string("import streamlit as st\nst.tabs(['A', 'B'], default='Z')").run()
    assert bad.exception[0].message == "st.tabs: default must be one of the tab labels ['A', 'B'], not 'Z'."


def test_container_autoscroll_prop() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.container(height=100, autoscroll=True)\nst.container(height=100)\n"
        "st.container(horizontal=True, autoscroll=False)\n"
    ).run()
    props = [c.node.props for c in at.get("container")]
    assert [p.get("autoscroll") for p in props] == [True, None, False]
    at = AppTest.from_string("import streamlit as st\nst.container(autoscroll='yes')\n").run()
    assert "st.container: autoscroll must be True, False or None, not 'yes'" in at.exception[0].value
