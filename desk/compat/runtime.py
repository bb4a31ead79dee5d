"""Stand-ins for ``streamlit.runtime.*`` names that scripts import.

``get_script_run_ctx`` and ``add_script_run_ctx`` let user threads reach the session,
as in Streamlit. desk finds its context through a context variable, which
``add_script_run_ctx`` sets in the thread it is given.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desk.errors import RerunRequested, StopRun
from desk.runtime.context import RunContext, current_run, get_run
from desk.runtime.state import SessionState, SessionStateProxy, session_state

# Streamlit's names for the same things.
ScriptRunContext = RunContext
StopException = StopRun

# The types of a widget's on_change/on_click and its args/kwargs (streamlit.runtime.state).
WidgetCallback = Callable[..., None]
WidgetArgs = tuple[Any, ...]
WidgetKwargs = dict[str, Any]


@dataclass(frozen=True)
class RerunData:
    """What a rerun asks for: the page to show (by its hash, ``ctx.page_script_hash``, or its url name)."""

    query_string: str = ""
    page_script_hash: str = ""
    page_name: str = ""


# ``raise RerunException(RerunData(page_script_hash=...))`` reruns, showing that page.
RerunException = RerunRequested


def get_script_run_ctx(suppress_warning: bool = False) -> RunContext | None:
    """The current run's context, or None outside a run."""
    return get_run()


def add_script_run_ctx(thread: Any = None, ctx: RunContext | None = None) -> Any:
    """Let ``thread`` call st.* functions for a session (the current run's, or ``ctx``'s).

    Called from inside a running thread (``add_script_run_ctx(threading.current_thread(), ctx)``)
    it attaches the context to that thread at once; for a thread not started yet, the
    context is attached when it starts.
    """
    ctx = ctx if ctx is not None else get_run()
    if thread is None or thread is threading.current_thread():
        if ctx is not None:
            current_run.set(ctx)
        return thread if thread is not None else threading.current_thread()
    if isinstance(thread, threading.Thread) and ctx is not None:
        original = thread.run
        attached = ctx

        def run_with_context() -> None:
            current_run.set(attached)
            original()

        thread.run = run_with_context  # type: ignore[method-assign]
    return thread


def get_session_state() -> SessionStateProxy:
    """``st.session_state``: the session state of whichever run calls it."""
    return session_state


def exists() -> bool:
    """True inside a running desk app."""
    return get_run() is not None


def __getattr__(name: str) -> Any:
    if name == "UploadedFile":  # streamlit.runtime.uploaded_file_manager.UploadedFile
        from desk.elements.uploads import UploadedFile

        return UploadedFile
    raise AttributeError(f"desk does not provide streamlit.runtime.{name}.")


__all__ = [
    "RerunData",
    "RerunException",
    "ScriptRunContext",
    "SessionState",
    "SessionStateProxy",
    "StopException",
    "WidgetArgs",
    "WidgetCallback",
    "WidgetKwargs",
    "add_script_run_ctx",
    "exists",
    "get_script_run_ctx",
    "get_session_state",
]
