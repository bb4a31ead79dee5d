"""Recognise an emoji (or a ``:material/name:`` icon) at the start of a text.

Streamlit 1.67 takes a leading icon off an alert's body and shows it as the alert's
icon (``st.success("✅ Saved")`` has the icon ✅ and the body "Saved"). desk does the
same with ``leading_icon``, and so do page file names (``03_🎈_my_page.py`` has the icon 🎈)
and the ``icon=`` checks of elements. An emoji is recognised by its code points, after the
Unicode emoji data (the characters with the Emoji property that look like pictures by
default or with U+FE0F), and the sequences built from them: keycaps, flags, skin
tones, tag sequences and zero-width-joiner sequences.
"""

from __future__ import annotations

import bisect
import re

_MATERIAL = re.compile(r"^(:material/[a-z0-9_]+:)\s*(.*)$", re.DOTALL)
_SEPARATORS = "_ -"

_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122),
    (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328),
    (0x23CF, 0x23CF), (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB),
    (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2604), (0x260E, 0x260E),
    (0x2611, 0x2611), (0x2614, 0x2615), (0x2618, 0x2618), (0x261D, 0x261D), (0x2620, 0x2620),
    (0x2622, 0x2623), (0x2626, 0x2626), (0x262A, 0x262A), (0x262E, 0x262F), (0x2638, 0x263A),
    (0x2640, 0x2640), (0x2642, 0x2642), (0x2648, 0x2653), (0x265F, 0x2660), (0x2663, 0x2663),
    (0x2665, 0x2666), (0x2668, 0x2668), (0x267B, 0x267B), (0x267E, 0x267F), (0x2692, 0x2697),
    (0x2699, 0x2699), (0x269B, 0x269C), (0x26A0, 0x26A1), (0x26A7, 0x26A7), (0x26AA, 0x26AB),
    (0x26B0, 0x26B1), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26C8, 0x26C8), (0x26CE, 0x26CF),
    (0x26D1, 0x26D1), (0x26D3, 0x26D4), (0x26E9, 0x26EA), (0x26F0, 0x26F5), (0x26F7, 0x26FA),
    (0x26FD, 0x26FD), (0x2702, 0x2702), (0x2705, 0x2705), (0x2708, 0x270D), (0x270F, 0x270F),
    (0x2712, 0x2712), (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721),
    (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C),
    (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2763, 0x2764), (0x2795, 0x2797),
    (0x27A1, 0x27A1), (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299),
    (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F170, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F201, 0x1F202), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A),
    (0x1F250, 0x1F251), (0x1F300, 0x1F321), (0x1F324, 0x1F393), (0x1F396, 0x1F397), (0x1F399, 0x1F39B),
    (0x1F39E, 0x1F3F0), (0x1F3F3, 0x1F3F5), (0x1F3F7, 0x1F4FD), (0x1F4FF, 0x1F53D), (0x1F549, 0x1F54E),
    (0x1F550, 0x1F567), (0x1F56F, 0x1F570), (0x1F573, 0x1F57A), (0x1F587, 0x1F587), (0x1F58A, 0x1F58D),
    (0x1F590, 0x1F590), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A5), (0x1F5A8, 0x1F5A8), (0x1F5B1, 0x1F5B2),
    (0x1F5BC, 0x1F5BC), (0x1F5C2, 0x1F5C4), (0x1F5D1, 0x1F5D3), (0x1F5DC, 0x1F5DE), (0x1F5E1, 0x1F5E1),
    (0x1F5E3, 0x1F5E3), (0x1F5E8, 0x1F5E8), (0x1F5EF, 0x1F5EF), (0x1F5F3, 0x1F5F3), (0x1F5FA, 0x1F64F),
    (0x1F680, 0x1F6C5), (0x1F6CB, 0x1F6D2), (0x1F6D5, 0x1F6D9), (0x1F6DC, 0x1F6E5), (0x1F6E9, 0x1F6E9),
    (0x1F6EB, 0x1F6EC), (0x1F6F0, 0x1F6F0), (0x1F6F3, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0),
    (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF),
)  # fmt: skip
"""Code points that are an emoji on their own (first and last of each run)."""
_STARTS = [low for low, _ in _RANGES]

_VARIATION = "\ufe0f"
_JOINER = "\u200d"
_KEYCAP = "\u20e3"


def _is_emoji(char: str) -> bool:
    code = ord(char)
    index = bisect.bisect_right(_STARTS, code) - 1
    return index >= 0 and code <= _RANGES[index][1]


def _is_modifier(char: str) -> bool:
    """A skin tone, the emoji variation selector, or a tag character (subdivision flags)."""
    code = ord(char)
    return char == _VARIATION or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F


def _is_regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _emoji_length(text: str) -> int:
    """How many characters the emoji at the start of ``text`` takes; 0 when it starts with none."""
    if text[0] in "0123456789#*":  # a keycap: digit, optional U+FE0F, U+20E3
        end = 2 if text[1:2] == _VARIATION else 1
        return end + 1 if text[end : end + 1] == _KEYCAP else 0
    if _is_regional(text[0]):  # a flag is two regional indicators
        return 2 if len(text) > 1 and _is_regional(text[1]) else 0
    if not _is_emoji(text[0]):
        return 0
    end = 1
    while True:
        while end < len(text) and _is_modifier(text[end]):
            end += 1
        if end + 1 < len(text) and text[end] == _JOINER and _is_emoji(text[end + 1]):
            end += 2
            continue
        return end


def leading_icon(text: str) -> tuple[str, str]:
    """The icon ``text`` starts with (an emoji or ``:material/name:``) and the text after it.

    The icon is "" (and the text unchanged) when there is none. Spaces, hyphens and
    underscores after an emoji, and white space after a Material icon, are dropped.
    """
    if not text:
        return "", text
    if text.startswith(":material/"):
        match = _MATERIAL.match(text)
        if match:
            return match.group(1), match.group(2)
    if text.isascii():
        return "", text
    length = _emoji_length(text)
    if length == 0:
        return "", text
    return text[:length], text[length:].lstrip(_SEPARATORS)


def without_leading_icon(option: str) -> str:
    """A pill's or segment's text as Streamlit's AppTest shows it: without a leading icon.

    Streamlit shows the first word of the option apart, as an icon, when that word is
    one emoji or one ``:material/name:`` icon; the option's text is then the rest.
    """
    first, _, rest = option.partition(" ")
    icon, remaining = leading_icon(first.strip())
    return rest if icon and not remaining else option
