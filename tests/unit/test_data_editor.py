"""st.data_editor: edit sets, applying them to every input type, and AppTest use."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import desk as st
from desk.elements.edits import apply_edits, diff_edits, edits_wire, parse_edits
from desk.errors import DeskAPIError
from desk.testing import AppTest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    assert not at.exception, f"the script raised: {[e.message for e in at.exception]}"
    return at


# ------------------------------------------------------------------ edit sets


def test_wire_edit_sets_are_parsed_with_integer_rows() -> None:
    edits = parse_edits('{"edited_rows": {"1": {"a": 5}}, "added_rows": [{"a": 1}], "deleted_rows": [0, "2"]}')
    assert edits == {"edited_rows": {1: {"a": 5}}, "added_rows": [{"a": 1}], "deleted_rows": [0, 2]}


def test_malformed_wire_edit_sets_are_empty() -> None:
    assert parse_edits("{nope") == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert parse_edits(42) == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def test_edit_sets_go_on_the_wire_with_string_keys_and_json_values() -> None:
    wire = edits_wire({"edited_rows": {0: {"d": dt.date(2024, 1, 2), "n": np.int64(3)}}, "added_rows": [], "deleted_rows": [1]})
    assert wire == {"edited_rows": {"0": {"d": "2024-01-02", "n": 3}}, "added_rows": [], "deleted_rows": [1]}


# ------------------------------------------------------------------ applying edits


def test_edits_are_coerced_per_column_and_the_input_is_untouched() -> None:
    df = pd.DataFrame(
        {
            "i": [1, 2],
            "f": [1.5, 2.5],
            "s": ["x", "y"],
            "b": [True, False],
            "t": pd.to_datetime(["2024-01-01", "2024-01-02"]),
            "c": pd.Categorical(["u", "v"]),
            "d": [dt.date(2024, 1, 1), dt.date(2024, 1, 2)],
        }
    )
    edits = {"edited_rows": {0: {"i": 10, "f": "3.5", "s": 7, "b": "false", "t": "2025-05-01T10:00:00", "c": "w", "d": "2030-12-31"}}}
    result = apply_edits(df, edits)
    row = result.iloc[0]
    assert (row["i"], row["f"], row["s"], row["b"]) == (10, 3.5, "7", False)
    assert row["t"] == pd.Timestamp("2025-05-01 10:00") and row["c"] == "w" and row["d"] == dt.date(2030, 12, 31)
    assert result["i"].dtype == df["i"].dtype and result["t"].dtype == df["t"].dtype
    assert df.iloc[0]["i"] == 1, "the input frame must not change"


def test_clearing_an_integer_cell_widens_to_a_nullable_integer() -> None:
    result = apply_edits(pd.DataFrame({"i": [1, 2]}), {"edited_rows": {1: {"i": None}}})
    assert str(result["i"].dtype) == "Int64" and result["i"].isna().tolist() == [False, True]


def test_deleted_rows_then_added_rows_continue_the_range_index() -> None:
    df = pd.DataFrame({"a": [1, 2, 3]})
    result = apply_edits(df, {"deleted_rows": [1], "added_rows": [{"a": 9}, {}]})
    assert result["a"].tolist()[:3] == [1, 3, 9] and pd.isna(result["a"].tolist()[3])
    assert list(result.index) == [0, 2, 3, 4]


def test_added_rows_take_their_index_from_the_index_key() -> None:
    df = pd.DataFrame({"a": [1]}, index=pd.Index(["r1"], name="id"))
    result = apply_edits(df, {"added_rows": [{"_index": "r2", "a": 2}]})
    assert list(result.index) == ["r1", "r2"] and result.index.name == "id"


def test_out_of_range_rows_and_unknown_columns_are_ignored() -> None:
    df = pd.DataFrame({"a": [1]})
    result = apply_edits(df, {"edited_rows": {5: {"a": 2}, 0: {"nope": 3}}, "deleted_rows": [7]})
    assert result.equals(df)


def test_uncoercible_values_raise_a_clear_error() -> None:
    with pytest.raises(DeskAPIError, match=r"st.data_editor: the value 'abc' cannot be stored in column 'i' \(int64\)"):
        apply_edits(pd.DataFrame({"i": [1]}), {"edited_rows": {0: {"i": "abc"}}})


@pytest.mark.parametrize(
    ("data", "edits", "expected"),
    [
        ([1, 2, 3], {"edited_rows": {0: {"value": 5}}, "deleted_rows": [1]}, [5, 3]),
        ((1, 2), {"added_rows": [{"value": 3}]}, (1, 2, 3)),
        ([{"x": 1}, {"x": 2}], {"edited_rows": {1: {"x": 7}}}, [{"x": 1}, {"x": 7}]),
        ([[1, "a"], [2, "b"]], {"edited_rows": {0: {"1": "z"}}}, [[1, "z"], [2, "b"]]),
        ({"a": [1, 2], "b": ["x", "y"]}, {"edited_rows": {0: {"b": "q"}}}, {"a": [1, 2], "b": ["q", "y"]}),
        ({"k1": 1, "k2": 2}, {"edited_rows": {1: {"value": 9}}}, {"k1": 1, "k2": 9}),
    ],
)
def test_python_inputs_come_back_in_their_own_shape(data: Any, edits: dict[str, Any], expected: Any) -> None:
    assert apply_edits(data, edits) == expected


def test_pyarrow_numpy_and_series_inputs_come_back_in_their_own_type() -> None:
    table = apply_edits(pa.table({"x": [1, 2]}), {"edited_rows": {0: {"x": 5}}})
    assert isinstance(table, pa.Table) and table.column("x").to_pylist() == [5, 2]
    array = apply_edits(np.array([[1, 2], [3, 4]]), {"edited_rows": {1: {"0": 30}}})
    assert isinstance(array, np.ndarray) and array.tolist() == [[1, 2], [30, 4]] and array.dtype == np.int64
    series = apply_edits(pd.Series([1.0, 2.0], name="s"), {"edited_rows": {0: {"s": 4}}})
    assert isinstance(series, pd.Series) and series.name == "s" and series.tolist() == [4.0, 2.0]
    unnamed = apply_edits(pd.Series([1.0, 2.0]), {"edited_rows": {0: {"0": 4}}})
    assert unnamed.name == "0" and unnamed.tolist() == [4.0, 2.0]  # Streamlit's name: its column's


def test_no_edits_returns_an_equal_copy() -> None:
    df = pd.DataFrame({"a": [1]})
    result = apply_edits(df, {})
    assert result.equals(df) and result is not df


def test_diff_edits_finds_changes_deletions_and_additions() -> None:
    before = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    after = pd.DataFrame({"a": [1, 20, 4], "b": ["x", "y", "w"]}, index=[0, 1, 3])
    edits = diff_edits(before, after)
    assert edits["edited_rows"] == {1: {"a": 20}}
    assert edits["deleted_rows"] == [2]
    assert edits["added_rows"] == [{"a": 4, "b": "w"}]
    assert apply_edits(before, edits).equals(after)


# ------------------------------------------------------------------ the widget


def test_data_editor_node_and_disabled_columns() -> None:
    at = run(
        """
        import desk as st
        import pandas as pd
        st.data_editor(pd.DataFrame({"a": [1], "b": [2]}), num_rows="dynamic", disabled=["a"], key="ed")
        """
    )
    editor = at.data_editor[0]
    assert editor.type == "dataframe"  # Streamlit's name; at.data_editor lists it
    assert editor.proto["num_rows"] == "dynamic"
    assert editor.proto["column_config"]["a"] == {"disabled": True}
    assert editor.proto["disabled"] is False
    assert editor.proto["value"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def test_data_editor_returns_edits_and_stores_the_edit_set_in_session_state() -> None:
    at = run(
        """
        import desk as st
        import pandas as pd
        calls = st.session_state.setdefault("calls", [])
        edited = st.data_editor(pd.DataFrame({"a": [1, 2]}), key="ed", on_change=lambda: calls.append(1))
        st.text(f"sum={edited['a'].sum()} calls={len(calls)}")
        """
    )
    assert at.text[0].value == "sum=3 calls=0"
    at.data_editor[0].set_value({"edited_rows": {1: {"a": 40}}}).run()
    assert at.text[0].value == "sum=41 calls=1"
    assert at.session_state["ed"] == {"edited_rows": {1: {"a": 40}}, "added_rows": [], "deleted_rows": []}
    assert at.data_editor[0].value["a"].tolist() == [1, 40]


def test_apptest_set_value_accepts_an_edited_frame() -> None:
    at = run(
        """
        import desk as st
        rows = st.data_editor([{"name": "a", "n": 1}, {"name": "b", "n": 2}], num_rows="dynamic")
        st.text(repr(rows))
        """
    )
    edited = at.data_editor[0].value
    edited.loc[0, "n"] = 5
    edited.loc[2] = ["c", 3]
    at.data_editor[0].set_value(edited).run()
    assert at.text[0].value == "[{'name': 'a', 'n': 5}, {'name': 'b', 'n': 2}, {'name': 'c', 'n': 3}]"


def test_data_editor_key_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        """
        import desk as st
        st.session_state.ed = {}
        st.data_editor([1], key="ed")
        """
    ).run()
    assert "Values for the DataEditor widget with key 'ed' cannot be set using st.session_state" in at.exception[0].message


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"num_rows": "many"}, r"st.data_editor: num_rows must be one of 'fixed', 'dynamic', 'add', 'delete', not 'many'."),
        ({"disabled": "a"}, r"st.data_editor: disabled must be True, False or a list of column names, not 'a'."),
        ({"on_change": 5}, r"st.data_editor: on_change must be a function or None"),
    ],
)
def test_data_editor_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        st.data_editor([1, 2], **kwargs)
