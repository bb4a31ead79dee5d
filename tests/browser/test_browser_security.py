"""The token stays out of HTML frames and logs (issue 17), in Chromium.

A page that uses ``components.html``, ``st.html``, ``st.markdown(unsafe_allow_html=True)``
and a custom component: no frame's URL and no attribute of the page holds the token,
untrusted HTML in ``components.html`` sees neither the token nor a way to open windows,
and no log line names the token.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)
TOKEN = "browser-test-token"  # the token conftest.py serves with
STAR_RATING = Path(__file__).resolve().parents[2] / "examples" / "components" / "star_rating"

UNTRUSTED = """
<p id='where'></p><p id='popup'></p>
<script>
document.getElementById('where').textContent = location.href;
let opened = null;
try { opened = window.open('about:blank'); } catch (e) { opened = null; }
document.getElementById('popup').textContent = opened === null ? 'popup blocked' : 'popup opened';
</script>
"""


def test_no_frame_url_page_attribute_or_log_line_holds_the_token(open_app: OpenApp, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    page = open_app(
        f"""
        import streamlit as st
        import streamlit.components.v1 as components

        components.html({UNTRUSTED!r}, height=90)
        st.html("<p id='sthtml'>st.html</p><iframe src='/health'></iframe><img src=x onerror='document.title=1'>")
        st.markdown("<b id='md'>raw html</b><script>document.title = 2</script>", unsafe_allow_html=True)
        rating = components.declare_component("star_rating", path={str(STAR_RATING)!r})
        rating(label="Rate it", max_stars=3, key="r", default=0)
        st.write("all drawn")
        """
    )
    expect(page.get_by_text("all drawn")).to_be_visible()
    expect(page.locator("#sthtml")).to_be_visible()
    expect(page.locator("#md")).to_be_visible()
    untrusted = page.frame_locator("iframe[title='HTML component']")
    expect(untrusted.locator("#where")).to_contain_text("frame=")
    expect(untrusted.locator("#popup")).to_have_text("popup blocked")
    assert TOKEN not in untrusted.locator("#where").inner_text()
    expect(page.frame_locator("iframe[src*='/component/']").get_by_text("Rate it")).to_be_visible()

    sources = page.locator("iframe").evaluate_all("(frames) => frames.map((f) => f.src || f.srcdoc.slice(0, 40))")
    assert len(sources) == 2, sources  # st.html's own iframe was sanitised away
    assert not [src for src in sources if TOKEN in src], sources
    assert TOKEN not in page.evaluate("() => document.documentElement.outerHTML")
    assert page.title() not in ("1", "2")  # no script of st.html or markdown ran
    assert TOKEN not in caplog.text
