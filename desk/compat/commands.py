"""``streamlit.commands`` and its ``page_config``, ``execution_control`` and ``navigation`` modules.

Scripts import the page-config type names for hints (``Layout``) and the menu keys, and a
few call the commands from here rather than from ``st``; they are desk's commands.
"""

from __future__ import annotations

from typing import Literal, Union

from desk.elements.navigation import Page, navigation, rerun, set_page_config, stop, switch_page

Layout = Literal["centered", "wide"]
InitialSideBarState = Union[Literal["auto", "expanded", "collapsed", "locked"], int]
PageIcon = str
MenuKey = Literal["Get help", "Report a Bug", "About"]
MenuItems = dict[str, Union[str, None]]

# The keys of set_page_config's menu_items, in the lower case Streamlit compares them in.
GET_HELP_KEY = "get help"
REPORT_A_BUG_KEY = "report a bug"
ABOUT_KEY = "about"

__all__ = [
    "ABOUT_KEY",
    "GET_HELP_KEY",
    "REPORT_A_BUG_KEY",
    "InitialSideBarState",
    "Layout",
    "MenuItems",
    "MenuKey",
    "Page",
    "PageIcon",
    "navigation",
    "rerun",
    "set_page_config",
    "stop",
    "switch_page",
]
