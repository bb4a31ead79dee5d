"""Conversion of every accepted data input to Arrow, and Arrow IPC bytes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desk.elements.arrow import column_types, index_columns, ipc_bytes, read_ipc, to_arrow, to_pandas
from desk.errors import DeskAPIError

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")


def types(table: object) -> dict[str, str]:
    return {c["name"]: c["type"] for c in column_types(table)}  # type: ignore[arg-type]


def test_none_is_an_empty_table() -> None:
    table = to_arrow(None)
    assert table.num_rows == 0 and table.num_columns == 0


def test_pandas_frame_keeps_its_index_as_a_recorded_column() -> None:
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=pd.Index([10, 20], name="id"))
    table = to_arrow(df)
    assert table.column_names == ["a", "b", "id"]
    assert index_columns(table) == ["id"]
    assert table.column("id").to_pylist() == [10, 20]


def test_range_index_is_materialised_as_a_column() -> None:
    table = to_arrow(pd.DataFrame({"a": [1, 2, 3]}))
    assert index_columns(table) == ["__index_level_0__"]
    assert table.column("__index_level_0__").to_pylist() == [0, 1, 2]


def test_a_plain_index_is_checked_without_a_series_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    # Index.to_series() copies the index (and a RangeIndex first materialises itself), which
    # for a 1M-row frame cost 16 MB and ~10-40 ms on every run; only an index that needs
    # strings may be converted.
    def refuse(self: object, *args: object, **kwargs: object) -> None:
        raise AssertionError("the index was copied into a Series")

    monkeypatch.setattr(pd.Index, "to_series", refuse)
    for index in (pd.RangeIndex(3), pd.Index([10, 20, 30], name="id"), pd.Index(["a", "b", "c"]), pd.date_range("2024-01-01", periods=3)):
        table = to_arrow(pd.DataFrame({"a": [1, 2, 3]}, index=index))
        assert table.num_rows == 3


def test_numeric_columns_are_not_copied() -> None:
    # st.dataframe of a 1M x 10 int64 frame stays cheap because pyarrow wraps the frame's own
    # memory; a cast or a copy here would add 80 MB and tens of ms to every run.
    df = pd.DataFrame({f"c{j}": np.arange(100_000, dtype="int64") * (j + 1) for j in range(3)})
    before = pa.total_allocated_bytes()
    table = to_arrow(df)
    assert pa.total_allocated_bytes() - before < 100_000  # the index column (800 kB) is numpy's too
    for j in range(3):
        data = table.column(f"c{j}").chunk(0).buffers()[1]
        assert np.shares_memory(np.frombuffer(data, dtype="int64"), df[f"c{j}"].to_numpy())


def test_an_index_arrow_cannot_hold_becomes_strings() -> None:
    periods = to_arrow(pd.DataFrame({"a": [1, 2]}, index=pd.period_range("2024-01", periods=2, freq="M")))
    assert periods.column("__index_level_0__").to_pylist() == ["2024-01", "2024-02"]
    mixed = to_arrow(pd.DataFrame({"a": [1, 2]}, index=pd.Index([1, "x"], dtype=object)))
    assert mixed.column("__index_level_0__").to_pylist() == ["1", "x"]


def test_multiindex_rows_and_columns() -> None:
    rows = pd.MultiIndex.from_tuples([("a", 1), ("b", 2)], names=["letter", "number"])
    columns = pd.MultiIndex.from_tuples([("x", "one"), ("x", "two")])
    table = to_arrow(pd.DataFrame([[1, 2], [3, 4]], index=rows, columns=columns))
    assert index_columns(table) == ["letter", "number"]
    assert table.column_names[:2] == ["x / one", "x / two"]


def test_special_dtypes_keep_their_arrow_types() -> None:
    df = pd.DataFrame(
        {
            "cat": pd.Categorical(["u", "v"]),
            "tz": pd.date_range("2024-01-01", periods=2, tz="Europe/Paris"),
            "nullable": pd.array([1, None], dtype="Int64"),
            "flag": pd.array([True, None], dtype="boolean"),
            "when": [dt.date(2024, 1, 1), None],
            "money": [Decimal("1.50"), Decimal("2.25")],
            "span": pd.to_timedelta([1, 2], unit="s"),
        }
    )
    found = types(to_arrow(df))
    assert found["cat"].startswith("dictionary<values=string")
    assert found["tz"].startswith("timestamp[") and "tz=Europe/Paris" in found["tz"]
    assert found["nullable"] == "int64"
    assert found["flag"] == "bool"
    assert found["when"] == "date32[day]"
    assert found["money"].startswith("decimal")
    assert found["span"].startswith("duration")


def test_columns_arrow_cannot_show_become_strings() -> None:
    df = pd.DataFrame(
        {
            "interval": pd.arrays.IntervalArray.from_breaks([0, 1, 2]),
            "period": pd.period_range("2024-01", periods=2, freq="M"),
            "complex": [1 + 2j, 3j],
            "mixed": [1, "a"],
        }
    )
    table = to_arrow(df)
    for name in ("interval", "period", "complex", "mixed"):
        assert types(table)[name] == "string", name
    assert table.column("interval").to_pylist() == ["(0, 1]", "(1, 2]"]
    assert table.column("mixed").to_pylist() == ["1", "a"]


def test_object_columns_of_lists_and_dicts_stay_nested() -> None:
    found = types(to_arrow(pd.DataFrame({"l": [[1], [2, 3]], "d": [{"x": 1}, {"x": 2}]})))
    assert found["l"].startswith("list<")
    assert found["d"].startswith("struct<")


def test_non_string_column_names_become_strings_without_a_warning() -> None:
    table = to_arrow(pd.DataFrame({1: [1.0], "b": [2.0]}))
    assert table.column_names[:2] == ["1", "b"]


def test_series_and_index() -> None:
    assert to_arrow(pd.Series([1, 2], name="n")).column_names[0] == "n"
    assert to_arrow(pd.Index(["a", "b"], name="k")).column("k").to_pylist() == ["a", "b"]


def test_unnamed_series_and_index_keep_pandas_column_name_and_a_1d_array_is_value() -> None:
    """As in Streamlit: a Series, Index or Arrow array without a name is column "0" (pandas' name),
    a one-column numpy array is "value"; a MultiIndex is one column of its tuples."""
    assert to_arrow(pd.Series([1, 2])).column_names[0] == "0"
    assert to_arrow(pd.Index(["a", "b"])).column("0").to_pylist() == ["a", "b"]
    assert to_arrow(pd.RangeIndex(2)).column("0").to_pylist() == [0, 1]
    assert to_arrow(np.array([[1], [2]])).column("value").to_pylist() == [1, 2]
    assert to_arrow(np.array([[1, 2]])).column_names[:2] == ["0", "1"]
    assert to_arrow(pd.MultiIndex.from_tuples([(1, "a")], names=["x", "y"])).column("0").to_pylist() == ["(1, 'a')"]


def test_styler_uses_its_data() -> None:
    df = pd.DataFrame({"a": [1.234]})
    assert to_arrow(df.style.format("{:.1f}")).column("a").to_pylist() == [1.234]


def test_arrow_inputs_pass_through() -> None:
    table = pa.table({"x": [1, 2]})
    assert to_arrow(table).equals(table)
    batch = pa.RecordBatch.from_pydict({"x": [1]})
    assert to_arrow(batch).column_names == ["x"]
    assert to_arrow(pa.array([1, 2])).column_names == ["0"]


def test_large_strings_are_narrowed() -> None:
    table = pa.table({"s": pa.array(["a"], type=pa.large_string())})
    assert types(to_arrow(table)) == {"s": "string"}


def test_numpy_arrays() -> None:
    assert to_arrow(np.array([1, 2, 3])).column("value").to_pylist() == [1, 2, 3]
    two = to_arrow(np.zeros((2, 3)))
    assert two.num_rows == 2 and two.column_names[:3] == ["0", "1", "2"]


def test_numpy_arrays_over_two_dimensions_are_refused() -> None:
    with pytest.raises(DeskAPIError, match=r"st.dataframe: a numpy array with 3 dimensions cannot be shown as a table"):
        to_arrow(np.zeros((2, 2, 2)))


def test_lists() -> None:
    assert to_arrow([1, 2]).column("value").to_pylist() == [1, 2]
    assert to_arrow([{"a": 1}, {"a": 2, "b": "x"}]).column("b").to_pylist() == [None, "x"]
    rows = to_arrow([[1, "a"], [2, "b"]])
    assert rows.column("1").to_pylist() == ["a", "b"]
    assert to_arrow((3, 4)).column("value").to_pylist() == [3, 4]
    assert to_arrow([]).num_rows == 0


def test_dicts() -> None:
    assert to_arrow({"a": [1, 2], "b": [3, 4]}).column("b").to_pylist() == [3, 4]
    scalars = to_pandas({"x": 1, "y": 2})
    assert list(scalars.index) == ["x", "y"] and scalars["value"].tolist() == [1, 2]
    nested = to_pandas({"col": {"r1": 1, "r2": 2}})
    assert nested.loc["r2", "col"] == 2


def test_objects_with_to_pandas_are_converted() -> None:
    class Frameish:
        def to_pandas(self) -> object:
            return pd.DataFrame({"z": [5]})

    assert to_arrow(Frameish()).column("z").to_pylist() == [5]


def test_polars_frames_when_installed() -> None:
    pl = pytest.importorskip("polars", reason="polars is not installed")
    table = to_arrow(pl.DataFrame({"a": [1, 2]}))
    assert table.column("a").to_pylist() == [1, 2]


@pytest.mark.parametrize("data", ["text", 42, object()])
def test_unsupported_types_name_the_type_and_what_is_accepted(data: object) -> None:
    kind = type(data).__name__
    with pytest.raises(DeskAPIError, match=rf"st.table: data of type {kind} is not supported. Pass a pandas DataFrame"):
        to_arrow(data, "table")


def test_ipc_bytes_round_trip_with_index() -> None:
    df = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["r1", "r2"], name="row"))
    data = ipc_bytes(to_arrow(df))
    assert data[:4] == b"\xff\xff\xff\xff"  # IPC stream continuation marker
    back = read_ipc(data).to_pandas()
    assert list(back.index) == ["r1", "r2"] and back["a"].tolist() == [1, 2]


def test_repeated_column_names_are_numbered() -> None:
    table = to_arrow(pd.DataFrame([[1, 2, 3]], columns=["a", "a", "b"]))
    assert table.column_names[:3] == ["a", "a (2)", "b"]
