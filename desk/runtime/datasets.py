"""The Arrow tables behind data elements, kept per session, and the row windows cut from them.

A data element (``st.dataframe``, ``st.table``, ``st.data_editor``) sends only its first
``WINDOW_ROWS`` rows with its node; the whole pyarrow Table waits here under the node's
``props["dataset"]`` id, and the client asks for further rows with ``DataRequest``.

- ``Session.keep_dataset(table, fingerprint)`` (called by the element during a run) stores
  the table in the session's store and returns its id. The same data drawn again reuses the
  dataset already stored (and its id, so the node is unchanged and goes out as ``Same``).
- ``DatasetStore.window(...)`` cuts rows ``start:end`` out of a dataset, optionally sorted
  (``pyarrow.compute.sort_indices``) and searched (case-insensitive substring over every
  column cast to text). The row order of a sort or search is cached per dataset (the
  ``VIEWS_PER_DATASET`` most recent ones), so scrolling a sorted table sorts it once.
- After each run the session's store drops the datasets that no node of ``session.view``
  references any more, and ``Session.release_datasets()`` drops them all when the session
  closes.

Tables are held as given: a pyarrow input is kept without a copy, a pandas input as the
table its conversion produced.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

WINDOW_ROWS = 2_000
"""Rows sent with a data element's node; larger frames send the rest on request."""
MAX_REQUEST_ROWS = 10_000
"""Most rows one ``DataRequest`` may ask for."""
MAX_SEARCH_CHARS = 1_000
"""Longest search text accepted."""
MAX_SORT_KEYS = 16
"""Most sort keys one request may name."""
VIEWS_PER_DATASET = 2
"""Sorted or searched row orders cached per dataset (each costs 4 or 8 bytes a row)."""
ROW_COLUMN = "__row__"
"""The column of a window that holds each row's position in the original data."""
SEARCH_CHUNK_ROWS = 1 << 20
"""Rows cast to text at a time while searching (bounds the memory a search takes)."""

SortSpec = tuple[tuple[str, bool], ...]


class DataRequestError(ValueError):
    """A request the store refuses; the message says why."""


class Dataset:
    """One stored table and the row orders computed for it."""

    def __init__(self, dataset_id: str, fingerprint: str, table: pa.Table) -> None:
        self.id = dataset_id
        self.fingerprint = fingerprint
        self.table = table
        self._views: OrderedDict[tuple[SortSpec, str], pa.Array] = OrderedDict()
        self._lock = threading.Lock()
        self._key_locks: dict[tuple[SortSpec, str], threading.Lock] = {}

    def order(self, sort: SortSpec, search: str) -> pa.Array | None:
        """The row positions of the view (None: all rows in their own order), computed once."""
        if not sort and not search:
            return None
        key = (sort, search)
        with self._lock:
            found = self._cached(key)
            if found is not None:
                return found
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:  # one computation per view; other views and plain windows go on
            with self._lock:
                found = self._cached(key)
            if found is None:
                found = self._compute(sort, search)
                with self._lock:
                    self._views[key] = found
                    while len(self._views) > VIEWS_PER_DATASET:
                        self._views.popitem(last=False)
        with self._lock:
            self._key_locks.pop(key, None)
        return found

    def _cached(self, key: tuple[SortSpec, str]) -> pa.Array | None:
        found = self._views.get(key)
        if found is not None:
            self._views.move_to_end(key)
        return found

    def _compute(self, sort: SortSpec, search: str) -> pa.Array:
        import pyarrow.compute as pc

        if not search:
            return _compact(sort_order(self.table, sort))
        mask = search_mask(self.table, search)
        if not sort:
            return _compact(pc.indices_nonzero(mask))
        with self._lock:
            sorted_rows = self._views.get((sort, ""))
        if sorted_rows is None:
            sorted_rows = sort_order(self.table, sort)
        return _compact(pc.filter(sorted_rows, pc.take(mask, sorted_rows)))

    def cached_views(self) -> int:
        with self._lock:
            return len(self._views)


class DatasetStore:
    """One session's datasets, by id. Safe to use from the runner and the server's threads."""

    def __init__(self) -> None:
        self._datasets: dict[str, Dataset] = {}
        self._lock = threading.Lock()
        self._closed = False

    def add(self, table: pa.Table, fingerprint: str) -> str:
        """Store ``table`` and return its id; equal data already stored is reused instead."""
        with self._lock:
            candidates = [d for d in self._datasets.values() if d.fingerprint == fingerprint]
        for dataset in candidates:
            if dataset.table is table or _same_table(dataset.table, table):
                return dataset.id
        with self._lock:
            dataset_id = fingerprint
            number = 1
            while dataset_id in self._datasets:
                number += 1
                dataset_id = f"{fingerprint}-{number}"
            if not self._closed:
                self._datasets[dataset_id] = Dataset(dataset_id, fingerprint, table)
            return dataset_id

    def table(self, dataset_id: str) -> pa.Table | None:
        """The stored table, or None."""
        dataset = self._datasets.get(dataset_id)
        return dataset.table if dataset is not None else None

    def dataset(self, dataset_id: str) -> Dataset | None:
        return self._datasets.get(dataset_id)

    def ids(self) -> set[str]:
        with self._lock:
            return set(self._datasets)

    def keep_only(self, ids: Iterable[str]) -> None:
        """Drop every dataset whose id is not in ``ids``."""
        wanted = set(ids)
        with self._lock:
            for dataset_id in [d for d in self._datasets if d not in wanted]:
                del self._datasets[dataset_id]

    def close(self) -> None:
        """Drop everything and keep nothing added later (the session is gone)."""
        with self._lock:
            self._closed = True
            self._datasets.clear()

    def __len__(self) -> int:
        return len(self._datasets)

    def window(
        self, dataset_id: str, start: int, end: int, sort: Sequence[Mapping[str, Any]] | None = None, search: str | None = None
    ) -> tuple[pa.Table, int, int, int]:
        """Rows ``start:end`` of a dataset's view, with ``ROW_COLUMN`` appended.

        Returns ``(rows, start, end, total_rows)`` where ``start`` and ``end`` are clamped
        to the view's ``total_rows``. Raises ``DataRequestError`` for an unknown dataset,
        a bad range, unknown sort columns or a search too long.
        """
        import pyarrow as pa

        dataset = self._datasets.get(dataset_id)
        if dataset is None:
            raise DataRequestError(f"unknown dataset {dataset_id[:40]!r} (its element left the page, or never existed)")
        check_range(start, end)
        spec = sort_spec(dataset.table, sort)
        text = check_search(search)
        try:
            order = dataset.order(spec, text)
        except (pa.ArrowNotImplementedError, pa.ArrowTypeError, pa.ArrowInvalid) as error:
            raise DataRequestError(f"cannot sort or search this data: {error}") from None
        table = dataset.table
        total = table.num_rows if order is None else len(order)
        start, end = min(start, total), min(end, total)
        if order is None:
            rows = table.slice(start, end - start)
            numbers = pa.array(range(start, end), pa.int64())
        else:
            positions = order.slice(start, end - start)
            rows = table.take(positions)
            numbers = positions.cast(pa.int64())
        return rows.append_column(ROW_COLUMN, numbers), start, end, total


# ------------------------------------------------------------------ checks


def check_range(start: int, end: int) -> None:
    if start < 0 or end < start:
        raise DataRequestError(f"bad row range {start}:{end} (need 0 <= start <= end)")
    if end - start > MAX_REQUEST_ROWS:
        raise DataRequestError(f"{end - start} rows asked for at once; the limit is {MAX_REQUEST_ROWS}")


def sort_spec(table: pa.Table, sort: Sequence[Mapping[str, Any]] | None) -> SortSpec:
    """``sort`` keys as (column, ascending) pairs, checked against the table's columns."""
    if not sort:
        return ()
    if len(sort) > MAX_SORT_KEYS:
        raise DataRequestError(f"{len(sort)} sort keys; the limit is {MAX_SORT_KEYS}")
    names = set(table.column_names)
    spec = []
    for key in sort:
        column = key.get("column")
        if not isinstance(column, str) or column not in names:
            raise DataRequestError(f"cannot sort by unknown column {str(column)[:60]!r}")
        spec.append((column, bool(key.get("ascending", True))))
    return tuple(spec)


def check_search(search: str | None) -> str:
    if not search:
        return ""
    if len(search) > MAX_SEARCH_CHARS:
        raise DataRequestError(f"search text of {len(search)} characters; the limit is {MAX_SEARCH_CHARS}")
    return search


# ------------------------------------------------------------------ pyarrow compute


def sort_order(table: pa.Table, sort: SortSpec) -> pa.Array:
    """Row positions of ``table`` sorted by ``sort`` (stable; missing values last)."""
    import pyarrow.compute as pc

    keys = [(column, "ascending" if ascending else "descending") for column, ascending in sort]
    return pc.sort_indices(table, sort_keys=keys)  # missing values go last (the default)


def search_mask(table: pa.Table, search: str) -> pa.ChunkedArray:
    """True for the rows where some cell, as text, contains ``search`` (ignoring case)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    masks = []
    for offset in range(0, table.num_rows, SEARCH_CHUNK_ROWS):
        chunk = table.slice(offset, SEARCH_CHUNK_ROWS)
        mask = None
        for column in chunk.columns:
            text = _as_text(column)
            if text is None:
                continue
            hit = pc.fill_null(pc.match_substring(text, search, ignore_case=True), False)
            mask = hit if mask is None else pc.or_(mask, hit)
        masks.append(mask if mask is not None else pc.fill_null(pa.nulls(chunk.num_rows, pa.bool_()), False))
    if not masks:
        return pa.chunked_array([], pa.bool_())
    return pa.chunked_array([c for m in masks for c in (m.chunks if isinstance(m, pa.ChunkedArray) else [m])], pa.bool_())


def _as_text(column: pa.ChunkedArray) -> pa.ChunkedArray | None:
    """A column cast to strings, or None when Arrow cannot cast it (lists, structs...)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        return column
    try:
        return pc.cast(column, pa.string())
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
        return None


def _compact(positions: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Row positions as one uint32 array when they fit (half the memory of uint64)."""
    import pyarrow as pa

    if isinstance(positions, pa.ChunkedArray):
        positions = positions.combine_chunks()
    if len(positions) < 2**32 - 1:
        return positions.cast(pa.uint32())
    return positions


def _same_table(a: pa.Table, b: pa.Table) -> bool:
    if a.num_rows != b.num_rows or not a.schema.equals(b.schema, check_metadata=True):
        return False
    return bool(a.equals(b, check_metadata=True))


def fingerprint(table: pa.Table, window_digest: str) -> str:
    """An id for a table from its first window's digest, its row count and its schema.

    Two tables with the same fingerprint may still differ past the window: ``add`` compares
    them before reusing a dataset.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(window_digest.encode())
    digest.update(str(table.num_rows).encode())
    digest.update(table.schema.to_string(show_schema_metadata=True).encode())
    return digest.hexdigest()
