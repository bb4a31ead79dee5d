"""Status elements: alerts, exception, progress, spinner, status, toast, balloons and snow."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Literal, cast

from desk.elements.base import clean_text, container_type
from desk.elements.definitions import Props, define, definition_of, omitted
from desk.emoji import leading_icon
from desk.errors import DeskAPIError, ScriptControl
from desk.protocol import ROOT_EVENT
from desk.runtime.context import get_run
from desk.runtime.emitter import Container, emit, emit_block

_MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")
STATUS_STATES = ("running", "complete", "error")
TOAST_DURATIONS = ("short", "long", "infinite")
AlertKind = Literal["error", "warning", "info", "success"]
StatusState = Literal["running", "complete", "error"]


# ---------------------------------------------------------------- definitions


@dataclass(kw_only=True, slots=True)
class AlertProps(Props):
    """A coloured message box (st.error, st.warning, st.info, st.success)."""

    kind: AlertKind
    """Which alert: its colour and default icon."""
    body: str
    """The message (markdown)."""
    icon: str | None
    """An emoji or ":material/name:" icon, or None for the kind's own."""
    width: str | int
    """"stretch" or a width in pixels."""
    title: str | None = omitted()
    """A bold first line, when given."""


@dataclass(kw_only=True, slots=True)
class ProgressProps(Props):
    """A progress bar (st.progress)."""

    value: int
    """How far along, from 0 to 100."""
    text: str | None
    """A label over the bar (markdown), or None."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class SpinnerProps(Props):
    """A spinner shown while a block of the script runs (st.spinner)."""

    text: str
    """The message beside the spinner."""
    show_time: bool
    """True shows the seconds elapsed."""
    width: str | int = omitted()
    """"content", "stretch" or a width in pixels; absent for the cache's spinner."""


@dataclass(kw_only=True, slots=True)
class StatusProps(Props):
    """An expandable box that shows the state of a long task (st.status)."""

    label: str
    """The box's title."""
    state: StatusState
    """"running" shows a spinner, "complete" a check mark, "error" a cross."""
    expanded: bool
    """True shows the box's contents."""
    width: str | int
    """"stretch" or a width in pixels."""
    type: str | None = omitted()
    """"compact" (a plain inline toggle) or "step" (a step of a timeline); absent: a bordered box."""


@dataclass(kw_only=True, slots=True)
class ToastProps(Props):
    """A short message in the corner of the page (st.toast)."""

    body: str
    """The message (markdown)."""
    icon: str | None
    """An emoji or ":material/name:" icon, or None."""
    duration: str | int
    """"short", "long", "infinite" or a number of seconds."""
    nonce: str
    """New for every call, so that the same message shows again."""


@dataclass(kw_only=True, slots=True)
class BalloonsProps(Props):
    """Balloons float up the page once (st.balloons)."""

    nonce: str
    """New for every call, so that the animation plays again."""


@dataclass(kw_only=True, slots=True)
class SnowProps(BalloonsProps):
    """Snowflakes fall down the page once (st.snow)."""


@dataclass(kw_only=True, slots=True)
class ExceptionProps(Props):
    """An exception with its traceback (st.exception, and what a failing script shows)."""

    type: str
    """The exception's class name."""
    message: str
    """The exception's message."""
    traceback: list[str]
    """The traceback's lines, innermost frame last (empty when details are hidden)."""
    is_warning: bool
    """True draws it as a warning (desk's own notices), not an error."""
    width: str | int | None = omitted()
    """"stretch" or a width in pixels; absent for a script's own errors."""


ALERT = define("Alert", AlertProps, apptest="alert", attrs=("kind", "body", "icon"))
PROGRESS = define("Progress", ProgressProps, apptest="progress", attrs=("value", "text"))
SPINNER = define("Spinner", SpinnerProps, apptest="spinner", attrs=("text",))
STATUS = define("Status", StatusProps, apptest="status", attrs=("label", "state", "expanded"), block=True)
TOAST = define("Toast", ToastProps, apptest="toast", attrs=("body", "icon"))
EXCEPTION = define("Exception", ExceptionProps, apptest="exception", attrs=("message", "is_warning"))
BALLOONS = define("Balloons", BalloonsProps, apptest="balloons")
SNOW = define("Snow", SnowProps, apptest="snow")


# ---------------------------------------------------------------- shared helpers


def show(props: Props, root: int | None = None) -> Container:
    """Emit the node of ``props`` (its type comes from the props' definition) and return its handle."""
    handle: Container = emit(definition_of(props).node(props), root)
    return handle



def check_icon(func: str, icon: object) -> str | None:
    """An icon is a single emoji or a Material Symbol written ``:material/icon_name:``."""
    if icon is None:
        return None
    if isinstance(icon, str) and is_icon(icon.strip()):
        return icon.strip()
    raise DeskAPIError(
        f"st.{func}: icon must be a single emoji (like '🔥') or a Material icon written like "
        f"':material/thumb_up:', not {icon!r}."
    )


def is_icon(text: str) -> bool:
    """True for a Material icon name (``:material/home:``) or exactly one emoji."""
    return bool(_MATERIAL_ICON.match(text)) or leading_icon(text) == (text, "")


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


def _alert(kind: AlertKind, body: Any, icon: str | None, width: str | int, title: str | None) -> Container:
    text = clean_text(body)
    if icon is None:  # as in Streamlit, a leading emoji or Material icon becomes the icon
        found, rest = leading_icon(text)
        if found:
            icon, text = found, rest
    elif icon == "":  # no icon, and the body kept whole
        icon = None
    return show(
        AlertProps(
            kind=kind,
            body=text,
            icon=check_icon(kind, icon),
            width=check_width(kind, width),
            title=None if title is None else _text(kind, "title", title),
        )
    )


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
    return show(ExceptionProps(**node.props, width=check_width("exception", width)))


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
        text = clean_text(_text("progress", "text", text))
    return show(ProgressProps(value=percent, text=text, width=check_width("progress", width)))


# ---------------------------------------------------------------- spinner


@contextmanager
def spinner(text: str = "In progress...", *, show_time: bool = False, width: str | int = "content") -> Iterator[None]:
    """Show a spinner while the block runs; it leaves no element behind when the block ends.

    Streamlit waits half a second before showing it; desk shows it at once, since
    the client is local. Like Streamlit's, the spinner takes no index among the
    container's elements once it is gone (see ``Emitter.withdraw``).
    """
    from desk.elements.layout import EMPTY, EmptyProps

    _text("spinner", "text", text)
    props = SpinnerProps(text=text, show_time=bool(show_time), width=check_width("spinner", width, ("content", "stretch")))
    ctx = get_run()
    if ctx is None:
        yield
        return
    ctx.check_yield()
    handle = ctx.emitter.place_transient(ctx.target(), SPINNER.node(props))
    try:
        yield
    finally:
        ctx.emitter.withdraw(handle, EMPTY.node(EmptyProps()))


# ---------------------------------------------------------------- status


class StatusContainer(Container):
    """The block ``st.status`` returns: a container whose label and state can change."""

    def __init__(self, block: Container, props: StatusProps) -> None:
        super().__init__(block.path, kind="Status")
        self.form_id = block.form_id
        self.fragment_id = block.fragment_id
        self._props = props
        ctx = get_run()
        self._run_id = ctx.run_id if ctx is not None else None

    @property
    def state(self) -> str:
        return self._props.state

    def update(self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None) -> None:
        """Change the label, the expanded state or the state; what is not given stays."""
        if label is not None:
            self._props = replace(self._props, label=_text("status", "label", label))
        if expanded is not None:
            self._props = replace(self._props, expanded=bool(expanded))
        if state is not None:
            self._props = replace(self._props, state=_check_state(state))
        self._replace(quiet=False)

    def _replace(self, *, quiet: bool) -> None:
        ctx = get_run()
        if ctx is None or ctx.run_id != self._run_id:
            return
        if not quiet:
            ctx.check_yield()
        emitter = ctx.emitter
        cursor = emitter.cursors.get(self.path, 0)
        emitter.place(Container(self.path[:-1], slot=self.path), STATUS.node(self._props))
        emitter.cursors[self.path] = cursor  # re-placing the block must not rewind its children

    def __enter__(self) -> StatusContainer:
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        error_value = exc[1] if len(exc) > 1 else None
        if isinstance(error_value, ScriptControl) or self._props.state != "running":
            return
        self._props = replace(self._props, state="error" if error_value is not None else "complete")
        self._replace(quiet=True)


def _check_state(state: object) -> StatusState:
    if state not in STATUS_STATES:
        raise DeskAPIError(f"st.status: state must be 'running', 'complete' or 'error', not {state!r}.")
    return cast(StatusState, state)


def status(
    label: str, *, expanded: bool = False, state: str = "running", type: str = "default", width: str | int = "stretch"
) -> StatusContainer:
    """A collapsible block that shows the state of a long task.

    Used as ``with st.status(...):``, it becomes ``complete`` when the block ends, or
    ``error`` when the block raises. ``.update(label=, state=, expanded=)`` changes it.
    ``type`` is its look: "default" (a bordered box), "compact" (a plain toggle) or "step"
    (consecutive steps draw a connected timeline).
    """
    props = StatusProps(
        label=_text("status", "label", label),
        state=_check_state(state),
        expanded=bool(expanded),
        width=check_width("status", width),
        type=container_type("status", type),
    )
    block = emit_block(STATUS.node(props))
    return StatusContainer(block, props)


# ---------------------------------------------------------------- toast, balloons, snow


def toast(body: Any, *, icon: str | None = None, duration: str | int = "short") -> Container:
    """A short notification in the corner of the window. ``handle.toast(...)`` updates it."""
    return _toast(body, icon, duration, on_container=False)


def _toast_on_container(body: Any, *, icon: str | None = None, duration: str | int = "short") -> Container:
    """``container.toast(...)``: as in Streamlit, ``st.sidebar.toast`` or ``col.toast`` draws the
    toast in that container (``st.toast`` inside ``with st.sidebar:`` still goes to the event area)."""
    return _toast(body, icon, duration, on_container=True)


toast.on_container = _toast_on_container  # type: ignore[attr-defined]


def _toast(body: Any, icon: str | None, duration: str | int, on_container: bool) -> Container:
    if not (duration in TOAST_DURATIONS or (isinstance(duration, int) and not isinstance(duration, bool) and duration > 0)):
        raise DeskAPIError(
            f"st.toast: duration must be 'short', 'long', 'infinite' or a positive number of seconds, not {duration!r}."
        )
    props = ToastProps(
        body=clean_text(body),
        icon=check_icon("toast", icon),
        duration=duration,
        nonce=uuid.uuid4().hex,  # each call shows the toast again, as in Streamlit
    )
    ctx = get_run()
    updating = ctx is not None and ctx.target().slot is not None and ctx.target().path[:1] == (ROOT_EVENT,)
    return show(props, root=None if updating or on_container else ROOT_EVENT)


def balloons() -> Container:
    """Celebratory balloons float up the window."""
    return show(BalloonsProps(nonce=uuid.uuid4().hex))


def snow() -> Container:
    """Snowflakes fall down the window."""
    return show(SnowProps(nonce=uuid.uuid4().hex))
