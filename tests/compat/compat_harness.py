"""The differential test's shared code: run one app through an AppTest and describe its tree.

The same functions serve both engines: ``bench/compat.py --record`` runs them in the
Streamlit environment against ``streamlit.testing.v1.AppTest`` and writes
``streamlit_trees.json``; ``test_compat_streamlit.py`` and ``bench/compat.py --report`` run
them against ``desk.testing.AppTest`` and compare. So this module imports neither engine.

An app is a plain script in ``apps/``. Lines ``# step: <expression>`` in it are
interactions, evaluated in order after the first run with ``at`` bound to the AppTest and
``datetime`` imported (``# step: at.slider[0].set_value(7).run()``); the tree is recorded
after the first run and after each step.

``use_folder`` points the same functions at another folder of scripts (``bench/compat.py
--dir``): its fixture is then a JSON file inside that folder, and each app runs with the
folder as working directory, as a script run by ``streamlit run`` from there would; a
sub-folder is an app of its own (often a multipage one), run in its sub-folder, when it holds
a ``streamlit_app.py``, an ``app.py`` or a single script (``sub/streamlit_app``, ``hello/hello``). Before
each run the ``random`` and NumPy generators are seeded, so apps drawing random data give
both engines the same numbers.

A tree is a dict ``{"main": [...], "sidebar": [...], "event": [...], "bottom": [...]}``
of nodes. A node is ``{"type": ...}`` plus, when the element has them, ``"value"`` and
``"label"`` (and for a few types one more text attribute, ``EXTRA``), and for a
container its ``"children"``. Values are made JSON-safe by ``plain`` and nothing else is
normalised: element naming is the only difference a comparison may forgive, through
``NAME_MAP`` (empty: desk's AppTest uses Streamlit 1.67's names). A node is compared on
the attributes Streamlit's AppTest has for it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

APPS = Path(__file__).resolve().parent / "apps"
FIXTURE = Path(__file__).resolve().parent / "streamlit_trees.json"
ROOTS = ("main", "sidebar", "event", "bottom")
STEP = re.compile(r"^# step: (.+)$", re.MULTILINE)
TIMEOUT = 60.0
MAX_ROWS = 30
WORKDIR: Path | None = None
"""The working directory apps run in; None keeps the caller's (desk's own apps)."""
FOLDER_FIXTURE = "streamlit_trees.json"
"""The fixture's file name inside a folder given to ``use_folder``."""

EXTRA: dict[str, tuple[str, ...]] = {
    "metric": ("delta",),
    "chat_message": ("name",),
    "code": ("language",),
    "selectbox": ("options",),
    "radio": ("options",),
    "multiselect": ("options",),
    "select_slider": ("options",),
    "button_group": ("options",),
}
"""Text attributes recorded beside ``value`` and ``label``, by element type."""


def use_folder(folder: Path) -> None:
    """Run the scripts of ``folder`` instead of ``apps/``, recording into a JSON file inside it."""
    global APPS, FIXTURE, WORKDIR
    APPS = folder.resolve()
    FIXTURE = APPS / FOLDER_FIXTURE
    WORKDIR = APPS


def app_names() -> list[str]:
    """Every app's name (its file name without ``.py``), sorted; in a folder, also its sub-folders' apps."""
    names = [path.stem for path in APPS.glob("*.py")]
    if WORKDIR is not None:
        names += [f"{entry.parent.name}/{entry.stem}" for entry in map(_entry, APPS.iterdir()) if entry]
    return sorted(names)


def _entry(folder: Path) -> Path | None:
    """A sub-folder's main script: its ``streamlit_app.py`` or ``app.py``, else its only script; or None."""
    if not folder.is_dir():
        return None
    for name in ("streamlit_app.py", "app.py"):
        if (folder / name).is_file():
            return folder / name
    scripts = list(folder.glob("*.py"))
    return scripts[0] if len(scripts) == 1 else None


def app_path(name: str) -> Path:
    return APPS / f"{name}.py"


def source_hash(name: str) -> str:
    """A short hash of the app's source: a recording is stale when it changed."""
    return hashlib.sha256(app_path(name).read_bytes()).hexdigest()[:16]


def steps(name: str) -> list[str]:
    """The interactions written in the app as ``# step:`` lines."""
    return [match.group(1).strip() for match in STEP.finditer(app_path(name).read_text())]


def plain(value: Any) -> Any:
    """``value`` as JSON data: dates as ISO text, frames as columns and rows, others by type name."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted((plain(item) for item in value), key=repr)
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return {"iso": value.isoformat()}
    if type(value).__name__ == "DataFrame" and hasattr(value, "to_dict"):
        head = value.head(MAX_ROWS)
        return {
            "frame": {
                "columns": [str(c) for c in head.columns],
                "rows": len(value),
                "data": [[_cell(cell) for cell in row] for row in head.itertuples(index=False)],
            }
        }
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        try:
            return plain(value.item())
        except (TypeError, ValueError):
            pass
    return {"object": type(value).__name__}


def _cell(value: Any) -> Any:
    """A frame cell: missing values as None, anything not JSON-native as its text."""
    try:
        if value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("<NA>", "NaT"):
            return None
    except (TypeError, ValueError):
        pass
    converted = plain(value)
    return converted if not isinstance(converted, dict) else str(value)


def _read(node: Any, name: str) -> tuple[bool, Any]:
    try:
        value = getattr(node, name)
    except Exception:  # an attribute an element lacks, or one that fails to decode
        return False, None
    if callable(value):
        return False, None
    return True, plain(value)


def describe(node: Any, node_type: str, children: list[Any] | None) -> dict[str, Any]:
    """One node of the tree: its type, its text attributes, its children described already."""
    found: dict[str, Any] = {"type": node_type}
    if children is None:
        ok, value = _read(node, "value")
        if ok:
            found["value"] = value
    for name in ("label", *EXTRA.get(node_type, ())):
        ok, value = _read(node, name)
        if ok and value is not None:
            found[name] = value
    if children is not None:
        found["children"] = children
    return found


# ------------------------------------------------------------------------- the engines


def streamlit_tree(at: Any) -> dict[str, Any]:
    """The tree of a ``streamlit.testing.v1.AppTest``."""

    def walk(node: Any) -> dict[str, Any]:
        kids = getattr(node, "children", None)
        children = [walk(kids[index]) for index in sorted(kids)] if isinstance(kids, dict) else None
        return describe(node, str(node.type), children)

    roots = at._tree.children
    return {
        name: [walk(child) for _, child in sorted(roots[index].children.items())] if index in roots else []
        for index, name in enumerate(ROOTS)
    }


def desk_tree(at: Any) -> dict[str, Any]:
    """The tree of a ``desk.testing.AppTest``."""
    from desk.protocol import ROOT_BOTTOM, ROOT_EVENT, ROOT_MAIN, ROOT_SIDEBAR

    def walk(element: Any) -> dict[str, Any]:
        children = [walk(child) for child in element.children] if element.node.block else None
        return describe(element, str(element.type), children)

    view = at.session.view
    roots = dict(zip(ROOTS, (ROOT_MAIN, ROOT_SIDEBAR, ROOT_EVENT, ROOT_BOTTOM), strict=True))
    return {
        name: [walk(at._wrap(path, node)) for path, node in view.children((root,))]
        for name, root in roots.items()
    }


def run_app(name: str, app_test: Any, tree: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    """Run app ``name`` and its steps; ``{"runs", "error", "trees", "source"}``.

    ``runs`` is False when the first run or a step raised (the error's type and text are
    kept, and the trees recorded until then). An exception the script raises is not a
    failure: both engines show it as an ``exception`` element.
    """
    result: dict[str, Any] = {"source": source_hash(name), "runs": True, "error": None, "trees": []}
    _seed()
    with warnings.catch_warnings(), _working_directory(app_path(name).parent if WORKDIR else None):
        warnings.simplefilter("ignore")
        try:
            at = app_test.from_file(str(app_path(name)), default_timeout=TIMEOUT)
            at.run()
            result["trees"].append(tree(at))
            for step in steps(name):
                eval(step, {"at": at, "datetime": dt})
                result["trees"].append(tree(at))
        except Exception as error:
            result["runs"] = False
            result["error"] = f"{type(error).__name__}: {error}"
    return result


def _seed() -> None:
    """The same random numbers for every run of an app, in either engine."""
    random.seed(0)
    try:
        import numpy
    except ImportError:  # an environment without NumPy has no NumPy generator to seed
        return
    numpy.random.seed(0)


@contextlib.contextmanager
def _working_directory(folder: Path | None) -> Iterator[None]:
    """Run in ``folder`` (when given), back in the caller's directory afterwards."""
    if folder is None:
        yield
        return
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def rename(tree: Any, names: dict[str, str]) -> Any:
    """``tree`` with element types renamed by ``names`` (desk's name -> Streamlit's)."""
    if isinstance(tree, list):
        return [rename(item, names) for item in tree]
    if isinstance(tree, dict):
        return {
            key: (names.get(value, value) if key == "type" else rename(value, names))
            for key, value in tree.items()
        }
    return tree


def first_difference(expected: Any, actual: Any, where: str = "") -> str | None:
    """Where two trees first differ, as a short path and both sides; None when equal.

    A node is compared on what Streamlit's AppTest shows of it: an attribute only desk's
    element has (a popover's ``label``) is not a difference.
    """
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            if key not in actual:
                return f"{where}.{key}: missing in desk (Streamlit: {_short(expected[key])})"
            found = first_difference(expected[key], actual[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        for index, (left, right) in enumerate(zip(expected, actual, strict=False)):
            found = first_difference(left, right, f"{where}[{index}]")
            if found:
                return found
        if len(expected) != len(actual):
            extra = expected[len(actual) :] or actual[len(expected) :]
            side = "Streamlit" if len(expected) > len(actual) else "desk"
            return f"{where}: {side} has {abs(len(expected) - len(actual))} more: {_short(extra)}"
        return None
    if expected != actual or type(expected) is not type(actual):
        return f"{where}: Streamlit {_short(expected)} != desk {_short(actual)}"
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."


NAME_MAP: dict[str, str] = {}
"""desk's AppTest element name -> Streamlit's, where they still differ: none today, and it should stay so."""


def compare(expected: dict[str, Any], actual: dict[str, Any]) -> str | None:
    """How desk's result (``actual``) differs from Streamlit's recorded one; None when it does not."""
    if expected["runs"] and not actual["runs"]:
        done = len(actual["trees"])
        return f"desk fails at {'the first run' if done == 0 else f'step {done}'}: {actual['error']}"
    trees = rename(json.loads(json.dumps(actual["trees"])), NAME_MAP)
    for index, (left, right) in enumerate(zip(expected["trees"], trees, strict=False)):
        found = first_difference(left, right, "run" if index == 0 else f"step {index}")
        if found:
            return found
    if len(expected["trees"]) != len(trees):
        return f"Streamlit recorded {len(expected['trees'])} trees, desk {len(trees)}"
    return None
