"""Cache keys: ttl durations, function keys and the hashing of arguments.

A function's key covers its decorator kind, module, qualified name and source (or its
bytecode when no source is available, as in a frozen app), so editing the body starts a
fresh cache. A call's value key hashes the bound arguments by parameter name, so ``f(1)``
and ``f(x=1)`` hash alike; parameters whose names start with ``_`` are skipped.

Hashes are stable across processes (no ``id()`` or ``hash()``), because the disk tier
finds yesterday's entries by them. A path to an existing file also hashes the file's size
and modification time; data frames and arrays are hashed in full, not sampled.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import enum
import functools
import hashlib
import inspect
import io
import os
import struct
import types
import uuid
import weakref
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import PurePath
from typing import Any

from desk.durations import parse_duration
from desk.errors import DeskAPIError, UnhashableParamError

HashFuncs = Mapping[Any, Callable[[Any], Any]]

def ttl_seconds(func_name: str, ttl: object) -> float | None:
    """A ``ttl`` argument (seconds, timedelta, duration string or None) in seconds."""
    if ttl is None:
        return None
    if isinstance(ttl, datetime.timedelta):
        seconds = ttl.total_seconds()
    elif isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        seconds = float(ttl)
    elif isinstance(ttl, str):
        try:
            seconds = parse_duration(ttl)
        except DeskAPIError as error:
            raise DeskAPIError(f"st.{func_name}: ttl {error}") from None
    else:
        raise DeskAPIError(
            f"st.{func_name}: ttl must be seconds, a timedelta or a string like '1h', not {type(ttl).__name__} ({ttl!r})."
        )
    if seconds < 0:
        raise DeskAPIError(f"st.{func_name}: ttl must not be negative, not {ttl!r}.")
    return seconds


# ------------------------------------------------------------------------- function keys


_sources: dict[int, tuple[weakref.ref[types.CodeType], bytes]] = {}
"""``function_source`` by code object (its id): a rerun's functions share the compiled script's code."""


def function_source(func: Callable[..., Any]) -> bytes:
    """The function's source text, or its bytecode and constants when there is no source.

    Each code object's source is read once: a script's functions are made anew by every
    rerun, from the same code until the script changes, and reading the source (the
    tokenizer finding where the function ends) took most of an in-process hit.
    """
    target = inspect.unwrap(func)
    code = getattr(target, "__code__", None)
    if not isinstance(code, types.CodeType):
        return _read_source(target)
    found = _sources.get(id(code))
    if found is not None and found[0]() is code:
        return found[1]
    source = _read_source(target)
    marker = id(code)

    def forget(ref: weakref.ref[types.CodeType]) -> None:
        entry = _sources.get(marker)
        if entry is not None and entry[0] is ref:
            _sources.pop(marker, None)

    _sources[marker] = (weakref.ref(code, forget), source)
    return source


def _read_source(target: Any) -> bytes:
    try:
        return inspect.getsource(target).encode("utf-8")
    except (OSError, TypeError):
        code = getattr(target, "__code__", None)
        if code is None:
            return repr(target).encode("utf-8")
        return _code_bytes(code)


def _code_bytes(code: types.CodeType) -> bytes:
    parts = [code.co_code, repr(code.co_names).encode(), repr(code.co_varnames).encode()]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            parts.append(_code_bytes(const))
        elif isinstance(const, frozenset):  # its repr's order changes with PYTHONHASHSEED
            parts.append(repr(sorted(repr(item) for item in const)).encode())
        else:
            parts.append(repr(const).encode())
    return b"\0".join(parts)


def function_key(kind: str, func: Callable[..., Any]) -> str:
    """The stable key of a cached function: kind, module, qualified name and source."""
    digest = hashlib.sha256()
    module = getattr(func, "__module__", "") or ""
    qualname = getattr(func, "__qualname__", getattr(func, "__name__", repr(func)))
    digest.update(f"{kind}\0{module}\0{qualname}\0".encode())
    digest.update(function_source(func))
    return digest.hexdigest()[:32]


# ------------------------------------------------------------------------- argument hashing


class _Unhashable(Exception):
    """Raised inside the hasher; turned into ``UnhashableParamError`` with the argument's name."""

    def __init__(self, value: object, cause: BaseException | None = None) -> None:
        super().__init__(value)
        self.value = value
        self.cause = cause


def _type_name(value: object) -> str:
    kind = type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


_MAX_PATH_LENGTH = 4096


def _existing_file(value: str | os.PathLike[Any]) -> os.stat_result | None:
    try:
        text = os.fspath(value)
    except TypeError:
        return None
    if isinstance(text, bytes) or not text or len(text) > _MAX_PATH_LENGTH or "\0" in text or "\n" in text:
        return None
    try:
        stat = os.stat(text)
    except (OSError, ValueError):
        return None
    import stat as stat_module

    return stat if stat_module.S_ISREG(stat.st_mode) else None


def _string_dtypes_of(value: Any) -> list[str]:
    """Where a frame, series or index holds pandas string dtypes, with their storage and missing value.

    ``str(dtype)`` says neither (``str``, ``string``), the index's dtype is not hashed and a
    categorical's names no categories, so equal strings in another of these dtypes would
    otherwise share a key (and one would get the other's cached result). Values without
    string dtypes add nothing: their keys stay what they were.
    """
    import pandas as pd

    index = value if isinstance(value, pd.Index) else value.index
    places: list[tuple[str, Any]] = [(f"index{i}", index.get_level_values(i).dtype) for i in range(index.nlevels)]
    if isinstance(value, pd.DataFrame):
        places += [(f"column{i}", dtype) for i, dtype in enumerate(value.dtypes)]
    elif not isinstance(value, pd.Index):
        places.append(("values", value.dtype))
    found = []
    for place, dtype in places:
        if isinstance(dtype, pd.CategoricalDtype):
            place, dtype = f"{place}.categories", dtype.categories.dtype
        if isinstance(dtype, pd.StringDtype):
            found.append(f"{place}:{dtype.storage}:{dtype.na_value!r}")
    return found


class Hasher:
    """Hashes one value tree into a digest, with cycle detection and ``hash_funcs``."""

    def __init__(self, hash_funcs: HashFuncs | None = None) -> None:
        self.hash_funcs = dict(hash_funcs or {})
        self._stack: list[int] = []

    def digest(self, value: object) -> str:
        h = hashlib.sha256()
        self.update(h, value)
        return h.hexdigest()[:32]

    def update(self, h: Any, value: object) -> None:
        custom = self._custom(value)
        if custom is not None:
            h.update(b"custom:")
            self.update(h, custom(value))
            return
        marker = id(value)
        if marker in self._stack:
            h.update(b"cycle:%d" % self._stack.index(marker))
            return
        self._stack.append(marker)
        try:
            self._update(h, value)
        finally:
            self._stack.pop()

    def _custom(self, value: object) -> Callable[[Any], Any] | None:
        if not self.hash_funcs:
            return None
        kind = type(value)
        for candidate in kind.__mro__:
            func = self.hash_funcs.get(candidate) or self.hash_funcs.get(f"{candidate.__module__}.{candidate.__qualname__}")
            if func is not None:
                return func
        return None

    def _tag(self, h: Any, tag: str, payload: bytes = b"") -> None:
        h.update(tag.encode())
        h.update(struct.pack("<Q", len(payload)))
        h.update(payload)

    def _update(self, h: Any, value: object) -> None:
        if value is None or isinstance(value, (bool, int, float, complex, Decimal, Fraction)):
            self._tag(h, _type_name(value), repr(value).encode())
        elif isinstance(value, str):
            self._tag(h, "str", value.encode("utf-8", "surrogatepass"))
        elif isinstance(value, (bytes, bytearray, memoryview)):
            self._tag(h, "bytes", bytes(value))
        elif isinstance(value, PurePath):
            self._tag(h, "path", str(value).encode("utf-8", "surrogatepass"))
            self.hash_file_stat(h, value)
        elif isinstance(value, (datetime.date, datetime.time, datetime.timedelta, uuid.UUID)):
            self._tag(h, _type_name(value), repr(value).encode())
        elif isinstance(value, enum.Enum):
            self._tag(h, "enum", f"{_type_name(value)}.{value.name}".encode())
        elif isinstance(value, (list, tuple, collections.deque)):
            self._tag(h, f"seq:{_type_name(value)}:{len(value)}")
            for item in value:
                self.update(h, item)
        elif isinstance(value, (set, frozenset)):
            self._tag(h, f"set:{len(value)}")
            for digest in sorted(Hasher(self.hash_funcs).digest(item) for item in value):
                h.update(digest.encode())
        elif isinstance(value, Mapping):
            self._tag(h, f"map:{_type_name(value)}:{len(value)}")
            for key, item in value.items():
                self.update(h, key)
                self.update(h, item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            self._tag(h, f"dataclass:{_type_name(value)}")
            for field in dataclasses.fields(value):
                self.update(h, field.name)
                self.update(h, getattr(value, field.name))
        elif isinstance(value, functools.partial):
            self._tag(h, "partial")
            self.update(h, value.func)
            self.update(h, value.args)
            self.update(h, value.keywords)
        elif isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, type, types.ModuleType)):
            name = getattr(value, "__qualname__", getattr(value, "__name__", ""))
            self._tag(h, "named", f"{getattr(value, '__module__', '')}.{name}".encode())
            if isinstance(value, types.FunctionType):
                h.update(function_source(value))
        elif _is_kind(value, "pandas", ("DataFrame", "Series", "Index")):
            self._hash_pandas(h, value)
        elif _is_kind(value, "numpy", ("ndarray",)):
            self._hash_numpy(h, value)
        elif _is_kind(value, "numpy", ("generic",)) or type(value).__module__ == "numpy":
            self._tag(h, f"np:{_type_name(value)}", repr(value).encode())
        elif _is_kind(value, "pyarrow", ("Table", "RecordBatch", "Array", "ChunkedArray")):
            self._hash_arrow(h, value)
        elif _is_kind(value, "PIL", ("Image",)):
            self._tag(h, "image", repr((value.mode, value.size)).encode() + value.tobytes())  # type: ignore[attr-defined]
        elif isinstance(value, (io.BytesIO, io.StringIO)):
            data = value.getvalue()
            self._tag(h, f"buffer:{value.tell()}", data.encode() if isinstance(data, str) else data)
        elif isinstance(value, io.IOBase) and hasattr(value, "name"):
            self._tag(h, "file", f"{value.name}:{value.tell()}".encode())
            self.hash_file_stat(h, value.name)
        elif isinstance(value, os.PathLike):
            self._tag(h, "pathlike", os.fsencode(value))
            self.hash_file_stat(h, value)
        else:
            self._hash_reduced(h, value)

    def hash_file_stat(self, h: Any, value: Any) -> None:
        """Add the size and mtime of the file ``value`` names, if it names an existing file."""
        stat = _existing_file(value)
        if stat is not None:
            self._tag(h, "file-stat", f"{stat.st_size}:{stat.st_mtime_ns}".encode())

    def _hash_pandas(self, h: Any, value: Any) -> None:
        import pandas as pd

        self._tag(h, f"pandas:{type(value).__name__}:{value.shape}")
        if isinstance(value, pd.DataFrame):
            self.update(h, [str(dtype) for dtype in value.dtypes])
            self.update(h, list(value.columns))
        else:
            self.update(h, str(value.dtype))
            self.update(h, getattr(value, "name", None))
        strings = _string_dtypes_of(value)
        if strings:
            self.update(h, strings)
        try:
            if isinstance(value, pd.Index):
                hashed = pd.util.hash_pandas_object(value)
            else:
                hashed = pd.util.hash_pandas_object(value, index=True)
            h.update(memoryview(hashed.to_numpy()).cast("B"))
        except TypeError:
            # Cells pandas cannot hash (lists, dicts...): hash them one by one.
            frame = value.to_frame() if not isinstance(value, pd.DataFrame) else value
            for column in frame.columns:
                for cell in frame[column]:
                    self.update(h, cell)
            self.update(h, list(frame.index))

    def _hash_numpy(self, h: Any, value: Any) -> None:
        import numpy as np

        self._tag(h, f"ndarray:{value.dtype.str}:{value.shape}")
        if value.dtype.hasobject:
            for item in value.ravel():
                self.update(h, item)
        else:
            h.update(np.ascontiguousarray(value).reshape(-1).view(np.uint8).data)

    def _hash_arrow(self, h: Any, value: Any) -> None:
        self._tag(h, f"arrow:{type(value).__name__}:{value.type if hasattr(value, 'type') else value.schema}")
        chunks: list[Any]
        if hasattr(value, "columns"):
            chunks = []
            for column in value.columns:
                chunks.extend(column.chunks if hasattr(column, "chunks") else [column])
        elif hasattr(value, "chunks"):
            chunks = list(value.chunks)
        else:
            chunks = [value]
        for chunk in chunks:
            self._tag(h, f"chunk:{chunk.offset}:{len(chunk)}")
            for buffer in chunk.buffers():
                if buffer is None:
                    h.update(b"none")
                else:
                    h.update(memoryview(buffer))

    def _hash_reduced(self, h: Any, value: object) -> None:
        try:
            reduced = value.__reduce_ex__(4)
        except Exception as error:
            raise _Unhashable(value, error) from None
        if isinstance(reduced, str):
            self._tag(h, "global", f"{_type_name(value)}:{reduced}".encode())
            return
        self._tag(h, f"object:{_type_name(value)}")
        for part in reduced[1:]:
            if isinstance(part, collections.abc.Iterator):
                part = list(part)
            self.update(h, part)


def _is_kind(value: object, package: str, names: tuple[str, ...]) -> bool:
    for kind in type(value).__mro__:
        module = kind.__module__ or ""
        if (module == package or module.startswith(package + ".")) and kind.__name__ in names:
            return True
    return False


def value_key(
    decorator: str,
    func: Callable[..., Any],
    signature: inspect.Signature | None,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    hash_funcs: HashFuncs | None,
) -> str:
    """The key of one call: the bound arguments by name, skipping ``_``-prefixed ones."""
    pairs = bound_arguments(signature, args, kwargs)
    h = hashlib.sha256()
    hasher = Hasher(hash_funcs)
    for name, value in pairs:
        if name.startswith("_"):
            continue
        h.update(name.encode())
        try:
            hasher.update(h, value)
            if isinstance(value, str):  # a path given as text (nested strings are not looked up)
                hasher.hash_file_stat(h, value)
        except _Unhashable as problem:
            raise UnhashableParamError(_unhashable_message(decorator, func, name, value, problem)) from problem.cause
        except RecursionError:
            raise UnhashableParamError(_unhashable_message(decorator, func, name, value, _Unhashable(value))) from None
    return h.hexdigest()[:32]


def bound_arguments(
    signature: inspect.Signature | None, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> list[tuple[str, Any]]:
    """(name, value) pairs of a call, defaults applied, in signature order."""
    if signature is not None:
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError:
            pass
        else:
            bound.apply_defaults()
            pairs: list[tuple[str, Any]] = []
            for name, value in bound.arguments.items():
                kind = signature.parameters[name].kind
                if kind is inspect.Parameter.VAR_KEYWORD:
                    pairs.extend(sorted(value.items()))
                else:
                    pairs.append((name, value))
            return pairs
    return [(f"__arg{index}", value) for index, value in enumerate(args)] + sorted(kwargs.items())


def _unhashable_message(decorator: str, func: Callable[..., Any], name: str, value: object, problem: _Unhashable) -> str:
    func_name = getattr(func, "__name__", repr(func))
    bad = problem.value
    inner = "" if bad is value else f" (it holds a {_type_name(bad)}, which cannot be hashed)"
    return (
        f"st.{decorator}: cannot hash argument '{name}' (of type {_type_name(value)}) in '{func_name}'{inner}. "
        f"To skip it, add a leading underscore to the parameter's name ('_{name}'), so desk does not hash it; "
        f"or tell desk how to hash it with hash_funcs={{{_type_name(bad)}: lambda value: ...}}."
    )
