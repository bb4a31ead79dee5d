"""Input widgets: each validates its arguments, registers with the session and returns its value.

Every widget goes through ``desk.elements.base.widget``. Its node carries the *wire value*
in ``props["value"]``, which is what the client shows and sends back:

- choice widgets (radio, selectbox, multiselect, select_slider, pills, segmented_control)
  send option *indices* (an int, a list of ints, or None); ``props["options"]`` holds the
  options formatted as strings. The Python options stay on the server, in the widget's
  ``deserialize`` closure. An accepted new option (``accept_new_options``) travels as a string;
- slider: numbers for int and float sliders; for date, time and datetime sliders the number of
  milliseconds since 1970-01-01 (a time counts from midnight), with ``props["data_type"]``
  saying which; ranges are two-element lists;
- date_input: ISO ``"YYYY-MM-DD"`` strings (a list for ranges); time_input: ``"HH:MM"``;
- file_uploader, camera_input, audio_input: a list of file ids (see ``desk.elements.uploads``);
- everything else: the JSON value itself.

One module per family (``buttons``, ``choice``, ``groups``, ``menus``, ``numeric``, ``paging``, ``text``, ``temporal``,
``uploads``), each holding its widgets' definitions and codecs beside their functions, and
imported on the first use of one of its widgets; ``_common`` has the helpers they share.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk.elements.widgets.buttons import (
        button,
        download_button,
        form_submit_button,
        link_button,
        page_link,
    )
    from desk.elements.widgets.choice import checkbox, multiselect, radio, selectbox, toggle
    from desk.elements.widgets.groups import feedback, pills, segmented_control
    from desk.elements.widgets.menus import menu_button
    from desk.elements.widgets.numeric import number_input, select_slider, slider
    from desk.elements.widgets.paging import pagination
    from desk.elements.widgets.temporal import date_input, datetime_input, time_input
    from desk.elements.widgets.text import color_picker, text_area, text_input
    from desk.elements.widgets.uploads import audio_input, camera_input, file_picker, file_uploader

FAMILIES: dict[str, tuple[str, ...]] = {
    "buttons": ("button", "download_button", "form_submit_button", "link_button", "page_link"),
    "choice": ("checkbox", "multiselect", "radio", "selectbox", "toggle"),
    "groups": ("feedback", "pills", "segmented_control"),
    "menus": ("menu_button",),
    "numeric": ("number_input", "select_slider", "slider"),
    "paging": ("pagination",),
    "temporal": ("date_input", "datetime_input", "time_input"),
    "text": ("color_picker", "text_area", "text_input"),
    "uploads": ("audio_input", "camera_input", "file_picker", "file_uploader"),
}
"""The widgets of each family module. A family is imported when one of its widgets is first
used: a script's first run then pays only for the families it uses (they define many
dataclasses, a few milliseconds of CPU each, while the page loads)."""

_FAMILY_OF = {name: family for family, names in FAMILIES.items() for name in names}


def __getattr__(name: str) -> Any:
    family = _FAMILY_OF.get(name)
    if family is None:
        raise AttributeError(f"module 'desk.elements.widgets' has no attribute '{name}'")
    value = getattr(importlib.import_module(f"desk.elements.widgets.{family}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_FAMILY_OF})


__all__ = [
    "audio_input",
    "button",
    "camera_input",
    "checkbox",
    "color_picker",
    "date_input",
    "datetime_input",
    "download_button",
    "feedback",
    "file_picker",
    "file_uploader",
    "form_submit_button",
    "link_button",
    "menu_button",
    "multiselect",
    "number_input",
    "page_link",
    "pagination",
    "pills",
    "radio",
    "segmented_control",
    "select_slider",
    "selectbox",
    "slider",
    "text_area",
    "text_input",
    "time_input",
    "toggle",
]
