"""desk.elements.emoji: the icon a text starts with (alerts take it off their body, as Streamlit does)."""

from __future__ import annotations

import pytest

from desk.elements.emoji import leading_icon, without_leading_icon


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
