"""Real windows under Xvfb: ``desk run app.py`` opens a Qt window that renders and drives the app.

Each test starts ``python -m desk run`` in a subprocess (the window owns its main thread),
drives the page through a ``DESK_TEST_HOOK`` file run inside the window process, and checks
what the hook reported, the files it produced and how the process ended.
"""

from __future__ import annotations

import base64
import json
import signal
import socket
import sys
import textwrap
import time
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.desktop.conftest import WindowLauncher

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("frontend_built")]
if not sys.platform.startswith("linux"):  # pragma: no cover - the suite drives Xvfb
    pytestmark.append(pytest.mark.skip(reason="desktop tests run under Xvfb on Linux"))

COUNTER = """
import streamlit as st

st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Add one"):
    st.session_state.count += 1
st.write(f"Count: {st.session_state.count}")
"""


def write_script(folder: Path, source: str, name: str = "app.py") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_window_renders_the_app(launcher: WindowLauncher, tmp_path: Path) -> None:
    launcher.require_screenshots()
    script = write_script(tmp_path, COUNTER)
    done_flag = tmp_path / "screenshot-taken"
    run = launcher.start(
        script,
        f"""
        wait_text("Count: 0")
        # painted: the fonts are in and two animation frames have passed since the text appeared
        js("window.__painted = false; requestAnimationFrame(() => requestAnimationFrame(() => {{ window.__painted = true; }}))")
        wait_for("document.fonts.status === 'loaded' && window.__painted === true")
        report(ready=True, title=window.title)
        deadline = _time.monotonic() + 30
        while not _os.path.exists({str(done_flag)!r}) and _time.monotonic() < deadline:
            _time.sleep(0.05)
        window.destroy()
        """,
    )
    results = run.wait_results("ready", 60)
    shot = tmp_path / "window.png"
    # The X server may show the frame a moment after the page painted it: grab again until
    # the screen is not blank (bounded), instead of sleeping a fixed time first.
    for _ in range(20):
        stats = launcher.screenshot(shot)
        if stats["distinct"] > 20:
            break
    done_flag.write_text("ok")
    assert run.wait(20) == 0, run.stderr
    assert shot.stat().st_size > 5000
    # A blank screen has one colour; the rendered app has text, a button and antialiasing.
    assert stats["distinct"] > 20, stats
    assert stats["dominant_share"] < 0.995, stats
    assert results["title"] == "app"  # no set_page_config: the script's name


def test_a_click_in_the_window_reruns_the_script(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(tmp_path, COUNTER)
    run = launcher.start(
        script,
        """
        wait_text("Count: 0")
        before = text()
        clicked = click("Add one")
        wait_text("Count: 1")
        click("Add one")
        wait_text("Count: 2")
        report(before=before, clicked=clicked, after=text())
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    results = run.results
    assert results["clicked"] is True
    assert "Count: 0" in results["before"]
    assert "Count: 2" in results["after"]


def test_the_window_starts_qt_webengine_beside_pywebviews_import(launcher: WindowLauncher, tmp_path: Path) -> None:
    """The engine starts before pywebview's window, with pywebview's flags in place, and the app runs in it."""
    from desk.shell.engine import WINDOW_FLAGS

    script = write_script(tmp_path, COUNTER)
    run = launcher.start(
        script,
        """
        wait_text("Count: 0")
        click("Add one")
        wait_text("Count: 1")
        report(flags=_os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""))
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    assert set(WINDOW_FLAGS) <= set(run.results["flags"].split())
    assert "Qt WebEngine started in" in run.log_text()
    assert "could not be started early" not in run.log_text()


def test_the_js_api_save_file_writes_the_chosen_file(launcher: WindowLauncher, tmp_path: Path) -> None:
    """window.pywebview.api.save_file goes through the Save dialog (stubbed at pywebview) and writes the bytes."""
    script = write_script(tmp_path, 'import streamlit as st\nst.write("ready to save")\n')
    target = tmp_path / "chosen" / "saved.bin"
    target.parent.mkdir()
    payload = bytes(range(256)) * 3
    run = launcher.start(
        script,
        f"""
        calls = []

        def fake_dialog(dialog_type=10, directory="", allow_multiple=False, save_filename="", file_types=()):
            calls.append({{"type": int(dialog_type), "save_filename": save_filename}})
            return None if save_filename == "cancel.bin" else ({str(target)!r},)

        window.create_file_dialog = fake_dialog
        wait_text("ready to save")
        wait_for("window.pywebview && window.pywebview.api && typeof window.pywebview.api.save_file === 'function'")
        js("window.__saved = null; window.pywebview.api.save_file('../evil/saved.bin', {base64.b64encode(payload).decode()!r})"
           ".then(r => window.__saved = r, e => window.__saved = 'error: ' + e)")
        saved = wait_for("window.__saved !== null && String(window.__saved)")
        js("window.__cancel = null; window.pywebview.api.save_file('cancel.bin', 'AAAA')"
           ".then(r => window.__cancel = String(r), e => window.__cancel = 'error: ' + e)")
        cancelled = wait_for("window.__cancel")
        report(saved=saved, cancelled=cancelled, calls=calls)
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    results = run.results
    assert results["saved"] == "true"
    assert results["cancelled"] == "false"
    assert target.read_bytes() == payload
    assert [call["save_filename"] for call in results["calls"]] == ["saved.bin", "cancel.bin"]
    assert results["calls"][0]["type"] == 30  # webview.FileDialog.SAVE
    assert sorted(p.name for p in target.parent.iterdir()) == ["saved.bin"]  # no temporary files left


def test_download_button_saves_through_the_native_dialog(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(
        tmp_path,
        """
        import streamlit as st

        st.download_button("Get data", data=b"a,b\\n1,2\\n", file_name="data.csv", mime="text/csv")
        """,
    )
    target = tmp_path / "chosen.csv"
    run = launcher.start(
        script,
        f"""
        calls = []

        def fake_dialog(dialog_type=10, directory="", allow_multiple=False, save_filename="", file_types=()):
            calls.append({{"type": int(dialog_type), "save_filename": save_filename}})
            return ({str(target)!r},)

        window.create_file_dialog = fake_dialog
        wait_text("Get data")
        wait_for("window.pywebview && window.pywebview.api && true")
        click("Get data")
        deadline = _time.monotonic() + 20
        while not _os.path.exists({str(target)!r}) and _time.monotonic() < deadline:
            _time.sleep(0.05)
        report(calls=calls)
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    assert target.read_bytes() == b"a,b\n1,2\n"
    assert run.results["calls"] == [{"type": 30, "save_filename": "data.csv"}]


STUCK_SCRIPTS = {
    "script loops": """
        import time
        import streamlit as st

        st.write("stuck in a loop")
        while True:
            time.sleep(0.05)
        """,
    "non-daemon thread loops": """
        import threading
        import time
        import streamlit as st

        def forever():
            while True:
                time.sleep(0.05)

        if "worker" not in st.session_state:
            st.session_state.worker = threading.Thread(target=forever, daemon=False)
            st.session_state.worker.start()
        st.write("stuck in a loop")
        """,
}


@pytest.mark.parametrize("case", sorted(STUCK_SCRIPTS))
def test_closing_the_window_exits_within_two_seconds_while_a_script_is_stuck(
    launcher: WindowLauncher, tmp_path: Path, case: str
) -> None:
    script = write_script(tmp_path, STUCK_SCRIPTS[case])
    run = launcher.start(
        script,
        """
        wait_text("stuck in a loop")
        _time.sleep(0.3)
        report(closing_at=_time.time())
        window.destroy()
        """,
    )
    run.wait(30)
    exited_at = time.time()
    closing_at = run.results["closing_at"]
    assert exited_at - closing_at < 2.0, f"exited {exited_at - closing_at:.2f} s after the window closed"


def test_a_second_launch_focuses_the_first_window(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(tmp_path, 'import streamlit as st\nst.write("first instance")\n')
    first = launcher.start(
        script,
        """
        wait_text("first instance")
        report(ready=True)
        deadline = _time.monotonic() + 30
        while shell.focus_count == 0 and _time.monotonic() < deadline:
            _time.sleep(0.05)
        report(focused=shell.focus_count)
        window.destroy()
        """,
        name="first",
    )
    first.wait_results("ready", 60)
    second = launcher.start(script, None, name="second")
    assert second.wait(15) == 0, second.stderr
    assert second.elapsed < 5, f"the second launch took {second.elapsed:.1f} s"
    assert "already open" in second.stdout
    assert first.wait(30) == 0, first.stderr
    assert first.results["focused"] == 1
    assert "Focus request from a second launch" in first.log_text()


def test_a_syntax_error_shows_in_the_window(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(tmp_path, 'import streamlit as st\nst.write("never shown"\nx = = 1\n')
    run = launcher.start(
        script,
        """
        wait_text("SyntaxError")
        report(body=text())
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    body = run.results["body"]
    assert "SyntaxError" in body
    assert "'(' was never closed" in body


def test_a_server_that_cannot_start_shows_an_error_page(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(tmp_path, 'import streamlit as st\nst.write("hi")\n')
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        run = launcher.start(
            script,
            """
            wait_text("could not start")
            report(body=text(), title=window.title)
            window.destroy()
            """,
            extra_env={"DESK_SERVER_PORT": str(port)},
        )
        assert run.wait(60) == 1, run.stderr
    assert "The app's server could not start" in run.results["body"]
    assert "Address already in use" in run.results["body"] or "OSError" in run.results["body"]


def test_window_geometry_and_page_title_are_remembered(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(
        tmp_path,
        """
        import streamlit as st

        st.set_page_config(page_title="Sized app")
        st.write("sized")
        """,
    )
    first = launcher.start(
        script,
        """
        wait_text("sized")
        window.resize(900, 640)
        window.move(40, 30)
        deadline = _time.monotonic() + 10
        # the title follows the first run; size and position are applied by Qt asynchronously
        while (window.title, window.width, window.height, window.x, window.y) != ("Sized app", 900, 640, 40, 30):
            if _time.monotonic() > deadline:
                break
            _time.sleep(0.05)
        report(title=window.title)
        window.destroy()
        """,
        name="first",
    )
    assert first.wait(60) == 0, first.stderr
    assert first.results["title"] == "Sized app"
    saved = list((launcher.home / "config" / "desk" / "windows").glob("*.json"))
    assert len(saved) == 1
    assert json.loads(saved[0].read_text())["width"] == 900
    second = launcher.start(
        script,
        """
        wait_text("sized")
        report(width=window.width, height=window.height, x=window.x, y=window.y)
        window.destroy()
        """,
        name="second",
    )
    assert second.wait(60) == 0, second.stderr
    assert (second.results["width"], second.results["height"]) == (900, 640)
    assert (second.results["x"], second.results["y"]) == (40, 30)


def test_menu_rerun_and_clear_cache(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(
        tmp_path,
        """
        import time
        import streamlit as st

        @st.cache_data
        def stamp():
            return time.time_ns()

        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(f"runs: {st.session_state.runs}")
        st.write(f"stamp: {stamp()}")
        """,
    )
    run = launcher.start(
        script,
        """
        def stamp_after(runs):
            found = wait_for(
                "(document.body.innerText.match(/runs: %d\\s+stamp: (\\d+)/) || [])[1]" % runs
            )
            return str(found)

        first = stamp_after(1)
        shell.rerun()
        stamp_after(2)
        # let run 2 finish: a cache miss would show a new stamp by then
        wait_for("document.querySelector('[data-running=\\"false\\"]') !== null")
        cached = stamp_after(2)
        shell.clear_cache()
        shell.rerun()
        deadline = _time.monotonic() + 20
        fresh = stamp_after(3)
        while fresh == first and _time.monotonic() < deadline:  # the old stamp may still show, faded
            _time.sleep(0.05)
            fresh = stamp_after(3)
        report(first=first, cached=cached, fresh=fresh)
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    results = run.results
    assert results["first"] == results["cached"]
    assert results["fresh"] != results["first"]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_ctrl_c_close_the_window_and_exit(
    launcher: WindowLauncher, tmp_path: Path, signum: int
) -> None:
    script = write_script(tmp_path, 'import streamlit as st\nst.write("running")\n')
    run = launcher.start(
        script,
        """
        wait_text("running")
        report(ready=True)
        """,
    )
    run.wait_results("ready", 60)
    sent = time.monotonic()
    run.proc.send_signal(signum)
    assert run.wait(10) == 0, run.stderr
    assert time.monotonic() - sent < 2.0
    assert "Traceback" not in run.stderr


def test_the_page_icon_becomes_the_window_icon(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(
        tmp_path,
        """
        import streamlit as st

        st.set_page_config(page_title="Icon app", page_icon="🎈")
        st.write("with an icon")
        """,
    )
    run = launcher.start(
        script,
        """
        wait_text("with an icon")
        deadline = _time.monotonic() + 10
        while _time.monotonic() < deadline:  # the default favicon may come first
            if shell.page_icons and window.native.webview.iconUrl().toString().startswith("data:"):
                break
            _time.sleep(0.05)
        report(
            page_icons=shell.page_icons,
            icon_null=window.native.windowIcon().isNull(),
            icon_url=window.native.webview.iconUrl().toString(),
        )
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    assert run.results["page_icons"] >= 1
    assert run.results["icon_null"] is False
    assert run.results["icon_url"].startswith("data:image/svg+xml")
    assert "🎈" in urllib.parse.unquote(run.results["icon_url"])


def test_file_uploader_uses_the_native_open_dialog(launcher: WindowLauncher, tmp_path: Path) -> None:
    script = write_script(
        tmp_path,
        """
        import streamlit as st

        uploaded = st.file_uploader("Pick a CSV", type=["csv"])
        st.write(f"got: {uploaded.name} {uploaded.getvalue().decode()}" if uploaded else "got: nothing")
        """,
    )
    source = tmp_path / "numbers.csv"
    source.write_text("x,y\n3,4\n")
    run = launcher.start(
        script,
        f"""
        calls = []

        def fake_dialog(dialog_type=10, directory="", allow_multiple=False, save_filename="", file_types=()):
            calls.append({{"type": int(dialog_type), "multiple": allow_multiple, "file_types": list(file_types)}})
            return ({str(source)!r},)

        window.create_file_dialog = fake_dialog
        wait_text("got: nothing")
        wait_for("window.pywebview && window.pywebview.api && typeof window.pywebview.api.open_files === 'function'")
        click("Browse files")
        wait_text("got: numbers.csv")
        report(calls=calls, body=text())
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    assert "got: numbers.csv x,y" in run.results["body"]
    assert run.results["calls"] == [{"type": 10, "multiple": False, "file_types": ["Accepted files (*.csv)"]}]


def test_secrets_connections_and_ignored_parameters_in_the_window(launcher: WindowLauncher, tmp_path: Path) -> None:
    """st.secrets and st.connection read .streamlit/secrets.toml beside the script; warnings reach the log file."""
    import sqlite3

    database = tmp_path / "shop.db"
    with sqlite3.connect(database) as db:
        db.execute("create table items (name text, price real)")
        db.executemany("insert into items values (?, ?)", [("pen", 1.5), ("ink", 4.0), ("pad", 2.5)])
    settings = tmp_path / ".streamlit"
    settings.mkdir()
    (settings / "secrets.toml").write_text(
        f'[api]\ngreeting = "hello from secrets"\n\n[connections.shop]\nurl = "sqlite:///{database.as_posix()}"\n'
    )
    script = write_script(
        tmp_path,
        """
        import streamlit as st

        st.write(st.secrets.api.greeting)
        conn = st.connection("shop", type="sql")
        items = conn.query("select count(*) as n, sum(price) as total from items", ttl=600)
        st.write(f"items: {int(items.n[0])}, total: {items.total[0]:.2f}")
        st.write(f"timezone known: {st.context.timezone is not None}")
        @st.fragment(parallel=True)  # a parameter desk still ignores, with a warning
        def part():
            st.write("part drawn")

        part()
        """,
    )
    run = launcher.start(
        script,
        """
        wait_text("items: 3, total: 8.00")
        wait_text("timezone known: True")
        report(body=text())
        window.destroy()
        """,
    )
    assert run.wait(60) == 0, run.stderr
    assert "hello from secrets" in run.results["body"]
    log = run.log_text()
    assert "st.fragment" in log and "'parallel'" in log, log[-2000:]
    assert "'parallel'" in run.stderr  # and to the terminal that started desk run
