"""Start Qt WebEngine while pywebview's Qt module imports, instead of one after the other.

On Linux, pywebview's window spends its start on the main thread:

- importing its Qt module, about 230 ms, mostly qtpy creating every PyQt6 enum class;
- then starting Qt WebEngine as it creates its web profile: about 110 ms of Chromium's
  own start, during which PyQt holds the GIL, so no other thread of the app runs.

``start_engine_while_importing`` starts the engine first, from a queued call that a short
Qt event loop runs in C++ with the GIL released, while another thread imports pywebview's
Qt module. When pywebview creates its profile, the engine is already up, and creating the
profile takes a millisecond or two.

The engine reads its Chromium flags and Qt its style override once, as they start, so
what pywebview would set before that happens here first (``prepare_engine_environment``):
the flags its window adds, the sandbox flags it adds on some distributions, and its empty
``QT_STYLE_OVERRIDE``. pywebview's optional flags (``IGNORE_SSL_ERRORS``,
``REMOTE_DEBUGGING_PORT``, ``debug``) are not desk's settings and are not copied.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import MutableMapping

log = logging.getLogger("desk.shell")

FLAGS_VARIABLE = "QTWEBENGINE_CHROMIUM_FLAGS"
WINDOW_FLAGS = ("--use-fake-ui-for-media-stream", "--enable-features=AutoplayIgnoreWebAudio")
"""The Chromium flags pywebview's Qt window adds just before it starts the engine."""
NO_SANDBOX_PRODUCTS = ("arch", "manjaro", "nixos", "rhel", "pop")
"""Distributions (Qt's product type) on which pywebview adds ``--no-sandbox``: pages stay white otherwise."""

_keep: list[object] = []
"""The application made here, kept for the life of the process (pywebview also keeps it)."""


def prepare_engine_environment(environ: MutableMapping[str, str], product_type: str) -> None:
    """Set what pywebview sets before the engine starts: its style override and its Chromium flags.

    Flags already in ``QTWEBENGINE_CHROMIUM_FLAGS`` (the user's) stay first; none is added twice.
    """
    environ["QT_STYLE_OVERRIDE"] = ""
    flags = environ.get(FLAGS_VARIABLE, "").split()
    wanted = [*WINDOW_FLAGS, *(("--no-sandbox",) if product_type in NO_SANDBOX_PRODUCTS else ())]
    added = [flag for flag in wanted if flag not in flags]
    if added:
        environ[FLAGS_VARIABLE] = " ".join([*flags, *added])


def start_engine_while_importing() -> None:
    """Start Qt WebEngine on this (the main) thread while another thread imports pywebview's Qt module.

    Returns once both are done. A failure of either is left to pywebview, which then
    imports its module or starts the engine as it always does, and reports what fails.
    """
    importer = threading.Thread(target=_import_backend, name="desk-qt-import", daemon=True)
    importer.start()
    try:
        started = time.perf_counter()
        _start_engine()
        log.info("Qt WebEngine started in %.0f ms, beside pywebview's import", (time.perf_counter() - started) * 1000)
    except Exception:
        log.warning("Qt WebEngine could not be started early; pywebview will start it", exc_info=True)
    importer.join()


def _import_backend() -> None:
    try:
        import webview.platforms.qt  # noqa: F401
    except Exception:  # webview.start imports it again and reports the problem
        log.debug("pywebview's Qt module did not import ahead of the window", exc_info=True)


def _start_engine() -> None:
    """Start the engine from a queued ``reload()`` of a hidden view, run by a short event loop.

    The loop runs in C++ with the GIL released; the view's reload creates its page and
    the default profile, which starts the engine. The view is then deleted (the engine
    and its default profile stay up for the window).
    """
    from PyQt6 import sip
    from PyQt6.QtCore import QEventLoop, QMetaObject, QSysInfo, Qt
    from PyQt6.QtWebEngineWidgets import QWebEngineView
    from PyQt6.QtWidgets import QApplication

    prepare_engine_environment(os.environ, QSysInfo.productType())
    # pywebview takes this application (QApplication.instance()) instead of making its own.
    application = QApplication.instance() or QApplication(sys.argv)
    _keep.append(application)
    view = QWebEngineView()
    loop = QEventLoop()
    # Queued calls run in order once the loop runs: reload() starts the engine, then quit().
    QMetaObject.invokeMethod(view, "reload", Qt.ConnectionType.QueuedConnection)
    QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)
    loop.exec()
    sip.delete(view)
