"""``@st.fragment`` and ``@st.dialog``: parts of the script that rerun on their own.

Calling a fragment in a full run places a container at the current cursor, records how
to call it again (function, arguments, where its container sits) and runs the body in
that container. An interaction with a widget inside it then reruns only the fragment:
the container is placed again at the same path and the body runs into it. ``run_every``
asks the session to rerun the fragment on a timer. A dialog is a fragment whose container
is a modal block in the event root.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar, overload

from desk.errors import DeskAPIError, FragmentError
from desk.protocol import ROOT_EVENT, AutoRerun, Node
from desk.runtime.context import RunContext, get_run
from desk.runtime.emitter import Container, emit_block
from desk.tolerated import tolerates

F = TypeVar("F", bound=Callable[..., Any])


def _interval_seconds(run_every: float | int | str | timedelta | None) -> float | None:
    if run_every is None:
        return None
    if isinstance(run_every, timedelta):
        seconds = run_every.total_seconds()
    elif isinstance(run_every, (int, float)) and not isinstance(run_every, bool):
        seconds = float(run_every)
    elif isinstance(run_every, str):
        from desk.durations import parse_duration

        seconds = parse_duration(run_every)
    else:
        raise DeskAPIError(f"st.fragment: run_every must be seconds, a timedelta or a string like '10s', not {run_every!r}.")
    if seconds <= 0:
        raise DeskAPIError(f"st.fragment: run_every must be positive, not {run_every!r}.")
    return seconds


def _fragment_id(func: Callable[..., Any], target: Container, extra: str = "") -> str:
    where = target.slot if target.slot is not None else target.path
    h = hashlib.md5(usedforsecurity=False)
    h.update(f"{func.__module__}.{func.__qualname__}:{list(where)}:{extra}".encode())
    return h.hexdigest()


def _call_fragment(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    run_every: float | None,
    dialog: dict[str, Any] | None = None,
    on_dismiss: Callable[..., Any] | None = None,
    key: str | None = None,
) -> Any:
    from desk.runtime.session import FragmentRecord

    ctx = get_run()
    if ctx is None:
        return func(*args, **kwargs)
    if dialog is not None:
        if ctx.dialog_opened:
            raise DeskAPIError("Only one dialog can be opened at a time. Open the second one after the first closes.")
        if ctx.fragment_id is not None and ctx.fragment_id in ctx.session.fragments and ctx.session.fragments[ctx.fragment_id].dialog:
            raise DeskAPIError("Dialogs cannot be nested inside other dialogs.")
        ctx.dialog_opened = True
        parent = ctx.emitter.event
    else:
        parent = ctx.target()
    fid = _fragment_id(func, parent, str(ctx.emitter.cursors.get(parent.path, 0)))
    if dialog is not None:
        node = Node("Dialog", {**dialog, "fragment_id": fid, "is_open": True}, block=True)
    else:
        node = Node("Container", {"fragment_id": fid, "border": False, "height": None}, block=True)
    with ctx.using(parent):
        block = emit_block(node)
    block.fragment_id = fid
    record = FragmentRecord(
        id=fid,
        func=func,
        args=args,
        kwargs=kwargs,
        parent_path=parent.path,
        slot=block.path,
        parent_form_id=parent.form_id,
        run_every=run_every,
        dialog=dialog,
        page_hash=ctx.session.page_hash,
        key=key,
    )
    ctx.session.fragments[fid] = record
    if dialog is not None and dialog.get("on_dismiss") != "ignore":
        _register_dismiss_trigger(ctx, fid, on_dismiss)
    ctx.fragment_ids_this_run.append(fid)
    if run_every is not None:
        ctx.session.send(AutoRerun(fid, run_every))
        if ctx.session.live:
            ctx.session.start_auto_rerun(fid, run_every)
    return _run_body(ctx, record, _dialog_body(ctx, block) if dialog is not None else block)


def _dialog_body(ctx: RunContext, dialog: Container) -> Container:
    """The block a dialog's function writes into: a plain container inside the dialog, as
    Streamlit draws a dialog's fragment (its AppTest shows dialog > flex_container)."""
    with ctx.using(dialog):
        body = emit_block(Node("Container", {"border": False, "height": None}, block=True))
    body.fragment_id = dialog.fragment_id
    body.form_id = dialog.form_id
    return body


def fragment_ids_by_key(ctx: RunContext, keys: list[str]) -> list[str]:
    """The ids of the fragments named ``keys`` (``@st.fragment(key=...)``) on this page."""
    found: list[str] = []
    for key in keys:
        matches = [
            record.id
            for record in ctx.session.fragments.values()
            if record.key == key and record.page_hash == ctx.session.page_hash
        ]
        if not matches:
            raise DeskAPIError(
                f"st.rerun: no fragment has the key {key!r}. Give one with @st.fragment(key={key!r}), "
                "and call it in the script before rerunning it."
            )
        found.extend(matches)
    return found


def dismiss_trigger_id(fragment_id: str) -> str:
    """The id of the hidden trigger that a ``DialogDismissed`` message for this dialog fires."""
    from desk.runtime.state import widget_id

    return widget_id("DialogDismiss", None, {"fragment_id": fragment_id}, None)


def _register_dismiss_trigger(ctx: RunContext, fragment_id: str, callback: Callable[..., Any] | None) -> None:
    """Let a dismissal of this dialog rerun the app, calling ``callback`` first (as widget callbacks are)."""
    from desk.runtime.state import WidgetMeta

    meta = WidgetMeta(
        id=dismiss_trigger_id(fragment_id),
        kind="DialogDismiss",
        key=None,
        default=False,
        deserialize=bool,
        on_change=callback,
        trigger=True,
        trigger_reset=False,
        fragment_id=None,
    )
    ctx.session.state.register(ctx, meta)


class FragmentHandledError(Exception):
    """A fragment raised; its exception is already shown inside the fragment."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _run_body(ctx: RunContext, record: Any, block: Container) -> Any:
    previous = ctx.fragment_id
    ctx.fragment_id = record.id
    saved_stack = list(ctx.container_stack)
    ctx.container_stack = [block]
    try:
        return record.func(*record.args, **record.kwargs)
    except FragmentHandledError:
        raise
    except Exception as error:
        # Shown inside the fragment (not at the main cursor), then the run ends as for any error.
        from desk.runtime.runner import show_exception

        ctx.container_stack = [block]
        show_exception(ctx, error)
        raise FragmentHandledError(error) from error
    finally:
        ctx.container_stack = saved_stack
        ctx.fragment_id = previous


def rerun_fragment(ctx: RunContext, record: Any) -> None:
    """Run a recorded fragment again, into the same place."""
    if record.dialog is not None:
        ctx.dialog_opened = True
        node = Node("Dialog", {**record.dialog, "fragment_id": record.id, "is_open": True}, block=True)
    else:
        node = Node("Container", {"fragment_id": record.id, "border": False, "height": None}, block=True)
    slot = Container(record.parent_path, slot=record.slot)
    slot.form_id = record.parent_form_id
    with ctx.using(slot):
        block = emit_block(node)
    block.fragment_id = record.id
    block.form_id = record.parent_form_id
    if record.dialog is not None:
        block = _dialog_body(ctx, block)
    ctx.fragment_ids_this_run.append(record.id)
    session = ctx.session
    previous_page = session.page_hash
    session.page_hash = getattr(record, "page_hash", "")
    try:
        _run_body(ctx, record, block)
    finally:
        session.page_hash = previous_page


@overload
def fragment(func: F, *, run_every: float | int | str | timedelta | None = None, key: str | int | None = None) -> F: ...
@overload
def fragment(
    func: None = None, *, run_every: float | int | str | timedelta | None = None, key: str | int | None = None
) -> Callable[[F], F]: ...


@tolerates("fragment", parallel=False)
def fragment(
    func: Any = None, *, run_every: float | int | str | timedelta | None = None, key: str | int | None = None
) -> Any:
    """Decorate a function so that interactions inside it rerun only that function.

    ``key`` names the fragment, so that a widget callback can rerun it alone with ``st.rerun(key)``.
    """
    interval = _interval_seconds(run_every)
    if key is not None and (isinstance(key, bool) or not isinstance(key, (str, int))):
        raise FragmentError(f"st.fragment: key must be a string or an int, not {type(key).__name__} ({key!r}).")
    name = None if key is None else str(key)

    def decorate(f: F) -> F:
        if not callable(f):
            raise FragmentError(f"st.fragment must decorate a function, not {type(f).__name__}.")

        @functools.wraps(f)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return _call_fragment(f, args, kwargs, interval, key=name)

        return wrapper  # type: ignore[return-value]

    if func is None:
        return decorate
    return decorate(func)


experimental_fragment = fragment

DIALOG_WIDTHS = ("small", "medium", "large")
DIALOG_POSITIONS = ("center", "left", "right")


def dialog(
    title: str,
    *,
    width: str = "small",
    position: str = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: str | Callable[..., Any] = "ignore",
) -> Callable[[F], F]:
    """Decorate a function that draws a modal dialog when called."""
    if not isinstance(title, str) or not title:
        raise DeskAPIError(f"st.dialog: title must be a non-empty string, not {title!r}.")
    if width not in DIALOG_WIDTHS:
        raise DeskAPIError(f"st.dialog: width must be 'small', 'medium' or 'large', not {width!r}.")
    if not (on_dismiss in ("ignore", "rerun") or callable(on_dismiss)):
        raise DeskAPIError(f"st.dialog: on_dismiss must be 'ignore', 'rerun' or a function, not {on_dismiss!r}.")
    if position not in DIALOG_POSITIONS:
        raise DeskAPIError(f"st.dialog: position must be 'center', 'left' or 'right', not {position!r}.")
    if icon is not None and (not isinstance(icon, str) or not icon.strip()):
        raise DeskAPIError(f"st.dialog: icon must be an emoji or ':material/name:' text, or None, not {icon!r}.")
    spec: dict[str, Any] = {"title": title, "width": width, "dismissible": bool(dismissible), "on_dismiss": on_dismiss if isinstance(on_dismiss, str) else "callback"}
    if position != "center":
        spec["position"] = position
    if icon is not None:
        spec["icon"] = icon
    callback = None if isinstance(on_dismiss, str) else on_dismiss

    def decorate(f: F) -> F:
        @functools.wraps(f)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return _call_fragment(f, args, kwargs, None, dict(spec), callback)

        return wrapper  # type: ignore[return-value]

    return decorate


experimental_dialog = dialog

__all__ = ["FragmentHandledError", "dialog", "dismiss_trigger_id", "experimental_dialog", "experimental_fragment", "fragment", "rerun_fragment", "ROOT_EVENT"]
