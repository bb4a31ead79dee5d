"""Conversion of any data input to a pyarrow Table, and of a Table to Arrow IPC stream bytes.

``to_arrow(data)`` accepts what ``st.dataframe`` accepts: pandas DataFrame, Series, Index
and Styler; pyarrow Table, RecordBatch, Array and ChunkedArray; polars DataFrame and
Series (or anything with ``to_arrow``/``to_pandas``/the Arrow C stream or dataframe
interchange protocol); numpy 1-D and 2-D arrays; lists (of scalars, dicts or lists),
tuples and sets; dicts (of lists, of dicts or of scalars); and None (an empty table).

pandas inputs keep their index as columns, the way ``pyarrow.Table.from_pandas`` stores
it, and ``index_columns(table)`` names them. Columns Arrow cannot hold, or that a browser
grid cannot show (intervals, periods, complex numbers, object columns of mixed types), are
cast to strings. Large string/binary types are narrowed to their 32-bit-offset versions,
which every Arrow reader understands.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypedDict

from desk.errors import DeskAPIError

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

ARROW_STREAM_MIMETYPE = "application/vnd.apache.arrow.stream"
ACCEPTED = (
    "a pandas DataFrame, Series, Index or Styler, a pyarrow Table or RecordBatch, a polars DataFrame, "
    "a numpy array (1-D or 2-D), a list, tuple or set, a dict, or None"
)
# Inferred pandas object-column types that Arrow converts without help.
_CLEAN_OBJECT_TYPES = {
    "string",
    "empty",
    "bytes",
    "floating",
    "integer",
    "mixed-integer-float",
    "decimal",
    "boolean",
    "datetime64",
    "datetime",
    "date",
    "timedelta64",
    "timedelta",
    "time",
}


def module_of(data: object) -> str:
    """The top-level module that defines ``data``'s type (``"pandas"``, ``"polars"``...)."""
    return type(data).__module__.split(".", 1)[0]


def to_arrow(data: Any, func: str = "dataframe") -> pa.Table:
    """Convert ``data`` to a pyarrow Table (see the module docstring for what is accepted)."""
    import pyarrow as pa

    if data is None:
        return pa.table({})
    if isinstance(data, pa.Table):
        return _narrow(data)
    if isinstance(data, pa.RecordBatch):
        return _narrow(pa.Table.from_batches([data]))
    if isinstance(data, (pa.Array, pa.ChunkedArray)):
        return _narrow(pa.table({"0": data}))
    module = module_of(data)
    if module == "polars":
        return _narrow(_polars_to_arrow(data))
    return from_pandas(to_pandas(data, func))


def to_pandas(data: Any, func: str = "dataframe") -> pd.DataFrame:
    """Convert ``data`` to a pandas DataFrame (a Styler gives its underlying data)."""
    import pandas as pd
    import pyarrow as pa

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, (pd.Series, pd.Index)):
        # One column named as the data is, 0 when it has no name (a MultiIndex: one column of tuples).
        return pd.DataFrame(data)
    if is_styler(data):
        return data.data  # type: ignore[no-any-return]
    if isinstance(data, (pa.Table, pa.RecordBatch)):
        return data.to_pandas()
    if isinstance(data, (pa.Array, pa.ChunkedArray)):
        return pd.DataFrame(data.to_pandas())
    if isinstance(data, pd.api.extensions.ExtensionArray):  # pd.array([...]): one column "0", its dtype kept
        return pd.DataFrame(pd.Series(data))
    if module_of(data) == "polars":
        return _polars_to_arrow(data).to_pandas()
    if module_of(data) == "numpy" and hasattr(data, "ndim"):
        return _numpy_to_pandas(data, func)
    if isinstance(data, dict):
        return _dict_to_pandas(data)
    if isinstance(data, (list, tuple, set, frozenset, range)):
        return _sequence_to_pandas(list(data))
    if isinstance(data, (str, bytes)):
        raise _unsupported(func, data)
    converted = _via_protocols(data)
    if converted is not None:
        return converted
    raise _unsupported(func, data)


def is_styler(data: object) -> bool:
    return type(data).__name__ == "Styler" and module_of(data) == "pandas"


def _unsupported(func: str, data: object) -> DeskAPIError:
    return DeskAPIError(f"st.{func}: data of type {type(data).__name__} is not supported. Pass {ACCEPTED}.")


def _polars_to_arrow(data: Any) -> pa.Table:
    import pyarrow as pa

    if type(data).__name__ == "Series":
        data = data.to_frame()
    if type(data).__name__ == "LazyFrame":
        data = data.collect()
    table = data.to_arrow()
    return table if isinstance(table, pa.Table) else pa.table(table)


def _numpy_to_pandas(array: Any, func: str) -> pd.DataFrame:
    import pandas as pd

    if array.ndim > 2:
        raise DeskAPIError(
            f"st.{func}: a numpy array with {array.ndim} dimensions cannot be shown as a table. "
            "Pass a 1-D or 2-D array, e.g. array.reshape(len(array), -1)."
        )
    return _value_column(pd.DataFrame(array))


def _value_column(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its column named "value" when it has a single column that pandas named 0."""
    if len(frame.columns) == 1 and frame.columns[0] == 0:
        return frame.rename(columns={0: "value"})
    return frame


def _dict_to_pandas(data: dict[Any, Any]) -> pd.DataFrame:
    import pandas as pd

    if not data:
        return pd.DataFrame()
    values = list(data.values())
    if all(is_scalar(v) for v in values):
        return pd.Series(data, name="value").to_frame()
    return pd.DataFrame(data)


def _sequence_to_pandas(items: list[Any]) -> pd.DataFrame:
    import pandas as pd

    if not items:
        return pd.DataFrame()
    if all(isinstance(item, dict) for item in items):
        return pd.DataFrame.from_records(items)
    if all(isinstance(item, (list, tuple)) for item in items):
        return pd.DataFrame([list(item) for item in items])
    return pd.DataFrame({"value": items})


def is_scalar(value: object) -> bool:
    """A single cell value (not a list, dict, array or other collection)."""
    return value is None or isinstance(value, (str, bytes, int, float, bool, complex)) or not hasattr(value, "__len__")


def _via_protocols(data: Any) -> pd.DataFrame | None:
    import pandas as pd
    import pyarrow as pa

    if hasattr(data, "to_pandas"):
        result = data.to_pandas()
        return to_pandas(result) if not isinstance(result, pd.DataFrame) else result
    if hasattr(data, "to_arrow"):
        return pa.table(data.to_arrow()).to_pandas()
    if hasattr(data, "__arrow_c_stream__"):
        return pa.table(data).to_pandas()
    if hasattr(data, "__dataframe__"):
        return pd.api.interchange.from_dataframe(data)
    return None


# ------------------------------------------------------------------ pandas -> Arrow


def from_pandas(df: pd.DataFrame, *, index: bool = True) -> pa.Table:
    """A pandas DataFrame as an Arrow table (index included), problem columns cast to strings."""
    import pyarrow as pa

    levels = _column_levels(df)
    df = _clean_frame(df)
    try:
        table = pa.Table.from_pandas(df, preserve_index=index)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, ValueError):
        df = df.copy()
        for position in range(df.shape[1]):
            if not _arrow_accepts(df.iloc[:, position]):
                df.isetitem(position, _as_strings(df.iloc[:, position]))
        table = pa.Table.from_pandas(df, preserve_index=index)
    if levels is not None:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), COLUMN_LEVELS: levels})
    return _narrow(table)


COLUMN_LEVELS = b"desk.column_levels"
"""Schema metadata: the levels of each column of a frame whose columns were a MultiIndex (JSON),
whose names the table holds joined with " / "; ``column_levels`` reads them back."""


def _column_levels(df: pd.DataFrame) -> bytes | None:
    import pandas as pd

    if not isinstance(df.columns, pd.MultiIndex):
        return None
    return json.dumps([[str(level) for level in name] for name in df.columns]).encode()


def column_levels(table: pa.Table) -> list[tuple[str, ...]] | None:
    """The MultiIndex column names a table was made from (``from_pandas``), or None."""
    raw = (table.schema.metadata or {}).get(COLUMN_LEVELS)
    if raw is None:
        return None
    return [tuple(name) for name in json.loads(raw)]


def _clean_frame(df: pd.DataFrame) -> pd.DataFrame:
    """String column names, and string versions of columns Arrow or a grid cannot hold."""
    import pandas as pd

    df = df.copy(deep=False)
    if isinstance(df.columns, pd.MultiIndex):
        df.columns = [" / ".join(str(level) for level in name) for name in df.columns]
    elif not all(isinstance(name, str) for name in df.columns):
        df.columns = [str(name) for name in df.columns]
    if not df.columns.is_unique:
        df.columns = _unique_names(list(df.columns))
    for position in range(df.shape[1]):
        column = df.iloc[:, position]
        if _needs_strings(column):
            df.isetitem(position, _as_strings(column))
    index = df.index
    if isinstance(index, pd.MultiIndex):
        levels = [_as_strings_index(level) if _needs_strings(level) else level for level in index.levels]
        df.index = index.set_levels(levels)
    elif _needs_strings(index):
        df.index = pd.Index(_as_strings(index.to_series()), name=index.name)
    return df


def _unique_names(names: list[str]) -> list[str]:
    """Repeated column names numbered ``a``, ``a (2)``... (Arrow tables need unique names)."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def _needs_strings(column: pd.Series | pd.Index) -> bool:
    """Whether a column (or an index, checked as it is: a RangeIndex is never materialised)."""
    import pandas as pd

    dtype = column.dtype
    if isinstance(dtype, (pd.IntervalDtype, pd.PeriodDtype)):
        return True
    if getattr(dtype, "kind", None) == "c":
        return True
    if pd.api.types.is_object_dtype(dtype):
        inferred = pd.api.types.infer_dtype(column, skipna=True)
        if inferred == "mixed":
            return _mixed_scalars(column)
        return inferred not in _CLEAN_OBJECT_TYPES
    return False


def _mixed_scalars(column: pd.Series | pd.Index) -> bool:
    """``mixed`` object columns are cast unless they hold only lists or only dicts."""
    import pandas as pd

    present = column.dropna()
    kinds = {type(v) for v in (present.iloc[:100] if isinstance(present, pd.Series) else present[:100])}
    return not (kinds <= {list, tuple} or kinds <= {dict})


def _as_strings(column: pd.Series) -> pd.Series:
    return column.map(lambda v: None if _is_missing(v) else str(v)).astype(object)


def _as_strings_index(index: pd.Index) -> pd.Index:
    import pandas as pd

    return pd.Index([str(v) for v in index], name=index.name, dtype=object)


def _is_missing(value: object) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _arrow_accepts(column: pd.Series) -> bool:
    import pyarrow as pa

    try:
        pa.Array.from_pandas(column)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, ValueError):
        return False
    return True


def _narrow(table: pa.Table) -> pa.Table:
    """Large string/binary columns as plain string/binary (readable by every Arrow client)."""
    import pyarrow as pa

    fields = []
    changed = False
    for field in table.schema:
        if pa.types.is_large_string(field.type):
            fields.append(field.with_type(pa.string()))
            changed = True
        elif pa.types.is_large_binary(field.type):
            fields.append(field.with_type(pa.binary()))
            changed = True
        elif pa.types.is_dictionary(field.type) and pa.types.is_large_string(field.type.value_type):
            narrowed = pa.dictionary(field.type.index_type, pa.string(), field.type.ordered)
            fields.append(field.with_type(narrowed))
            changed = True
        else:
            fields.append(field)
    if not changed:
        return table
    try:
        return table.cast(pa.schema(fields, metadata=table.schema.metadata))
    except (pa.ArrowInvalid, pa.ArrowCapacityError):  # over 2 GB of text in one column
        return table


# ------------------------------------------------------------------ table facts


def index_columns(table: pa.Table) -> list[str]:
    """Names of the columns that hold a pandas index (empty for other sources)."""
    metadata = table.schema.pandas_metadata or {}
    return [name for name in metadata.get("index_columns", []) if isinstance(name, str)]


class ArrowField(TypedDict):
    """A column of an Arrow table: its name and type."""

    name: str
    """The column's name."""
    type: str
    """Its Arrow type, as pyarrow spells it ("int64", "timestamp[ns]"...)."""


def column_types(table: pa.Table) -> list[ArrowField]:
    """Each column's name and Arrow type, as strings."""
    return [ArrowField(name=field.name, type=str(field.type)) for field in table.schema]


def ipc_bytes(table: pa.Table) -> bytes:
    """The table in the Arrow IPC stream format."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def read_ipc(data: bytes) -> pa.Table:
    """The table stored in Arrow IPC stream bytes."""
    import pyarrow as pa

    return pa.ipc.open_stream(data).read_all()
