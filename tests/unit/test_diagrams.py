"""st.mermaid_chart and st.echarts_chart: their nodes, validation, datasets and selection."""

from __future__ import annotations

import logging

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.testing import AppTest


def test_mermaid_chart_sends_the_diagram_text() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.mermaid_chart("graph LR\\n  A --> B", alt="Two boxes")
        st.mermaid_chart("pie\\n  \\"a\\" : 1", width=300)
        """
    ).run()
    assert not at.exception
    first, second = at.mermaid_chart
    assert first.body == "graph LR\n  A --> B" and first.width == "stretch" and first.alt == "Two boxes"
    assert second.width == 300 and second.alt is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: st.mermaid_chart(3), r"st.mermaid_chart: body must be the diagram's text \(a string\), not int."),
        (lambda: st.mermaid_chart("  "), r"st.mermaid_chart: body is empty."),
        (lambda: st.mermaid_chart("graph LR", width="wide"), r"st.mermaid_chart: width must be 'stretch' or 'content'"),
        (lambda: st.echarts_chart({}, renderer="webgl"), r"st.echarts_chart: renderer must be 'canvas' or 'svg', not 'webgl'."),
        (lambda: st.echarts_chart({}, theme="dark"), r"st.echarts_chart: theme must be 'streamlit' or None, not 'dark'."),
        (lambda: st.echarts_chart("{bad"), r"st.echarts_chart: spec is not valid JSON"),
        (lambda: st.echarts_chart({"series": [{"data": [float("nan")]}]}), r"st.echarts_chart: the spec must hold JSON values only"),
    ],
)
def test_validation_names_the_argument(call: object, message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        call()  # type: ignore[operator]


def test_echarts_chart_defaults_and_a_dataframe_dataset() -> None:
    def app() -> None:
        import pandas as pd
        import streamlit as st

        frame = pd.DataFrame(
            {
                "day": pd.to_datetime(["2024-01-01", "2024-01-02"]),
                "sales": [3.5, None],
                "wait": pd.to_timedelta(["1s", "250ms"]),
            }
        )
        st.echarts_chart({"dataset": {"source": frame}, "series": [{"type": "line"}]}, alt=" Sales ")

    at = AppTest.from_function(app).run()
    assert not at.exception, [e.message for e in at.exception]
    chart = at.echarts_chart[0]
    assert (chart.width, chart.height, chart.theme, chart.renderer, chart.alt) == ("stretch", "content", "streamlit", "canvas", "Sales")
    assert chart.selection_mode == []
    assert chart.spec["dataset"] == {
        "dimensions": ["day", "sales", "wait"],
        "source": [["2024-01-01T00:00:00.000", 3.5, 1000.0], ["2024-01-02T00:00:00.000", None, 250.0]],
    }


def test_echarts_chart_reads_json_text_and_pyecharts_like_objects() -> None:
    def app() -> None:
        import streamlit as st

        class Chart:
            def dump_options(self) -> str:
                return '{"series": [{"type": "pie", "data": [1, 2]}]}'

        st.echarts_chart('{"xAxis": {"type": "category"}}', renderer="svg")
        st.echarts_chart(Chart())

    at = AppTest.from_function(app).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.echarts_chart[0].spec == {"xAxis": {"type": "category"}} and at.echarts_chart[0].renderer == "svg"
    assert at.echarts_chart[1].spec["series"][0]["type"] == "pie"


SELECTABLE = """
import streamlit as st
spec = {"xAxis": {"type": "category", "data": ["a", "b", "c"]}, "yAxis": {},
        "series": [{"type": "bar", "id": "s", "selectedMode": "multiple", "data": [1, 2, 3]}]}
event = st.echarts_chart(spec, on_select="rerun", key="bars")
st.text(repr(event.selection.selected))
st.text(repr(event.selection.areas))
"""


def test_echarts_selection_reaches_the_script() -> None:
    at = AppTest.from_string(SELECTABLE).run()
    assert not at.exception, [e.message for e in at.exception]
    assert [t.value for t in at.text] == ["[]", "[]"]
    chart = at.echarts_chart[0]
    assert chart.selection_mode == ["points", "box"]
    picked = {"series_index": 0, "series_id": "s", "series_name": None, "data_type": "main", "data_indices": [1, 2]}
    area = {"brush_index": 0, "brush_type": "lineX", "coord_range": [0.5, 2.5]}
    chart.set_value({"selection": {"selected": [picked], "areas": [area]}}).run()
    assert [t.value for t in at.text] == [repr([picked]), repr([area])]
    assert at.session_state["bars"].selection.selected == [picked]


def test_echarts_on_select_without_a_selectable_series_warns_and_still_draws(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desk.elements.diagrams"):
        at = AppTest.from_string(
            "import streamlit as st\nst.echarts_chart({'series': [{'type': 'bar', 'data': [1]}]}, on_select='rerun')"
        ).run()
    assert not at.exception
    assert len(at.echarts_chart) == 1
    assert "enables no selection" in caplog.text
