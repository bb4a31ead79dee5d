"""st.data_editor's edits: their wire form, applying them to the edited data, and diffing two frames into edits."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from desk.elements.arrow import is_scalar, is_styler, module_of, to_pandas
from desk.elements.data_props import DataEditorEdits
from desk.errors import DeskAPIError

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger("desk.data")

INDEX_KEY = "_index"


def empty_edits() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def parse_edits(value: Any) -> dict[str, Any]:
    """An edit set from the wire (JSON text or dict), with integer row positions."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value else {}
        except ValueError:
            log.warning("ignoring a malformed data_editor edit set: %r", value[:200])
            return empty_edits()
    if not isinstance(value, Mapping):
        return empty_edits()
    edits = empty_edits()
    edited = value.get("edited_rows") or {}
    if isinstance(edited, Mapping):
        for row, cells in edited.items():
            if isinstance(cells, Mapping) and str(row).lstrip("-").isdigit():
                edits["edited_rows"][int(row)] = {str(col): cell for col, cell in cells.items()}
    added = value.get("added_rows") or []
    if isinstance(added, list):
        edits["added_rows"] = [{str(col): cell for col, cell in row.items()} for row in added if isinstance(row, Mapping)]
    deleted = value.get("deleted_rows") or []
    if isinstance(deleted, list):
        edits["deleted_rows"] = sorted({int(row) for row in deleted if str(row).lstrip("-").isdigit()})
    return edits


def edits_wire(value: Any) -> DataEditorEdits:
    """An edit set as JSON-ready data (string row keys)."""
    edits = parse_edits(value)
    return {
        "edited_rows": {str(row): _jsonable_cells(cells) for row, cells in edits["edited_rows"].items()},
        "added_rows": [_jsonable_cells(row) for row in edits["added_rows"]],
        "deleted_rows": list(edits["deleted_rows"]),
    }


def _jsonable_cells(cells: dict[str, Any]) -> dict[str, Any]:
    return {name: _jsonable(value) for name, value in cells.items()}


def _jsonable(value: Any) -> Any:
    """A cell value as JSON data: missing values None, times ISO text, numpy scalars unboxed."""
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or is_missing(value):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value.item() if hasattr(value, "item") else value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def apply_edits(data: Any, edits: Any) -> Any:
    """``data`` with an edit set applied, returned in ``data``'s own type."""
    import pandas as pd

    edits = parse_edits(edits)
    frame = to_pandas(data, "data_editor")
    if isinstance(data, pd.DataFrame):
        frame = frame.copy()
    if edits == empty_edits():
        return _same_type(data, frame)
    return _same_type(data, edit_frame(frame, edits))


def edit_frame(frame: pd.DataFrame, edits: dict[str, Any]) -> pd.DataFrame:
    """A new DataFrame: cell edits, then deleted rows dropped, then added rows appended."""
    import pandas as pd

    positions = {_column_key(name): i for i, name in enumerate(frame.columns)}
    # a RangeIndex continues after the input's last label, as new rows get the next numbers
    auto_start = (int(frame.index.max()) + 1 if len(frame) else 0) if isinstance(frame.index, pd.RangeIndex) else None
    result = frame.copy()
    rows = len(frame)
    by_column: dict[int, dict[int, Any]] = {}
    for row, cells in edits["edited_rows"].items():
        if not 0 <= row < rows:
            continue
        for col, value in cells.items():
            if col in positions:
                by_column.setdefault(positions[col], {})[row] = value
    for position, changes in by_column.items():
        column = result.iloc[:, position]
        values = column.tolist()
        for row, value in changes.items():
            values[row] = coerce_cell(value, column)
        result.isetitem(position, pd.Series(rebuild(column, values), index=result.index, name=column.name))
    deleted = {row for row in edits["deleted_rows"] if 0 <= row < rows}
    if deleted:
        result = result.iloc[[i for i in range(rows) if i not in deleted]]
    if edits["added_rows"]:
        result = _append_rows(result, edits["added_rows"], auto_start)
    return result


def _column_key(name: Any) -> str:
    if isinstance(name, tuple):
        return " / ".join(str(level) for level in name)
    return str(name)


def _append_rows(frame: pd.DataFrame, added: list[dict[str, Any]], auto_start: int | None) -> pd.DataFrame:
    import pandas as pd

    arrays = {}
    for position, name in enumerate(frame.columns):
        column = frame.iloc[:, position]
        key = _column_key(name)
        new = [coerce_cell(row.get(key), column) for row in added]
        arrays[position] = rebuild(column, column.tolist() + new)
    index = frame.index
    if auto_start is not None:
        labels = [*index, *range(auto_start, auto_start + len(added))]
        new_index: pd.Index = pd.RangeIndex(len(labels)) if labels == list(range(len(labels))) else pd.Index(labels)
    elif isinstance(index, pd.MultiIndex):
        new_index = pd.MultiIndex.from_tuples([*index, *[(None,) * index.nlevels for _ in added]], names=index.names)
    else:
        index_series = index.to_series()
        extra = [coerce_cell(row.get(INDEX_KEY), index_series) for row in added]
        new_index = pd.Index(rebuild(index_series, index_series.tolist() + extra), name=index.name)
    result = pd.DataFrame(arrays, index=new_index)
    result.columns = frame.columns
    return result


def coerce_cell(value: Any, column: pd.Series) -> Any:
    """A value from the browser (JSON) converted to what ``column`` holds."""
    import datetime as dt

    import pandas as pd

    if value is None or (isinstance(value, float) and value != value):
        return None
    dtype = column.dtype
    kind = getattr(dtype, "kind", "O")
    try:
        if isinstance(dtype, pd.CategoricalDtype):
            return value
        if kind == "b":
            return value.strip().lower() in ("true", "1", "yes") if isinstance(value, str) else bool(value)
        if kind in "iu":
            return int(value) if not isinstance(value, float) or value.is_integer() else float(value)
        if kind == "f":
            return float(value)
        if kind == "M":
            stamp = pd.Timestamp(value)
            tz = getattr(dtype, "tz", None)
            if tz is not None:
                stamp = stamp.tz_localize(tz) if stamp.tzinfo is None else stamp.tz_convert(tz)
            elif stamp.tzinfo is not None:
                stamp = stamp.tz_convert(None)
            return stamp
        if kind == "m":
            return pd.Timedelta(value)
        if kind in "OSUT" or isinstance(dtype, pd.StringDtype):
            sample = next((v for v in column if v is not None and not _is_nan(v)), None)
            if isinstance(value, str) and isinstance(sample, dt.datetime):
                return pd.Timestamp(value).to_pydatetime()
            if isinstance(value, str) and isinstance(sample, dt.date):
                return dt.date.fromisoformat(value[:10])
            if isinstance(value, str) and isinstance(sample, dt.time):
                return dt.time.fromisoformat(value)
            if isinstance(sample, str) and not isinstance(value, str):
                return str(value)
            if isinstance(dtype, pd.StringDtype) or str(dtype) == "str":
                return str(value)
    except (TypeError, ValueError) as error:
        raise DeskAPIError(f"st.data_editor: the value {value!r} cannot be stored in column '{column.name}' ({dtype}): {error}.")
    return value


def _is_nan(value: Any) -> bool:
    return isinstance(value, float) and value != value


def rebuild(column: pd.Series, values: list[Any]) -> Any:
    """An array holding ``values`` with ``column``'s dtype, widened when it cannot hold them."""
    import pandas as pd

    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        categories = list(dtype.categories)
        extra = [v for v in dict.fromkeys(values) if v is not None and not _is_nan(v) and v not in categories]
        return pd.Categorical(values, categories=categories + extra, ordered=dtype.ordered)
    kind = getattr(dtype, "kind", "O")
    has_missing = any(v is None or v is pd.NA or _is_nan(v) for v in values)
    candidates: list[Any] = [dtype]
    if kind in "iu" and has_missing:
        candidates = ["Int64"]
    elif kind in "iu" and any(isinstance(v, float) for v in values):
        candidates = ["float64"]
    elif kind == "b" and has_missing:
        candidates = ["boolean"]
    for candidate in [*candidates, object]:
        try:
            return pd.array(values, dtype=candidate)
        except (TypeError, ValueError, OverflowError):
            continue
    return pd.array(values, dtype=object)


def _same_type(original: Any, frame: pd.DataFrame) -> Any:
    """``frame`` converted back to the type of the data the user passed in."""
    import pandas as pd
    import pyarrow as pa

    if original is None or isinstance(original, pd.DataFrame) or is_styler(original):
        return frame
    if isinstance(original, pd.Series):
        series = frame.iloc[:, 0]
        return series.rename("0" if original.name is None else original.name)
    if isinstance(original, pd.Index):
        return pd.Index(frame.iloc[:, 0], name=original.name)
    if isinstance(original, (pa.Table, pa.RecordBatch)):
        keep_index = bool((original.schema.pandas_metadata or {}).get("index_columns"))
        result = pa.Table.from_pandas(frame, preserve_index=None if keep_index else False)
        return result if isinstance(original, pa.Table) else pa.RecordBatch.from_pandas(frame, preserve_index=False)
    module = module_of(original)
    if module == "polars":
        import importlib

        pl = importlib.import_module("polars")
        result_pl = pl.from_pandas(frame)
        return result_pl.to_series() if type(original).__name__ == "Series" else result_pl
    if module == "numpy" and hasattr(original, "ndim"):
        values = frame.iloc[:, 0] if original.ndim == 1 else frame
        try:
            return values.to_numpy(dtype=original.dtype)
        except (TypeError, ValueError):
            return values.to_numpy()
    if isinstance(original, dict):
        return _dict_like(original, frame)
    if isinstance(original, (list, tuple, set, frozenset, range)):
        return _sequence_like(original, frame)
    return frame


def _dict_like(original: dict[Any, Any], frame: pd.DataFrame) -> dict[Any, Any]:
    values = list(original.values())
    if values and all(is_scalar(v) for v in values):
        return dict(frame.iloc[:, 0].items())
    if values and all(isinstance(v, Mapping) for v in values):
        return {name: dict(frame[name].items()) for name in frame.columns}
    return {name: frame[name].tolist() for name in frame.columns}


def _sequence_like(original: Any, frame: pd.DataFrame) -> Any:
    items = list(original)
    if items and all(isinstance(item, dict) for item in items):
        result: list[Any] = frame.to_dict("records")
    elif items and all(isinstance(item, (list, tuple)) for item in items):
        result = frame.astype(object).to_numpy().tolist()
    else:
        result = frame.iloc[:, 0].tolist() if frame.shape[1] else []
    if isinstance(original, tuple):
        return tuple(result)
    if isinstance(original, (set, frozenset)):
        return type(original)(result)
    return result


def diff_edits(original: Any, edited: Any) -> dict[str, Any]:
    """The edit set that turns ``original`` into ``edited`` (for tests and AppTest)."""
    import pandas as pd

    before = to_pandas(original, "data_editor")
    after = to_pandas(edited, "data_editor")
    names = [_column_key(name) for name in before.columns]
    after = after.set_axis([_column_key(name) for name in after.columns], axis=1)
    before = before.set_axis(names, axis=1)
    edits = empty_edits()
    positions = {label: i for i, label in enumerate(before.index)}
    unique = before.index.is_unique and after.index.is_unique
    if unique:
        kept = set(after.index)
        edits["deleted_rows"] = [i for i, label in enumerate(before.index) if label not in kept]
        pairs = [(positions[label], label) for label in after.index if label in positions]
        added_labels = [label for label in after.index if label not in positions]
    else:
        common = min(len(before), len(after))
        pairs = [(i, after.index[i]) for i in range(common)]
        edits["deleted_rows"] = list(range(common, len(before)))
        added_labels = list(after.index[common:])
    for position, label in pairs:
        row = after.loc[label] if unique else after.iloc[position]
        changed = {}
        for name in names:
            if name in after.columns and not _same_value(before.iloc[position][name], row[name]):
                changed[name] = _jsonable(row[name])
        if changed:
            edits["edited_rows"][position] = changed
    for number, label in enumerate(added_labels):
        row = after.loc[label] if unique else after.iloc[len(pairs) + number]
        cells = {name: _jsonable(None if is_missing(row[name]) else row[name]) for name in after.columns}
        if not isinstance(before.index, pd.RangeIndex):
            cells[INDEX_KEY] = _jsonable(label)
        edits["added_rows"].append(cells)
    return edits


def is_missing(value: Any) -> bool:
    """True for a missing value: None, NaN, NaT or pandas' NA."""
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _same_value(a: Any, b: Any) -> bool:
    if is_missing(a) and is_missing(b):
        return True
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return a is b
