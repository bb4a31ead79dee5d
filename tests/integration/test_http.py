"""The HTTP side of a real server: page, static files, token, Host, Origin, headers."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from wsclient import TOKEN, Client, http_get, run

from desk.server.app import ServerHandle

Serve = Callable[..., ServerHandle]


def test_page_is_served_without_token_and_says_when_frontend_is_missing(serve: Serve) -> None:
    handle = serve()
    status, headers, body = http_get(handle, "/")
    assert status == 200
    assert b"frontend is not built" in body
    assert b"npm run build" in body
    assert headers["cache-control"] == "no-cache"
    assert "set-cookie" not in headers  # the XSRF value comes in SessionInfo, after the token check


def test_built_index_and_hashed_assets_are_served_without_token(serve: Serve, tmp_path: Path) -> None:
    static = tmp_path / "static"
    (static / "assets").mkdir(parents=True)
    (static / "index.html").write_text("<!doctype html><title>built</title>")
    (static / "assets" / "index-abc123.js").write_text("console.log(1)")
    handle = serve(static_dir=static)
    status, headers, body = http_get(handle, "/index.html")
    assert (status, body) == (200, b"<!doctype html><title>built</title>")
    assert headers["cache-control"] == "no-cache"
    status, headers, body = http_get(handle, "/assets/index-abc123.js")
    assert (status, body) == (200, b"console.log(1)")
    assert headers["cache-control"] == "public, max-age=31536000, immutable"


def test_the_builds_files_get_their_content_types_without_the_systems_mime_database(
    serve: Serve, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mimetypes

    static = tmp_path / "static"
    (static / "assets").mkdir(parents=True)
    (static / "index.html").write_text("<!doctype html>")
    expected = {
        "index-a1.js": "text/javascript",
        "worker-a1.mjs": "text/javascript",
        "core-a1.css": "text/css",
        "font-a1.woff2": "font/woff2",
        "font-a1.woff": "font/woff",
        "font-a1.ttf": "font/ttf",
        "icon-a1.svg": "image/svg+xml",
        "graphviz-a1.wasm": "application/wasm",
        "data-a1.json": "application/json",
        "LOUD-A1.JS": "text/javascript",
    }
    for name in [*expected, "core-a1.js.map", "notes-a1.txt"]:
        (static / "assets" / name).write_bytes(b"x")
    (static / "favicon.svg").write_text("<svg/>")
    (static / "favicon.png").write_bytes(b"png")
    asked: list[str] = []

    def system_database(url: str, strict: bool = True) -> tuple[str | None, str | None]:
        asked.append(Path(url).name)  # a Windows registry may well say text/plain for .js
        return ("text/plain", None) if url.endswith(".txt") else (None, None)

    monkeypatch.setattr(mimetypes, "guess_type", system_database)
    handle = serve(static_dir=static)
    for name, content_type in expected.items():
        status, headers, _ = http_get(handle, f"/assets/{name}")
        assert (status, headers["content-type"]) == (200, content_type), name
    for path, content_type in (("/favicon.svg", "image/svg+xml"), ("/favicon.png", "image/png")):
        status, headers, _ = http_get(handle, path)
        assert (status, headers["content-type"]) == (200, content_type), path
    assert asked == []
    # Anything else is still looked up, and served as bytes when nothing knows it.
    assert http_get(handle, "/assets/notes-a1.txt")[1]["content-type"] == "text/plain"
    assert http_get(handle, "/assets/core-a1.js.map")[1]["content-type"] == "application/octet-stream"
    assert asked == ["notes-a1.txt", "core-a1.js.map"]


def test_static_files_refuse_path_traversal(serve: Serve, tmp_path: Path) -> None:
    static = tmp_path / "static"
    (static / "assets").mkdir(parents=True)
    (static / "secret.txt").write_text("secret")
    handle = serve(static_dir=static)
    for path in ("/assets/../secret.txt", "/assets/%2e%2e/secret.txt", "/assets/..%2fsecret.txt"):
        status, _, body = http_get(handle, path)
        assert status in (403, 404), path
        assert b"secret" not in body


@pytest.mark.parametrize("path", ["/", "/health", "/media/" + "0" * 32, "/assets/missing.js"])
def test_every_response_carries_the_security_headers(serve: Serve, path: str) -> None:
    handle = serve()
    _, headers, _ = http_get(handle, path)
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp
    # WebAssembly only (Graphviz), never eval; blob: for st.components.v2 modules; never inline scripts
    assert "script-src 'self' 'wasm-unsafe-eval' blob:;" in csp
    assert "'unsafe-eval'" not in csp
    assert f"ws://127.0.0.1:{handle.port}" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "SAMEORIGIN"
    assert "server" not in headers


def test_token_is_required_on_other_routes(serve: Serve) -> None:
    handle = serve()
    assert http_get(handle, "/health")[0] == 403
    assert http_get(handle, "/health?token=wrong")[0] == 403
    assert http_get(handle, "/media/" + "0" * 32)[0] == 403
    assert http_get(handle, "/health?token=" + TOKEN)[:3:2] == (200, b"ok")
    assert http_get(handle, "/health", headers={"X-Desk-Token": TOKEN})[0] == 200
    assert http_get(handle, "/no/where?token=" + TOKEN)[0] == 404


@pytest.mark.parametrize(
    "host",
    ["evil.example:{port}", "127.0.0.1:1", "attacker.localhost.example:{port}", "localhost.:{port}", "127.evil.example:{port}", "[::ffff:1.2.3.4]:{port}"],
)
def test_foreign_host_header_is_refused(serve: Serve, host: str) -> None:
    handle = serve()
    for path in ("/", "/health?token=" + TOKEN, f"/media/{'a' * 32}?token={TOKEN}", "/assets/x.js"):
        assert http_get(handle, path, headers={"Host": host.format(port=handle.port)})[0] == 403, path


@pytest.mark.parametrize("host", ["localhost:{port}", "127.0.0.1:{port}", "[::1]:{port}", "127.0.0.2:{port}", "LOCALHOST:{port}"])
def test_loopback_host_names_are_accepted(serve: Serve, host: str) -> None:
    handle = serve()
    assert http_get(handle, "/health?token=" + TOKEN, headers={"Host": host.format(port=handle.port)})[0] == 200


def test_public_host_accepts_any_host_and_same_origin_sockets() -> None:
    from desk.config import Settings
    from desk.server.app import server_url
    from desk.server.handlers_base import DeskServer, is_loopback

    assert [is_loopback(h) for h in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]")] == [True] * 5
    assert [is_loopback(h) for h in ("0.0.0.0", "", "::", "127.evil.example", "192.168.1.2")] == [False] * 5

    desk = DeskServer(Path("app.py"), Settings(host="0.0.0.0"), TOKEN)
    desk.port = 8501
    assert desk.public
    assert desk.host_ok("myserver.lan:8501")
    assert desk.origin_ok("http://myserver.lan:8501", "myserver.lan:8501")
    assert not desk.origin_ok("http://evil.example", "myserver.lan:8501")
    assert server_url("0.0.0.0", 8501, "a b") == "http://127.0.0.1:8501/?token=a%20b"
    assert server_url("::1", 8501, "t") == "http://[::1]:8501/?token=t"


def test_a_public_host_is_announced_with_a_warning(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from desk.config import Settings
    from desk.server import launch

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(98, "Address already in use")

    monkeypatch.setattr(launch, "start_server", refuse)
    assert launch.serve(Path("app.py"), Settings(host="0.0.0.0", port=8501), "t", open_browser=False) == 1
    err = capsys.readouterr().err
    assert "WARNING: serving on 0.0.0.0, reachable from other machines" in err
    assert "cannot serve on 0.0.0.0:8501: Address already in use" in err


def _ws_status(handle: ServerHandle, **kwargs: str | None) -> int:
    async def attempt() -> int:
        try:
            client = await Client.connect(handle, **kwargs)  # type: ignore[arg-type]
        except Exception as error:
            return int(getattr(error, "code", 0))
        await client.close()
        return 101

    return run(attempt())


def test_websocket_needs_token_origin_and_host(serve: Serve) -> None:
    handle = serve()
    assert _ws_status(handle) == 101
    assert _ws_status(handle, origin=f"http://localhost:{handle.port}", host=f"localhost:{handle.port}") == 101
    assert _ws_status(handle, token="") == 403
    assert _ws_status(handle, token="wrong") == 403
    assert _ws_status(handle, origin="http://evil.example") == 403
    assert _ws_status(handle, origin=f"http://localhost:{handle.port}") == 403  # origin differs from Host
    assert _ws_status(handle, origin=f"http://127.0.0.1:{handle.port + 1}") == 403
    assert _ws_status(handle, origin="null") == 403
    assert _ws_status(handle, host=f"evil.example:{handle.port}", origin=f"http://evil.example:{handle.port}") == 403


def test_server_binds_port_zero_and_reads_the_real_port(serve: Serve) -> None:
    first, second = serve(), serve(name="other.py")
    assert first.port > 0 and second.port > 0 and first.port != second.port
    assert first.url == f"http://127.0.0.1:{first.port}/?token={TOKEN}"



def test_refusals_are_logged_as_warnings_without_the_token(serve: Serve, caplog: pytest.LogCaptureFixture) -> None:
    handle = serve()
    caplog.set_level(logging.DEBUG)
    http_get(handle, "/health?token=wrong-one")
    http_get(handle, f"/media/{'a' * 32}?token={TOKEN}")
    # Tornado logs a request just after it answers it: wait for both log lines, not a fixed time
    deadline = time.monotonic() + 10
    while sum("GET /" in r.getMessage() for r in caplog.records) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("403 GET /health" in w and "refused: wrong token" in w for w in warnings), warnings
    assert any("404 GET /media/" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if TOKEN in r.getMessage() or "wrong-one" in r.getMessage()]


def test_page_urls_of_multipage_apps_get_the_shell_and_other_unknown_paths_404(serve: Serve) -> None:
    handle = serve()
    status, headers, body = http_get(handle, "/sales")
    assert status == 200 and headers["content-type"].startswith("text/html")
    status, headers, _ = http_get(handle, "/sales/?a=1")
    assert status == 302 and headers["location"] == "/sales?a=1"
    assert http_get(handle, "/a/b")[0] == 404
    assert http_get(handle, "/script.js")[0] == 404
    assert http_get(handle, "/sales", method="POST", body=b"")[0] in (403, 404, 405)
