"""``streamlit.source_util``: how a page file's name gives its icon, name and place in the menu.

These are desk's own rules for the ``pages/`` folder (``desk.runtime.pages``), which follow
Streamlit's: ``02_🎈_Sales.py`` is the second page, with icon 🎈 and name ``Sales``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from desk.runtime.pages import icon_and_name, page_sort_key, split_icon


class PageInfo(TypedDict, total=False):
    """One page of a multipage app, as Streamlit describes it."""

    script_path: str
    page_script_hash: str
    icon: str
    page_name: str
    url_pathname: str


def page_icon_and_name(script_path: Path) -> tuple[str, str]:
    """The icon (or ``""``) and the name of the page in ``script_path``."""
    return icon_and_name(Path(script_path))


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """``("🎈", "rest")`` when ``text`` starts with an emoji, else ``("", text)``."""
    return split_icon(text)


__all__ = ["PageInfo", "extract_leading_emoji", "page_icon_and_name", "page_sort_key"]
