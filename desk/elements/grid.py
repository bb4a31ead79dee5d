"""st.grid: a responsive grid whose direct children are its cells, and grid.cell() for grouped or spanning cells."""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desk.elements.definitions import Props, define, definition_of, omitted
from desk.errors import DeskAPIError
from desk.runtime.emitter import Container, emit_block

MAX_COLUMNS = 24
GAP_NAMES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


@dataclass(kw_only=True, slots=True)
class GridProps(Props):
    """A grid of equal-width columns whose cells reflow with the width (st.grid)."""

    columns: int | None
    """The column count (the most shown when wrap is on), or None to fit as many as min_column_width allows."""
    min_column_width: int | None
    """The narrowest a column gets before the grid drops one, in pixels; None for about 200."""
    wrap: bool
    """True drops columns when they would be too narrow; False keeps them and scrolls sideways."""
    row_gap: str | int | None
    """The space between rows: "xxsmall" to "xxlarge", pixels, or None for none."""
    column_gap: str | int | None
    """The space between columns: "xxsmall" to "xxlarge", pixels, or None for none."""
    vertical_alignment: str
    """"top", "center" or "bottom": where content sits in its cell."""
    border: bool
    """True draws a border around each cell."""
    row_height: int | None
    """Every row's height in pixels (taller content scrolls), or None to fit the content."""
    width: str | int
    """"stretch" or a width in pixels."""
    height: str | int
    """"content", "stretch" or a height in pixels (the grid scrolls)."""
    dense: bool
    """True lets later cells fill holes that spanning cells leave."""
    key: str | None = omitted()
    """The user's key, when the script gave one."""


@dataclass(kw_only=True, slots=True)
class GridCellProps(Props):
    """One cell of a grid that groups elements, and may span columns or rows (grid.cell())."""

    column_span: int | None
    """How many columns the cell covers, or None for a whole row."""
    row_span: int
    """How many rows the cell covers."""


GRID = define(
    "Grid", GridProps, apptest="grid_container",
    attrs=("wrap", "border", "vertical_alignment", "dense", "width", "height"), block=True, sizes_itself=True,
)  # fmt: skip
GRID_CELL = define(
    "GridCell", GridCellProps, apptest="grid_cell", attrs=("column_span", "row_span"), block=True
, sizes_itself=True)


def _integer(value: object) -> int | None:
    """``value`` as an int when it is an integer (numpy's too, never a bool), else None."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    return None


class GridContainer(Container):
    """The block ``st.grid`` returns: each element written to it is a cell; ``cell()`` groups several."""

    def __init__(self, block: Container, columns: int | None) -> None:
        super().__init__(block.path, kind="Grid")
        self.form_id = block.form_id
        self.fragment_id = block.fragment_id
        self._columns = columns

    def cell(self, *, column_span: int | str = 1, row_span: int = 1) -> Container:
        """The next cell, as a container: ``column_span`` (an int, or "all" for the whole row) and
        ``row_span`` make it cover more tracks.
        """
        span = _integer(column_span)
        if column_span != "all" and (span is None or span < 1):
            raise DeskAPIError(
                f'grid.cell: column_span must be a positive integer or "all", not {column_span!r}.'
            )
        if span is not None:
            if self._columns is not None and span > self._columns:
                raise DeskAPIError(
                    f"grid.cell: column_span ({span}) cannot be more than the grid's {self._columns} columns."
                )
        rows = _integer(row_span)
        if rows is None or rows < 1:
            raise DeskAPIError(f"grid.cell: row_span must be a positive integer, not {row_span!r}.")
        props = GridCellProps(column_span=span, row_span=rows)
        with self:
            return emit_block(definition_of(props).node(props))


def _gap(value: object) -> str | int | None:
    if value is None or (isinstance(value, str) and value in GAP_NAMES):
        return value
    pixels = _integer(value)
    if pixels is not None and pixels >= 0:
        return pixels
    names = ", ".join(repr(name) for name in GAP_NAMES)
    raise DeskAPIError(
        f"st.grid: gap must be one of {names}, a number of pixels (0 or more) or None, not {value!r}."
    )


def _auto_or_positive(name: str, value: object, auto: str) -> int | None:
    if value == auto:
        return None
    number = _integer(value)
    if number is None or number < 1:
        raise DeskAPIError(f"st.grid: {name} must be {auto!r} or a positive integer, not {value!r}.")
    return number


def grid(
    columns: int | str = "auto",
    *,
    min_column_width: int | str = "auto",
    wrap: bool = True,
    gap: Any = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    row_height: int | str = "content",
    width: str | int = "stretch",
    height: str | int = "content",
    key: str | None = None,
    dense: bool = False,
) -> GridContainer:
    """A responsive grid: every element written to it is a cell, laid out in equal columns that
    reflow with the width. ``gap`` is one size or a (row, column) pair.
    """
    count = _auto_or_positive("columns", columns, "auto")
    if count is not None and count > MAX_COLUMNS:
        raise DeskAPIError(
            f"st.grid: columns must be 'auto' or an integer from 1 to {MAX_COLUMNS}, not {columns!r}."
        )
    if count is None and not wrap:
        raise DeskAPIError("st.grid: wrap=False needs a number of columns to keep; give columns an integer.")
    if isinstance(gap, (tuple, list)):
        if len(gap) != 2:
            raise DeskAPIError(
                f"st.grid: gap as a sequence must be (row_gap, column_gap), not {len(gap)} values."
            )
        row_gap, column_gap = _gap(gap[0]), _gap(gap[1])
    elif isinstance(gap, Sequence) and not isinstance(gap, str):
        raise DeskAPIError(f"st.grid: gap must be a size, a (row_gap, column_gap) pair or None, not {gap!r}.")
    else:
        row_gap = column_gap = _gap(gap)
    if vertical_alignment not in ("top", "center", "bottom"):
        raise DeskAPIError(
            f"st.grid: vertical_alignment must be 'top', 'center' or 'bottom', not {vertical_alignment!r}."
        )
    fixed_width, fixed_height = _integer(width), _integer(height)
    if width != "stretch" and (fixed_width is None or fixed_width < 1):
        raise DeskAPIError(f"st.grid: width must be 'stretch' or a positive number of pixels, not {width!r}.")
    if height not in ("content", "stretch") and (fixed_height is None or fixed_height < 1):
        raise DeskAPIError(
            f"st.grid: height must be 'content', 'stretch' or a positive number of pixels, not {height!r}."
        )
    if key is not None and not isinstance(key, (str, int)):
        raise DeskAPIError(f"st.grid: key must be a string, not {type(key).__name__}.")
    props = GridProps(
        columns=count,
        min_column_width=_auto_or_positive("min_column_width", min_column_width, "auto"),
        wrap=bool(wrap),
        row_gap=row_gap,
        column_gap=column_gap,
        vertical_alignment=vertical_alignment,
        border=bool(border),
        row_height=_auto_or_positive("row_height", row_height, "content"),
        width=fixed_width if fixed_width is not None else "stretch",
        height=fixed_height if fixed_height is not None else str(height),
        dense=bool(dense),
        key=None if key is None else str(key),
    )
    return GridContainer(emit_block(GRID.node(props)), count)
