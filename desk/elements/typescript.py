"""``python -m desk.elements.typescript``: the frontend's props types and schemas, from the node definitions.

It writes ``frontend/src/nodes.gen.ts``: for each node type, a props interface (each field
with its description) and a ``NodeSpec`` holding the type's name and a runtime schema that
``NodeView`` checks the props against before the component draws them. ``--check`` exits 1
when the file is stale; CI runs it through ``scripts/check.sh``.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re
import textwrap
import types
import typing
from typing import Any, Literal, Union

from desk.elements.definitions import DEFINITIONS, NodeDef, WidgetState, is_omitted
from desk.protocol import BinaryPayload, ts_type, write_generated

TYPESCRIPT_PATH = "frontend/src/nodes.gen.ts"
"""Where the generator writes, relative to the repository root."""

FAMILIES = (
    "desk.elements.text",
    "desk.elements.widgets.buttons",
    "desk.elements.widgets.choice",
    "desk.elements.widgets.groups",
    "desk.elements.widgets.menus",
    "desk.elements.widgets.numeric",
    "desk.elements.widgets.paging",
    "desk.elements.widgets.temporal",
    "desk.elements.widgets.text",
    "desk.elements.widgets.uploads",
    "desk.elements.status",
    "desk.elements.layout",
    "desk.elements.grid",
    "desk.elements.skeleton",
    "desk.elements.chat",
    "desk.elements.media",
    "desk.elements.display_props",
    "desk.elements.chart_props",
    "desk.elements.data_props",
    "desk.components.v1",
    "desk.components.v2",
)
"""The modules whose import defines every node type."""

SCHEMA_CHECKS = (
    "any", "arrayOf", "binaryRef", "bool", "literal", "nullable", "num", "obj", "oneOf", "optional", "shape", "str",
)  # fmt: skip
"""The checks of ``frontend/src/utils/schema.ts`` the generated schemas may use."""


def definitions() -> dict[str, NodeDef[Any]]:
    """Every node definition, by type, in the order of their names."""
    for module in FAMILIES:
        importlib.import_module(module)
    return dict(sorted(DEFINITIONS.items()))


def field_docs(cls: type[Any]) -> dict[str, str]:
    """The one-line docstring under each field of a dataclass and of its bases."""
    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__) if not typing.is_typeddict(cls) else [cls]:
        if not (dataclasses.is_dataclass(klass) or typing.is_typeddict(klass)) or klass.__module__ == "builtins":
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(klass)))
        body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
        for stmt, after in zip(body, [*body[1:], None], strict=True):
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str):
                    docs[stmt.target.id] = after.value.value.strip()
    return docs


def schema_check(hint: Any) -> str:
    """The runtime check (from ``utils/schema.ts``) of a value of this Python type."""
    if hint is Any or hint is object:
        return "any"
    simple = {str: "str", int: "num", float: "num", bool: "bool"}
    if hint in simple:
        return simple[hint]
    if hint is BinaryPayload:
        return "binaryRef"
    if typing.is_typeddict(hint):
        hints = typing.get_type_hints(hint)
        keys = [
            f"{name}: {schema_check(sub) if name in hint.__required_keys__ else _optional(schema_check(sub))}"
            for name, sub in hints.items()
        ]
        return "shape({ " + ", ".join(keys) + " })"
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Literal:
        return "literal(" + ", ".join(f'"{v}"' if isinstance(v, str) else str(v).lower() for v in args) + ")"
    if origin is Union or origin is types.UnionType:
        rest = [arg for arg in args if arg is not type(None)]
        if {float, int} <= set(rest):
            rest = [arg for arg in rest if arg is not int]
        inner = schema_check(rest[0]) if len(rest) == 1 else "oneOf(" + ", ".join(map(schema_check, rest)) + ")"
        return f"nullable({inner})" if len(rest) < len(args) else inner
    if origin in (list, tuple):
        return f"arrayOf({schema_check(args[0])})" if args else "arrayOf(any)"
    if origin is dict:
        return "obj"
    raise TypeError(f"no schema check for {hint!r}")


def _optional(check: str) -> str:
    inner = check.removeprefix("nullable(").removesuffix(")") if check.startswith("nullable(") else check
    return f"optional({inner})"


def typed_dicts(hint: Any) -> list[type[Any]]:
    """The TypedDicts a type refers to, innermost first."""
    if typing.is_typeddict(hint):
        found = [inner for sub in typing.get_type_hints(hint).values() for inner in typed_dicts(sub)]
        return [*found, hint]
    return [inner for arg in typing.get_args(hint) for inner in typed_dicts(arg)]


def _typed_dict_interface(cls: type[Any]) -> str:
    docs = field_docs(cls)
    lines = [f"/** {(cls.__doc__ or '').strip().splitlines()[0]} */", f"export interface {cls.__name__} {{"]
    for name, hint in typing.get_type_hints(cls).items():
        if name not in docs:
            raise ValueError(f"{cls.__name__}.{name} has no docstring: add one line under the field")
        mark = "" if name in cls.__required_keys__ else "?"
        lines += [f"  /** {docs[name].replace('``', '`')} */", f"  {name}{mark}: {ts_type(hint, named=False)};"]
    lines.append("}\n")
    return "\n".join(lines)


def _interface(definition: NodeDef[Any]) -> tuple[str, str]:
    cls = definition.props
    hints = typing.get_type_hints(cls)
    docs = field_docs(cls)
    fields: list[tuple[str, Any, str, bool]] = []
    if definition.widget:
        state_hints = typing.get_type_hints(WidgetState)
        state_docs = field_docs(WidgetState)
        own = {item.name for item in dataclasses.fields(cls)}
        for item in dataclasses.fields(WidgetState):
            if item.name in own:  # a container widget's own label
                continue
            hint = definition.value if item.name == "value" else state_hints[item.name]
            fields.append((item.name, hint, state_docs[item.name], is_omitted(item) or definition.optional_widget))
    for item in dataclasses.fields(cls):
        if item.name not in docs:
            raise ValueError(f"{cls.__name__}.{item.name} has no docstring: add one line under the field")
        fields.append((item.name, hints[item.name], docs[item.name], is_omitted(item)))
    name = f"{definition.type}Props"
    summary = (cls.__doc__ or "").strip().splitlines()[0]
    lines = [f"/** {summary} */", f"export interface {name} {{"]
    checks = []
    for field_name, hint, doc, omit in fields:
        lines.append(f"  /** {doc.replace('``', '`')} */")
        spelled = ts_type(hint, named=False)
        if omit:
            spelled = spelled.removesuffix(" | null")
        lines.append(f"  {field_name}{'?' if omit else ''}: {spelled};")
        check = schema_check(hint)
        if omit:
            check = _optional(check)
        checks.append(f"    {field_name}: {check},")
    lines.append("}\n")
    spec = [
        f"export const {definition.type}: NodeSpec<{name}> = {{",
        f'  type: "{definition.type}",',
        *(["  sizesItself: true,"] if definition.sizes_itself else []),
        "  schema: {",
        *checks,
        "  },",
        "};\n",
    ]
    return "\n".join(lines), "\n".join(spec)


def typescript() -> str:
    """The text of ``nodes.gen.ts``."""
    defs = definitions()
    body: list[str] = []
    checks: list[str] = []
    nested: list[type[Any]] = []
    for definition in defs.values():
        hints = [*typing.get_type_hints(definition.props).values(), definition.value]
        for hint in hints:
            nested += [cls for cls in typed_dicts(hint) if cls not in nested]
    body += [_typed_dict_interface(cls) for cls in nested]
    for definition in defs.values():
        interface, spec = _interface(definition)
        body += [interface, spec]
        checks += [line.split(": ", 1)[1] for line in spec.splitlines() if line.startswith("    ")]
    text = "\n".join(body)
    used = [name for name in SCHEMA_CHECKS if any(re.search(rf"\b{name}\b", check) for check in checks)]
    out = ["// Generated from the node definitions in desk/elements by `python -m desk.elements.typescript`. Do not edit.\n"]
    if "BinaryRef" in text:
        out.append('import type { BinaryRef } from "./protocol.gen";')
    out.append("import { " + ", ".join(used) + ', type NodeSpec } from "./utils/schema";\n')
    out += body
    names = "\n".join(f'  "{name}",' for name in defs)
    out.append(f"/** Every node type with a definition. */\nexport const NODE_TYPES = [\n{names}\n] as const;\n")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys
    from pathlib import Path

    parser = argparse.ArgumentParser(
        prog="python -m desk.elements.typescript", description="Generate the frontend's node props and schemas."
    )
    parser.add_argument("--typescript", action="store_true", help=f"write {TYPESCRIPT_PATH}")
    parser.add_argument("--check", action="store_true", help="exit 1 when the generated file is stale")
    parser.add_argument("--out", default=None, help=f"file to write or check (default: {TYPESCRIPT_PATH})")
    args = parser.parse_args(argv)
    if not args.typescript and not args.check:
        parser.print_help(sys.stderr)
        return 2
    out = Path(args.out) if args.out else Path(__file__).resolve().parents[2] / TYPESCRIPT_PATH
    return write_generated(out, typescript(), check=args.check, command="python -m desk.elements.typescript --typescript")


if __name__ == "__main__":
    raise SystemExit(main())
