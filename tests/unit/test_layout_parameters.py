"""Parameters of layout, text and data elements that change only how they are drawn or loaded:
st.columns(wrap=), st.popover(wrap=), st.table(height=), st.markdown(anchors=) and st.dataframe(lazy=)."""

from __future__ import annotations

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.testing import AppTest


def test_columns_wrap_false_reaches_the_row() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.columns(3, wrap=False)\nst.columns(2)\nst.columns(2, wrap=True)"
    ).run()
    rows = [node.props for node in at.session.view.nodes.values() if node.type == "Columns"]
    assert [row.get("wrap") for row in rows] == [False, None, None]  # True, the default, is not sent
    with pytest.raises(DeskAPIError, match="st.columns: wrap must be True or False, not 'no'"):
        st.columns(2, wrap="no")  # type: ignore[arg-type]


def test_popover_wrap_is_its_labels() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.popover('One', wrap=False)\n"
        "st.popover('Two', wrap=True, on_change='rerun', key='two')\n"
        "st.popover('Three')\n"
    ).run()
    assert [p.proto.get("label_wrap") for p in at.popover] == [False, True, None]
    with pytest.raises(DeskAPIError, match="st.popover: wrap must be True, False or None, not 1"):
        st.popover("x", wrap=1)  # type: ignore[arg-type]


def test_table_height_reaches_the_table() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nrows = [[1, 2]] * 50\n"
        "st.table(rows)\nst.table(rows, height=200)\nst.table(rows, height='stretch')"
    ).run()
    assert [t.proto["height"] for t in at.table] == ["content", 200, "stretch"]
    for bad in (0, "auto", None, True):
        with pytest.raises(DeskAPIError, match="st.table: height must be 'content', 'stretch' or a positive number"):
            st.table([[1]], height=bad)  # type: ignore[arg-type]


def test_table_height_is_kept_by_add_rows() -> None:
    at = AppTest.from_string("import streamlit as st\nt = st.table([[1]], height=120)\nt.add_rows([[2]])").run()
    assert at.table[0].proto["height"] == 120
    assert at.table[0].proto["total_rows"] == 2


def test_markdown_anchors_false_reaches_the_markdown() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.markdown('# A', anchors=False)\nst.markdown('# B')\nst.caption('c')"
    ).run()
    assert [m.proto.get("anchors") for m in at.markdown] == [False, None]
    assert "anchors" not in at.caption[0].proto
    with pytest.raises(DeskAPIError, match="st.markdown: anchors must be True or False, not 'off'"):
        st.markdown("# x", anchors="off")  # type: ignore[arg-type]


@pytest.mark.parametrize(("lazy", "rows"), [(None, 2_000), (True, 1_000), (False, 3_000)])
def test_dataframe_lazy_sets_the_rows_that_come_with_the_table(lazy: bool | None, rows: int) -> None:
    at = AppTest.from_string(
        f"import streamlit as st\nst.dataframe([{{'n': i}} for i in range(3_000)], lazy={lazy})"
    ).run()
    frame = at.dataframe[0].proto
    assert (frame["window_rows"], frame["total_rows"]) == (rows, 3_000)


def test_dataframe_lazy_is_checked_and_small_tables_go_whole() -> None:
    at = AppTest.from_string("import streamlit as st\nst.dataframe([[1], [2]], lazy=True)").run()
    assert at.dataframe[0].proto["window_rows"] == 2
    with pytest.raises(DeskAPIError, match="st.dataframe: lazy must be True, False or None, not 'yes'"):
        st.dataframe([[1]], lazy="yes")  # type: ignore[arg-type]
