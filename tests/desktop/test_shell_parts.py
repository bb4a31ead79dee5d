"""The window's parts that need no display: bridge, geometry, single instance, backend checks, pages."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desk.config import Settings
from desk.shell import backend, bridge, geometry, instance, loading
from desk.shell.window import app_url


class FakeWindow:
    """Stands in for a pywebview window: records dialog requests and answers with ``answer``."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[dict[str, Any]] = []

    def create_file_dialog(self, dialog_type: int, **kwargs: Any) -> Any:
        self.calls.append({"type": int(dialog_type), **kwargs})
        return self.answer


def make_bridge(answer: Any, tmp_path: Path, max_upload_mb: int = 200) -> tuple[bridge.Bridge, FakeWindow]:
    api = bridge.Bridge(max_upload_mb=max_upload_mb, start_dir=tmp_path)
    window = FakeWindow(answer)
    api._attach(window)
    return api, window


# -- bridge --------------------------------------------------------------------------


def test_save_file_writes_the_bytes_where_the_user_chose(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    api, window = make_bridge((str(target),), tmp_path)
    assert api.save_file("report.csv", base64.b64encode(b"a,b\n").decode()) is True
    assert target.read_bytes() == b"a,b\n"
    assert window.calls == [{"type": 30, "directory": str(tmp_path), "save_filename": "report.csv"}]
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_save_file_cancel_writes_nothing(tmp_path: Path) -> None:
    api, _window = make_bridge(None, tmp_path)
    assert api.save_file("report.csv", base64.b64encode(b"x").decode()) is False
    assert list(tmp_path.iterdir()) == []


def test_save_file_refuses_bad_base64_before_any_dialog(tmp_path: Path) -> None:
    api, window = make_bridge(None, tmp_path)
    with pytest.raises(ValueError, match="base64_data is not valid base64"):
        api.save_file("x.bin", "not base64!!")
    assert window.calls == []


@pytest.mark.parametrize(
    ("suggested", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\temp\\a.txt", "a.txt"),
        ("a:b?.txt", "a_b_.txt"),
        ("", "download"),
        ("..", "download"),
    ],
)
def test_suggested_names_lose_folders_and_forbidden_characters(suggested: str, expected: str) -> None:
    assert bridge.safe_file_name(suggested) == expected


def test_file_filters_from_streamlit_style_types() -> None:
    assert bridge.file_filters(["csv", ".TXT", "*.tar.gz", "csv"]) == (
        "Accepted files (*.csv;*.txt;*.tar.gz)",
    )
    assert bridge.file_filters(None) == ()
    assert bridge.file_filters(["bad ext!"]) == ()


def test_open_files_returns_names_types_and_data(tmp_path: Path) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.txt"
    first.write_bytes(b"1,2")
    second.write_bytes(b"hello")
    api, window = make_bridge([str(first), str(second)], tmp_path)
    files = api.open_files(["csv", "txt"], True)
    assert files is not None
    assert [(f["name"], f["size"], f["type"], base64.b64decode(f["data"])) for f in files] == [
        ("a.csv", 3, "text/csv", b"1,2"),
        ("b.txt", 5, "text/plain", b"hello"),
    ]
    assert window.calls[0]["allow_multiple"] is True
    assert window.calls[0]["file_types"] == ("Accepted files (*.csv;*.txt)",)


def test_open_files_enforces_the_upload_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (1024 * 1024 + 1))
    api, _window = make_bridge((str(big),), tmp_path, max_upload_mb=1)
    with pytest.raises(ValueError, match=r"big.bin is larger than the upload limit of 1 MB"):
        api.open_files(None, False)


def test_open_files_cancel_returns_none(tmp_path: Path) -> None:
    api, _window = make_bridge(None, tmp_path)
    assert api.open_files(None, False) is None


def test_pick_path_kinds(tmp_path: Path) -> None:
    api, window = make_bridge((str(tmp_path),), tmp_path)
    assert api.pick_path("folder", None) == str(tmp_path.resolve())
    assert window.calls[-1]["type"] == 20
    window.answer = [str(tmp_path / "a"), str(tmp_path / "b")]
    assert api.pick_path("files", ["py"]) == [str(tmp_path / "a"), str(tmp_path / "b")]
    assert window.calls[-1]["type"] == 10
    with pytest.raises(
        ValueError, match="pick_path: kind must be one of file, files, folder, save, not 'dir'"
    ):
        api.pick_path("dir", None)


def test_only_the_three_dialog_methods_are_public() -> None:
    public = sorted(name for name in dir(bridge.Bridge) if not name.startswith("_"))
    assert public == ["open_files", "pick_path", "save_file"]


# -- geometry ------------------------------------------------------------------------


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
def test_geometry_round_trips_per_app(config_home: Path) -> None:
    app = geometry.app_id(Path("/some/app.py"), Settings())
    assert app == geometry.app_id(Path("/some/../some/app.py"), Settings())
    assert app != geometry.app_id(Path("/other/app.py"), Settings())
    assert geometry.app_id(Path("/some/app.py"), Settings(app_id="Sales report")) == "Sales-report"
    assert geometry.load_geometry(app) == geometry.Geometry()
    geometry.save_geometry(app, geometry.Geometry(900, 640, 10, 20, False))
    assert (config_home / "config" / "desk" / "windows" / f"{app}.json").exists()
    assert geometry.load_geometry(app) == geometry.Geometry(900, 640, 10, 20, False)


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
@pytest.mark.parametrize(
    "content",
    ["not json", "[1, 2]", '{"width": 5, "height": 99999, "x": "a"}', '{"width": true, "height": null}'],
)
def test_bad_geometry_files_fall_back_to_defaults(config_home: Path, content: str) -> None:
    app = "feedfacefeedface"
    path = geometry.geometry_path(app)
    path.parent.mkdir(parents=True)
    path.write_text(content)
    loaded = geometry.load_geometry(app)
    assert (loaded.width, loaded.height, loaded.x, loaded.y) == (
        geometry.DEFAULT_WIDTH,
        geometry.DEFAULT_HEIGHT,
        None,
        None,
    )


# -- single instance -----------------------------------------------------------------


def test_second_claim_fails_and_focus_request_reaches_the_first(tmp_path: Path) -> None:
    first = instance.claim(tmp_path, "app1")
    assert first is not None
    focused = threading.Event()
    first.listen(focused.set)
    try:
        assert instance.claim(tmp_path, "app1") is None  # flock is per open file description
        other = instance.claim(tmp_path, "other")
        assert other is not None
        other.close()
        assert instance.request_focus(tmp_path, "app1", wait=2) is True
        assert focused.wait(2)
        info = json.loads((tmp_path / "app1.json").read_text())
        assert info["pid"] == os.getpid()
    finally:
        first.close()
    assert not (tmp_path / "app1.json").exists()
    again = instance.claim(tmp_path, "app1")
    assert again is not None
    again.close()


def test_focus_request_with_a_wrong_secret_is_refused(tmp_path: Path) -> None:
    first = instance.claim(tmp_path, "app2")
    assert first is not None
    focused = threading.Event()
    first.listen(focused.set)
    try:
        port = json.loads((tmp_path / "app2.json").read_text())["port"]
        assert instance._send_focus(port, "wrong") is False
        assert not focused.wait(0.3)
    finally:
        first.close()


def test_focus_request_without_a_running_instance_gives_up_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    assert instance.request_focus(tmp_path, "nobody", wait=0.3) is False
    assert time.monotonic() - started < 2


def test_a_lock_held_by_another_process_is_seen(tmp_path: Path) -> None:
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[2]);"
        "from desk.shell import instance; from pathlib import Path;"
        "lock = instance.claim(Path(sys.argv[1]), 'shared'); print('held' if lock else 'busy', flush=True); time.sleep(30)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path), str(Path(__file__).resolve().parents[2])],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
        assert instance.claim(tmp_path, "shared") is None
    finally:
        proc.kill()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()
    again = instance.claim(tmp_path, "shared")  # the OS released the dead process's lock
    assert again is not None
    again.close()


# -- backend checks ------------------------------------------------------------------


def test_gui_is_explicit_per_platform() -> None:
    assert backend.gui_name("linux") == "qt"
    assert backend.gui_name("win32") == "edgechromium"
    assert backend.gui_name("darwin") == "cocoa"


@pytest.mark.skipif(sys.platform != "linux", reason="Linux display checks")
def test_no_display_is_explained_with_the_browser_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PyQt6.QtWebEngineWidgets")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    message = backend.backend_problem("app.py")
    assert message is not None
    assert "there is no display" in message
    assert "desk run app.py --browser" in message
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert backend.backend_problem("app.py") is None


@pytest.mark.skipif(sys.platform != "linux", reason="Linux display checks")
def test_an_unreachable_x_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PyQt6.QtWebEngineWidgets")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":987")
    message = backend.backend_problem("app.py")
    assert message is not None
    assert "cannot connect to the X display ':987'" in message


def test_a_missing_library_names_the_debian_package() -> None:
    message = backend._library_message("libxcb-cursor.so.0", "Qt's xcb platform plugin")
    assert "sudo apt-get install libxcb-cursor0" in message
    assert (
        backend._missing_library("libnss3.so: cannot open shared object file: No such file") == "libnss3.so"
    )


def test_a_missing_python_module_says_how_to_install_it() -> None:
    message = backend._module_problem(("desk_no_such_module",), "pip install 'pywebview[qt]'")
    assert message is not None
    assert "pip install 'pywebview[qt]'" in message


@pytest.mark.skipif(sys.platform != "linux", reason="Linux display checks")
def test_desk_run_without_a_display_exits_1_with_a_message_and_no_traceback(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.write('hi')\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(
        {
            "XDG_CONFIG_HOME": str(tmp_path / "c"),
            "XDG_STATE_HOME": str(tmp_path / "s"),
            "XDG_CACHE_HOME": str(tmp_path / "k"),
        }
    )
    done = subprocess.run(
        [sys.executable, "-m", "desk", "run", str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert "desk cannot open a window: there is no display" in done.stderr
    assert "desk run app.py --browser" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


# -- pages and URL -------------------------------------------------------------------


def test_local_pages_are_self_contained_and_escaped() -> None:
    page = loading.loading_html("<My app>")
    assert "&lt;My app&gt;" in page and "<My app>" not in page
    error = loading.error_html("app", "The app's server could not start", "OSError: <busy>", "see logs")
    assert "OSError: &lt;busy&gt;" in error
    for html in (page, error):
        assert "http:" not in html and "https:" not in html and "<script" not in html


def test_app_url_keeps_the_servers_token_or_adds_one() -> None:
    class Handle:
        port = 8123
        url = "http://127.0.0.1:8123/?token=abc"

    assert app_url(Handle(), "abc") == "http://127.0.0.1:8123/?token=abc"
    Handle.url = ""
    assert app_url(Handle(), "a b") == "http://127.0.0.1:8123/?token=a%20b"


@pytest.mark.parametrize(
    ("device_files", "expected"),
    [
        ([], "software"),  # a VM, a remote desktop, Xvfb: OpenGL would be emulated on the CPU
        (["dri/renderD128"], None),
        (["dri/card0"], None),
        (["nvidia0"], None),  # NVIDIA's driver without DRM device files
    ],
)
def test_the_window_draws_in_software_only_on_a_machine_without_a_gpu(
    device_files: list[str], expected: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk.shell.window import prepare_environment

    for name in device_files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).touch()
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)  # restored after the test
    prepare_environment(tmp_path)
    assert os.environ.get("QT_QUICK_BACKEND") == expected


def test_a_qt_quick_backend_the_user_chose_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.shell.window import prepare_environment

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QUICK_BACKEND", "")  # empty: Qt's own choice
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)  # restored after the test
    prepare_environment(tmp_path)
    assert os.environ["QT_QUICK_BACKEND"] == ""


def test_the_window_environment_is_left_alone_outside_linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.shell.window import prepare_environment

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
    prepare_environment(tmp_path)
    assert "QT_QUICK_BACKEND" not in os.environ


def test_the_early_engine_gets_pywebviews_flags_after_the_users_once() -> None:
    from desk.shell.engine import WINDOW_FLAGS, prepare_engine_environment

    environ = {"QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu", "QT_STYLE_OVERRIDE": "kvantum"}
    prepare_engine_environment(environ, "debian")
    assert environ["QTWEBENGINE_CHROMIUM_FLAGS"].split() == ["--no-sandbox", "--disable-gpu", *WINDOW_FLAGS]
    assert environ["QT_STYLE_OVERRIDE"] == ""  # as pywebview's Qt module sets it
    prepare_engine_environment(environ, "debian")  # again: nothing added twice
    assert environ["QTWEBENGINE_CHROMIUM_FLAGS"].split() == ["--no-sandbox", "--disable-gpu", *WINDOW_FLAGS]
    bare: dict[str, str] = {}
    prepare_engine_environment(bare, "arch")  # a distribution where pywebview turns the sandbox off
    assert bare["QTWEBENGINE_CHROMIUM_FLAGS"].split() == [*WINDOW_FLAGS, "--no-sandbox"]


def test_the_early_engine_copies_what_pywebviews_qt_module_sets_before_its_engine_starts() -> None:
    """pywebview's source says which flags and distributions; a new pywebview that changes them fails here."""
    import ast
    import importlib.util

    from desk.shell.engine import NO_SANDBOX_PRODUCTS, WINDOW_FLAGS

    spec = importlib.util.find_spec("webview")  # its source only: nothing of pywebview is imported here
    assert spec is not None and spec.origin is not None
    tree = ast.parse((Path(spec.origin).parent / "platforms" / "qt.py").read_text(encoding="utf-8"))

    def appended_flags(node: ast.AST) -> list[str]:
        flags = []
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "environ_append":
                values = [arg.value for arg in call.args if isinstance(arg, ast.Constant)]
                if values and values[0] == "QTWEBENGINE_CHROMIUM_FLAGS":
                    flags.extend(values[1:])
        return flags

    browser_view = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "BrowserView")
    init = next(n for n in browser_view.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    assert set(appended_flags(init)) == set(WINDOW_FLAGS)
    sandbox_ifs = [n for n in tree.body if isinstance(n, ast.If) and "productType" in ast.unparse(n.test)]
    assert len(sandbox_ifs) == 1
    (products,) = [n for n in ast.walk(sandbox_ifs[0].test) if isinstance(n, ast.List)]
    assert tuple(ast.literal_eval(products)) == NO_SANDBOX_PRODUCTS
    assert set(appended_flags(sandbox_ifs[0])) == {"--no-sandbox"}
    assert "os.environ['QT_STYLE_OVERRIDE'] = ''" in {ast.unparse(n) for n in tree.body}
