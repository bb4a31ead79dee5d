"""The layer check (``scripts/check_layers.py``): it sees imports inside functions and names them (issue 14)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "check_layers.py"


@pytest.fixture(scope="module")
def layers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_layers", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_layers"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_desk_has_no_upward_import_and_no_new_cycle(layers: ModuleType) -> None:
    assert layers.problems(SCRIPT.parent.parent / "desk") == []


def test_a_known_cycle_that_is_gone_must_leave_the_list(layers: ModuleType, tmp_path: Path) -> None:
    root = write_tree(tmp_path, {"server/app.py": "", "server/socket.py": ""})
    assert layers.problems(root, [("desk.server.app", "desk.server.socket")]) == [
        "KNOWN_CYCLES lists desk.server.app, desk.server.socket, which is no longer a cycle: remove it"
    ]


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """A fake ``desk`` package: ``files`` by path inside it; every folder gets an empty ``__init__.py``."""
    package = root / "desk"
    for name, text in {"__init__.py": "", **files}.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        init = path.parent / "__init__.py"
        if not init.exists():
            init.write_text("")
    return package


def test_an_import_inside_a_function_that_goes_up_a_layer_is_named(layers: ModuleType, tmp_path: Path) -> None:
    files = {"runtime/runner.py": "def run():\n    from desk.elements.text import magic_write\n", "elements/text.py": ""}
    root = write_tree(tmp_path, files)
    [problem] = layers.problems(root, ())
    assert problem.endswith(
        "desk/runtime/runner.py:2: desk.runtime.runner (layer 1: runtime) imports desk.elements.text "
        "(layer 2: elements, column_config, components), a higher layer"
    )


def test_a_cycle_inside_one_layer_is_named_with_its_imports(layers: ModuleType, tmp_path: Path) -> None:
    files = {"server/app.py": "from . import socket\n", "server/socket.py": "def handler():\n    from desk.server.app import token\n"}
    root = write_tree(tmp_path, files)
    [problem] = layers.problems(root, ())
    assert problem.startswith("import cycle among desk.server.app, desk.server.socket:")
    assert "desk/server/socket.py:2: desk.server.socket -> desk.server.app" in problem


def test_the_public_facade_may_be_looked_up_from_any_layer(layers: ModuleType, tmp_path: Path) -> None:
    files = {"__init__.py": "import importlib\n", "runtime/emitter.py": "def api(name):\n    import desk\n    return getattr(desk, name)\n"}
    root = write_tree(tmp_path, files)
    assert layers.problems(root, ()) == []
