"""Fixtures of the integration tests: ``serve`` starts a real server on port 0, in process.

``serve(source, **settings)`` writes the script into the test's folder, starts
``desk.server.app.start_server`` with those settings and the token ``wsclient.TOKEN``, and
stops it (asserting its thread ended) after the test.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from wsclient import COUNTER_APP, TOKEN

from desk.config import Settings
from desk.server.app import ServerHandle, start_server


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., ServerHandle]]:
    """Start servers for the test; all are stopped at its end."""
    handles: list[ServerHandle] = []

    def start(source: str = COUNTER_APP, *, name: str = "app.py", static_dir: Path | None = None, **settings: Any) -> ServerHandle:
        script = tmp_path / name
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        handle = start_server(script, Settings(**settings), TOKEN, static_dir=static_dir or tmp_path / "no-static")
        handles.append(handle)
        return handle

    yield start
    for handle in handles:
        handle.stop()
        assert not handle.thread.is_alive(), "the server thread did not stop"
