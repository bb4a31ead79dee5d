"""The dataset store behind windowed data elements: windows, sorting, searching, caching, freeing."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from desk.elements.arrow import read_ipc
from desk.runtime import datasets
from desk.runtime.datasets import WINDOW_ROWS, DataRequestError, DatasetStore
from desk.testing import AppTest


def _table(rows: int = 10_000) -> pa.Table:
    numbers = np.arange(rows)
    return pa.table({"i": numbers, "s": pa.array([f"Row {n % 100}" for n in numbers]), "m": numbers % 7})


def _stored(table: pa.Table) -> tuple[DatasetStore, str]:
    store = DatasetStore()
    return store, store.add(table, datasets.fingerprint(table, "window"))


def _column(rows: pa.Table, name: str) -> list[Any]:
    return rows.column(name).to_pylist()


# ------------------------------------------------------------------ windows


def test_window_slices_rows_and_numbers_them() -> None:
    store, key = _stored(_table())
    rows, start, end, total = store.window(key, 100, 110)
    assert (start, end, total) == (100, 110, 10_000)
    assert _column(rows, "i") == list(range(100, 110))
    assert rows.column_names == ["i", "s", "m", "__row__"]
    assert _column(rows, "__row__") == list(range(100, 110))


def test_window_past_the_end_is_clamped() -> None:
    store, key = _stored(_table(50))
    rows, start, end, total = store.window(key, 45, 60)
    assert (start, end, total, rows.num_rows) == (45, 50, 50, 5)
    rows, start, end, _ = store.window(key, 500, 510)
    assert (start, end, rows.num_rows) == (50, 50, 0)


def test_sorted_window_gives_original_row_numbers() -> None:
    store, key = _stored(_table())
    rows, *_ = store.window(key, 0, 3, [{"column": "i", "ascending": False}])
    assert _column(rows, "i") == [9999, 9998, 9997]
    assert _column(rows, "__row__") == [9999, 9998, 9997]
    rows, *_ = store.window(key, 5000, 5002, [{"column": "i", "ascending": False}])
    assert _column(rows, "i") == [4999, 4998]


def test_sort_on_several_keys_is_stable_with_missing_values_last() -> None:
    table = pa.table({"g": [2, 1, None, 1, 2], "v": ["a", "b", "c", "d", "e"]})
    store, key = _stored(table)
    rows, *_ = store.window(key, 0, 5, [{"column": "g", "ascending": True}])
    assert _column(rows, "v") == ["b", "d", "a", "e", "c"]
    rows, *_ = store.window(key, 0, 5, [{"column": "g", "ascending": False}, {"column": "v", "ascending": False}])
    assert _column(rows, "v") == ["e", "a", "d", "b", "c"]


def test_search_ignores_case_and_looks_at_every_column() -> None:
    store, key = _stored(_table(1_000))
    rows, _, _, total = store.window(key, 0, 100, search="row 42")
    assert total == 10 and _column(rows, "i") == [42, 142, 242, 342, 442, 542, 642, 742, 842, 942]
    _, _, _, total = store.window(key, 0, 10, search="999")
    assert total == 1  # found in the integer column, as text


def test_search_and_sort_combine() -> None:
    store, key = _stored(_table(1_000))
    rows, _, end, total = store.window(key, 0, 3, [{"column": "i", "ascending": False}], "row 42")
    assert (end, total) == (3, 10)
    assert _column(rows, "__row__") == [942, 842, 742]


def test_search_finds_nothing_in_columns_it_cannot_read_as_text() -> None:
    table = pa.table({"l": pa.array([[1, 2], [3]]), "s": ["x", "abc"]})
    store, key = _stored(table)
    rows, _, _, total = store.window(key, 0, 10, search="ab")
    assert total == 1 and _column(rows, "__row__") == [1]


def test_search_of_a_table_without_columns_matches_nothing() -> None:
    store, key = _stored(pa.table({}))
    _, _, _, total = store.window(key, 0, 10, search="x")
    assert total == 0


# ------------------------------------------------------------------ caching


def test_a_sort_is_computed_once_per_dataset(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    original = datasets.sort_order

    def counting(table: pa.Table, sort: Any) -> pa.Array:
        calls.append(sort)
        return original(table, sort)

    monkeypatch.setattr(datasets, "sort_order", counting)
    store, key = _stored(_table())
    descending = [{"column": "i", "ascending": False}]
    for start in range(0, 10_000, 2_000):
        store.window(key, start, start + 2_000, descending)
    assert len(calls) == 1
    store.window(key, 0, 10, descending, "row 1")  # the cached sort is filtered, not redone
    assert len(calls) == 1


def test_cached_orders_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    store, key = _stored(_table(100))
    for column in ("i", "s", "m"):
        store.window(key, 0, 10, [{"column": column, "ascending": True}])
    dataset = store.dataset(key)
    assert dataset is not None and dataset.cached_views() == datasets.VIEWS_PER_DATASET


def test_search_is_cached_per_text() -> None:
    store, key = _stored(_table(100))
    dataset = store.dataset(key)
    assert dataset is not None
    first = dataset.order((), "row 1")
    assert dataset.order((), "row 1") is first
    assert dataset.order((), "row 2") is not first


# ------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("dataset", "start", "end", "sort", "search", "match"),
    [
        ("nope", 0, 10, None, None, "unknown dataset 'nope'"),
        (None, -1, 10, None, None, r"bad row range -1:10"),
        (None, 20, 10, None, None, r"bad row range 20:10"),
        (None, 0, 10_001, None, None, "10001 rows asked for at once; the limit is 10000"),
        (None, 0, 10, [{"column": "zzz", "ascending": True}], None, "cannot sort by unknown column 'zzz'"),
        (None, 0, 10, [{"column": "i", "ascending": True}] * 17, None, "17 sort keys; the limit is 16"),
        (None, 0, 10, None, "x" * 1001, "search text of 1001 characters; the limit is 1000"),
    ],
)
def test_bad_requests_are_refused(dataset: Any, start: int, end: int, sort: Any, search: Any, match: str) -> None:
    store, key = _stored(_table(100))
    with pytest.raises(DataRequestError, match=match):
        store.window(dataset or key, start, end, sort, search)


def test_unsortable_columns_are_refused() -> None:
    store, key = _stored(pa.table({"l": pa.array([[1], [2]])}))
    with pytest.raises(DataRequestError, match="cannot sort or search this data"):
        store.window(key, 0, 2, [{"column": "l", "ascending": True}])


# ------------------------------------------------------------------ storing and freeing


def test_equal_data_reuses_one_dataset() -> None:
    table = _table(3_000)
    store = DatasetStore()
    key = store.add(table, "f")
    assert store.add(table, "f") == key
    assert store.add(_table(3_000), "f") == key  # equal content, another object
    assert len(store) == 1 and store.table(key) is table


def test_same_fingerprint_different_data_gets_its_own_dataset() -> None:
    store = DatasetStore()
    first = store.add(pa.table({"a": [1, 2, 3]}), "f")
    second = store.add(pa.table({"a": [1, 2, 4]}), "f")
    assert second == "f-2" and first == "f"
    assert store.add(pa.table({"a": [1, 2, 4]}), "f") == second


def test_keep_only_and_close_free_datasets() -> None:
    store = DatasetStore()
    kept = store.add(pa.table({"a": [1]}), "a")
    store.add(pa.table({"a": [2]}), "b")
    store.keep_only({kept})
    assert store.ids() == {kept}
    store.close()
    assert len(store) == 0
    store.add(pa.table({"a": [3]}), "c")
    assert len(store) == 0  # a closed session keeps nothing


def test_fingerprint_depends_on_rows_and_schema() -> None:
    table = pa.table({"a": [1, 2]})
    assert datasets.fingerprint(table, "w") == datasets.fingerprint(pa.table({"a": [1, 2]}), "w")
    assert datasets.fingerprint(table, "w") != datasets.fingerprint(pa.table({"a": [1, 2, 3]}), "w")
    assert datasets.fingerprint(table, "w") != datasets.fingerprint(pa.table({"b": [1, 2]}), "w")
    assert datasets.fingerprint(table, "w") != datasets.fingerprint(table, "v")


def test_keep_dataset_outside_a_run_stores_nothing() -> None:
    from desk.elements.data import keep_dataset

    assert keep_dataset(pa.table({"a": [1]}), "fp") == "fp"


# ------------------------------------------------------------------ elements and AppTest

BIG_APP = """
import numpy as np
import pandas as pd
import desk as st

rows = st.session_state.get("rows", 5_000)
frame = pd.DataFrame({"a": np.arange(rows), "b": np.arange(rows) * 2.0})
if st.checkbox("show", value=True):
    st.dataframe(frame)
    st.table(frame)
    st.data_editor(frame, key="editor")
"""


def _store(at: AppTest) -> DatasetStore:
    store = at.session.datasets
    assert store is not None
    return store


def _settled(at: AppTest) -> DatasetStore:
    """The store once its after-run pruning ran (run listeners run just after ``run()`` returns)."""
    import time

    store = _store(at)
    deadline = time.monotonic() + 5
    while store.ids() - at.session.view.dataset_ids() and time.monotonic() < deadline:
        time.sleep(0.01)
    return store


def test_a_large_frame_sends_its_first_window_only() -> None:
    at = AppTest.from_string(BIG_APP).run()
    props = at.dataframe[0].node.props
    assert (props["num_rows"], props["total_rows"], props["window_rows"]) == (5_000, 5_000, WINDOW_ROWS)
    window = read_ipc(props["data"].data)
    assert window.num_rows == WINDOW_ROWS and window.column("a").to_pylist()[-1] == WINDOW_ROWS - 1
    assert _store(at).table(props["dataset"]) is not None


def test_apptest_values_are_the_whole_frame() -> None:
    at = AppTest.from_string(BIG_APP).run()
    expected = pd.DataFrame({"a": np.arange(5_000), "b": np.arange(5_000) * 2.0})
    pd.testing.assert_frame_equal(at.dataframe[0].value, expected)
    pd.testing.assert_frame_equal(at.table[0].value, expected)
    pd.testing.assert_frame_equal(at.data_editor[0].value, expected)
    editor = at.get("DataEditor")[0]
    assert editor.node.props["num_rows"] == "fixed" and editor.node.props["total_rows"] == 5_000


def test_three_elements_of_equal_data_share_one_dataset() -> None:
    at = AppTest.from_string(BIG_APP).run()
    ids = {at.dataframe[0].node.props["dataset"], at.table[0].node.props["dataset"], at.get("DataEditor")[0].node.props["dataset"]}
    assert len(ids) == 1 and len(_store(at)) == 1


def test_a_small_frame_keeps_its_whole_data_and_a_dataset() -> None:
    at = AppTest.from_string("import desk as st\nst.dataframe({'a': [1, 2, 3]})").run()
    props = at.dataframe[0].node.props
    assert read_ipc(props["data"].data).num_rows == 3 and props["window_rows"] == 3
    assert props["dataset"] == props["data"].digest
    assert _store(at).table(props["dataset"]) is not None


def test_a_rerun_with_the_same_data_keeps_the_dataset() -> None:
    at = AppTest.from_string(BIG_APP).run()
    first = at.dataframe[0].node.props["dataset"]
    at.run()
    assert at.dataframe[0].node.props["dataset"] == first and _settled(at).ids() == {first}


def test_new_data_frees_the_old_dataset() -> None:
    at = AppTest.from_string(BIG_APP).run()
    first = at.dataframe[0].node.props["dataset"]
    at.session_state["rows"] = 6_000
    at.run()
    second = at.dataframe[0].node.props["dataset"]
    assert second != first and _settled(at).ids() == {second}


def test_an_element_leaving_the_page_frees_its_dataset() -> None:
    at = AppTest.from_string(BIG_APP).run()
    assert len(_store(at)) == 1
    at.checkbox[0].uncheck().run()
    assert len(at.dataframe) == 0 and len(_settled(at)) == 0


def test_release_drops_a_closing_sessions_datasets() -> None:
    at = AppTest.from_string(BIG_APP).run()
    at.session.release_datasets()
    assert len(_store(at)) == 0


def test_a_pyarrow_table_is_kept_without_a_copy() -> None:
    app = """
import numpy as np
import pyarrow as pa
import desk as st

@st.cache_resource
def big():
    return pa.table({"i": np.arange(1_000_000)})

st.session_state["table"] = big()
st.dataframe(big())
"""
    at = AppTest.from_string(app).run()
    props = at.dataframe[0].node.props
    assert _store(at).table(props["dataset"]) is at.session_state["table"]
    assert props["window_rows"] == WINDOW_ROWS and props["num_rows"] == 1_000_000


def test_a_dataframe_selection_widget_keeps_its_id_across_reruns() -> None:
    app = """
import numpy as np
import desk as st
st.dataframe({"a": np.arange(3_000)}, on_select="rerun")
"""
    at = AppTest.from_string(app).run()
    first = at.dataframe[0].node.id
    at.run()
    assert at.dataframe[0].node.id == first


# ------------------------------------------------------------------ protocol


def test_data_request_decodes_with_typed_sort_keys() -> None:
    from desk.protocol import DataRequest
    from desk.server.wire import decode_client_message

    text = '{"type": "DataRequest", "request_id": 7, "dataset": "d", "start": 0, "end": 5, "sort": [{"column": "a", "ascending": false}]}'
    assert decode_client_message(text) == DataRequest(7, "d", 0, 5, [{"column": "a", "ascending": False}], None)
    bad = '{"type": "DataRequest", "request_id": 7, "dataset": "d", "start": 0, "end": 5, "sort": [{"column": "a"}]}'
    with pytest.raises(ValueError, match=r"DataRequest.sort: item 0: missing key 'ascending'"):
        decode_client_message(bad)
    bad = '{"type": "DataRequest", "request_id": 7, "dataset": "d", "start": 0, "end": 5, "sort": [{"column": 1, "ascending": true}]}'
    with pytest.raises(ValueError, match=r"DataRequest.sort: item 0: column: expected a string, got the number 1"):
        decode_client_message(bad)
    with pytest.raises(ValueError, match=r"DataRequest: missing field 'end'"):
        decode_client_message('{"type": "DataRequest", "request_id": 7, "dataset": "d", "start": 0}')


def test_data_window_carries_its_rows_as_a_binary_reference() -> None:
    import json

    from desk.protocol import BinaryPayload, DataWindow
    from desk.server.wire import encode_parts

    payload = BinaryPayload(b"rows", "application/vnd.apache.arrow.stream")
    text, payloads = encode_parts(DataWindow(1, "d", 0, 1, 10, payload))
    message = json.loads(text)
    assert message["data"] == {"$binary": payload.digest, "mimetype": payload.mimetype, "size": 4, "stream": False}
    assert message["error"] is None and list(payloads) == [payload.digest]


def test_typescript_declares_the_data_messages() -> None:
    from desk.protocol import typescript

    text = typescript()
    assert "export interface SortKey {\n  column: string;\n  ascending: boolean;\n}" in text
    assert "  sort?: SortKey[] | null;" in text and "  data: BinaryRef | null;" in text
    assert "  | DataRequest;" in text and "  | DataWindow;" in text
