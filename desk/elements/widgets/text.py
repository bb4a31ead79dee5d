"""Text widgets: text_input, text_area and color_picker, with their definitions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from desk.durations import parse_duration
from desk.elements import urls
from desk.elements.base import WidgetCallback, check_label, help_text, widget
from desk.elements.definitions import LabeledProps, define, omitted
from desk.elements.widgets._common import check_positive_int, short_repr
from desk.errors import DeskAPIError


@dataclass(kw_only=True, slots=True)
class ColorPickerProps(LabeledProps):
    """A colour swatch that opens a picker (st.color_picker)."""

    width: str | int
    """"content", "stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class TextInputProps(LabeledProps):
    """A single-line text box (st.text_input)."""

    max_chars: int | None
    """The most characters the box accepts, or None for no limit."""
    type: Literal["default", "password"]
    """"password" masks the text."""
    autocomplete: str
    """The HTML autocomplete attribute ("" lets the browser decide)."""
    placeholder: str
    """Text shown while the box is empty."""
    icon: str | None
    """An emoji or ":material/name:" icon inside the box."""
    width: str | int
    """"stretch" or a width in pixels."""
    live_ms: int | None = omitted()
    """live=: commit while typing, after this many milliseconds without input; absent: on Enter or blur."""
    validate_regex: str | None = omitted()
    """A JavaScript regular expression a non-empty value must match before it is sent; absent: none."""
    validate_message: str | None = omitted()
    """What the box says when its value does not match validate_regex; absent: a generic message."""


@dataclass(kw_only=True, slots=True)
class TextAreaProps(LabeledProps):
    """A multi-line text box (st.text_area)."""

    height: str | int | None
    """"content", "stretch", a height in pixels, or None for three lines."""
    max_chars: int | None
    """The most characters the box accepts, or None for no limit."""
    placeholder: str
    """Text shown while the box is empty."""
    width: str | int
    """"stretch" or a width in pixels."""


COLOR_PICKER = define("ColorPicker", ColorPickerProps, apptest="color_picker", attrs=("help", "disabled"), value=str)


TEXT_INPUT = define(
    "TextInput", TextInputProps, apptest="text_input", attrs=("help", "disabled", "max_chars", "placeholder"),
    value=str | None,
)  # fmt: skip


TEXT_AREA = define(
    "TextArea", TextAreaProps, apptest="text_area", attrs=("help", "disabled", "max_chars", "placeholder"),
    value=str | None,
)  # fmt: skip


def _text_serde(func: str, max_chars: int | None) -> Callable[[Any], Any]:
    def check(value: Any) -> str | None:
        if value is None:
            return None
        text = str(value)
        if max_chars is not None and len(text) > max_chars:
            raise DeskAPIError(
                f"st.{func}: value {short_repr(text)} has {len(text)} characters, more than max_chars ({max_chars})."
            )
        return text

    return check


def _default_text(value: Any, max_chars: int | None) -> str | None:
    """The widget's default: ``value`` as text, cut to ``max_chars`` as Streamlit does."""
    if value is None:
        return None
    text = str(value)
    return text if max_chars is None else text[:max_chars]


def _live_ms(live: object) -> int | None:
    """``live``: False (commit on Enter or blur), True (after 250 ms) or a pause such as "300ms", up to a minute."""
    if live is False:
        return None
    if live is True:
        return 250
    if not isinstance(live, str):
        raise DeskAPIError(
            f"st.text_input: live must be True, False or a duration string such as '300ms', not {short_repr(live)} "
            "(a bare number is ambiguous: write '300ms')."
        )
    seconds = parse_duration(live)
    if not 0 <= seconds <= 60:
        raise DeskAPIError(f"st.text_input: live must be a pause between 0 and 1 minute, not {live!r}.")
    return round(seconds * 1000)


def _validate_rule(validate: object) -> tuple[str | None, str | None]:
    """text_input's ``validate``: a pattern, or a (pattern, message) pair, as (pattern, message)."""
    if validate is None:
        return None, None
    if isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple) and len(validate) == 2 and all(isinstance(part, str) for part in validate):
        return validate[0], validate[1]
    raise DeskAPIError(
        "st.text_input: validate must be a regular expression (a string), a (regular expression, message) "
        f"pair of strings, or None, not {short_repr(validate)}."
    )


def text_input(
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | None = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    validate: str | tuple[str, str] | None = None,
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
    live: bool | str = False,
) -> str | None:
    """A single-line text box. Returns its text (None when ``value`` is None and nothing was typed).

    ``validate`` is a JavaScript regular expression (not anchored: use ``^`` and ``$`` for the
    whole value), or a ``(pattern, message)`` pair: the box keeps a non-empty value that does not
    match and says so (with ``message``), rather than send it; a form does not submit while one of
    its boxes holds such a value. The check runs in the window only: check values that matter again.
    """
    check_label("text_input", label, label_visibility)
    pattern, message = _validate_rule(validate)
    help = help_text("text_input", help)
    max_chars = check_positive_int("text_input", "max_chars", max_chars)
    if type not in ("default", "password"):
        raise DeskAPIError(f"st.text_input: type must be 'default' or 'password', not {type!r}.")
    if type == "password" and bind is not None:
        raise DeskAPIError(
            "st.text_input: a password cannot be bound to the URL; remove bind or type='password'."
        )
    if autocomplete is None:
        autocomplete = "new-password" if type == "password" else ""
    check = _text_serde("text_input", max_chars)
    default = _default_text(value, max_chars)
    result = widget(
        "TextInput",
        func="text_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": default,
            "max_chars": max_chars,
            "type": type,
            "help": help,
            "autocomplete": autocomplete,
            "placeholder": placeholder,
            "validate": pattern,
        },
        default=default,
        props=TextInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            max_chars=max_chars,
            type="password" if type == "password" else "default",
            autocomplete=autocomplete,
            placeholder="" if placeholder is None else str(placeholder),
            icon=icon,
            live_ms=_live_ms(live),
            width=width,
            validate_regex=pattern,
            validate_message=message,
        ),
        serialize=check,
        deserialize=check,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        required=bool(required),
        url=None if bind is None else (urls.text()),
    )
    return None if result is None else str(result)


def text_area(
    label: str,
    value: str | None = "",
    height: int | str | None = None,
    max_chars: int | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
) -> str | None:
    """A multi-line text box. Returns its text (None when ``value`` is None and nothing was typed)."""
    check_label("text_area", label, label_visibility)
    help = help_text("text_area", help)
    max_chars = check_positive_int("text_area", "max_chars", max_chars)
    if height is not None and height not in ("content", "stretch"):
        if isinstance(height, bool) or not isinstance(height, int) or height < 68:
            raise DeskAPIError(
                f"st.text_area: height must be at least 68 pixels (room for two lines), 'content', 'stretch' or None, not {height!r}."
            )
    check = _text_serde("text_area", max_chars)
    default = _default_text(value, max_chars)
    result = widget(
        "TextArea",
        func="text_area",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": default,
            "height": height,
            "max_chars": max_chars,
            "help": help,
            "placeholder": placeholder,
        },
        default=default,
        props=TextAreaProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            height=height,
            max_chars=max_chars,
            placeholder="" if placeholder is None else str(placeholder),
            width=width,
        ),
        serialize=check,
        deserialize=check,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        required=bool(required),
        url=None if bind is None else (urls.text()),
    )
    return None if result is None else str(result)


HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def color_picker(
    label: str,
    value: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str:
    """A color picker. Returns the color as a hex string like ``"#00FFAA"``."""
    check_label("color_picker", label, label_visibility)
    help = help_text("color_picker", help)

    def check(v: Any) -> str:
        if not isinstance(v, str) or not HEX_COLOR.match(v):
            raise DeskAPIError(
                f"st.color_picker: value must be a hex color string like '#FF0000' or '#F00', not {short_repr(v)}."
            )
        return v

    default = check("#000000" if value is None else value)
    return str(
        widget(
            "ColorPicker",
            func="color_picker",
            label=label,
            key=key,
            identity={"label": label, "value": default, "help": help},
            default=default,
            props=ColorPickerProps(
                help=help, disabled=bool(disabled), label_visibility=label_visibility,
                width=width,
            ),
            serialize=check,
            deserialize=check,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            bind=bind,
            persist_state=persist_state,
            url=None if bind is None else (urls.text()),
        )
    )
