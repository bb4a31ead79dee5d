"""Icons and emoji in labels and markdown, dialog dismissal, popover/expander/tabs keyboard use,
camera and microphone input with Chromium's fake devices, in headless Chromium."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-device-for-media-stream",
]


@pytest.fixture(scope="module")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    """This module's Chromium has a fake camera and microphone; pages get them only when granted."""
    if not CHROMIUM.exists():
        if os.environ.get("DESK_REQUIRE_BROWSER"):
            pytest.fail("Chromium is not installed at /usr/bin/chromium, and DESK_REQUIRE_BROWSER is set (CI)")
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    instance = playwright_instance.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield instance
    instance.close()


# ---------------------------------------------------------------- icons and emoji


def test_material_icon_in_a_button_label(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        if st.button(":material/home: Home"):
            st.write("went home")
        """
    )
    button = page.get_by_role("button", name="Home", exact=True)
    expect(button).to_be_visible()
    icon = button.locator("span.material-icon")
    expect(icon).to_have_text("home")
    expect(icon).to_have_attribute("aria-hidden", "true")
    family = icon.evaluate("el => getComputedStyle(el).fontFamily")
    assert "Material Symbols Rounded" in family
    # The bundled font is loaded (from 127.0.0.1: the fixture fails on any other request).
    faces = page.evaluate("document.fonts.load('16px \"Material Symbols Rounded\"', 'home').then(fs => fs.map(f => f.status))")
    assert faces == ["loaded"]
    button.click()
    expect(page.get_by_text("went home")).to_be_visible()


def test_emoji_and_icons_in_markdown_and_labels(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.markdown(":rocket: go")
        st.markdown("Saved :material/check_circle: now, `:tada:` stays code")
        with st.expander(":material/settings: Options"):
            st.write("inside")
        one, two = st.tabs([":bar_chart: Chart", ":material/table: Data"])
        st.info("Note", icon=":material/info:")
        st.button(":tada: Party")
        """
    )
    expect(page.get_by_text("🚀 go")).to_be_visible()
    saved = page.locator(".markdown", has_text="Saved")
    expect(saved.locator("span.material-icon")).to_have_text("check_circle")
    expect(saved.locator("code")).to_have_text(":tada:")
    expect(page.locator("summary span.material-icon")).to_have_text("settings")
    expect(page.get_by_role("tab", name="📊 Chart")).to_be_visible()
    expect(page.get_by_role("tab", name="Data", exact=True).locator(".material-icon")).to_have_text("table")
    expect(page.locator(".alert span.material-icon")).to_have_text("info")
    expect(page.get_by_role("button", name="🎉 Party")).to_be_visible()


def test_emoji_draw_in_colour_from_the_bundled_font(open_app: OpenApp) -> None:
    """Linux machines often have no emoji font: the page falls back to the bundled Twemoji font."""
    page = open_app(
        """
        import streamlit as st
        st.write("Party 🎉🎉🎉 time")
        """
    )
    heading = page.get_by_text("Party 🎉🎉🎉 time")
    expect(heading).to_be_visible()
    page.wait_for_function("() => document.fonts.check('48px \"desk emoji\"', '🤖')")
    page.wait_for_function("() => [...document.fonts].some((f) => f.family.includes('desk emoji') && f.status === 'loaded')")
    shot = heading.screenshot()
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(shot)).convert("RGB")
    pixels = image.tobytes()
    saturated = sum(
        1 for i in range(0, len(pixels), 3) if max(pixels[i : i + 3]) - min(pixels[i : i + 3]) > 80
    )
    assert saturated > 60, saturated  # colour glyphs, not grey boxes or outlines


def test_icons_in_page_links_and_chat_avatars(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.page_link("https://example.org/docs", label=":books: Docs", icon=":material/open_in_new:")
        with st.chat_message("helper", avatar=":material/smart_toy:"):
            st.write("Hello :wave:")
        """
    )
    link = page.get_by_role("link", name="📚 Docs")
    expect(link.locator(".material-icon")).to_have_text("open_in_new")
    message = page.get_by_role("group", name="Chat message from helper")
    expect(message.locator(".avatar .material-icon")).to_have_text("smart_toy")
    expect(message).to_contain_text("Hello 👋")


# ---------------------------------------------------------------- dialog dismissal

DIALOG_APP = """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.setdefault("closed", 0)
st.session_state.runs += 1

def on_close():
    st.session_state.closed += 1

@st.dialog("Settings", on_dismiss=ON_DISMISS)
def settings():
    st.write("Inside the dialog")

if st.button("Open"):
    settings()
st.write(f"runs={st.session_state.runs} closed={st.session_state.closed}")
"""


def test_closing_a_dialog_runs_on_dismiss_then_reruns(open_app: OpenApp) -> None:
    page = open_app(DIALOG_APP.replace("ON_DISMISS", "on_close"))
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Settings")
    expect(dialog).to_contain_text("Inside the dialog")
    expect(page.get_by_text("runs=2 closed=0")).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.get_by_text("runs=3 closed=1")).to_be_visible()
    page.get_by_role("button", name="Open").click()
    page.get_by_role("dialog", name="Settings").get_by_role("button", name="Close").click()
    expect(page.get_by_text("runs=5 closed=2")).to_be_visible()


def test_closing_an_ignore_dialog_does_not_rerun(open_app: OpenApp) -> None:
    page = open_app(DIALOG_APP.replace("ON_DISMISS", '"ignore"'))
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Settings")
    expect(dialog).to_be_visible()
    expect(page.get_by_text("runs=2 closed=0")).to_be_visible()  # the run that opened it has finished
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.wait_for_timeout(600)
    expect(page.get_by_text("runs=2 closed=0")).to_be_visible()


def test_a_dialog_reruns_its_own_content_in_place(open_app: OpenApp) -> None:
    """The dialog's function writes into a container inside the dialog (as Streamlit's
    fragment does); a click in it reruns the dialog alone and updates it in place."""
    page = open_app(
        """
        import streamlit as st
        if "clicks" not in st.session_state:
            st.session_state.clicks = 0

        @st.dialog("Counter")
        def counter():
            if st.button("Add one"):
                st.session_state.clicks += 1
            st.write(f"clicks={st.session_state.clicks}")

        if st.button("Open"):
            counter()
        """
    )
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Counter")
    expect(dialog).to_contain_text("clicks=0")
    dialog.get_by_role("button", name="Add one").click()
    expect(dialog).to_contain_text("clicks=1")
    dialog.get_by_role("button", name="Add one").click()
    expect(dialog).to_contain_text("clicks=2")
    expect(dialog.get_by_text("clicks=", exact=False)).to_have_count(1)


# ---------------------------------------------------------------- popover, expander, tabs


def test_popover_opens_and_closes_with_escape(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.popover(":material/tune: Filters"):
            st.write("Popover content")
        """
    )
    trigger = page.get_by_role("button", name="Filters")
    expect(trigger).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_text("Popover content")).to_be_hidden()
    trigger.click()
    expect(trigger).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("dialog", name="Filters")).to_contain_text("Popover content")
    page.keyboard.press("Escape")
    expect(page.get_by_text("Popover content")).to_be_hidden()
    expect(trigger).to_have_attribute("aria-expanded", "false")
    expect(trigger).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Popover content")).to_be_visible()


def test_expander_honours_expanded_and_toggles(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        with st.expander("Open one", expanded=True):
            st.write("Shown first")
        with st.expander("Closed one"):
            st.write("Hidden first")
        """
    )
    expect(page.get_by_text("Shown first")).to_be_visible()
    expect(page.get_by_text("Hidden first")).to_be_hidden()
    page.get_by_text("Open one").click()
    expect(page.get_by_text("Shown first")).to_be_hidden()
    closed = page.locator("summary", has_text="Closed one")
    closed.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Hidden first")).to_be_visible()


def test_tabs_follow_the_aria_keyboard_pattern(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        a, b, c = st.tabs(["Alpha", "Beta", "Gamma"])
        a.write("in alpha")
        b.write("in beta")
        c.write("in gamma")
        """
    )
    alpha = page.get_by_role("tab", name="Alpha")
    beta = page.get_by_role("tab", name="Beta")
    gamma = page.get_by_role("tab", name="Gamma")
    expect(alpha).to_have_attribute("aria-selected", "true")
    expect(beta).to_have_attribute("tabindex", "-1")
    alpha.focus()
    page.keyboard.press("ArrowRight")
    expect(beta).to_have_attribute("aria-selected", "true")
    expect(beta).to_be_focused()
    expect(page.get_by_text("in beta")).to_be_visible()
    expect(page.get_by_text("in alpha")).to_be_hidden()
    page.keyboard.press("End")
    expect(gamma).to_be_focused()
    page.keyboard.press("ArrowRight")  # wraps around
    expect(alpha).to_be_focused()
    expect(alpha).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowLeft")
    expect(gamma).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_have_text("in gamma")


def test_tabs_open_on_their_default(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        a, b = st.tabs(["Summary", "Details"], default="Details")
        a.write("the summary")
        b.write("the details")
        """
    )
    expect(page.get_by_role("tab", name="Details")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_have_text("the details")


# ---------------------------------------------------------------- camera and microphone

CAMERA_APP = """
import streamlit as st
photo = st.camera_input("Take a picture")
if photo is not None:
    st.write(f"photo {photo.name} {photo.type} size={photo.size} positive={photo.size > 0}")
"""


def test_camera_photo_reaches_the_script(open_app: OpenApp) -> None:
    page = open_app(CAMERA_APP)
    page.context.grant_permissions(["camera"])
    page.get_by_role("button", name="Start camera").click()
    take = page.get_by_role("button", name="Take photo")
    expect(take).to_be_enabled()
    take.click()
    expect(page.get_by_text("photo camera.jpg image/jpeg")).to_contain_text("positive=True")
    page.get_by_role("button", name="Clear photo").click()
    expect(page.get_by_text("photo camera.jpg")).to_have_count(0)


def test_camera_denied_shows_a_clear_message(open_app: OpenApp) -> None:
    page = open_app(CAMERA_APP)
    page.get_by_role("button", name="Start camera").click()
    expect(page.get_by_role("alert")).to_contain_text("Access to the camera was denied")


def test_audio_recording_reaches_the_script(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        clip = st.audio_input("Say something", sample_rate=22050)
        if clip is not None:
            data = clip.getvalue()
            rate = int.from_bytes(data[24:28], "little")
            st.write(f"clip size positive={clip.size > 0} type={clip.type} riff={data[:4] == b'RIFF'} rate={rate}")
        """
    )
    page.context.grant_permissions(["microphone"])
    page.get_by_role("button", name="Record").click()
    stop = page.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    page.wait_for_timeout(700)
    stop.click()
    # A WAV at the sample rate the script asked for, as Streamlit records it.
    expect(page.get_by_text("clip size positive=True type=audio/wav riff=True rate=22050")).to_be_visible()


def test_microphone_denied_shows_a_clear_message(open_app: OpenApp) -> None:
    page = open_app('import streamlit as st\nst.audio_input("Say something")\n')
    page.get_by_role("button", name="Record").click()
    expect(page.get_by_role("alert")).to_contain_text("Access to the microphone was denied")


def test_a_dialog_drawer_with_an_icon(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st

        @st.dialog("Settings", position="right", icon=":material/settings:")
        def settings():
            st.write("Inside the drawer")

        if st.button("Open"):
            settings()
        """
    )
    page.get_by_role("button", name="Open").click()
    dialog = page.get_by_role("dialog", name="Settings")
    expect(dialog.get_by_text("Inside the drawer")).to_be_visible()
    expect(dialog.locator(".modal-icon .material-icon")).to_have_attribute("data-icon", "settings")
    box = dialog.bounding_box()
    viewport = page.viewport_size
    assert box is not None and viewport is not None
    assert abs(box["x"] + box["width"] - viewport["width"]) < 2  # against the right edge...
    assert box["y"] < 2 and box["height"] > viewport["height"] - 2  # ...and full height
