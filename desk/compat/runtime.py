"""Stand-ins for ``streamlit.runtime.*`` names that scripts import.

``get_script_run_ctx`` and ``add_script_run_ctx`` let user threads reach the session,
as in Streamlit. desk finds its context through a context variable, so a thread created
with ``add_script_run_ctx(thread)`` runs with a copy of the creating thread's context.
"""

from __future__ import annotations

import contextvars
import threading
from typing import Any

from desk.errors import RerunRequested, StopRun
from desk.runtime.context import RunContext, get_run
from desk.runtime.state import SessionState, SessionStateProxy

# Streamlit's names for the same things.
ScriptRunContext = RunContext
RerunException = RerunRequested
StopException = StopRun


def get_script_run_ctx(suppress_warning: bool = False) -> RunContext | None:
    """The current run's context, or None outside a run."""
    return get_run()


def add_script_run_ctx(thread: Any = None, ctx: RunContext | None = None) -> Any:
    """Let ``thread`` call st.* functions for the current session."""
    if isinstance(thread, threading.Thread):
        context = contextvars.copy_context()
        original = thread.run

        def run_in_context() -> None:
            context.run(original)

        thread.run = run_in_context  # type: ignore[method-assign]
    return thread


def exists() -> bool:
    """True inside a running desk app."""
    return get_run() is not None


def __getattr__(name: str) -> Any:
    if name == "UploadedFile":  # streamlit.runtime.uploaded_file_manager.UploadedFile
        from desk.elements.uploads import UploadedFile

        return UploadedFile
    raise AttributeError(f"desk does not provide streamlit.runtime.{name}.")


__all__ = [
    "RerunException",
    "ScriptRunContext",
    "SessionState",
    "SessionStateProxy",
    "StopException",
    "add_script_run_ctx",
    "exists",
    "get_script_run_ctx",
]
