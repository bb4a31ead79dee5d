"""Shared fixtures: every test runs with its own cache folder and no real user data touched."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point desk's persistent caches and logs at a fresh folder for each test."""
    folder = tmp_path_factory.mktemp("desk-cache")
    monkeypatch.setenv("DESK_CACHE_DIR", str(folder))
    yield folder
