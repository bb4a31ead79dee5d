"""Checks that desk's packages import only from the layers below them, and that no modules import each other.

Every ``import`` statement counts, including those inside functions and under
``TYPE_CHECKING``: an import that runs late still makes the importing module depend on the
imported one. The layers, lowest first, are drawn in ``docs/architecture.md``; a module may
import from its own layer and from the layers below it.

Two modules of the same layer may still depend on each other only when the pair's cycle
is listed in ``KNOWN_CYCLES`` (the engine's core, which shares one run's state). The list
may only shrink: a listed cycle that no longer exists is reported too, so it gets removed.

Run ``python scripts/check_layers.py`` from the repository root; it exits 1 and names the
file and line of every offending import.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

# Lowest first. A name is a module or a package of desk (without the ``desk.`` prefix).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "protocol", "config", "durations", "tolerated", "emoji"),
    ("runtime",),
    ("elements", "column_config", "components"),
    ("cache",),
    ("connections", "compat"),
    ("testing",),
    ("server",),
    ("shell",),
    ("packager",),
    ("cli", "__main__"),
)

# ``desk`` itself is the public facade: it names each ``st.*`` function as a string and imports
# it on first use, so any layer may look a public name up through it (``col.button`` on a
# container, ``st.write`` dispatch) without depending on the layer that defines it.
FACADE = "desk"

# Cycles between modules of one layer that are not broken yet, each as its sorted members.
KNOWN_CYCLES: tuple[tuple[str, ...], ...] = (
    # The engine's core: a run's context names its session, the session starts runs.
    (
        "desk.runtime.context", "desk.runtime.emitter", "desk.runtime.fragments", "desk.runtime.pages",
        "desk.runtime.query_params", "desk.runtime.runner", "desk.runtime.session", "desk.runtime.state",
    ),
)  # fmt: skip


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, e.g. desk.runtime.session
    target: str  # the imported module
    where: str  # path:line


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def collect(root: Path) -> tuple[set[str], list[Import]]:
    """Every module under ``root`` and every import of one of them, wherever it sits."""
    paths = {module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    imports: list[Import] = []
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            for target in _targets(node, package, paths):
                if target != name:
                    imports.append(Import(name, target, f"{_shown(path)}:{node.lineno}"))
    return set(paths), imports


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _targets(node: ast.Import | ast.ImportFrom, package: str, modules: Mapping[str, Path]) -> Iterator[str]:
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            parts = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*parts, base] if base else parts)
        submodules = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules]
        # ``from desk import protocol`` imports desk.protocol; ``from desk import x`` imports desk.
        names = submodules if len(submodules) == len(node.names) else [base, *submodules]
    for name in names:
        while name not in modules and "." in name:
            name = name.rpartition(".")[0]
        if name in modules:
            yield name


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) < 2:
        return None
    for index, layer in enumerate(LAYERS):
        if parts[1] in layer:
            return index
    raise SystemExit(f"{module} is in no layer: add desk.{parts[1]} to LAYERS in {__file__}")


def upward_imports(imports: Iterable[Import]) -> list[str]:
    problems = []
    for imp in imports:
        if imp.target == FACADE:
            continue
        source, target = layer_of(imp.source), layer_of(imp.target)
        if source is not None and target is not None and target > source:
            problems.append(
                f"{imp.where}: {imp.source} (layer {source}: {', '.join(LAYERS[source])}) imports "
                f"{imp.target} (layer {target}: {', '.join(LAYERS[target])}), a higher layer"
            )
    return problems


def cycles(modules: Iterable[str], imports: Iterable[Import]) -> list[tuple[str, ...]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    graph: dict[str, set[str]] = {module: set() for module in modules}
    for imp in imports:
        if imp.target != FACADE and imp.source != FACADE:
            graph[imp.source].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[tuple[str, ...]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(tuple(sorted(group)))
    return sorted(found)


def problems(root: Path, known: Iterable[tuple[str, ...]] = KNOWN_CYCLES) -> list[str]:
    known = list(known)
    modules, imports = collect(root)
    found = upward_imports(imports)
    current = cycles(modules, imports)
    for group in current:
        if group not in known:
            members = set(group)
            edges = sorted({f"{i.where}: {i.source} -> {i.target}" for i in imports if {i.source, i.target} <= members})
            found.append(f"import cycle among {', '.join(group)}:\n    " + "\n    ".join(edges))
    for group in known:
        if group not in current:
            found.append(f"KNOWN_CYCLES lists {', '.join(group)}, which is no longer a cycle: remove it")
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "desk"
    found = problems(root)
    for problem in found:
        print(problem)
    if found:
        print(f"\n{len(found)} layer problem(s); the layers are drawn in docs/architecture.md.")
        return 1
    print(f"layers ok: {' -> '.join('/'.join(layer) for layer in LAYERS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
