"""The /component/<name>/<file> route serves path-based custom components, and nothing else."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from desk.components import v1
from desk.config import Settings
from desk.server.app import start_server


@pytest.fixture
def served(tmp_path: Path) -> object:
    folder = tmp_path / "stars"
    folder.mkdir()
    (folder / "index.html").write_text("<html><script>window.ok = 1</script></html>")
    (tmp_path / "secret.txt").write_text("top secret")
    v1.registry["test.stars"] = folder.resolve()
    script = tmp_path / "app.py"
    script.write_text("import desk as st\nst.write('hi')\n")
    handle = start_server(script, Settings(), "tok")
    yield handle
    handle.stop()
    v1.registry.pop("test.stars", None)


def fetch(url: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, b"", dict(error.headers)


def test_component_files_are_served_with_their_own_csp(served: object) -> None:
    status, body, headers = fetch(f"http://127.0.0.1:{served.port}/component/test.stars/index.html")  # type: ignore[attr-defined]
    assert status == 200
    assert b"window.ok" in body
    assert "'unsafe-inline'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_unknown_components_and_path_traversal_are_refused(served: object) -> None:
    port = served.port  # type: ignore[attr-defined]
    assert fetch(f"http://127.0.0.1:{port}/component/nope/index.html")[0] == 404
    assert fetch(f"http://127.0.0.1:{port}/component/test.stars/..%2Fsecret.txt")[0] == 404
    assert fetch(f"http://127.0.0.1:{port}/component/test.stars/../secret.txt")[0] in (403, 404)
