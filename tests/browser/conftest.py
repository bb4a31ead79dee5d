"""Fixtures of the browser tests: a real desk server in process and headless Chromium.

``open_app(source)`` writes the script into the test's folder, serves it with
``desk.server.app.start_server`` and returns a Playwright page showing it. Every request
the page makes must go to 127.0.0.1: any other is aborted and fails the test.
The tests skip only when Debian's Chromium (/usr/bin/chromium) is not installed.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Playwright, Route, ViewportSize, sync_playwright

from desk.config import Settings
from desk.server.app import ServerHandle, start_server

CHROMIUM = Path("/usr/bin/chromium")
STATIC = Path(__file__).resolve().parents[2] / "desk" / "static"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = {"data", "blob", "about"}


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("DESK_REQUIRE_BROWSER"):
        pytest.fail("Chromium is not installed at /usr/bin/chromium, and DESK_REQUIRE_BROWSER is set (CI)")
    pytest.skip("Chromium is not installed at /usr/bin/chromium")


@pytest.fixture(scope="module")
def playwright_instance() -> Iterator[Playwright]:
    _require_chromium()
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    _require_chromium()
    instance = playwright_instance.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield instance
    instance.close()


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.hostname == "127.0.0.1"


OpenApp = Callable[..., Page]


@pytest.fixture
def open_app(browser: Browser, tmp_path: Path) -> Iterator[OpenApp]:
    """Serve a script and open it in a fresh browser context; checks no request left loopback."""
    assert (STATIC / "index.html").is_file(), "desk/static is not built: run `npm run build` in frontend/"
    handles: list[ServerHandle] = []
    contexts: list[Any] = []
    foreign: list[str] = []
    errors: list[str] = []

    def guard(route: Route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    def start(
        source: str,
        *,
        color_scheme: str | None = None,
        viewport: ViewportSize | None = None,
        wait_for_run: bool = True,
        **settings: Any,
    ) -> Page:
        script = tmp_path / f"app{len(handles)}.py"
        script.write_text(textwrap.dedent(source), encoding="utf-8")
        handle = start_server(script, Settings(**settings), "browser-test-token", static_dir=STATIC)
        handles.append(handle)
        context = browser.new_context(
            color_scheme=color_scheme,  # type: ignore[arg-type]
            viewport=viewport or {"width": 1280, "height": 860},
        )
        contexts.append(context)
        context.route("**/*", guard)
        page = context.new_page()
        page.on("request", lambda request: None if is_local(request.url) else foreign.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.set_default_timeout(15000)
        page.goto(handle.url)
        if wait_for_run:  # until the first run finished
            page.wait_for_selector('.app[data-connection=connected]:not([data-last-status=""])', timeout=20000)
        else:
            page.wait_for_selector(".main .el", timeout=20000)
        return page

    yield start
    for context in contexts:
        context.close()
    for handle in handles:
        handle.stop()
    assert not foreign, f"the page made requests that left 127.0.0.1: {foreign}"
    assert not errors, f"the page threw errors: {errors}"
