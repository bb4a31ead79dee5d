"""The definitions of the chart elements: their props, and the selection value of those that are widgets.

Vega-Lite, Plotly and deck.gl charts become widgets when the script passes ``on_select``;
then their nodes carry ``WidgetState``'s props too, and their value is the selection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desk.elements.definitions import Props, define, omitted
from desk.protocol import BinaryPayload


@dataclass(kw_only=True, slots=True)
class SelectableChartProps(Props):
    """Props shared by the charts that can be selected in."""

    spec: dict[str, Any]
    """The chart's specification (Vega-Lite, Plotly figure or deck.gl JSON)."""
    width: int | str | None
    """A width in pixels, "stretch", "content", or None for the library's own."""
    height: int | str | None
    """A height in pixels, "stretch", "content", or None for the library's own."""
    use_container_width: bool | None
    """True stretches the chart to its container, None leaves it to width."""
    selection_mode: list[str]
    """The selections the user may make ("points", "box", "interval"...); empty when not selectable."""
    alt: str | None = omitted()
    """The chart's accessible name (alt), when the script gave one."""


@dataclass(kw_only=True, slots=True)
class VegaLiteChartProps(SelectableChartProps):
    """A Vega-Lite chart: st.line_chart and its siblings, and st.altair_chart / st.vega_lite_chart."""

    data: BinaryPayload | None
    """The chart's data as Arrow IPC, bound to the spec's named dataset, or None."""
    chart_type: str | None
    """The built-in chart's kind ("line", "bar"...), or None for a script's own spec."""
    theme: str | None
    """"streamlit" for desk's look, or None for Vega-Lite's."""


@dataclass(kw_only=True, slots=True)
class PlotlyChartProps(SelectableChartProps):
    """A Plotly figure (st.plotly_chart)."""

    config: dict[str, Any]
    """plotly.js configuration options."""
    theme: str | None
    """"streamlit" for desk's look, or None for Plotly's."""


@dataclass(kw_only=True, slots=True)
class DeckGlChartProps(SelectableChartProps):
    """A deck.gl map (st.pydeck_chart, st.map)."""


@dataclass(kw_only=True, slots=True)
class GraphvizChartProps(Props):
    """A Graphviz graph, laid out in the browser (st.graphviz_chart)."""

    dot: str
    """The graph in the DOT language."""
    width: int | str | None
    """A width in pixels, "stretch", "content", or None."""
    height: int | str | None
    """A height in pixels, "stretch", "content", or None."""
    use_container_width: bool | None
    """True stretches the graph to its container, None leaves it to width."""
    alt: str | None = omitted()
    """The graph's accessible name (alt), when the script gave one."""


@dataclass(kw_only=True, slots=True)
class BokehChartProps(Props):
    """A Bokeh figure (st.bokeh_chart)."""

    figure: dict[str, Any]
    """The figure as Bokeh's JSON item."""
    use_container_width: bool
    """True stretches the figure to its container."""


@dataclass(kw_only=True, slots=True)
class MermaidChartProps(Props):
    """A Mermaid diagram, drawn in the browser (st.mermaid_chart)."""

    body: str
    """The diagram in Mermaid's language."""
    width: int | str
    """"stretch", "content" or a width in pixels."""
    alt: str | None
    """A description of the diagram for screen readers, or None."""


@dataclass(kw_only=True, slots=True)
class EChartsChartProps(SelectableChartProps):
    """An Apache ECharts chart (st.echarts_chart); a widget with ``on_select``."""

    theme: str | None
    """"streamlit" for desk's look, or None for ECharts' own."""
    renderer: str
    """"canvas" or "svg"."""
    alt: str | None
    """A description of the chart for screen readers, or None."""


_CHART_ATTRS = ("spec", "width", "height", "selection_mode")

VEGA_LITE_CHART = define(
    "VegaLiteChart", VegaLiteChartProps, apptest="vega_lite_chart", attrs=_CHART_ATTRS, value=Any, optional_widget=True
, sizes_itself=True)
PLOTLY_CHART = define(
    "PlotlyChart", PlotlyChartProps, apptest="plotly_chart", attrs=_CHART_ATTRS, value=Any, optional_widget=True
, sizes_itself=True)
DECK_GL_CHART = define(
    "DeckGlChart", DeckGlChartProps, apptest="deck_gl_json_chart", attrs=_CHART_ATTRS, value=Any, optional_widget=True
, sizes_itself=True)
ECHARTS_CHART = define(
    "EChartsChart", EChartsChartProps, apptest="echarts_chart", attrs=_CHART_ATTRS, value=Any, optional_widget=True
, sizes_itself=True)
MERMAID_CHART = define("MermaidChart", MermaidChartProps, apptest="mermaid_chart", attrs=("body", "width"), sizes_itself=True)
GRAPHVIZ_CHART = define("GraphvizChart", GraphvizChartProps, apptest="graphviz_chart", attrs=("dot",), sizes_itself=True)
BOKEH_CHART = define("BokehChart", BokehChartProps, apptest="bokeh_chart", attrs=("figure",), sizes_itself=True)
