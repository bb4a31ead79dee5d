"""The per-run context that ``st.*`` calls find through a context variable.

Each runner thread sets ``current_run`` before it executes the script, so element
functions can reach their session, the emitter and the widget registry without any
thread attributes or globals. Outside a run (plain ``python app.py``), calls see no
context: output is discarded and widgets return their defaults, as in Streamlit's bare mode.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.runtime.emitter import Container, Emitter
    from desk.runtime.session import Session


@dataclass
class RunContext:
    """Everything one run of the script needs. Created by the session, used by one thread."""

    session: Session
    run_id: str
    emitter: Emitter
    container_stack: list[Container] = field(default_factory=list)
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    fragment_id: str | None = None
    # The fragment this run reruns; None for a full run of the script.
    fragment_run: str | None = None
    fragment_ids_this_run: list[str] = field(default_factory=list)
    submitted_form: str | None = None
    in_callbacks: bool = False
    page_config_set: bool = False
    dialog_opened: bool = False
    cache_depth: int = 0
    # Forms drawn in this run whose widgets reset when submitted (clear_on_submit=True).
    forms_cleared_on_submit: set[str] = field(default_factory=set)
    # How many headings drew a rainbow divider (divider=True cycles through the colours).
    heading_dividers: int = 0
    # The page a v1 run was asked for, kept for st.navigation should the app turn out to be v2.
    page_request: str | None = None
    # The hash of the page st.navigation chose in this run, and whether it ran.
    navigation_page: str | None = None
    page_ran: bool = False

    @property
    def session_id(self) -> str:
        """The session's id (``get_script_run_ctx().session_id``, as scripts use it in Streamlit)."""
        return self.session.id

    @property
    def page_script_hash(self) -> str:
        """The hash of the page this run shows (``ctx.page_script_hash`` in Streamlit)."""
        return self.session.page_hash

    def check_yield(self) -> None:
        """A yield point: raise StopRun or RerunRequested if the session asked for it."""
        self.session.check_control(self)

    def target(self) -> Container:
        """The container the next element goes into."""
        if self.container_stack:
            return self.container_stack[-1]
        return self.emitter.main

    @contextmanager
    def using(self, container: Container) -> Iterator[Container]:
        """Make ``container`` the target of the calls inside the block."""
        self.container_stack.append(container)
        try:
            yield container
        finally:
            # Pop our own entry even if the script left the stack unbalanced.
            for index in range(len(self.container_stack) - 1, -1, -1):
                if self.container_stack[index] is container:
                    del self.container_stack[index]
                    break


current_run: contextvars.ContextVar[RunContext | None] = contextvars.ContextVar("desk_current_run", default=None)


def get_run() -> RunContext | None:
    """The context of the run on this thread, or None outside a run."""
    return current_run.get()
