"""Session: one connected client's state, its queue of interactions and its run loop.

Interactions arrive from any thread (the server's IOLoop, or AppTest's caller):

- value changes coalesce: only the latest value of each widget matters, and a change that
  arrives during a run asks that run to stop at its next yield point (fast rerun), unless
  that run is handling a click;
- triggers (button clicks, chat submits) are queued, and each gets a run of its own, so no
  click is lost;
- changes to widgets in a form wait until the form is submitted;
- changes confined to one fragment rerun only that fragment.

The session's runner thread takes requests one at a time and hands them to
``desk.runtime.runner.execute``. Outgoing messages go to ``sink``, called on the runner
thread; the server's sink hops to its IOLoop with ``call_soon_threadsafe``.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.config import Settings, load_settings, option_value
from desk.errors import RerunRequested, StopRun
from desk.protocol import (
    ClearCache,
    ClientMessage,
    DataRequest,
    DialogDismissed,
    Hello,
    Rerun,
    ServerMessage,
    StopScript,
    Trigger,
    WidgetChanged,
    assert_never,
)
from desk.runtime.context import RunContext
from desk.runtime.datasets import DatasetStore
from desk.runtime.emitter import ClientView
from desk.runtime.pages import Navigator
from desk.runtime.script import ScriptSource
from desk.runtime.state import SessionState, is_empty

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger("desk.session")


@dataclass
class RunRequest:
    """What one run must apply before executing the script."""

    values: dict[str, Any] = field(default_factory=dict)
    trigger: tuple[str, Any] | None = None
    fragment_id: str | None = None
    query_string: str | None = None


@dataclass
class FragmentRecord:
    """A fragment called in the last full run: how to run it again in place."""

    id: str
    func: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    parent_path: tuple[int, ...]
    slot: tuple[int, ...]
    parent_form_id: str | None
    run_every: float | None = None
    dialog: dict[str, Any] | None = None
    page_hash: str = ""
    key: str | None = None
    """``@st.fragment(key=...)``: the name ``st.rerun(key)`` reruns it by."""


class Session:
    """One client's session: state, interaction queue, runner thread."""

    def __init__(
        self,
        source: ScriptSource,
        sink: Callable[[ServerMessage], None] | None = None,
        *,
        session_id: str | None = None,
        query_string: str = "",
        fast_reruns: bool = True,
        magic: bool = True,
        context_info: dict[str, Any] | None = None,
        clear_caches: Callable[[], None] = lambda: None,
        live: bool = False,
        cache_scope: str = "app",
        settings: Settings | None = None,
    ) -> None:
        from desk.runtime.query_params import QueryParams

        self.id = session_id or uuid.uuid4().hex
        self.source = source
        # The app's settings (the server's, or AppTest's own); files and environment when not given.
        self.settings = settings if settings is not None else load_settings()
        # Options st.set_option changed in this session, by their Streamlit names.
        self.option_overrides: dict[str, Any] = {}
        self.sink: Callable[[ServerMessage], None] = sink or (lambda message: None)
        self.view = ClientView()
        self.query_params = QueryParams(self, query_string)
        self.state = SessionState(self.query_params)
        self.fast_reruns = fast_reruns
        self.magic = magic
        self.context_info: dict[str, Any] = context_info if context_info is not None else {}
        self.clear_caches = clear_caches  # the owner's: the caches live in a higher layer
        self.fragments: dict[str, FragmentRecord] = {}
        # A widget in a fragment reruns that fragment alone (the server's way). AppTest turns
        # this off: as in Streamlit's AppTest, every interaction reruns the whole script.
        self.widgets_rerun_their_fragment = True
        # A form with clear_on_submit puts its widgets back to their defaults after a submit
        # (the page's way). AppTest turns this off: in Streamlit the page does that clearing,
        # so Streamlit's AppTest, which has no page, keeps the submitted values.
        self.forms_clear_on_submit = True
        self.page_config: dict[str, Any] = {}
        self.run_count = 0
        self.last_status: str | None = None
        self.last_error: BaseException | None = None
        # A session with a client (not AppTest): timers rerun its run_every fragments.
        self.live = live
        # Where st.cache_data/st.cache_resource keep this session's entries in memory.
        self.cache_scope = cache_scope
        # The hash of the page being drawn: widget ids and fragments carry it.
        self.page_hash = ""
        # Names put into the script's module before it runs (AppTest, tests).
        self.script_globals: dict[str, Any] = {}
        # at.secrets in AppTest: used instead of the secrets.toml files when not None.
        self.secrets_override: dict[str, Any] | None = None
        # The bytes of the files the client uploaded, by file id: (name, mimetype, data).
        self.uploads: dict[str, tuple[str, str, bytes]] = {}
        self._datasets: DatasetStore | None = None
        self.navigator = Navigator()

        self._cond = threading.Condition()
        self._values: dict[str, Any] = {}
        self._triggers: deque[tuple[str, Any]] = deque()
        self._fragment_requests: deque[str] = deque()
        self._rerun_requested = False
        self._form_pending: dict[str, dict[str, Any]] = {}
        self._deferred: dict[str, Any] = {}  # on_change="ignore" widgets: applied by the next run
        self._control: str | None = None
        self._active_run: str | None = None
        self._active_has_trigger = False
        self._busy = False
        self._closed = False
        self._thread: threading.Thread | None = None
        self._listeners: list[Callable[[str, str], None]] = []
        self._timers: dict[str, threading.Thread] = {}

    # ---------------------------------------------------------------- input (any thread)
    def greet(self, hello: Hello) -> None:
        """Take what ``hello`` says about the client (context, query string, page), without a run."""
        info = {
            "timezone": hello.timezone,
            "timezone_offset": hello.timezone_offset,
            "locale": hello.locale,
            "url": hello.url,
            "theme_type": hello.theme_type,
        }
        self.context_info.update({k: v for k, v in info.items() if v is not None})
        self.query_params.load(hello.query_string)
        if hello.page is not None:
            self.navigator.request(hello.page)

    def handle(self, message: ClientMessage) -> None:
        """Apply one client message. Values are wire values, converted per widget."""
        match message:
            case Hello():
                self.greet(message)
                self.request_rerun()
            case WidgetChanged():
                self._widget_changed(message)
            case Trigger():
                self._triggered(message)
            case Rerun():
                if message.query_string is not None:
                    self.query_params.load(message.query_string)
                if message.page is not None:
                    self.navigator.request(message.page)
                    self.request_rerun()
                elif message.fragment_id is not None:
                    self.request_fragment(message.fragment_id)
                else:
                    self.request_rerun()
            case StopScript():
                self.request_stop()
            case ClearCache():
                self.clear_caches()
            case DialogDismissed():
                from desk.runtime.fragments import dismiss_trigger_id

                wid = dismiss_trigger_id(message.fragment_id)
                if self.state.widget_meta(wid) is not None:  # absent for on_dismiss="ignore"
                    self.trigger(wid, True)
            case DataRequest():  # the server answers these from the session's dataset store
                log.warning("data request %s sent to the session ignored", message.request_id)
            case _:
                assert_never(message)

    def _widget_changed(self, message: WidgetChanged) -> None:
        meta = self.state.widget_meta(message.widget_id)
        if meta is None:
            log.warning("value for unknown widget %s ignored", message.widget_id)
            return
        try:
            value = meta.deserialize(message.value)
        except Exception as error:
            log.warning("refused a bad value for %s (%s): %s", meta.kind, message.widget_id, error)
            return
        self.set_values({message.widget_id: value})

    def _triggered(self, message: Trigger) -> None:
        meta = self.state.widget_meta(message.widget_id)
        if meta is None or not meta.trigger:
            log.warning("trigger for unknown or non-trigger widget %s ignored", message.widget_id)
            return
        try:
            value = meta.deserialize(message.value)
        except Exception as error:
            log.warning("refused a bad trigger for %s: %s", message.widget_id, error)
            return
        self.trigger(message.widget_id, value)

    def set_values(self, values: dict[str, Any]) -> None:
        """Record new widget values (Python values) and schedule a run."""
        with self._cond:
            waiting: set[str] = set()
            values = {wid: value for wid, value in values.items() if not self._refused_empty(wid, value)}
            if not values:
                return
            for wid, value in values.items():
                meta = self.state.widget_meta(wid)
                if meta is not None and meta.waits_for is not None:
                    self._form_pending.setdefault(meta.waits_for, {})[wid] = value
                    self.state.sync_url(wid, value)  # a bound widget's URL follows it before the submit
                elif meta is not None and meta.deferred:
                    self._deferred[wid] = value
                    self.state.sync_url(wid, value)  # ...and before the next run
                    waiting.add(wid)
                else:
                    self._values[wid] = value
            if len(waiting) == len(values):
                return  # only on_change="ignore" widgets changed: no run
            if any(self._is_app_scoped(wid) for wid in values):
                self._preempt_locked()
            self._cond.notify_all()
        self._ensure_thread()

    def _refused_empty(self, wid: str, value: Any) -> bool:
        """A required widget keeps its last value when the client sends an empty one."""
        meta = self.state.widget_meta(wid)
        if meta is None or not meta.required or not is_empty(value):
            return False
        log.info("refused an empty value for the required %s %s", meta.kind, wid)
        return True

    def _form_has_empty_required(self, form_id: str) -> bool:
        """A required widget of the form is empty: its submit is refused."""
        pending = self._form_pending.get(form_id, {})
        for wid in self.state.widget_ids():
            meta = self.state.widget_meta(wid)
            if meta is not None and meta.required and meta.form_id == form_id:
                if is_empty(pending.get(wid, self.state.widget_value(wid))):
                    log.info("refused the submit of form %s: the required %s %s is empty", form_id, meta.kind, wid)
                    return True
        return False

    def _is_app_scoped(self, wid: str) -> bool:
        """True when a change of ``wid`` reruns the whole app (not a form, not a fragment)."""
        meta = self.state.widget_meta(wid)
        if meta is None:
            return True
        if meta.waits_for is not None:
            return False
        return meta.fragment_id is None or meta.fragment_id not in self.fragments or not self.widgets_rerun_their_fragment

    def trigger(self, widget_id: str, value: Any = True) -> None:
        """Queue a one-shot event; it gets a run of its own (not a form's submit while a required field is empty)."""
        with self._cond:
            meta = self.state.widget_meta(widget_id)
            if meta is not None and meta.submits is not None:
                if self._form_has_empty_required(meta.submits):
                    return
            self._triggers.append((widget_id, value))
            self._cond.notify_all()
        self._ensure_thread()

    def request_rerun(self) -> None:
        with self._cond:
            self._rerun_requested = True
            self._preempt_locked()
            self._cond.notify_all()
        self._ensure_thread()

    def request_fragment(self, fragment_id: str) -> None:
        with self._cond:
            if fragment_id not in self._fragment_requests:
                self._fragment_requests.append(fragment_id)
            self._cond.notify_all()
        self._ensure_thread()

    def request_stop(self) -> None:
        with self._cond:
            if self._active_run is not None:
                self._control = "stop"
            self._cond.notify_all()

    def _preempt_locked(self) -> None:
        if self.fast_reruns and self._active_run is not None and not self._active_has_trigger:
            if self._control is None:
                self._control = "rerun"

    def pending_form_values(self, form_id: str) -> dict[str, Any]:
        with self._cond:
            return dict(self._form_pending.get(form_id, {}))

    # ---------------------------------------------------------------- yield points
    def check_control(self, ctx: RunContext) -> None:
        control = self._control
        if control is None or ctx.run_id != self._active_run:
            return
        if control == "stop":
            raise StopRun()
        raise RerunRequested("app")

    # ---------------------------------------------------------------- run loop
    def begin_rerun(self) -> str:
        """The id of the run ``st.rerun()`` starts in the running thread; any pending stop is dropped."""
        run_id = uuid.uuid4().hex
        with self._cond:
            self._active_run = run_id
            self._control = None
        return run_id

    def option(self, key: str) -> Any:
        """A config option by its Streamlit-style name (``st.get_option`` in this session)."""
        from desk.runtime.streamlit_options import STREAMLIT_OPTIONS

        return option_value(self.settings, self.option_overrides, key, STREAMLIT_OPTIONS)

    @property
    def datasets(self) -> DatasetStore | None:
        """The store of the tables behind this session's data elements (None until one is kept)."""
        return self._datasets

    def keep_dataset(self, table: pa.Table, fingerprint: str) -> str:
        """Keep ``table`` for this session's client and return its dataset id.

        The store is made on first use; after each run it drops the datasets that no node
        of the client's view references any more.
        """
        if self._datasets is None:
            store = self._datasets = DatasetStore()
            view = self.view
            self.add_listener(lambda run_id, status: store.keep_only(view.dataset_ids()))
        return self._datasets.add(table, fingerprint)

    def release_datasets(self) -> None:
        """Drop every dataset of this session (it is closing)."""
        if self._datasets is not None:
            self._datasets.close()

    def add_listener(self, listener: Callable[[str, str], None]) -> None:
        """Call ``listener(run_id, status)`` after every run."""
        self._listeners.append(listener)

    def is_busy(self) -> bool:
        with self._cond:
            return self._busy or self._has_work_locked()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no run is active or pending. Returns False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._busy or self._has_work_locked():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
        return True

    def _has_work_locked(self) -> bool:
        return bool(self._values or self._triggers or self._fragment_requests or self._rerun_requested)

    def _ensure_thread(self) -> None:
        with self._cond:
            if self._closed or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._loop, name=f"desk-runner-{self.id[:8]}", daemon=True)
            self._thread.start()

    def _take_request_locked(self) -> RunRequest | None:
        """The next run to do, or None when the only work left was stale fragment reruns.

        Changes of on_change="ignore" widgets ride along with whatever run comes next.
        """
        request = self._next_request_locked()
        if request is not None and self._deferred:
            request.values = {**self._deferred, **request.values}
            self._deferred.clear()
        return request

    def _next_request_locked(self) -> RunRequest | None:
        request = RunRequest()
        if self._triggers:
            wid, value = self._triggers.popleft()
            request.trigger = (wid, value)
            meta = self.state.widget_meta(wid)
            if meta is not None and meta.submits is not None:
                request.values.update(self._form_pending.pop(meta.submits, {}))
        request.values.update(self._values)
        self._values.clear()
        if request.trigger is None and not request.values:
            if self._rerun_requested:
                self._rerun_requested = False
                self._fragment_requests.clear()
            elif self._fragment_requests:
                # A fragment that the last full run did not call is gone: its reruns are dropped
                # (an auto-rerun timer can fire just after it disappeared).
                while self._fragment_requests and self._fragment_requests[0] not in self.fragments:
                    log.debug("dropping a rerun of fragment %s, which is no longer on the page", self._fragment_requests[0])
                    self._fragment_requests.popleft()
                if not self._fragment_requests:
                    return None
                request.fragment_id = self._fragment_requests.popleft()
            return request
        scope = self._fragment_scope(request)
        if self._rerun_requested:
            self._rerun_requested = False
        else:
            request.fragment_id = scope
        return request

    def _fragment_scope(self, request: RunRequest) -> str | None:
        if not self.widgets_rerun_their_fragment:
            return None
        ids = list(request.values)
        if request.trigger is not None:
            ids.append(request.trigger[0])
        if not ids:
            return None
        scopes = set()
        for wid in ids:
            meta = self.state.widget_meta(wid)
            scopes.add(meta.fragment_id if meta is not None else None)
        if len(scopes) == 1:
            (scope,) = scopes
            if scope is not None and scope in self.fragments:
                return scope
        return None

    def _loop(self) -> None:
        from desk.runtime.runner import execute

        idle_deadline = time.monotonic() + 30.0
        while True:
            with self._cond:
                while not self._closed and not self._has_work_locked():
                    remaining = idle_deadline - time.monotonic()
                    if remaining <= 0:
                        self._thread = None
                        return
                    self._cond.wait(remaining)
                if self._closed:
                    self._thread = None
                    self._cond.notify_all()
                    return
                request = self._take_request_locked()
                if request is None:
                    self._cond.notify_all()
                    continue
                self._busy = True
                self._control = None
                run_id = uuid.uuid4().hex
                self._active_run = run_id
                self._active_has_trigger = request.trigger is not None
            status = "error"
            try:
                status = execute(self, request, run_id)
                if status == "rerun" and request.fragment_id is None:
                    # A full run was cut short by a newer change: the next run must be a full one
                    # too, even if that change is confined to a fragment.
                    with self._cond:
                        self._rerun_requested = True
            except BaseException as error:  # the engine never dies with the script
                log.exception("internal error while running the script")
                self.last_error = error
            finally:
                with self._cond:
                    self._active_run = None
                    self._control = None
                    self._busy = False
                    self.last_status = status
                    self._cond.notify_all()
                for listener in list(self._listeners):
                    try:
                        listener(run_id, status)
                    except Exception:
                        log.exception("run listener failed")
            idle_deadline = time.monotonic() + 30.0

    def send(self, message: ServerMessage) -> None:
        try:
            self.sink(message)
        except Exception:
            log.exception("sending %s failed", type(message).__name__)

    def start_auto_rerun(self, fragment_id: str, interval: float) -> None:
        """Rerun a fragment every ``interval`` seconds while it stays on the page."""
        if fragment_id in self._timers and self._timers[fragment_id].is_alive():
            return

        def tick() -> None:
            while True:
                time.sleep(interval)
                with self._cond:
                    if self._closed:
                        return
                    record = self.fragments.get(fragment_id)
                    if record is None or record.run_every is None:
                        self._timers.pop(fragment_id, None)
                        return
                self.request_fragment(fragment_id)

        thread = threading.Thread(target=tick, name=f"desk-every-{fragment_id[:8]}", daemon=True)
        self._timers[fragment_id] = thread
        thread.start()

    def close(self, timeout: float = 2.0) -> None:
        """Stop the session: ask the run to stop and let the runner thread end."""
        with self._cond:
            self._closed = True
            if self._active_run is not None:
                self._control = "stop"
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
