"""Status elements: alerts, exception, progress, spinner, status, toast, balloons and snow."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desk.elements.base import element
from desk.elements.definitions import Props, definition_of
from desk.errors import DeskAPIError, ScriptControl
from desk.protocol import ROOT_EVENT, Node
from desk.runtime.context import get_run
from desk.runtime.emitter import Container, emit, emit_block
from desk.tolerated import tolerates

_MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")
STATUS_STATES = ("running", "complete", "error")
TOAST_DURATIONS = ("short", "long", "infinite")


# ---------------------------------------------------------------- shared helpers


def show_element(kind: str, props: dict[str, Any], root: int | None = None) -> Container:
    """``element()`` with its handle typed as the Container it is."""
    handle: Container = element(kind, props, root)
    return handle


def show(props: Props, root: int | None = None) -> Container:
    """Emit the node of ``props`` (its type comes from the props' definition) and return its handle."""
    handle: Container = emit(definition_of(props).node(props), root)
    return handle



def check_icon(func: str, icon: object) -> str | None:
    """An icon is a single emoji or a Material Symbol written ``:material/icon_name:``."""
    if icon is None:
        return None
    if isinstance(icon, str) and is_icon(icon):
        return icon
    raise DeskAPIError(
        f"st.{func}: icon must be a single emoji (like '🔥') or a Material icon written like "
        f"':material/thumb_up:', not {icon!r}."
    )


def is_icon(text: str) -> bool:
    """True for a Material icon name (``:material/home:``) or something that looks like one emoji."""
    return bool(_MATERIAL_ICON.match(text)) or _looks_like_emoji(text)


def _looks_like_emoji(text: str) -> bool:
    # One emoji may be several code points (skin tones, ZWJ sequences, flags), but never
    # ASCII letters, digits or spaces.
    return 0 < len(text) <= 12 and not any(ch.isascii() and (ch.isalnum() or ch.isspace()) for ch in text) and not text.isascii()


def check_width(func: str, width: object, keywords: tuple[str, ...] = ("stretch",)) -> str | int:
    """``width`` is one of ``keywords`` or a positive number of pixels."""
    if isinstance(width, str) and width in keywords:
        return width
    if isinstance(width, int) and not isinstance(width, bool) and width > 0:
        return width
    options = " or ".join(repr(k) for k in keywords)
    raise DeskAPIError(f"st.{func}: width must be {options} or a positive number of pixels, not {width!r}.")


def _text(func: str, name: str, value: object) -> str:
    if not isinstance(value, str):
        raise DeskAPIError(f"st.{func}: {name} must be a string, not {type(value).__name__} ({value!r}).")
    return value


# ---------------------------------------------------------------- alerts


def _alert(kind: str, body: Any, icon: str | None, width: str | int, title: str | None) -> Container:
    props = {
        "kind": kind,
        "body": body if isinstance(body, str) else str(body),
        "icon": check_icon(kind, icon),
        "width": check_width(kind, width),
    }
    if title is not None:
        props["title"] = _text(kind, "title", title)
    return show_element("Alert", props)


def error(body: Any, *, icon: str | None = None, width: str | int = "stretch", title: str | None = None) -> Container:
    """A red box with an error message; ``title`` shows in bold above it."""
    return _alert("error", body, icon, width, title)


def warning(body: Any, *, icon: str | None = None, width: str | int = "stretch", title: str | None = None) -> Container:
    """A yellow box with a warning; ``title`` shows in bold above it."""
    return _alert("warning", body, icon, width, title)


def info(body: Any, *, icon: str | None = None, width: str | int = "stretch", title: str | None = None) -> Container:
    """A blue box with information; ``title`` shows in bold above it."""
    return _alert("info", body, icon, width, title)


def success(body: Any, *, icon: str | None = None, width: str | int = "stretch", title: str | None = None) -> Container:
    """A green box with a success message; ``title`` shows in bold above it."""
    return _alert("success", body, icon, width, title)


# ---------------------------------------------------------------- exception


def exception(exception: BaseException, width: str | int = "stretch") -> Container:
    """An exception with its type, message and traceback (desk's own frames removed)."""
    from desk.runtime.runner import exception_node

    if not isinstance(exception, BaseException):
        raise DeskAPIError(
            f"st.exception: exception must be an exception object, not {type(exception).__name__} ({exception!r}). "
            "To show a message, use st.error."
        )
    node = exception_node(exception)
    return show_element("Exception", {**node.props, "width": check_width("exception", width)})


# ---------------------------------------------------------------- progress


def progress(value: int | float, text: str | None = None, width: str | int = "stretch") -> Container:
    """A progress bar: an int from 0 to 100, or a float from 0.0 to 1.0.

    Returns a handle; ``bar.progress(v)`` moves the same bar.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DeskAPIError(
            f"st.progress: value must be an int from 0 to 100 or a float from 0.0 to 1.0, "
            f"not {type(value).__name__} ({value!r})."
        )
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise DeskAPIError(
                f"st.progress: value ({value}) is an int, so it must be between 0 and 100. "
                "Use a float between 0.0 and 1.0 for a fraction."
            )
        percent = value
    else:
        if not 0.0 <= value <= 1.0:
            raise DeskAPIError(
                f"st.progress: value ({value}) is a float, so it must be between 0.0 and 1.0. "
                "Use an int between 0 and 100 for a percentage."
            )
        percent = int(value * 100)
    if text is not None:
        _text("progress", "text", text)
    return show_element("Progress", {"value": percent, "text": text, "width": check_width("progress", width)})


# ---------------------------------------------------------------- spinner


@contextmanager
def spinner(text: str = "In progress...", *, show_time: bool = False, width: str | int = "content") -> Iterator[None]:
    """Show a spinner while the block runs; it disappears when the block ends.

    Streamlit waits half a second before showing it; desk shows it at once, since
    the client is local, and always clears it afterwards.
    """
    from desk.elements.layout import empty

    _text("spinner", "text", text)
    props = {"text": text, "show_time": bool(show_time), "width": check_width("spinner", width, ("content", "stretch"))}
    placeholder = empty()
    _place(placeholder, Node("Spinner", props))
    try:
        yield
    finally:
        _place(placeholder, Node("Empty", {}), quiet=True)


def _place(target: Container, node: Node, *, quiet: bool = False) -> None:
    """Put ``node`` into ``target``. ``quiet`` skips the yield point (used while unwinding)."""
    ctx = get_run()
    if ctx is None:
        return
    if not quiet:
        ctx.check_yield()
    ctx.emitter.place(target, node)


# ---------------------------------------------------------------- status


class StatusContainer(Container):
    """The block ``st.status`` returns: a container whose label and state can change."""

    def __init__(self, block: Container, props: dict[str, Any]) -> None:
        super().__init__(block.path, kind="Status")
        self.form_id = block.form_id
        self.fragment_id = block.fragment_id
        self._props = dict(props)
        ctx = get_run()
        self._run_id = ctx.run_id if ctx is not None else None

    @property
    def state(self) -> str:
        return str(self._props["state"])

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        """Change the label, the expanded state or the state; what is not given stays."""
        if label is not None:
            self._props["label"] = _text("status", "label", label)
        if expanded is not None:
            self._props["expanded"] = bool(expanded)
        if state is not None:
            self._props["state"] = _check_state(state)
        self._replace(quiet=False)

    def _replace(self, *, quiet: bool) -> None:
        ctx = get_run()
        if ctx is None or ctx.run_id != self._run_id:
            return
        if not quiet:
            ctx.check_yield()
        emitter = ctx.emitter
        cursor = emitter.cursors.get(self.path, 0)
        emitter.place(Container(self.path[:-1], slot=self.path), Node("Status", dict(self._props), block=True))
        emitter.cursors[self.path] = cursor  # re-placing the block must not rewind its children

    def __enter__(self) -> StatusContainer:
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        error_value = exc[1] if len(exc) > 1 else None
        if isinstance(error_value, ScriptControl) or self._props["state"] != "running":
            return
        self._props["state"] = "error" if error_value is not None else "complete"
        self._replace(quiet=True)


def _check_state(state: object) -> str:
    if state not in STATUS_STATES:
        raise DeskAPIError(f"st.status: state must be 'running', 'complete' or 'error', not {state!r}.")
    return str(state)


@tolerates("status", type="default")
def status(label: str, *, expanded: bool = False, state: str = "running", width: str | int = "stretch") -> StatusContainer:
    """A collapsible block that shows the state of a long task.

    Used as ``with st.status(...):``, it becomes ``complete`` when the block ends, or
    ``error`` when the block raises. ``.update(label=, state=, expanded=)`` changes it.
    """
    props = {
        "label": _text("status", "label", label),
        "state": _check_state(state),
        "expanded": bool(expanded),
        "width": check_width("status", width),
    }
    block = emit_block(Node("Status", dict(props), block=True))
    return StatusContainer(block, props)


# ---------------------------------------------------------------- toast, balloons, snow


def toast(body: Any, *, icon: str | None = None, duration: str | int = "short") -> Container:
    """A short notification in the corner of the window. ``handle.toast(...)`` updates it."""
    if not (duration in TOAST_DURATIONS or (isinstance(duration, int) and not isinstance(duration, bool) and duration > 0)):
        raise DeskAPIError(
            f"st.toast: duration must be 'short', 'long', 'infinite' or a positive number of seconds, not {duration!r}."
        )
    props = {
        "body": body if isinstance(body, str) else str(body),
        "icon": check_icon("toast", icon),
        "duration": duration,
        "nonce": uuid.uuid4().hex,  # each call shows the toast again, as in Streamlit
    }
    ctx = get_run()
    updating = ctx is not None and ctx.target().slot is not None and ctx.target().path[:1] == (ROOT_EVENT,)
    return show_element("Toast", props, root=None if updating else ROOT_EVENT)


def balloons() -> Container:
    """Celebratory balloons float up the window."""
    return show_element("Balloons", {"nonce": uuid.uuid4().hex})


def snow() -> Container:
    """Snowflakes fall down the window."""
    return show_element("Snow", {"nonce": uuid.uuid4().hex})
