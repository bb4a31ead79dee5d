"""The Tornado application: its routes, the page and asset handlers, and running the server.

``start_server`` runs the application on a background thread with its own asyncio loop.
It binds ``settings.host`` (127.0.0.1 unless asked otherwise) on ``settings.port`` (0: any
free port) and reads the real port back from the bound socket.

Routes::

    GET  /  /index.html        the frontend shell (no token: the page reads it from its URL)
    GET  /assets/...           hashed build output (no token, cached for a year)
    GET  /favicon.{ico,svg,png}
    WS   /ws                   the session's socket                      (token)
    GET  /media/<digest>       a payload of the session's page, ranges   (token)
    GET  /media/<digest>?frame=<key>  a components.html page, by capability (no token)
    PUT  /upload/<session>     a file for st.file_uploader               (token + XSRF)
    DEL  /upload/<session>/<file_id>                                     (token + XSRF)
    GET  /health               "ok"                                      (token)

Every response carries a Content-Security-Policy limited to the served origin,
``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer`` and
``X-Frame-Options: SAMEORIGIN``. The Host header must name a loopback address with the
served port (DNS rebinding), unless the server was asked to bind a non-loopback address.

Request bodies: the HTTP server reads at most ``MAX_BODY_BYTES`` of a body before the
handler has checked the request, so an unauthenticated request cannot make it buffer a
large body. Only the upload route, which streams, raises the limit for its request, and
only after its token and XSRF checks passed.

The token never reaches a log line: handlers name a request by method and path only.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tornado.web
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from desk.cache import clear_all_caches
from desk.config import Settings
from desk.server.files import MediaHandler, UploadHandler
from desk.server.handlers_base import MB, DeskHandler, DeskServer, SecureHandlerMixin
from desk.server.socket import DeskSocket

log = logging.getLogger("desk.server")

MAX_BODY_BYTES = 64 * 1024
"""Body bytes the HTTP server accepts before a handler has checked the request."""
ALL_INTERFACES = frozenset({"0.0.0.0", "::", ""})

NOT_BUILT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>desk</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.5">
<h1>desk's frontend is not built</h1>
<p>The server is running, but <code>desk/static/index.html</code> does not exist.</p>
<p>Build the frontend once with:</p>
<pre>cd frontend
npm ci
npm run build</pre>
<p>The build writes <code>desk/static/</code>. Then reload this page.</p>
</body></html>
"""


class IndexHandler(DeskHandler):
    """The page shell. No token: the page reads it from its own URL."""

    public_route = True

    def get(self) -> None:
        self.set_header("Cache-Control", "no-cache")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        index = self.desk.static_dir / "index.html"
        try:
            self.finish(index.read_bytes())
        except FileNotFoundError:
            self.finish(NOT_BUILT_PAGE)

    def head(self) -> None:
        self.set_header("Cache-Control", "no-cache")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish()


class HealthHandler(DeskHandler):
    def get(self) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish("ok")


class NotFoundHandler(IndexHandler):
    """Unknown paths: page URLs of multipage apps (``/sales``) get the page shell, the rest 404."""

    public_route = True

    def prepare(self) -> None:
        super().prepare()
        if self.request.method not in ("GET", "HEAD") or not _PAGE_PATH.match(self.request.path):
            raise tornado.web.HTTPError(404)
        if self.request.path.endswith("/"):
            # the shell loads its assets relative to the page URL: keep page URLs one level deep
            query = f"?{self.request.query}" if self.request.query else ""
            self.redirect(self.request.path.rstrip("/") + query)


# One path segment of letters, digits, '-' and '_': a multipage app's url_path.
_PAGE_PATH = re.compile(r"^/[A-Za-z0-9_\-]{1,200}/?$")


# The content types of what the frontend build holds, by suffix (the same values as Python's
# own table). Fixed rather than looked up: the system's MIME database costs a few ms of CPU to
# load on the first request, while the page loads, and it can be wrong (a Windows registry
# that maps .js to text/plain makes browsers refuse the module scripts).
BUILD_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/vnd.microsoft.icon",
    ".wasm": "application/wasm",
    ".json": "application/json",
}


class StaticHandler(SecureHandlerMixin, tornado.web.StaticFileHandler):
    """Build output. Hashed assets are cached for a year; the few top-level files for a day."""

    def initialize(self, path: str, desk: DeskServer, max_age: int = 365 * 24 * 3600) -> None:  # type: ignore[override]
        super().initialize(path)
        self.attach_desk(desk)
        self.max_age = max_age

    def prepare(self) -> None:
        self.check_host()

    def get_content_type(self) -> str:
        known = BUILD_TYPES.get(os.path.splitext(self.absolute_path or "")[1].lower())
        return known if known is not None else super().get_content_type()

    def set_extra_headers(self, path: str) -> None:
        immutable = ", immutable" if self.max_age >= 365 * 24 * 3600 else ""
        self.set_header("Cache-Control", f"public, max-age={self.max_age}{immutable}")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(f"{status_code} {self._reason}\n")


class ComponentHandler(DeskHandler):
    """Files of path-based custom components (``declare_component(name, path=...)``).

    Public like the page's own assets (a component's page loads its scripts by relative
    URL, without the token), confined to the component's registered folder. Component
    pages may use inline scripts and styles, so their CSP allows them for this route only.
    """

    public_route = True

    def get(self, name: str, relative: str) -> None:
        from desk.components.v1 import component_file

        path = component_file(name, relative or "index.html")
        if path is None:
            raise tornado.web.HTTPError(404)
        try:
            data = path.read_bytes()
        except OSError:
            raise tornado.web.HTTPError(404) from None
        import mimetypes

        mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.set_header("Content-Type", mimetype)
        self.set_header(
            "Content-Security-Policy",
            "default-src 'self' 'unsafe-inline' data: blob:; img-src 'self' data: blob:; "
            "connect-src 'self'; frame-ancestors 'self'",
        )
        self.set_header("Cache-Control", "no-cache")
        self.finish(data)


def make_app(desk: DeskServer) -> tornado.web.Application:
    """The Tornado application serving ``desk``."""
    context = {"desk": desk}
    static = str(desk.static_dir)
    routes: list[Any] = [
        (r"/", IndexHandler, context),
        (r"/index\.html", IndexHandler, context),
        (r"/assets/(.*)", StaticHandler, {"path": str(desk.static_dir / "assets"), "desk": desk}),
        (r"/(favicon\.(?:ico|svg|png))", StaticHandler, {"path": static, "desk": desk, "max_age": 24 * 3600}),
        (r"/ws", DeskSocket, context),
        (r"/health", HealthHandler, context),
        (r"/media/([^/]*)", MediaHandler, context),
        (r"/upload/([^/]+)", UploadHandler, context),
        (r"/component/([^/]+)/?(.*)", ComponentHandler, context),
        (r"/upload/([^/]+)/([^/]+)", UploadHandler, context),
    ]
    return tornado.web.Application(
        routes,
        default_handler_class=NotFoundHandler,
        default_handler_args=context,
        # Makes Tornado call check_xsrf_cookie on every non-GET request, before prepare():
        # desk's handlers override it (no cookie is read or set).
        xsrf_cookies=True,
        # Clients send widget values and requests, never files (uploads use PUT /upload):
        # no legitimate frame is larger than the message limit that on_message applies.
        # 1 MB over it, on_message still refuses a frame with a warning and keeps the
        # socket; beyond that, Tornado closes the socket (1009) without buffering more.
        websocket_max_message_size=desk.max_message_bytes + MB,
        websocket_ping_interval=30,
        websocket_ping_timeout=30,
        compress_response=False,
        log_function=_log_request,
    )


def _log_request(handler: tornado.web.RequestHandler) -> None:
    """Access log at DEBUG, without query strings (they hold the token). Refusals are logged as warnings apart."""
    if log.isEnabledFor(logging.DEBUG):
        request = handler.request
        log.debug("%d %s %s %.1f ms", handler.get_status(), request.method, request.path, 1000 * request.request_time())


# ---------------------------------------------------------------------- running


@dataclass
class ServerHandle:
    """A running server: its port, the URL to open, and ``stop()``."""

    port: int
    url: str
    token: str
    desk: DeskServer
    thread: threading.Thread

    def stop(self, timeout: float = 2.0) -> None:
        """Close every socket and session and stop the server thread (at most ``timeout`` s)."""
        loop = self.desk.loop
        stopping = self.desk.stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(stopping.set)
            except RuntimeError:  # the loop already closed
                pass
        if self.thread is not threading.current_thread():
            self.thread.join(timeout)

    def rerun_all(self) -> None:
        """Rerun the script of every session with a connected client (the window's Rerun menu)."""
        loop = self.desk.loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.desk.sessions.rerun_connected)  # the registry lives on the loop

    def clear_caches(self) -> None:
        """Clear every st.cache_data and st.cache_resource entry (the window's Clear cache menu)."""
        clear_all_caches()


def start_server(
    script_path: str | Path,
    settings: Settings,
    token: str | None = None,
    *,
    static_dir: Path | None = None,
    dev: bool = False,
) -> ServerHandle:
    """Serve ``script_path`` on a background thread and return once the socket is bound.

    With ``dev``, every session reruns when the script or a local module is saved.
    Raises ``OSError`` when the address cannot be bound (e.g. the port is taken).
    """
    import secrets

    desk = DeskServer(Path(script_path).resolve(), settings, token or secrets.token_urlsafe(24), static_dir)
    ready = threading.Event()
    failures: list[BaseException] = []
    thread = threading.Thread(
        target=_run_loop, args=(desk, ready, failures), name="desk-server", daemon=True
    )
    thread.start()
    ready.wait()
    if failures:
        thread.join(1.0)
        raise failures[0]
    if dev:
        _start_reloader(desk)
    if settings.first_run_at_launch and not dev and desk.loop is not None:
        # The first session runs the script now, while the page loads (a reload under --dev
        # would make its output stale before a client takes it).
        desk.loop.call_soon_threadsafe(desk.sessions.start_spare)
        # Meanwhile a reopened app's disk cache is opened and pyarrow imported, off the
        # first cached call's path (nothing happens for an app without cached frames).
        threading.Thread(target=_warm_up_cache, args=(desk.script_path, desk.settings), name="desk-warm-up", daemon=True).start()
    else:
        threading.Thread(target=_warm_up, args=(desk.script_path, desk.settings), name="desk-warm-up", daemon=True).start()
    return ServerHandle(desk.port, server_url(desk.host, desk.port, desk.token), desk.token, desk, thread)


def _warm_up(script: Path, settings: Settings) -> None:
    """While the browser loads the page, compile the script and import what its first run needs."""
    try:
        from desk.runtime.alias import install_streamlit_alias
        from desk.runtime.script import ScriptSource, script_cache

        install_streamlit_alias()
        script_cache.compile(ScriptSource(script))
        import desk.elements.layout
        import desk.elements.status
        import desk.elements.text
        import desk.runtime.runner  # noqa: F401
        from desk.elements.widgets import FAMILIES

        for family in FAMILIES:
            importlib.import_module(f"desk.elements.widgets.{family}")
    except Exception:  # a script that does not compile is reported by its first run
        log.debug("warm-up skipped", exc_info=True)
    _warm_up_cache(script, settings)


def _warm_up_cache(script: Path, settings: Settings) -> None:
    """Open the app's disk cache and, when it holds frames, import what reading them needs.

    An app without a disk cache (most apps, and every app at its first launch) imports
    nothing here: that work would only compete with the first run and the page's loading.
    """
    try:
        from desk.cache.locations import has_disk_cache

        if not has_disk_cache(settings, script):
            return
        from desk.cache.api import warm_up_disk

        warm_up_disk(script, settings)
    except Exception:  # the first cached call reports a cache it cannot use
        log.debug("cache warm-up skipped", exc_info=True)


def _start_reloader(desk: DeskServer) -> None:
    from desk.server.reload import Reloader

    def rerun_everyone(changed: set[Path]) -> None:
        loop = desk.loop
        if loop is None or loop.is_closed():
            return

        def on_loop() -> None:
            for entry in list(desk.sessions.entries.values()):
                entry.session.request_rerun()

        loop.call_soon_threadsafe(on_loop)

    Reloader(desk.script_path, rerun_everyone).start()


def server_url(host: str, port: int, token: str) -> str:
    """The URL a user opens: the page, with the token in its query."""
    from urllib.parse import quote

    shown = "127.0.0.1" if host in ALL_INTERFACES else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/?token={quote(token, safe='')}"


def _run_loop(desk: DeskServer, ready: threading.Event, failures: list[BaseException]) -> None:
    try:
        asyncio.run(_serve(desk, ready, failures))
    except BaseException as error:
        if not ready.is_set():
            failures.append(error)
            ready.set()
        else:
            log.exception("the server loop failed")


async def _serve(desk: DeskServer, ready: threading.Event, failures: list[BaseException]) -> None:
    try:
        sockets = bind_sockets(desk.settings.port, address=desk.host or None)
    except OSError as error:
        failures.append(error)
        ready.set()
        return
    # Small by default: UploadHandler raises it for its own request once the request is checked.
    http = HTTPServer(make_app(desk), max_body_size=MAX_BODY_BYTES)
    http.add_sockets(sockets)
    desk.port = sockets[0].getsockname()[1]
    desk.loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    desk.stopping = stopping
    ready.set()
    await stopping.wait()
    http.stop()
    desk.sessions.close_all()
    try:
        await asyncio.wait_for(http.close_all_connections(), 0.5)
    except (asyncio.TimeoutError, Exception):
        pass
