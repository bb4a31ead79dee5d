"""Pagination: a row of page buttons whose value is the current page (st.pagination), with its definition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desk.elements import urls
from desk.elements.base import WidgetCallback, widget
from desk.elements.definitions import Props, define
from desk.elements.widgets._common import is_int
from desk.errors import DeskAPIError


@dataclass(kw_only=True, slots=True)
class PaginationProps(Props):
    """Page buttons with previous and next arrows; the value is the current page, from 1 (st.pagination)."""

    num_pages: int
    """How many pages there are (1 or more)."""
    default: int
    """The page shown before the user picks one."""
    max_visible_pages: int | None
    """How many page buttons to show at most (first and last always show); 0 for arrows only, None for all."""
    disabled: bool
    """True greys the buttons out and ignores clicks."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


PAGINATION = define(
    "Pagination", PaginationProps, apptest="pagination", attrs=("num_pages", "default"), value=int
, sizes_itself=True)


def page_from_wire(num_pages: int, default: int) -> Callable[[Any], int]:
    """The codec's decoder: a page number from the client, or ``default`` when it is not a page (any more)."""

    def decode(wire: Any) -> int:
        if is_int(wire) and 1 <= wire <= num_pages:
            return int(wire)
        return default

    return decode


def _check_width(width: object) -> str | int:
    if width in ("content", "stretch"):
        return str(width)
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    raise DeskAPIError(
        f"st.pagination: width must be 'content', 'stretch' or a positive number of pixels, not {width!r}."
    )


def pagination(
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: str | int = "content",
    key: str | None = None,
    on_change: WidgetCallback = "rerun",
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    bind: str | None = None,
    persist_state: str | None = None,
) -> int:
    """Page buttons for paging through results. Returns the current page, counting from 1.

    With a ``key``, the widget keeps its page when ``num_pages`` changes (a page beyond the
    new count falls back to ``default``). ``bind="query-params"`` keeps the page in the URL
    parameter named by the key; ``persist_state`` keeps it while the widget is not drawn.
    """
    if not is_int(num_pages) or num_pages < 1:
        raise DeskAPIError(f"st.pagination: num_pages must be an integer of at least 1, not {num_pages!r}.")
    if not is_int(default):
        raise DeskAPIError(
            f"st.pagination: default must be an int, not {type(default).__name__} ({default!r})."
        )
    if not 1 <= default <= num_pages:
        raise DeskAPIError(
            f"st.pagination: default ({default}) must be between 1 and num_pages ({num_pages})."
        )
    if max_visible_pages is not None and (not is_int(max_visible_pages) or max_visible_pages < 0):
        raise DeskAPIError(
            f"st.pagination: max_visible_pages must be a non-negative integer or None, not {max_visible_pages!r}."
        )
    pages, first = int(num_pages), int(default)
    decode = page_from_wire(pages, first)
    identity: dict[str, Any] = (
        {}
        if key is not None
        else {"num_pages": pages, "default": first, "max_visible_pages": max_visible_pages, "width": width}
    )
    page = widget(
        "Pagination",
        func="pagination",
        label="",
        key=key,
        identity=identity,
        default=first,
        props=PaginationProps(
            num_pages=pages,
            default=first,
            max_visible_pages=None if max_visible_pages is None else int(max_visible_pages),
            disabled=bool(disabled),
            width=_check_width(width),
        ),
        serialize=decode,  # a page set through session_state that is not a page shows the default
        deserialize=decode,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        url=None if bind is None else (urls.number(clearable=False)),
        persist_state=persist_state,
    )
    return decode(page)
