"""The first paint: the page's socket opens from the small boot entry, before the main bundle (issue 18)."""

from __future__ import annotations

from pathlib import Path

from conftest import STATIC
from playwright.sync_api import Browser

from desk.config import Settings
from desk.server.app import start_server

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
