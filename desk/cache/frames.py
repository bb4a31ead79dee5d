"""Frames, series and Arrow tables in the disk cache: which ones Arrow stores exactly, and how.

A pandas frame or series is stored as Arrow only when it round-trips unchanged (else it
is pickled). The layout of its columns (``columns``) lets a read view most of them in the
private map of a blob, so a hit copies little and a caller's change stays in its own pages.
The data is guarded by a fast checksum (``data_checksum``), not a signature.

pandas, numpy and pyarrow are imported only when a function here runs.
"""

from __future__ import annotations

import hashlib
import mmap
import struct
from typing import Any

from desk.cache.columns import frame_from_table, table_from_frame


def _strings_become_str() -> bool:
    """True when pyarrow hands strings to pandas as its ``str`` dtype (pandas 3), not as objects."""
    import pandas as pd

    if int(pd.__version__.split(".")[0]) >= 3:
        return True
    try:
        return bool(pd.get_option("future.infer_string"))
    except KeyError:  # pandas before 2.1: pd.errors.OptionError, a KeyError
        return False


def _arrow_safe_values(values: Any, converted: bool = False) -> bool:
    """True when Arrow stores ``values`` exactly; ``converted``: pyarrow's ``to_pandas`` reads them back.

    Columns of object strings and of pandas' string dtypes are laid out by desk
    (``columns``) and come back as they were; an index or categories of strings come back
    as the default ``str`` under pandas 3, so only that dtype is safe there.
    """
    import pandas as pd

    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return _arrow_safe_values(dtype.categories, converted=True)
    if isinstance(dtype, pd.StringDtype):
        # pyarrow hands back every string index or categories as the default ``str``.
        return not converted or (_strings_become_str() and dtype == pd.Series([""]).dtype)
    if isinstance(dtype, pd.DatetimeTZDtype):
        return True
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return type(dtype).__name__ in {
            "Int8Dtype", "Int16Dtype", "Int32Dtype", "Int64Dtype", "UInt8Dtype", "UInt16Dtype", "UInt32Dtype",
            "UInt64Dtype", "Float32Dtype", "Float64Dtype", "BooleanDtype",
        }  # fmt: skip
    if dtype.kind in "biufmM":
        return True
    if dtype.kind == "O":
        if converted and _strings_become_str():
            return False
        return bool(pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"))
    return False


def arrow_safe_frame(frame: Any) -> bool:
    """True when ``frame`` round-trips through Arrow unchanged (else it is pickled)."""
    import pandas as pd

    columns = frame.columns
    if isinstance(columns, pd.MultiIndex) or columns.has_duplicates or frame.attrs:
        return False
    if not all(isinstance(name, str) for name in columns) or not isinstance(columns.name, (str, type(None))):
        return False
    index = frame.index
    levels = [index.get_level_values(i) for i in range(index.nlevels)] if isinstance(index, pd.MultiIndex) else [index]
    if not all(isinstance(name, (str, type(None))) for name in index.names):
        return False
    if not isinstance(index, pd.RangeIndex) and not all(_arrow_safe_values(level, converted=True) for level in levels):
        return False
    return all(_arrow_safe_values(frame[name]) for name in columns)


def arrow_bytes(table: Any) -> Any:
    """``table`` as an Arrow IPC file in memory (a pyarrow buffer)."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def snapshot(value: Any) -> Any:
    """A private copy of a frame, series or Arrow table that Arrow stores exactly, else None.

    The entry is written from it in the background while the caller is free to change
    its own value. Arrow tables are immutable: the table itself is its snapshot.
    """
    kind = type(value)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if name == "pyarrow.lib.Table":
        return value
    if name in ("pandas.DataFrame", "pandas.core.frame.DataFrame"):
        return private_copy(value) if arrow_safe_frame(value) else None
    if name in ("pandas.Series", "pandas.core.series.Series"):
        if isinstance(value.name, (str, type(None))) and arrow_safe_frame(value.to_frame(name="values")):
            return private_copy(value)
    return None


def private_copy(value: Any) -> Any:
    """A copy of a frame or series that no change to ``value`` can reach, and that changes nothing in it.

    Under pandas' copy-on-write (always on from pandas 3) a shallow copy is one: a change
    to either side copies the data it touches first. Otherwise the data is copied now.
    An Arrow table is immutable and is returned as it is.
    """
    if hasattr(value, "schema"):
        return value
    return value.copy(deep=not copies_on_write())


def copies_on_write() -> bool:
    """True when pandas copies on write (always from pandas 3): a shallow copy is then a private one."""
    import pandas as pd

    return int(pd.__version__.split(".")[0]) >= 3 or pd.get_option("mode.copy_on_write") is True


def encode_arrow(value: Any) -> tuple[str, Any, dict[str, Any]] | None:
    """(kind, Arrow table, header extras) for a value Arrow stores exactly, else None."""
    import pandas as pd
    import pyarrow as pa

    try:
        # Exact types only: a subclass (a GeoDataFrame...) would come back as its base class.
        if type(value) is pa.Table:
            return "table", value, {}
        if type(value) is pd.DataFrame and arrow_safe_frame(value):
            return "frame", table_from_frame(value), {}
        if type(value) is pd.Series and isinstance(value.name, (str, type(None))):
            frame = value.to_frame(name="values")
            if arrow_safe_frame(frame):
                return "series", table_from_frame(frame), {"series_name": value.name}
    except (pa.ArrowException, ValueError, TypeError):
        return None
    return None


CHECKSUM_CHUNK = 64 * 1024


def data_checksum(data: Any) -> str:
    """A fast checksum of Arrow data: the 64-bit word sums of each 64 KiB chunk, hashed in order.

    It catches corruption (flipped bits, zeroed or swapped pages, a truncated tail), not
    forgery: frames are data, and the header that holds the checksum is signed. Summing
    runs at memory speed, where an HMAC over every byte cost more than the rest of a hit.
    """
    import numpy as np

    view = memoryview(data).cast("B")
    words = view.nbytes // 8
    per_chunk = CHECKSUM_CHUNK // 8
    full = words // per_chunk
    array = np.frombuffer(view, dtype="<u8", count=words)
    digest = hashlib.sha256(struct.pack("<Q", view.nbytes))
    digest.update(array[: full * per_chunk].reshape(full, per_chunk).sum(axis=1, dtype=np.uint64).tobytes())
    digest.update(array[full * per_chunk :].sum(dtype=np.uint64, keepdims=True).tobytes())
    digest.update(view[words * 8 :])
    return f"sum64:{digest.hexdigest()}"


def decode_arrow(data: memoryview, kind: str, series_name: Any, mapped: mmap.mmap) -> Any:
    """The value stored as the Arrow IPC file ``data``, a slice of the private map ``mapped``.

    ``kind`` is what was stored: a ``table`` comes back as it is, a ``frame`` or a
    ``series`` (named ``series_name``) with columns the caller may change (``columns``).
    """
    import pyarrow as pa

    table = pa.ipc.open_file(pa.py_buffer(data)).read_all()
    if kind == "table":
        return table
    if kind == "series":
        return frame_from_table(table, mapped).iloc[:, 0].rename(series_name)
    return frame_from_table(table, mapped)
