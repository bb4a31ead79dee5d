"""Charts: the built-in Vega-Lite charts, Altair/Vega-Lite, Plotly, matplotlib, Graphviz, pydeck and maps.

``VegaLiteChart`` nodes carry ``spec`` (a Vega-Lite v5 spec, JSON) and ``data``:

- ``line_chart``, ``area_chart``, ``bar_chart``, ``scatter_chart`` and ``vega_lite_chart``
  with a ``data`` argument send the data as an Arrow IPC stream in ``props["data"]``
  (a ``BinaryPayload``), never inline. The spec refers to it as the named dataset
  ``{"name": "data"}``. Timestamps are cast to milliseconds and 64-bit integers to
  doubles, so that Vega receives plain JavaScript numbers.
- Data already inside a spec (``"data": {"values": ...}``, Altair's ``datasets``) stays
  inline in the spec as JSON.

The built-in charts melt wide data to long form (one row per x value and series, with
columns ``series`` and ``value``) when several ``y`` columns are drawn, as Streamlit
does, and colour by series. Other node types: ``PlotlyChart{spec: figure JSON, config}``,
``Image`` (``st.pyplot``: the figure rendered to PNG on the server), ``GraphvizChart{dot}``
and ``DeckGlChart{spec}`` (``st.map`` builds a ScatterplotLayer; no basemap, offline).
Optional libraries are imported only when used; a missing one raises
``MissingDependencyError`` with the pip command that installs it.

With ``on_select`` other than ``"ignore"`` a chart is a widget of its own node type and
``props["selection_mode"]`` lists what can be selected. Wire values (also what the script
gets, as attribute-accessible dicts): ``VegaLiteChart`` ``{"selection": {param_name:
value}}``; ``PlotlyChart`` ``{"selection": {"points", "point_indices", "box", "lasso"}}``;
``DeckGlChart`` ``{"selection": {"indices": {layer_id: [int]}, "objects": {layer_id:
[...]}}}``. Built-in charts return a handle whose ``add_rows(df)`` redraws them with more data.

The four built-in charts plan their spec in ``builtin_charts.py``; this module holds what
every chart shares (validation, the chart widget, Arrow data, colours) and the others.
"""

from __future__ import annotations

import importlib
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING, Any

from desk.elements.arrow import ARROW_STREAM_MIMETYPE, from_pandas, ipc_bytes, module_of, to_pandas
from desk.elements.base import accessible_name, check_choice, widget
from desk.elements.chart_props import (
    BokehChartProps,
    DeckGlChartProps,
    GraphvizChartProps,
    PlotlyChartProps,
    SelectableChartProps,
    VegaLiteChartProps,
)
from desk.elements.data import AttributeDict
from desk.elements.media import ImageProps, MediaItem
from desk.elements.status import show
from desk.errors import DeskAPIError, MissingDependencyError
from desk.protocol import BinaryPayload

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa


DATASET = "data"
THEMES = ("streamlit", None)
STACKS = (True, False, "normalize", "center", None)
BAR_STACKS = (*STACKS, "layered")
PLOTLY_SELECTIONS = ("points", "box", "lasso")
DECK_SELECTIONS = ("single-object", "multi-object")
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_RGB = re.compile(r"^rgba?\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*)?\)$")
LATITUDES = ("lat", "latitude", "LAT", "LATITUDE")
LONGITUDES = ("lon", "longitude", "LON", "LONGITUDE")


def require(func: str, module: str, package: str | None = None) -> ModuleType:
    """Import an optional library, or explain how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        name = package or module.split(".", 1)[0]
        raise MissingDependencyError(
            f"st.{func} needs the {name} package, which is not installed. Install it with: pip install {name}"
        ) from None


# ------------------------------------------------------------------ shared validation


def check_size(func: str, name: str, value: object) -> int | str | None:
    """A chart's width or height: a positive number of pixels, "stretch", "content" or None."""
    if value is None or value in ("stretch", "content"):
        return value  # type: ignore[return-value]
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise DeskAPIError(f"st.{func}: {name} must be a positive number of pixels, 'stretch', 'content' or None, not {value!r}.")


def check_theme(func: str, theme: object) -> str | None:
    if theme not in THEMES:
        raise DeskAPIError(f"st.{func}: theme must be 'streamlit' or None, not {theme!r}.")
    return theme  # type: ignore[return-value]


def check_on_select(func: str, on_select: object) -> None:
    if on_select in ("ignore", "rerun") or callable(on_select):
        return
    raise DeskAPIError(f"st.{func}: on_select must be 'ignore', 'rerun' or a function, not {on_select!r}.")


def json_spec(func: str, name: str, value: object) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as error:
            raise DeskAPIError(f"st.{func}: {name} is not valid JSON: {error}.")
    if not isinstance(value, Mapping):
        raise DeskAPIError(f"st.{func}: {name} must be a dict (or JSON text), not {type(value).__name__}.")
    return dict(value)


def _selection_value(value: Any) -> AttributeDict:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value else {}
        except ValueError:
            value = {}
    inner = value.get("selection", {}) if isinstance(value, Mapping) else {}
    return AttributeDict(selection=AttributeDict(inner if isinstance(inner, Mapping) else {}))


def _selection_wire(value: Any) -> dict[str, Any]:
    return {"selection": dict(_selection_value(value)["selection"])}


def chart_widget(
    kind: str,
    func: str,
    props: SelectableChartProps,
    *,
    key: object,
    on_select: Any,
    modes: list[str],
    default_selection: dict[str, Any],
) -> Any:
    """Emit a chart; with ``on_select`` it is a widget returning the selection."""
    props = replace(props, selection_mode=modes if on_select != "ignore" else [])
    if on_select == "ignore":
        return show(props)
    from desk.elements.data import refuse_preset_key

    refuse_preset_key(func, kind, key)
    identity: dict[str, Any] = {"modes": modes}
    if key is None:
        identity["spec"] = json.dumps(props.spec, sort_keys=True, default=str)
        payload = getattr(props, "data", None)
        identity["data"] = payload.digest if isinstance(payload, BinaryPayload) else None
    empty = AttributeDict(selection=AttributeDict(default_selection))
    return widget(
        kind,
        func=func,
        label="",
        key=key,
        identity=identity,
        default=empty,
        props=props,
        serialize=_selection_wire,
        deserialize=_selection_value,
        on_change=on_select if callable(on_select) else None,
    )


# ------------------------------------------------------------------ chart data


def vega_table(df: pd.DataFrame) -> pa.Table:
    """A frame as an Arrow table Vega can read: no index, ms timestamps, ints as doubles."""
    import pyarrow as pa

    table = from_pandas(df.reset_index(drop=True), index=False)
    fields = []
    for f in table.schema:
        t = f.type
        if pa.types.is_timestamp(t):
            fields.append(f.with_type(pa.timestamp("ms", tz=t.tz)))
        elif pa.types.is_date(t):
            fields.append(f.with_type(pa.timestamp("ms")))
        elif pa.types.is_integer(t) or pa.types.is_decimal(t):
            fields.append(f.with_type(pa.float64()))
        elif pa.types.is_dictionary(t):
            fields.append(f.with_type(t.value_type))
        else:
            fields.append(f)
    return table.cast(pa.schema(fields), safe=False)


def data_payload(df: pd.DataFrame) -> BinaryPayload:
    """A frame as the Arrow IPC payload of a Vega-Lite chart (see ``vega_table``)."""
    return BinaryPayload(ipc_bytes(vega_table(df)), ARROW_STREAM_MIMETYPE)


def field_name(name: str) -> str:
    """A column name as a Vega-Lite field (dots and brackets escaped)."""
    return re.sub(r"([.\[\]\\])", r"\\\1", name)


def unique_name(name: str, taken: Iterable[str]) -> str:
    """``name``, with underscores appended until it is not one of ``taken``."""
    used = set(taken)
    while name in used:
        name = f"{name}_"
    return name


def vega_type(series: pd.Series, *, discrete: bool = False) -> str:
    """The Vega-Lite type of a column: temporal, quantitative, ordinal or nominal."""
    import datetime as dt

    import pandas as pd

    dtype = series.dtype
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "temporal"
    if pd.api.types.is_bool_dtype(dtype):
        return "nominal"
    if pd.api.types.is_numeric_dtype(dtype):
        return "ordinal" if discrete else "quantitative"
    if pd.api.types.is_object_dtype(dtype):
        sample = series.dropna().head(1).tolist()
        if sample and isinstance(sample[0], (dt.date, dt.datetime)):
            return "temporal"
    return "nominal"


# ------------------------------------------------------------------ colours


def is_colour(value: object) -> bool:
    if isinstance(value, str):
        return bool(_HEX.match(value) or _RGB.match(value.replace(" ", "")))
    if isinstance(value, (tuple, list)) and len(value) in (3, 4):
        return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    return False


def css_colour(value: Any) -> str:
    """A colour (hex text, rgb text, or an (r, g, b[, a]) tuple) as CSS text."""
    if isinstance(value, str):
        return value
    r, g, b = (int(v) for v in value[:3])
    if len(value) == 3:
        return f"rgb({r}, {g}, {b})"
    alpha = value[3]
    alpha = alpha / 255 if isinstance(alpha, int) and alpha > 1 else alpha
    return f"rgba({r}, {g}, {b}, {alpha})"


def is_colour_column(series: pd.Series) -> bool:
    """True when a column's values are all colours ("#ff0000", "red"...), drawn as they are."""
    values = series.dropna().head(200).tolist()
    return bool(values) and all(isinstance(v, str) and is_colour(v) for v in values)


def set_spec_size(spec: dict[str, Any], width: int | str | None, height: int | str | None, use_container_width: object) -> None:
    """Set a Vega-Lite spec's width and height from the element's arguments."""
    if isinstance(width, int):
        spec["width"] = width
    elif width == "stretch" or (width is None and use_container_width is not False):
        spec["width"] = "container"
    if isinstance(height, int):
        spec["height"] = height


# ------------------------------------------------------------------ Vega-Lite and Altair


def _selection_params(spec: dict[str, Any]) -> list[str]:
    names = [p["name"] for p in spec.get("params", []) if isinstance(p, Mapping) and "select" in p and "name" in p]
    for layer in spec.get("layer", []) + spec.get("hconcat", []) + spec.get("vconcat", []) + spec.get("concat", []):
        if isinstance(layer, Mapping):
            names.extend(_selection_params(dict(layer)))
    return list(dict.fromkeys(names))


def _chart_modes(func: str, spec: dict[str, Any], on_select: object, selection_mode: object) -> list[str]:
    if on_select == "ignore":
        return []
    params = _selection_params(spec)
    if not params:
        raise DeskAPIError(
            f"st.{func}: on_select needs a chart with a selection parameter (a param with 'select', e.g. "
            "alt.selection_point()). Add one to the chart, or use on_select='ignore'."
        )
    if selection_mode is None:
        return sorted(params)  # by name, as Streamlit 1.67 orders the selection state
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)  # type: ignore[call-overload]
    for mode in modes:
        if mode not in params:
            raise DeskAPIError(f"st.{func}: selection_mode ({mode!r}) is not a selection parameter of the chart: {', '.join(params)}.")
    return sorted(modes)


def _inline_records(value: Any) -> Any:
    """Data-frame-like values inside a spec as JSON records; anything else unchanged."""
    if value is None or isinstance(value, (dict, list, str, int, float, bool)):
        return value
    frame = to_pandas(value, "vega_lite_chart")
    return json.loads(frame.to_json(orient="records", date_format="iso"))


def _vega_node(
    func: str,
    spec: dict[str, Any],
    data: Any,
    *,
    use_container_width: object,
    theme: object,
    key: object,
    on_select: Any,
    selection_mode: object,
    width: object,
    height: object,
    alt: object = None,
) -> Any:
    check_on_select(func, on_select)
    theme_value = check_theme(func, theme)
    label = accessible_name(func, alt)
    width_value, height_value = check_size(func, "width", width), check_size(func, "height", height)
    inner = spec.get("data")
    if data is None and inner is not None and not isinstance(inner, Mapping):
        data, spec["data"] = inner, None
    if "datasets" in spec and isinstance(spec["datasets"], Mapping):
        spec["datasets"] = {name: _inline_records(values) for name, values in spec["datasets"].items()}
    payload = None
    if data is not None:
        payload = data_payload(to_pandas(data, func))
        spec["data"] = {"name": DATASET}
    elif spec.get("data") is None:
        spec.pop("data", None)
    width_value = _vega_width(spec, width_value, use_container_width)
    if not _multi_view(spec):
        set_spec_size(spec, width_value, height_value, use_container_width)
    props = VegaLiteChartProps(
        spec=spec,
        data=payload,
        chart_type=None,
        theme=theme_value,
        width=width_value,
        height=height_value,
        use_container_width=None if use_container_width is None else bool(use_container_width),
        selection_mode=[],
        alt=label,
    )
    modes = _chart_modes(func, spec, on_select, selection_mode)
    # Each selection parameter starts empty, as in Streamlit: {"selection": {"pick": {}}}.
    empty: dict[str, Any] = {name: {} for name in modes}
    return chart_widget("VegaLiteChart", func, props, key=key, on_select=on_select, modes=modes, default_selection=empty)


def _multi_view(spec: Mapping[str, Any]) -> bool:
    """Facet, repeat, horizontal or nested concatenations size to their content."""
    encoding = spec.get("encoding") or {}
    if "facet" in spec or "repeat" in spec or "hconcat" in spec or any(k in encoding for k in ("row", "column", "facet")):
        return True
    for part in spec.get("vconcat", []) or []:
        if isinstance(part, Mapping) and any(k in part for k in ("hconcat", "vconcat", "concat", "facet", "repeat")):
            return True
    return "concat" in spec


def _vega_width(spec: Mapping[str, Any], width: int | str | None, use_container_width: object) -> int | str:
    """The element width: explicit, from use_container_width, else stretch (content for multi-view charts)."""
    if use_container_width is not None:
        return "stretch" if use_container_width else (width if width is not None else "content")
    if width is not None:
        return width
    return "content" if _multi_view(spec) else "stretch"


def vega_lite_chart(
    data: Any = None,
    spec: dict[str, Any] | str | None = None,
    *,
    width: int | str | None = None,
    height: int | str | None = None,
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: str | None = None,
    on_select: str | Callable[..., Any] = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Any:
    """A chart from a Vega-Lite spec; ``data`` becomes the spec's dataset."""
    if spec is None and isinstance(data, (Mapping, str)):
        data, spec = None, data  # vega_lite_chart(spec)
    if spec is None:
        spec = {}
    spec_dict = json_spec("vega_lite_chart", "spec", spec)
    spec_dict.update(kwargs)
    if not spec_dict:
        raise DeskAPIError("st.vega_lite_chart: spec is empty. Pass a Vega-Lite spec, e.g. {'mark': 'bar', 'encoding': {...}}.")
    return _vega_node(
        "vega_lite_chart", spec_dict, data, use_container_width=use_container_width, theme=theme, key=key,
        on_select=on_select, selection_mode=selection_mode, width=width, height=height, alt=alt,
    )  # fmt: skip


def altair_chart(
    altair_chart: Any,
    *,
    width: int | str | None = None,
    height: int | str | None = None,
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: str | None = None,
    on_select: str | Callable[..., Any] = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """An Altair chart, drawn from its Vega-Lite spec (its data stays inline in the spec)."""
    if module_of(altair_chart) != "altair" or not hasattr(altair_chart, "to_dict"):
        raise DeskAPIError(
            f"st.altair_chart: altair_chart must be an Altair chart (alt.Chart, alt.LayerChart...), "
            f"not {type(altair_chart).__name__}. For a spec dict, use st.vega_lite_chart."
        )
    altair = require("altair_chart", "altair")
    with altair.data_transformers.disable_max_rows():
        spec = altair_chart.to_dict()
    spec.pop("$schema", None)
    return _vega_node(
        "altair_chart", spec, None, use_container_width=use_container_width, theme=theme, key=key,
        on_select=on_select, selection_mode=selection_mode, width=width, height=height, alt=alt,
    )  # fmt: skip


# ------------------------------------------------------------------ Plotly


def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: int | str | None = None,
    height: int | str | None = None,
    theme: str | None = "streamlit",
    key: str | None = None,
    on_select: str | Callable[..., Any] = "ignore",
    selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
    config: dict[str, Any] | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Any:
    """A Plotly figure (or a dict/list of traces), drawn by plotly.js."""
    func = "plotly_chart"
    check_on_select(func, on_select)
    theme_value = check_theme(func, theme)
    pio = require(func, "plotly.io", "plotly")
    if isinstance(figure_or_data, (list, tuple)):
        figure_or_data = {"data": list(figure_or_data)}
    try:
        spec = json.loads(pio.to_json(figure_or_data, validate=False))
    except ValueError as error:
        raise DeskAPIError(f"st.{func}: figure_or_data must be a Plotly figure, a dict or a list of traces: {error}")
    if config is not None and not isinstance(config, Mapping):
        raise DeskAPIError(f"st.{func}: config must be a dict of plotly.js options or None, not {config!r}.")
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for mode in modes:
        check_choice(func, "selection_mode", mode, PLOTLY_SELECTIONS)
    props = PlotlyChartProps(
        spec=spec,
        config=json.loads(json.dumps(dict(config or {}), default=str)),
        theme=theme_value,
        width=check_size(func, "width", width),
        height=check_size(func, "height", height),
        use_container_width=None if use_container_width is None else bool(use_container_width),
        selection_mode=[],
        alt=accessible_name(func, alt),
    )
    empty: dict[str, Any] = {"points": [], "point_indices": [], "box": [], "lasso": []}
    return chart_widget("PlotlyChart", func, props, key=key, on_select=on_select, modes=modes if on_select != "ignore" else [], default_selection=empty)


# ------------------------------------------------------------------ matplotlib


def pyplot(
    fig: Any = None,
    clear_figure: bool | None = None,
    *,
    use_container_width: bool = True,
    width: int | str | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> Any:
    """A matplotlib figure, rendered to PNG on the server; the figure is closed afterwards."""
    import io

    func = "pyplot"
    label = accessible_name(func, alt, decorative=True)
    require(func, "matplotlib")
    global_figure = fig is None
    if global_figure:
        plt = require(func, "matplotlib.pyplot", "matplotlib")
        fig = plt.gcf()
    if not hasattr(fig, "savefig"):
        raise DeskAPIError(f"st.{func}: fig must be a matplotlib Figure or None, not {type(fig).__name__}.")
    options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **kwargs}
    buffer = io.BytesIO()
    fig.savefig(buffer, **options)
    if clear_figure if clear_figure is not None else global_figure:
        fig.clf()
    pyplot_module = sys.modules.get("matplotlib.pyplot")
    if pyplot_module is not None:
        pyplot_module.close(fig)
    mimetype = "image/svg+xml" if options["format"] == "svg" else f"image/{options['format']}"
    shown_width: int | str = check_size(func, "width", width) or ("stretch" if use_container_width else "content")
    item: MediaItem = {"payload": BinaryPayload(buffer.getvalue(), mimetype), "caption": None}
    if label is not None:
        item["alt"] = label
    return show(ImageProps(images=[item], width=shown_width))


# ------------------------------------------------------------------ Graphviz, Bokeh


def graphviz_chart(
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: int | str | None = None,
    height: int | str | None = None,
    alt: str | None = None,
) -> Any:
    """A Graphviz graph (a graphviz.Graph/Digraph or DOT text), laid out in the browser."""
    if isinstance(figure_or_dot, str):
        dot = figure_or_dot
    elif hasattr(figure_or_dot, "source") and isinstance(figure_or_dot.source, str):
        dot = figure_or_dot.source
    else:
        raise DeskAPIError(
            f"st.graphviz_chart: figure_or_dot must be DOT text or a graphviz.Graph/Digraph, not {type(figure_or_dot).__name__}."
        )
    return show(
        GraphvizChartProps(
            dot=dot,
            width=check_size("graphviz_chart", "width", width),
            height=check_size("graphviz_chart", "height", height),
            use_container_width=None if use_container_width is None else bool(use_container_width),
            alt=accessible_name("graphviz_chart", alt),
        )
    )


def bokeh_chart(figure: Any, use_container_width: bool = True) -> Any:
    """A Bokeh figure, as its JSON item (needs bokeh)."""
    embed = require("bokeh_chart", "bokeh.embed", "bokeh")
    return show(BokehChartProps(figure=embed.json_item(figure), use_container_width=bool(use_container_width)))


# ------------------------------------------------------------------ pydeck and maps


def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    use_container_width: bool | None = None,
    width: int | str | None = None,
    height: int | str | None = None,
    selection_mode: str = "single-object",
    on_select: str | Callable[..., Any] = "ignore",
    key: str | None = None,
    alt: str | None = None,
) -> Any:
    """A pydeck Deck, drawn by deck.gl (no basemap is fetched: desk works offline)."""
    func = "pydeck_chart"
    check_on_select(func, on_select)
    check_choice(func, "selection_mode", selection_mode, DECK_SELECTIONS)
    if pydeck_obj is None:
        spec: dict[str, Any] = {}
    elif hasattr(pydeck_obj, "to_json"):
        spec = json_spec(func, "pydeck_obj.to_json()", pydeck_obj.to_json())
    else:
        raise DeskAPIError(f"st.{func}: pydeck_obj must be a pydeck.Deck or None, not {type(pydeck_obj).__name__}.")
    spec["basemap"] = None
    props = DeckGlChartProps(
        spec=spec,
        width=check_size(func, "width", width),
        height=check_size(func, "height", height),
        use_container_width=None if use_container_width is None else bool(use_container_width),
        selection_mode=[],
        alt=accessible_name(func, alt),
    )
    modes = [selection_mode] if on_select != "ignore" else []
    return chart_widget("DeckGlChart", func, props, key=key, on_select=on_select, modes=modes, default_selection={"indices": {}, "objects": {}})


def _find_column(func: str, name: str, given: object, candidates: tuple[str, ...], columns: list[str]) -> str:
    if given is not None:
        if not isinstance(given, str) or given not in columns:
            raise DeskAPIError(f"st.{func}: {name} ({given!r}) is not a column of the data. Columns: {', '.join(columns)}.")
        return given
    for candidate in candidates:
        if candidate in columns:
            return candidate
    raise DeskAPIError(
        f"st.{func}: the data needs a {name} column named {', '.join(repr(c) for c in candidates)}, or pass {name}=<column name>. "
        f"Columns: {', '.join(columns) or 'none'}."
    )


def _rgba(func: str, name: str, value: Any) -> list[int]:
    if isinstance(value, str) and _HEX.match(value):
        digits = value[1:]
        if len(digits) in (3, 4):
            digits = "".join(d * 2 for d in digits)
        parts = [int(digits[i : i + 2], 16) for i in range(0, len(digits), 2)]
        return parts if len(parts) == 4 else [*parts, 255]
    if isinstance(value, (list, tuple)) and is_colour(value):
        parts = [int(v) for v in value[:3]]
        alpha = value[3] if len(value) == 4 else 255
        return [*parts, int(alpha * 255) if isinstance(alpha, float) and alpha <= 1 else int(alpha)]
    raise DeskAPIError(f"st.{func}: {name} ({value!r}) is not a colour. Use a hex colour like '#ff0000' or an (r, g, b, a) tuple.")


def _zoom(lats: list[float], lons: list[float]) -> float:
    extent = max(max(lats) - min(lats), max(lons) - min(lons)) if lats else 0.0
    if extent <= 0:
        return 12.0
    return max(0.0, min(16.0, math.log2(360.0 / extent) - 0.5))


def map(
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: str | float | None = None,
    zoom: float | None = None,
    use_container_width: bool | None = None,
    width: int | str | None = None,
    height: int | str | None = None,
    alt: str | None = None,
) -> Any:
    """Points on a map: a deck.gl ScatterplotLayer over no basemap (offline)."""
    func = "map"
    label = accessible_name(func, alt)
    frame = to_pandas(data, func)
    frame.columns = [str(c) for c in frame.columns]
    if zoom is not None and (isinstance(zoom, bool) or not isinstance(zoom, (int, float))):
        raise DeskAPIError(f"st.{func}: zoom must be a number or None, not {zoom!r}.")
    if len(frame) == 0:
        # No data (None, or a frame without rows, whatever its columns): an empty map, as Streamlit draws it.
        empty_view = {"latitude": 0.0, "longitude": 0.0, "zoom": float(zoom) if zoom is not None else 1.0, "pitch": 0}
        nothing: dict[str, Any] = {"initialViewState": empty_view, "layers": [], "mapStyle": None, "basemap": None}
        return _show_map(func, nothing, use_container_width, width, height, label)
    columns = list(frame.columns)
    lat = _find_column(func, "latitude", latitude, LATITUDES, columns)
    lon = _find_column(func, "longitude", longitude, LONGITUDES, columns)
    for name, column in (("latitude", lat), ("longitude", lon)):
        if frame[column].isna().any():
            raise DeskAPIError(f"st.{func}: the {name} column {column!r} has missing values. Drop those rows first.")
    keep = [lat, lon]
    layer: dict[str, Any] = {
        "@@type": "ScatterplotLayer",
        "id": "map",
        "getPosition": f"@@=[{lon}, {lat}]",
        "radiusMinPixels": 3,
        "getRadius": 10,
        "getFillColor": [255, 75, 75, 200],
        "pickable": True,
    }
    if isinstance(color, str) and color in columns:
        layer["getFillColor"] = f"@@={color}"
        keep.append(color)
    elif color is not None:
        layer["getFillColor"] = _rgba(func, "color", color)
    if isinstance(size, str) and size in columns:
        layer["getRadius"] = f"@@={size}"
        keep.append(size)
    elif size is not None:
        if isinstance(size, bool) or not isinstance(size, (int, float)) or size <= 0:
            raise DeskAPIError(f"st.{func}: size must be a column name or a positive number of metres, not {size!r}.")
        layer["getRadius"] = size
    subset = frame[list(dict.fromkeys(keep))]
    layer["data"] = json.loads(subset.to_json(orient="records"))
    lats, lons = [float(v) for v in frame[lat]], [float(v) for v in frame[lon]]
    view = {
        "latitude": (min(lats) + max(lats)) / 2 if lats else 0.0,
        "longitude": (min(lons) + max(lons)) / 2 if lons else 0.0,
        "zoom": float(zoom) if zoom is not None else _zoom(lats, lons),
        "pitch": 0,
    }
    spec = {"initialViewState": view, "layers": [layer], "mapStyle": None, "basemap": None}
    return _show_map(func, spec, use_container_width, width, height, label)


def _show_map(
    func: str, spec: dict[str, Any], use_container_width: bool | None, width: Any, height: Any, label: str | None
) -> Any:
    return show(
        DeckGlChartProps(
            spec=spec,
            width=check_size(func, "width", width),
            height=check_size(func, "height", height),
            use_container_width=None if use_container_width is None else bool(use_container_width),
            selection_mode=[],
            alt=label,
        )
    )
