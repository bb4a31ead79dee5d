"""Charts: Vega-Lite specs of the built-in charts, Altair/Vega-Lite, Plotly, pyplot, Graphviz, pydeck and map."""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import pytest

import desk as st
from desk.elements import builtin_charts
from desk.elements import charts as charts_module
from desk.elements.arrow import read_ipc
from desk.elements.definitions import Props, definition_of
from desk.errors import DeskAPIError, MissingDependencyError
from desk.protocol import BinaryPayload
from desk.testing import AppTest

pd = pytest.importorskip("pandas")

Emitted = list[tuple[str, dict[str, Any]]]


@pytest.fixture
def emitted(monkeypatch: pytest.MonkeyPatch) -> Emitted:
    """Nodes emitted by desk.elements.charts and builtin_charts outside a run, as (type, props)."""
    found: Emitted = []

    def capture(props: Props, root: int | None = None) -> None:
        found.append((definition_of(props).type, props.wire()))

    monkeypatch.setattr(charts_module, "show", capture)
    monkeypatch.setattr(builtin_charts, "show", capture)
    return found


def chart_data(props: dict[str, Any]) -> Any:
    payload = props["data"]
    assert isinstance(payload, BinaryPayload)
    return read_ipc(payload.data)


WIDE = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]}, index=pd.Index([10, 20, 30]))


# ------------------------------------------------------------------ built-in charts


def test_line_chart_melts_wide_data_and_colours_by_series(emitted: Emitted) -> None:
    st.line_chart(WIDE)
    kind, props = emitted[0]
    spec = props["spec"]
    assert kind == "VegaLiteChart" and spec["mark"]["type"] == "line"
    assert spec["data"] == {"name": "data"} and "values" not in json.dumps(spec)
    enc = spec["encoding"]
    assert enc["x"] == {"field": "index", "type": "quantitative", "title": None, "axis": {"grid": False}}
    assert enc["y"] == {"field": "value", "type": "quantitative", "title": None, "axis": {"grid": True}}
    assert enc["color"] == {"field": "series", "type": "nominal", "title": None}
    table = chart_data(props)
    assert table.column_names == ["index", "series", "value"]
    assert table.column("series").to_pylist() == ["a", "a", "a", "b", "b", "b"]
    assert table.column("index").to_pylist() == [10.0, 20.0, 30.0, 10.0, 20.0, 30.0]


def test_single_y_column_is_not_melted_and_titles_follow_columns(emitted: Emitted) -> None:
    st.line_chart(WIDE, x="a", y="b", color="#ff0000")
    spec = emitted[0][1]["spec"]
    assert spec["encoding"]["x"]["title"] == "a"
    assert spec["encoding"]["y"] == {"field": "b", "type": "quantitative", "title": "b", "axis": {"grid": True}}
    assert spec["mark"]["color"] == "#ff0000" and "color" not in spec["encoding"]
    assert chart_data(emitted[0][1]).column_names == ["a", "b"]


def test_y_axis_is_titled_only_by_a_named_column(emitted: Emitted) -> None:
    # As in Streamlit: the one column of a frame, or a named x, leaves the y axis untitled.
    st.bar_chart(WIDE[["a"]])
    st.line_chart(WIDE, y=["a"])
    st.line_chart(WIDE, x="a")
    titles = [(e[1]["spec"]["encoding"]["x"]["title"], e[1]["spec"]["encoding"]["y"]["title"]) for e in emitted]
    assert titles == [(None, None), (None, "a"), ("a", None)]


def test_axis_labels_override_titles(emitted: Emitted) -> None:
    st.area_chart(WIDE, x_label="Time", y_label="Count")
    encoding = emitted[0][1]["spec"]["encoding"]
    assert (encoding["x"]["title"], encoding["y"]["title"]) == ("Time", "Count")


def test_list_of_colours_maps_one_colour_per_y_column(emitted: Emitted) -> None:
    st.line_chart(WIDE, y=["a", "b"], color=["#ff0000", (0, 0, 255)])
    colour = emitted[0][1]["spec"]["encoding"]["color"]
    assert colour["scale"] == {"domain": ["a", "b"], "range": ["#ff0000", "rgb(0, 0, 255)"]}


def test_colour_column_colours_by_its_values(emitted: Emitted) -> None:
    df = pd.DataFrame({"x": [1, 2], "y": [3, 4], "kind": ["p", "q"], "paint": ["#000000", "#ffffff"]})
    st.scatter_chart(df, x="x", y="y", color="kind", size="y")
    enc = emitted[0][1]["spec"]["encoding"]
    assert enc["color"] == {"field": "kind", "type": "nominal", "title": "kind"}
    assert enc["size"]["field"] == "y" and emitted[0][1]["spec"]["mark"]["type"] == "circle"
    st.scatter_chart(df, x="x", y="y", color="paint", size=40)
    enc = emitted[1][1]["spec"]["encoding"]
    assert enc["color"]["scale"] is None
    assert emitted[1][1]["spec"]["mark"]["size"] == 40.0


@pytest.mark.parametrize(
    ("stack", "expected_stack", "offset", "opacity"),
    [
        (None, "absent", False, None),
        (True, "zero", False, None),
        (False, None, True, None),
        ("layered", None, False, 0.7),
        ("normalize", "normalize", False, None),
        ("center", "center", False, None),
    ],
)
def test_bar_stacking(emitted: Emitted, stack: Any, expected_stack: Any, offset: bool, opacity: Any) -> None:
    st.bar_chart(WIDE, stack=stack)
    spec = emitted[0][1]["spec"]
    assert spec["mark"]["type"] == "bar"
    assert spec["encoding"]["y"].get("stack", "absent") == expected_stack
    assert ("xOffset" in spec["encoding"]) is offset
    assert spec["mark"].get("opacity") == opacity


def test_bar_chart_x_is_discrete_and_horizontal_swaps_axes(emitted: Emitted) -> None:
    st.bar_chart(WIDE, stack=False, horizontal=True)
    enc = emitted[0][1]["spec"]["encoding"]
    assert enc["y"]["field"] == "index" and enc["y"]["type"] == "ordinal"
    assert enc["x"]["field"] == "value"
    assert "yOffset" in enc and "xOffset" not in enc
    # The grid lines stay on the value axis, now horizontal.
    assert enc["x"]["axis"] == {"grid": True} and enc["y"]["axis"] == {"grid": False}


def test_bar_chart_sort(emitted: Emitted) -> None:
    st.bar_chart(WIDE, y="a", sort="-a")
    st.bar_chart(WIDE, y="a", sort=False)
    assert emitted[0][1]["spec"]["encoding"]["x"]["sort"] == {"field": "a", "op": "sum", "order": "descending"}
    assert emitted[1][1]["spec"]["encoding"]["x"]["sort"] is None


def test_area_chart_unstacked_overlaps(emitted: Emitted) -> None:
    st.area_chart(WIDE, stack=False)
    spec = emitted[0][1]["spec"]
    assert spec["mark"]["type"] == "area" and spec["encoding"]["y"]["stack"] is None and spec["mark"]["opacity"] == 0.7


def test_dates_become_temporal_and_millisecond_timestamps(emitted: Emitted) -> None:
    df = pd.DataFrame({"when": pd.to_datetime(["2024-01-01", "2024-01-02"]), "v": [1, 2]})
    st.line_chart(df, x="when", y="v")
    assert emitted[0][1]["spec"]["encoding"]["x"]["type"] == "temporal"
    table = chart_data(emitted[0][1])
    assert str(table.schema.field("when").type) == "timestamp[ms]" and str(table.schema.field("v").type) == "double"


def test_field_names_with_dots_are_escaped(emitted: Emitted) -> None:
    st.line_chart(pd.DataFrame({"a.b": [1], "c[0]": [2]}), x="a.b", y="c[0]")
    enc = emitted[0][1]["spec"]["encoding"]
    assert enc["x"]["field"] == "a\\.b" and enc["y"]["field"] == "c\\[0\\]"


def test_chart_size(emitted: Emitted) -> None:
    st.line_chart(WIDE, width=400, height=250)
    st.line_chart(WIDE)
    assert (emitted[0][1]["spec"]["width"], emitted[0][1]["spec"]["height"]) == (400, 250)
    assert emitted[1][1]["spec"]["width"] == "container"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: st.line_chart(WIDE, x="nope"), r"st.line_chart: x \('nope'\) is not a column of the data. Columns: a, b."),
        (lambda: st.line_chart(WIDE, y=["a", "zz"]), r"st.line_chart: y \('zz'\) is not a column of the data."),
        (
            lambda: st.line_chart(WIDE, color="#ff0000"),
            r"st.line_chart: color is one colour \('#ff0000'\) but 2 y columns are drawn. Pass a list of 2 colours",
        ),
        (
            lambda: st.line_chart(WIDE, color=["#ff0000"]),
            r"st.line_chart: color has 1 colours but 2 y columns are drawn \(a, b\). Pass one colour per y column.",
        ),
        (lambda: st.line_chart(WIDE, color="blue-ish"), r"st.line_chart: color \('blue-ish'\) is neither a column of the data nor a colour."),
        (lambda: st.bar_chart(WIDE, stack="tall"), r"st.bar_chart: stack must be one of True, False, 'normalize', 'center', None, 'layered'"),
        (lambda: st.area_chart(WIDE, stack="layered"), r"st.area_chart: stack must be one of True, False, 'normalize', 'center', None, not"),
        (lambda: st.bar_chart(WIDE, sort="zz"), r"st.bar_chart: sort \('zz'\) is not a column of the data."),
        (lambda: st.scatter_chart(WIDE, size=-1), r"st.scatter_chart: size must be a column name or a positive number, not -1."),
        (lambda: st.line_chart(WIDE, width=0), r"st.line_chart: width must be a positive number of pixels, 'stretch', 'content' or None"),
        (lambda: st.line_chart(WIDE, x_label=3), r"st.line_chart: x_label must be a string or None, not 3."),
        (lambda: st.line_chart("text"), r"st.line_chart: data of type str is not supported."),
    ],
)
def test_builtin_chart_validation(call: Any, message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        call()


def test_builtin_chart_in_apptest() -> None:
    at = AppTest.from_string("import desk as st\nst.bar_chart({'a': [1, 2]})").run()
    assert not at.exception
    assert at.vega_lite_chart[0].proto["spec"]["mark"]["type"] == "bar"


# ------------------------------------------------------------------ Vega-Lite and Altair


def test_vega_lite_chart_sends_data_as_arrow(emitted: Emitted) -> None:
    st.vega_lite_chart(WIDE, {"mark": "point", "encoding": {"x": {"field": "a"}}}, height=300)
    props = emitted[0][1]
    assert props["spec"]["data"] == {"name": "data"} and props["spec"]["height"] == 300
    assert chart_data(props).column_names == ["a", "b"]


def test_vega_lite_chart_accepts_a_spec_alone_with_inline_data_and_kwargs(emitted: Emitted) -> None:
    spec = {"data": {"values": [{"a": 1}]}, "mark": "bar"}
    st.vega_lite_chart(spec, title="T")
    props = emitted[0][1]
    assert props["data"] is None and props["spec"]["data"] == {"values": [{"a": 1}]} and props["spec"]["title"] == "T"


def test_vega_lite_chart_validation() -> None:
    with pytest.raises(DeskAPIError, match=r"st.vega_lite_chart: spec is not valid JSON"):
        st.vega_lite_chart(None, "{bad")
    with pytest.raises(DeskAPIError, match=r"st.vega_lite_chart: theme must be 'streamlit' or None, not 'dark'."):
        st.vega_lite_chart(None, {"mark": "bar"}, theme="dark")
    with pytest.raises(DeskAPIError, match=r"st.vega_lite_chart: on_select needs a chart with a selection parameter"):
        st.vega_lite_chart(None, {"mark": "bar"}, on_select="rerun")


def test_altair_chart_keeps_its_data_inline(emitted: Emitted) -> None:
    alt = pytest.importorskip("altair")
    chart = alt.Chart(pd.DataFrame({"x": range(6000), "y": range(6000)})).mark_line().encode(x="x", y="y")
    st.altair_chart(chart, use_container_width=True)
    props = emitted[0][1]
    assert props["spec"]["mark"]["type"] == "line" and "$schema" not in props["spec"]
    (rows,) = props["spec"]["datasets"].values()
    assert len(rows) == 6000
    assert props["spec"]["width"] == "container"


def test_altair_chart_refuses_other_objects() -> None:
    with pytest.raises(DeskAPIError, match=r"st.altair_chart: altair_chart must be an Altair chart .* not dict."):
        st.altair_chart({"mark": "bar"})


def test_altair_selection_is_returned_in_apptest() -> None:
    pytest.importorskip("altair")
    at = AppTest.from_string(
        """
        import altair as alt
        import pandas as pd
        import desk as st
        pick = alt.selection_point(name="pick")
        chart = alt.Chart(pd.DataFrame({"x": [1, 2]})).mark_point().encode(x="x").add_params(pick)
        event = st.altair_chart(chart, on_select="rerun", key="c")
        st.text(repr(dict(event.selection)))
        """
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.text[0].value == "{'pick': {}}"  # each parameter starts empty, as in Streamlit
    assert at.vega_lite_chart[0].proto["selection_mode"] == ["pick"]
    at.vega_lite_chart[0].set_value({"selection": {"pick": [{"x": 2}]}}).run()
    assert at.text[0].value == "{'pick': [{'x': 2}]}"


# ------------------------------------------------------------------ Plotly, pyplot, Graphviz, Bokeh


def test_plotly_chart_sends_figure_json(emitted: Emitted) -> None:
    go = pytest.importorskip("plotly.graph_objects")
    np = pytest.importorskip("numpy")
    st.plotly_chart(go.Figure(go.Scatter(x=np.arange(3), y=[3, 1, 2])), config={"displayModeBar": False})
    kind, props = emitted[0]
    assert kind == "PlotlyChart"
    assert props["spec"]["data"][0]["type"] == "scatter"
    assert props["config"] == {"displayModeBar": False}
    json.dumps(props)


def test_plotly_chart_accepts_trace_lists_and_validates(emitted: Emitted) -> None:
    pytest.importorskip("plotly")
    st.plotly_chart([{"type": "bar", "x": [1], "y": [2]}])
    assert emitted[0][1]["spec"]["data"][0]["type"] == "bar"
    with pytest.raises(DeskAPIError, match=r"st.plotly_chart: selection_mode must be one of 'points', 'box', 'lasso', not 'circle'."):
        st.plotly_chart([], on_select="rerun", selection_mode="circle")


def test_pyplot_renders_png_and_closes_the_figure(emitted: Emitted) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.plot([1, 2, 3])
    st.pyplot(fig, dpi=50)
    kind, props = emitted[0]
    assert kind == "Image"
    payload = props["images"][0]["payload"]
    assert payload.mimetype == "image/png" and payload.data.startswith(b"\x89PNG")
    assert not plt.fignum_exists(fig.number)


def test_pyplot_without_a_figure_uses_and_clears_the_current_one(emitted: Emitted) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.plot([1, 2])
    figure = plt.gcf()
    st.pyplot(dpi=40)
    assert figure.axes == []
    assert emitted[0][1]["images"][0]["payload"].data.startswith(b"\x89PNG")


def test_missing_optional_library_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    with pytest.raises(MissingDependencyError, match=r"st.pyplot needs the matplotlib package, which is not installed. Install it with: pip install matplotlib"):
        st.pyplot()


def test_bokeh_chart_without_bokeh() -> None:
    try:
        importlib.import_module("bokeh")
    except ImportError:
        with pytest.raises(MissingDependencyError, match=r"pip install bokeh"):
            st.bokeh_chart(object())
    else:
        pytest.skip("bokeh is installed")


def test_graphviz_chart_from_dot_text_and_graph_objects(emitted: Emitted) -> None:
    class Digraph:
        source = "digraph { a -> b }"

    st.graphviz_chart("graph { x -- y }")
    st.graphviz_chart(Digraph(), use_container_width=True)
    assert [p["dot"] for _, p in emitted] == ["graph { x -- y }", "digraph { a -> b }"]
    assert emitted[0][0] == "GraphvizChart"
    with pytest.raises(DeskAPIError, match=r"st.graphviz_chart: figure_or_dot must be DOT text or a graphviz.Graph/Digraph, not int."):
        st.graphviz_chart(5)


# ------------------------------------------------------------------ pydeck and map


def test_pydeck_chart_uses_the_deck_json_without_basemap(emitted: Emitted) -> None:
    class Deck:
        def to_json(self) -> str:
            return json.dumps({"layers": [{"@@type": "ScatterplotLayer"}], "mapStyle": "mapbox://x"})

    st.pydeck_chart(Deck())
    kind, props = emitted[0]
    assert kind == "DeckGlChart"
    assert props["spec"]["layers"][0]["@@type"] == "ScatterplotLayer" and props["spec"]["basemap"] is None


def test_map_builds_a_scatterplot_layer(emitted: Emitted) -> None:
    df = pd.DataFrame({"lat": [48.85, 48.86], "LON": [2.35, 2.36], "r": [5, 10]})
    st.map(df, size="r", color="#00ff00", zoom=11)
    spec = emitted[0][1]["spec"]
    layer = spec["layers"][0]
    assert layer["@@type"] == "ScatterplotLayer" and layer["getPosition"] == "@@=[LON, lat]"
    assert layer["getRadius"] == "@@=r" and layer["getFillColor"] == [0, 255, 0, 255]
    assert layer["data"] == [{"lat": 48.85, "LON": 2.35, "r": 5}, {"lat": 48.86, "LON": 2.36, "r": 10}]
    assert spec["initialViewState"]["zoom"] == 11.0 and spec["basemap"] is None
    assert spec["initialViewState"]["latitude"] == pytest.approx(48.855)


def test_map_validation() -> None:
    with pytest.raises(DeskAPIError, match=r"st.map: the data needs a latitude column named 'lat', 'latitude', 'LAT', 'LATITUDE'"):
        st.map(pd.DataFrame({"x": [1], "lon": [2]}))
    with pytest.raises(DeskAPIError, match=r"st.map: the longitude column 'lon' has missing values."):
        st.map(pd.DataFrame({"lat": [1.0, 2.0], "lon": [2.0, None]}))
    with pytest.raises(DeskAPIError, match=r"st.map: color \('nope'\) is not a colour."):
        st.map(pd.DataFrame({"lat": [1.0], "lon": [2.0]}), color="nope")


def test_map_without_data_is_an_empty_map(emitted: Emitted) -> None:
    # Streamlit draws an empty map for None or a frame without rows, whatever its columns.
    st.map(None)
    st.map(pd.DataFrame())
    st.map(pd.DataFrame({"a": []}), size="a", zoom=3)
    views = [props["spec"]["initialViewState"] for _, props in emitted]
    assert [props["spec"]["layers"] for _, props in emitted] == [[], [], []]
    assert [(v["latitude"], v["longitude"], v["zoom"]) for v in views] == [(0.0, 0.0, 1.0), (0.0, 0.0, 1.0), (0.0, 0.0, 3.0)]
    with pytest.raises(DeskAPIError, match=r"st.map: the data needs a latitude column"):
        st.map(pd.DataFrame({"a": [1]}))


def test_degenerate_data_renders_as_in_streamlit() -> None:
    # None and empty frames give an (empty) element in Streamlit, never an error.
    at = AppTest.from_string(
        """
        import streamlit as st
        import pandas as pd
        empty = pd.DataFrame()
        for chart in (st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart):
            chart(None)
            chart(empty)
        st.line_chart(pd.DataFrame({"a": []}))
        st.bar_chart(empty, horizontal=True)
        st.map(None)
        st.map(empty)
        st.map(pd.DataFrame({"lat": [], "lon": []}))
        st.dataframe(None)
        st.dataframe(empty)
        st.table(None)
        st.table(empty)
        st.data_editor(None)
        st.write("end")
        """
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.vega_lite_chart) == 10
    assert len(at.get("deck_gl_json_chart")) == 3
    assert [len(t.value) for t in at.table] == [0, 0]
    assert at.markdown.values == ["end"]


def test_add_rows_extends_a_builtin_chart() -> None:
    at = AppTest.from_string(
        """
        import desk as st
        import pandas as pd
        chart = st.line_chart(pd.DataFrame({"a": [1.0, 2.0]}), color="#123456")
        chart.add_rows(pd.DataFrame({"a": [3.0]}))
        """
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    (chart,) = at.vega_lite_chart
    assert chart.proto["spec"]["mark"]["color"] == "#123456"
    assert chart_data(chart.proto).column("a").to_pylist() == [1.0, 2.0, 3.0]


def test_vega_lite_width_defaults_to_stretch_except_for_multi_view_charts(emitted: Emitted) -> None:
    st.vega_lite_chart(None, {"mark": "bar"})
    st.vega_lite_chart(None, {"hconcat": [{"mark": "bar"}, {"mark": "line"}]})
    st.vega_lite_chart(None, {"mark": "bar"}, use_container_width=False)
    single, multi, fixed = (props for _, props in emitted)
    assert single["width"] == "stretch" and single["spec"]["width"] == "container"
    assert multi["width"] == "content" and "width" not in multi["spec"]
    assert fixed["width"] == "content" and "width" not in fixed["spec"]


def test_plotly_selection_round_trip_in_apptest() -> None:
    pytest.importorskip("plotly")
    at = AppTest.from_string(
        """
        import desk as st
        event = st.plotly_chart([{"type": "scatter", "x": [1, 2], "y": [3, 4]}], on_select="rerun", selection_mode="points")
        st.text(f"{event.selection.points} {event.selection.point_indices}")
        """
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.text[0].value == "[] []"
    chart = at.plotly_chart[0]
    assert chart.proto["selection_mode"] == ["points"]
    chart.set_value({"selection": {"points": [{"x": 2, "y": 4}], "point_indices": [1], "box": [], "lasso": []}}).run()
    assert at.text[0].value == "[{'x': 2, 'y': 4}] [1]"


def test_selectable_chart_key_cannot_be_set_through_session_state() -> None:
    pytest.importorskip("plotly")
    at = AppTest.from_string(
        """
        import desk as st
        st.session_state.plot = {}
        st.plotly_chart([], on_select="rerun", key="plot")
        """
    ).run()
    assert "Values for the PlotlyChart widget with key 'plot' cannot be set using st.session_state" in at.exception[0].message
