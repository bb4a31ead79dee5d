"""Streamlit's look in the page: its fonts (bundled), the built-in charts' theme, checkboxes and
percentages in the grid, and the expander's chevron at the right end of its header."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import OpenApp

PAGE = """
import pandas as pd
import streamlit as st
st.title("Quarterly report")
a, b, c = st.columns(3)
a.metric("Revenue", "$1.2M", "+8%")
b.metric("Users", "4,210", "-2%")
c.metric("Uptime", "99.9%")
frame = pd.DataFrame({"team": ["North", "South", "East"], "done": [0.64, 0.3, 0.92], "active": [True, False, True]})
st.dataframe(frame, column_config={"done": st.column_config.ProgressColumn("Done")}, hide_index=True)
st.bar_chart(pd.DataFrame({"sales": [3, 5, 2, 6]}, index=["Q1", "Q2", "Q3", "Q4"]))
one, two = st.tabs(["Summary", "Details"])
one.write("Summary text with `inline code`.")
with st.expander("More details"):
    st.write("Hidden detail")
"""


def test_text_and_code_use_the_bundled_streamlit_fonts(open_app: OpenApp) -> None:
    page = open_app(PAGE)
    expect(page.get_by_text("Quarterly report")).to_be_visible()
    page.evaluate("document.fonts.ready")
    family = page.evaluate("getComputedStyle(document.querySelector('.app')).fontFamily")
    assert family.startswith('"Source Sans 3"'), family
    code_family = page.evaluate("getComputedStyle(document.querySelector('.markdown code')).fontFamily")
    assert code_family.startswith('"Source Code Pro"'), code_family
    # The faces were fetched from the bundle and are in use (not a system fallback).
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replaceAll('\"', '') + ' ' + f.weight)"
    )
    assert "Source Sans 3 400" in loaded and "Source Code Pro 400" in loaded, loaded


def test_grid_bar_chart_and_expander_look_like_streamlit(open_app: OpenApp) -> None:
    page = open_app(PAGE)
    grid = page.get_by_role("grid")
    expect(grid.get_by_text("64%")).to_be_visible()
    expect(grid.get_by_text("92%")).to_be_visible()
    boxes = grid.locator("input[type=checkbox]")
    expect(boxes).to_have_count(3)
    assert [boxes.nth(i).is_checked() for i in range(3)] == [True, False, True]
    expect(grid.get_by_text("true", exact=True)).to_have_count(0)

    bars = page.locator(".chart svg .mark-rect path")
    expect(bars).to_have_count(4)
    assert bars.first.get_attribute("fill") == "#0068c9"  # Streamlit's first categorical colour
    # No vertical grid lines (the category axis), horizontal ones on the value axis.
    expect(page.locator(".chart svg .mark-rule.role-axis-grid")).to_have_count(1)

    # Streamlit 1.67 leads the expander's header with its chevron, which turns when it opens.
    summary = page.locator(".expander > summary")
    chevron = summary.locator(".expander-chevron")
    label_box = summary.get_by_text("More details").bounding_box()
    chevron_box = chevron.bounding_box()
    assert label_box is not None and chevron_box is not None
    assert chevron_box["x"] + chevron_box["width"] <= label_box["x"]
    assert page.evaluate("getComputedStyle(document.querySelector('.expander-chevron')).transform") == "none"
    summary.click()
    expect(page.get_by_text("Hidden detail")).to_be_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('.expander-chevron')).transform") != "none"


def test_the_tab_list_never_scrolls_vertically_and_its_active_line_covers_the_list_line(open_app: OpenApp) -> None:
    page = open_app(PAGE)
    expect(page.get_by_role("tab", name="Summary")).to_be_visible()
    # A tab hanging over the list's border made the scrolling list overflow by a pixel: a
    # vertical scrollbar wherever scrollbars are classic (Windows, the Qt window).
    overflow = page.evaluate("(() => { const l = document.querySelector('.tab-list'); return l.scrollHeight - l.clientHeight; })()")
    assert overflow == 0
    line = page.evaluate(
        "(() => { const l = document.querySelector('.tab-list').getBoundingClientRect();"
        " const t = document.querySelector('.tab.active').getBoundingClientRect(); return l.bottom - t.bottom; })()"
    )
    assert line == 0  # the active tab's line lies on the list's own bottom line


WIDGETS = """
import pandas as pd
import streamlit as st
st.checkbox("Unchecked box")
st.checkbox("Checked box", value=True)
st.radio("Pick one", ["Alpha", "Beta"])
st.slider("Amount", 0, 100, 40)
st.dataframe(pd.DataFrame({"ok": [True, False]}))
"""


def test_checkboxes_radios_and_sliders_are_drawn_as_in_streamlit(open_app: OpenApp) -> None:
    page = open_app(WIDGETS)
    checked = page.get_by_role("checkbox", name="Checked box", exact=True)
    expect(checked).to_be_checked()

    def style(locator_js: str, prop: str) -> str:
        return str(page.evaluate(f"getComputedStyle({locator_js})['{prop}']"))

    # A 1rem box with rounded corners and a light border, filled with the primary colour when on.
    box = "document.querySelector('.checkbox input:not(:checked)')"
    on = "document.querySelector('.checkbox input:checked')"
    assert (style(box, "width"), style(box, "borderTopLeftRadius")) == ("16px", "4px")
    assert style(box, "backgroundColor") == "rgb(255, 255, 255)"
    assert style(on, "backgroundColor") == "rgb(197, 57, 72)" and "svg" in style(on, "backgroundImage")
    # The chosen radio button is a primary ring around a white dot.
    radio = "document.querySelector('.radio input:checked')"
    assert style(radio, "borderTopColor") == "rgb(197, 57, 72)" and style(radio, "borderRadius") == "50%"
    # The slider's value is in the text font, and its ends show only while the pointer is over it.
    assert "Source Sans" in style("document.querySelector('.slider-value')", "fontFamily")
    bounds = page.locator(".slider-bounds")
    expect(bounds).to_be_hidden()
    page.get_by_role("slider", name="Amount").hover()
    expect(bounds).to_be_visible()
    expect(bounds).to_contain_text("100")
    # A boolean grid cell: a grey box, filled grey when true.
    cell = "document.querySelector('.cell-checkbox:checked')"
    assert style(cell, "backgroundColor") == "rgb(188, 187, 187)"
