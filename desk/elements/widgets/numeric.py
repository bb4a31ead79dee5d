"""Numeric widgets: slider, select_slider and number_input, with their definitions and the slider's codec."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, cast

from desk.elements import urls
from desk.elements.base import WidgetCallback, check_label, help_text, widget
from desk.elements.definitions import LabeledProps, define
from desk.elements.widgets._common import (
    FormatFunc,
    format_options,
    index_of,
    is_int,
    is_number,
    label_lookup,
    option_at,
    option_index,
    short_repr,
    to_options,
)
from desk.errors import DeskAPIError

SliderDataType = Literal["int", "float", "date", "time", "datetime"]


@dataclass(kw_only=True, slots=True)
class SliderProps(LabeledProps):
    """A slider over numbers, or dates and times as milliseconds since the epoch (st.slider)."""

    data_type: SliderDataType
    """What the numbers stand for: ints, floats, or a date, time or datetime in milliseconds (UTC)."""
    min_value: float
    """The lowest value, in the wire's units."""
    max_value: float
    """The highest value, in the wire's units."""
    step: float
    """The distance between two values, in the wire's units."""
    format: str
    """A printf-style format for numbers, or a strftime-style one for dates and times."""
    is_range: bool
    """True for a range slider, whose value is a [low, high] pair."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class NumberInputProps(LabeledProps):
    """A number box with - and + buttons (st.number_input)."""

    data_type: Literal["int", "float"]
    """Whether the value is an int or a float."""
    min_value: float | None
    """The lowest value allowed, or None for no limit."""
    max_value: float | None
    """The highest value allowed, or None for no limit."""
    step: float
    """What - and + add or subtract."""
    format: str
    """A printf-style format for the value, e.g. "%0.2f"."""
    placeholder: str | None
    """Text shown while the box is empty."""
    icon: str | None
    """An emoji or ":material/name:" icon inside the box."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class SelectSliderProps(LabeledProps):
    """A slider over a list of options (st.select_slider)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    is_range: bool
    """True for a range slider, whose value is a [low, high] pair of indices."""
    width: str | int
    """"stretch" or a width in pixels."""


# The slider's codec: numbers travel as they are; dates, times and datetimes as
# milliseconds since the epoch (a time as its offset on the epoch's day).
EPOCH = dt.datetime(1970, 1, 1)


MILLISECOND = dt.timedelta(milliseconds=1)


def slider_to_wire(kind: str, value: Any) -> Any:
    """A slider value (or bound) of ``kind`` (its ``data_type``) in its wire form."""
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "datetime":
        return (value.replace(tzinfo=None) - EPOCH) / MILLISECOND
    if kind == "date":
        return (dt.datetime.combine(value, dt.time()) - EPOCH) / MILLISECOND
    return (dt.datetime.combine(EPOCH.date(), value.replace(tzinfo=None)) - EPOCH) / MILLISECOND


def slider_from_wire(kind: str, wire: Any, tzinfo: dt.tzinfo | None) -> Any:
    """The Python value of a slider's wire value (or bound); times and datetimes get ``tzinfo``."""
    if kind == "int":
        return int(round(wire))
    if kind == "float":
        return float(wire)
    moment = EPOCH + dt.timedelta(milliseconds=float(wire))
    if kind == "date":
        return moment.date()
    if kind == "time":
        return moment.time().replace(tzinfo=tzinfo)
    return moment.replace(tzinfo=tzinfo)


def slider_url(kind: str, is_range: bool) -> urls.UrlCodec:
    """A slider's value in the URL: numbers, or ISO dates, times and moments; a range repeats the parameter."""
    parse = {"date": urls.parse_date, "time": urls.parse_time, "datetime": urls.parse_datetime}.get(kind)

    def one_from_url(text: str) -> Any:
        if parse is None:
            return urls.parse_number(text)
        moment = parse(text)
        if getattr(moment, "tzinfo", None) is not None:
            raise ValueError(f"{text!r} carries a time zone")
        return slider_to_wire(kind, moment)

    def one_to_url(wire: Any) -> str:
        if parse is None:
            return urls.number_text(wire)
        return urls.short_iso(slider_from_wire(kind, wire, None).isoformat())

    def read(raw: list[str]) -> Any:
        values = [one_from_url(text) for text in raw if text != ""]
        if is_range:
            if len(values) != 2:
                raise ValueError("a range needs two values")
            return sorted(values)
        if not values:
            raise ValueError("no value")
        return values[-1]

    def write(wire: Any) -> list[str]:
        return [one_to_url(w) for w in wire] if is_range else [one_to_url(wire)]

    return urls.UrlCodec(read, write)


def slider_step_to_wire(kind: str, step: Any) -> Any:
    """A slider's step on the wire: a number, or a timedelta in milliseconds."""
    if kind in ("int", "float"):
        return step
    return step / MILLISECOND


def slider_step_from_wire(kind: str, wire: Any) -> Any:
    """The Python step of a slider's wire step (None stays None)."""
    if kind in ("int", "float") or wire is None:
        return wire
    return dt.timedelta(milliseconds=float(wire))


SLIDER = define(
    "Slider", SliderProps, apptest="slider", attrs=("help", "disabled", "data_type", "min_value", "max_value", "step"),
    value=float | list[float],
)  # fmt: skip


NUMBER_INPUT = define(
    "NumberInput", NumberInputProps, apptest="number_input", attrs=("help", "disabled", "min_value", "max_value", "step"),
    value=float | None,
)  # fmt: skip


SELECT_SLIDER = define(
    "SelectSlider", SelectSliderProps, apptest="select_slider", attrs=("help", "disabled", "options"),
    value=int | list[int],
)  # fmt: skip


SLIDER_DEFAULTS: dict[str, tuple[Any, Any, Any]] = {
    "int": (0, 100, 1),
    "float": (0.0, 1.0, 0.01),
}


SLIDER_FORMATS = {
    "int": "%d",
    "float": "%0.2f",
    "date": "YYYY-MM-DD",
    "time": "HH:mm",
    "datetime": "YYYY-MM-DD HH:mm",
}


def _slider_type(value: Any) -> str | None:
    if is_int(value):
        return "int"
    if is_number(value):
        return "float"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time"
    return None


def _check_number_format(func: str, format: str, sample: Any) -> None:
    try:
        format % sample
    except (TypeError, ValueError):
        raise DeskAPIError(
            f"st.{func}: format {format!r} is not a valid printf-style format for {type(sample).__name__} values, "
            "e.g. '%d', '%0.2f' or '%.1f%%'."
        ) from None


def _check_plain_number_format(format: str) -> None:
    """st.number_input's format must print a bare number (the box parses what it shows), as in Streamlit."""
    try:
        float(format % 2)
    except (TypeError, ValueError):
        raise DeskAPIError(
            f"st.number_input: format {format!r} must print a plain number, such as '%d', '%0.2f' or '%e'; "
            "it cannot add text such as a unit or a percent sign (put that in the label)."
        ) from None


def slider(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """A slider over ints, floats, dates, times or datetimes. A two-value ``value`` makes a range slider."""
    check_label("slider", label, label_visibility)
    help = help_text("slider", help)
    if value is None:
        value = min_value if min_value is not None else 0
    is_range = isinstance(value, (list, tuple))
    values = list(value) if is_range else [value]
    if is_range and len(values) != 2:
        raise DeskAPIError(
            f"st.slider: value must be a single value or a list/tuple of two values (a range), not {len(values)} values."
        )
    named = [("value", v) for v in values] + [("min_value", min_value), ("max_value", max_value)]
    for name, v in named:
        if v is not None and _slider_type(v) is None:
            raise DeskAPIError(
                f"st.slider: {name} must be an int, float, date, time or datetime, not {type(v).__name__} ({short_repr(v)})."
            )
    types = {_slider_type(v) for _, v in named if v is not None}
    if len(types) > 1:
        given = ", ".join(
            f"{n}={short_repr(v)}"
            for n, v in (("min_value", min_value), ("max_value", max_value), ("value", value))
            if v is not None
        )
        raise DeskAPIError(
            f"st.slider: min_value, max_value and value must all be of the same type ({given}). "
            "Use e.g. all ints (0, 10) or all floats (0.0, 10.0)."
        )
    (kind,) = types or {"int"}
    assert kind is not None
    low, high = values[0], values[-1]
    if min_value is None:
        if kind in SLIDER_DEFAULTS:
            min_value = min(SLIDER_DEFAULTS[kind][0], low)
        elif kind == "time":
            min_value = dt.time(0, 0, tzinfo=low.tzinfo)
        else:
            min_value = low - dt.timedelta(days=14)
    if max_value is None:
        if kind in SLIDER_DEFAULTS:
            max_value = max(SLIDER_DEFAULTS[kind][1], high)
        elif kind == "time":
            max_value = dt.time(23, 59, 59, 999999, tzinfo=high.tzinfo)
        else:
            max_value = high + dt.timedelta(days=14)
    if step is None:
        step = (
            SLIDER_DEFAULTS[kind][2]
            if kind in SLIDER_DEFAULTS
            else (dt.timedelta(minutes=15) if kind == "time" else dt.timedelta(days=1))
        )
    if kind in ("int", "float"):
        if not is_number(step) or (kind == "int" and not is_int(step)):
            raise DeskAPIError(
                f"st.slider: step must be {'an int' if kind == 'int' else 'a number'} for {kind} sliders, not {short_repr(step)}."
            )
    elif not isinstance(step, dt.timedelta):
        raise DeskAPIError(
            f"st.slider: step must be a datetime.timedelta for {kind} sliders, not {short_repr(step)}."
        )
    if step <= (dt.timedelta(0) if isinstance(step, dt.timedelta) else 0):
        raise DeskAPIError(f"st.slider: step must be greater than zero, not {step!r}.")
    if min_value > max_value:
        # Bounds given the wrong way round are swapped, as Streamlit does.
        min_value, max_value = max_value, min_value
    if min_value == max_value:
        raise DeskAPIError(f"st.slider: min_value and max_value are both {min_value}; give the slider a range.")
    if is_range and low > high:
        raise DeskAPIError(f"st.slider: the range start ({low}) must not be greater than its end ({high}).")
    # A default outside the bounds is drawn as given: Streamlit 1.67 checks only values set
    # later, from session state (settle below); a client's goes back to the default (deserialize).
    default = tuple(values) if is_range else values[0]
    if format is None:
        format = SLIDER_FORMATS[kind]
    elif not isinstance(format, str):
        raise DeskAPIError(f"st.slider: format must be a string, not {short_repr(format)}.")
    elif kind in ("int", "float"):
        _check_number_format("slider", format, low)
    tzinfo = getattr(low, "tzinfo", None)
    lo_wire, hi_wire = slider_to_wire(kind, min_value), slider_to_wire(kind, max_value)

    def one_to_wire(v: Any) -> Any:
        if not (_slider_type(v) == kind or (kind == "float" and is_number(v))):
            raise DeskAPIError(f"st.slider: value {short_repr(v)} must be of the slider's type ({kind}).")
        return slider_to_wire(kind, v)

    def settle(v: Any) -> Any:
        if (tuple(v) if isinstance(v, list) else v) == default:
            return v  # only the default may lie outside the bounds
        for one in v if isinstance(v, (list, tuple)) else [v]:
            if not min_value <= one <= max_value:
                raise DeskAPIError(
                    f"st.slider: value ({one}) must be between min_value ({min_value}) and max_value ({max_value})."
                )
        return v

    def serialize(v: Any) -> Any:
        if is_range:
            pair = list(v) if isinstance(v, (list, tuple)) else None
            if pair is None or len(pair) != 2:
                raise DeskAPIError(
                    f"st.slider: this is a range slider; its value must be a (low, high) pair, not {short_repr(v)}."
                )
            return [one_to_wire(pair[0]), one_to_wire(pair[1])]
        if isinstance(v, (list, tuple)):
            raise DeskAPIError(f"st.slider: this slider holds a single value, not a range ({short_repr(v)}).")
        return one_to_wire(v)

    def one_from_wire(w: Any) -> Any:
        if not is_number(w):
            raise DeskAPIError(f"st.slider: value {w!r} is not a number.")
        return slider_from_wire(kind, w, tzinfo)

    def deserialize(wire: Any) -> Any:
        # A client value outside the bounds (or not finite) puts the slider back to its
        # default, as Streamlit 1.67 does, rather than being refused.
        items = list(wire) if is_range else [wire]
        if any(is_number(w) and not (math.isfinite(w) and lo_wire <= w <= hi_wire) for w in items):
            return default
        if is_range:
            return (one_from_wire(items[0]), one_from_wire(items[1]))
        return one_from_wire(wire)

    identity = {
        "label": label,
        "min": min_value,
        "max": max_value,
        "value": default,
        "step": step,
        "format": format,
        "help": help,
    }
    return widget(
        "Slider",
        func="slider",
        label=label,
        key=key,
        identity=identity,
        default=default,
        props=SliderProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            data_type=cast(SliderDataType, kind),
            min_value=lo_wire,
            max_value=hi_wire,
            step=slider_step_to_wire(kind, step),
            format=format,
            is_range=is_range,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        url=None if bind is None else (slider_url(kind, is_range)),
        settle=settle,
    )


def select_slider(
    label: str,
    options: Any = (),
    value: Any = None,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """A slider over a list of options. A two-option ``value`` makes a range slider (returns a tuple)."""
    check_label("select_slider", label, label_visibility)
    help = help_text("select_slider", help)
    opts = to_options("select_slider", options)
    if not opts:
        raise DeskAPIError("st.select_slider: options must contain at least one option.")
    formatted = format_options("select_slider", opts, format_func)
    is_range = isinstance(value, (list, tuple))
    if is_range and len(value) != 2:
        raise DeskAPIError(
            f"st.select_slider: value must be a single option or a list/tuple of two options (a range), not {len(value)} values."
        )
    if value is None:
        default_indices = [0]
    else:
        default_indices = [option_index("select_slider", opts, v) for v in (value if is_range else [value])]

    by_label = label_lookup(formatted, format_func)

    def serialize(v: Any) -> Any:
        if is_range:
            if not isinstance(v, (list, tuple)) or len(v) != 2:
                raise DeskAPIError(
                    f"st.select_slider: this is a range slider; its value must be a pair of options, not {short_repr(v)}."
                )
            return sorted(option_index("select_slider", opts, item, by_label=by_label) for item in v)
        return option_index("select_slider", opts, v, by_label=by_label)

    def deserialize(wire: Any) -> Any:
        if is_range:
            first, second = sorted(list(wire))
            return (option_at("select_slider", opts, first), option_at("select_slider", opts, second))
        return option_at("select_slider", opts, wire)

    default = (opts[default_indices[0]], opts[default_indices[1]]) if is_range else opts[default_indices[0]]
    if is_range:
        default = deserialize(default_indices)
    value = widget(
        "SelectSlider",
        func="select_slider",
        label=label,
        key=key,
        identity={"label": label, "options": formatted, "value": default_indices, "help": help},
        default=default,
        props=SelectSliderProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            options=formatted,
            is_range=is_range,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        url=None if bind is None else (urls.options(formatted, pair=True) if is_range else urls.option(formatted, clearable=False)),
        settle=_settle_select_slider(opts, formatted, format_func, default, is_range),
    )
    return deserialize(serialize(value))  # this run's option objects


def _settle_select_slider(
    options: list[Any], formatted: list[str], format_func: Any, default: Any, is_range: bool
) -> Callable[[Any], Any]:
    """A value that is no longer an option (or a range with an end that is not) gives way to the
    default, as in Streamlit."""
    by_label = label_lookup(formatted, format_func)

    def settle(v: Any) -> Any:
        ends = list(v) if is_range and isinstance(v, (list, tuple)) else [v]
        if (not is_range or len(ends) == 2) and all(index_of(options, end, by_label) is not None for end in ends):
            return v
        return default

    return settle


def number_input(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = "min",
    step: Any = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
) -> Any:
    """A number box with +/- buttons. Returns an int or a float, following the arguments' type."""
    check_label("number_input", label, label_visibility)
    help = help_text("number_input", help)
    if isinstance(value, str) and value != "min":
        raise DeskAPIError(f"st.number_input: value must be a number, 'min' or None, not {value!r}.")
    # A bool is an int to Streamlit's number_input (value=False is 0): real apps pass them.
    value, min_value, max_value, step = (int(v) if isinstance(v, bool) else v for v in (value, min_value, max_value, step))
    given = {"min_value": min_value, "max_value": max_value, "step": step}
    if not isinstance(value, str):
        given["value"] = value
    numbers_given = {}
    for name, v in given.items():
        if v is None:
            continue
        if not is_number(v):
            raise DeskAPIError(
                f"st.number_input: {name} must be an int or a float, not {type(v).__name__} ({short_repr(v)})."
            )
        numbers_given[name] = v
    kinds = {"int" if is_int(v) else "float" for v in numbers_given.values()}
    if len(kinds) > 1:
        shown = ", ".join(f"{n}={v!r} ({'int' if is_int(v) else 'float'})" for n, v in numbers_given.items())
        raise DeskAPIError(
            f"st.number_input: all numerical arguments must be of the same type, but got {shown}. "
            "Use e.g. all ints (1, 10) or all floats (1.0, 10.0)."
        )
    kind = kinds.pop() if kinds else "float"
    cast: Callable[[Any], Any] = int if kind == "int" else float
    if isinstance(value, str):  # "min"
        value = min_value if min_value is not None else cast(0)
    if step is None:
        step = 1 if kind == "int" else 0.01
    if step <= 0:
        raise DeskAPIError(f"st.number_input: step must be greater than zero, not {step!r}.")
    if min_value is not None and max_value is not None and min_value > max_value:
        raise DeskAPIError(
            f"st.number_input: min_value ({min_value}) must be less than or equal to max_value ({max_value})."
        )
    if format is None:
        format = "%d" if kind == "int" else "%0.2f"
    elif not isinstance(format, str):
        raise DeskAPIError(f"st.number_input: format must be a string, not {short_repr(format)}.")
    _check_number_format("number_input", format, cast(value if value is not None else 0))
    _check_plain_number_format(format)

    def convert(v: Any) -> Any:
        if v is None:
            return None
        if not is_number(v):
            raise DeskAPIError(
                f"st.number_input: value must be a number, not {type(v).__name__} ({short_repr(v)})."
            )
        return cast(v)

    def inside(v: Any) -> bool:
        return v is None or ((min_value is None or v >= min_value) and (max_value is None or v <= max_value))

    def check(v: Any) -> Any:
        v = convert(v)
        if min_value is not None and v is not None and v < min_value:
            raise DeskAPIError(
                f"st.number_input: value ({v}) must be greater than or equal to min_value ({min_value})."
            )
        if max_value is not None and v is not None and v > max_value:
            raise DeskAPIError(
                f"st.number_input: value ({v}) must be less than or equal to max_value ({max_value})."
            )
        return v

    default = check(value)

    # A value outside the bounds, from the client or from session state, puts the input
    # back to its default, as Streamlit 1.67 does; only the default itself must fit.
    def deserialize(wire: Any) -> Any:
        v = convert(wire)
        return v if inside(v) else default

    def settle(v: Any) -> Any:
        return v if not is_number(v) or inside(v) else default

    return widget(
        "NumberInput",
        func="number_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "min": min_value,
            "max": max_value,
            "value": default,
            "step": step,
            "format": format,
            "help": help,
            "placeholder": placeholder,
        },
        default=default,
        props=NumberInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            data_type="int" if kind == "int" else "float",
            min_value=min_value,
            max_value=max_value,
            step=step,
            format=format,
            placeholder=placeholder,
            icon=icon,
            width=width,
        ),
        serialize=convert,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        required=bool(required),
        url=None if bind is None else (urls.number(clearable=default is None)),
        settle=settle,
    )
