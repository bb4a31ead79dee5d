"""desk.emoji: the icon a text starts with (alerts take it off their body, as Streamlit does)."""

from __future__ import annotations

import pytest

from desk.emoji import leading_icon, without_leading_icon
from desk.testing import AppTest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("✅ Saved", ("✅", "Saved")),
        ("❌ - Try again!", ("❌", "Try again!")),
        ("⚠️Careful", ("⚠️", "Careful")),
        ("🎉", ("🎉", "")),
        ("🎉🎈 two", ("🎉", "🎈 two")),
        ("👍🏽_toned", ("👍🏽", "toned")),
        ("👨‍👩‍👧 family", ("👨‍👩‍👧", "family")),
        ("🇫🇷 flag", ("🇫🇷", "flag")),
        ("1️⃣ keycap", ("1️⃣", "keycap")),
        (":material/thumb_up:  Liked", (":material/thumb_up:", "Liked")),
        ("★ not an emoji", ("", "★ not an emoji")),
        ("✓ not an emoji either", ("", "✓ not an emoji either")),
        ("1 plain digit", ("", "1 plain digit")),
        ("Text first 🎉", ("", "Text first 🎉")),
        ("", ("", "")),
    ],
)
def test_leading_icon(text: str, expected: tuple[str, str]) -> None:
    assert leading_icon(text) == expected


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("🧰 General", "General"),
        (":material/zoom_in: Zoom", "Zoom"),
        ("❤", ""),
        ("🎉🎈 two", "🎉🎈 two"),
        ("x 🎉", "x 🎉"),
        ("Plain text", "Plain text"),
    ],
)
def test_without_leading_icon(option: str, expected: str) -> None:
    assert without_leading_icon(option) == expected


@pytest.mark.parametrize(
    ("icon", "accepted"),
    [
        ("🔥", True),
        ("👩‍💻", True),  # a zero-width-joiner sequence is one emoji
        ("🇫🇷", True),
        (":material/thumb_up:", True),
        ("🔥🔥", False),  # two emoji, as Streamlit refuses too
        ("✓", False),  # a check mark, not an emoji
        ("ab", False),
        (" 🔥 ", True),  # white space around it goes, as in Streamlit
    ],
)
def test_an_icon_parameter_takes_exactly_one_emoji_or_material_icon(icon: str, accepted: bool) -> None:
    at = AppTest.from_function(_error_with_icon, args=(icon,)).run()
    assert (len(at.exception) == 0) is accepted
    if not accepted:
        assert "icon must be a single emoji" in at.exception[0].value


def _error_with_icon(icon: str) -> None:
    import streamlit as st

    st.error("Broken", icon=icon)
