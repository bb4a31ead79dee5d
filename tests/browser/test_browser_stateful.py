"""Containers whose open state the script reads, and the newer navigation widgets, in headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)


def test_expander_with_on_change_reports_opening_and_closing(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        def changed():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
        box = st.expander("Details", key="details", on_change=changed)
        box.write("Deep detail")
        st.write(f"open={box.open} calls={st.session_state.get('calls', 0)}")
        """
    )
    expect(page.get_by_text("open=False calls=0")).to_be_visible()
    summary = page.get_by_text("Details", exact=True)
    summary.click()
    expect(page.get_by_text("open=True calls=1")).to_be_visible()
    expect(page.get_by_text("Deep detail")).to_be_visible()
    summary.focus()
    page.keyboard.press("Enter")  # a summary toggles from the keyboard too
    expect(page.get_by_text("open=False calls=2")).to_be_visible()
    expect(page.get_by_text("Deep detail")).to_be_hidden()


def test_tabs_with_on_change_follow_the_keyboard_and_the_script(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        if st.button("Show Owl"):
            st.session_state.animal = "Owl"
        cat, dog, owl = st.tabs(["Cat", "Dog", "Owl"], key="animal", on_change="rerun")
        cat.write("Meow")
        dog.write("Woof")
        owl.write("Hoot")
        st.write(f"open tab: {st.session_state.animal}")
        """
    )
    expect(page.get_by_text("open tab: Cat")).to_be_visible()
    page.get_by_role("tab", name="Dog").click()
    expect(page.get_by_text("open tab: Dog")).to_be_visible()
    expect(page.get_by_role("tab", name="Dog")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text("open tab: Owl")).to_be_visible()
    expect(page.get_by_role("tab", name="Owl")).to_be_focused()
    page.keyboard.press("Home")
    expect(page.get_by_text("open tab: Cat")).to_be_visible()
    expect(page.get_by_role("tabpanel", name="Cat")).to_contain_text("Meow")
    page.get_by_role("button", name="Show Owl").click()
    expect(page.get_by_role("tab", name="Owl")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Hoot")).to_be_visible()


def test_popover_with_on_change_reports_opening_and_escape(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        pop = st.popover("Settings", key="pop", on_change="rerun")
        pop.write("Inside popover")
        st.write(f"popover open: {pop.open}")
        """
    )
    expect(page.get_by_text("popover open: False")).to_be_visible()
    trigger = page.get_by_role("button", name="Settings")
    trigger.click()
    expect(page.get_by_text("popover open: True")).to_be_visible()
    expect(page.get_by_role("dialog", name="Settings")).to_contain_text("Inside popover")
    expect(trigger).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect(page.get_by_text("popover open: False")).to_be_visible()
    expect(trigger).to_have_attribute("aria-expanded", "false")
    expect(trigger).to_be_focused()


def test_pagination_pages_by_click_and_keyboard(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        current = st.pagination(20, default=2, key="pg")
        st.write(f"showing page {current}")
        """
    )
    nav = page.get_by_role("navigation", name="Pagination")
    expect(page.get_by_text("showing page 2", exact=True)).to_be_visible()
    expect(nav.get_by_role("button", name="Page 2", exact=True)).to_have_attribute("aria-current", "page")
    expect(nav.get_by_role("button", name="Previous page")).to_be_enabled()
    expect(nav.get_by_role("button")).to_have_count(9)  # arrows, pages 1-6 and 20
    nav.get_by_role("button", name="Page 20", exact=True).click()
    expect(page.get_by_text("showing page 20", exact=True)).to_be_visible()
    expect(nav.get_by_role("button", name="Next page")).to_be_disabled()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_text("showing page 19", exact=True)).to_be_visible()
    expect(nav.get_by_role("button", name="Page 19", exact=True)).to_be_focused()
    page.keyboard.press("Home")
    expect(page.get_by_text("showing page 1", exact=True)).to_be_visible()
    expect(nav.get_by_role("button", name="Previous page")).to_be_disabled()
    nav.get_by_role("button", name="Next page").click()
    expect(page.get_by_text("showing page 2", exact=True)).to_be_visible()


def test_menu_button_opens_a_menu_and_picks_by_mouse_and_keyboard(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        choice = st.menu_button("Export", ["CSV", "JSON", "Parquet"])
        st.write(f"picked {choice}")
        """
    )
    expect(page.get_by_text("picked None")).to_be_visible()
    trigger = page.get_by_role("button", name="Export")
    expect(trigger).to_have_attribute("aria-haspopup", "menu")
    trigger.click()
    menu = page.get_by_role("menu", name="Export")
    expect(menu).to_be_visible()
    expect(menu.get_by_role("menuitem", name="CSV")).to_be_focused()
    menu.get_by_role("menuitem", name="JSON").click()
    expect(page.get_by_text("picked JSON")).to_be_visible()
    expect(menu).to_have_count(0)
    expect(trigger).to_be_focused()
    page.keyboard.press("ArrowDown")  # opens the menu on its first item
    expect(page.get_by_role("menuitem", name="CSV")).to_be_focused()
    page.keyboard.press("ArrowUp")  # wraps to the last
    expect(page.get_by_role("menuitem", name="Parquet")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("menu")).to_have_count(0)
    expect(trigger).to_be_focused()
    expect(page.get_by_text("picked JSON")).to_be_visible()  # Escape picked nothing
    page.keyboard.press("ArrowDown")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    expect(page.get_by_text("picked Parquet")).to_be_visible()


def test_skeleton_announces_loading_until_content_replaces_it(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        slot = st.skeleton(height=150, width=300)
        if st.button("Load"):
            slot.write("Loaded content")
        """
    )
    placeholder = page.get_by_role("status", name="Loading")
    expect(placeholder).to_be_visible()
    expect(placeholder).to_have_attribute("aria-busy", "true")
    box = placeholder.bounding_box()
    assert box is not None and round(box["width"]) == 300 and round(box["height"]) == 150
    page.get_by_role("button", name="Load").click()
    expect(page.get_by_text("Loaded content")).to_be_visible()
    expect(page.get_by_role("status", name="Loading")).to_have_count(0)


def test_bottom_is_pinned_below_the_main_area_with_the_chat_input(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        for i in range(40):
            st.write(f"line {i}")
        st.bottom.button("Clear chat")
        said = st.chat_input("Say something")
        st.write(f"said {said}")
        """
    )
    clear = page.get_by_role("button", name="Clear chat")
    box = page.get_by_role("textbox", name="Say something")
    expect(clear).to_be_in_viewport()
    expect(box).to_be_in_viewport()
    expect(page.get_by_text("line 39")).not_to_be_in_viewport()
    viewport = page.viewport_size
    clear_box, input_box = clear.bounding_box(), box.bounding_box()
    assert viewport is not None and clear_box is not None and input_box is not None
    assert clear_box["y"] < input_box["y"]  # in the order the script wrote them
    assert input_box["y"] + input_box["height"] <= viewport["height"]
    box.fill("hello")
    page.keyboard.press("Enter")
    page.get_by_text("said hello").scroll_into_view_if_needed()
    expect(page.get_by_text("said hello")).to_be_visible()
    clear.click()  # still reachable and working after a rerun
    expect(page.get_by_text("said None")).to_be_attached()


SLOW_CHAT = """
import time
import streamlit as st
st.session_state.setdefault("log", [])
said = st.chat_input("Ask", submit_mode="{mode}")
if said:
    st.session_state.log.append(said)
    st.write(f"answering {{said}}")
    dots = st.empty()
    for i in range(600):  # an answer that streams until it is stopped (bounded: 60 s)
        dots.write("." * (i % 5))
        time.sleep(0.1)
st.write(f"log {{st.session_state.log}}")
"""


def test_chat_input_submit_mode_disable_waits_for_the_run(open_app: OpenApp) -> None:
    page = open_app(SLOW_CHAT.format(mode="disable"))
    box = page.get_by_role("textbox", name="Ask")
    box.fill("first")
    box.press("Enter")
    expect(page.get_by_text("answering first")).to_be_visible()
    expect(box).to_be_disabled()  # no second question while the answer runs
    expect(page.get_by_role("button", name="Send")).to_be_disabled()
    page.locator(".topbar").get_by_role("button", name="Stop").click()
    expect(box).to_be_enabled()
    expect(box).to_be_focused()  # the box that had the focus gets it back
    box.fill("second")
    expect(page.get_by_role("button", name="Send")).to_be_enabled()


def test_chat_input_submit_mode_stop_turns_send_into_stop(open_app: OpenApp) -> None:
    page = open_app(SLOW_CHAT.format(mode="stop"))
    box = page.get_by_role("textbox", name="Ask")
    expect(page.get_by_role("button", name="Stop", exact=True)).to_have_count(0)
    box.fill("why")
    box.press("Enter")
    expect(page.get_by_text("answering why")).to_be_visible()
    expect(box).to_be_disabled()
    stop = page.locator(".chat-input").get_by_role("button", name="Stop")
    stop.click()  # stops the run, as the app's own Stop does
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    expect(box).to_be_enabled()
    expect(page.locator(".app")).to_have_attribute("data-last-status", "stopped")


def test_chat_input_height_sets_its_least_height(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.container(height=300):
            st.chat_input("Tall", height=150)
        st.chat_input("Short")
        """
    )
    tall = page.locator(".chat-input").filter(has=page.get_by_role("textbox", name="Tall"))
    short = page.locator(".chat-input").filter(has=page.get_by_role("textbox", name="Short"))
    tall_box, short_box = tall.bounding_box(), short.bounding_box()
    assert tall_box is not None and short_box is not None
    assert tall_box["height"] >= 150 > short_box["height"]
    field = page.get_by_role("textbox", name="Short")
    one_line = field.bounding_box()
    field.fill("a\nb\nc\nd")  # "content": the box grows with its text
    grown = field.bounding_box()
    assert one_line is not None and grown is not None and grown["height"] > one_line["height"]


def test_grid_reflows_its_cells_and_keeps_tab_order(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        grid = st.grid(3, min_column_width=150, border=True)
        for i in range(5):
            grid.button(f"Card {i}")
        grid.cell(column_span="all").write("Full row note")
        """
    )
    page.set_viewport_size({"width": 1000, "height": 800})
    boxes = []
    for i in range(5):
        button = page.get_by_role("button", name=f"Card {i}")
        expect(button).to_be_visible()
        box = button.bounding_box()
        assert box is not None
        boxes.append(box)
    assert (
        abs(boxes[0]["y"] - boxes[2]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    )  # three per row
    assert boxes[3]["y"] > boxes[0]["y"] + 10 and abs(boxes[3]["x"] - boxes[0]["x"]) < 2  # the fourth wraps
    note = page.get_by_text("Full row note").bounding_box()
    assert note is not None and note["y"] > boxes[4]["y"]
    page.get_by_role("button", name="Card 0").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Card 1")).to_be_focused()  # keyboard order follows the cells
    page.set_viewport_size({"width": 420, "height": 800})  # too narrow for three 150px columns
    expect(page.get_by_role("button", name="Card 1")).to_be_visible()
    narrow = [page.get_by_role("button", name=f"Card {i}").bounding_box() for i in range(3)]
    assert all(box is not None for box in narrow)
    assert narrow[0]["y"] < narrow[2]["y"] - 10  # type: ignore[index]


def test_function_and_path_pages_with_help_tooltips(open_app: OpenApp, tmp_path: Path) -> None:
    (tmp_path / "report.py").write_text("import streamlit as st\nst.title('Report page')\n", encoding="utf-8")
    page = open_app(
        """
        import streamlit as st
        def overview():
            st.title("Overview page")
        pages = [st.Page(overview, help="Key figures at a glance."), "report.py"]
        st.navigation(pages).run()
        """
    )
    menu = page.get_by_role("navigation", name="Pages")
    overview = menu.get_by_role("link", name="overview")
    expect(overview).to_have_attribute("title", "Key figures at a glance.")
    expect(overview).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("heading", name="Overview page")).to_be_visible()
    report = menu.get_by_role("link", name="report")
    expect(report).not_to_have_attribute("title", re.compile(".+"))
    report.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Report page")).to_be_visible()
    expect(report).to_have_attribute("aria-current", "page")


def test_metric_icon_sits_beside_its_label(open_app: OpenApp) -> None:
    page = open_app('import streamlit as st\nst.metric("Alerts", 3, icon=":material/warning:")\n')
    label = page.locator(".metric-label-row")
    expect(label).to_contain_text("Alerts")
    icon = label.locator("span.material-icon")
    expect(icon).to_have_text("warning")
    expect(icon).to_have_attribute("aria-hidden", "true")
    icon_box, text_box = icon.bounding_box(), label.get_by_text("Alerts").bounding_box()
    assert icon_box is not None and text_box is not None
    assert icon_box["x"] < text_box["x"] and abs(icon_box["y"] - text_box["y"]) < 12


def test_table_hides_header_and_index_and_takes_a_width(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        data = {"city": ["Oslo", "Lima"], "temp": [3, 19]}
        st.table(data, hide_index=True, hide_header=True, width=300)
        st.table(data)
        """
    )
    tables = page.get_by_role("table")
    expect(tables).to_have_count(2)
    bare, full = tables.nth(0), tables.nth(1)
    expect(bare.get_by_role("columnheader")).to_have_count(0)
    expect(bare.get_by_role("rowheader")).to_have_count(0)
    expect(bare.get_by_role("row")).to_have_count(2)
    expect(bare.get_by_role("cell", name="Oslo")).to_be_visible()
    expect(full.get_by_role("columnheader", name="city")).to_be_visible()
    expect(full.get_by_role("row")).to_have_count(3)
    box = bare.bounding_box()
    assert box is not None and round(box["width"]) <= 300


def test_the_main_area_keeps_room_for_a_tall_bottom(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        for i in range(60):
            st.write(f"line {i}")
        for name in ("One", "Two", "Three", "Four"):
            st.bottom.button(name)
        st.chat_input("Say something")
        """
    )
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    last = page.get_by_text("line 59", exact=True)
    first_bottom = page.get_by_role("button", name="One")
    expect(last).to_be_in_viewport()
    last_box, bottom_box = last.bounding_box(), first_bottom.bounding_box()
    assert last_box is not None and bottom_box is not None
    assert (
        last_box["y"] + last_box["height"] <= bottom_box["y"]
    )  # the last line is not hidden behind the bottom


def test_popover_type_and_width_shape_its_button(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.popover("Wide", type="primary", width="stretch").write("inside")
        st.popover("Narrow", width=200)
        """
    )
    wide, narrow = page.get_by_role("button", name="Wide"), page.get_by_role("button", name="Narrow")
    expect(wide).to_have_class(re.compile(r"\bbtn-primary\b"))
    expect(narrow).to_have_class(re.compile(r"\bbtn-secondary\b"))
    column = page.locator(".main .el").first.bounding_box()  # the centered content column
    wide_box, narrow_box = wide.bounding_box(), narrow.bounding_box()
    assert column is not None and wide_box is not None and narrow_box is not None
    assert abs(wide_box["width"] - column["width"]) < 2 and round(narrow_box["width"]) == 200
    wide.click()
    expect(page.get_by_role("dialog", name="Wide")).to_contain_text("inside")


def test_fixed_height_tabs_scroll_and_expander_width(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        first, second = st.tabs(["Long", "Short"], height=150, width=400)
        for i in range(30):
            first.write(f"row {i}")
        second.write("short")
        st.expander("Narrow box", width=300).write("inside")
        """
    )
    panel = page.get_by_role("tabpanel", name="Long")
    box = panel.bounding_box()
    assert box is not None and round(box["height"]) == 150 and box["width"] <= 400
    expect(page.get_by_text("row 29", exact=True)).not_to_be_in_viewport()
    panel.focus()  # a scrolling panel takes focus, so the keyboard can scroll it
    page.keyboard.press("End")
    expect(page.get_by_text("row 29", exact=True)).to_be_in_viewport()
    details = page.locator("details.expander")
    details_box = details.bounding_box()
    assert details_box is not None and round(details_box["width"]) == 300
