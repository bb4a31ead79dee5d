"""Shared set-up: the whole run is hermetic, and every test gets its own cache folder.

Before any test is collected, HOME and the XDG folders point into a fresh temporary
folder, and DESK_* variables from the outer environment are dropped. So config files
(``~/.streamlit``, ``~/.desk``), caches, the build cache, window geometry, logs and the
single-instance lock all start empty, as on a new machine: nothing left on this machine
changes a result, and nothing is written into the user's real folders.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Variables that say how the run must behave, not where user data lives: kept.
KEPT_DESK_VARIABLES = {"DESK_REQUIRE_BROWSER"}
XDG_FOLDERS = {
    "XDG_CACHE_HOME": ".cache",
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
    "XDG_RUNTIME_DIR": "runtime",
}
_saved_environment: dict[str, str] = {}
_test_home: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _test_home
    _saved_environment.update(os.environ)
    _test_home = Path(tempfile.mkdtemp(prefix="desk-test-home-"))
    for name in [n for n in os.environ if n.startswith("DESK_") and n not in KEPT_DESK_VARIABLES]:
        del os.environ[name]
    os.environ["HOME"] = str(_test_home)
    for variable, relative in XDG_FOLDERS.items():
        folder = _test_home / relative
        folder.mkdir(parents=True, mode=0o700)
        os.environ[variable] = str(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    os.environ.clear()
    os.environ.update(_saved_environment)
    if _test_home is not None:
        shutil.rmtree(_test_home, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point desk's persistent caches and logs at a fresh folder for each test."""
    folder = tmp_path_factory.mktemp("desk-cache")
    monkeypatch.setenv("DESK_CACHE_DIR", str(folder))
    yield folder
