"""Helpers the widget families share: option lists and their labels, indices, small checks."""

from __future__ import annotations

import numbers
from collections.abc import Callable, Sequence
from typing import Any

from desk.elements.base import check_callable
from desk.errors import DeskAPIError

BUTTON_TYPES = ("primary", "secondary", "tertiary")


FormatFunc = Callable[[Any], Any]


LabelLookup = Callable[[Any], "int | None"]


def _button_type(func: str, type: str) -> str:
    if type not in BUTTON_TYPES:
        raise DeskAPIError(f"st.{func}: type must be 'primary', 'secondary' or 'tertiary', not {type!r}.")
    return type


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _check_positive_int(func: str, name: str, value: Any) -> int | None:
    if value is None:
        return None
    if not _is_int(value) or value <= 0:
        raise DeskAPIError(f"st.{func}: {name} must be a positive integer or None, not {value!r}.")
    return int(value)


def _to_options(func: str, options: Any) -> list[Any]:
    """Options as a list: any iterable, a pandas Series/Index, or a DataFrame's first column."""
    if options is None:
        return []
    if isinstance(options, (str, bytes)):
        raise DeskAPIError(
            f"st.{func}: options must be a list (or another iterable) of choices, not a string ({_short(options)}). "
            f"Wrap it in a list: options=[{options!r}]."
        )
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame: its first column
        options = options.iloc[:, 0]
    if hasattr(options, "tolist") and callable(options.tolist):
        return list(options.tolist())
    try:
        return list(options)
    except TypeError:
        raise DeskAPIError(
            f"st.{func}: options must be a list (or another iterable) of choices, not {type(options).__name__}."
        ) from None


def _format_options(func: str, options: list[Any], format_func: FormatFunc | None) -> list[str]:
    check_callable(func, "format_func", format_func)
    fmt = format_func or str
    return [str(fmt(option)) for option in options]


def _index_of(options: Sequence[Any], value: Any, by_label: LabelLookup | None = None) -> int | None:
    """The index of ``value`` among ``options`` (by equality, then by formatted label)."""
    for index, option in enumerate(options):
        try:
            if option is value or bool(option == value):
                return index
        except Exception:  # values whose == is ambiguous (arrays, frames)
            continue
    return by_label(value) if by_label is not None else None


def _label_lookup(formatted: list[str], format_func: FormatFunc | None) -> LabelLookup:
    """Match a value by its formatted label.

    The script defines its classes and enums again on every run, so last run's option is
    often not equal to this run's; like Streamlit's enum coercion, match it by its label.
    """
    fmt = format_func or str

    def lookup(value: Any) -> int | None:
        try:
            label = str(fmt(value))
        except Exception:
            return None
        return formatted.index(label) if formatted.count(label) == 1 else None

    return lookup


def _option_index(
    func: str, options: list[Any], value: Any, what: str = "value", by_label: LabelLookup | None = None
) -> int:
    index = _index_of(options, value, by_label)
    if index is None:
        shown = ", ".join(_short(o, 20) for o in options[:10]) + (", …" if len(options) > 10 else "")
        raise DeskAPIError(f"st.{func}: {what} {_short(value)} is not one of the options ({shown}).")
    return index


def _option_at(func: str, options: list[Any], index: Any) -> Any:
    if not _is_int(index) or not 0 <= index < len(options):
        raise DeskAPIError(
            f"st.{func}: option index {index!r} is out of range (there are {len(options)} options)."
        )
    return options[int(index)]


def _check_index(func: str, index: Any, count: int) -> int | None:
    if index is None:
        return None
    if not _is_int(index):
        raise DeskAPIError(
            f"st.{func}: index must be an int or None, not {type(index).__name__} ({index!r})."
        )
    if count == 0 and index == 0:
        return None
    if not 0 <= index < count:
        raise DeskAPIError(
            f"st.{func}: index ({index}) must be between 0 and {count - 1}, the number of options minus one, "
            "or None for no selection."
            if count
            else f"st.{func}: index ({index}) must be 0 or None when there are no options."
        )
    return int(index)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        converted = value.tolist()
        return list(converted) if isinstance(converted, list) else [converted]
    return [value]
