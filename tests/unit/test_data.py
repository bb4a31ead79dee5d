"""st.dataframe, st.table and st.metric: node props, selections and validation."""

from __future__ import annotations

from typing import Any

import pytest

import desk as st
from desk.elements import data as data_module
from desk.elements.definitions import Props, definition_of
from desk.errors import DeskAPIError, ValueAssignmentNotAllowedError
from desk.protocol import BinaryPayload
from desk.testing import AppTest

pd = pytest.importorskip("pandas")


@pytest.fixture
def emitted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    """Nodes emitted by desk.elements.data outside a run, as (type, props)."""
    found: list[tuple[str, dict[str, Any]]] = []

    def capture_props(props: Props, root: int | None = None) -> None:
        found.append((definition_of(props).type, props.wire()))

    monkeypatch.setattr(data_module, "show", capture_props)
    return found


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    assert not at.exception, f"the script raised: {[e.message for e in at.exception]}"
    return at


FRAME = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})


# ------------------------------------------------------------------ dataframe


def test_dataframe_node_carries_arrow_data_and_layout(emitted: list[tuple[str, dict[str, Any]]]) -> None:
    st.dataframe(FRAME, width=300, height=200, hide_index=True, column_order=["b", "a"])
    kind, props = emitted[0]
    assert kind == "Dataframe"
    payload = props["data"]
    assert isinstance(payload, BinaryPayload) and payload.mimetype == "application/vnd.apache.arrow.stream"
    assert props["num_rows"] == 3 and props["num_columns"] == 2
    assert props["columns"][:2] == [{"name": "a", "type": "int64"}, {"name": "b", "type": "string"}]
    assert props["index_columns"] == ["__index_level_0__"]
    assert (props["width"], props["height"], props["hide_index"]) == (300, 200, True)
    assert props["column_order"] == ["b", "a"]
    assert props["selection_mode"] == []


def test_column_config_accepts_labels_none_and_column_config_values(emitted: list[tuple[str, dict[str, Any]]]) -> None:
    st.dataframe(
        FRAME,
        column_config={"a": st.column_config.NumberColumn("Amount", format="%d"), "b": "Letter", "_index": None, 0: "First"},
    )
    config = emitted[0][1]["column_config"]
    assert config["a"]["label"] == "Amount" and config["a"]["type_config"]["format"] == "%d"
    assert config["b"] == {"label": "Letter"}
    assert config["_index"] == {"hidden": True}
    assert config["_pos:0"] == {"label": "First"}


def test_styler_display_values_and_cell_styles(emitted: list[tuple[str, dict[str, Any]]]) -> None:
    styler = FRAME.style.format({"a": "{:.1f}"}).map(lambda v: "color: red" if v == "y" else "").set_caption("Cap")
    st.dataframe(styler)
    styles = emitted[0][1]["styler"]
    assert styles["display_values"][0] == ["1.0", "x"]
    assert styles["styles"] == {"1,1": "color: red"}
    assert styles["caption"] == "Cap"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"width": -5}, r"st.dataframe: width must be a positive number of pixels, 'stretch' or 'content' or None, not -5."),
        ({"height": "tall"}, r"st.dataframe: height must be a positive number of pixels, 'auto' or 'stretch' or 'content' or None"),
        ({"hide_index": "yes"}, r"st.dataframe: hide_index must be True, False or None, not 'yes'."),
        ({"column_config": ["a"]}, r"st.dataframe: column_config must be a dict mapping column names"),
        ({"column_config": {"a": 5}}, r"st.dataframe: column_config\['a'\] must be an st.column_config.\* value, a label or None, not int."),
        ({"on_select": "click"}, r"st.dataframe: on_select must be 'ignore', 'rerun' or a function, not 'click'."),
        ({"on_select": "rerun", "selection_mode": "all"}, r"st.dataframe: selection_mode must be one of 'single-row'"),
        (
            {"on_select": "rerun", "selection_mode": ["single-row", "multi-row"]},
            r"st.dataframe: selection_mode can hold only one of 'single-row' and 'multi-row', not both",
        ),
    ],
)
def test_dataframe_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        st.dataframe(FRAME, **kwargs)


def test_dataframe_without_selection_is_not_a_widget() -> None:
    at = run("import desk as st\nimport pandas as pd\nst.dataframe(pd.DataFrame({'a': [1, 2]}))")
    frame = at.dataframe[0]
    assert frame.id is None
    assert frame.value["a"].tolist() == [1, 2]


def test_dataframe_selection_round_trip_and_callback() -> None:
    at = run(
        """
        import desk as st
        import pandas as pd
        if "calls" not in st.session_state:
            st.session_state.calls = 0
        def changed():
            st.session_state.calls += 1
        event = st.dataframe(pd.DataFrame({"a": [1, 2, 3]}), key="grid", on_select=changed,
                             selection_mode=["multi-row", "single-column"])
        st.text(f"rows={event.selection.rows} columns={event['selection']['columns']} calls={st.session_state.calls}")
        """
    )
    assert at.text[0].value == "rows=[] columns=[] calls=0"
    assert at.dataframe[0].proto["selection_mode"] == ["multi-row", "single-column"]
    at.dataframe[0].select_rows([0, 2]).select_columns(["a"]).run()
    assert at.text[0].value == "rows=[0, 2] columns=['a'] calls=1"
    assert at.session_state["grid"]["selection"]["rows"] == [0, 2]


def test_dataframe_selection_wire_value_is_parsed() -> None:
    parsed = data_module.parse_selection('{"selection": {"rows": ["1"], "columns": [], "cells": [[0, "a"]]}}')
    assert parsed.selection.rows == [1]
    assert parsed.selection.cells == [(0, "a")]
    assert data_module.parse_selection("not json").selection.rows == []


def test_selectable_dataframe_key_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        """
        import desk as st
        st.session_state.grid = {"selection": {"rows": [1]}}
        st.dataframe([1, 2], key="grid", on_select="rerun")
        """
    ).run()
    assert at.exception
    assert "Values for the Dataframe widget with key 'grid' cannot be set using st.session_state" in at.exception[0].message


def test_selectable_dataframe_key_cannot_be_set_after_the_first_run() -> None:
    at = run('import desk as st\nst.dataframe([1, 2], key="grid", on_select="rerun")')
    with pytest.raises(ValueAssignmentNotAllowedError, match="Dataframe widget with key 'grid'"):
        at.session_state["grid"] = {}


# ------------------------------------------------------------------ table


def test_table_node(emitted: list[tuple[str, dict[str, Any]]]) -> None:
    st.table({"a": [1, 2]}, border="horizontal")
    kind, props = emitted[0]
    assert kind == "Table" and props["num_rows"] == 2 and props["border"] == "horizontal"


def test_table_in_apptest() -> None:
    at = run("import desk as st\nst.table([{'x': 1}, {'x': 2}])")
    assert at.table[0].value["x"].tolist() == [1, 2]


def test_table_border_validation() -> None:
    with pytest.raises(DeskAPIError, match=r"st.table: border must be True, False or 'horizontal', not 'thick'."):
        st.table([1], border="thick")


# ------------------------------------------------------------------ metric


@pytest.mark.parametrize(
    ("delta", "delta_color", "shown", "direction", "color"),
    [
        (5, "normal", "5", "up", "green"),
        (-1.5, "normal", "-1.5", "down", "red"),
        ("-3%", "normal", "-3%", "down", "red"),
        ("+3%", "inverse", "+3%", "up", "red"),
        (-2, "inverse", "-2", "down", "green"),
        (2, "off", "2", "up", "gray"),
        (0, "normal", "0", "up", "green"),
        (None, "normal", None, None, "gray"),
        ("", "normal", None, None, "gray"),
    ],
)
def test_metric_delta_direction_and_colour(
    emitted: list[tuple[str, dict[str, Any]]], delta: Any, delta_color: str, shown: Any, direction: Any, color: str
) -> None:
    st.metric("Temp", 21, delta, delta_color)
    props = emitted[0][1]
    assert (props["delta"], props["delta_direction"], props["color"]) == (shown, direction, color)


def test_metric_values_are_strings(emitted: list[tuple[str, dict[str, Any]]]) -> None:
    from decimal import Decimal

    np = pytest.importorskip("numpy")
    st.metric("a", 1.5)
    st.metric("b", None)
    st.metric("c", Decimal("2.50"))
    st.metric("d", np.int64(7), chart_data=[1, 2, 3], chart_type="bar", border=True)
    values = [props["value"] for _, props in emitted]
    assert values == ["1.5", "\u2014", "2.50", "7"]
    assert emitted[3][1]["chart_data"] == [1.0, 2.0, 3.0] and emitted[3][1]["border"] is True


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"value": [1]}, r"st.metric: value must be an int, float, decimal.Decimal, str or None, not list \(\[1\]\)."),
        ({"value": 1, "delta": {}}, r"st.metric: delta must be an int, float, decimal.Decimal, str or None, not dict"),
        ({"value": 1, "delta_color": "pink"}, r"st.metric: delta_color must be one of 'normal', 'inverse', 'off'"),
        ({"value": 1, "chart_type": "pie"}, r"st.metric: chart_type must be one of 'line', 'bar', 'area', not 'pie'."),
        ({"value": 1, "label_visibility": "gone"}, r"st.metric: label_visibility must be one of"),
    ],
)
def test_metric_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        st.metric("Label", **kwargs)


def test_metric_in_apptest() -> None:
    at = run("import desk as st\nst.metric('Speed', '120 km/h', '-5 km/h', help='fast')")
    metric = at.metric[0]
    assert (metric.label, metric.value, metric.delta, metric.delta_direction) == ("Speed", "120 km/h", "-5 km/h", "down")


def test_add_rows_redraws_a_dataframe_in_place() -> None:
    at = run(
        """
        import desk as st
        import pandas as pd
        grid = st.dataframe(pd.DataFrame({"a": [1, 2]}))
        st.text("after")
        grid.add_rows(pd.DataFrame({"a": [3]}))
        """
    )
    assert len(at.dataframe) == 1
    frame = at.dataframe[0].value
    assert frame["a"].tolist() == [1, 2, 3] and list(frame.index) == [0, 1, 2]
    assert at.main.children[1].type == "text"


def test_selection_default_is_the_first_value() -> None:
    at = run(
        """
        import desk as st
        event = st.dataframe([1, 2, 3], on_select="rerun", selection_default={"selection": {"rows": [2]}})
        st.text(str(event.selection.rows))
        """
    )
    assert at.text[0].value == "[2]"
    assert at.dataframe[0].proto["value"]["selection"]["rows"] == [2]


def test_metric_format_sends_numbers_for_the_page_to_format() -> None:
    script = """
import streamlit as st
st.metric("Revenue", 1234.5, delta=-0.031, format="dollar", delta_description="vs last month")
st.metric("Share", "n/a", delta="+2", format="%.1f")
st.metric("Plain", 5)
"""
    at = AppTest.from_string(script).run()
    revenue, share, plain = (m.proto for m in at.metric)
    assert (revenue["format"], revenue["value_number"], revenue["delta_number"]) == ("dollar", 1234.5, -0.031)
    assert revenue["delta_description"] == "vs last month"
    assert revenue["delta_direction"] == "down"
    assert share.get("value_number") is None and share["value"] == "n/a"  # text stays as written (a null number is left off)
    assert "format" not in plain and "delta_description" not in plain


def test_metric_format_is_checked() -> None:
    at = AppTest.from_string("import streamlit as st\nst.metric('x', 1, format='money')").run()
    assert at.exception[0].message.startswith("st.metric: format must be None, one of plain, localized")
