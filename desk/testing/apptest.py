"""AppTest: the in-process test harness, with the API of ``streamlit.testing.v1.AppTest``.

An AppTest owns one session. ``run()`` applies the widget actions queued since the last
run (``click``, ``set_value``, ``input``...), runs the script on the session's runner
thread, waits for it to finish, and rebuilds the element tree from what a client would
hold. Each AppTest has its own session state and its own cache scope. Any log record of
level ERROR during a run fails the run with ``AppTestError``. The elements it returns
are in ``desk.testing.elements``.
"""

from __future__ import annotations

import inspect
import logging
import textwrap
import threading
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desk.cache import clear_all_caches
from desk.config import Settings, load_settings
from desk.protocol import ROOT_BOTTOM, ROOT_EVENT, ROOT_MAIN, ROOT_SIDEBAR, DeltaPath, Node
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.testing.blocks import BLOCK_CLASSES
from desk.testing.data_elements import DATA_CLASSES
from desk.testing.elements import AppTestError, AppTestTimeout, Block, Element, ElementList, Widget
from desk.testing.names import queries
from desk.testing.registry import element_class


class _ErrorCollector(logging.Handler):
    def __init__(self, thread_names: set[str]) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self.thread_names = thread_names

    def emit(self, record: logging.LogRecord) -> None:
        if record.threadName in self.thread_names or record.threadName == threading.current_thread().name:
            self.records.append(record)


# ------------------------------------------------------------------------- AppTest


class AppTest:
    """Run a desk (or Streamlit) script in process and inspect its elements."""

    def __init__(
        self,
        source: ScriptSource,
        *,
        default_timeout: float = 3,
        script_globals: dict[str, Any] | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.default_timeout = default_timeout
        self.session = Session(
            source,
            fast_reruns=False,
            clear_caches=clear_all_caches,
            cache_scope=f"apptest-{uuid.uuid4().hex}",
            # Its own settings, as desk run would build them for this script (or the ones given).
            settings=settings if settings is not None else load_settings(source.path.parent),
        )
        self.session.widgets_rerun_their_fragment = False  # every interaction reruns the script, as in Streamlit's AppTest
        self.session.forms_clear_on_submit = False  # Streamlit's page clears such forms; its AppTest has no page
        self.session.script_globals = dict(script_globals or {})
        self.session.secrets_override = {}
        self._pending: dict[str, Any] = {}
        self._triggers: list[tuple[str, Any]] = []
        self._ran = False

    # -- construction
    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3, settings: Settings | None = None) -> AppTest:
        """An AppTest for the script given as text; ``settings`` replace the config files' and environment's."""
        name = f"<apptest-{uuid.uuid4().hex[:8]}>"
        source = ScriptSource(Path.cwd() / name, textwrap.dedent(script))
        return cls(source, default_timeout=default_timeout, settings=settings)

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3, settings: Settings | None = None) -> AppTest:
        """An AppTest for a script file; a relative path is relative to the calling test file.

        ``settings`` replace the ones its folder's config files and the environment give.
        """
        path = Path(script_path)
        if not path.is_absolute():
            caller = Path(inspect.stack()[1].filename).resolve().parent
            candidate = caller / path
            path = candidate if candidate.exists() else Path.cwd() / path
        if not path.exists():
            raise FileNotFoundError(
                f"AppTest.from_file: no script at {path}. Check the path (relative paths start at the test file's folder)."
            )
        return cls(ScriptSource(path.resolve()), default_timeout=default_timeout, settings=settings)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        settings: Settings | None = None,
    ) -> AppTest:
        """An AppTest whose script is the body of ``script``, called with ``args``/``kwargs``."""
        source_text = textwrap.dedent(inspect.getsource(script))
        call = f"\n{script.__name__}(*__desk_args__, **__desk_kwargs__)\n"
        name = f"<apptest-{script.__name__}-{uuid.uuid4().hex[:8]}>"
        globals_ = {"__desk_args__": tuple(args or ()), "__desk_kwargs__": dict(kwargs or {})}
        return cls(
            ScriptSource(Path.cwd() / name, source_text + call),
            default_timeout=default_timeout,
            script_globals=globals_,
            settings=settings,
        )

    # -- running
    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script once (applying pending widget actions) and wait for it."""
        timeout = self.default_timeout if timeout is None else timeout
        runner_names = {f"desk-runner-{self.session.id[:8]}"}
        collector = _ErrorCollector(runner_names)
        root_logger = logging.getLogger()
        root_logger.addHandler(collector)
        try:
            pending, triggers = dict(self._pending), list(self._triggers)
            self._pending.clear()
            self._triggers.clear()
            pending = self._without_unsubmitted_form_values(pending, triggers)
            if triggers:
                for wid, value in triggers:
                    if pending:
                        self.session.set_values(pending)
                        pending = {}
                    self.session.trigger(wid, value)
            elif pending:
                self.session.set_values(pending)
                if all(self._waits(wid) for wid in pending):
                    # Form values wait for the submit, on_change="ignore" values for the next
                    # run; at.run() still runs, as in Streamlit.
                    self.session.request_rerun()
            else:
                self.session.request_rerun()
            if not self.session.wait_idle(timeout):
                self.session.request_stop()
                self.session.wait_idle(1.0)
                raise AppTestTimeout(f"AppTest script run timed out after {timeout}(s)")
        finally:
            root_logger.removeHandler(collector)
        self._ran = True
        if collector.records:
            record = collector.records[0]
            raise AppTestError(f"The app logged an error during the run: {record.getMessage()}")
        return self

    def _without_unsubmitted_form_values(self, pending: dict[str, Any], triggers: list[tuple[str, Any]]) -> dict[str, Any]:
        """``pending`` less the values of form widgets whose form this run does not submit.

        As in Streamlit's AppTest, a value set on a widget in a form counts only in the run
        that clicks the form's submit button; set in an earlier run, it is dropped.
        """
        submitted: set[str] = set()
        for wid, _value in triggers:
            meta = self.session.state.widget_meta(wid)
            if meta is not None and meta.submits is not None:
                submitted.add(meta.submits)
        kept: dict[str, Any] = {}
        for wid, value in pending.items():
            meta = self.session.state.widget_meta(wid)
            form_id = meta.waits_for if meta is not None else None
            if form_id is None or form_id in submitted:
                kept[wid] = value
        return kept

    def _waits(self, wid: str) -> bool:
        """True for a widget whose change does not start a run: in a form, or on_change="ignore"."""
        meta = self.session.state.widget_meta(wid)
        if meta is None:
            return False
        return meta.deferred or meta.waits_for is not None

    def switch_page(self, page_path: str | Path) -> AppTest:
        """Show the page whose script is ``page_path`` (relative to the main script's folder) on the next run."""
        from desk.runtime.pages import resolve_script_path

        self.session.navigator.request(str(resolve_script_path(self.session, page_path)))
        return self

    # -- state
    @property
    def session_state(self) -> Any:
        return self.session.state

    @property
    def secrets(self) -> dict[str, Any]:
        """Secrets the script sees as ``st.secrets``; set them before ``run()``."""
        secrets = self.session.secrets_override
        assert secrets is not None
        return secrets

    @secrets.setter
    def secrets(self, value: dict[str, Any]) -> None:
        self.session.secrets_override = dict(value)

    @property
    def query_params(self) -> Any:
        return self.session.query_params

    # -- tree
    def _wrap(self, path: DeltaPath, node: Node) -> Element:
        if node.block:
            return BLOCK_CLASSES.get(node.type, Block)(node, path, self)
        cls = element_class(node) or DATA_CLASSES.get(node.type)
        if cls is None:
            cls = Widget if node.id is not None else Element
        return cls(node, path, self)

    def _descendants(self, path: DeltaPath) -> list[Element]:
        view = self.session.view
        found = [(p, n) for p, n in view.nodes.items() if len(p) > len(path) and p[: len(path)] == path]
        found.sort(key=lambda item: item[0])
        return [self._wrap(p, n) for p, n in found]

    def _query(self, path: DeltaPath, name: str) -> ElementList[Element]:
        predicate = queries().get(name)
        if predicate is None:
            wanted = name
            predicate = lambda node: node.type == wanted or node.type.lower() == wanted.replace("_", "")  # noqa: E731
        return ElementList([e for e in self._descendants(path) if predicate(e.node)])

    def _all(self, name: str) -> ElementList[Element]:
        items: list[Element] = []
        for root in (ROOT_MAIN, ROOT_SIDEBAR, ROOT_EVENT, ROOT_BOTTOM):
            items.extend(self._query((root,), name))
        return ElementList(items)

    def get(self, element_type: str) -> ElementList[Element]:
        """Elements of ``element_type`` (an AppTest attribute name or a node type)."""
        return self._all(element_type)

    @property
    def main(self) -> Block:
        return Block(Node("Main", {}, block=True), (ROOT_MAIN,), self)

    @property
    def sidebar(self) -> Block:
        return Block(Node("Sidebar", {}, block=True), (ROOT_SIDEBAR,), self)

    @property
    def bottom(self) -> Block:
        """What ``st.bottom`` (and a chat_input of the main area) holds."""
        return Block(Node("Bottom", {}, block=True), (ROOT_BOTTOM,), self)

    def __getattr__(self, name: str) -> Any:
        if name in queries():
            return self._all(name)
        raise AttributeError(f"AppTest has no attribute '{name}'.")

    def __len__(self) -> int:
        return len(self.session.view.nodes)

    def __repr__(self) -> str:
        return f"AppTest({self.session.source.path.name}, {len(self)} elements)"
