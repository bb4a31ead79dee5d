"""The data grid's tools in headless Chromium: search, column resize, copy, CSV download,
row deletion in a dynamic data_editor and Styler cell colours."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)

FRUIT_APP = """
import pandas as pd
import streamlit as st
st.dataframe(pd.DataFrame({
    "fruit": ["Apple", "Banana", "Cherry", "apricot", "Grape"],
    "units": [3, 5, 7, 11, 13],
}))
"""


def test_search_filters_rows_on_the_server(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        n = 5000
        st.dataframe(pd.DataFrame({"name": [f"item{i}" for i in range(n)], "n": range(n)}))
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "5001")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("searchbox", name="Search").fill("ITEM49")
    # item49, item490..item499, item4900..item4999: 1 + 10 + 100 rows (case-insensitive).
    expect(grid).to_have_attribute("aria-rowcount", "112")
    expect(page.get_by_role("status").filter(has_text="rows")).to_have_text("111 of 5,000 rows")
    expect(grid.get_by_role("gridcell", name="item4999", exact=True)).to_have_count(0)
    expect(grid.get_by_role("gridcell", name="item49", exact=True)).to_be_visible()
    page.get_by_role("searchbox", name="Search").fill("")
    expect(grid).to_have_attribute("aria-rowcount", "5001")


def test_column_resize_by_drag_and_keyboard(open_app: OpenApp) -> None:
    page = open_app(FRUIT_APP)
    grid = page.get_by_role("grid")
    header = grid.get_by_role("columnheader", name="fruit")
    before = header.bounding_box()
    assert before is not None
    handle = grid.get_by_role("separator", name="Resize column fruit")
    box = handle.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 60, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    after = header.bounding_box()
    assert after is not None
    assert abs(after["width"] - (before["width"] + 60)) <= 3, (before, after)
    expect(header).not_to_have_attribute("aria-sort", re.compile("."))  # the drag did not sort
    handle.focus()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    final = header.bounding_box()
    assert final is not None
    assert abs(final["width"] - (after["width"] - 20)) <= 3, (after, final)


def test_copy_selected_cells_as_tab_separated_text(open_app: OpenApp) -> None:
    page = open_app(FRUIT_APP)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    grid = page.get_by_role("grid")
    grid.get_by_role("gridcell", name="Banana").click()
    grid.get_by_role("gridcell", name="7", exact=True).click(modifiers=["Shift"])
    expect(grid.get_by_role("gridcell", selected=True)).to_have_count(4)
    page.keyboard.press("Control+c")
    page.wait_for_function("async () => (await navigator.clipboard.readText()).includes('Cherry')")
    assert page.evaluate("navigator.clipboard.readText()") == "Banana\t5\nCherry\t7"


def test_download_as_csv_follows_sort_and_search(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        n = 3000
        st.dataframe(pd.DataFrame({"word": [f"w{i % 7}" for i in range(n)], "n": range(n)}), hide_index=True)
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "3001")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("searchbox", name="Search").fill("w3")
    expect(grid).to_have_attribute("aria-rowcount", str(len(range(3, 3000, 7)) + 1))
    grid.get_by_role("columnheader", name="n").click()
    grid.get_by_role("columnheader", name="n ↑").click()  # descending
    expect(grid.get_by_role("columnheader", name="n ↓")).to_be_visible()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download as CSV").click()
    download = info.value
    assert download.suggested_filename.endswith("_export.csv")
    path = download.path()
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = ["word,n"] + [f"w3,{i}" for i in sorted(range(3, 3000, 7), reverse=True)]
    assert lines == expected


def test_download_as_csv_of_a_large_table_has_every_row(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"n": range(25_000)}))
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "25001")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download as CSV").click()
    lines = info.value.path().read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",n"
    assert len(lines) == 25_001
    assert lines[1] == "0,0" and lines[-1] == "24999,24999"


def test_data_editor_deletes_selected_rows(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"item": ["pen", "ink", "pad", "cap"], "qty": [1, 2, 3, 4]})
        edited = st.data_editor(df, num_rows="dynamic")
        st.write(f"items: {','.join(edited['item'])}; index: {list(edited.index)}")
        """
    )
    grid = page.get_by_role("grid")
    expect(page.get_by_text("items: pen,ink,pad,cap")).to_be_visible()
    delete = page.get_by_role("button", name="Delete selected rows")
    expect(delete).to_be_disabled()
    grid.get_by_role("rowheader", name="1", exact=True).click()
    expect(grid.get_by_role("row", selected=True)).to_have_count(1)
    delete.click()
    expect(page.get_by_text("items: pen,pad,cap; index: [0, 2, 3]")).to_be_visible()
    expect(grid).to_have_attribute("aria-rowcount", "4")
    # The Delete key removes the selected rows too.
    grid.get_by_role("rowheader", name="3", exact=True).click()
    page.keyboard.press("Delete")
    expect(page.get_by_text("items: pen,pad; index: [0, 2]")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="cap")).to_have_count(0)


def test_data_editor_deletion_shows_in_widget_state(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        st.data_editor(pd.DataFrame({"item": ["pen", "ink", "pad"]}), num_rows="dynamic", key="ed")
        st.write(f"deleted: {st.session_state['ed']['deleted_rows']}")
        """
    )
    grid = page.get_by_role("grid")
    grid.get_by_role("rowheader", name="0", exact=True).click()
    grid.get_by_role("rowheader", name="2", exact=True).click()
    page.get_by_role("button", name="Delete selected rows").click()
    expect(page.get_by_text("deleted: [0, 2]")).to_be_visible()


def test_styler_colours_reach_the_grid(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"score": [1, 50, 99]})
        styled = df.style.map(lambda v: "background-color: rgb(255, 0, 0); color: rgb(0, 0, 255)" if v > 60 else "")
        st.dataframe(styled)
        """
    )
    grid = page.get_by_role("grid")
    high = grid.get_by_role("gridcell", name="99", exact=True)
    low = grid.get_by_role("gridcell", name="50", exact=True)
    expect(high).to_have_css("background-color", "rgb(255, 0, 0)")
    expect(high).to_have_css("color", "rgb(0, 0, 255)")
    expect(low).not_to_have_css("background-color", "rgb(255, 0, 0)")


def test_scrolling_reaches_every_row_of_a_huge_table(open_app: OpenApp) -> None:
    page = open_app(
        """
        import numpy as np
        import pyarrow as pa
        import streamlit as st
        st.dataframe(pa.table({"i": pa.array(np.arange(3_000_000))}), hide_index=True)
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "3000001")
    # A body of 3M rows * 35 px would pass the browser's height limit: the scroll is scaled.
    grid.focus()
    page.keyboard.press("End")
    expect(grid.get_by_role("gridcell", name="2999999", exact=True)).to_be_visible()
    grid.evaluate("el => { el.scrollTop = (el.scrollHeight - el.clientHeight) / 2; el.dispatchEvent(new Event('scroll')); }")
    middle = grid.get_by_role("gridcell", name=re.compile(r"^1499\d\d\d$")).first
    expect(middle).to_be_visible()
    page.keyboard.press("Home")
    expect(grid.get_by_role("gridcell", name="0", exact=True)).to_be_visible()


def test_graphviz_chart_is_drawn_as_svg(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.graphviz_chart('digraph { rankdir=LR; start -> "middle step" -> finish; start -> finish }')
        """
    )
    graph = page.get_by_role("img", name="Graphviz graph")
    expect(graph.locator("svg")).to_be_visible()
    expect(graph.locator("svg g.node")).to_have_count(3)
    expect(graph.locator("svg g.edge")).to_have_count(3)
    expect(graph).to_contain_text("middle step")


def test_column_alignment(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        cc = st.column_config
        st.dataframe(
            pd.DataFrame({"n": [1, 2], "m": [3, 4], "t": ["a", "b"]}),
            column_config={"n": cc.NumberColumn(alignment="left"), "t": cc.TextColumn(alignment="center")},
            hide_index=True,
        )
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_be_visible()
    cells = grid.locator(".grid-cell:not(.head)")
    expect(cells.first).to_have_text("1")
    aligns = cells.evaluate_all("cs => cs.slice(0, 3).map(c => getComputedStyle(c).textAlign)")
    assert aligns[0] in ("left", "start") and aligns[1:] == ["right", "center"], aligns  # start: left, in English


LAZY_APP = """
import streamlit as st
st.dataframe([{{"name": f"item{{i}}"}} for i in range(2_500)], lazy={lazy})
"""

RECORD_SENT = """() => {
  window.__sent = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (typeof data === "string") window.__sent.push(JSON.parse(data).type);
    return send.call(this, data);
  };
}"""


def _scroll_to_the_last_row(page: Page) -> None:
    grid = page.get_by_role("grid")
    grid.focus()
    page.keyboard.press("End")
    expect(grid.get_by_role("gridcell", name="item2499", exact=True)).to_be_visible()


def test_dataframe_lazy_false_sends_every_row_with_the_table(open_app: OpenApp) -> None:
    eager = open_app(LAZY_APP.format(lazy=False))
    eager.evaluate(RECORD_SENT)
    _scroll_to_the_last_row(eager)
    assert "DataRequest" not in eager.evaluate("window.__sent")  # every row came with the table
    windowed = open_app(LAZY_APP.format(lazy=None))
    windowed.evaluate(RECORD_SENT)
    _scroll_to_the_last_row(windowed)
    assert "DataRequest" in windowed.evaluate("window.__sent")  # the default: rows past 2,000 are asked for


def test_columns_share_the_width_by_their_content(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({
            "note": [f"A fairly long description of item number {i}" for i in range(12)],
            "x": range(12),
            "y": [i / 4 for i in range(12)],
        }))
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "13")
    widths = grid.evaluate(
        "g => [...g.querySelectorAll('[role=row]')].slice(0, 3)"
        ".map(row => [...row.children].map(c => Math.round(c.getBoundingClientRect().width)))"
    )
    head, *rows = widths
    assert all(row == head for row in rows), widths  # every row lines up with the header, index included
    index, note, x, y = head
    assert note > 2 * x and abs(x - y) <= 1, head  # the long text gets the room; short columns share equally
    assert 40 <= index < x, head
