"""How widget values look in the URL, for ``bind="query-params"``.

A ``UrlCodec`` maps a widget's *wire* value (see ``desk.elements.widgets``) to the values
of its query parameter and back; ``base.widget`` composes it with the widget's own
serialize/deserialize, so the widget's checks (ranges, options, formats) also judge what
the URL says. ``read`` raises ValueError for a parameter the widget cannot take; the
engine then drops the parameter (``desk.runtime.state``).

The forms: booleans ``true``/``false``; numbers as written (``5``, ``0.25``); options by
their label; several values as a repeated parameter (``?tags=a&tags=b``); dates, times and
moments in ISO 8601 (``2025-01-31``, ``09:30``, ``2025-01-31T09:30``). An empty parameter
(``?k=``) is the cleared value of widgets that can be empty, and is invalid for the others.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CLEARED = [""]
"""The parameter of a widget that holds nothing (``?k=``)."""


@dataclass(frozen=True)
class UrlCodec:
    """A widget's wire value <-> its query parameter's values."""

    read: Callable[[list[str]], Any]
    """The parameter's values -> a wire value; ValueError when they mean nothing to the widget."""
    write: Callable[[Any], list[str]]
    """A wire value -> the parameter's values."""


def _single(raw: list[str], clearable: bool) -> str | None:
    """The last value of a parameter; None for an empty one (when the widget can be empty)."""
    value = raw[-1]
    if value == "":
        if not clearable:
            raise ValueError("an empty parameter, and this widget cannot be empty")
        return None
    return value


def _present(values: list[str]) -> list[str]:
    return [value for value in values if value != ""]


def boolean() -> UrlCodec:
    def read(raw: list[str]) -> bool:
        value = raw[-1].lower()
        if value not in ("true", "false"):
            raise ValueError(f"{raw[-1]!r} is not true or false")
        return value == "true"

    return UrlCodec(read, lambda wire: ["true" if wire else "false"])


def number_text(value: float) -> str:
    """A number as the URL shows it: ``5`` for 5.0, ``0.25``."""
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return str(int(value))
    return str(value)


def parse_number(text: str) -> int | float:
    """An int when the text is one, else a finite float; ValueError otherwise."""
    try:
        return int(text)
    except ValueError:
        number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text!r} is not a finite number")
    return number


def number(*, clearable: bool) -> UrlCodec:
    def read(raw: list[str]) -> int | float | None:
        value = _single(raw, clearable)
        return None if value is None else parse_number(value)

    return UrlCodec(read, lambda wire: CLEARED if wire is None else [number_text(wire)])


def text() -> UrlCodec:
    """Text widgets: the text itself; an empty parameter is the empty text."""
    return UrlCodec(lambda raw: raw[-1], lambda wire: CLEARED if not wire else [str(wire)])


def iso(parse: Callable[[str], Any], *, clearable: bool) -> UrlCodec:
    """A date, time or moment whose wire value is its ISO text (``parse`` checks it)."""

    def read(raw: list[str]) -> str | None:
        value = _single(raw, clearable)
        if value is None:
            return None
        parsed = parse(value)
        if getattr(parsed, "tzinfo", None) is not None:
            raise ValueError(f"{value!r} carries a time zone")
        return value

    return UrlCodec(read, lambda wire: CLEARED if wire is None else [short_iso(wire)])


def iso_list(parse: Callable[[str], Any]) -> UrlCodec:
    """A range of dates: the parameter repeated; empty clears it."""

    def read(raw: list[str]) -> list[str]:
        values = _present(raw)
        for value in values:
            parse(value)
        return values

    return UrlCodec(read, lambda wire: [short_iso(v) for v in wire] or CLEARED)


def short_iso(value: str) -> str:
    """An ISO time or moment without zero seconds: ``09:30``, ``2025-01-31T09:30``."""
    return value[:-3] if value.endswith(":00") and value.count(":") == 2 else value


def option(labels: list[str], *, clearable: bool, accept_new: bool = False) -> UrlCodec:
    """One option (wire: its index, or a new option's text) by its label."""

    def read(raw: list[str]) -> int | str | None:
        value = _single(raw, clearable)
        if value is None:
            return None
        if value in labels:
            return labels.index(value)
        if accept_new:
            return value
        raise ValueError(f"{value!r} is not one of the options")

    def write(wire: Any) -> list[str]:
        if wire is None:
            return CLEARED
        return [labels[wire] if isinstance(wire, int) else str(wire)]

    return UrlCodec(read, write)


def options(
    labels: list[str], *, max_count: int | None = None, accept_new: bool = False, pair: bool = False
) -> UrlCodec:
    """Several options (wire: a list of indices or new options' texts), one parameter value each.

    Unknown labels and repeats are dropped and the list is cut at ``max_count``; a
    parameter whose every value is unknown is invalid. ``pair`` is a range of two options
    (a select_slider), read as their sorted indices.
    """

    def read(raw: list[str]) -> list[int | str]:
        values = _present(raw)
        chosen: list[int | str] = []
        for value in values:
            item: int | str | None = (
                labels.index(value) if value in labels else (value if accept_new else None)
            )
            if item is not None and item not in chosen:
                chosen.append(item)
        if values and not chosen:
            raise ValueError("none of the values is one of the options")
        if pair:
            if len(chosen) == 1:
                chosen = chosen * 2
            if len(chosen) != 2:
                raise ValueError("a range needs two options")
            return sorted(chosen, key=int)
        return chosen[:max_count] if max_count is not None else chosen

    def write(wire: Any) -> list[str]:
        return [labels[item] if isinstance(item, int) else str(item) for item in wire] or CLEARED

    return UrlCodec(read, write)


def parse_date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def parse_time(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def parse_datetime(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)
