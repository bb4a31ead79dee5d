"""The definitions of the data elements: st.dataframe, st.table and st.data_editor.

The three share ``FrameProps``: the first window of the data as Arrow IPC, the dataset the
client asks for more rows of, the columns and how they show. Each adds its own props;
``num_rows`` is the row count of a ``Dataframe`` or ``Table`` but the row mode of a
``DataEditor`` (whose row count is ``total_rows``, as for the others). ``Dataframe`` is a
widget only with ``on_select``: then its value is the selection. ``DataEditor`` is always
a widget: its value is the edit set.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypedDict

from desk.column_config import ColumnConfig
from desk.elements.arrow import ArrowField
from desk.elements.definitions import Props, define, omitted
from desk.protocol import BinaryPayload


class StyledCells(TypedDict):
    """What a pandas Styler shows: each cell's text, the CSS of styled cells, and a caption."""

    display_values: list[list[str]]
    """The text of each data cell, row by row."""
    styles: dict[str, str]
    """"row,column" (positions among the data cells) -> CSS declarations."""
    caption: str | None
    """The Styler's caption, or None."""


class GridSelection(TypedDict):
    """The rows, columns and cells selected in a dataframe."""

    rows: list[int]
    """Positions of the selected rows in the data."""
    columns: list[str]
    """Names of the selected columns."""
    cells: list[list[int | str]]
    """The selected cells, each a [row position, column name] pair."""


class DataframeSelection(TypedDict):
    """A selectable dataframe's value: what the user selected."""

    selection: GridSelection
    """The selected rows, columns and cells."""


class DataEditorEdits(TypedDict):
    """A data editor's value: the edits made to the data, by row position."""

    edited_rows: dict[str, dict[str, Any]]
    """Row position in the data (as text) -> column name -> new value."""
    added_rows: list[dict[str, Any]]
    """Rows added after the data: column name ("_index" for the index) -> value."""
    deleted_rows: list[int]
    """Positions of the deleted rows in the data, ascending."""


@dataclass(kw_only=True, slots=True)
class FrameProps(Props):
    """Props shared by the data elements: the data's first rows and how its columns show."""

    data: BinaryPayload
    """The first window of rows (the whole table when it is small enough) as Arrow IPC."""
    dataset: str
    """The id under which the session keeps the whole table, for DataRequest."""
    total_rows: int
    """The table's row count."""
    window_rows: int
    """The number of rows in data."""
    num_columns: int
    """The number of data columns, index columns not counted."""
    columns: list[ArrowField]
    """Each column's name and Arrow type, index columns included."""
    index_columns: list[str]
    """The names of the columns that hold the pandas index."""
    column_config: dict[str, ColumnConfig]
    """Column name ("_index" for the index, "_pos:<n>" for a position) -> how it shows."""
    column_order: list[str] | None
    """The data columns to show, in order, or None for all of them."""
    hide_index: bool | None
    """True hides the index columns, None leaves it to the data."""
    width: int | str | None
    """A width in pixels, "stretch", "content", or None."""
    height: int | str | None
    """A height in pixels, "auto", "stretch", "content", or None."""
    use_container_width: bool | None
    """True stretches the element to its container, None leaves it to width."""
    row_height: int | None
    """The height of a row in pixels, or None for the default."""
    styler: StyledCells | None
    """A pandas Styler's display text and cell CSS, or None for plain data."""

    def shared(self) -> dict[str, Any]:
        """These props as keywords, to build a data element's props from: ``TableProps(**frame.shared(), ...)``."""
        return {item.name: getattr(self, item.name) for item in dataclasses.fields(FrameProps)}


@dataclass(kw_only=True, slots=True)
class DataframeProps(FrameProps):
    """An interactive table (st.dataframe), selectable with on_select."""

    num_rows: int
    """The table's row count (the same as total_rows)."""
    placeholder: str | None
    """The text to show for missing values, or None."""
    selection_mode: list[str]
    """The selections the user may make ("multi-row", "single-cell"...); empty when not selectable."""
    alt: str | None = omitted()
    """The table's accessible name (alt), when the script gave one."""


@dataclass(kw_only=True, slots=True)
class TableProps(FrameProps):
    """A static table with every row shown (st.table)."""

    num_rows: int
    """The table's row count (the same as total_rows)."""
    border: bool | str
    """True, False or "horizontal": which cell borders to draw."""
    hide_header: bool
    """True leaves out the header row."""
    alt: str | None = omitted()
    """The table's accessible name (alt), when the script gave one."""


@dataclass(kw_only=True, slots=True)
class DataEditorProps(FrameProps):
    """An editable table (st.data_editor)."""

    num_rows: str
    """The row mode: "fixed", "dynamic" (add and delete), "add" or "delete"; the count is total_rows."""
    disabled: bool
    """True makes the whole editor read-only (single columns are disabled in column_config)."""
    placeholder: str | None
    """The text to show for missing values, or None."""
    alt: str | None = omitted()
    """The editor's accessible name (alt), when the script gave one."""


DATAFRAME = define(
    "Dataframe", DataframeProps, apptest="dataframe", value=DataframeSelection, optional_widget=True
, sizes_itself=True)
TABLE = define("Table", TableProps, apptest="table", sizes_itself=True)
DATA_EDITOR = define("DataEditor", DataEditorProps, apptest="dataframe", value=DataEditorEdits, sizes_itself=True)
