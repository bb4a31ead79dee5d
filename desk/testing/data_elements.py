"""AppTest wrappers for data elements: dataframe, data_editor, table and metric.

``DATA_CLASSES`` maps the node types of their definitions (``desk.elements.data_props``,
``display_props``) to these classes; ``AppTest`` looks them up after the classes of
``desk.testing.elements``. Their names are their definitions' (Streamlit's): a dataframe
and a data editor are both ``dataframe`` elements, listed by ``at.dataframe``;
``at.data_editor`` lists the editors alone and ``at.table`` the tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desk.elements.data_props import DATA_EDITOR, DATAFRAME, TABLE
from desk.elements.display_props import METRIC
from desk.testing.elements import Element, Widget


def _decode(element: Element) -> Any:
    """The node's whole data as a pandas DataFrame (None when there is none).

    A node's ``data`` payload may hold only the first rows: the whole table comes from the
    session's dataset store when the node names a dataset that is still stored.
    """
    from desk.elements.arrow import read_ipc

    props = element.node.props
    dataset_id = props.get("dataset")
    store = element.root.session.datasets
    table = store.table(dataset_id) if store is not None and isinstance(dataset_id, str) else None
    if table is None:
        payload = props.get("data")
        if payload is None:
            return None
        table = read_ipc(payload.data)
    return _with_column_levels(table, table.to_pandas())


def _with_column_levels(table: Any, frame: Any) -> Any:
    """``frame`` with the MultiIndex columns its data was made from, as Streamlit's AppTest returns it."""
    from desk.elements.arrow import column_levels

    levels = column_levels(table)
    if levels is not None and len(levels) == frame.shape[1]:
        import pandas as pd

        frame.columns = pd.MultiIndex.from_tuples(levels)
    return frame


class Table(Element):
    """``st.table``: ``.value`` is the data as a pandas DataFrame."""

    @property
    def value(self) -> Any:
        return _decode(self)


class Dataframe(Widget):
    """``st.dataframe``: ``.value`` is the data as a pandas DataFrame.

    With ``on_select``, ``.selection`` is the current selection and ``select_rows``,
    ``select_columns`` and ``select_cells`` change it for the next run.
    """

    @property
    def value(self) -> Any:
        return _decode(self)

    @property
    def selection(self) -> Any:
        if self.node.id is None:
            return None
        return super().value

    def _select(self, **changes: Any) -> Dataframe:
        if self.node.id is None:
            raise AssertionError("this st.dataframe has no selection: pass on_select='rerun' to make it selectable.")
        current = self.selection["selection"]
        selection = {"rows": list(current["rows"]), "columns": list(current["columns"]), "cells": list(current["cells"])}
        selection.update(changes)
        self.set_value({"selection": selection})
        return self

    def select_rows(self, rows: Iterable[int]) -> Dataframe:
        return self._select(rows=[int(r) for r in rows])

    def select_columns(self, columns: Iterable[str]) -> Dataframe:
        return self._select(columns=[str(c) for c in columns])

    def select_cells(self, cells: Iterable[tuple[int, str]]) -> Dataframe:
        return self._select(cells=[(int(r), str(c)) for r, c in cells])


class DataEditor(Widget):
    """``st.data_editor``: ``.value`` is the edited data (a pandas DataFrame), ``.edits`` the edit set.

    ``set_value`` takes an edited frame (anything ``st.dataframe`` accepts) or an edit set
    ``{"edited_rows", "added_rows", "deleted_rows"}``.
    """

    @property
    def original(self) -> Any:
        """The data the script passed in, as a pandas DataFrame."""
        return _decode(self)

    @property
    def edits(self) -> dict[str, Any]:
        from desk.elements.edits import parse_edits

        return parse_edits(super().value)

    @property
    def value(self) -> Any:
        from desk.elements.edits import apply_edits

        return apply_edits(self.original, self.edits)

    def set_value(self, value: Any) -> DataEditor:
        from desk.elements.edits import diff_edits, parse_edits

        keys = {"edited_rows", "added_rows", "deleted_rows"}
        if isinstance(value, Mapping) and value and set(value) <= keys:
            edits = parse_edits(value)
        else:
            edits = diff_edits(self.original, value)
        super().set_value(edits)
        return self


class Metric(Element):
    """``st.metric``: ``.label``, ``.value`` and ``.delta`` as the strings shown."""

    @property
    def label(self) -> str:
        return str(self.node.props.get("label", ""))

    @property
    def value(self) -> Any:
        return self.node.props.get("value")

    @property
    def delta(self) -> str:
        """The delta shown, or "" when there is none (as Streamlit's AppTest)."""
        value = self.node.props.get("delta")
        return "" if value is None else str(value)

    @property
    def delta_direction(self) -> Any:
        return self.node.props.get("delta_direction")


DATA_CLASSES: dict[str, type[Element]] = {
    DATAFRAME.type: Dataframe,
    DATA_EDITOR.type: DataEditor,
    TABLE.type: Table,
    METRIC.type: Metric,
}
