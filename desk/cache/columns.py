"""The column layout of a cached frame: how each pandas column is laid out in Arrow, and read back fast.

``pa.Table.from_pandas`` is the starting point; a few kinds of column are then stored in
a layout that reads back without converting (``LAYOUT``, in the schema's metadata under
``desk``):

- ``numpy``: numbers, booleans (as one byte each), datetimes and timedeltas (as their
  int64 values, NaT included): the data is viewed where it lies in the private map.
- ``masked``: nullable numbers and booleans (``Int64``, ``boolean``...) as a struct of
  pandas' own values and mask (one byte each): both viewed in the map.
- ``objstr``: an object column of strings as a dictionary (pandas' factorized codes, as
  int64, and the unique strings, the missing value one more entry): reading makes one
  Python string per distinct value and takes the codes where they lie in the map (no
  conversion), so the column is object dtype again, with its own missing value (``None``
  or NaN).
- ``category``: a categorical as a dictionary whose last entry is the missing value:
  its codes are viewed in the map (``category:missing``: those of the missing value are
  turned back into -1 there; ``category``: there are none), and its categories
  converted by pyarrow.
- ``string``: pandas' string dtypes (``str``, the default for strings from pandas 3, and
  ``string``), with their storage and missing value: Arrow-backed ones wrap the data
  where it lies (no Python string is made), Python-backed ones are converted by pandas.
- ``arrow``: anything else (time zones) is converted by pyarrow's ``to_pandas``, as is a
  non-range index.

The returned columns are writable (a caller's change stays in its private pages) and
have the dtypes the cached function returned. pandas, numpy and pyarrow are imported
only when a function here runs.
"""

from __future__ import annotations

import json
import mmap
from collections.abc import Callable
from typing import Any

LAYOUT = 3
"""The version of the layout; a blob of another version is unreadable (recomputed)."""

META_KEY = b"desk"


class LayoutError(ValueError):
    """Arrow data this version of desk did not lay out (written by another version)."""


# ------------------------------------------------------------------------- writing


def _missing_marker(values: Any, missing: Any) -> str | None:
    """``none`` or ``nan``: the one missing value of an object column of strings (None: several kinds)."""
    found = values[missing]
    if not len(found):
        return "none"
    kinds = set(map(type, found))
    if kinds == {type(None)}:
        return "none"
    if kinds == {float}:
        return "nan"
    return None


def _encode_column(series: Any) -> tuple[str, Any, str] | None:
    """(kind, Arrow array, dtype) of a column stored in a fast layout; None: leave pyarrow's (``arrow``).

    Raises TypeError for a column that cannot be stored exactly (mixed missing values, an
    empty categorical).
    """
    import numpy as np
    import pandas as pd
    import pyarrow as pa

    dtype = series.dtype
    if isinstance(dtype, np.dtype):
        values = series.to_numpy(copy=False)
        if dtype.kind in "mM":
            return "numpy", pa.array(values.view(np.int64)), str(dtype)
        if dtype.kind == "b":
            return "numpy", pa.array(values.view(np.uint8)), str(dtype)
        if dtype.kind in "iuf":
            return "numpy", pa.array(values), str(dtype)
        if dtype.kind == "O":
            codes, uniques = pd.factorize(values, use_na_sentinel=True)
            missing = codes < 0
            marker = _missing_marker(values, missing)
            if marker is None:
                raise TypeError("an object column with several kinds of missing value")
            codes = codes.astype(np.int64)  # read back in place: pandas' take wants intp
            codes[missing] = len(uniques)
            dictionary = pa.array([*uniques, None], type=pa.large_string())
            return "objstr:" + marker, pa.DictionaryArray.from_arrays(pa.array(codes), dictionary), "object"
        return None
    if isinstance(dtype, pd.CategoricalDtype):
        if not len(series):  # no batch in the file, so no dictionary: its categories would be lost
            raise TypeError("an empty categorical")
        codes = series.array.codes
        missing = codes < 0
        has_missing = bool(missing.any())
        if has_missing:
            codes = codes.copy()
            codes[missing] = len(dtype.categories)
        categories = pa.array(dtype.categories, from_pandas=False)
        dictionary = pa.concat_arrays([categories, pa.nulls(1, categories.type)])
        kind = "category:missing" if has_missing else "category"
        return kind, pa.DictionaryArray.from_arrays(pa.array(codes), dictionary, ordered=bool(dtype.ordered)), str(dtype)
    if isinstance(dtype, pd.StringDtype):
        spec = _string_spec(dtype)
        if string_dtype(spec) != dtype:
            raise TypeError(f"a string dtype desk cannot rebuild exactly ({dtype!r})")
        return "string", pa.array(series.array, type=pa.large_string()), spec
    if isinstance(dtype, pd.api.extensions.ExtensionDtype) and type(dtype).__name__ in _MASKED:
        array = series.array
        data = array._data.view(np.uint8) if dtype.kind == "b" else array._data  # pandas' own buffers
        mask = array._mask.view(np.uint8)
        return "masked", pa.StructArray.from_arrays([pa.array(data), pa.array(mask)], names=["values", "mask"]), dtype.name
    return None


def _string_spec(dtype: Any) -> str:
    """A pandas string dtype as text: its storage, and ``:nan`` when NaN is its missing value (``str``)."""
    na_value = dtype.na_value
    return str(dtype.storage) + (":nan" if isinstance(na_value, float) and na_value != na_value else "")


def string_dtype(spec: str) -> Any:
    """The pandas string dtype ``_string_spec`` described."""
    import numpy as np
    import pandas as pd

    storage, _, missing = spec.partition(":")
    if missing == "nan":
        try:
            return pd.StringDtype(storage, na_value=np.nan)
        except TypeError:  # pandas before 2.3: the storage ("pyarrow_numpy") says NaN
            return pd.StringDtype(storage)
    return pd.StringDtype(storage)


_MASKED = {
    "Int8Dtype", "Int16Dtype", "Int32Dtype", "Int64Dtype", "UInt8Dtype", "UInt16Dtype", "UInt32Dtype",
    "UInt64Dtype", "Float32Dtype", "Float64Dtype", "BooleanDtype",
}  # fmt: skip


def table_from_frame(frame: Any) -> Any:
    """``frame`` as an Arrow table in desk's layout (``LAYOUT``). Raises TypeError when not exact.

    pyarrow converts only the columns left to it (and the index); the others are laid
    out here, so no column is converted twice.
    """
    import pyarrow as pa

    if len(frame.columns) == 0 and len(frame):
        raise TypeError("rows without columns")  # an Arrow table without columns has no rows
    kinds: list[list[str]] = []
    laid_out: dict[str, Any] = {}
    for name in frame.columns:
        encoded = _encode_column(frame[name])
        if encoded is None:
            kinds.append([name, "arrow", str(frame[name].dtype)])
        else:
            kinds.append([name, encoded[0], encoded[2]])
            laid_out[name] = encoded[1]
    converted = pa.Table.from_pandas(frame[[name for name, kind, _ in kinds if kind == "arrow"]], preserve_index=None)
    names = [name for name, _, _ in kinds]
    index_fields = [name for name in converted.column_names if name not in names]
    arrays = [laid_out[name] if name in laid_out else converted.column(name) for name in names]
    arrays += [converted.column(name) for name in index_fields]
    meta = {"layout": LAYOUT, "columns": kinds, "columns_name": frame.columns.name}
    metadata = {**(converted.schema.metadata or {}), META_KEY: json.dumps(meta).encode()}
    return pa.Table.from_arrays(arrays, names=names + index_fields, metadata=metadata)


# ------------------------------------------------------------------------- reading


class _Map:
    """The private map the Arrow data lies in: arrays inside it are viewed writable, others copied."""

    def __init__(self, mapped: mmap.mmap | None) -> None:
        import numpy as np

        self.mapped = mapped
        self.low = np.frombuffer(mapped, dtype=np.uint8, count=1).__array_interface__["data"][0] if mapped else 0
        self.high = self.low + (len(mapped) if mapped else 0)

    def values(self, array: Any, dtype: Any) -> Any:
        """The data buffer of a fixed-width Arrow array without nulls, as a writable numpy array."""
        import numpy as np

        dtype = np.dtype(dtype)
        buffer = array.buffers()[1]
        start = buffer.address + array.offset * dtype.itemsize
        count = len(array)
        if self.mapped is not None and self.low <= start and start + count * dtype.itemsize <= self.high:
            return np.frombuffer(self.mapped, dtype=dtype, count=count, offset=start - self.low)
        return np.frombuffer(buffer, dtype=dtype, count=count, offset=array.offset * dtype.itemsize).copy()


def _joined(parts: list[Any], dtype: Any) -> Any:
    import numpy as np

    if len(parts) == 1:
        return parts[0]
    return np.concatenate(parts) if parts else np.empty(0, dtype=dtype)


def _decode_numpy(column: Any, dtype: str, where: _Map) -> Any:
    import numpy as np

    target = np.dtype(dtype)
    stored = np.uint8 if target.kind == "b" else np.int64 if target.kind in "mM" else target
    return _joined([where.values(chunk, stored) for chunk in column.chunks], stored).view(target)


def _decode_masked(column: Any, dtype: str, where: _Map) -> Any:
    import numpy as np
    import pandas as pd

    target = pd.api.types.pandas_dtype(dtype)
    numpy_type = target.numpy_dtype
    stored = np.uint8 if numpy_type.kind == "b" else numpy_type
    data = _joined([where.values(chunk.field(0), stored) for chunk in column.chunks], stored).view(numpy_type)
    mask = _joined([where.values(chunk.field(1), np.uint8) for chunk in column.chunks], np.uint8).view(bool)
    return target.construct_array_type()(data, mask, copy=False)


def _decode_objstr(column: Any, marker: str, where: _Map) -> Any:
    import numpy as np

    parts = []
    for chunk in column.chunks:
        uniques = chunk.dictionary.to_numpy(zero_copy_only=False)
        if marker == "nan" and len(uniques):
            uniques[-1] = np.nan
        codes = where.values(chunk.indices, np.int64)
        parts.append(take_objects(uniques, codes))
    return _joined(parts, object)


def take_objects(uniques: Any, codes: Any) -> Any:
    """``uniques[codes]`` for an object array: a new object array, each code checked first.

    pandas' own take (Cython, no bounds checks) makes the million references of a column
    in 60-70% of numpy's time; the codes come from a file, so one pass checks them first
    (as unsigned, a negative code is too big). numpy's take when pandas has none.
    """
    import numpy as np

    if len(codes) and int(codes.view(np.uint64).max()) >= len(uniques):
        raise LayoutError("a code outside its dictionary")
    try:
        from pandas.core.algorithms import take_nd
    except ImportError:  # a pandas that moved it
        return uniques.take(codes, mode="clip")
    return take_nd(uniques, codes, allow_fill=False)


def _decode_category(column: Any, missing: bool, where: _Map) -> Any:
    """A categorical: its codes viewed in the map (the missing entry turned back into -1 there), its categories as pyarrow makes them."""
    import numpy as np
    import pandas as pd

    if not column.num_chunks:
        raise LayoutError("a categorical without its dictionary")
    first = column.chunks[0]
    dictionary = first.dictionary
    stored = np.dtype(first.indices.type.to_pandas_dtype())
    codes = _joined([where.values(chunk.indices, stored) for chunk in column.chunks], stored)
    categories = len(dictionary) - 1
    highest = categories if missing else categories - 1  # the dictionary's last entry is the missing value
    if len(codes) and (int(codes.min()) < 0 or int(codes.max()) > highest):
        raise LayoutError("a code outside its categories")
    if missing:
        np.putmask(codes, codes == categories, -1)  # writes only the private pages that hold a missing value
    empty = _empty_dictionary(first.indices.type, dictionary.slice(0, categories), column.type.ordered)
    dtype = empty.to_pandas().dtype
    try:
        return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)
    except TypeError:  # pandas before 2.1 always validates
        return pd.Categorical.from_codes(codes, dtype=dtype)


def _empty_dictionary(index_type: Any, categories: Any, ordered: bool) -> Any:
    """An empty dictionary array of ``categories``: pyarrow's conversion of it gives the categories' dtype."""
    import pyarrow as pa

    return pa.DictionaryArray.from_arrays(pa.array([], type=index_type), categories, ordered=ordered)


def _decode_string(column: Any, spec: str) -> Any:
    """A pandas string column: Arrow's own data wrapped as it lies in the map (pyarrow storage), no string made."""
    return string_dtype(spec).__from_arrow__(column)


def _private_arrow_column(column: Any, where: _Map) -> Any:
    """A column pyarrow converted, made private: zero-copy numpy data re-viewed writable from the map."""
    import numpy as np
    import pandas as pd

    if isinstance(column.dtype, np.dtype):
        values = column.to_numpy(copy=False)
        if values.flags.writeable:
            return values
        start = values.__array_interface__["data"][0]
        if where.mapped is not None and values.ndim == 1 and values.flags.c_contiguous and where.low <= start and start + values.nbytes <= where.high:
            return np.frombuffer(where.mapped, dtype=values.dtype, count=values.size, offset=start - where.low)
        return values.copy()
    if isinstance(column.dtype, pd.ArrowDtype) or getattr(column.dtype, "storage", None) == "pyarrow":
        return column.array  # immutable Arrow data: pandas replaces the array on change
    return column.array.copy()


def frame_from_table(table: Any, mapped: mmap.mmap | None) -> Any:
    """The frame ``table_from_frame`` stored, its columns private to the caller (``mapped``: the private map)."""
    import pandas as pd

    raw = (table.schema.metadata or {}).get(META_KEY)
    meta = json.loads(raw) if raw else {}
    if meta.get("layout") != LAYOUT:
        raise LayoutError(f"Arrow data in layout {meta.get('layout')!r}, not {LAYOUT}")
    where = _Map(mapped)
    pandas_meta = table.schema.pandas_metadata or {}
    index_columns = pandas_meta.get("index_columns", [])
    converted = [name for name, kind, _ in meta["columns"] if kind == "arrow"]
    range_index = len(index_columns) == 1 and isinstance(index_columns[0], dict) and index_columns[0].get("kind") == "range"
    if range_index and not converted:
        spec = index_columns[0]
        index = pd.RangeIndex(spec["start"], spec["stop"], spec["step"], name=spec["name"])
        if len(index) != table.num_rows:
            raise LayoutError("the index does not match the rows")
        others = None
    else:
        fields = [name for name in index_columns if isinstance(name, str)]
        others = table.select(converted + fields).to_pandas(split_blocks=True)
        index = others.index
    columns: dict[str, Any] = {}
    for name, kind, dtype in meta["columns"]:
        if kind == "numpy":
            columns[name] = _decode_numpy(table.column(name), dtype, where)
        elif kind in ("category", "category:missing"):
            columns[name] = _decode_category(table.column(name), kind == "category:missing", where)
        elif kind == "masked":
            columns[name] = _decode_masked(table.column(name), dtype, where)
        elif kind.startswith("objstr:"):
            # A Series keeps the object dtype, where a frame built from the bare array infers ``str``.
            values = _decode_objstr(table.column(name), kind.split(":", 1)[1], where)
            columns[name] = pd.Series(values, index=index, dtype=object, copy=False)
        elif kind == "string":
            columns[name] = _decode_string(table.column(name), dtype)
        elif others is not None and kind == "arrow":
            columns[name] = _private_arrow_column(others[name], where)
        else:
            raise LayoutError(f"unknown column layout {kind!r}")
    result = pd.DataFrame(columns, index=index, copy=False)
    result.columns.name = meta.get("columns_name")
    return result


def warm_up(stop: Callable[[], bool] = lambda: False) -> None:
    """Lay out and read back a small column of every kind, so a process's first hit finds pandas and pyarrow ready.

    Their first conversion of some kinds imports modules, compiles patterns and builds
    caches (about 10 ms for a categorical); the server's warm-up pays for it instead of
    the first hit. One kind at a time, and none once ``stop()`` says a cached call has
    begun: from then on the warm-up would only compete with that call for the interpreter
    (a hit that has begun pays for the kinds it needs itself, and no more).
    """
    import numpy as np
    import pandas as pd

    kinds: list[Callable[[], Any]] = [
        lambda: np.arange(2),
        lambda: [0.5, np.nan],
        lambda: [True, False],
        lambda: pd.date_range("2024-01-01", periods=2),
        lambda: pd.array([1, None], dtype="Int64"),
        lambda: pd.Series(["a", None], dtype=object),
        lambda: pd.Categorical(["x", None]),
        lambda: pd.Series(["p", None]).astype(pd.StringDtype()),
        lambda: pd.date_range("2024-01-01", periods=2, tz="UTC"),
    ]
    for column in kinds:
        if stop():
            return
        frame_from_table(table_from_frame(pd.DataFrame({"c": column()})), None)
