"""The desktop window: pywebview on the main thread, the desk server on a thread beside it.

:func:`run_window` is the entry point ``desk run app.py`` uses when neither ``--browser``
nor ``--headless`` is given. In order, it:

1. makes sure this is the app's only instance (a second launch focuses the first window
   and exits 0);
2. checks that a GUI backend can start, or prints what is missing and exits 1;
3. opens the window at once on a local loading page, with the remembered size and position,
   while the server starts on a background thread; then switches to the app's URL (or to
   an error page when the server cannot start);
4. mirrors the page's ``document.title`` into the window title every 0.5 s;
5. when the window closes: remembers its geometry, stops the server and its sessions, and
   makes sure the process exits within 2 s even when a script is stuck.

The environment variable ``DESK_TEST_HOOK`` names a Python file that is run in the window
process once the app's page has loaded, with ``window`` (the pywebview window), ``shell``
(the :class:`WindowShell`) and ``webview`` in its globals. The desktop tests use it to drive
the window; it is never set in normal use.
"""

from __future__ import annotations

import inspect
import json
import logging
import logging.handlers
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from desk.shell.backend import backend_problem, gui_name
from desk.shell.bridge import API_METHODS, INSTALL_API_JS, Bridge
from desk.shell.geometry import (
    MIN_HEIGHT,
    MIN_WIDTH,
    app_id,
    instance_dir,
    load_geometry,
    log_dir,
    save_geometry,
)
from desk.shell.instance import InstanceLock, claim, request_focus
from desk.shell.loading import error_html, loading_html

if TYPE_CHECKING:
    from desk.config import Settings
    from desk.server.app import ServerHandle

log = logging.getLogger("desk.shell")

EXIT_GRACE = 1.0  # seconds between the window closing and a forced exit: 1 s of margin for teardown on a busy machine
SERVER_START_TIMEOUT = 60.0
TITLE_POLL_INTERVAL = 0.5
DEFAULT_ICON = Path(__file__).with_name("desk.png")


def run_window(
    script_path: Path,
    settings: Settings,
    *,
    token: str,
    dev: bool = False,
    title: str | None = None,
    icon: Path | None = None,
) -> int:
    """Run the app at ``script_path`` in a native window; returns the process exit code."""
    script_path = Path(script_path).resolve()
    app = app_id(script_path, settings)
    setup_logging(app)
    lock = claim(instance_dir(), app)
    if lock is None:
        if request_focus(instance_dir(), app):
            print(f"{script_path.name} is already open: its window was brought to the front.")
            return 0
        log.warning(
            "Another instance of %s holds the lock but does not answer; opening a second window", script_path
        )
    problem = backend_problem(_display_path(script_path))
    if problem is not None:
        print(problem, file=sys.stderr)
        if lock is not None:
            lock.close()
        return 1
    prepare_environment()
    shell = WindowShell(script_path, settings, token=token, dev=dev, title=title, icon=icon, lock=lock)
    return shell.run()


def prepare_environment(devices: Path = Path("/dev")) -> None:
    """Environment Qt WebEngine needs before it loads (Linux; a variable already set is kept).

    - Its sandbox cannot run as root.
    - On a machine with no GPU device (a VM, a remote desktop, Xvfb), Qt Quick would draw
      the page through OpenGL emulated on the CPU (Mesa's llvmpipe); its own software
      renderer is much cheaper there: the window painted its first text in 628-653 ms
      instead of 836-856 ms (bench_window, no GPU). A machine with a GPU keeps OpenGL.
      ``QT_QUICK_BACKEND`` set to anything, even empty, keeps Qt's own choice.
    """
    if not sys.platform.startswith("linux"):
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if not has_gpu_device(devices):
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def has_gpu_device(devices: Path = Path("/dev")) -> bool:
    """Whether Linux shows a GPU: a DRM card or render node, or NVIDIA's own device files."""
    dri = devices / "dri"
    return any(dri.glob("card*")) or any(dri.glob("renderD*")) or any(devices.glob("nvidia*"))


def _display_path(script_path: Path) -> str:
    try:
        return str(script_path.relative_to(Path.cwd()))
    except ValueError:
        return str(script_path)


_file_handler: logging.Handler | None = None


def log_traceback(message: str) -> None:
    """Write ``message`` and the current exception's traceback to the log file only (never the terminal)."""
    if _file_handler is None:
        return
    record = log.makeRecord(log.name, logging.ERROR, __file__, 0, message, (), sys.exc_info())
    _file_handler.handle(record)


def setup_logging(app: str) -> Path | None:
    """Send desk's log records to a rotating file in the user log folder; its path, or None."""
    global _file_handler
    folder = log_dir()
    path = folder / f"{app}.log"
    logger = logging.getLogger("desk")
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        print(f"desk: cannot write logs to {folder}: {error}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:  # ``desk run`` sets it from logger.level
        logger.setLevel(logging.INFO)
    logging.getLogger("pywebview").addHandler(handler)
    # A built app has no console: warnings (an ignored st.* parameter, a deprecated name) go to the log too.
    logging.captureWarnings(True)
    warnings_log = logging.getLogger("py.warnings")
    for desk_handler in logger.handlers:  # the file, and the terminal when desk run has one
        if desk_handler not in warnings_log.handlers:
            warnings_log.addHandler(desk_handler)
    _file_handler = handler
    return path


class WindowShell:
    """One app window and the server behind it, from opening to exit."""

    def __init__(
        self,
        script_path: Path,
        settings: Settings,
        *,
        token: str,
        dev: bool = False,
        title: str | None = None,
        icon: Path | None = None,
        lock: InstanceLock | None = None,
    ) -> None:
        self.script_path = script_path
        self.settings = settings
        self.token = token
        self.dev = dev
        self.app = app_id(script_path, settings)
        self.title = title or script_path.stem
        self.fixed_title = title is not None  # a title given on the command line wins over the page's
        self.icon_from_cli = icon  # an icon given on the command line wins over the page's
        self.icon = icon if icon is not None else (DEFAULT_ICON if DEFAULT_ICON.exists() else None)
        self.page_icons = 0
        self.lock = lock
        self.geometry = load_geometry(self.app)
        self.bridge = Bridge(max_upload_mb=settings.max_upload_mb)
        self.window: Any = None
        self.server: ServerHandle | None = None
        self.server_error: BaseException | None = None
        self.app_url: str | None = None
        self.exit_code = 0
        self.server_ready = threading.Event()
        self.closed = threading.Event()
        self._shown_title = self.title
        self.focus_count = 0
        self.started = time.monotonic()
        self._exit_lock = threading.Lock()
        self._watchdog: threading.Timer | None = None

    # -- lifecycle -----------------------------------------------------------------

    def run(self) -> int:
        """Open the window (blocks the main thread until it closes), then shut down."""
        threading.Thread(target=self._start_server, name="desk-server-start", daemon=True).start()
        if gui_name() == "qt":
            from desk.shell.engine import start_engine_while_importing

            start_engine_while_importing()
        import webview
        from webview.menu import Menu, MenuAction, MenuSeparator

        geometry = self.geometry
        self.window = webview.create_window(
            self.title,
            html=loading_html(self.title),
            js_api=self.bridge,
            width=geometry.width,
            height=geometry.height,
            x=geometry.x,
            y=geometry.y,
            maximized=geometry.maximized,
            min_size=(MIN_WIDTH, MIN_HEIGHT),
            text_select=True,
        )
        self.bridge._attach(self.window)
        # pywebview answers js_api calls through evaluate_js, which wraps the code in eval();
        # the app's Content-Security-Policy forbids eval, so answer through the native call.
        self.window.evaluate_js = self._evaluate_js_without_eval
        webview.settings["ALLOW_DOWNLOADS"] = True  # plain <a download> links still get a Save dialog
        events = self.window.events
        events.resized += self._on_resized
        events.moved += self._on_moved
        events.maximized += self._on_maximized
        events.restored += self._on_restored
        events.closing += self._on_closing
        events.closed += self._on_closed
        events.loaded += self._on_loaded
        events.shown += self._on_shown
        if self.lock is not None:
            self.lock.listen(self.focus)
        menu = [
            Menu(
                "App",
                [
                    MenuAction("Rerun", self.rerun),
                    MenuAction("Clear cache", self.clear_cache),
                    MenuSeparator(),
                    MenuAction("Open log folder", self.open_log_folder),
                    MenuAction("About", self.about),
                ],
            )
        ]
        self._close_on_signals()
        log.info("Opening the window for %s (gui=%s)", self.script_path, gui_name())
        try:
            webview.start(
                self._after_start,
                gui=gui_name(),  # type: ignore[arg-type]
                menu=menu,
                icon=str(self.icon) if self.icon else None,
            )
        except Exception as error:  # the backend failed after the checks passed
            log_traceback("The window could not start")
            print(f"desk cannot open a window: {error}\n", file=sys.stderr)
            print(
                f"Or open the app in your web browser instead:  desk run {_display_path(self.script_path)} --browser",
                file=sys.stderr,
            )
            self.exit_code = 1
        self._on_closed()
        self.shutdown()
        return self.exit_code

    def _close_on_signals(self) -> None:
        """SIGTERM (and SIGHUP) close the window like its close button (Ctrl-C: pywebview quits the loop)."""

        def close(signum: int, frame: Any) -> None:
            log.info("Signal %d: closing the window", signum)
            threading.Thread(target=self.window.destroy, name="desk-signal-close", daemon=True).start()

        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                try:
                    signal.signal(getattr(signal, name), close)
                except ValueError:  # not the main thread: pywebview will refuse to start anyway
                    pass

    def _start_server(self) -> None:
        try:
            from desk.server.app import start_server

            options: dict[str, Any] = {}
            if self.dev and "dev" in inspect.signature(start_server).parameters:
                options["dev"] = True
            elif self.dev:
                log.warning("--dev: this server does not reload on changes yet")
            self.server = start_server(self.script_path, self.settings, self.token, **options)
            self.app_url = app_url(self.server, self.token)
            log.info("Server ready at port %s", getattr(self.server, "port", "?"))
        except BaseException as error:
            log.error("The server could not start: %s", error)
            log_traceback("The server could not start")
            self.server_error = error
        finally:
            self.server_ready.set()

    def _after_start(self) -> None:
        """Runs once the GUI loop is up (on pywebview's thread): wait for the server, then show the app."""
        threading.Thread(target=self._show_app, name="desk-show-app", daemon=True).start()

    def _show_app(self) -> None:
        if not self.server_ready.wait(SERVER_START_TIMEOUT):
            self.server_error = TimeoutError(
                f"The server did not start within {SERVER_START_TIMEOUT:.0f} seconds."
            )
        if not self.window.events.shown.wait(SERVER_START_TIMEOUT) or self.closed.is_set():
            return  # load_url before the native window exists would be dropped
        try:
            if self.server_error is not None or self.app_url is None:
                self.exit_code = 1
                self.window.load_html(self._server_error_page())
            else:
                self.window.load_url(self.app_url)
        except Exception:
            log.exception("Could not switch the window to the app")
            return
        if not self.fixed_title:
            threading.Thread(target=self._poll_title, name="desk-title", daemon=True).start()
        hook = os.environ.get("DESK_TEST_HOOK")
        if hook:
            self._run_hook(Path(hook))

    def _server_error_page(self) -> str:
        error = self.server_error
        details = f"{type(error).__name__}: {error}" if error is not None else "The server gave no address."
        return error_html(
            self.title,
            "The app's server could not start",
            details,
            f"Details are in the log folder: {log_dir()}",
        )

    def _run_hook(self, path: Path) -> None:
        import runpy

        import webview

        if not self.window.events.loaded.wait(30):
            log.warning("The page did not finish loading; running the test hook anyway")
        try:
            runpy.run_path(str(path), init_globals={"window": self.window, "shell": self, "webview": webview})
        except Exception:
            log.exception("The test hook %s failed", path)

    def _evaluate_js_without_eval(self, script: str, callback: Any = None) -> Any:
        return self.run_js(script)

    def run_js(self, script: str) -> Any:
        """Run ``script`` in the page without eval (allowed by the page's CSP); its value."""
        result = self.window.run_js(script)
        if gui_name() != "qt" and isinstance(result, str):  # other backends answer in JSON
            try:
                return json.loads(result)
            except ValueError:
                return result
        return result

    def _poll_title(self) -> None:
        """Mirror ``document.title`` into the window title (set_page_config and the frontend set it)."""
        while not self.closed.wait(TITLE_POLL_INTERVAL):
            if not self.window.events.loaded.is_set():
                continue
            try:
                title = self.run_js("document.title")
            except Exception:
                continue
            if (
                isinstance(title, str)
                and title.strip()
                and title != self._shown_title
                and not self.closed.is_set()
            ):
                self._shown_title = title
                self.window.title = title

    # -- window events -------------------------------------------------------------

    def _on_shown(self) -> None:
        log.info("Window shown %.2f s after start", time.monotonic() - self.started)
        if gui_name() == "qt" and self.icon_from_cli is None:
            self._follow_page_icon()

    def _follow_page_icon(self) -> None:
        """Qt: the page's favicon (set_page_config's page_icon) becomes the window icon."""
        from PyQt6.QtCore import Qt
        from PyQt6.QtGui import QIcon

        native = getattr(self.window, "native", None)
        view = getattr(native, "webview", None)
        if native is None or view is None:
            return

        def on_icon(icon: QIcon) -> None:  # runs on the GUI thread (direct connection)
            if not icon.isNull():
                native.setWindowIcon(icon)
                self.page_icons += 1

        view.iconChanged.connect(on_icon, Qt.ConnectionType.DirectConnection)

    def _on_loaded(self) -> None:
        if self.app_url is not None:
            try:
                self.run_js(INSTALL_API_JS % json.dumps(list(API_METHODS)))
            except Exception as error:
                log.warning("Could not install the window's JavaScript API: %s", error)

    def _on_resized(self, width: int, height: int) -> None:
        if not self.geometry.maximized:
            self.geometry.width, self.geometry.height = int(width), int(height)

    def _on_moved(self, x: int, y: int) -> None:
        if not self.geometry.maximized:
            self.geometry.x, self.geometry.y = int(x), int(y)

    def _on_maximized(self) -> None:
        self.geometry.maximized = True

    def _on_restored(self) -> None:
        self.geometry.maximized = False

    def _on_closing(self) -> None:
        self._arm_forced_exit()
        save_geometry(self.app, self.geometry)

    def _on_closed(self) -> None:
        """The window is gone: stop the pollers; the forced exit is armed."""
        self._arm_forced_exit()
        if self.closed.is_set():
            return
        self.closed.set()
        log.info("Window closed")

    def _arm_forced_exit(self) -> None:
        """Exit after the grace period whatever still runs, so a stuck script cannot keep the process alive."""
        with self._exit_lock:
            if self._watchdog is not None:
                return
            self._watchdog = threading.Timer(EXIT_GRACE, self._force_exit)
        self._watchdog.name = "desk-exit-watchdog"
        self._watchdog.daemon = True
        self._watchdog.start()

    def _force_exit(self) -> None:
        from desk.cache import flush_pending_writes

        flush_pending_writes()  # cache entries still being written are finished, never cut off
        log.warning("Still running %.1f s after the window closed; exiting now", EXIT_GRACE)
        _flush_logs()
        os._exit(self.exit_code)

    def shutdown(self) -> None:
        """Stop the server (which stops its sessions) without waiting past the grace period."""
        save_geometry(self.app, self.geometry)
        server = self.server
        if server is not None:
            stopper = threading.Thread(
                target=_stop_server, args=(server,), name="desk-server-stop", daemon=True
            )
            stopper.start()
            stopper.join(EXIT_GRACE * 0.6)
        if self.lock is not None:
            self.lock.close()
        _flush_logs()

    # -- menu and focus ------------------------------------------------------------

    def focus(self) -> None:
        """Bring the window to the front (a second launch of the same app asked for it)."""
        if self.window is None or self.closed.is_set():
            return
        self.focus_count += 1
        maximized = self.geometry.maximized
        self.window.show()
        self.window.restore()  # un-minimises, raises and activates (Qt)
        if maximized:
            self.window.maximize()  # restore() also un-maximises; keep the user's choice
        log.info("Window brought to the front")

    def rerun(self) -> None:
        """Menu "Rerun": rerun the script of every connected session."""
        if self.server is not None:
            self.server.rerun_all()
            log.info("Rerun from the menu")

    def clear_cache(self) -> None:
        """Menu "Clear cache": clear every st.cache_data and st.cache_resource entry."""
        if self.server is not None:
            self.server.clear_caches()
            log.info("Caches cleared from the menu")

    def open_log_folder(self) -> None:
        open_folder(log_dir())

    def about(self) -> None:
        from desk import __version__

        if self.window is not None:
            self.window.create_confirmation_dialog(
                "About",
                f"{self.title}\n\nMade with desk {__version__}\nScript: {self.script_path}\nLogs: {log_dir()}",
            )


def app_url(server: Any, token: str) -> str:
    """The URL the window opens: the server's own URL, with the token when it lacks one."""
    url = getattr(server, "url", None)
    if not isinstance(url, str) or not url:
        url = f"http://127.0.0.1:{server.port}/"
    if "token=" not in url:
        url += ("&" if "?" in url else "?") + "token=" + quote(token, safe="")
    return url


def _stop_server(server: Any) -> None:
    started = time.monotonic()
    try:
        server.stop()
    except Exception:
        log.exception("Stopping the server failed")
    log.info("Server stopped in %.2f s", time.monotonic() - started)


def _flush_logs() -> None:
    for handler in logging.getLogger("desk").handlers:
        try:
            handler.flush()
        except Exception:
            pass
    sys.stdout.flush()
    sys.stderr.flush()


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the system's file manager."""
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        os.startfile(folder)  # type: ignore[attr-defined,unused-ignore]
        return
    command = ["open" if sys.platform == "darwin" else "xdg-open", str(folder)]
    try:
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as error:
        log.warning("Cannot open %s: %s", folder, error)
