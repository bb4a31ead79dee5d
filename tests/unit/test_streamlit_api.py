"""Every public name of Streamlit 1.67, with every parameter, is in desk or explained (issue 15).

``streamlit_api.json`` is recorded from Streamlit by ``bench/record_streamlit_api.py``: the
public names of ``streamlit``, ``streamlit.column_config``, ``streamlit.components.v1``,
``streamlit.components.v2`` and of a container (``st.sidebar.X``), each callable with its
parameters (name, kind, whether it has a default), and the exception classes of
``streamlit.errors``. For each name desk must either

- implement it: the name resolves, accepts every parameter by the same name, takes
  Streamlit's positional parameters in the same order, and has a default wherever
  Streamlit has one (a ``streamlit.X`` module resolves through the runner's aliases); or
- list it in README.md's table "Not applicable to a desktop app", with a reason; or
- be in ``NOT_YET_BUILT`` below while someone builds it (an expected failure, shown by
  ``-ra``; the list may only shrink: a name that starts to pass fails until removed).

Parameters desk accepts but ignores with a warning (``desk.tolerated``) are listed in
``TOLERATED_FOR_NOW``, which may only shrink too. ``python tests/unit/test_streamlit_api.py
--summary`` prints the counts.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import desk
from desk.runtime.alias import ALIASES
from desk.runtime.emitter import Container

RECORD: dict[str, Any] = json.loads(Path(__file__).with_name("streamlit_api.json").read_text(encoding="utf-8"))
README = Path(__file__).resolve().parents[2] / "README.md"
NOT_APPLICABLE_HEADING = "### Not applicable to a desktop app"

# Names other work is building now: name (as ``Item.key`` spells it) -> who or what.
NOT_YET_BUILT: dict[str, str] = {}

# Parameters desk accepts and ignores with one warning (desk.tolerated), as "function.parameter".
TOLERATED_FOR_NOW: frozenset[str] = frozenset({
    "fragment.parallel",
})  # fmt: skip

_POSITIONAL = {"POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD"}
_VARIADIC = {"VAR_POSITIONAL", "VAR_KEYWORD"}


@dataclass(frozen=True)
class Item:
    """One recorded Streamlit name."""

    namespace: str
    name: str
    entry: dict[str, Any]

    @property
    def shown(self) -> str:
        """How the README names it: ``st.button``, ``st.column_config.TextColumn``, ``streamlit.net_util``."""
        if self.namespace == "streamlit":
            return f"streamlit.{self.name}" if self.entry["kind"] == "module" else f"st.{self.name}"
        if self.namespace == "DeltaGenerator":
            return f"st.sidebar.{self.name}"
        if self.namespace == "streamlit.errors":
            return f"streamlit.errors.{self.name}"
        return f"st.{self.namespace.removeprefix('streamlit.')}.{self.name}"

    @property
    def key(self) -> str:
        """Its key in ``NOT_YET_BUILT``: ``skeleton`` (also for containers), ``column_config.AudioColumn``."""
        if self.namespace in ("streamlit", "DeltaGenerator"):
            return self.name
        return f"{self.namespace.removeprefix('streamlit.')}.{self.name}"


def items() -> Iterator[Item]:
    for namespace, names in RECORD["namespaces"].items():
        for name, entry in names.items():
            yield Item(namespace, name, entry)


def not_applicable(text: str) -> dict[str, str]:
    """The names in README's "Not applicable" table (several may share a row) with their reason."""
    section = text.split(NOT_APPLICABLE_HEADING, 1)[1].split("\n#", 1)[0]
    found: dict[str, str] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0].startswith("`"):
            continue
        for name in re.findall(r"`([^`]+)`", cells[0]):
            found[name] = cells[1]
    return found


NOT_APPLICABLE = not_applicable(README.read_text(encoding="utf-8"))


def desk_object(item: Item) -> Any:
    """desk's counterpart of ``item``; AttributeError when desk has none."""
    if item.entry["kind"] == "module":
        target = ALIASES.get(f"streamlit.{item.name}")
        if target is None:
            raise AttributeError(f"no alias for streamlit.{item.name}")
        return importlib.import_module(target)
    if item.namespace == "streamlit":
        return getattr(desk, item.name)
    if item.namespace == "DeltaGenerator":
        static = inspect.getattr_static(Container, item.name, None)
        if static is not None:
            return getattr(Container, item.name)
        func = getattr(desk, item.name)  # a container offers every st.* function (Container.__getattr__)
        if not callable(func) or isinstance(func, type):
            raise AttributeError(item.name)
        return func
    return getattr(importlib.import_module("desk." + item.namespace.removeprefix("streamlit.")), item.name)


def parameter_problems(streamlit_params: list[dict[str, Any]], func: Any) -> list[str]:
    """What keeps a call written for Streamlit's signature from working against ``func``'s."""
    try:
        ours = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return ["desk's counterpart has no signature"]
    if ours and ours[0].name == "self" and streamlit_params[:1] != [{"name": "self"}]:
        ours = ours[1:]  # a class's __init__ reached through a property or a descriptor
    by_name = {p.name: p for p in ours}
    kinds = {p.kind.name for p in ours}
    problems: list[str] = []
    positional = [p for p in ours if p.kind.name in _POSITIONAL]
    for index, param in enumerate(p for p in streamlit_params if p["kind"] in _POSITIONAL):
        if index >= len(positional) or positional[index].name != param["name"]:
            if "VAR_POSITIONAL" not in kinds or param["name"] in by_name:
                problems.append(f"positional parameter {index} is {param['name']!r} in Streamlit")
    for param in streamlit_params:
        name, kind = param["name"], param["kind"]
        if kind in _VARIADIC:
            if kind not in kinds:
                problems.append(f"Streamlit takes {'*' if kind == 'VAR_POSITIONAL' else '**'}{name}")
            continue
        mine = by_name.get(name)
        if mine is None:
            if kind == "POSITIONAL_ONLY" and "VAR_POSITIONAL" in kinds:
                continue
            problems.append(f"no parameter {name!r}")
            continue
        if kind != "POSITIONAL_ONLY" and mine.kind.name == "POSITIONAL_ONLY":
            problems.append(f"{name!r} cannot be passed by keyword")
        if param["default"] and mine.default is inspect.Parameter.empty:
            problems.append(f"{name!r} has no default")
    return problems


def tolerated_parameters() -> set[str]:
    """Every "function.parameter" desk currently accepts and ignores."""
    found: set[str] = set()
    for item in items():
        if item.shown in NOT_APPLICABLE or item.namespace == "DeltaGenerator":
            continue  # a container's methods are the st.* functions
        try:
            obj = desk_object(item)
        except (AttributeError, ImportError):
            continue
        for name in getattr(obj, "__desk_tolerated__", ()):
            found.add(f"{item.key}.{name}")
    return found


def _param(item: Item) -> Any:
    reason = NOT_YET_BUILT.get(item.key)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(item, marks=marks, id=item.shown)


def test_the_record_is_streamlit_1_67() -> None:
    assert RECORD["streamlit_version"] == "1.67.0"
    assert len(RECORD["namespaces"]["streamlit"]) > 100


@pytest.mark.parametrize("item", [_param(item) for item in items() if item.shown not in NOT_APPLICABLE])
def test_desk_implements_every_streamlit_name_with_every_parameter(item: Item) -> None:
    try:
        obj = desk_object(item)
    except (AttributeError, ImportError) as error:
        pytest.fail(f"{item.shown} is missing from desk ({error}); implement it or list it in README.md's table")
    if "parameters" in item.entry:
        problems = parameter_problems(item.entry["parameters"], obj)
        assert not problems, f"{item.shown}: " + "; ".join(problems)


def test_not_applicable_rows_name_streamlit_names_and_give_a_reason() -> None:
    recorded = {item.shown for item in items()}
    assert NOT_APPLICABLE, f"README.md has no table under {NOT_APPLICABLE_HEADING!r}"
    for name, reason in NOT_APPLICABLE.items():
        assert name in recorded, f"README.md lists {name}, which is not a recorded Streamlit name"
        assert len(reason) > 10, f"README.md gives no reason for {name}"
    overlap = {item.shown for item in items() if item.key in NOT_YET_BUILT} & set(NOT_APPLICABLE)
    assert not overlap, f"{sorted(overlap)} are both not applicable and not yet built"


def test_not_yet_built_names_are_recorded_names() -> None:
    keys = {item.key for item in items()}
    assert set(NOT_YET_BUILT) <= keys, sorted(set(NOT_YET_BUILT) - keys)


def test_tolerated_parameters_only_shrink() -> None:
    actual = tolerated_parameters()
    assert not actual - TOLERATED_FOR_NOW, f"newly ignored parameters: {sorted(actual - TOLERATED_FOR_NOW)}"
    assert not TOLERATED_FOR_NOW - actual, f"implemented now, remove from TOLERATED_FOR_NOW: {sorted(TOLERATED_FOR_NOW - actual)}"


def test_readme_points_at_the_tolerated_list() -> None:
    text = README.read_text(encoding="utf-8")
    assert "TOLERATED_FOR_NOW" in text and "tests/unit/test_streamlit_api.py" in text


def test_parameter_problems_names_what_breaks_a_call() -> None:
    def desk_like(label: str, value: int = 0, *, key: str | None = None) -> None: ...

    recorded = [
        {"name": "label", "kind": "POSITIONAL_OR_KEYWORD", "default": False},
        {"name": "value", "kind": "POSITIONAL_OR_KEYWORD", "default": True},
        {"name": "key", "kind": "KEYWORD_ONLY", "default": True},
    ]
    assert parameter_problems(recorded, desk_like) == []
    reordered = [recorded[1], recorded[0], recorded[2]]
    assert parameter_problems(reordered, desk_like) == [
        "positional parameter 0 is 'value' in Streamlit",
        "positional parameter 1 is 'label' in Streamlit",
    ]
    more = [*recorded, {"name": "help", "kind": "KEYWORD_ONLY", "default": True}, {"name": "kw", "kind": "VAR_KEYWORD", "default": False}]
    assert parameter_problems(more, desk_like) == ["no parameter 'help'", "Streamlit takes **kw"]

    def no_default(label: str, value: int) -> None: ...

    assert parameter_problems(recorded[:2], no_default) == ["'value' has no default"]


def summary() -> dict[str, int]:
    """How many recorded names desk implements, lists as not applicable, or is building; and ignored parameters."""
    counts = {"implemented": 0, "not applicable": 0, "not yet built": 0, "missing or incomplete": 0}
    for item in items():
        if item.shown in NOT_APPLICABLE:
            counts["not applicable"] += 1
        elif item.key in NOT_YET_BUILT:
            counts["not yet built"] += 1
        else:
            try:
                obj = desk_object(item)
                ok = "parameters" not in item.entry or not parameter_problems(item.entry["parameters"], obj)
            except (AttributeError, ImportError):
                ok = False
            counts["implemented" if ok else "missing or incomplete"] += 1
    counts["tolerated parameters"] = len(tolerated_parameters())
    return counts


if __name__ == "__main__":
    if sys.argv[1:] != ["--summary"]:
        sys.exit("usage: python tests/unit/test_streamlit_api.py --summary")
    total = sum(len(names) for names in RECORD["namespaces"].values())
    parts = ", ".join(f"{len(names)} in {namespace}" for namespace, names in RECORD["namespaces"].items())
    print(f"Streamlit {RECORD['streamlit_version']}: {total} public names ({parts})")
    for label, count in summary().items():
        print(f"  {label}: {count}")
