"""The first paint (issue 18): the page's socket opens from the small boot entry, before the main
bundle; the first render draws what it received; a plain page loads only the core bundle (and
the preloaded markdown engine), plain text draws without that engine while markdown waits for
it without showing raw, and an element of an on-demand chunk shows a placeholder until the
chunk has run."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import STATIC
from playwright.sync_api import Browser, Page, Route

from desk.config import Settings
from desk.server.app import ServerHandle, start_server

APP = """
import desk as st

if st.button("Add"):
    st.session_state.n = st.session_state.get("n", 0) + 1
st.markdown(f"n={st.session_state.get('n', 0)}")
"""

# Records the script that constructs each WebSocket (from its stack).
RECORD_SOCKETS = """
(() => {
  const Original = window.WebSocket;
  window.__deskSockets = [];
  window.WebSocket = function (...args) {
    window.__deskSockets.push(String(new Error().stack));
    return new Original(...args);
  };
  window.WebSocket.prototype = Original.prototype;
  Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
})();
"""


def test_the_boot_entry_opens_the_socket_and_the_app_uses_it(browser: Browser, tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(APP, encoding="utf-8")
    handle = start_server(script, Settings(), "browser-test-token", static_dir=STATIC)
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.add_init_script(RECORD_SOCKETS)
        page.goto(handle.url)
        page.get_by_text("n=0", exact=True).wait_for(timeout=20000)
        page.get_by_role("button", name="Add").click()
        page.get_by_text("n=1", exact=True).wait_for(timeout=20000)
        stacks = page.evaluate("() => window.__deskSockets")
        assert len(stacks) == 1, f"the page opened {len(stacks)} sockets"
        assert "/assets/boot-" in stacks[0], f"the socket was not opened by the boot entry:\n{stacks[0]}"
        assert errors == []
    finally:
        context.close()
        handle.stop()


def test_the_boot_entry_comes_first_in_the_page() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    boot, main = html.find("/assets/boot-"), html.find("/assets/index-")
    assert 0 <= boot < main, "boot must be the first module script: module scripts run in document order"


def _serve(tmp_path: Path, source: str) -> ServerHandle:
    script = tmp_path / "app.py"
    script.write_text(source, encoding="utf-8")
    return start_server(script, Settings(), "browser-test-token", static_dir=STATIC)


# True once boot.ts's socket holds the first run's end (its frames are what the app's first render draws).
RUN_HELD = "() => (window.__deskEarlySocket?.frames ?? []).some((f) => typeof f === 'string' && f.includes('RunFinished'))"
# Records whether the app's root, when the app first filled it, already held the text.
FIRST_COMMIT = """
(() => {
  window.__deskFirstCommit = null;
  new MutationObserver((records, observer) => {
    const root = document.getElementById('root');
    if (root !== null && root.childElementCount > 0) {
      window.__deskFirstCommit = root.textContent;
      observer.disconnect();
    }
  }).observe(document, {subtree: true, childList: true});
})();
"""


def test_the_first_render_draws_the_output_the_boot_socket_received(browser: Browser, tmp_path: Path) -> None:
    handle = _serve(tmp_path, APP)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(FIRST_COMMIT)

        def hold_core(route: Route) -> None:
            # Hold the main bundle until the early socket has the whole first run.
            response = route.fetch()
            page.wait_for_function(RUN_HELD, timeout=20000)
            route.fulfill(response=response)

        page.route("**/assets/core-*.js", hold_core)
        page.goto(handle.url)
        page.get_by_text("n=0", exact=True).wait_for(timeout=20000)
        first = page.evaluate("() => window.__deskFirstCommit")
        assert first is not None and "n=0" in first, f"the first render drew {first!r}, not the run's output"
        page.get_by_role("button", name="Add").click()
        page.get_by_text("n=1", exact=True).wait_for(timeout=20000)
    finally:
        context.close()
        handle.stop()


def test_a_plain_page_loads_only_the_core_bundle_before_its_load_event(browser: Browser, tmp_path: Path) -> None:
    handle = _serve(tmp_path, APP)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(handle.url)
        page.get_by_text("n=0", exact=True).wait_for(timeout=20000)
        page.wait_for_function("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0", timeout=20000)
        scripts = page.evaluate(
            """() => {
              const loaded = performance.getEntriesByType('navigation')[0].loadEventStart;
              return performance.getEntriesByType('resource')
                .filter((r) => r.name.endsWith('.js') && r.startTime < loaded)
                .map((r) => new URL(r.name).pathname.replace(/^.*\\/assets\\//, '').replace(/-[\\w-]{8}\\.js$/, ''));
            }"""
        )
        # The markdown engine (and the bundler runtime it imports) is preloaded with the core,
        # in parallel; it runs only when needed.
        assert sorted(scripts) == ["boot", "connection", "core", "index", "markdown", "rolldown-runtime"], scripts
    finally:
        context.close()
        handle.stop()


def test_the_markdown_engine_is_preloaded_with_the_core() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    core, markdown = html.find("/assets/core-"), html.find('rel="modulepreload" crossorigin href="./assets/markdown-')
    assert 0 <= core < markdown, "the markdown chunk must be preloaded, after the core bundle"
    # ... with every chunk it imports, else importing it waits for a round trip to fetch them
    (chunk,) = (STATIC / "assets").glob("markdown-*.js")
    imports = set(re.findall(r'from\s*"\./([^"]+\.js)"', chunk.read_text(encoding="utf-8")))
    assert imports, "the markdown chunk imports nothing: was the test's pattern outrun by the bundler?"
    missing = [file for file in imports if f'rel="modulepreload" crossorigin href="./assets/{file}"' not in html]
    assert missing == [], f"imported by the markdown chunk but not preloaded: {missing}"


@contextmanager
def _held_chunk(browser: Browser, tmp_path: Path, script: str, chunk: str) -> Iterator[tuple[Page, list[Route], list[str]]]:
    """A page of ``script`` whose requests for the chunk ``chunk`` (a glob) are held, with its page errors."""
    handle = _serve(tmp_path, script)
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        held: list[Route] = []
        page.route(f"**/assets/{chunk}", lambda route: held.append(route))
        page.goto(handle.url)
        yield page, held, errors
    finally:
        context.close()
        handle.stop()


def _wait_requested(page: Page, held: list[Route], what: str) -> None:
    for _ in range(200):  # the route handler runs when Playwright dispatches the request
        if held:
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"the {what} was never requested")


def test_plain_text_draws_without_the_markdown_engine_and_markdown_never_shows_raw(browser: Browser, tmp_path: Path) -> None:
    script = 'import desk as st\n\nst.title("Sales: 2024")\nst.write("Count: 0")\nst.markdown("Some **bold** text")\n'
    with _held_chunk(browser, tmp_path, script, "markdown-*.js") as (page, held, errors):
        page.get_by_text("Count: 0", exact=True).wait_for(timeout=20000)
        page.get_by_text("Sales: 2024", exact=True).wait_for(timeout=20000)
        _wait_requested(page, held, "markdown chunk")
        root = page.locator("#root")
        assert "**" not in root.inner_text() and "bold" not in root.inner_text()
        for route in held:
            route.continue_()
        page.locator("strong", has_text="bold").wait_for(timeout=20000)
        assert "**" not in root.inner_text()
        assert page.locator("[aria-busy=true]").count() == 0
        assert errors == []


def test_an_on_demand_element_shows_a_placeholder_not_an_error_while_its_chunk_loads(browser: Browser, tmp_path: Path) -> None:
    script = 'import desk as st\n\nst.json({"answer": 42})\nst.write("after")\n'
    with _held_chunk(browser, tmp_path, script, "Json-*.js") as (page, held, errors):
        page.get_by_text("after", exact=True).wait_for(timeout=20000)
        json = page.get_by_test_id("el-Json")
        json.get_by_test_id("el-loading").wait_for(timeout=20000)
        assert page.get_by_role("alert").count() == 0
        _wait_requested(page, held, "Json chunk")
        for route in held:
            route.continue_()
        json.get_by_text("42").wait_for(timeout=20000)
        assert json.get_by_test_id("el-loading").count() == 0
        assert page.get_by_role("alert").count() == 0
        assert errors == []


def test_the_hello_from_the_boot_entry_reports_the_browser_time_zone(browser: Browser, tmp_path: Path) -> None:
    # boot.ts reads the zone with Temporal when the browser has it (cheaper than Intl at page load)
    handle = _serve(tmp_path, 'import desk as st\n\nst.write(f"tz={st.context.timezone}")\n')
    context = browser.new_context(timezone_id="Europe/Paris")
    try:
        page = context.new_page()
        page.goto(handle.url)
        page.get_by_text("tz=Europe/Paris", exact=True).wait_for(timeout=20000)
        assert page.evaluate("() => typeof Temporal === 'object'"), "this Chromium has no Temporal: the test ran the fallback"
    finally:
        context.close()
        handle.stop()
