"""desk.packager.smoke: an app that ignores SIGTERM is killed, and the error shows what it printed."""

from __future__ import annotations

import sys
import time

import pytest

from desk.packager.smoke import SmokeTestError, launch_headless

STUBBORN = """
import signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("desk: serving app.py at http://127.0.0.1:4321/?token=t", flush=True)
print("still busy flushing", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM cannot be ignored on Windows")
def test_an_app_that_ignores_sigterm_is_killed_and_reported() -> None:
    app = launch_headless([sys.executable, "-c", STUBBORN], token="t", deadline=time.monotonic() + 30)
    assert app.port == 4321
    with pytest.raises(SmokeTestError, match=r"(?s)still running 1 s after SIGTERM.*still busy flushing"):
        app.stop(timeout=1)
    assert app.process.poll() is not None  # killed, not left running
