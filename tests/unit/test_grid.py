"""st.grid: direct children are cells, grid.cell() groups or spans, and the settings are checked."""

from __future__ import annotations

import pytest

from desk.testing import AppTest


def test_grid_children_are_cells_and_cell_groups_elements() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        grid = st.grid(3, gap=("small", 12), border=True, key="cards")
        grid.metric("Users", 10)
        with grid:
            st.write("second")
        with grid.cell(column_span=2, row_span=3):
            st.write("grouped a")
            st.write("grouped b")
        grid.cell(column_span="all").caption("full row")
        st.write("after")
        """
    ).run()
    g = at.grid[0]
    assert g.type == "grid_container"
    assert (g.column_count, g.min_column_width, g.row_height, g.gap) == (3, "auto", "content", ("small", 12))
    assert (g.wrap, g.border, g.vertical_alignment, g.dense, g.key) == (True, True, "top", False, "cards")
    assert [child.type for child in g.children] == ["metric", "markdown", "grid_cell", "grid_cell"]
    span, full = g.children[2], g.children[3]
    assert (span.column_span, span.row_span) == (2, 3)
    assert [m.value for m in span.markdown] == ["grouped a", "grouped b"]
    assert full.column_span is None and full.caption[0].value == "full row"
    assert at.main.markdown.values[-1] == "after"


def test_auto_grid_defaults() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.grid(min_column_width=150, row_height=80, gap=None).write('x')\n"
    ).run()
    g = at.grid[0]
    assert (g.column_count, g.min_column_width, g.row_height, g.gap) == ("auto", 150, 80, None)
    assert (g.width, g.height) == ("stretch", "content")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.grid(0)", "columns must be 'auto' or a positive integer"),
        ("st.grid(25)", "integer from 1 to 24"),
        ("st.grid(wrap=False)", "wrap=False needs a number of columns"),
        ("st.grid(gap='huge')", "gap must be one of"),
        ("st.grid(gap=('small',))", "(row_gap, column_gap)"),
        ("st.grid(vertical_alignment='middle')", "vertical_alignment must be"),
        ("st.grid(row_height='auto')", "row_height must be 'content' or a positive integer"),
        ("st.grid(width='content')", "width must be 'stretch'"),
        ("st.grid(2).cell(column_span=3)", "cannot be more than the grid's 2 columns"),
        ("st.grid().cell(column_span=0)", 'column_span must be a positive integer or "all"'),
        ("st.grid().cell(row_span=0)", "row_span must be a positive integer"),
    ],
)
def test_grid_checks_its_arguments(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert message in at.exception[0].value
