"""Cache keys: durations, function keys and argument hashing."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import inspect
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from desk.cache.keys import Hasher, function_key, ttl_seconds, value_key
from desk.durations import parse_duration
from desk.errors import DeskAPIError


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("10s", 10.0),
        ("30m", 1800.0),
        ("1d2h", 93600.0),
        ("1h 30m", 5400.0),
        ("2 hours", 7200.0),
        ("1w", 604800.0),
        ("250ms", 0.25),
        ("1.5h", 5400.0),
        ("42", 42.0),
    ],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "soon", "10 parsecs", "h1"])
def test_parse_duration_refuses_nonsense(text: str) -> None:
    with pytest.raises(DeskAPIError, match=r"is not a duration"):
        parse_duration(text)


def test_ttl_seconds_accepts_numbers_timedeltas_and_strings() -> None:
    assert ttl_seconds("cache_data", None) is None
    assert ttl_seconds("cache_data", 5) == 5.0
    assert ttl_seconds("cache_data", datetime.timedelta(minutes=2)) == 120.0
    assert ttl_seconds("cache_data", "1m") == 60.0
    with pytest.raises(DeskAPIError, match=r"st.cache_data: ttl must not be negative, not -1"):
        ttl_seconds("cache_data", -1)


class Color(enum.Enum):
    RED = 1
    BLUE = 2


@dataclasses.dataclass
class Point:
    x: int
    y: int


def digest(value: object) -> str:
    return Hasher().digest(value)


def test_equal_values_hash_alike_and_different_ones_differ() -> None:
    pairs = [
        ([1, 2], [1, 2]),
        ({"a": 1}, {"a": 1}),
        ({1, 2, 3}, {3, 2, 1}),
        (Point(1, 2), Point(1, 2)),
        (Color.RED, Color.RED),
        (np.arange(10), np.arange(10)),
        (functools.partial(int, base=2), functools.partial(int, base=2)),
        (datetime.date(2024, 1, 1), datetime.date(2024, 1, 1)),
    ]
    for a, b in pairs:
        assert digest(a) == digest(b), a
    assert digest(1) != digest(1.0) != digest("1")
    assert digest(True) != digest(1)
    assert digest([1, 2]) != digest((1, 2))
    assert digest(Point(1, 2)) != digest(Point(2, 1))
    assert digest(Color.RED) != digest(Color.BLUE)
    assert digest(np.arange(10)) != digest(np.arange(10).astype("int32"))


def test_strings_in_other_string_dtypes_hash_differently() -> None:
    """Same strings, other dtype (storage, missing value, in the index, as categories): another key."""
    import pandas as pd

    dtypes = [object, pd.StringDtype("python"), pd.StringDtype("pyarrow"), pd.Series(["x"]).astype("str").dtype]
    try:
        dtypes.append(pd.StringDtype("python", na_value=np.nan))
    except TypeError:  # pandas before 2.3
        pass
    for make in (
        lambda dtype: pd.DataFrame({"s": pd.Series(["a", None], dtype=dtype)}),
        lambda dtype: pd.Series(["a", "b"], dtype=dtype),
        lambda dtype: pd.DataFrame({"x": [1, 2]}, index=pd.Index(["a", "b"], dtype=dtype)),
        lambda dtype: pd.Series(pd.Categorical(["a", "b"], categories=pd.Index(["a", "b"], dtype=dtype))),
    ):
        digests = {digest(make(dtype)) for dtype in dtypes}
        assert len(digests) == len({repr(pd.Series(["a"], dtype=dtype).dtype) for dtype in dtypes})
        assert digest(make(dtypes[-1])) == digest(make(dtypes[-1]))
    plain = pd.DataFrame({"x": [1.5, 2.5]}, index=pd.Index([3, 4]))
    assert digest(plain) == digest(plain.copy())


def test_cycles_do_not_recurse_forever() -> None:
    loop: list[object] = [1]
    loop.append(loop)
    assert digest(loop) == digest(loop)


def test_a_file_path_hashes_its_size_and_mtime(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("a\n1\n")

    def load(source: object) -> None: ...

    signature = inspect.signature(load)

    def key(value: object) -> str:
        return value_key("cache_data", load, signature, (value,), {}, None)

    before_text, before_path = key(str(path)), key(path)
    assert key(str(path)) == before_text
    path.write_text("a\n1\n2\n")
    assert key(str(path)) != before_text
    assert key(path) != before_path
    assert key(str(tmp_path / "missing.csv")) == key(str(tmp_path / "missing.csv"))


def test_function_key_covers_the_source() -> None:
    def one() -> int:
        return 1

    def two() -> int:
        return 2

    assert function_key("cache_data", one) == function_key("cache_data", one)
    assert function_key("cache_data", one) != function_key("cache_resource", one)
    assert function_key("cache_data", one) != function_key("cache_data", two)


def test_a_functions_source_is_read_once_per_code_object(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Reruns make new functions from the same compiled code: its source is read once; an edited script is read again."""
    import gc
    import linecache
    import types

    from desk.cache import keys

    reads: list[str] = []
    real = keys._read_source
    monkeypatch.setattr(keys, "_read_source", lambda target: reads.append(target.__name__) or real(target))
    script = tmp_path / "app.py"

    def run(code: types.CodeType) -> object:
        namespace: dict[str, object] = {"__name__": "__main__"}
        exec(code, namespace)
        return namespace["load"]

    script.write_text("def load():\n    return 1\n")
    first = compile(script.read_text(), str(script), "exec")
    one = function_key("cache_data", run(first))
    assert function_key("cache_data", run(first)) == one  # a rerun: a new function, the same code
    assert reads == ["load"]
    script.write_text("def load():\n    return 22\n")  # an edit: the script is compiled again
    linecache.checkcache(str(script))
    second = compile(script.read_text(), str(script), "exec")
    two = function_key("cache_data", run(second))
    assert two != one and reads == ["load", "load"]
    assert function_key("cache_data", run(first)) == one  # the code that ran keeps its key
    marker = id([c for c in first.co_consts if isinstance(c, types.CodeType)][0])
    del first
    gc.collect()
    assert marker not in keys._sources  # a code object no longer alive is forgotten


def test_without_source_the_bytecode_is_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    def member(x: str) -> bool:
        return x in {"north", "south", "east"}

    def other(x: str) -> bool:
        return x in {"north", "south", "west"}

    def no_source(obj: object) -> str:
        raise OSError("could not get source code")

    monkeypatch.setattr(inspect, "getsource", no_source)
    assert function_key("cache_data", member) == function_key("cache_data", member)
    assert function_key("cache_data", member) != function_key("cache_data", other)


def test_bytecode_keys_are_stable_across_processes() -> None:
    program = (
        "from desk.cache.keys import _code_bytes\n"
        "import hashlib\n"
        "def member(x):\n"
        "    return x in {'north', 'south', 'east', 'west', 'up', 'down'}\n"
        "print(hashlib.sha256(_code_bytes(member.__code__)).hexdigest())\n"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", program],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(seen) == 1
