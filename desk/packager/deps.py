"""Dependency capture for ``desk build``: what the script imports, found by reading its AST.

Follows the script, the local modules it imports (recursively), and ``pages/*.py``. The
result separates local modules (bundled as source next to the script), third-party
distributions (frozen by PyInstaller, with their metadata), and imports of packages that
are not installed (reported before any build starts, with the command that fixes them).
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Imports that mean desk itself: never bundle the real Streamlit.
DESK_ALIASES = {"streamlit", "desk"}
# Distribution names whose import name differs, for the install hint.
INSTALL_NAMES = {
    "PIL": "pillow",
    "sklearn": "scikit-learn",
    "cv2": "opencv-python",
    "yaml": "pyyaml",
    "bs4": "beautifulsoup4",
    "dateutil": "python-dateutil",
    "attr": "attrs",
}


@dataclass
class Dependencies:
    """What a script needs, as found by ``capture``."""

    script: Path
    local_files: list[Path] = field(default_factory=list)
    packages: set[str] = field(default_factory=set)
    modules: set[str] = field(default_factory=set)  # full names of the third-party imports
    distributions: set[str] = field(default_factory=set)
    missing: dict[str, str] = field(default_factory=dict)
    uses_streamlit_name: bool = False

    def install_hint(self) -> str:
        names = sorted(set(self.missing.values()))
        return f"{sys.executable} -m pip install " + " ".join(names)


_OPTIONAL_GUARDS = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}


def _optional_imports(tree: ast.AST) -> set[int]:
    """Ids of import nodes inside ``try`` blocks that handle ImportError: optional imports."""
    optional: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try):
            continue
        guards: set[str] = set()
        for handler in node.handlers:
            if handler.type is None:
                guards.add("BaseException")
            for part in ast.walk(handler.type) if handler.type is not None else []:
                if isinstance(part, ast.Name):
                    guards.add(part.id)
        if guards & _OPTIONAL_GUARDS:
            for stmt in node.body:
                for inner in ast.walk(stmt):
                    if isinstance(inner, (ast.Import, ast.ImportFrom)):
                        optional.add(id(inner))
    return optional


def _imports(tree: ast.AST) -> list[tuple[str, int, bool]]:
    """(module name, level, optional) for every import, including ``from x import y``."""
    optional = _optional_imports(tree)
    found: list[tuple[str, int, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, 0, id(node) in optional) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            is_optional = id(node) in optional
            found.append((base, node.level, is_optional))
            for alias in node.names:
                if alias.name != "*":
                    found.append((f"{base}.{alias.name}" if base else alias.name, node.level, is_optional))
    return found


def _local_module(folder: Path, name: str) -> Path | None:
    parts = name.split(".")
    candidate = folder.joinpath(*parts)
    if candidate.with_suffix(".py").is_file():
        return candidate.with_suffix(".py")
    if (candidate / "__init__.py").is_file():
        return candidate / "__init__.py"
    return None


def capture(script: Path) -> Dependencies:
    """Follow the imports of ``script``, its local modules and ``pages/``."""
    script = script.resolve()
    folder = script.parent
    deps = Dependencies(script)
    queue = [script]
    pages = folder / "pages"
    if pages.is_dir():
        queue.extend(sorted(p for p in pages.glob("*.py") if not p.name.startswith((".", "_"))))
    seen: set[Path] = set()
    stdlib = set(sys.stdlib_module_names)
    distributions_by_package = importlib.metadata.packages_distributions()
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        if path != script:
            deps.local_files.append(path)
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as error:
            raise SyntaxError(f"{path}: line {error.lineno}: {error.msg}. Fix the script before building.") from None
        for name, level, optional in _imports(tree):
            if level > 0:
                base = path.parent
                for _ in range(level - 1):
                    base = base.parent
                local = _local_module(base, name) if name else None
                if local is not None:
                    queue.append(local)
                continue
            top = name.split(".")[0]
            if not top:
                continue
            if top in DESK_ALIASES:
                deps.uses_streamlit_name |= top == "streamlit"
                continue
            local = _local_module(folder, name) or _local_module(folder, top)
            if local is not None:
                queue.append(local)
                if (folder / top / "__init__.py").is_file():
                    for extra in (folder / top).rglob("*.py"):
                        queue.append(extra)
                continue
            if top in stdlib or top == "__future__":
                continue
            if _find_spec(top) is None:
                if not optional:
                    deps.missing[top] = INSTALL_NAMES.get(top, top)
                continue
            deps.packages.add(top)
            deps.modules.add(name)
            deps.distributions.update(distributions_by_package.get(top, []))
    deps.local_files.sort()
    return deps


def _find_spec(name: str) -> object | None:
    try:
        return importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
