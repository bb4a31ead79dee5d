"""Records Streamlit's public API and config options, for desk's parity test (issue 15).

Run it with the Python of the Streamlit environment, from the repository root::

    bench/.venv-streamlit/bin/python bench/record_streamlit_api.py

It writes two files and prints what it recorded:

- ``tests/unit/streamlit_api.json``: every public name of ``streamlit``,
  ``streamlit.column_config``, ``streamlit.components.v1``, ``streamlit.components.v2`` and
  the methods of a container (``DeltaGenerator``: what ``st.sidebar.X`` offers), each with
  its kind and, for a callable, every parameter (name, kind, whether it has a default); and
  the exception classes of ``streamlit.errors``, which scripts import to catch.
  ``tests/unit/test_streamlit_api.py`` checks desk against it.
- ``desk/runtime/streamlit_options.py``: the name and default value of every config option,
  which ``st.get_option`` answers for options desk has no setting of its own for.

Only names, parameter shapes and default values are recorded: no code or text of Streamlit.
It imports nothing from desk, so it runs in an environment without desk.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import sys
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
API_FILE = ROOT / "tests" / "unit" / "streamlit_api.json"
OPTIONS_FILE = ROOT / "desk" / "runtime" / "streamlit_options.py"
NAMESPACES = ("streamlit", "streamlit.column_config", "streamlit.components.v1", "streamlit.components.v2")
CONTAINER = "DeltaGenerator"
ERRORS = "streamlit.errors"


def parameters(func: Any) -> list[dict[str, Any]] | None:
    """Each parameter of ``func`` as name, kind and whether it has a default (None if it has no signature)."""
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    params = list(signature.parameters.values())
    if params and params[0].name == "self":
        params = params[1:]  # a method, as called on its object: c.button(...), components.html(...)
    return [
        {"name": p.name, "kind": p.kind.name, "default": p.default is not inspect.Parameter.empty}
        for p in params
        if not p.name.startswith("_")  # private parameters (st.spinner's _cache) are not API
    ]


def describe(value: Any) -> dict[str, Any]:
    """The kind of a public name and, when it can be called, its parameters."""
    if isinstance(value, types.ModuleType):
        return {"kind": "module"}
    if isinstance(value, property):
        return {"kind": "property"}
    if inspect.isclass(value):
        kind = "class"
    elif inspect.isroutine(value):
        kind = "function"
    else:
        kind = "object"
    entry: dict[str, Any] = {"kind": kind}
    if callable(value):
        params = parameters(value)
        if params is not None:
            entry["parameters"] = params
    return entry


def public_names(module: types.ModuleType) -> list[str]:
    """The module's ``__all__`` if it has one, else every name without a leading underscore."""
    names = getattr(module, "__all__", None)
    if names is None:
        names = [name for name in dir(module) if not name.startswith("_")]
    return sorted(set(names))


def record_api() -> dict[str, Any]:
    import streamlit
    from streamlit.delta_generator import DeltaGenerator

    namespaces: dict[str, dict[str, Any]] = {}
    for module_name in NAMESPACES:
        module = importlib.import_module(module_name)
        namespaces[module_name] = {name: describe(getattr(module, name)) for name in public_names(module)}
    errors = importlib.import_module(ERRORS)
    namespaces[ERRORS] = {
        name: {"kind": "class"}  # scripts import and catch these; their constructors are Streamlit's business
        for name in public_names(errors)
        if inspect.isclass(getattr(errors, name)) and issubclass(getattr(errors, name), BaseException)
    }
    namespaces[CONTAINER] = {}
    for name in dir(DeltaGenerator):
        if name.startswith("_"):
            continue
        static = inspect.getattr_static(DeltaGenerator, name)
        namespaces[CONTAINER][name] = describe(static if isinstance(static, property) else getattr(DeltaGenerator, name))
    return {"streamlit_version": streamlit.__version__, "namespaces": namespaces}


def record_options() -> dict[str, Any]:
    """Every config option's static default (None where Streamlit computes it at run time)."""
    from streamlit import config

    config.get_config_options()  # builds the option table
    options: dict[str, Any] = {}
    for key, option in sorted(config._config_options_template.items()):
        value = option.default_val
        try:
            json.dumps(value)
        except TypeError:
            value = None
        options[key] = value
    return options


def literal(value: Any) -> str:
    """``value`` (JSON data) as Python source, with double-quoted strings as the formatter writes them."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def write_options(version: str, options: dict[str, Any]) -> None:
    lines = [
        f'"""The default value of each of Streamlit {version}\'s config options, by name.',
        "",
        "Generated by ``bench/record_streamlit_api.py``; do not edit. ``st.get_option`` answers from",
        "this table for an option desk has no setting of its own for (``desk.config.option_value``).",
        '"""',
        "",
        "from typing import Any",
        "",
        "STREAMLIT_OPTIONS: dict[str, Any] = {",
    ]
    for key, value in options.items():
        line = f"    {literal(key)}: {literal(value)},"
        if len(line) > 110 and isinstance(value, list):  # one item a line, as the formatter would
            line = "\n".join(
                [f"    {literal(key)}: [", *(f"        {literal(item)}," for item in value), "    ],"]
            )
        lines.append(line)
    lines += ["}", ""]
    OPTIONS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    api = record_api()
    API_FILE.write_text(json.dumps(api, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    options = record_options()
    write_options(api["streamlit_version"], options)
    for namespace, names in api["namespaces"].items():
        callables = sum(1 for entry in names.values() if "parameters" in entry)
        params = sum(len(entry.get("parameters", ())) for entry in names.values())
        print(f"{namespace}: {len(names)} names, {callables} callables, {params} parameters")
    print(f"config options: {len(options)}")
    version = api["streamlit_version"]
    print(f"wrote {API_FILE.relative_to(ROOT)} and {OPTIONS_FILE.relative_to(ROOT)} (Streamlit {version})")
    print("desk's side: python tests/unit/test_streamlit_api.py --summary")
    return 0


if __name__ == "__main__":
    sys.exit(main())
