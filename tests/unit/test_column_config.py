"""st.column_config: every column type builds a JSON-ready dict and validates its options."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.protocol import Trigger
from desk.testing import AppTest

cc = st.column_config
COMMON = {"label", "width", "help", "disabled", "required", "default", "pinned"}


@pytest.mark.parametrize(
    ("factory", "type_name"),
    [
        (cc.TextColumn, "text"),
        (cc.NumberColumn, "number"),
        (cc.CheckboxColumn, "checkbox"),
        (cc.SelectboxColumn, "selectbox"),
        (cc.DateColumn, "date"),
        (cc.TimeColumn, "time"),
        (cc.DatetimeColumn, "datetime"),
        (cc.LinkColumn, "link"),
        (cc.ImageColumn, "image"),
        (cc.ListColumn, "list"),
        (cc.ProgressColumn, "progress"),
        (cc.BarChartColumn, "bar_chart"),
        (cc.LineChartColumn, "line_chart"),
        (cc.AreaChartColumn, "area_chart"),
        (cc.JsonColumn, "json"),
    ],
)
def test_every_column_type_is_json_ready_with_common_keys(factory: Callable[..., dict[str, Any]], type_name: str) -> None:
    config = factory("Label", width="small", help="tip", pinned=True)
    assert COMMON <= set(config)
    assert config["type_config"]["type"] == type_name
    assert (config["label"], config["width"], config["help"], config["pinned"]) == ("Label", "small", "tip", True)
    json.dumps(config)


def test_plain_column_has_no_type() -> None:
    config = cc.Column("Name", width=120, disabled=True, required=False)
    assert "type_config" not in config
    assert (config["width"], config["disabled"], config["required"]) == (120, True, False)


def test_type_specific_options() -> None:
    number = cc.NumberColumn(format="$%.2f", min_value=0, max_value=10, step=0.5, default=1)["type_config"]
    assert number == {"type": "number", "format": "$%.2f", "min_value": 0, "max_value": 10, "step": 0.5}
    select = cc.SelectboxColumn(options=["a", "b"], default="a")
    assert select["type_config"]["options"] == ["a", "b"] and select["default"] == "a"
    date = cc.DateColumn(min_value=dt.date(2024, 1, 1), max_value="2024-12-31", default=dt.date(2024, 6, 1), step=7)
    assert date["type_config"]["min_value"] == "2024-01-01" and date["default"] == "2024-06-01"
    time = cc.TimeColumn(step=dt.timedelta(minutes=15))
    assert time["type_config"]["step"] == 900.0
    stamp = cc.DatetimeColumn(timezone="Europe/Paris", format="D MMM YYYY, h:mm a")
    assert stamp["type_config"]["timezone"] == "Europe/Paris"
    link = cc.LinkColumn(display_text=r"https://(.*?)\.example", validate=r"^https://")
    assert link["type_config"]["display_text"] == r"https://(.*?)\.example"
    progress = cc.ProgressColumn(min_value=0, max_value=100, format="percent", color="green")
    assert progress["type_config"]["color"] == "green"
    assert cc.LineChartColumn(y_min=0, y_max=5)["type_config"]["y_max"] == 5
    assert cc.TextColumn(max_chars=10)["type_config"]["max_chars"] == 10


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: cc.Column(width="huge"), r"st.column_config.Column: width must be 'small', 'medium', 'large', a positive number"),
        (lambda: cc.Column(label=5), r"st.column_config.Column: label must be a string or None, not int \(5\)."),
        (lambda: cc.Column(disabled="no"), r"st.column_config.Column: disabled must be True, False or None, not 'no'."),
        (
            lambda: cc.NumberColumn(min_value=10, max_value=5),
            r"st.column_config.NumberColumn: min_value \(10\) must be less than or equal to max_value \(5\).",
        ),
        (lambda: cc.NumberColumn(step=0), r"st.column_config.NumberColumn: step must be greater than 0, not 0."),
        (lambda: cc.NumberColumn(min_value="1"), r"st.column_config.NumberColumn: min_value must be a number or None, not str"),
        (
            lambda: cc.NumberColumn(min_value=0, max_value=5, default=9),
            r"st.column_config.NumberColumn: default \(9\) must be less than or equal to max_value \(5\).",
        ),
        (
            lambda: cc.SelectboxColumn(options=["a"], default="b"),
            r"st.column_config.SelectboxColumn: default \('b'\) must be one of the options: 'a'.",
        ),
        (lambda: cc.SelectboxColumn(options="ab"), r"st.column_config.SelectboxColumn: options must be a list"),
        (lambda: cc.TextColumn(validate="("), r"st.column_config.TextColumn: validate \('\('\) is not a valid regular expression"),
        (lambda: cc.TextColumn(max_chars=0), r"st.column_config.TextColumn: max_chars must be a positive integer or None, not 0."),
        (lambda: cc.DateColumn(min_value="soon"), r"st.column_config.DateColumn: min_value \('soon'\) is not an ISO 8601 date"),
        (
            lambda: cc.DateColumn(min_value=dt.date(2025, 1, 1), max_value=dt.date(2024, 1, 1)),
            r"st.column_config.DateColumn: min_value \('2025-01-01'\) must be less than or equal to max_value",
        ),
        (lambda: cc.DateColumn(step=1.5), r"st.column_config.DateColumn: step must be a positive whole number of days"),
        (lambda: cc.TimeColumn(default=5), r"st.column_config.TimeColumn: default must be a time, an ISO 8601 string or None"),
        (
            lambda: cc.ProgressColumn(min_value=1, max_value=1),
            r"st.column_config.ProgressColumn: min_value \(1\) must be less than max_value \(1\).",
        ),
        (
            lambda: cc.BarChartColumn(y_min=3, y_max=1),
            r"st.column_config.BarChartColumn: y_min \(3\) must be less than or equal to y_max \(1\).",
        ),
        (lambda: cc.ListColumn(default="ab"), r"st.column_config.ListColumn: default must be a list or None, not 'ab'."),
        (lambda: cc.NumberColumn(format=""), r"st.column_config.NumberColumn: format must not be empty"),
    ],
)
def test_validation_errors(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        call()


# ---------------------------------------------------------------- audio, video, markdown, multiselect, buttons


def test_media_and_markdown_columns() -> None:
    assert cc.AudioColumn("Clip", width="small")["type_config"] == {"type": "audio"}
    assert cc.VideoColumn(pinned=True)["type_config"] == {"type": "video"}
    markdown = cc.MarkdownColumn("Notes", default="**new**", required=True)
    assert markdown["type_config"] == {"type": "markdown"} and markdown["default"] == "**new**" and markdown["required"] is True
    with pytest.raises(DeskAPIError, match=r"st.column_config.MarkdownColumn: default must be a string or None, not int"):
        cc.MarkdownColumn(default=3)  # type: ignore[arg-type]


def test_multiselect_column_options_labels_and_colours() -> None:
    config = cc.MultiselectColumn("Tags", options=["a", "b", "c"], color=["red", "#00ff00"], format_func=str.upper, default=["a"])
    assert config["default"] == ["a"]
    assert config["type_config"]["options"] == [
        {"value": "a", "label": "A", "color": "red"},
        {"value": "b", "label": "B", "color": "#00ff00"},
        {"value": "c", "label": "C", "color": "red"},
    ]
    auto = cc.MultiselectColumn(color="auto", accept_new_options=True)["type_config"]
    assert auto == {"type": "multiselect", "options": None, "accept_new_options": True, "color": "auto"}
    json.dumps(config)
    with pytest.raises(DeskAPIError, match=r"st.column_config.MultiselectColumn: options must hold strings; 1 is a int."):
        cc.MultiselectColumn(options=["a", 1])  # type: ignore[list-item]
    with pytest.raises(DeskAPIError, match=r"format_func must return a string; it returned 1 for 'a'."):
        cc.MultiselectColumn(options=["a"], format_func=lambda option: 1)


def test_button_column_is_read_only_and_needs_a_key_for_callbacks() -> None:
    config = cc.ButtonColumn("Act", type="tertiary", alignment="left")
    assert config["disabled"] is True
    assert config["type_config"] == {"type": "button", "button_type": "tertiary", "alignment": "left"}
    json.dumps(config)
    with pytest.raises(DeskAPIError, match=r"st.column_config.ButtonColumn: type must be 'primary', 'secondary' or 'tertiary'"):
        cc.ButtonColumn(type="danger")
    with pytest.raises(DeskAPIError, match=r"st.column_config.ButtonColumn: on_click, args and kwargs need a key"):
        cc.ButtonColumn(on_click=print)


BUTTONS = """
import pandas as pd
import streamlit as st

def handle(prefix):
    click = st.session_state.act_click
    st.session_state.log = f"{prefix} {click.label} on row {click.row}"

frame = pd.DataFrame({"name": ["Ann", "Bob"], "act": [["Edit", "Delete"], ["Edit"]]})
st.dataframe(frame, column_config={
    "act": st.column_config.ButtonColumn("Actions", on_click=handle, args=("did",), key="act_click"),
})
st.text(f"state: {st.session_state.act_click}")
st.text(f"log: {st.session_state.get('log')}")
"""


def test_a_button_column_click_runs_the_callback_and_sets_the_key_for_one_run() -> None:
    at = AppTest.from_string(BUTTONS).run()
    assert not at.exception, [e.message for e in at.exception]
    assert [t.value for t in at.text] == ["state: None", "log: None"]
    trigger_id = at.dataframe[0].proto["column_config"]["act"]["type_config"]["trigger_id"]
    at.session.handle(Trigger(trigger_id, {"row": 0, "label": "Delete"}))  # what the page sends
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert [t.value for t in at.text] == ["state: {'row': 0, 'label': 'Delete'}", "log: did Delete on row 0"]
    at.run()
    assert at.text[0].value == "state: None"  # the click lasts one run
    at.session.handle(Trigger(trigger_id, {"row": "x"}))  # a malformed click is refused, not run
    at.run()
    assert at.text[0].value == "state: None"


ALIGNED = ["Column", "TextColumn", "NumberColumn", "CheckboxColumn", "DatetimeColumn", "DateColumn", "TimeColumn",
           "LinkColumn", "ImageColumn", "JsonColumn", "AudioColumn", "VideoColumn", "MarkdownColumn"]  # fmt: skip


@pytest.mark.parametrize("name", ALIGNED)
def test_alignment_is_kept_only_when_given(name: str) -> None:
    factory = getattr(cc, name)
    for alignment in ("left", "center", "right"):
        assert factory("x", alignment=alignment)["alignment"] == alignment
    assert "alignment" not in factory("x")
    with pytest.raises(DeskAPIError, match=rf"st.column_config.{name}: alignment must be 'left', 'center', 'right' or None, not 'middle'"):
        factory("x", alignment="middle")


def test_alignment_reaches_the_grid() -> None:
    from desk.testing import AppTest

    at = AppTest.from_string(
        "import pandas as pd\nimport streamlit as st\n"
        "st.dataframe(pd.DataFrame({'n': [1, 2]}), column_config={'n': st.column_config.NumberColumn(alignment='center')})\n"
    ).run()
    assert at.dataframe[0].node.props["column_config"]["n"]["alignment"] == "center"


def test_selectbox_column_format_func_labels_its_options() -> None:
    column = cc.SelectboxColumn("Size", options=[1, 2], format_func=lambda n: "S" if n == 1 else "M")
    assert column["type_config"]["options"] == [{"value": 1, "label": "S"}, {"value": 2, "label": "M"}]
    assert cc.SelectboxColumn(options=["a"])["type_config"]["options"] == ["a"]  # without it: the options as they are
    with pytest.raises(DeskAPIError, match="SelectboxColumn: format_func must be a function or None, not 5"):
        cc.SelectboxColumn(options=["a"], format_func=5)
    with pytest.raises(DeskAPIError, match="format_func must return a string; it returned 1 for 'a'"):
        cc.SelectboxColumn(options=["a"], format_func=lambda v: 1)
