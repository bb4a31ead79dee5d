"""Type names that scripts and components import from ``streamlit.elements.*`` for their hints.

One module stands in for ``streamlit.elements.arrow``, ``plotly_chart``, ``vega_charts``,
``deck_gl_json_chart``, ``widgets.time_widgets`` and ``lib.column_types``/``layout_utils``/
``utils``. The selection states describe the dicts desk's charts and tables return (which
also allow attribute access, ``event.selection.rows``).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypedDict, Union

from desk.column_config import Column, ColumnConfig

# -- widgets.time_widgets
DateValue = Union[datetime.date, datetime.datetime, str, Literal["today"], None, Sequence[Any]]
TimeValue = Union[datetime.time, datetime.datetime, str, Literal["now"]]
DateWidgetRangeReturn = Union[tuple[()], tuple[datetime.date], tuple[datetime.date, datetime.date]]
DateWidgetReturn = Union[datetime.date, DateWidgetRangeReturn, None]

# -- lib.utils and lib.layout_utils
Key = Union[str, int]
LabelVisibility = Literal["visible", "hidden", "collapsed"]
Width = Union[int, Literal["stretch", "content"]]
Height = Union[int, Literal["stretch", "content"]]
WidthWithoutContent = Union[int, Literal["stretch"]]
HeightWithoutContent = Union[int, Literal["stretch"]]
Gap = Union[int, Literal["xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"]]


@dataclass
class LayoutConfig:
    """The size an element asks for; ``image_to_url`` takes one (and ignores it: an image keeps its size)."""

    width: Width | str | None = None
    height: Height | str | None = None
    text_alignment: str | None = None


# -- lib.column_types
ColumnType = Literal[
    "object", "text", "number", "checkbox", "selectbox", "list", "datetime", "date", "time", "link", "button",
    "line_chart", "bar_chart", "area_chart", "image", "audio", "video", "progress", "multiselect", "json", "markdown",
]  # fmt: skip


# -- the selection states of st.dataframe, st.plotly_chart, st.altair_chart/vega_lite_chart, st.pydeck_chart
class DataframeSelectionState(TypedDict):
    """The rows, columns and cells selected in a table."""

    rows: list[int]
    columns: list[str]
    cells: list[tuple[int, str]]


class DataframeState(TypedDict):
    """What ``st.dataframe(on_select=...)`` returns."""

    selection: DataframeSelectionState


class PlotlySelectionState(TypedDict):
    """The points and regions selected in a Plotly chart."""

    points: list[dict[str, Any]]
    point_indices: list[int]
    box: list[dict[str, Any]]
    lasso: list[dict[str, Any]]


class PlotlyState(TypedDict):
    """What ``st.plotly_chart(on_select=...)`` returns."""

    selection: PlotlySelectionState


class VegaLiteState(TypedDict):
    """What an Altair or Vega-Lite chart with ``on_select`` returns: the value of each selection parameter."""

    selection: dict[str, Any]


class PydeckSelectionState(TypedDict):
    """The objects selected in each layer of a pydeck chart."""

    indices: dict[str, list[int]]
    objects: dict[str, list[dict[str, Any]]]


class PydeckState(TypedDict):
    """What ``st.pydeck_chart(on_select=...)`` returns."""

    selection: PydeckSelectionState


__all__ = [
    "Column", "ColumnConfig", "ColumnType", "DataframeSelectionState", "DataframeState", "DateValue",
    "DateWidgetRangeReturn", "DateWidgetReturn", "Gap", "Height", "HeightWithoutContent", "Key", "LabelVisibility", "LayoutConfig",
    "PlotlySelectionState", "PlotlyState", "PydeckSelectionState", "PydeckState", "TimeValue", "VegaLiteState", "Width",
    "WidthWithoutContent",
]  # fmt: skip
