"""``streamlit.typing``: the types of what desk's commands return, for annotating app code."""

from __future__ import annotations

from typing import Any, TypedDict, Union

from desk.compat.elements import DataframeState, PlotlyState, PydeckState, VegaLiteState
from desk.elements.chat import ChatInputValue
from desk.elements.uploads import UploadedFile

CellValue = Union[str, int, float, bool, list[str], None]


class DataEditorState(TypedDict):
    """The edits of an ``st.data_editor`` as kept in Session State under its key."""

    edited_rows: dict[int, dict[str, CellValue]]
    added_rows: list[dict[str, CellValue]]
    deleted_rows: list[int]


class ButtonColumnClickState(TypedDict):
    """The row and label of the button a user clicked in a button column."""

    row: int
    label: str


class EChartsState(TypedDict):
    """What an ECharts chart with ``on_select`` returns."""

    selection: dict[str, Any]


__all__ = [
    "ButtonColumnClickState", "ChatInputValue", "DataEditorState", "DataframeState", "EChartsState", "PlotlyState",
    "PydeckState", "UploadedFile", "VegaLiteState",
]  # fmt: skip
