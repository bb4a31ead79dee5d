"""Date and time widgets: date_input, time_input and datetime_input, with their definitions and codecs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from desk.elements import urls
from desk.elements.base import WidgetCallback, check_label, help_text, widget
from desk.elements.definitions import LabeledProps, define
from desk.elements.widgets._common import is_int, short_repr
from desk.errors import DeskAPIError


@dataclass(kw_only=True, slots=True)
class DateInputProps(LabeledProps):
    """A date box with a calendar, one date or a range (st.date_input)."""

    min_value: str
    """The earliest date allowed (ISO 8601)."""
    max_value: str
    """The latest date allowed (ISO 8601)."""
    format: str
    """How the date is shown, e.g. "YYYY/MM/DD"."""
    is_range: bool
    """True for a range picker, whose value is a list of up to two dates."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class TimeInputProps(LabeledProps):
    """A time box (st.time_input)."""

    step: int
    """The step between times, in seconds."""
    width: str | int
    """"stretch" or a width in pixels."""
    format: str
    """How times are shown: "24h" (14:30), "12h" (2:30 PM) or "localized" (the system's way)."""


@dataclass(kw_only=True, slots=True)
class DateTimeInputProps(LabeledProps):
    """A date and time box (st.datetime_input)."""

    min_value: str
    """The earliest moment allowed (ISO 8601, to the minute)."""
    max_value: str
    """The latest moment allowed (ISO 8601, to the minute)."""
    format: str
    """How the date is shown, e.g. "YYYY/MM/DD"."""
    step: int
    """The step between times, in seconds."""
    width: str | int
    """"stretch" or a width in pixels."""


def date_from_wire(wire: str) -> dt.date:
    """A date input's wire date (or bound), an ISO ``YYYY-MM-DD`` string, as a date."""
    return dt.date.fromisoformat(wire)


DATE_INPUT = define(
    "DateInput", DateInputProps, apptest="date_input", attrs=("help", "disabled", "min_value", "max_value"),
    value=str | list[str] | None,
)  # fmt: skip


TIME_INPUT = define("TimeInput", TimeInputProps, apptest="time_input", attrs=("help", "disabled", "step"), value=str | None)


DATETIME_INPUT = define(
    "DateTimeInput", DateTimeInputProps, apptest="date_time_input", attrs=("help", "disabled", "min_value", "max_value", "step"),
    value=str | None,
)  # fmt: skip


DATE_FORMAT = re.compile(r"^(YYYY([/.-])MM\2DD|DD([/.-])MM\3YYYY|MM([/.-])DD\4YYYY)$")


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _to_date(func: str, name: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if value == "today":
            return dt.date.today()
        try:
            return date_from_wire(value)
        except ValueError:
            pass
    raise DeskAPIError(
        f"st.{func}: {name} must be a date, a datetime, an ISO string like '2024-12-31', 'today' or None, not {short_repr(value)}."
    )


def date_input(
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
) -> Any:
    """A date picker. A list/tuple ``value`` makes a range picker, which returns a tuple of 0 to 2 dates."""
    check_label("date_input", label, label_visibility)
    help = help_text("date_input", help)
    is_range = isinstance(value, (list, tuple))
    if is_range and len(value) > 2:
        raise DeskAPIError(f"st.date_input: a date range has at most two dates, not {len(value)}.")
    dates = (
        [_to_date("date_input", "value", v) for v in value]
        if is_range
        else ([] if value is None else [_to_date("date_input", "value", value)])
    )
    anchor_low = dates[0] if dates else dt.date.today()
    anchor_high = dates[-1] if dates else dt.date.today()
    low = (
        _to_date("date_input", "min_value", min_value)
        if min_value is not None
        else _years_from(anchor_low, -10)
    )
    high = (
        _to_date("date_input", "max_value", max_value)
        if max_value is not None
        else _years_from(anchor_high, 10)
    )
    if low > high:
        raise DeskAPIError(f"st.date_input: min_value ({low}) must be before or equal to max_value ({high}).")
    _check_date_format("date_input", format)

    explicit = min_value is not None or max_value is not None

    def check(day: dt.date) -> dt.date:
        if explicit and not low <= day <= high:
            raise DeskAPIError(
                f"st.date_input: the date {day} must be between min_value ({low}) and max_value ({high})."
            )
        return day

    for day in dates:
        check(day)
    if is_range and len(dates) == 2 and dates[0] > dates[1]:
        raise DeskAPIError(
            f"st.date_input: the range start ({dates[0]}) must not be after its end ({dates[1]})."
        )

    def serialize(v: Any) -> Any:
        if is_range:
            items = [] if v is None else list(v) if isinstance(v, (list, tuple)) else None
            if items is None or len(items) > 2:
                raise DeskAPIError(
                    f"st.date_input: this is a range picker; its value must be a tuple of up to two dates, not {short_repr(v)}."
                )
            return [_to_date("date_input", "value", item).isoformat() for item in items]
        if v is None:
            return None
        return _to_date("date_input", "value", v).isoformat()

    def settle(v: Any) -> Any:
        # With explicit bounds, a session-state date outside them puts the picker back to
        # its default, as Streamlit 1.67 does; without, it is not checked.
        days = list(v) if isinstance(v, (list, tuple)) else ([] if v is None else [v])
        if explicit and any(
            isinstance(d, dt.date) and not low <= _to_date("date_input", "value", d) <= high for d in days
        ):
            return default
        return v

    default: Any = tuple(dates) if is_range else (dates[0] if dates else None)

    def deserialize(wire: Any) -> Any:
        # A client date outside the bounds (given or computed) puts the picker back to its
        # default, as Streamlit 1.67 does, rather than being refused.
        days = (
            [_to_date("date_input", "value", item) for item in (wire or [])]
            if is_range
            else ([] if wire is None else [_to_date("date_input", "value", wire)])
        )
        if any(not low <= day <= high for day in days):
            return default
        if is_range:
            return tuple(days)
        return days[0] if days else None

    raw_value = [str(v) for v in value] if is_range else str(value)
    return widget(
        "DateInput",
        func="date_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": raw_value,
            "min": low,
            "max": high,
            "help": help,
            "format": format,
        },
        default=default,
        props=DateInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            min_value=low.isoformat(),
            max_value=high.isoformat(),
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
        required=bool(required),
        url=None
        if bind is None
        else (urls.iso_list(urls.parse_date) if is_range else urls.iso(urls.parse_date, clearable=default is None)),
        settle=settle,
    )


def _check_date_format(func: str, format: object) -> None:
    if not isinstance(format, str) or not DATE_FORMAT.match(format):
        raise DeskAPIError(
            f"st.{func}: format must use YYYY, MM and DD with one separator ('/', '-' or '.'), "
            f"e.g. 'YYYY/MM/DD' or 'DD.MM.YYYY', not {format!r}."
        )


def _time_step_seconds(func: str, step: object) -> float:
    """The step of a time or datetime picker in seconds: 1 minute to 23 hours."""
    if isinstance(step, dt.timedelta):
        seconds = step.total_seconds()
    elif is_int(step):
        seconds = float(step)  # type: ignore[arg-type]
    else:
        raise DeskAPIError(f"st.{func}: step must be an int (seconds) or a datetime.timedelta, not {short_repr(step)}.")
    if not 60 <= seconds <= 23 * 3600:
        raise DeskAPIError(f"st.{func}: step must be between 60 seconds and 23 hours, not {int(seconds)} seconds.")
    return seconds


def _to_datetime(name: str, value: Any, *, end_of_day: bool = False) -> dt.datetime:
    """A naive datetime from what st.datetime_input accepts: datetimes, dates, times, ISO text, "now"."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time.max.replace(second=0, microsecond=0) if end_of_day else dt.time())
    if isinstance(value, dt.time):
        return dt.datetime.combine(dt.date.today(), value.replace(tzinfo=None))
    if isinstance(value, str):
        if value == "now":
            return dt.datetime.now().replace(second=0, microsecond=0)
        for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat, dt.time.fromisoformat):
            try:
                return _to_datetime(name, parse(value), end_of_day=end_of_day)
            except ValueError:
                continue
    raise DeskAPIError(
        f"st.datetime_input: {name} must be a datetime, a date, a time, an ISO string like "
        f"'2024-12-31 18:30', 'now' or None, not {short_repr(value)}."
    )


def datetime_input(
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    *,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    format: str = "YYYY/MM/DD",
    step: int | dt.timedelta = dt.timedelta(minutes=15),
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
) -> dt.datetime | None:
    """A date and time picker. Returns a naive ``datetime.datetime`` (None when ``value`` is None and nothing was picked)."""
    check_label("datetime_input", label, label_visibility)
    help = help_text("datetime_input", help)
    _check_date_format("datetime_input", format)
    seconds = _time_step_seconds("datetime_input", step)
    default = None if value is None else _to_datetime("value", value)
    anchor = default or dt.datetime.combine(dt.date.today(), dt.time())
    low = (
        _to_datetime("min_value", min_value)
        if min_value is not None
        else dt.datetime.combine(_years_from(anchor.date(), -10), dt.time())
    )
    high = (
        _to_datetime("max_value", max_value, end_of_day=True)
        if max_value is not None
        else dt.datetime.combine(_years_from(anchor.date(), 10), dt.time(23, 59))
    )
    if low > high:
        raise DeskAPIError(f"st.datetime_input: min_value ({low}) must be before or equal to max_value ({high}).")

    def check(moment: dt.datetime) -> dt.datetime:
        if not low <= moment <= high:
            raise DeskAPIError(
                f"st.datetime_input: {moment} must be between min_value ({low}) and max_value ({high})."
            )
        return moment

    if default is not None:
        check(default)
    explicit = min_value is not None or max_value is not None

    def serialize(v: Any) -> Any:
        if v is None:
            return None
        return _to_datetime("value", v).isoformat(timespec="seconds")

    # As for st.date_input: a client value outside the bounds goes back to the default, and
    # so does a session-state one when the bounds are explicit (Streamlit 1.67).
    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        moment = _to_datetime("value", wire)
        return moment if low <= moment <= high else default

    def settle(v: Any) -> Any:
        if explicit and isinstance(v, dt.datetime) and not low <= _to_datetime("value", v) <= high:
            return default
        return v

    result = widget(
        "DateTimeInput",
        func="datetime_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": str(value) if isinstance(value, str) else default,
            "min": low,
            "max": high,
            "help": help,
            "format": format,
            "step": seconds,
        },
        default=default,
        props=DateTimeInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            min_value=low.isoformat(timespec="minutes"),
            max_value=high.isoformat(timespec="minutes"),
            format=format,
            step=int(seconds),
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        required=bool(required),
        url=None if bind is None else (urls.iso(urls.parse_datetime, clearable=default is None)),
        settle=settle,
    )
    return None if result is None else _to_datetime("value", result)


def _to_time(value: Any) -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        if value == "now":
            return dt.datetime.now().time().replace(second=0, microsecond=0)
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    raise DeskAPIError(
        f"st.time_input: value must be a time, a datetime, an ISO string like '12:30', 'now' or None, not {short_repr(value)}."
    )


TIME_FORMATS = ("24h", "12h", "localized")


def time_input(
    label: str,
    value: Any = "now",
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    step: int | dt.timedelta = dt.timedelta(minutes=15),
    format: str = "24h",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
) -> dt.time | None:
    """A time picker. Returns a ``datetime.time`` (or None when ``value`` is None and nothing was picked).

    ``format`` only changes how the box shows times: "24h" (14:30), "12h" (2:30 PM) or
    "localized" (as the system's locale writes them); the value is the same ``datetime.time``.
    """
    check_label("time_input", label, label_visibility)
    if format not in TIME_FORMATS:
        raise DeskAPIError(f"st.time_input: format must be '24h', '12h' or 'localized', not {short_repr(format)}.")
    help = help_text("time_input", help)
    seconds = _time_step_seconds("time_input", step)
    default = None if value is None else _to_time(value)

    def serialize(v: Any) -> Any:
        if v is None:
            return None
        moment = _to_time(v)
        return moment.isoformat(
            timespec="minutes" if moment.second == 0 and moment.microsecond == 0 else "seconds"
        )

    def deserialize(wire: Any) -> Any:
        return None if wire is None else _to_time(wire)

    result = widget(
        "TimeInput",
        func="time_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": str(value) if isinstance(value, str) else default,
            "help": help,
            "step": seconds,
        },
        default=default,
        props=TimeInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            step=int(seconds),
            width=width,
            format=format,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        required=bool(required),
        url=None if bind is None else (urls.iso(urls.parse_time, clearable=default is None)),
    )
    return result if result is None or isinstance(result, dt.time) else _to_time(result)
