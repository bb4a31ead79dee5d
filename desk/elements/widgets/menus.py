"""Menu button: a button that opens a list of actions; its value is the one clicked, for one run (st.menu_button)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desk.elements.base import WidgetCallback, check_label, check_wrap, help_text, widget
from desk.elements.definitions import Props, define, omitted
from desk.elements.widgets._common import (
    FormatFunc,
    button_type,
    format_options,
    index_of,
    is_int,
    short_repr,
    to_options,
)
from desk.errors import DeskAPIError


@dataclass(kw_only=True, slots=True)
class MenuButtonProps(Props):
    """A button with a drop-down list of options; the value is the option clicked, in that run only (st.menu_button)."""

    options: list[str]
    """The options as the list shows them (formatted)."""
    help: str | None
    """Tooltip text (markdown) of the button."""
    type: str
    """"primary", "secondary" or "tertiary": how prominent the button is."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    disabled: bool
    """True greys the button out and ignores clicks."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    wrap: bool | None = omitted()
    """True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout."""


MENU_BUTTON = define(
    "MenuButton", MenuButtonProps, apptest="menu_button", attrs=("options", "help"), value=int | None
, sizes_itself=True)


def menu_codec(
    func: str, options: list[Any], labels: list[str]
) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """The clicked option's wire form (its index) both ways; a label from the list is accepted too."""

    def serialize(option: Any) -> int | None:
        if option is None:
            return None
        index = index_of(options, option, lambda value: labels.index(value) if value in labels else None)
        if index is None:
            raise DeskAPIError(f"st.{func}: {short_repr(option)} is not one of the options.")
        return index

    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        if isinstance(wire, str) and wire in labels:
            return options[labels.index(wire)]
        if is_int(wire) and 0 <= wire < len(options):
            return options[int(wire)]
        raise DeskAPIError(f"st.{func}: option {short_repr(wire)} is not in the menu.")

    return serialize, deserialize


def menu_button(
    label: str,
    options: Any,
    *,
    key: str | None = None,
    help: str | None = None,
    on_click: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: str | int = "content",
    format_func: FormatFunc = str,
    wrap: bool | None = None,
) -> Any:
    """A button that opens a menu of ``options``. Returns the option clicked in the run that the
    click starts, and None in every other run (like ``st.button``).
    """
    check_label("menu_button", label)
    help = help_text("menu_button", help)
    button_type("menu_button", type)
    choices = to_options("menu_button", options)
    if not choices:
        raise DeskAPIError("st.menu_button: options must hold at least one option.")
    labels = format_options("menu_button", choices, format_func)
    if len(set(labels)) != len(labels):
        raise DeskAPIError(
            "st.menu_button: two options show the same label; give each option a label of its own "
            "(change the options or format_func)."
        )
    if width not in ("content", "stretch") and (not is_int(width) or width <= 0):  # type: ignore[operator]
        raise DeskAPIError(
            f"st.menu_button: width must be 'content', 'stretch' or a positive number of pixels, not {width!r}."
        )
    serialize, deserialize = menu_codec("menu_button", choices, labels)
    return widget(
        "MenuButton",
        func="menu_button",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": tuple(labels),
            "help": help,
            "type": type,
            "icon": icon,
            "width": width,
        },
        default=None,
        props=MenuButtonProps(
            options=labels, help=help, type=type, icon=icon, disabled=bool(disabled), width=width,
            wrap=check_wrap("menu_button", wrap),
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_click,
        args=args,
        kwargs=kwargs,
        trigger=True,
        trigger_reset=None,
        allowed_in_form=False,
    )
