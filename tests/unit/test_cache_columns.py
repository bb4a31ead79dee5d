"""The column layout of cached frames (issue 16): every dtype comes back exactly, as a pickle would give it."""

from __future__ import annotations

import json
import logging
import math
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import desk as st
from desk.cache import api, columns, disk, encoding, frames, write_behind


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("DESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DESK_APP_ID", "columns-app")  # outside a run, the disk tier needs an app id
    api.forget_all()
    yield
    api.forget_all()


def _every_dtype() -> pd.DataFrame:
    strings = pd.Series(["a", None, "c", "a"], dtype=object)
    return pd.DataFrame(
        {
            "i8": np.array([1, -2, 3, 4], dtype=np.int8),
            "u64": np.array([1, 2, 2**63, 4], dtype=np.uint64),
            "f32": np.array([0.5, np.nan, 2.5, 3.5], dtype=np.float32),
            "f64": [0.5, np.nan, -0.0, np.inf],
            "bool": [True, False, True, True],
            "ns": pd.to_datetime(["2024-01-01", None, "2024-01-03", "2024-01-04"]).astype("datetime64[ns]"),
            "us": pd.date_range("2024-01-01", periods=4, freq="s").astype("datetime64[us]"),
            "tz": pd.date_range("2024-01-01", periods=4, tz="Europe/Paris"),
            "delta": pd.to_timedelta([1, None, 3, 4], unit="s"),
            "Int64": pd.array([1, None, 3, 4], dtype="Int64"),
            "UInt8": pd.array([1, 2, None, 4], dtype="UInt8"),
            "Float64": pd.array([0.5, None, 2.5, 3.5], dtype="Float64"),
            "boolean": pd.array([True, None, False, True], dtype="boolean"),
            "obj_none": strings,
            "obj_nan": pd.Series(["x", np.nan, "y", "x"], dtype=object),
            "obj_empty": pd.Series([None, None, None, None], dtype=object),
            "str": pd.array(["p", None, "q", "p"], dtype=pd.StringDtype()),
            "default_str": pd.Series(["p", None, "q", "p"]),  # str from pandas 3, object before
            "str_python": pd.array(["p", None, "q", "p"], dtype=pd.StringDtype("python")),
            "cat": pd.Categorical(["x", None, "y", "x"]),
            "ordered": pd.Categorical([3, 1, 2, 1], categories=[3, 2, 1], ordered=True),
        }
    )


def _assert_exact(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got, want, check_exact=True, check_index_type=True, check_column_type=True)
    assert list(got.dtypes) == list(want.dtypes)
    for name in want.columns:
        if want[name].dtype == object:  # the missing value itself, None or NaN, as a pickle keeps it
            assert [type(x) for x in got[name]] == [type(x) for x in want[name]], name


def _round_trip(value: Any) -> Any:
    """``value`` through a cached function: stored on disk, then read back by a reopened app."""

    calls: list[int] = []

    @st.cache_data
    def load(stored: Any) -> Any:  # keyed by the value: each test's values are entries of their own
        calls.append(1)
        return stored

    load(value)
    write_behind.flush_writes()
    api.forget_all()
    found = load(value)
    assert calls == [1], "the reopened app computed the value again instead of reading it"
    assert found is not value
    return found


def test_every_dtype_comes_back_exactly_after_a_restart() -> None:
    frame = _every_dtype()
    assert frames.encode_arrow(frame) is not None  # stored as Arrow, not pickled
    _assert_exact(_round_trip(frame), frame)


def test_an_empty_frame_keeps_its_dtypes_and_categories() -> None:
    frame = _every_dtype().iloc[:0]
    _assert_exact(_round_trip(frame), frame)
    no_columns = pd.DataFrame(index=pd.RangeIndex(3))
    _assert_exact(_round_trip(no_columns), no_columns)


def test_object_strings_stay_objects_in_desks_layout() -> None:
    frame = _every_dtype()
    table = columns.table_from_frame(frame)
    kinds = {name: kind for name, kind, _ in json.loads(table.schema.metadata[columns.META_KEY])["columns"]}
    assert kinds["obj_none"] == "objstr:none" and kinds["obj_nan"] == "objstr:nan"
    assert kinds["Int64"] == kinds["boolean"] == "masked"
    assert kinds["bool"] == kinds["ns"] == kinds["f64"] == "numpy"
    assert kinds["cat"] == "category:missing" and kinds["ordered"] == "category"  # with and without a missing value
    _assert_exact(columns.frame_from_table(table, None), frame)


def _string_dtypes() -> list[Any]:
    """Every pandas string dtype this pandas has: storage python or pyarrow, missing value NA or NaN."""
    found = [pd.StringDtype("python"), pd.StringDtype("pyarrow"), pd.Series(["x"]).astype("str").dtype]
    try:
        found += [pd.StringDtype("python", na_value=np.nan), pd.StringDtype("pyarrow", na_value=np.nan)]
    except TypeError:  # pandas before 2.3
        pass
    return [dtype for i, dtype in enumerate(found) if dtype not in found[:i]]


def test_every_string_dtype_comes_back_exactly_with_its_missing_value() -> None:
    """pandas 3 makes ``str`` (Arrow-backed, NaN for missing) of any list of strings: it must not change on a hit."""
    dtypes = _string_dtypes()
    frame = pd.DataFrame({f"s{i}": pd.Series(["a", None, "b", "a"], dtype=dtype) for i, dtype in enumerate(dtypes)})
    kinds = {kind for _, kind, _ in json.loads(columns.table_from_frame(frame).schema.metadata[columns.META_KEY])["columns"]}
    assert kinds == {"string"}
    got = _round_trip(frame)
    _assert_exact(got, frame)
    for i, dtype in enumerate(dtypes):
        column = got[f"s{i}"]
        assert column.dtype == dtype and column.dtype.storage == dtype.storage
        missing = column.array[1]
        assert missing is pd.NA if dtype.na_value is pd.NA else (isinstance(missing, float) and math.isnan(missing))
        assert list(column.array[[0, 2, 3]]) == ["a", "b", "a"]


def test_an_index_or_categories_of_strings_are_pickled_unless_pyarrow_gives_their_dtype_back() -> None:
    for dtype in _string_dtypes():
        indexed = pd.DataFrame({"x": [1, 2]}, index=pd.Index(["a", "b"], dtype=dtype))
        categorical = pd.DataFrame({"c": pd.Categorical(["a", "b"], categories=pd.Index(["a", "b"], dtype=dtype))})
        for frame in (indexed, categorical):
            got = _round_trip(frame)
            _assert_exact(got, frame)
            assert got.index.dtype == frame.index.dtype
            assert got.dtypes.iloc[0] == frame.dtypes.iloc[0]  # a categorical's dtype includes its categories' dtype


def test_an_arrow_backed_string_column_is_read_without_copying_its_strings(tmp_path: Path) -> None:
    """The data stays where it lies in the blob's map: pyarrow allocates nothing for it, and no Python string is made."""
    dtype = pd.StringDtype("pyarrow")
    words = pd.Series([f"word-{i:07d}" for i in range(200_000)], dtype=dtype)
    store = disk.DiskCache(tmp_path / "cache", "strings")
    key = "ef" * 16
    assert store.put(key, function="f", name="f", encoded=encoding.encode_pickled(None, pickle.dumps([]), pd.DataFrame({"w": words})))
    before = pa.total_allocated_bytes()
    found = store.read(key)
    assert found is not None
    allocated = pa.total_allocated_bytes() - before
    column = found.value["w"]
    assert column.dtype == dtype and column.equals(words)
    assert allocated < 200_000  # the strings' data alone is 2.4 MB
    store.close()


def test_categoricals_with_and_without_missing_values_come_back_exactly() -> None:
    frame = pd.DataFrame(
        {
            "full": pd.Categorical(["b", "a", "b", "c"]),
            "holes": pd.Categorical(["b", None, "b", None], categories=["c", "b"]),
            "empty": pd.Categorical([None, None, None, None], categories=["x"]),
            "ordered": pd.Categorical([2, 1, 2, None], categories=[2, 1], ordered=True),
        }
    )
    got = _round_trip(frame)
    _assert_exact(got, frame)
    for name in frame.columns:
        assert list(got[name].array.codes) == list(frame[name].array.codes), name


def test_object_strings_are_taken_from_their_dictionary_exactly() -> None:
    uniques = np.array(["a", "b", None], dtype=object)
    codes = np.array([2, 0, 1, 1, 0, 2], dtype=np.int64)
    taken = columns.take_objects(uniques, codes)
    assert taken.dtype == object and list(taken) == ["a" if c == 0 else "b" if c == 1 else None for c in codes]
    assert taken[1] is uniques[0]  # the dictionary's own strings, one object per distinct value
    assert len(columns.take_objects(uniques, codes[:0])) == 0
    for bad in (3, -1, 2**40):
        with pytest.raises(columns.LayoutError):
            columns.take_objects(uniques, np.array([0, bad], dtype=np.int64))


def _with_column(table: pa.Table, name: str, array: Any) -> pa.Table:
    return table.set_column(table.column_names.index(name), table.schema.field(name), pa.chunked_array([array]))


@pytest.mark.parametrize("column", ["label", "region", "full"])
def test_codes_outside_their_dictionary_make_the_entry_be_recomputed(column: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Data the checksum passes (it was written so) but no desk wrote: read as corrupt, never indexed out of bounds."""
    frame = pd.DataFrame(
        {
            "label": pd.Series(["a", None, "b"], dtype=object),
            "region": pd.Categorical(["x", None, "y"]),
            "full": pd.Categorical(["x", "y", "y"]),
        }
    )
    table = columns.table_from_frame(frame)
    original = table.column(column).chunk(0)
    beyond = len(original.dictionary) if column != "full" else len(original.dictionary) - 1  # "full": the missing entry
    codes = pa.array(np.array([0, beyond, 1], dtype=original.indices.type.to_pandas_dtype()))
    bad = _with_column(table, column, pa.DictionaryArray.from_arrays(codes, original.dictionary, safe=False))
    store = disk.DiskCache(tmp_path / "cache", "codes")
    key = "ab" * 16
    good = "cd" * 16
    assert store.put(good, function="f", name="f", encoded=encoding.Encoded("arrow", "frame", [pickle.dumps([]), table], {}))
    assert store.put(key, function="f", name="f", encoded=encoding.Encoded("arrow", "frame", [pickle.dumps([]), bad], {}))
    found = store.read(good)
    assert found is not None
    _assert_exact(found.value, frame)
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert store.read(key) is None
    assert "outside" in caplog.text
    assert [entry.key for entry in store.entries()] == [good]
    store.close()


def test_a_series_and_an_index_come_back_exactly() -> None:
    series = pd.Series(pd.Series(["a", None, "b"], dtype=object).to_numpy(), name="labels", dtype=object)
    got = _round_trip(series)
    pd.testing.assert_series_equal(got, series, check_exact=True)
    assert got[1] is None
    indexed = pd.DataFrame({"x": pd.array([1, None], dtype="Int64")}, index=pd.Index([10, 20], name="key"))
    _assert_exact(_round_trip(indexed), indexed)


def test_values_arrow_would_change_are_pickled_and_come_back_exactly() -> None:
    mixed_missing = pd.DataFrame({"s": pd.Series(["a", None, np.nan], dtype=object)})
    object_index = pd.DataFrame({"x": [1, 2]}, index=pd.Index(["a", "b"], dtype=object))
    object_categories = pd.DataFrame({"c": pd.Categorical(["a", "b"], categories=pd.Index(["a", "b"], dtype=object))})
    for frame in (mixed_missing, object_index, object_categories):
        got = _round_trip(frame)
        _assert_exact(got, frame)
        assert got.index.dtype == frame.index.dtype
        if frame is mixed_missing:
            assert got["s"][1] is None and math.isnan(got["s"][2])
    assert frames.encode_arrow(mixed_missing) is None
    if frames._strings_become_str():  # pandas 3: pyarrow would hand these back as str
        assert not frames.arrow_safe_frame(object_index)
        assert not frames.arrow_safe_frame(object_categories)


def test_a_hit_may_change_every_kind_of_column_without_reaching_the_next() -> None:
    frame = _every_dtype()

    @st.cache_data
    def load() -> Any:
        return frame

    load()
    write_behind.flush_writes()
    for reopen in (True, False):  # a hit after a restart, then one in the same process
        if reopen:
            api.forget_all()
        first = load()
        first.loc[0, "Int64"] = 100
        first.loc[0, "obj_none"] = "changed"
        first.loc[0, "bool"] = False
        first.loc[0, "ns"] = pd.Timestamp("1999-01-01")
        first.loc[0, "boolean"] = False
        first["f64"] *= 2
        _assert_exact(load(), frame)
    api.forget_all()
    _assert_exact(load(), frame)  # the file was never changed


def test_a_blob_in_an_older_layout_is_recomputed(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    store = disk.DiskCache(tmp_path / "cache", "older")
    key = "cd" * 16
    old = pa.Table.from_pandas(pd.DataFrame({"s": pd.Series(["a", "b"], dtype=object)}))  # no desk layout
    assert store.put(key, function="f", name="f", encoded=encoding.Encoded("arrow", "frame", [pickle.dumps([]), old], {}))
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert store.read(key) is None
    assert "layout" in caplog.text
    assert store.entries() == []


def test_an_in_process_hit_keeps_the_frame_it_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """With copy-on-write each later hit is a shallow copy of the frame read once; without it, a new map."""
    frame = _every_dtype()
    reads: list[str] = []
    original_read = disk.DiskCache.read

    def counting_read(self: disk.DiskCache, key: str) -> Any:
        reads.append(key)
        return original_read(self, key)

    @st.cache_data
    def load() -> pd.DataFrame:
        return frame

    load()
    write_behind.flush_writes()
    api.forget_all()
    monkeypatch.setattr(disk.DiskCache, "read", counting_read)
    hits = [load() for _ in range(3)]
    assert len(reads) == (1 if frames.copies_on_write() else 3)
    hits[0].loc[1, "f64"] = 7.0
    hits[0].loc[1, "obj_none"] = "seven"
    for hit in hits[1:]:
        _assert_exact(hit, frame)
    _assert_exact(load(), frame)


def test_the_warm_up_prepares_a_reopened_apps_first_hit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desk.config

    frame = _every_dtype()
    _round_trip(frame)
    api.forget_all()
    warmed: list[bool] = []
    real_warm_up = columns.warm_up

    def spy(**options: Any) -> None:
        (opened,) = api._disks.values()
        # What needs no pandas is ready before it waits for pandas: the hits' connection, and
        # the modules pyarrow's pandas shim imports on its first conversion.
        warmed.append(opened._reader is not None and all(name in sys.modules for name in shim))
        real_warm_up(**options)

    shim = ("pyarrow.pandas_compat", "pyarrow.vendored.version")
    for name in shim:  # as in a reopened app's process, where nothing has converted yet
        parent, _, child = name.rpartition(".")
        monkeypatch.setattr(sys.modules[parent], child, sys.modules[name])  # put back after the test
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(columns, "warm_up", spy)
    settings = desk.config.load_settings(tmp_path)
    api.warm_up_disk(tmp_path / "app.py", settings)
    (store,) = api._disks.values()
    assert store._reader is not None  # the hits' connection is open before the first hit
    assert warmed == [True]  # pandas' and pyarrow's first conversions of each kind are done, after the connection


def test_the_warm_up_frame_covers_every_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """``columns.warm_up`` runs each reader once; a kind it missed would leave its first-use costs to a hit."""
    seen: list[str] = []
    real = columns.table_from_frame

    def spy(frame: pd.DataFrame) -> Any:
        table = real(frame)
        seen.extend(kind.split(":")[0] for _, kind, _ in json.loads(table.schema.metadata[columns.META_KEY])["columns"])
        return table

    monkeypatch.setattr(columns, "table_from_frame", spy)
    columns.warm_up()
    assert set(seen) == {"numpy", "masked", "objstr", "category", "string", "arrow"}


def test_the_warm_up_stops_converting_once_a_cached_call_began(monkeypatch: pytest.MonkeyPatch) -> None:
    """After the script's first cached call began, the warm-up would only compete with it for the interpreter."""
    converted: list[int] = []
    real = columns.table_from_frame

    def spy(frame: pd.DataFrame) -> Any:
        converted.append(len(frame))
        return real(frame)

    monkeypatch.setattr(columns, "table_from_frame", spy)
    checks = iter([False, False, True])
    columns.warm_up(stop=lambda: next(checks))
    assert len(converted) == 2  # the kinds converted before the call began, none after
    converted.clear()
    columns.warm_up(stop=lambda: True)
    assert converted == []


def test_a_cache_data_call_stops_the_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import desk

    began = threading.Event()
    monkeypatch.setattr(api, "_cached_call_began", began)

    @desk.cache_resource
    def resource() -> int:
        return 1

    resource()
    assert not began.is_set()  # cache_resource never reads a frame from disk

    @desk.cache_data
    def data() -> int:
        return 2

    assert data() == 2
    assert began.is_set()


def test_once_written_a_fresh_entry_is_served_from_the_frame_read_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """With copy-on-write the writer reads its entry back once, so no hit in the process decodes the file."""
    frame = _every_dtype()
    reads: list[bool] = []
    original_read = disk.DiskCache.read

    def counting_read(self: disk.DiskCache, key: str, *, use: bool = True) -> Any:
        reads.append(use)
        return original_read(self, key, use=use)

    monkeypatch.setattr(disk.DiskCache, "read", counting_read)

    @st.cache_data
    def load() -> pd.DataFrame:
        return frame.copy()

    load()
    write_behind.flush_writes()
    first = load()
    first.loc[0, "f64"] = 42.0
    first.loc[0, "obj_none"] = "changed"
    _assert_exact(load(), frame)
    assert reads == ([True, False] if frames.copies_on_write() else [True, True, True])  # the miss, then the read back or each hit
