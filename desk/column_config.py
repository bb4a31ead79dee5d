"""``st.column_config``: how the columns of ``st.dataframe`` and ``st.data_editor`` look and edit.

Each function validates its arguments and returns a JSON-ready dict::

    {"label", "width", "help", "disabled", "required", "default", "pinned",
     "type_config": {"type": "number", "format": ..., "min_value": ..., ...}}

Dates and times are sent as ISO 8601 text and timedeltas as seconds. The dict goes in the
``column_config`` argument, keyed by column name (or ``"_index"`` for the index).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, TypedDict, cast

from desk.elements.button_column import ButtonColumnConfig
from desk.errors import DeskAPIError


class ColumnConfig(TypedDict, total=False):
    """How one column looks and edits: what each st.column_config function returns."""

    label: str | None
    """The column's header, or None for its name."""
    width: str | int | None
    """"small", "medium", "large", a width in pixels, or None for the grid's choice."""
    help: str | None
    """Tooltip text (markdown) on the column's header."""
    hidden: bool
    """True leaves the column out (a column_config value of None)."""
    disabled: bool | None
    """True makes the column read-only in st.data_editor."""
    required: bool | None
    """True makes st.data_editor refuse an empty cell in the column."""
    default: Any
    """The value of the column in a row added in st.data_editor."""
    pinned: bool | None
    """True keeps the column in view when the grid scrolls sideways."""
    type_config: dict[str, Any]
    """The column type's own settings: "type" ("number", "link"...) and its options."""
    alignment: str
    """"left", "center" or "right" for the cells; absent: by the column's type (numbers right)."""


WIDTHS = ("small", "medium", "large")
ALIGNMENTS = ("left", "center", "right")
NUMBER_FORMATS = (
    "plain",
    "localized",
    "percent",
    "dollar",
    "euro",
    "yen",
    "accounting",
    "compact",
    "scientific",
    "engineering",
)

__all__ = [
    "AreaChartColumn",
    "AudioColumn",
    "BarChartColumn",
    "ButtonColumn",
    "CheckboxColumn",
    "Column",
    "ColumnConfig",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "MarkdownColumn",
    "MultiselectColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
    "VideoColumn",
]
BUTTON_TYPES = ("primary", "secondary", "tertiary")
THEME_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")


# ------------------------------------------------------------------ validation helpers


def _fail(func: str, message: str) -> DeskAPIError:
    return DeskAPIError(f"st.column_config.{func}: {message}")


def _optional_str(func: str, name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _fail(func, f"{name} must be a string or None, not {type(value).__name__} ({value!r}).")


def _optional_bool(func: str, name: str, value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _fail(func, f"{name} must be True, False or None, not {value!r}.")


def _width(func: str, width: object) -> str | int | None:
    if width is None or width in WIDTHS:
        return width  # type: ignore[return-value]
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    raise _fail(func, f"width must be 'small', 'medium', 'large', a positive number of pixels or None, not {width!r}.")


def _number(func: str, name: str, value: object) -> int | float | None:
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (int, float)):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(func, f"{name} must be a number or None, not {type(value).__name__} ({value!r}).")
    return value


def _ordered(func: str, low_name: str, low: Any, high_name: str, high: Any) -> None:
    if low is not None and high is not None and low > high:
        raise _fail(func, f"{low_name} ({low!r}) must be less than or equal to {high_name} ({high!r}).")


def _positive(func: str, name: str, value: int | float | None) -> None:
    if value is not None and value <= 0:
        raise _fail(func, f"{name} must be greater than 0, not {value!r}.")


def _regex(func: str, validate: object) -> str | None:
    pattern = _optional_str(func, "validate", validate)
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as error:
            raise _fail(func, f"validate ({pattern!r}) is not a valid regular expression: {error}.")
    return pattern


def _format(func: str, format: object, presets: Iterable[str] = ()) -> str | None:
    text = _optional_str(func, "format", format)
    if text is not None and not text:
        raise _fail(func, f"format must not be empty; use None for the default, or one of {', '.join(presets) or 'a format string'}.")
    return text


def _base(
    func: str,
    type_name: str | None,
    label: object,
    *,
    width: object = None,
    help: object = None,
    disabled: object = None,
    required: object = None,
    pinned: object = None,
    default: Any = None,
    alignment: object = None,
    **type_options: Any,
) -> ColumnConfig:
    config: ColumnConfig = {
        "label": _optional_str(func, "label", label),
        "width": _width(func, width),
        "help": _optional_str(func, "help", help),
        "disabled": _optional_bool(func, "disabled", disabled),
        "required": _optional_bool(func, "required", required),
        "default": default,
        "pinned": _optional_bool(func, "pinned", pinned),
    }
    if type_name is not None:
        config["type_config"] = {"type": type_name, **type_options}
    if alignment is not None:
        if alignment not in ALIGNMENTS:
            raise _fail(func, f"alignment must be 'left', 'center', 'right' or None, not {alignment!r}.")
        config["alignment"] = str(alignment)
    return config


# ------------------------------------------------------------------ date and time values


def _iso(func: str, name: str, value: object, kinds: tuple[type, ...]) -> str | None:
    """A date, time or datetime (or its ISO text) as ISO text."""
    if value is None:
        return None
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, str):
        for parser in (dt.datetime.fromisoformat, dt.date.fromisoformat, dt.time.fromisoformat):
            try:
                parser(value)
            except ValueError:
                continue
            return value
        raise _fail(func, f"{name} ({value!r}) is not an ISO 8601 date or time, e.g. '2024-01-31' or '13:45:00'.")
    if isinstance(value, kinds):
        return value.isoformat()  # type: ignore[attr-defined,no-any-return]
    wanted = " or ".join(k.__name__ for k in kinds)
    raise _fail(func, f"{name} must be a {wanted}, an ISO 8601 string or None, not {type(value).__name__} ({value!r}).")


def _seconds(func: str, step: object) -> int | float | None:
    if isinstance(step, dt.timedelta):
        return step.total_seconds()
    value = _number(func, "step", step)
    _positive(func, "step", value)
    return value


# ------------------------------------------------------------------ column types


def Column(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column with generic settings and the type chosen from the data."""
    return _base(
        "Column", None, label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment,
    )  # fmt: skip


def TextColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A text column; ``validate`` is a regular expression edited values must match."""
    func = "TextColumn"
    _optional_str(func, "default", default)
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0):
        raise _fail(func, f"max_chars must be a positive integer or None, not {max_chars!r}.")
    return _base(
        func, "text", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default, max_chars=max_chars, validate=_regex(func, validate),
    )  # fmt: skip


def NumberColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A number column; ``format`` is printf-style (``"%.2f"``) or a preset (``"dollar"``)."""
    func = "NumberColumn"
    low, high = _number(func, "min_value", min_value), _number(func, "max_value", max_value)
    _ordered(func, "min_value", low, "max_value", high)
    step_value = _number(func, "step", step)
    _positive(func, "step", step_value)
    default_value = _number(func, "default", default)
    if default_value is not None:
        _ordered(func, "min_value", low, "default", default_value)
        _ordered(func, "default", default_value, "max_value", high)
    return _base(
        func, "number", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default_value, format=_format(func, format, NUMBER_FORMATS), min_value=low, max_value=high,
        step=step_value,
    )  # fmt: skip


def CheckboxColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of checkboxes."""
    func = "CheckboxColumn"
    _optional_bool(func, "default", default)
    return _base(
        func, "checkbox", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default,
    )  # fmt: skip


def SelectboxColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: str | int | float | None = None,
    options: Iterable[str | int | float] | None = None,
    format_func: Any = None,
) -> ColumnConfig:
    """A column whose cells are edited with a dropdown of ``options``.

    ``format_func`` gives each option the text the cells and the dropdown show (the cells keep
    the option itself): the options then travel as ``{"value": ..., "label": ...}``.
    """
    func = "SelectboxColumn"
    if format_func is not None and not callable(format_func):
        raise _fail(func, f"format_func must be a function or None, not {format_func!r}.")
    choices: list[Any] | None = None
    if options is not None:
        if isinstance(options, (str, bytes)) or not isinstance(options, Iterable):
            raise _fail(func, f"options must be a list of strings or numbers, not {options!r}.")
        choices = [o.item() if hasattr(o, "item") else o for o in options]
        for option in choices:
            if not isinstance(option, (str, int, float)):
                raise _fail(func, f"options must hold strings or numbers; {option!r} is a {type(option).__name__}.")
    if default is not None and choices is not None and default not in choices:
        raise _fail(func, f"default ({default!r}) must be one of the options: {', '.join(map(repr, choices))}.")
    entries: list[Any] | None = choices
    if format_func is not None and choices is not None:
        entries = []
        for option in choices:
            shown = format_func(option)
            if not isinstance(shown, str):
                raise _fail(func, f"format_func must return a string; it returned {shown!r} for {option!r}.")
            entries.append({"value": option, "label": shown})
    return _base(
        func, "selectbox", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        default=default, options=entries,
    )  # fmt: skip


def DatetimeColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: dt.datetime | str | None = None,
    format: str | None = None,
    min_value: dt.datetime | str | None = None,
    max_value: dt.datetime | str | None = None,
    step: int | float | dt.timedelta | None = None,
    timezone: str | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A date-and-time column; ``format`` is a momentJS pattern or a preset."""
    func = "DatetimeColumn"
    kinds = (dt.datetime,)
    low, high = _iso(func, "min_value", min_value, kinds), _iso(func, "max_value", max_value, kinds)
    _ordered(func, "min_value", low, "max_value", high)
    return _base(
        func, "datetime", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=_iso(func, "default", default, kinds), format=_format(func, format), min_value=low, max_value=high,
        step=_seconds(func, step), timezone=_optional_str(func, "timezone", timezone),
    )  # fmt: skip


def DateColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: dt.date | str | None = None,
    format: str | None = None,
    min_value: dt.date | str | None = None,
    max_value: dt.date | str | None = None,
    step: int | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A date column; ``step`` is in days."""
    func = "DateColumn"
    kinds = (dt.date,)
    low, high = _iso(func, "min_value", min_value, kinds), _iso(func, "max_value", max_value, kinds)
    _ordered(func, "min_value", low, "max_value", high)
    if step is not None and (isinstance(step, bool) or not isinstance(step, int) or step <= 0):
        raise _fail(func, f"step must be a positive whole number of days or None, not {step!r}.")
    return _base(
        func, "date", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=_iso(func, "default", default, kinds), format=_format(func, format), min_value=low, max_value=high,
        step=step,
    )  # fmt: skip


def TimeColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: dt.time | str | None = None,
    format: str | None = None,
    min_value: dt.time | str | None = None,
    max_value: dt.time | str | None = None,
    step: int | float | dt.timedelta | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A time-of-day column; ``step`` is in seconds (or a timedelta)."""
    func = "TimeColumn"
    kinds = (dt.time,)
    low, high = _iso(func, "min_value", min_value, kinds), _iso(func, "max_value", max_value, kinds)
    _ordered(func, "min_value", low, "max_value", high)
    return _base(
        func, "time", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=_iso(func, "default", default, kinds), format=_format(func, format), min_value=low, max_value=high,
        step=_seconds(func, step),
    )  # fmt: skip


def LinkColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of clickable URLs; ``display_text`` may be a regex with a capture group."""
    func = "LinkColumn"
    _optional_str(func, "default", default)
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0):
        raise _fail(func, f"max_chars must be a positive integer or None, not {max_chars!r}.")
    return _base(
        func, "link", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=default, max_chars=max_chars, validate=_regex(func, validate),
        display_text=_optional_str(func, "display_text", display_text),
    )  # fmt: skip


def ImageColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of images (URLs or data URLs); not editable."""
    return _base("ImageColumn", "image", label, width=width, help=help, pinned=pinned, alignment=alignment)


def ListColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[Any] | None = None,
) -> ColumnConfig:
    """A column of lists, shown as chips."""
    func = "ListColumn"
    if default is not None and (isinstance(default, (str, bytes)) or not isinstance(default, Iterable)):
        raise _fail(func, f"default must be a list or None, not {default!r}.")
    return _base(
        func, "list", label, width=width, help=help, pinned=pinned, disabled=disabled, required=required,
        default=None if default is None else list(default),
    )  # fmt: skip


def JsonColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of JSON values (dicts, lists or JSON text); not editable."""
    return _base("JsonColumn", "json", label, width=width, help=help, pinned=pinned, alignment=alignment)


def ProgressColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A column of progress bars between ``min_value`` (0) and ``max_value`` (100 for ints, 1 for floats)."""
    func = "ProgressColumn"
    low, high = _number(func, "min_value", min_value), _number(func, "max_value", max_value)
    if low is not None and high is not None and low >= high:
        raise _fail(func, f"min_value ({low!r}) must be less than max_value ({high!r}).")
    step_value = _number(func, "step", step)
    _positive(func, "step", step_value)
    return _base(
        func, "progress", label, width=width, help=help, pinned=pinned, format=_format(func, format, NUMBER_FORMATS),
        min_value=low, max_value=high, step=step_value, color=_optional_str(func, "color", color),
    )  # fmt: skip


def _chart_column(
    func: str, kind: str, label: object, width: object, help: object, pinned: object, y_min: object, y_max: object, color: object
) -> ColumnConfig:
    low, high = _number(func, "y_min", y_min), _number(func, "y_max", y_max)
    _ordered(func, "y_min", low, "y_max", high)
    return _base(
        func, kind, label, width=width, help=help, pinned=pinned, y_min=low, y_max=high,
        color=_optional_str(func, "color", color),
    )  # fmt: skip


def BarChartColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A column of small bar charts; each cell holds a list of numbers."""
    return _chart_column("BarChartColumn", "bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A column of sparklines; each cell holds a list of numbers."""
    return _chart_column("LineChartColumn", "line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """A column of small area charts; each cell holds a list of numbers."""
    return _chart_column("AreaChartColumn", "area_chart", label, width, help, pinned, y_min, y_max, color)


# ------------------------------------------------------------------ media, markdown, multiselect, buttons


def AudioColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of audio players; cells hold data URLs or URLs the page may load (offline: data URLs). Not editable."""
    return _base("AudioColumn", "audio", label, width=width, help=help, pinned=pinned, alignment=alignment)


def VideoColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of small videos that play when clicked; cells hold data URLs or URLs. Not editable."""
    return _base("VideoColumn", "video", label, width=width, help=help, pinned=pinned, alignment=alignment)


def MarkdownColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: str | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """A column of text drawn as inline Markdown (bold, links, code, emoji...); edited as plain text."""
    func = "MarkdownColumn"
    return _base(
        func, "markdown", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        alignment=alignment, default=_optional_str(func, "default", default),
    )  # fmt: skip


def _strings(func: str, name: str, value: object) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise _fail(func, f"{name} must be a list of strings or None, not {value!r}.")
    items = list(value)
    for item in items:
        if not isinstance(item, str):
            raise _fail(func, f"{name} must hold strings; {item!r} is a {type(item).__name__}.")
    return items


def _option_colours(func: str, color: object, count: int) -> list[str | None]:
    """One colour per option: None (no colour), a colour or theme colour name for all, or a list cycled over them."""
    if color is None:
        return [None] * count
    if isinstance(color, str):
        return [color] * count
    if isinstance(color, Iterable) and not isinstance(color, bytes):
        colours = list(color)
        if not colours or not all(isinstance(c, str) for c in colours):
            raise _fail(func, f"color must be a colour, 'auto', a theme colour or a non-empty list of them, not {color!r}.")
        return [colours[i % len(colours)] for i in range(count)]
    raise _fail(func, f"color must be a colour, 'auto', a theme colour or a list of them, not {color!r}.")


def MultiselectColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: str | Iterable[str] | None = None,
    format_func: Any = None,
) -> ColumnConfig:
    """A column of lists of strings drawn as chips, each option with its label and colour ("auto": the palette)."""
    func = "MultiselectColumn"
    choices = _strings(func, "options", options)
    defaults = _strings(func, "default", default)
    if format_func is not None and not callable(format_func):
        raise _fail(func, f"format_func must be a function or None, not {format_func!r}.")
    entries: list[dict[str, Any]] | None = None
    if choices is not None:
        entries = []
        for option, colour in zip(choices, _option_colours(func, color, len(choices)), strict=True):
            entry: dict[str, Any] = {"value": option}
            if format_func is not None:
                shown = format_func(option)
                if not isinstance(shown, str):
                    raise _fail(func, f"format_func must return a string; it returned {shown!r} for {option!r}.")
                entry["label"] = shown
            if colour is not None:
                entry["color"] = colour
            entries.append(entry)
    elif color is not None:
        _option_colours(func, color, 0)
    return _base(
        func, "multiselect", label, width=width, help=help, disabled=disabled, required=required, pinned=pinned,
        default=defaults, options=entries, accept_new_options=_optional_bool(func, "accept_new_options", accept_new_options),
        color=color if isinstance(color, str) else None,
    )  # fmt: skip


def ButtonColumn(
    label: str | None = None,
    *,
    width: str | int | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    type: str = "secondary",
    on_click: Any = None,
    args: Any = None,
    kwargs: Any = None,
    key: str | None = None,
) -> ColumnConfig:
    """A read-only column of buttons labelled by the cells (a list of labels draws one button each).

    With a ``key`` a click reruns the script: ``st.session_state[key]`` then holds the click's
    ``row`` and ``label`` (see ``desk.elements.button_column``), after ``on_click`` has run.
    """
    func = "ButtonColumn"
    if type not in BUTTON_TYPES:
        raise _fail(func, f"type must be 'primary', 'secondary' or 'tertiary', not {type!r}.")
    if alignment not in (None, "left", "center", "right"):
        raise _fail(func, f"alignment must be 'left', 'center', 'right' or None, not {alignment!r}.")
    if on_click is not None and not callable(on_click):
        raise _fail(func, f"on_click must be a function or None, not {on_click!r}.")
    if args is not None and not isinstance(args, (list, tuple)):
        raise _fail(func, f"args must be a list or tuple, not {args!r}.")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise _fail(func, f"kwargs must be a dict, not {kwargs!r}.")
    if key is None and (on_click is not None or args is not None or kwargs is not None):
        raise _fail(func, "on_click, args and kwargs need a key: clicks are reported through st.session_state[key]. Pass key='...'.")
    config = _base(func, "button", label, width=width, help=help, pinned=pinned, disabled=True, button_type=type)
    # The button's place in its cell (centred by default), not the column-wide alignment of _base.
    config["type_config"]["alignment"] = alignment
    clicks = ButtonColumnConfig(config, key=key, on_click=on_click, args=tuple(args or ()), kwargs=dict(kwargs or {}))
    return cast(ColumnConfig, clicks)  # a ColumnConfig's items, with the click handling as attributes
