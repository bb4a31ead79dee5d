"""Layout, theme, data grid and the look of a demo app in headless Chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)

SCREENSHOT = Path("/tmp/desk-shot.png")


def test_sidebar_shows_only_with_children(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.sidebar.write("Side note")
        pick = st.sidebar.radio("Mode", ["Fast", "Slow"])
        st.write(f"Mode: {pick}")
        """
    )
    sidebar = page.get_by_role("complementary", name="Sidebar")
    expect(sidebar).to_contain_text("Side note")
    sidebar.get_by_role("radio", name="Slow").check()
    expect(page.get_by_text("Mode: Slow")).to_be_visible()
    page.get_by_role("button", name="Close sidebar").click()
    expect(sidebar).to_be_hidden()
    page.get_by_role("button", name="Open sidebar").click()
    expect(page.get_by_role("complementary", name="Sidebar")).to_be_visible()


def test_no_sidebar_without_children(open_app: OpenApp) -> None:
    page = open_app('import streamlit as st\nst.write("only main")\n')
    expect(page.get_by_text("only main")).to_be_visible()
    expect(page.get_by_role("complementary", name="Sidebar")).to_have_count(0)


def test_columns_tabs_and_expander(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        left, right = st.columns([2, 1])
        left.write("Left side")
        right.write("Right side")
        one, two = st.tabs(["First", "Second"])
        one.write("Inside first")
        two.write("Inside second")
        with st.expander("More details"):
            st.write("Hidden detail")
        """
    )
    left = page.get_by_text("Left side")
    right = page.get_by_text("Right side")
    expect(left).to_be_visible()
    expect(right).to_be_visible()
    left_box = left.bounding_box()
    right_box = right.bounding_box()
    assert left_box is not None and right_box is not None
    assert left_box["x"] < right_box["x"]
    assert abs(left_box["y"] - right_box["y"]) < 5

    expect(page.get_by_text("Inside first")).to_be_visible()
    expect(page.get_by_text("Inside second")).to_be_hidden()
    page.get_by_role("tab", name="Second").click()
    expect(page.get_by_text("Inside second")).to_be_visible()
    expect(page.get_by_text("Inside first")).to_be_hidden()

    expect(page.get_by_text("Hidden detail")).to_be_hidden()
    page.get_by_text("More details").click()
    expect(page.get_by_text("Hidden detail")).to_be_visible()


def test_compact_and_step_expanders_and_status_boxes(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.expander("Reasoning", type="compact"):
            st.write("Because")
        with st.status("Load data", type="step", expanded=True):
            st.write("1,234 rows")
        with st.expander("Analyse", type="step", icon="🔎", expanded=True):
            st.write("3 anomalies")
        st.status("Report ready", type="step", state="complete")
        st.expander("Boxed")
        """
    )
    compact = page.locator("details", has_text="Reasoning")
    assert compact.evaluate("el => getComputedStyle(el).borderTopStyle") == "none"
    assert page.locator("details", has_text="Boxed").evaluate("el => getComputedStyle(el).borderTopStyle") == "solid"
    expect(page.get_by_text("Because")).to_be_hidden()
    compact.locator("summary").focus()
    page.keyboard.press("Enter")  # a compact expander is still a keyboard toggle
    expect(page.get_by_text("Because")).to_be_visible()

    def connector(label: str) -> str:
        box = page.locator("details", has_text=label).first
        return str(box.evaluate("el => getComputedStyle(el, '::before').borderLeftStyle"))

    expect(page.locator(".step-marker")).to_have_count(3)
    assert connector("Load data") == "solid"  # a step with contents joins the next step...
    assert connector("Analyse") == "solid"
    assert connector("Report ready") == "none"  # ...and an empty step ends the timeline
    expect(page.locator("details", has_text="Report ready").locator(".status-icon")).to_have_text("✓")


def test_columns_wrap_false_keeps_one_row_on_a_narrow_window(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        a, b = st.columns(2)
        a.write("stacked A")
        b.write("stacked B")
        cells = st.columns(6, wrap=False)
        for i, cell in enumerate(cells):
            cell.write(f"row {i}")
        """,
        viewport={"width": 480, "height": 800},
    )
    first, second = page.get_by_text("stacked A").bounding_box(), page.get_by_text("stacked B").bounding_box()
    assert first is not None and second is not None
    assert second["y"] > first["y"] + first["height"] - 1  # the default: stacked on a narrow window
    boxes = [page.get_by_text(f"row {i}").bounding_box() for i in range(6)]
    assert all(box is not None for box in boxes)
    tops = {round(box["y"]) for box in boxes if box is not None}
    assert len(tops) == 1  # wrap=False: one row...
    row = page.locator(".columns.no-wrap")
    assert row.evaluate("el => el.scrollWidth > el.clientWidth")  # ...that scrolls sideways


def test_popover_wrap_false_keeps_its_label_on_one_line(open_app: OpenApp) -> None:
    long = "A rather long popover label that does not fit in its narrow column at all"
    page = open_app(
        f"""
        import streamlit as st
        left, right = st.columns(2)
        with left.container(width=180):
            with st.popover("{long}", wrap=False):
                st.button("Inner button with a long label that wraps as it likes")
        with right.container(width=180):
            st.popover("{long}", wrap=True)
        """
    )
    one_line, wrapped = page.get_by_role("button", name=long).all()
    label = one_line.locator(".popover-label")
    assert label.evaluate("el => getComputedStyle(el).whiteSpace") == "nowrap"
    assert label.evaluate("el => el.scrollWidth > el.clientWidth")  # cut with an ellipsis
    expect(label).to_have_attribute("title", long)  # the full label on hover
    one_box, wrapped_box = one_line.bounding_box(), wrapped.bounding_box()
    assert one_box is not None and wrapped_box is not None and wrapped_box["height"] > one_box["height"] * 1.5
    one_line.click()
    inner = page.get_by_role("button", name="Inner button with a long label that wraps as it likes")
    assert inner.locator(".btn-label").evaluate("el => getComputedStyle(el).whiteSpace") != "nowrap"


def test_table_height_scrolls_its_rows_under_the_header(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        rows = [{"n": i, "square": i * i} for i in range(60)]
        st.table(rows, height=200)
        st.table(rows[:3])
        """
    )
    tall = page.get_by_role("region", name="Table")
    box = tall.bounding_box()
    assert box is not None and abs(box["height"] - 200) < 2
    header = tall.locator("thead th").first
    before = header.bounding_box()
    tall.focus()
    page.keyboard.press("End")  # the scrolling region is reachable from the keyboard
    expect(tall.get_by_role("cell", name="3481")).to_be_in_viewport()
    after = header.bounding_box()
    assert before is not None and after is not None and abs(after["y"] - before["y"]) < 1  # the header stays
    expect(page.get_by_role("region")).to_have_count(1)  # "content": all rows, no scrolling region


def test_markdown_headings_get_ids_and_anchor_links(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.markdown("## Quarterly results\\n\\nSome text")
        st.markdown("## Plain heading", anchors=False)
        """
    )
    linked = page.locator("h2#quarterly-results")
    expect(linked).to_be_visible()
    link = linked.locator("a.anchor-link")
    expect(link).to_have_attribute("href", "#quarterly-results")
    assert link.evaluate("el => getComputedStyle(el).opacity") == "0"
    linked.hover()
    expect(link).to_have_css("opacity", "1")  # shows on hover
    plain = page.locator("h2#plain-heading")  # anchors=False: still an id to link to...
    expect(plain).to_be_visible()
    expect(plain.locator("a")).to_have_count(0)  # ...but no link icon


def test_dark_theme_follows_the_system(open_app: OpenApp) -> None:
    page = open_app('import streamlit as st\nst.title("Night")\n', color_scheme="dark")
    app = page.locator(".app")
    expect(app).to_have_attribute("data-theme", "dark")
    background = app.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(23, 22, 20)"  # Streamlit 1.67's dark background


def test_light_theme_by_default_and_menu_switch(open_app: OpenApp) -> None:
    page = open_app('import streamlit as st\nst.title("Day")\n', color_scheme="light")
    app = page.locator(".app")
    expect(app).to_have_attribute("data-theme", "light")
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitemradio", name="Dark").click()
    expect(app).to_have_attribute("data-theme", "dark")


def test_dataframe_grid_is_virtualised(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"n": range(1000), "square": [i * i for i in range(1000)]})
        st.dataframe(df)
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "1001")
    expect(grid.get_by_role("columnheader", name="square")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="16", exact=True).first).to_be_visible()
    rows_in_dom = grid.get_by_role("row").count()
    assert 2 < rows_in_dom < 60
    grid.evaluate("el => { el.scrollTop = 35 * 900; el.dispatchEvent(new Event('scroll')); }")
    expect(grid.get_by_role("gridcell", name="810000", exact=True)).to_be_visible()


def test_demo_app_screenshot(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        st.set_page_config(page_title="Demo", page_icon="📊")
        st.title("Sales dashboard")
        st.caption("A desk demo app")
        with st.sidebar:
            st.header("Filters")
            region = st.selectbox("Region", ["North", "South", "East", "West"])
            st.checkbox("Include returns", value=True)
        c1, c2, c3 = st.columns(3)
        c1.metric("Revenue", "$12,400", "+8%")
        c2.metric("Orders", 311, -4)
        c3.metric("Customers", 204, 12)
        level = st.slider("Discount", 0, 50, 10)
        st.info(f"Showing **{region}** with a {level}% discount.")
        st.dataframe(pd.DataFrame({"product": ["Apples", "Pears", "Plums"], "units": [120, 80, 45], "price": [1.5, 2.25, 3.0]}))
        with st.expander("Notes"):
            st.write("Nothing to add.")
        st.button("Refresh", type="primary")
        """
    )
    expect(page.get_by_role("grid")).to_be_visible()
    expect(page).to_have_title("Demo")
    page.wait_for_timeout(300)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


def test_menu_rerun_and_about(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"Runs: {st.session_state.runs}")
        """
    )
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="Rerun").click()
    expect(page.get_by_text("Runs: 2")).to_be_visible()
    page.get_by_role("button", name="Main menu").click()
    page.get_by_role("menuitem", name="About").click()
    expect(page.get_by_role("dialog", name="About")).to_be_visible()


CACHED_STAMP = """
import time
import streamlit as st

@st.cache_data
def stamp():
    return time.monotonic_ns()

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")
st.write(f"Stamp: {stamp()}")
st.text_input("Note")
"""


def test_r_reruns_and_c_clears_the_cache_after_asking(open_app: OpenApp) -> None:
    """Streamlit's keys: R reruns; C asks first, then clears (issue 14: only R was handled)."""
    page = open_app(CACHED_STAMP)
    expect(page.get_by_text("Runs: 1")).to_be_visible()
    first = page.get_by_text("Stamp:").inner_text()
    page.keyboard.press("r")
    expect(page.get_by_text("Runs: 2")).to_be_visible()
    expect(page.get_by_text(first)).to_be_visible()

    dialog = page.get_by_role("dialog", name="Clear caches")
    page.keyboard.press("c")
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.keyboard.press("r")
    expect(page.get_by_text("Runs: 3")).to_be_visible()
    expect(page.get_by_text(first)).to_be_visible()

    page.keyboard.press("c")
    expect(dialog.get_by_role("button", name="Clear caches")).to_be_focused()
    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    page.keyboard.press("r")
    expect(page.get_by_text("Runs: 4")).to_be_visible()
    expect(page.get_by_text(first)).to_be_hidden()


def test_r_and_c_type_into_text_fields(open_app: OpenApp) -> None:
    page = open_app(CACHED_STAMP)
    field = page.get_by_label("Note")
    field.click()
    page.keyboard.type("rc")
    expect(field).to_have_value("rc")
    page.wait_for_timeout(300)
    expect(page.get_by_role("dialog", name="Clear caches")).to_have_count(0)
    expect(page.get_by_text("Runs: 1")).to_be_visible()


def test_dataframe_row_selection_reaches_the_script(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        event = st.dataframe(pd.DataFrame({"name": ["ant", "bee", "cat"]}), on_select="rerun", selection_mode="multi-row")
        st.write(f"Selected rows: {event.selection.rows}")
        """
    )
    grid = page.get_by_role("grid")
    grid.get_by_role("gridcell", name="bee").click()
    expect(page.get_by_text("Selected rows: [1]")).to_be_visible()
    grid.get_by_role("gridcell", name="cat").click()
    expect(page.get_by_text("Selected rows: [1, 2]")).to_be_visible()
    expect(grid.get_by_role("row", selected=True)).to_have_count(2)


def test_data_editor_cell_edit_reaches_the_script(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        edited = st.data_editor(pd.DataFrame({"item": ["pen", "ink"], "qty": [1, 2]}))
        st.write(f"Total: {int(edited['qty'].sum())}")
        """
    )
    expect(page.get_by_text("Total: 3")).to_be_visible()
    grid = page.get_by_role("grid")
    grid.get_by_role("gridcell", name="2", exact=True).dblclick()
    editor = page.get_by_role("textbox", name="Edit qty row 2")
    editor.fill("10")
    editor.press("Enter")
    expect(page.get_by_text("Total: 11")).to_be_visible()


def test_data_editor_disabled_columns_cannot_be_edited(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        edited = st.data_editor(pd.DataFrame({"item": ["pen", "ink"], "qty": [1, 2]}), disabled=["item"])
        st.write(f"Items: {', '.join(edited['item'])}; total: {int(edited['qty'].sum())}")
        """
    )
    expect(page.get_by_text("Items: pen, ink; total: 3")).to_be_visible()
    grid = page.get_by_role("grid")
    grid.get_by_role("gridcell", name="ink", exact=True).dblclick()
    expect(page.get_by_role("textbox", name="Edit item row 2")).to_have_count(0)
    grid.get_by_role("gridcell", name="2", exact=True).dblclick()  # an enabled column still edits
    editor = page.get_by_role("textbox", name="Edit qty row 2")
    editor.fill("5")
    editor.press("Enter")
    expect(page.get_by_text("Items: pen, ink; total: 6")).to_be_visible()


def test_data_editor_adds_rows_when_dynamic(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        edited = st.data_editor(pd.DataFrame({"item": ["pen"], "qty": [1]}), num_rows="dynamic")
        st.write(f"Rows: {len(edited)}")
        """
    )
    expect(page.get_by_text("Rows: 1")).to_be_visible()
    page.get_by_role("button", name="+ Add row").click()
    expect(page.get_by_text("Rows: 2")).to_be_visible()
    expect(page.get_by_role("grid")).to_have_attribute("aria-rowcount", "3")


def test_theme_from_the_app_config(open_app: OpenApp) -> None:
    page = open_app('import streamlit as st\nst.button("Themed", type="primary")\n', color_scheme="light", theme={"base": "dark", "primaryColor": "#00aa00"})
    expect(page.locator(".app")).to_have_attribute("data-theme", "dark")
    color = page.get_by_role("button", name="Themed").evaluate("el => getComputedStyle(el).backgroundColor")
    assert color == "rgb(0, 170, 0)"


def test_multipage_navigation_and_page_link(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st

        def home():
            st.write("Home page body")
            st.page_link(st.Page(reports, title="Reports"), label="Go to reports")

        def reports():
            st.write("Reports page body")

        st.navigation([st.Page(home, title="Home", default=True), st.Page(reports, title="Reports")]).run()
        """
    )
    expect(page.get_by_text("Home page body")).to_be_visible()
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_role("link", name="Home")).to_have_attribute("aria-current", "page")
    nav.get_by_role("link", name="Reports").click()
    expect(page.get_by_text("Reports page body")).to_be_visible()
    expect(page.get_by_text("Home page body")).to_have_count(0)
    assert page.evaluate("location.pathname") == "/reports"
    nav.get_by_role("link", name="Home").click()
    expect(page.get_by_text("Home page body")).to_be_visible()
    page.get_by_role("link", name="Go to reports").click()
    expect(page.get_by_text("Reports page body")).to_be_visible()


def test_large_dataframe_fetches_rows_from_the_server(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        n = 100_000
        st.dataframe(pd.DataFrame({"n": range(n), "double": [2 * i for i in range(n)]}))
        """
    )
    grid = page.get_by_role("grid")
    expect(grid).to_have_attribute("aria-rowcount", "100001")
    assert grid.get_by_role("row").count() < 60
    grid.evaluate("el => { el.scrollTop = 35 * 90000; el.dispatchEvent(new Event('scroll')); }")
    expect(grid.get_by_role("gridcell", name="180010", exact=True)).to_be_visible()
    grid.evaluate("el => { el.scrollTop = 0; el.dispatchEvent(new Event('scroll')); }")
    grid.get_by_role("columnheader", name="double").click()
    grid.get_by_role("columnheader", name="double ↑").click()
    expect(grid.get_by_role("gridcell", name="199998", exact=True)).to_be_visible()


def test_column_config_formats_cells(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"price": [1234.5, 2.0], "done": [True, False], "share": [25, 80], "secret": [1, 2]})
        st.dataframe(
            df,
            column_config={
                "price": st.column_config.NumberColumn("Price", format="dollar"),
                "done": st.column_config.CheckboxColumn("Done"),
                "share": st.column_config.ProgressColumn("Share", min_value=0, max_value=100),
                "secret": None,
            },
            hide_index=True,
        )
        """
    )
    grid = page.get_by_role("grid")
    expect(grid.get_by_role("columnheader", name="Price")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="$1,234.50")).to_be_visible()
    expect(grid.get_by_role("checkbox", name="true")).to_be_checked()
    expect(grid.locator(".cell-progress-bar").first).to_have_attribute("style", "width: 25%;")
    expect(grid.get_by_role("columnheader", name="secret")).to_have_count(0)
    expect(grid.get_by_role("rowheader")).to_have_count(0)


def test_horizontal_container_puts_elements_in_a_row(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.container(horizontal=True, horizontal_alignment="right", border=True):
            st.button("First")
            st.button("Second")
            st.button("Third")
        st.button("Below")
        """
    )
    boxes = [page.get_by_role("button", name=name).bounding_box() for name in ("First", "Second", "Third", "Below")]
    first, second, third, below = (b for b in boxes if b is not None)
    assert first["y"] == second["y"] == third["y"]  # one row
    assert first["x"] < second["x"] < third["x"]
    assert below["y"] > first["y"] + first["height"]
    row = page.locator(".container.horizontal").bounding_box()
    assert row is not None
    # right-aligned: the last button ends near the container's right edge (inside its padding)
    assert row["x"] + row["width"] - (third["x"] + third["width"]) < 40


def test_space_is_vertical_in_a_column_and_stretches_in_a_row(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.button("Top")
        st.space(100)
        st.button("Under the space")
        with st.container(horizontal=True):
            st.button("Left")
            st.space("stretch")
            st.button("Right")
        """
    )
    top, under, left, right = (
        page.get_by_role("button", name=name).bounding_box() for name in ("Top", "Under the space", "Left", "Right")
    )
    assert top is not None and under is not None and left is not None and right is not None
    assert under["y"] - (top["y"] + top["height"]) >= 100
    assert left["y"] == right["y"]
    row = page.locator(".container.horizontal").bounding_box()
    assert row is not None
    assert right["x"] + right["width"] > row["x"] + row["width"] - 2  # pushed to the far side
    assert right["x"] - (left["x"] + left["width"]) > row["width"] / 2


def test_container_height_stretch_fills_its_parent_and_columns_take_a_width(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.container(height=300):
            st.write("header line")
            with st.container(height="stretch", border=True, key="filler"):
                st.write("short")
        left, right = st.columns(2, width=400)
        left.write("left column")
        right.write("right column")
        """
    )
    expect(page.get_by_text("right column")).to_be_visible()
    outer = page.locator(".container").first.bounding_box()
    filler = page.locator(".container.stretch-height").bounding_box()
    header = page.get_by_text("header line").bounding_box()
    assert outer is not None and filler is not None and header is not None
    # the stretched container takes the height left under the first line, not just its text's
    assert filler["height"] > 180
    assert filler["y"] + filler["height"] <= outer["y"] + outer["height"] + 1
    row = page.locator(".columns").bounding_box()
    assert row is not None
    assert abs(row["width"] - 400) <= 1


def test_wrap_and_icon_position(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        long = "A rather long label that cannot fit in a narrow space at all"
        with st.container(width=220):
            st.button(long, key="one", wrap=False)
            st.button(long, key="many", wrap=True)
            st.checkbox(long, key="box", wrap=False)
            st.menu_button(long, ["a", "b"], key="menu", wrap=False)
            st.title(long + "\\nsecond line", wrap=False)
            st.text(long, wrap=False)
            st.markdown("# not a heading " + long, wrap=False)
        left, right = st.columns(2)
        left.button(long, key="auto")
        st.button("Home", icon=":material/home:", icon_position="right")
        """
    )

    def one_line(selector: str) -> bool:
        return bool(page.locator(selector).first.evaluate("e => e.scrollWidth > e.clientWidth && getComputedStyle(e).whiteSpace === 'nowrap'"))

    one = page.locator(".el-Button").nth(0).locator("button")
    many = page.locator(".el-Button").nth(1).locator("button")
    expect(one).to_be_visible()
    assert one.bounding_box()["height"] < many.bounding_box()["height"]  # type: ignore[index]
    assert one_line(".el-Button >> nth=0 >> .btn-label")
    assert page.locator(".el-Button").nth(0).locator(".btn-label").get_attribute("title", timeout=5000)
    assert one_line(".el-Checkbox .check-label")
    assert one_line(".el-MenuButton .btn-label")
    assert one_line(".el-Heading .one-line")
    expect(page.locator(".el-Heading")).not_to_contain_text("second line")
    assert one_line(".el-Text .plain-text")
    assert one_line(".el-Markdown .one-line")
    expect(page.get_by_role("heading", name="not a heading", exact=False)).to_have_count(0)  # block markers stay text
    assert one_line(".column .el-Button .btn-label")  # in a column the layout keeps one line

    home = page.get_by_role("button", name="Home")
    label_x = home.locator(".btn-label").bounding_box()["x"]  # type: ignore[index]
    icon_x = home.locator(".material-icon").bounding_box()["x"]  # type: ignore[index]
    assert icon_x > label_x


def test_form_width_and_height(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.form("fixed", width=300, height=150):
            for i in range(8):
                st.write(f"Line {i}")
            st.form_submit_button("Send fixed")
        with st.form("narrow", width="content"):
            st.form_submit_button("Go")
        with st.container(height=400):
            with st.form("tall", height="stretch"):
                st.form_submit_button("Send tall")
        """
    )
    fixed = page.locator(".form[data-form-id=fixed]")
    expect(fixed).to_be_visible()
    box = fixed.bounding_box()
    assert box is not None and abs(box["width"] - 300) < 2 and abs(box["height"] - 150) < 2
    assert fixed.evaluate("e => e.scrollHeight > e.clientHeight")  # the rest scrolls
    narrow = page.locator(".form[data-form-id=narrow]").bounding_box()
    assert narrow is not None and narrow["width"] < 200
    tall = page.locator(".form[data-form-id=tall]").bounding_box()
    assert tall is not None and tall["height"] > 300  # fills the 400-pixel container


def test_container_autoscroll(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.container(height=150, key="chat"):
            for i in range(12):
                with st.chat_message("user"):
                    st.write(f"Message {i}")
        with st.container(height=150, key="told"):
            for i in range(12):
                st.write(f"Line {i}")
        st.container(height=150, autoscroll=True, key="forced").write("\\n\\n".join(f"Row {i}" for i in range(12)))
        with st.container(height=150, autoscroll=False, key="off"):
            for i in range(12):
                with st.chat_message("user"):
                    st.write(f"Note {i}")
        """
    )
    expect(page.get_by_text("Row 11")).to_be_attached()

    def at_bottom(text: str) -> bool:
        box = page.get_by_text(text, exact=True).locator("xpath=ancestor::div[contains(@class, 'container')][1]")
        return bool(box.evaluate("e => e.scrollHeight > e.clientHeight && e.scrollTop + e.clientHeight >= e.scrollHeight - 2"))

    page.wait_for_function("() => [...document.querySelectorAll('.container')].some(e => e.scrollTop > 0)")
    assert at_bottom("Message 11")  # chat messages: followed by default
    assert not at_bottom("Line 11")  # plain content: not by default
    assert at_bottom("Row 11")  # autoscroll=True
    assert not at_bottom("Note 11")  # autoscroll=False, even with chat


def test_width_in_pixels_and_content_size_the_element(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.markdown("Narrow note", width=240)
        st.text_input("Name", width=240)
        st.button("Go", width=240)
        st.info("Heads up", width=240)
        st.markdown("Fits", width="content")
        st.markdown("Full width")
        st.button("Wide", width="stretch")
        st.link_button("Site", "https://example.com", width="stretch")
        st.segmented_control("Size", ["Small", "Large"], width="stretch")
        """
    )
    expect(page.get_by_text("Full width")).to_be_visible()

    def box(testid: str, text: str) -> dict[str, float]:
        found = page.get_by_test_id(testid).filter(has_text=text).bounding_box()
        assert found is not None
        return dict(found)

    def box_width(testid: str, text: str) -> float:
        return box(testid, text)["width"]

    full = box_width("el-Markdown", "Full width")
    assert full > 400
    left = box("el-Markdown", "Full width")["x"]
    for testid, text in (("el-Markdown", "Narrow note"), ("el-Button", "Go"), ("el-Markdown", "Fits")):
        assert box(testid, text)["x"] == left, f"{text} is not on the column's left edge"
    assert box_width("el-Markdown", "Narrow note") == 240
    assert box_width("el-TextInput", "Name") == 240
    assert box_width("el-Alert", "Heads up") == 240
    button = page.get_by_role("button", name="Go").bounding_box()
    assert button is not None and button["width"] == 240  # a button fills its width, as in Streamlit
    assert box_width("el-Markdown", "Fits") < 100
    for name in ("Wide", "Site"):  # width="stretch" fills the column
        stretched = page.get_by_role("link" if name == "Site" else "button", name=name).bounding_box()
        assert stretched is not None and stretched["width"] == full, name
    options = [page.get_by_role("button", name=name).bounding_box() for name in ("Small", "Large")]
    assert all(o is not None for o in options)
    assert sum(o["width"] for o in options if o is not None) >= full - 2  # the options share the row


def test_a_built_in_chart_is_350_pixels_tall_or_its_height_in_all(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        data = pd.DataFrame({"sales": [3, 5, 2, 6]}, index=["Q1", "Q2", "Q3", "Q4"])
        st.bar_chart(data)
        st.line_chart(data, height=200)
        """
    )
    charts = page.get_by_test_id("el-VegaLiteChart")
    expect(charts).to_have_count(2)
    expect(charts.first.locator("canvas, svg").first).to_be_visible()
    expect(charts.nth(1).locator("canvas, svg").first).to_be_visible()
    default, given = (charts.nth(i).bounding_box() for i in range(2))
    assert default is not None and given is not None
    assert default["height"] == 350  # axes included, as Streamlit's default
    assert given["height"] == 200  # height= is the whole chart's too, as in Streamlit
