"""The column types added for Streamlit 1.67 in a real grid: audio, video, Markdown, multiselect
chips and buttons."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import OpenApp


def test_audio_video_markdown_multiselect_and_button_cells(open_app: OpenApp) -> None:
    page = open_app(
        """
        import base64, io, wave
        import pandas as pd
        import streamlit as st
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1); out.setsampwidth(2); out.setframerate(8000); out.writeframes(b"\\0\\0" * 800)
        clip = "data:audio/wav;base64," + base64.b64encode(buffer.getvalue()).decode()
        frame = pd.DataFrame({
            "note": ["**bold** move", "plain"],
            "tags": [["a", "b"], ["c"]],
            "clip": [clip, None],
            "film": ["data:video/mp4;base64,AAAA", None],
            "act": [["Edit", "Delete"], ["Edit"]],
        })
        st.dataframe(frame, hide_index=True, column_config={
            "note": st.column_config.MarkdownColumn("Note"),
            "tags": st.column_config.MultiselectColumn("Tags", options=["a", "b", "c"], format_func=str.upper, color="red"),
            "clip": st.column_config.AudioColumn("Clip"),
            "film": st.column_config.VideoColumn("Film"),
            "act": st.column_config.ButtonColumn("Actions", type="primary"),
        })
        """
    )
    grid = page.get_by_role("grid")
    expect(grid.locator(".cell-markdown strong")).to_have_text("bold")
    chips = grid.locator(".cell-chip")
    expect(chips).to_have_text(["A", "B", "C"])
    background = chips.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background.startswith(("color(srgb 1 0.29", "rgba(255, 75, 75")), background  # red, tinted
    expect(grid.locator("audio.cell-audio")).to_have_count(1)
    duration = grid.locator("audio.cell-audio").evaluate(
        "a => new Promise(done => { if (a.readyState > 0) done(a.duration); a.preload = 'metadata';"
        " a.onloadedmetadata = () => done(a.duration); a.load(); })"
    )
    assert abs(duration - 0.1) < 0.01  # the data URL's 800 frames at 8 kHz
    expect(grid.locator("video.cell-video")).to_have_count(1)
    buttons = grid.locator(".cell-buttons button.btn-primary")
    expect(buttons).to_have_text(["Edit", "Delete", "Edit"])


def test_a_click_toggles_a_boolean_cell_in_the_data_editor(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        edited = st.data_editor(pd.DataFrame({"task": ["a", "b"], "done": [False, True]}), key="tasks")
        st.text(f"done: {list(edited['done'])}")
        """
    )
    expect(page.get_by_text("done: [False, True]")).to_be_visible()
    box = page.get_by_role("checkbox", name="done row 1")
    expect(box).not_to_be_checked()
    box.click()
    expect(page.get_by_text("done: [True, True]")).to_be_visible()
    expect(page.get_by_role("checkbox", name="done row 1")).to_be_checked()
    page.get_by_role("checkbox", name="done row 2").click()
    expect(page.get_by_text("done: [True, False]")).to_be_visible()


def test_a_button_column_click_reaches_the_script(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st

        def handle():
            click = st.session_state.act_click
            st.session_state.log = f"{click.label} on row {click.row}"

        frame = pd.DataFrame({"name": ["Ann", "Bob"], "act": [["Edit", "Delete"], ["Edit"]]})
        st.dataframe(frame, column_config={
            "act": st.column_config.ButtonColumn("Actions", on_click=handle, key="act_click"),
        })
        st.text(f"log: {st.session_state.get('log')}")
        """
    )
    expect(page.get_by_text("log: None")).to_be_visible()
    page.get_by_role("grid").get_by_role("button", name="Delete").click()
    expect(page.get_by_text("log: Delete on row 0")).to_be_visible()
    page.get_by_role("grid").get_by_role("button", name="Edit").nth(1).click()
    expect(page.get_by_text("log: Edit on row 1")).to_be_visible()


def test_a_multiselect_cell_is_edited_by_ticking_options(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        frame = pd.DataFrame({"name": ["Ann", "Bob", "Cy"], "tags": [["a"], ["b", "c"], []]})
        edited = st.data_editor(frame, column_config={
            "tags": st.column_config.MultiselectColumn("Tags", options=["a", "b", "c"], accept_new_options=True),
        })
        st.text(f"tags: {list(edited['tags'])}")
        """
    )
    expect(page.get_by_text("tags: [['a'], ['b', 'c'], []]")).to_be_visible()
    page.get_by_role("grid").get_by_role("gridcell", name="a", exact=True).dblclick()
    editor = page.get_by_role("dialog", name="Edit Tags row 1")
    expect(editor).to_be_visible()
    editor.get_by_role("checkbox", name="c").check()
    editor.get_by_role("textbox", name="Add an option").fill("new")
    editor.get_by_role("textbox", name="Add an option").press("Enter")
    editor.get_by_role("button", name="Done").click()
    expect(page.get_by_text("tags: [['a', 'c', 'new'], ['b', 'c'], []]")).to_be_visible()
    expect(editor).to_have_count(0)
    # The last row's editor is reachable too, though it reaches past the grid's last row.
    page.get_by_role("grid").get_by_role("row").last.get_by_role("gridcell").last.dblclick()
    last = page.get_by_role("dialog", name="Edit Tags row 3")
    last.get_by_role("checkbox", name="b").check()
    last.get_by_role("button", name="Done").click()
    expect(page.get_by_text("tags: [['a', 'c', 'new'], ['b', 'c'], ['b']]")).to_be_visible()


def test_a_selectbox_cell_shows_labels_and_is_edited_from_its_options(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        sizes = {1: "Small", 2: "Medium", 3: "Large"}
        frame = pd.DataFrame({"item": ["cup", "pot"], "size": [1, 3]})
        edited = st.data_editor(frame, column_config={
            "size": st.column_config.SelectboxColumn("Size", options=[1, 2, 3], format_func=sizes.get),
        })
        st.text(f"sizes: {list(edited['size'])}")
        """
    )
    grid = page.get_by_role("grid")
    expect(grid.get_by_role("gridcell", name="Small", exact=True)).to_be_visible()  # the label, not 1
    expect(grid.get_by_role("gridcell", name="Large", exact=True)).to_be_visible()
    grid.get_by_role("gridcell", name="Small", exact=True).dblclick()
    editor = page.get_by_role("combobox", name="Edit Size row 1")
    expect(editor).to_be_focused()
    expect(editor.locator("option")).to_have_text(["Small", "Medium", "Large"])
    editor.select_option(label="Medium")
    expect(page.get_by_text("sizes: [2, 3]")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="Medium", exact=True)).to_be_visible()
