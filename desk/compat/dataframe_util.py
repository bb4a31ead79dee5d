"""``streamlit.dataframe_util``: the conversions component packages call, done by desk's own converters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desk.elements.arrow import is_styler, module_of, to_pandas

if TYPE_CHECKING:
    import pandas as pd

_FRAME_MODULES = frozenset({"pandas", "polars", "pyarrow", "numpy", "modin", "dask", "xarray", "pyspark"})


def convert_anything_to_pandas_df(data: Any, max_unevaluated_rows: int = 10000, ensure_copy: bool = False) -> pd.DataFrame:
    """``data`` (a frame, series, array, dict, list of records...) as a pandas DataFrame."""
    frame = to_pandas(data)
    return frame.copy() if ensure_copy else frame


def is_pandas_styler(obj: object) -> bool:
    """True for a pandas ``Styler``."""
    return is_styler(obj)


def is_dataframe_like(obj: object) -> bool:
    """True for a table-shaped object of a dataframe library (or anything with ``__dataframe__``)."""
    if hasattr(obj, "__dataframe__") or hasattr(obj, "__arrow_c_stream__"):
        return True
    return module_of(obj) in _FRAME_MODULES and hasattr(obj, "shape")


def is_list_like(obj: object) -> bool:
    """True for an iterable of values that is not a string, bytes or a mapping."""
    return isinstance(obj, Iterable) and not isinstance(obj, (str, bytes, dict))


def convert_anything_to_list(obj: Any) -> list[Any]:
    """The values of ``obj`` (a sequence, set, series, array or one-column frame) as a list."""
    if obj is None:
        return []
    if isinstance(obj, (str, bytes, int, float, bool)):
        return [obj]
    if is_dataframe_like(obj) and not hasattr(obj, "tolist"):
        frame = to_pandas(obj)
        return list(frame.iloc[:, 0]) if frame.shape[1] else []
    if hasattr(obj, "tolist"):
        values = obj.tolist()
        return values if isinstance(values, list) else [values]
    return list(obj)


__all__ = [
    "convert_anything_to_list",
    "convert_anything_to_pandas_df",
    "is_dataframe_like",
    "is_list_like",
    "is_pandas_styler",
]
