"""Serving ``desk run --headless`` and ``--browser``: start the server, print the URL, wait for the end.

``desk.shell.launch`` reads the options and decides between this and a desktop window.

The process ends on SIGTERM or Ctrl-C within 2 s: sockets and sessions close, the server
loop stops, and a watchdog forces the exit if something (a stuck script, an atexit hook)
still holds it after a grace period. Runner threads are daemon threads, so a script stuck
in ``while True:`` never keeps the process alive.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType

from desk.cache import flush_pending_writes
from desk.config import Settings
from desk.server.app import ServerHandle, start_server
from desk.server.handlers_base import is_loopback

log = logging.getLogger("desk.server")

EXIT_GRACE = 1.5
"""Seconds between a stop request and a forced exit."""
SWITCH_INTERVAL = 0.001
"""Longest a thread keeps the GIL while another waits for it, in seconds (Python's default: 0.005).

The server's loop thread answers the page while runner threads execute scripts. Each time it
wakes for I/O it waits for the GIL, up to this long when a script computes, and loading the
page takes a few dozen such wake-ups: with the default, a script's first run at launch (or a
busy session) slowed the page's files and its socket's handshake by tens of milliseconds."""


def prefer_the_server_loop() -> None:
    """Shorten the GIL's switch interval for this process (never lengthen one set smaller)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))


def warn_if_public(settings: Settings) -> None:
    """Say so on stderr when the server will be reachable from other machines."""
    if not is_loopback(settings.host):
        print(
            f"desk: WARNING: serving on {settings.host}, reachable from other machines. "
            "Anyone with the URL (and its token) can use the app.",
            file=sys.stderr,
            flush=True,
        )


def serve(script: Path, settings: Settings, token: str, *, open_browser: bool, dev: bool = False) -> int:
    """Serve until SIGTERM or Ctrl-C; print the URL and maybe open it in the browser."""
    warn_if_public(settings)
    try:
        handle = start_server(script, settings, token, dev=dev)
    except OSError as error:
        print(f"desk run: cannot serve on {settings.host}:{settings.port}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"desk: serving {script.name} at {handle.url}", flush=True)
    if open_browser:
        import webbrowser

        webbrowser.open(handle.url)
    return wait_for_exit(handle)


def wait_for_exit(handle: ServerHandle) -> int:
    """Block until SIGTERM/SIGINT, then stop the server; force the exit if it lingers."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in _exit_signals()}
    try:
        while not stop.wait(0.2):
            if not handle.thread.is_alive():
                print("desk: the server stopped unexpectedly.", file=sys.stderr)
                return 1
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    started = time.monotonic()
    handle.stop(timeout=EXIT_GRACE - 0.3)
    flush_pending_writes()  # entries are written behind: none may be lost at a clean exit
    _start_watchdog(EXIT_GRACE)
    log.info("stopped in %.2f s", time.monotonic() - started)
    print("desk: stopped.", flush=True)
    return 0


def _exit_signals() -> list[signal.Signals]:
    signals = [signal.SIGINT, signal.SIGTERM]
    if hasattr(signal, "SIGHUP"):
        signals.append(signal.SIGHUP)
    return signals


def _start_watchdog(grace: float) -> None:
    """Exit the process after ``grace`` seconds, whatever still runs."""

    def force_exit() -> None:
        time.sleep(grace)
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(0)

    threading.Thread(target=force_exit, name="desk-exit-watchdog", daemon=True).start()


def configure_logging(settings: Settings) -> None:
    level = getattr(logging, str(settings.log_level).upper(), logging.INFO)
    logger = logging.getLogger("desk")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("desk: %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
