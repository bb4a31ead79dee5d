"""The script thread's work: one run, in Streamlit's order.

``execute`` applies a request and runs the script once:

1. choose the page of a multipage app (``desk.runtime.pages``), reset triggers, apply the
   request's widget values and its trigger (dropped when the page changes);
2. call ``on_change``/``on_click`` callbacks of the widgets whose value changed;
3. execute the script body (or only the fragment being rerun) in a fresh ``__main__``;
4. after a completed run, forget the state of widgets that were not rendered.

``st.stop()`` and stop requests end the run early; ``st.rerun()`` starts it again in
the same thread without re-firing callbacks. Exceptions in the script become an
``Exception`` element where they happened. The engine itself never dies with the script.
"""

from __future__ import annotations

import gc
import logging
import sys
import traceback
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.errors import DeskAPIError, RerunRequested, ScriptControl, StopRun
from desk.protocol import NewRun, Node, RunFinished
from desk.runtime.context import RunContext, current_run
from desk.runtime.emitter import Container, Emitter
from desk.runtime.fragments import FragmentHandledError
from desk.runtime.pages import begin_run, v1_script
from desk.runtime.script import MAGIC_NAME, ScriptSource, script_cache

if TYPE_CHECKING:
    from desk.runtime.session import RunRequest, Session

log = logging.getLogger("desk.runner")

_DESK_DIR = __file__.rsplit("runtime", 1)[0]
MAX_RERUNS_IN_A_ROW = 100


def execute(session: Session, request: RunRequest, run_id: str) -> str:
    """Run the script once for ``request``. Returns the final run status."""
    values: dict[str, Any] | None = dict(request.values)
    trigger = request.trigger
    fragment_id = request.fragment_id
    if fragment_id is not None and fragment_id not in session.fragments:
        fragment_id = None
    queued: list[str] = []  # more fragments st.rerun([key, ...]) named
    for _ in range(MAX_RERUNS_IN_A_ROW):
        status, rerun = _execute_once(session, values, trigger, fragment_id, run_id)
        if rerun is None:
            queued = [fid for fid in queued if fid in session.fragments]
            if not queued:
                return status
            values, trigger, fragment_id = None, None, queued.pop(0)
            run_id = session.begin_rerun()
            continue
        # st.rerun(): run again in this thread, with no new values (callbacks do not re-fire).
        values, trigger = None, None
        fragment_id = rerun.fragment_id if rerun.scope == "fragment" else None
        queued = list(rerun.then) if rerun.scope == "fragment" else []
        run_id = session.begin_rerun()
    log.warning("st.rerun() was called %d times in a row; stopping to avoid an endless loop", MAX_RERUNS_IN_A_ROW)
    return "stopped"


def _execute_once(
    session: Session,
    values: dict[str, Any] | None,
    trigger: tuple[str, Any] | None,
    fragment_id: str | None,
    run_id: str,
) -> tuple[str, RerunRequested | None]:
    state = session.state
    emitter = Emitter(run_id, session.view, session.send)
    ctx = RunContext(session=session, run_id=run_id, emitter=emitter, fragment_run=fragment_id)
    fragment_ids = [fragment_id] if fragment_id is not None else []
    session.send(NewRun(run_id, fragment_ids))
    session.run_count += 1
    token = current_run.set(ctx)
    status = "ok"
    rerun: RerunRequested | None = None
    completed = False
    try:
        try:
            state.reset_triggers()
            if fragment_id is None and begin_run(ctx):
                # Another page: the values and clicks of the page being left do not apply.
                values, trigger = None, None
            changes = dict(values or {})
            if trigger is not None:
                wid, value = trigger
                changes[wid] = value
                meta = state.widget_meta(wid)
                if meta is not None and meta.submits is not None:
                    ctx.submitted_form = meta.submits
            changed = state.apply_changes(changes) if changes else []
            ctx.in_callbacks = True
            try:
                from_callback = state.run_callbacks(changed)
            finally:
                ctx.in_callbacks = False
            if from_callback is not None:
                # A callback called st.rerun(): no body in this run (nothing drawn, so every
                # widget keeps its state); the loop runs the app, or the fragments named by
                # key, again without the clicks.
                rerun = from_callback
                status = "rerun"
            else:
                if fragment_id is None and session.navigator.change_pending():
                    begin_run(ctx)  # a callback called st.switch_page
                if fragment_id is not None:
                    _run_fragment(ctx, fragment_id)
                else:
                    _run_script(ctx)
                completed = True
        except StopRun:
            status = "stopped"
        except RerunRequested as request:
            if request.page is not None:
                session.navigator.request(request.page)
            if request.explicit:
                # st.rerun() may stop the script before later widgets are drawn: like
                # Streamlit, such a run forgets no widget state (the next completed run does).
                rerun = request
                status = "rerun"
            else:
                status = "rerun"
        except FragmentHandledError as handled:
            status = "error"
            session.last_error = handled.error
        except SyntaxError as error:
            status = "compile_error"
            show_exception(ctx, error)
        except SystemExit:
            status = "stopped"
        except BaseException as error:
            status = "error"
            session.last_error = error
            try:
                show_exception(ctx, error)
            except ScriptControl:
                pass
        if completed:
            scope = fragment_ids if fragment_id is not None else None
            state.cleanup(ctx.widget_ids_this_run, scope)
            if fragment_id is None:
                _drop_uncalled_fragments(session, ctx)
        scopes: list[tuple[int, ...]] | None = None
        if fragment_id is not None and fragment_id in session.fragments:
            scopes = [session.fragments[fragment_id].slot]
        if status != "rerun":
            # A run ended by a rerun keeps its stale nodes (no flicker); the next run prunes them.
            session.view.prune(run_id, scopes)
        state.reset_triggers()
    finally:
        current_run.reset(token)
    final = "fragment_ok" if (fragment_id is not None and status == "ok") else status
    wire_scopes = [list(scope) for scope in scopes] if scopes is not None else None
    session.send(RunFinished(run_id, final, fragment_ids, wire_scopes))  # type: ignore[arg-type]
    if fragment_id is None:
        gc.collect(1)
    return final, rerun


def script_module(session: Session, name: str, path: Path) -> types.ModuleType:
    """A fresh module to run a script in: its ``__file__``, builtins and the magic writer."""
    module = types.ModuleType(name)
    module.__file__ = str(path)
    module.__dict__["__builtins__"] = __builtins__
    module.__dict__.update(session.script_globals)
    if session.magic:
        module.__dict__[MAGIC_NAME] = _magic_write
    return module


def _magic_write(*values: Any) -> Any:
    """Called for each bare expression in a script (magic): ``st.write(value)``, then the value.

    A bare tuple comes as its items, written as ``st.write``'s arguments.
    """
    import desk  # the public facade: st.write is looked up by its name, as a script would

    desk.write(*values)
    return values[0] if len(values) == 1 else values


def _run_script(ctx: RunContext) -> None:
    session = ctx.session
    source = session.source
    page_script = v1_script(session)
    if page_script is not None:
        # A page of the pages/ folder runs instead of the main script.
        source = ScriptSource(page_script)
    code = script_cache.compile(source, magic=session.magic)
    module = script_module(session, "__main__", source.path)
    from desk.runtime.alias import install_streamlit_alias

    install_streamlit_alias()
    folder = str(session.source.folder)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    previous_main = sys.modules.get("__main__")
    sys.modules["__main__"] = module
    try:
        exec(code, module.__dict__)
    finally:
        if previous_main is not None:
            sys.modules["__main__"] = previous_main


def _run_fragment(ctx: RunContext, fragment_id: str) -> None:
    from desk.runtime.fragments import rerun_fragment

    rerun_fragment(ctx, ctx.session.fragments[fragment_id])


def _drop_uncalled_fragments(session: Session, ctx: RunContext) -> None:
    called = set(ctx.fragment_ids_this_run)
    for fid in list(session.fragments):
        if fid not in called:
            del session.fragments[fid]


def format_traceback(error: BaseException) -> list[str]:
    """The traceback as lines, without desk's own frames for API errors."""
    frames = traceback.extract_tb(error.__traceback__)
    keep = []
    for frame in frames:
        filename = frame.filename or ""
        if filename.startswith(_DESK_DIR):
            continue
        keep.append(frame)
    if not keep and not isinstance(error, DeskAPIError):
        keep = list(frames)
    lines = traceback.format_list(keep)
    if isinstance(error, SyntaxError):
        lines += [line for line in traceback.format_exception_only(type(error), error)[:-1]]
    return [line.rstrip("\n") for line in lines]


def exception_node(error: BaseException, *, is_warning: bool = False) -> Node:
    message = str(error)
    if isinstance(error, SyntaxError):
        message = f"{error.msg} ({error.filename}, line {error.lineno})"
    return Node(
        "Exception",
        {
            "type": type(error).__name__,
            "message": message,
            "traceback": format_traceback(error),
            "is_warning": is_warning,
        },
    )


HIDDEN_DETAILS = (
    "This app ran into an error. Its details are hidden (client.showErrorDetails is off); "
    "they are in the app's log."
)


def show_exception(ctx: RunContext, error: BaseException) -> None:
    """Draw ``error`` as an Exception element at the current target, and log it.

    With ``client.showErrorDetails`` off, only the exception's type is shown.
    """
    log.warning("the script raised %s: %s", type(error).__name__, error, exc_info=error)
    node = exception_node(error)
    if not ctx.session.option("client.showErrorDetails"):
        node.props["message"] = HIDDEN_DETAILS
        node.props["traceback"] = []
    target: Container = ctx.target()
    ctx.emitter.place(target, node)
