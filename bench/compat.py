"""Differential test against Streamlit: record Streamlit's trees, compare desk's (issue 15).

The apps are desk's own small scripts in ``tests/compat/apps/`` (one or more per public
``st.*`` function, some with ``# step:`` interactions). Recording runs each through
``streamlit.testing.v1.AppTest`` and writes every tree to ``tests/compat/streamlit_trees.json``;
``tests/compat/test_compat_streamlit.py`` compares desk's trees with that file, so CI
needs no Streamlit.

    bench/.venv-streamlit/bin/python bench/compat.py --record        # re-record every app
    bench/.venv-streamlit/bin/python bench/compat.py --record a b    # re-record apps a and b
    python bench/compat.py                                           # desk against the recording
    python bench/compat.py --report -v                               # ... with each mismatch

The report prints: apps, apps Streamlit runs, apps desk runs (of those), trees matching.

``--dir DIR`` does the same for any folder of scripts (a held-out set, e.g. Streamlit's
documentation examples): the recording goes to ``DIR/streamlit_trees.json``, each app runs
with DIR as working directory, there are no known differences, and ``-v`` prints each
failure and difference (the figures alone otherwise). Both engines run with ``PYTHONHASHSEED=0``
(set unless given), so a set's order is the same in both. An app whose first run shows a
missing Python module (``No module named ...``) in either engine tests the environment, not
the engine: it is counted apart, as "environment", and left out of the figures. A tree that
differs only in the text of an ``exception`` element (desk writes its own error messages)
is counted in "matching, wording aside". The last line gives the figures again for the
apps whose Streamlit trees hold no ``exception`` element at all ("clean"): an app that
fails in Streamlit 1.67 (a removed ``st.experimental_*`` name, a missing data file) is not
one that Streamlit runs in the sense of the issue, and desk may do better there.

    bench/.venv-streamlit/bin/python bench/compat.py --dir /tmp/examples --record
    python bench/compat.py --dir /tmp/examples -v
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COMPAT = ROOT / "tests" / "compat"
sys.path.insert(0, str(COMPAT))

import compat_harness as harness  # noqa: E402


def record(names: list[str]) -> None:
    """Run the apps through Streamlit's AppTest and write (or update) the fixture."""
    logging.disable(logging.CRITICAL)  # not bare mode's warnings, nor the apps' own tracebacks
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    every = harness.app_names()
    unknown = sorted(set(names) - set(every))
    if unknown:
        raise SystemExit(f"no such app: {', '.join(unknown)} (apps are in {harness.APPS})")
    old: dict[str, Any] = {}
    if names and harness.FIXTURE.exists():
        old = json.loads(harness.FIXTURE.read_text())["apps"]
    apps: dict[str, Any] = {name: old[name] for name in every if name in old}
    for name in names or every:
        # Streamlit's caches live in the process: every app starts with empty ones, as in desk.
        st.cache_data.clear()
        st.cache_resource.clear()
        apps[name] = harness.run_app(name, AppTest, harness.streamlit_tree)
        print(
            f"{name:40} {'runs' if apps[name]['runs'] else 'FAILS: ' + str(apps[name]['error'])}", flush=True
        )
    fixture = {"streamlit": st.__version__, "apps": {name: apps[name] for name in sorted(apps)}}
    harness.FIXTURE.write_text(json.dumps(fixture, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {harness.FIXTURE} ({len(apps)} apps, Streamlit {st.__version__})")


def known_differences() -> dict[str, str]:
    """The test's ``KNOWN_DIFFERENCES`` (app -> reason)."""
    spec = importlib.util.spec_from_file_location(
        "test_compat_streamlit", COMPAT / "test_compat_streamlit.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.KNOWN_DIFFERENCES)


def missing_module(result: dict[str, Any]) -> str | None:
    """The ``No module named ...`` error an app's first run shows, if any."""
    if not result["trees"]:
        return None
    found: list[str] = []

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            value = node.get("value")
            if node["type"] == "exception" and isinstance(value, str) and value.startswith("No module named"):
                found.append(value)
            walk(node.get("children", []))

    for nodes in result["trees"][0].values():
        walk(nodes)
    return found[0] if found else None


def has_exception(result: dict[str, Any]) -> bool:
    """Whether any tree of ``result`` holds an ``exception`` element."""
    return '"type": "exception"' in json.dumps(result["trees"])


def without_exception_text(result: dict[str, Any]) -> dict[str, Any]:
    """``result`` with the text of every ``exception`` element blanked."""

    def blank(node: Any) -> Any:
        if isinstance(node, list):
            return [blank(item) for item in node]
        if isinstance(node, dict):
            if node.get("type") == "exception":
                return {**node, "value": ""}
            return {key: blank(value) for key, value in node.items()}
        return node

    return {**result, "trees": blank(result["trees"])}


def report(verbose: bool, names: list[str], held_out: bool = False) -> int:
    """Run desk on every recorded app, compare, print the figures; 1 when an unknown mismatch.

    ``held_out`` (a folder given with ``--dir``): no known differences, and a difference is
    printed only when ``verbose``.
    """
    from desk.testing import AppTest

    fixture = json.loads(harness.FIXTURE.read_text())
    recorded: dict[str, Any] = fixture["apps"]
    known = {} if held_out else known_differences()
    every = harness.app_names()
    streamlit_runs = desk_runs = matching = wording = environment = 0
    clean = clean_runs = clean_matching = 0
    unexpected: list[str] = []
    for name in names or every:
        expected = recorded.get(name)
        if expected is None or expected["source"] != harness.source_hash(name):
            print(f"{name:40} NOT RECORDED (or changed since): re-record with --record {name}")
            unexpected.append(name)
            continue
        if not expected["runs"]:
            if verbose or not held_out:
                print(f"{name:40} Streamlit fails: {expected['error']}")
            continue
        actual = harness.run_app(name, AppTest, harness.desk_tree)
        missing = (missing_module(expected) or missing_module(actual)) if held_out else None
        if missing is not None:
            environment += 1
            side = "Streamlit's" if missing_module(expected) else "desk's"
            if verbose:
                print(f"{name:40} environment: {missing} in {side} environment")
            continue
        streamlit_runs += 1
        desk_runs += actual["runs"]
        difference = harness.compare(expected, actual)
        matching += difference is None
        reworded = difference is not None and (
            harness.compare(without_exception_text(expected), without_exception_text(actual)) is None
        )
        wording += difference is None or reworded
        if not has_exception(expected):
            clean += 1
            clean_runs += actual["runs"]
            clean_matching += difference is None
        mark = "known" if name in known else ("wording" if held_out and reworded else "NEW")
        if difference is None:
            if name in known:
                print(f"{name:40} matches, but is listed in KNOWN_DIFFERENCES: remove it")
                unexpected.append(name)
        else:
            if name not in known:
                unexpected.append(name)
            if verbose or (name not in known and not held_out):
                print(f"{name:40} {mark}: {difference}")
    total = len(names or every)
    print()
    print(f"apps:              {total}")
    print(f"Streamlit runs:    {streamlit_runs}")
    print(f"desk runs:         {desk_runs} of {streamlit_runs}")
    print(f"trees matching:    {matching} of {streamlit_runs}")
    print(f"matching, wording aside: {wording} of {streamlit_runs} (exception texts not compared)")
    print(f"clean in Streamlit: {clean}; desk runs {clean_runs}, trees matching {clean_matching}")
    if held_out:
        print(f"environment:       {environment} (a module missing in one environment; not counted)")
    else:
        print(f"known differences: {len(known)}")
    if unexpected and not held_out:
        print(f"unexpected:        {', '.join(unexpected)}")
    return 1 if unexpected else 0


def _fixed_hash_seed() -> None:
    """Run again with ``PYTHONHASHSEED=0`` unless it is set: a set's order (``st.write({"a", "b"})``,
    ``st.data_editor`` of a set) follows string hashes, which differ per process otherwise, so the
    two engines would list the same set in different orders by chance."""
    if os.environ.get("PYTHONHASHSEED") is None:
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})


def main() -> int:
    _fixed_hash_seed()
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--record", action="store_true", help="run the apps through Streamlit (its venv's Python)"
    )
    parser.add_argument("--report", action="store_true", help="compare desk with the recording (the default)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print the known differences")
    parser.add_argument(
        "--dir", type=Path, help="run the scripts of this folder instead of tests/compat/apps"
    )
    parser.add_argument("apps", nargs="*", help="only these apps (file names without .py)")
    args = parser.parse_args()
    if args.dir is not None:
        if not args.dir.is_dir():
            raise SystemExit(f"no such folder: {args.dir}")
        harness.use_folder(args.dir)
    if args.record:
        record(args.apps)
        return 0
    return report(args.verbose, args.apps, held_out=args.dir is not None)


if __name__ == "__main__":
    sys.exit(main())
