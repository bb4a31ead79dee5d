"""What every handler of a server shares: ``DeskServer`` (settings, token, sessions, checks) and the base classes.

``SecureHandlerMixin`` puts the security headers on every response and checks the Host
header and the token; ``DeskHandler`` is the base of desk's HTTP routes. The routes
(``app``), the media and upload handlers (``files``) and the WebSocket (``socket``) build
on this module; it imports none of them.

The token never reaches a log line: handlers name a request by method and path only.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import logging
import re
from pathlib import Path
from typing import Any

import tornado.web
from tornado.httputil import split_host_and_port

from desk.config import Settings
from desk.server.sessions import SessionRegistry

log = logging.getLogger("desk.server")

MB = 1024 * 1024
MAX_PATH_CHARS = 2048
"""Longest request path served; longer ones get 414."""
STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
_HOST_HEADER = re.compile(r"^[A-Za-z0-9.\-\[\]:]{1,300}$")


def is_loopback(host: str) -> bool:
    """True for a name or address that only this machine can reach: localhost, 127.x.y.z, ::1."""
    name = host.lower().strip()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class DeskServer:
    """What every handler of one running server shares: settings, token, sessions."""

    def __init__(self, script_path: Path, settings: Settings, token: str, static_dir: Path | None = None) -> None:
        self.script_path = script_path
        self.settings = settings
        self.token = token
        self.static_dir = static_dir if static_dir is not None else STATIC_DIR
        self.host = settings.host
        self.public = not is_loopback(settings.host)
        self.port = 0
        self.loop: asyncio.AbstractEventLoop | None = None
        self.stopping: asyncio.Event | None = None
        self.sessions = SessionRegistry(script_path, settings)

    # ------------------------------------------------------------------ checks
    def token_ok(self, supplied: str | None) -> bool:
        if not supplied:
            return False
        return hmac.compare_digest(supplied.encode("utf-8", "replace"), self.token.encode("utf-8"))

    def _derive(self, purpose: str, *parts: str) -> str:
        """A value only the holder of the token can compute, for ``purpose`` and ``parts``."""
        message = "\x00".join((purpose, *parts)).encode("utf-8", "replace")
        return hmac.new(self.token.encode("utf-8"), message, hashlib.sha256).hexdigest()

    def frame_key(self, session_id: str, digest: str) -> str:
        """The capability that lets a ``components.html`` frame load its own page, and nothing else."""
        return self._derive("frame", session_id, digest)

    def frame_key_ok(self, supplied: str | None, session_id: str, digest: str) -> bool:
        if not supplied:
            return False
        return hmac.compare_digest(supplied.encode("utf-8", "replace"), self.frame_key(session_id, digest).encode())

    def xsrf_token(self, session_id: str) -> str:
        """The XSRF value uploads of ``session_id`` must send: derived from the token, never chosen by a client."""
        return self._derive("xsrf", session_id)

    def host_ok(self, host_header: str) -> bool:
        """The Host header names this server on a loopback address (or anything when public)."""
        if self.public:
            return True
        if not _HOST_HEADER.match(host_header):
            return False
        name, port = split_host_and_port(host_header.lower())
        if not is_loopback(name):
            return False
        return (port if port is not None else 80) == self.port

    def origin_ok(self, origin: str, host_header: str) -> bool:
        """A WebSocket's Origin is the origin this server serves (same host and port)."""
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(origin)
        except ValueError:
            return False
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        return parts.netloc.lower() == host_header.lower() and self.host_ok(parts.netloc)

    def content_security_policy(self, host_header: str) -> str:
        socket_source = f" ws://{host_header} wss://{host_header}" if _HOST_HEADER.match(host_header) else ""
        return "; ".join(
            [
                "default-src 'self'",
                # blob: loads st.components.v2 modules, which the page's own code makes from the
                # component's JS text; markup cannot mint blob: URLs, so sanitised HTML gains nothing.
                "script-src 'self' 'wasm-unsafe-eval' blob:",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "media-src 'self' data: blob:",
                "font-src 'self' data:",
                f"connect-src 'self'{socket_source} data: blob:",
                "worker-src 'self' blob:",
                "frame-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'self'",
            ]
        )

    @property
    def max_message_bytes(self) -> int:
        return int(self.settings.max_message_mb * MB)

    @property
    def max_upload_bytes(self) -> int:
        return int(self.settings.max_upload_mb * MB)

    @property
    def max_session_upload_bytes(self) -> int:
        """Upload bytes one session may hold at once (never less than one upload of the full size)."""
        return max(self.max_upload_bytes, int(self.settings.max_session_upload_mb * MB))

    @property
    def app_name(self) -> str:
        return self.script_path.stem


class SecureHandlerMixin:
    """Security headers on every response, and the Host and token checks."""

    desk: DeskServer
    request: Any

    def attach_desk(self, desk: DeskServer) -> None:
        """Called from ``initialize``, which Tornado runs after the first default headers."""
        self.desk = desk
        self.set_default_headers()

    def set_default_headers(self) -> None:
        handler: Any = self
        if getattr(self, "desk", None) is None:
            return
        handler.clear_header("Server")
        handler.set_header("Content-Security-Policy", self.desk.content_security_policy(self.request.host))
        handler.set_header("X-Content-Type-Options", "nosniff")
        handler.set_header("Referrer-Policy", "no-referrer")
        handler.set_header("X-Frame-Options", "SAMEORIGIN")

    def check_path(self) -> None:
        """Refuse paths no route can serve before a handler turns them into file names."""
        from urllib.parse import unquote

        path = self.request.path
        if len(path) > MAX_PATH_CHARS:
            raise tornado.web.HTTPError(414, "refused: a path of %d characters (the limit is %d)", len(path), MAX_PATH_CHARS)
        decoded = unquote(path, errors="replace")
        if any(ord(char) < 0x20 or ord(char) == 0x7F for char in decoded):
            raise tornado.web.HTTPError(400, "refused: a control character in the path")

    def check_host(self) -> None:
        self.check_path()
        if not self.desk.host_ok(self.request.host):
            raise tornado.web.HTTPError(403, "refused: Host %r is not this server's loopback address", self.request.host[:100])

    def check_token(self) -> None:
        handler: Any = self
        supplied = handler.get_query_argument("token", None) or self.request.headers.get("X-Desk-Token")
        if not self.desk.token_ok(supplied):
            raise tornado.web.HTTPError(403, "refused: %s token", "wrong" if supplied else "no")

    def check_xsrf_cookie(self) -> None:
        """Only uploads change state over HTTP, and they check their own XSRF value; refuse the rest."""
        raise tornado.web.HTTPError(403, "refused: %s is not accepted here", self.request.method)

    def _request_summary(self) -> str:
        """How Tornado names a request in its log lines: without the query, which holds the token."""
        return f"{self.request.method} {self.request.path[:200]} ({self.request.remote_ip})"

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        """Log a failed request by method and path only: Tornado's own line holds the query (and token)."""
        if isinstance(value, tornado.web.HTTPError):
            if value.log_message:
                args = ([value.status_code, self._request_summary(), *value.args])
                log.warning("%d %s: " + value.log_message, *args)
            return
        log.error("uncaught %s in %s", getattr(typ, "__name__", "error"), self._request_summary(), exc_info=(typ, value, tb))


class DeskHandler(SecureHandlerMixin, tornado.web.RequestHandler):
    """Base of desk's HTTP routes: Host check, then token check (unless ``public_route``)."""

    public_route = False

    def initialize(self, desk: DeskServer) -> None:
        self.attach_desk(desk)

    def prepare(self) -> None:
        self.check_host()
        if not self.public_route:
            self.check_token()

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(f"{status_code} {self._reason}\n")
