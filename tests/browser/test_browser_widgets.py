"""Widgets driven in headless Chromium against a real desk server."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)

COUNTER = """
import streamlit as st
st.title("Counter")
if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add"):
    st.session_state.n += 1
st.write(f"Count: {st.session_state.n}")
"""


def test_counter_button_updates_text(open_app: OpenApp) -> None:
    page = open_app(COUNTER)
    expect(page.get_by_text("Count: 0")).to_be_visible()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Count: 1")).to_be_visible()
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("Count: 2")).to_be_visible()


def test_slider_moves_with_arrow_keys(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        level = st.slider("Level", 0, 10, 3)
        st.write(f"Level is {level}")
        """
    )
    slider = page.get_by_role("slider", name="Level")
    expect(slider).to_have_attribute("aria-valuenow", "3")
    expect(slider).to_have_attribute("aria-valuemin", "0")
    expect(slider).to_have_attribute("aria-valuemax", "10")
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    expect(slider).to_have_attribute("aria-valuenow", "5")
    expect(page.get_by_text("Level is 5")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_text("Level is 4")).to_be_visible()


def test_text_input_commits_on_enter(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        name = st.text_input("Name", "Ann")
        st.write(f"Hello, {name}!")
        """
    )
    expect(page.get_by_text("Hello, Ann!")).to_be_visible()
    box = page.get_by_role("textbox", name="Name")
    box.fill("Bob")
    box.press("Enter")
    expect(page.get_by_text("Hello, Bob!")).to_be_visible()


def test_selectbox_and_checkbox(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"])
        st.write(f"You chose {fruit}")
        agree = st.checkbox("I agree")
        st.write(f"Agreed: {agree}")
        on = st.toggle("Power")
        st.write(f"Power: {on}")
        """
    )
    expect(page.get_by_text("You chose apple")).to_be_visible()
    fruit = page.get_by_role("combobox", name="Fruit")
    expect(fruit).to_have_value("apple")
    fruit.click()
    page.get_by_role("option", name="cherry").click()
    expect(page.get_by_text("You chose cherry")).to_be_visible()
    expect(fruit).to_have_value("cherry")
    page.get_by_role("checkbox", name="I agree").check()
    expect(page.get_by_text("Agreed: True")).to_be_visible()
    page.get_by_role("switch", name="Power").click()
    expect(page.get_by_text("Power: True")).to_be_visible()


def test_form_applies_values_on_submit(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.form("profile"):
            name = st.text_input("Your name")
            age = st.slider("Your age", 0, 100, 30)
            sent = st.form_submit_button("Save")
        st.write(f"Saved: {name} / {age} / {sent}")
        """
    )
    expect(page.get_by_text("Saved:  / 30 / False")).to_be_visible()
    page.get_by_role("textbox", name="Your name").fill("Zoe")
    page.get_by_role("textbox", name="Your name").blur()
    slider = page.get_by_role("slider", name="Your age")
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(300)
    expect(page.get_by_text("Saved:  / 30 / False")).to_be_visible()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved: Zoe / 31 / True")).to_be_visible()


def test_fragment_reruns_alone(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        if "full" not in st.session_state:
            st.session_state.full = 0
            st.session_state.part = 0
        st.session_state.full += 1
        st.write(f"Full runs: {st.session_state.full}")

        @st.fragment
        def part():
            st.session_state.part += 1
            st.button("Again")
            st.write(f"Fragment runs: {st.session_state.part}")

        part()
        """
    )
    expect(page.get_by_text("Full runs: 1")).to_be_visible()
    expect(page.get_by_text("Fragment runs: 1")).to_be_visible()
    page.get_by_role("button", name="Again").click()
    expect(page.get_by_text("Fragment runs: 2")).to_be_visible()
    page.get_by_role("button", name="Again").click()
    expect(page.get_by_text("Fragment runs: 3")).to_be_visible()
    expect(page.get_by_text("Full runs: 1")).to_be_visible()


def test_exception_shows_traceback(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.write("before")

        def explode():
            raise ValueError("the gears jammed")

        explode()
        """
    )
    box = page.locator(".exception")
    expect(box).to_be_visible()
    expect(box).to_contain_text("ValueError")
    expect(box).to_contain_text("the gears jammed")
    expect(box.locator("pre")).to_contain_text("explode")
    expect(page.get_by_text("before")).to_be_visible()


def test_number_input_and_radio(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        n = st.number_input("Amount", 0, 10, 2)
        st.write(f"Amount is {n}")
        size = st.radio("Size", ["S", "M", "L"])
        st.write(f"Size is {size}")
        """
    )
    page.get_by_role("button", name="Increment").click()
    expect(page.get_by_text("Amount is 3")).to_be_visible()
    page.get_by_role("radio", name="L").check()
    expect(page.get_by_text("Size is L")).to_be_visible()
    expect(page.get_by_role("radiogroup", name="Size")).to_be_visible()


def test_running_indicator_and_stop(open_app: OpenApp) -> None:
    page = open_app(
        """
        import time
        import streamlit as st
        st.write("start")
        for i in range(200):
            time.sleep(0.05)
            st.empty()
        st.write("finished")
        """,
        wait_for_run=False,
    )
    expect(page.get_by_text("Running...")).to_be_visible()
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_text("Running...")).to_be_hidden(timeout=5000)
    expect(page.get_by_text("finished")).to_have_count(0)
    assert re.search("start", page.inner_text(".main"))


def test_enter_submits_a_form(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.form("search"):
            query = st.text_input("Query")
            st.form_submit_button("Search")
        st.write(f"Searching for [{query}]")
        """
    )
    box = page.get_by_role("textbox", name="Query")
    box.fill("owls")
    box.press("Enter")
    expect(page.get_by_text("Searching for [owls]")).to_be_visible()


def test_unknown_element_shows_an_error_card(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        from desk.elements.base import element
        element("NoSuchElement", {})
        element("Markdown", {"body": 12})
        st.write("still alive")
        """
    )
    expect(page.get_by_text('Unknown element type "NoSuchElement"')).to_be_visible()
    expect(page.get_by_text("Bad props for Markdown")).to_be_visible()
    expect(page.get_by_text("still alive")).to_be_visible()


def test_untouched_nodes_fade_while_running(open_app: OpenApp) -> None:
    page = open_app(
        """
        import time
        import streamlit as st

        def slow_down():
            st.session_state.delay = 3

        st.button("Go", on_click=slow_down)
        time.sleep(st.session_state.get("delay", 0))
        st.write("tail text")
        """
    )
    expect(page.locator(".el.stale")).to_have_count(0)
    page.get_by_role("button", name="Go").click()
    expect(page.locator(".el.stale", has_text="tail text")).to_have_count(1)
    expect(page.locator(".el.stale")).to_have_count(0, timeout=10000)
    expect(page.get_by_text("tail text")).to_be_visible()


def test_a_callback_rerun_redraws_the_page_without_the_click(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def bump():
            st.session_state.n += 1
            st.rerun()
        clicked = st.button("Bump", on_click=bump)
        st.write(f"n={st.session_state.n} clicked={clicked}")
        """
    )
    expect(page.get_by_text("n=0 clicked=False")).to_be_visible()
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_text("n=1 clicked=False")).to_be_visible()
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_text("n=2 clicked=False")).to_be_visible()
    expect(page.get_by_role("button", name="Bump")).to_have_count(1)


def test_file_picker_falls_back_to_a_text_box(open_app: OpenApp) -> None:
    page = open_app(
        """
        import desk
        import streamlit as st
        path = desk.file_picker("Data file", types=["csv"])
        st.write(f"Picked: {path.name if path else None}")
        """
    )
    expect(page.get_by_text("Picked: None")).to_be_visible()
    box = page.get_by_role("textbox", name="Data file")
    box.fill("/tmp/sales.csv")
    box.press("Enter")
    expect(page.get_by_text("Picked: sales.csv")).to_be_visible()


def test_datetime_input_sends_date_and_time(open_app: OpenApp) -> None:
    page = open_app(
        """
        import datetime as dt
        import streamlit as st
        when = st.datetime_input("Meeting", dt.datetime(2024, 5, 1, 9, 30))
        st.write(f"Meeting at {when:%Y-%m-%d %H:%M}")
        """
    )
    expect(page.get_by_text("Meeting at 2024-05-01 09:30")).to_be_visible()
    field = page.get_by_role("textbox", name="Meeting")
    expect(field).to_have_value("2024/05/01, 09:30")  # in the default format, as Streamlit shows it
    field.fill("2024/06/15 2:45 pm")
    field.press("Enter")
    expect(page.get_by_text("Meeting at 2024-06-15 14:45")).to_be_visible()
    expect(field).to_have_value("2024/06/15, 14:45")


def test_datetime_input_format_and_bounds(open_app: OpenApp) -> None:
    page = open_app(
        """
        import datetime as dt
        import streamlit as st
        when = st.datetime_input(
            "Start", dt.datetime(2024, 5, 17, 9, 5), format="DD.MM.YYYY",
            min_value=dt.datetime(2024, 5, 1, 8, 0), max_value=dt.datetime(2024, 5, 31, 18, 0),
        )
        st.write(f"Start at {when:%Y-%m-%d %H:%M}")
        """
    )
    field = page.get_by_role("textbox", name="Start")
    expect(field).to_have_value("17.05.2024, 09:05")
    for refused in ("01.05.2024, 07:59", "31.05.2024 18:01", "17.05.2024", "soon"):  # outside the bounds, or not a moment
        field.fill(refused)
        field.press("Enter")
        expect(field).to_have_value("17.05.2024, 09:05")
    field.fill("1.5.2024 8:00")  # the first moment allowed
    field.press("Enter")
    expect(page.get_by_text("Start at 2024-05-01 08:00")).to_be_visible()


def test_time_input_sends_the_time(open_app: OpenApp) -> None:
    page = open_app(
        """
        import datetime as dt
        import streamlit as st
        start = st.time_input("Start", dt.time(8, 45))
        st.write(f"starts at {start}")
        """
    )
    field = page.get_by_label("Start")
    expect(field).to_have_value("08:45")
    field.fill("09:30")
    expect(page.get_by_text("starts at 09:30:00")).to_be_visible()


def test_time_input_format_shows_12h_or_24h_times(open_app: OpenApp) -> None:
    page = open_app(
        """
        import datetime as dt
        import streamlit as st
        start = st.time_input("Start", dt.time(14, 30), format="12h")
        end = st.time_input("End", dt.time(16, 0), format="localized")
        st.write(f"from {start} to {end}")
        """
    )
    start = page.get_by_role("combobox", name="Start")  # a text box with the day's times as suggestions
    expect(start).to_have_value("2:30 PM")
    expect(page.locator(f"datalist#{start.get_attribute('list')} option").first).to_have_attribute("value", "12:00 AM")
    start.fill("9:15 pm")
    start.press("Enter")
    expect(page.get_by_text("from 21:15:00 to 16:00:00")).to_be_visible()
    expect(start).to_have_value("9:15 PM")
    start.fill("half past")  # not a time: the box goes back to the last one
    start.press("Tab")
    expect(start).to_have_value("9:15 PM")
    expect(page.get_by_label("End")).to_have_attribute("type", "time")  # the system's own format


def test_on_change_ignore_waits_for_another_interaction(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        size = st.slider("Size", 0, 10, 3, on_change="ignore")
        st.button("Apply")
        st.write(f"size {size}, run {st.session_state.runs}")
        """
    )
    expect(page.get_by_text("size 3, run 1")).to_be_visible()
    slider = page.get_by_role("slider", name="Size")
    slider.focus()
    slider.press("ArrowRight")
    expect(slider).to_have_attribute("aria-valuenow", "4")  # the widget moves...
    page.wait_for_timeout(500)
    expect(page.get_by_text("size 3, run 1")).to_be_visible()  # ...but the script does not rerun
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("size 4, run 2")).to_be_visible()


def test_button_shortcut_clicks_it_from_the_keyboard(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.session_state.setdefault("saves", 0)
        if st.button("Save", shortcut="Ctrl+S"):
            st.session_state.saves += 1
        if st.button("Next", shortcut="N"):
            st.session_state.saves += 100
        st.text_input("Note")
        st.write(f"saves: {st.session_state.saves}")
        """
    )
    save = page.get_by_role("button", name="Save")
    expect(save).to_have_attribute("aria-keyshortcuts", "Control+S")
    expect(save).to_contain_text("Ctrl+S")  # the hint on the button
    page.keyboard.press("Control+s")
    expect(page.get_by_text("saves: 1")).to_be_visible()
    note = page.get_by_label("Note")
    note.click()
    note.type("n")  # typing a plain letter in a field is text, not a shortcut...
    expect(note).to_have_value("n")
    page.keyboard.press("Control+s")  # ...while a modified shortcut still works there
    expect(page.get_by_text("saves: 2")).to_be_visible()
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")
    expect(page.get_by_text("saves: 102")).to_be_visible()


def test_link_button_with_on_click_opens_its_url_and_reruns(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.session_state.setdefault("opened", 0)
        def note():
            st.session_state.opened += 1
        clicked = st.link_button("Report", "about:blank#report", on_click=note, shortcut="Ctrl+J")
        st.link_button("Plain", "about:blank#plain")
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"opened {st.session_state.opened}, clicked {clicked}, run {st.session_state.runs}")
        """
    )
    report = page.get_by_role("link", name="Report")
    expect(report).to_have_attribute("aria-keyshortcuts", "Control+J")
    expect(report).to_contain_text("Ctrl+J")
    with page.context.expect_page() as tab:
        report.click()
    expect(page.get_by_text("opened 1, clicked True, run 2")).to_be_visible()  # the URL opened and the app reran
    assert tab.value.url == "about:blank#report"
    tab.value.close()
    with page.context.expect_page() as tab:
        page.keyboard.press("Control+j")
    expect(page.get_by_text("opened 2, clicked True, run 3")).to_be_visible()
    tab.value.close()
    with page.context.expect_page() as tab:
        page.get_by_role("link", name="Plain").click()  # on_click="ignore": the URL only
    assert tab.value.url == "about:blank#plain"
    tab.value.close()
    page.wait_for_timeout(300)
    expect(page.get_by_text("opened 2, clicked True, run 3")).to_be_visible()


def test_a_required_field_is_not_left_empty(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.session_state.setdefault("submits", 0)
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        name = st.text_input("Name", "Ann", required=True)
        st.button("Refresh")
        with st.form("f"):
            city = st.text_input("City", required=True)
            if st.form_submit_button("Send"):
                st.session_state.submits += 1
        st.write(f"Result: {name} / {city} / {st.session_state.submits} / run {st.session_state.runs}")
        """
    )
    expect(page.get_by_text("Result: Ann /  / 0 / run 1")).to_be_visible()
    assert page.get_by_role("textbox", name="Name").get_attribute("aria-required") == "true"
    box = page.get_by_role("textbox", name="Name")
    box.fill("")
    box.press("Enter")
    page.get_by_role("button", name="Refresh").click()
    expect(page.get_by_text("Result: Ann /  / 0 / run 2")).to_be_visible()  # the empty name never reached the app
    box.fill("Bo")
    box.press("Enter")
    expect(page.get_by_text("Result: Bo /  / 0 / run 3")).to_be_visible()
    page.get_by_role("button", name="Send").click()  # refused: City is empty
    page.get_by_role("textbox", name="City").fill("Oslo")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("Result: Bo / Oslo / 1 / run 4")).to_be_visible()  # one submit: the first was refused


def test_text_input_validate_keeps_a_value_that_does_not_match(open_app: OpenApp) -> None:
    page = open_app(
        r"""
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        phone = st.text_input("Phone", validate=(r"^\d{3}-\d{4}$", "Use the form 555-1234."))
        with st.form("f"):
            code = st.text_input("Code", validate="^[A-Z]+$")
            sent = st.form_submit_button("Send")
        st.write(f"Result: {phone!r} / {code!r} / {sent} / run {st.session_state.runs}")
        """
    )
    expect(page.get_by_text("Result: '' / '' / False / run 1")).to_be_visible()
    phone = page.get_by_role("textbox", name="Phone")
    phone.fill("5551234")
    phone.press("Enter")
    expect(phone).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("alert")).to_have_text("Use the form 555-1234.")
    expect(phone).to_have_accessible_description("Use the form 555-1234.")
    phone.fill("555-1234")  # fixing the text clears the mark at once...
    expect(page.get_by_role("alert")).to_have_count(0)
    phone.press("Enter")  # ...and the value goes out
    expect(page.get_by_text("Result: '555-1234' / '' / False / run 2")).to_be_visible()

    code = page.get_by_role("textbox", name="Code")
    code.fill("abc")
    page.get_by_role("button", name="Send").click()  # refused: the form does not submit
    expect(code).to_have_attribute("aria-invalid", "true")
    expect(code).to_be_focused()
    expect(page.get_by_role("alert")).to_have_text("Enter a value in the expected format.")
    code.fill("ABC")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("Result: '555-1234' / 'ABC' / True / run 3")).to_be_visible()  # one submit, run 3


def test_selectbox_filters_its_options_as_filter_mode_says(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        fruits = ["Apple", "Banana", "Pineapple", "Grape", "Papaya"]
        a = st.selectbox("Fuzzy", fruits)
        b = st.selectbox("Prefix", fruits, filter_mode="prefix")
        c = st.selectbox("Plain", fruits, filter_mode=None)
        d = st.selectbox("Open", fruits, index=None, accept_new_options=True)
        st.write(f"Picked: {a} / {b} / {c} / {d}")
        """
    )
    expect(page.get_by_text("Picked: Apple / Apple / Apple / None")).to_be_visible()
    fuzzy = page.get_by_role("combobox", name="Fuzzy")
    fuzzy.fill("ppl")  # the letters in order, anywhere
    expect(fuzzy).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("listbox", name="Fuzzy").get_by_role("option")).to_have_text(["Apple", "Pineapple"])
    fuzzy.press("ArrowDown")
    expect(fuzzy).to_have_attribute("aria-activedescendant", re.compile(r"-option-1$"))
    fuzzy.press("Enter")
    expect(page.get_by_text("Picked: Pineapple / Apple / Apple / None")).to_be_visible()
    expect(fuzzy).to_have_attribute("aria-expanded", "false")

    prefix = page.get_by_role("combobox", name="Prefix")
    prefix.fill("pa")
    expect(page.get_by_role("listbox", name="Prefix").get_by_role("option")).to_have_text(["Papaya"])
    prefix.fill("zz")
    expect(page.get_by_text("No results")).to_be_visible()
    prefix.press("Escape")  # closes the list and puts the choice back
    expect(prefix).to_have_value("Apple")

    plain = page.get_by_role("combobox", name="Plain")  # filter_mode=None: the list takes no typing
    assert plain.evaluate("el => el.tagName") == "SELECT"
    plain.select_option(label="Grape")
    expect(page.get_by_text("Picked: Pineapple / Apple / Grape / None")).to_be_visible()

    open_box = page.get_by_role("combobox", name="Open")
    open_box.fill("Mango")
    page.get_by_role("option", name='Add "Mango"').click()  # accept_new_options: a typed option
    expect(page.get_by_text("Picked: Pineapple / Apple / Grape / Mango")).to_be_visible()
    open_box.fill("banana")
    open_box.press("Enter")  # a typed label, whatever its case, is that option
    expect(page.get_by_text("Picked: Pineapple / Apple / Grape / Banana")).to_be_visible()


def test_multiselect_typing_filters_and_adds_options(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.form("f"):
            tags = st.multiselect("Tags", ["red", "green", "blue"], filter_mode="contains", accept_new_options=True)
            sent = st.form_submit_button("Save")
        st.write(f"Tags: {tags} {sent}")
        """
    )
    box = page.get_by_role("combobox", name="Tags")
    expect(box).to_have_attribute("placeholder", "Choose or add options")
    box.fill("RE")
    expect(page.get_by_role("listbox", name="Tags").get_by_role("option")).to_have_text(["red", "green", 'Add "RE"'])
    box.press("Enter")  # picks the active option; Enter here does not submit the form
    expect(page.locator(".el-Multiselect .chip")).to_have_text(["red×"])
    expect(box).to_have_value("")  # the box empties and stays open for the next one
    expect(box).to_have_attribute("placeholder", "")  # no placeholder beside chosen options, as in Streamlit
    box.fill("teal")
    box.press("Enter")
    expect(page.locator(".el-Multiselect .chip")).to_have_text(["red×", "teal×"])
    expect(page.get_by_text("Tags: [] False")).to_be_visible()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Tags: ['red', 'teal'] True")).to_be_visible()


def test_selectbox_icon_sits_inside_the_field(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.selectbox("Size", ["Small", "Large"], icon=":material/straighten:")
        """
    )
    field = page.get_by_role("combobox", name="Size")
    icon = page.locator(".el-Selectbox .input-icon .material-icon")
    expect(icon).to_have_attribute("data-icon", "straighten")
    f, i = field.bounding_box(), icon.bounding_box()
    assert f is not None and i is not None
    assert f["x"] < i["x"] < f["x"] + 40 and f["y"] < i["y"] < f["y"] + f["height"]  # inside, at the left


def test_a_live_text_input_commits_while_typing(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.write(f"Typed: [{st.text_input('Search', live=True)}]")
        """
    )
    box = page.get_by_role("textbox", name="Search")
    box.press_sequentially("owl")  # no Enter, no blur: the pause commits it
    expect(page.get_by_text("Typed: [owl]")).to_be_visible()
    expect(box).to_be_focused()


def test_multiselect_select_all(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.write(f"Picked: {st.multiselect('Colors', ['red', 'green', 'blue'])}")
        st.multiselect("Few", ["a", "b", "c"], select_all=2, key="few")
        st.multiselect("Capped", ["x", "y", "z"], max_selections=2, key="capped")
        """
    )
    colors = page.get_by_role("combobox", name="Colors")
    colors.click()
    page.get_by_role("option", name="Select all").click()
    expect(page.get_by_text("Picked: ['red', 'green', 'blue']")).to_be_visible()
    page.get_by_role("combobox", name="Few").click()
    expect(page.get_by_role("listbox", name="Few").get_by_role("option")).to_have_text(["a", "b", "c"])  # 3 options > select_all=2
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox", name="Few")).to_have_count(0)
    page.get_by_role("combobox", name="Capped").click()
    page.get_by_role("option", name="Select all").click()
    expect(page.locator(".el-Multiselect").nth(2).locator(".chip")).to_have_count(2)  # max_selections still holds


def test_date_input_shows_and_reads_dates_in_its_format(open_app: OpenApp) -> None:
    page = open_app(
        """
        import datetime as dt
        import streamlit as st
        day = st.date_input("Day", dt.date(2024, 5, 17), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31), format="DD.MM.YYYY")
        span = st.date_input("Trip", (dt.date(2024, 6, 1), dt.date(2024, 6, 9)))
        st.write(f"Chosen: {day.isoformat()} / {span[0].isoformat()} to {span[-1].isoformat()}")
        """
    )
    expect(page.get_by_text("Chosen: 2024-05-17 / 2024-06-01 to 2024-06-09")).to_be_visible()
    day = page.get_by_role("textbox", name="Day", exact=True)
    expect(day).to_have_value("17.05.2024")  # format= decides how the date reads
    expect(page.get_by_role("textbox", name="Trip start")).to_have_value("2024/06/01")  # the default format
    day.fill("3.2.2024")
    day.press("Enter")
    expect(page.get_by_text("Chosen: 2024-02-03 / 2024-06-01 to 2024-06-09")).to_be_visible()
    expect(day).to_have_value("03.02.2024")
    for refused in ("31.02.2024", "next week", "01.01.2025"):  # not a date, or after max_value
        day.fill(refused)
        day.press("Enter")
        expect(day).to_have_value("03.02.2024")
    end = page.get_by_role("textbox", name="Trip end")
    end.fill("2024/06/12")
    end.press("Tab")  # leaving the box commits too
    expect(page.get_by_text("Chosen: 2024-02-03 / 2024-06-01 to 2024-06-12")).to_be_visible()
    expect(page.get_by_role("button", name="Day: pick from a calendar")).to_be_enabled()
    # A date picked from the browser's calendar arrives through the hidden native field.
    page.evaluate(
        """() => {
          const field = document.querySelector('.date-picker-native');
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(field, '2024-03-04');
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }"""
    )
    expect(page.get_by_text("Chosen: 2024-03-04 / 2024-06-01 to 2024-06-12")).to_be_visible()
    expect(day).to_have_value("04.03.2024")


def test_text_input_autocomplete_reaches_the_field(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.text_input("Email", autocomplete="email")
        st.text_input("Secret", type="password")
        st.text_input("Plain")
        """
    )
    expect(page.get_by_role("textbox", name="Email")).to_have_attribute("autocomplete", "email")
    expect(page.get_by_label("Secret")).to_have_attribute("autocomplete", "new-password")  # Streamlit's default for passwords
    assert page.get_by_role("textbox", name="Plain").get_attribute("autocomplete") is None  # the browser decides
