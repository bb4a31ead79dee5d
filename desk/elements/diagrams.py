"""Mermaid diagrams and Apache ECharts charts, both drawn in the browser from lazy chunks.

``MermaidChart{body, width, alt}`` carries the diagram's text; the page lays it out with
mermaid and shows a parse error, with the text, in place of the diagram.

``EChartsChart{spec, width, height, theme, renderer, alt, selection_mode}`` carries the
ECharts option as JSON. A dataframe-like ``dataset.source`` (pandas, or anything
``to_pandas`` accepts) becomes ``dimensions`` (its column names) and rows, with datetimes as
ISO-8601 text, durations as milliseconds and missing values as null. A pyecharts chart is read through its
``dump_options()``. With ``on_select`` the chart is a widget whose value is
``{"selection": {"selected": [...], "areas": [...]}}``: ``selected`` groups the picked data
by series (``series_index``, ``series_id``, ``series_name``, ``data_type``,
``data_indices``), from the series' own ``selectedMode`` and from a brush; ``areas`` holds
the brush regions that ECharts maps to axis coordinates (``brush_index``, ``brush_type``,
``coord_range``). Double-clicking the chart clears both.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from desk.elements.arrow import module_of, to_pandas
from desk.elements.chart_props import EChartsChartProps, MermaidChartProps
from desk.elements.charts import chart_widget, check_on_select, check_size, check_theme, json_spec
from desk.elements.status import check_width, show
from desk.errors import DeskAPIError

RENDERERS = ("canvas", "svg")
_LOG = logging.getLogger(__name__)


def _alt(func: str, alt: object) -> str | None:
    if alt is None:
        return None
    if not isinstance(alt, str):
        raise DeskAPIError(f"st.{func}: alt must be a string or None, not {type(alt).__name__}.")
    return alt.strip() or None


def mermaid_chart(body: str, *, width: int | str = "stretch", alt: str | None = None) -> Any:
    """A Mermaid diagram (flowchart, sequence, class, state, Gantt, pie...) drawn in the browser."""
    if not isinstance(body, str):
        raise DeskAPIError(f"st.mermaid_chart: body must be the diagram's text (a string), not {type(body).__name__}.")
    if not body.strip():
        raise DeskAPIError("st.mermaid_chart: body is empty. Pass the diagram's text, e.g. 'graph LR; A --> B'.")
    return show(
        MermaidChartProps(
            body=body,
            width=check_width("mermaid_chart", width, ("stretch", "content")),
            alt=_alt("mermaid_chart", alt),
        )
    )


def _is_frame(value: object) -> bool:
    return module_of(value) in ("pandas", "polars", "pyarrow", "numpy") and not isinstance(value, (list, dict))


def _dataset_rows(value: Any) -> dict[str, Any]:
    """A dataframe-like source as ECharts' ``dimensions`` and rows (JSON values only)."""
    import pandas as pd

    df = to_pandas(value, "echarts_chart")
    if not isinstance(df.index, pd.RangeIndex):
        df = df.reset_index()
    durations = [name for name in df.columns if pd.api.types.is_timedelta64_dtype(df[name])]
    if durations:  # as milliseconds, which ECharts can plot (ISO durations it cannot)
        df = df.assign(**{str(name): df[name].dt.total_seconds() * 1000 for name in durations})
    rows = json.loads(df.to_json(orient="values", date_format="iso", date_unit="ms", default_handler=str))
    return {"dimensions": [str(name) for name in df.columns], "source": rows}


def _with_datasets(spec: dict[str, Any]) -> dict[str, Any]:
    dataset = spec.get("dataset")
    if isinstance(dataset, Mapping) and _is_frame(dataset.get("source")):
        spec["dataset"] = {**dataset, **_dataset_rows(dataset["source"])}
    elif isinstance(dataset, list):
        spec["dataset"] = [
            {**item, **_dataset_rows(item["source"])} if isinstance(item, Mapping) and _is_frame(item.get("source")) else item
            for item in dataset
        ]
    return spec


def _echarts_spec(spec: Any) -> dict[str, Any]:
    dump = getattr(spec, "dump_options", None)
    if callable(dump) and not isinstance(spec, (str, Mapping)):
        spec = dump()
    parsed = json_spec("echarts_chart", "spec", spec)
    parsed = _with_datasets(parsed)
    try:
        json.dumps(parsed, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise DeskAPIError(
            f"st.echarts_chart: the spec must hold JSON values only ({error}). Put a dataframe in dataset.source, "
            "or convert dates, NumPy numbers and NaN yourself."
        ) from None
    return parsed


def _selectable(spec: dict[str, Any]) -> bool:
    """Whether the option lets the user select: a series with selectedMode, or a brush."""
    series = spec.get("series")
    items = series if isinstance(series, list) else [series] if isinstance(series, Mapping) else []
    if any(isinstance(item, Mapping) and item.get("selectedMode") not in (None, False) for item in items):
        return True
    toolbox = spec.get("toolbox")
    feature = toolbox.get("feature") if isinstance(toolbox, Mapping) else None
    return "brush" in spec or (isinstance(feature, Mapping) and "brush" in feature)


def echarts_chart(
    spec: Any,
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    theme: str | None = "streamlit",
    key: str | None = None,
    on_select: str | Callable[..., Any] = "ignore",
    renderer: str = "canvas",
    alt: str | None = None,
) -> Any:
    """An Apache ECharts chart from an option dict, JSON text or a pyecharts chart."""
    func = "echarts_chart"
    check_on_select(func, on_select)
    if renderer not in RENDERERS:
        raise DeskAPIError(f"st.echarts_chart: renderer must be 'canvas' or 'svg', not {renderer!r}.")
    parsed = _echarts_spec(spec)
    if on_select != "ignore" and not _selectable(parsed):
        # As in Streamlit: the chart still draws, but nothing in it can be selected.
        _LOG.warning(
            "st.echarts_chart: on_select is set but the chart enables no selection: set selectedMode on a "
            "series (e.g. 'multiple') or add a brush component."
        )
    props = EChartsChartProps(
        spec=parsed,
        width=check_size(func, "width", width) or "stretch",
        height=check_size(func, "height", height) or "content",
        use_container_width=None,
        selection_mode=[],
        theme=check_theme(func, theme),
        renderer=renderer,
        alt=_alt(func, alt),
    )
    return chart_widget(
        "EChartsChart", func, props, key=key, on_select=on_select, modes=["points", "box"], default_selection={"selected": [], "areas": []}
    )
