"""st.chat_input(accept_audio=True): the microphone button records a WAV sent with the message (fake microphone)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect

from tests.browser.conftest import CHROMIUM_ARGS

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    """This module's Chromium has a fake microphone; pages get it only when granted."""
    if not CHROMIUM.exists():
        if os.environ.get("DESK_REQUIRE_BROWSER"):
            pytest.fail(
                "Chromium is not installed at /usr/bin/chromium, and DESK_REQUIRE_BROWSER is set (CI)"
            )
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    args = [*CHROMIUM_ARGS, "--use-fake-device-for-media-stream"]
    instance = playwright_instance.chromium.launch(executable_path=str(CHROMIUM), args=args)
    yield instance
    instance.close()


SCRIPT = """
import streamlit as st
said = st.chat_input("Message", accept_audio=True, audio_sample_rate=16000)
if said is not None:
    clip = said.audio
    if clip is None:
        st.write(f"text only: {said.text}")
    else:
        data = clip.getvalue()
        rate = int.from_bytes(data[24:28], "little")
        st.write(f"text={said.text} type={clip.type} riff={data[:4] == b'RIFF'} rate={rate} long={len(data) > 44}")
"""


def test_microphone_button_records_and_sends_a_wav(open_app: OpenApp) -> None:
    page = open_app(SCRIPT)
    page.context.grant_permissions(["microphone"])
    mic = page.get_by_role("button", name="Record a voice message")
    expect(mic).to_have_attribute("aria-pressed", "false")
    page.get_by_role("textbox", name="Message").fill("caption")
    mic.click()
    stop = page.get_by_role("button", name="Stop recording and send")
    expect(stop).to_have_attribute("aria-pressed", "true")
    page.wait_for_timeout(700)  # let the fake microphone produce some sound
    stop.focus()
    page.keyboard.press("Enter")  # the button works from the keyboard
    expect(page.get_by_text("text=caption type=audio/wav riff=True rate=16000 long=True")).to_be_visible()
    page.get_by_role("textbox", name="Message").fill("typed")
    page.keyboard.press("Enter")
    expect(page.get_by_text("text only: typed")).to_be_visible()


def test_microphone_denied_shows_a_clear_message(open_app: OpenApp) -> None:
    page = open_app(SCRIPT)
    page.get_by_role("button", name="Record a voice message").click()
    expect(page.get_by_role("alert")).to_contain_text("Access to the microphone was denied")
