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


def button_type(func: str, type: str) -> str:
    """A button's ``type``: "primary", "secondary" or "tertiary"."""
    if type not in BUTTON_TYPES:
        raise DeskAPIError(f"st.{func}: type must be 'primary', 'secondary' or 'tertiary', not {type!r}.")
    return type


def short_repr(value: Any, limit: int = 40) -> str:
    """``repr(value)`` cut to ``limit`` characters, for error messages."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_int(value: Any) -> bool:
    """True for an integer (numpy's too), False for a bool."""
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    """True for a real number (numpy's too), False for a bool."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def check_positive_int(func: str, name: str, value: Any) -> int | None:
    """``value`` as a positive int, or None."""
    if value is None:
        return None
    if not is_int(value) or value <= 0:
        raise DeskAPIError(f"st.{func}: {name} must be a positive integer or None, not {value!r}.")
    return int(value)


def to_options(func: str, options: Any) -> list[Any]:
    """Options as a list: any iterable, a pandas Series/Index, or a DataFrame's first column."""
    if options is None:
        return []
    if isinstance(options, (str, bytes)):
        raise DeskAPIError(
            f"st.{func}: options must be a list (or another iterable) of choices, not a string ({short_repr(options)}). "
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


def format_options(func: str, options: list[Any], format_func: FormatFunc | None) -> list[str]:
    """Each option's label: ``format_func(option)`` (``str`` by default) as text."""
    check_callable(func, "format_func", format_func)
    fmt = format_func or str
    return [str(fmt(option)) for option in options]


def index_of(options: Sequence[Any], value: Any, by_label: LabelLookup | None = None) -> int | None:
    """The index of ``value`` among ``options`` (by equality, then by formatted label)."""
    for index, option in enumerate(options):
        try:
            if option is value or bool(option == value):
                return index
        except Exception:  # values whose == is ambiguous (arrays, frames)
            continue
    return by_label(value) if by_label is not None else None


def label_lookup(formatted: list[str], format_func: FormatFunc | None) -> LabelLookup:
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


def settle_choice(
    options: Sequence[Any], formatted: list[str], format_func: FormatFunc | None, default: Any, accept_new: bool = False
) -> Callable[[Any], Any]:
    """A one-choice widget's ``settle``: a value that is no longer an option (the options changed
    under a keyed widget, or session_state holds something else) gives way to the default, as in
    Streamlit; None (nothing chosen) and, with ``accept_new``, new text stay."""
    by_label = None if accept_new else label_lookup(formatted, format_func)

    def settle(value: Any) -> Any:
        if value is None or (accept_new and isinstance(value, str)) or index_of(options, value, by_label) is not None:
            return value
        return default

    return settle


def settle_choices(
    options: Sequence[Any], formatted: list[str], format_func: FormatFunc | None, accept_new: bool = False
) -> Callable[[Any], Any]:
    """A many-choice widget's ``settle``: the chosen values that are no longer options are dropped,
    as in Streamlit (the others stay chosen)."""
    by_label = None if accept_new else label_lookup(formatted, format_func)

    def kept(item: Any) -> bool:
        return (accept_new and isinstance(item, str)) or index_of(options, item, by_label) is not None

    def settle(value: Any) -> Any:
        if value is None:
            return value
        values = as_list(value)
        return value if all(kept(item) for item in values) else [item for item in values if kept(item)]

    return settle


def option_index(
    func: str, options: list[Any], value: Any, what: str = "value", by_label: LabelLookup | None = None
) -> int:
    index = index_of(options, value, by_label)
    if index is None:
        shown = ", ".join(short_repr(o, 20) for o in options[:10]) + (", …" if len(options) > 10 else "")
        raise DeskAPIError(f"st.{func}: {what} {short_repr(value)} is not one of the options ({shown}).")
    return index


def option_at(func: str, options: list[Any], index: Any) -> Any:
    if not is_int(index) or not 0 <= index < len(options):
        raise DeskAPIError(
            f"st.{func}: option index {index!r} is out of range (there are {len(options)} options)."
        )
    return options[int(index)]


def check_index(func: str, index: Any, count: int) -> int | None:
    if index is None:
        return None
    if not is_int(index):
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


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        converted = value.tolist()
        return list(converted) if isinstance(converted, list) else [converted]
    return [value]
