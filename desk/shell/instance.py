"""One window per app: a lock file plus a loopback socket that a second launch uses to focus the first.

The first launch of an app takes an exclusive lock on ``<dir>/<app id>.lock`` (held for
the life of the process; the OS drops it when the process dies, so a crash leaves no stale
lock), listens on ``127.0.0.1`` on an OS-assigned port and writes that port and a random
secret to ``<dir>/<app id>.json``. A second launch that cannot take the lock reads that file,
connects, sends ``{"secret": ..., "action": "focus"}`` and exits. Every step is bounded by
short timeouts; only loopback connections that carry the secret are obeyed.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

log = logging.getLogger("desk.shell")

CONNECT_TIMEOUT = 1.0
READ_LIMIT = 1024


def _try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive, non-blocking lock on an open file; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class InstanceLock:
    """The first instance's lock and focus listener. Use :func:`claim` to get one."""

    def __init__(self, folder: Path, app_id: str, handle: IO[bytes]) -> None:
        self.folder = folder
        self.app_id = app_id
        self._handle = handle
        self._secret = secrets.token_hex(16)
        self._server: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._closed = threading.Event()

    @property
    def info_path(self) -> Path:
        return self.folder / f"{self.app_id}.json"

    def listen(self, on_focus: Callable[[], None]) -> None:
        """Accept focus requests on 127.0.0.1 and call ``on_focus`` for each valid one."""
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        server.settimeout(0.5)
        self._server = server
        port = server.getsockname()[1]
        tmp = self.info_path.with_suffix(".json.tmp")
        tmp.write_text(
            json.dumps({"port": port, "secret": self._secret, "pid": os.getpid()}), encoding="utf-8"
        )
        os.replace(tmp, self.info_path)
        self._thread = threading.Thread(
            target=self._serve, args=(on_focus,), name="desk-instance", daemon=True
        )
        self._thread.start()

    def _serve(self, on_focus: Callable[[], None]) -> None:
        assert self._server is not None
        while not self._closed.is_set():
            try:
                conn, _addr = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                if self._handle_request(conn):
                    try:
                        on_focus()
                    except Exception:
                        log.exception("Focusing the window for a second launch failed")

    def _handle_request(self, conn: socket.socket) -> bool:
        conn.settimeout(CONNECT_TIMEOUT)
        try:
            data = conn.recv(READ_LIMIT)
            request = json.loads(data.decode("utf-8"))
            secret = str(request.get("secret", ""))
            if not hmac.compare_digest(secret.encode(), self._secret.encode()):
                conn.sendall(b'{"ok": false}\n')
                return False
            conn.sendall(b'{"ok": true}\n')
            log.info("Focus request from a second launch")
            return bool(request.get("action") == "focus")
        except (OSError, ValueError, AttributeError):
            return False

    def close(self) -> None:
        """Stop listening, remove the info file and release the lock."""
        self._closed.set()
        if self._server is not None:
            self._server.close()
        try:
            self.info_path.unlink()
        except OSError:
            pass
        try:
            self._handle.close()
        except OSError:
            pass


def claim(folder: Path, app_id: str) -> InstanceLock | None:
    """Become the app's single instance, or None when another live process already is."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / f"{app_id}.lock", "a+b")
    if not _try_lock(handle):
        handle.close()
        return None
    return InstanceLock(folder, app_id, handle)


def _read_info(path: Path) -> dict[str, Any] | None:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or not isinstance(info.get("port"), int):
        return None
    return info


def request_focus(folder: Path, app_id: str, wait: float = 3.0) -> bool:
    """Ask the running instance to bring its window to the front. True when it answered."""
    deadline = time.monotonic() + wait
    while True:
        info = _read_info(folder / f"{app_id}.json")
        if info is not None and _send_focus(int(info["port"]), str(info.get("secret", ""))):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def _send_focus(port: int, secret: str) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=CONNECT_TIMEOUT) as conn:
            conn.settimeout(CONNECT_TIMEOUT)
            conn.sendall(json.dumps({"secret": secret, "action": "focus"}).encode("utf-8"))
            answer = conn.recv(READ_LIMIT)
    except OSError:
        return False
    try:
        return bool(json.loads(answer.decode("utf-8")).get("ok"))
    except (ValueError, AttributeError):
        return False
