"""Control flow: st.stop, st.rerun, stop requests, fast reruns, triggers and coalescing."""

from __future__ import annotations

import textwrap
import threading
import time
from pathlib import Path
from typing import Any

from desk.protocol import Delta, NewRun, RunFinished, Same, ServerMessage
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.testing import AppTest


class Recorder:
    """A session sink that keeps every message."""

    def __init__(self) -> None:
        self.messages: list[ServerMessage] = []
        self.lock = threading.Lock()

    def __call__(self, message: ServerMessage) -> None:
        with self.lock:
            self.messages.append(message)

    def of(self, kind: type[Any]) -> list[Any]:
        with self.lock:
            return [m for m in self.messages if isinstance(m, kind)]


def make_session(script: str, *, fast_reruns: bool = True, globals_: dict[str, Any] | None = None) -> tuple[Session, Recorder]:
    recorder = Recorder()
    source = ScriptSource(Path.cwd() / "<control-test>", textwrap.dedent(script))
    session = Session(source, recorder, fast_reruns=fast_reruns)
    if globals_:
        session.script_globals = globals_
    return session, recorder


def wait_for(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.002)


def widget_id_of(session: Session, kind: str) -> str:
    for wid in session.state.widget_ids():
        meta = session.state.widget_meta(wid)
        if meta is not None and meta.kind == kind:
            return wid
    raise AssertionError(f"no {kind} widget")


# ---------------------------------------------------------------- st.stop and st.rerun


def test_stop_keeps_what_was_drawn_and_skips_the_rest() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("before")
        st.stop()
        st.text("after")
        """
    ).run()
    assert at.text.values == ["before"]
    assert at.session.last_status == "stopped"


def test_stop_inside_a_try_except_exception_still_stops() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        try:
            st.stop()
        except Exception:
            st.text("swallowed")
        st.text("after")
        """
    ).run()
    assert at.text.values == []


def test_rerun_starts_the_script_again_in_the_same_thread() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        if st.session_state.runs < 3:
            st.rerun()
        st.text(f"runs={st.session_state.runs}")
        """
    ).run()
    assert at.text[0].value == "runs=3"
    assert at.session.run_count == 3


def test_rerun_does_not_refire_callbacks() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        st.session_state.setdefault("reran", False)
        def count():
            st.session_state.calls += 1
        st.checkbox("box", on_change=count)
        if not st.session_state.reran:
            st.session_state.reran = True
            st.rerun()
        st.text(f"calls={st.session_state.calls}")
        """
    )
    at.run()
    at.session_state["reran"] = False
    at.checkbox[0].check().run()
    assert at.text[0].value == "calls=1"


def test_endless_rerun_loop_is_stopped() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.rerun()
        """
    )
    at.run(timeout=10)
    assert at.session.last_status == "stopped"
    assert at.session_state["runs"] == 100


def test_rerun_in_a_callback_stops_it_and_reruns_without_the_click() -> None:
    """As in Streamlit 1.67 (the compat app callback_rerun records it): the callback
    stops at st.rerun(), the other callbacks still run, and the body runs once, as a plain
    rerun that does not see the click."""
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def cb():
            st.session_state.log.append("cb")
            st.rerun()
            st.session_state.log.append("not reached")
        def other():
            st.session_state.log.append("other")
        st.checkbox("other", key="other", on_change=other)
        clicked = st.button("Go", on_click=cb)
        st.session_state.log.append(f"body {clicked}")
        st.slider("kept", 0, 9, key="level")
        """
    ).run()
    at.slider[0].set_value(7).run()
    at.session_state["log"] = []
    runs = at.session.run_count
    at.checkbox[0].check()
    at.button[0].click().run()
    assert at.session_state["log"] == ["other", "cb", "body False"]
    assert at.session.run_count == runs + 2  # the interrupted run and the rerun
    assert (at.slider[0].value, at.checkbox[0].value) == (7, True)


def test_fragment_scope_rerun_in_a_callback_is_a_no_op_with_a_warning() -> None:
    at = AppTest.from_string(
        """
        import warnings
        import streamlit as st
        st.session_state.setdefault("log", [])
        def cb():
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                st.rerun(scope="fragment")
            st.session_state.log.append(str(caught[0].message))
        st.checkbox("box", on_change=cb)
        st.text(" | ".join(st.session_state.log))
        """
    ).run()
    at.checkbox[0].check().run()
    assert at.text[0].value == 'st.rerun(scope="fragment") within a callback is a no-op.'


def test_fragment_scope_rerun_outside_a_fragment_is_an_error() -> None:
    at = AppTest.from_string('import streamlit as st\nst.rerun(scope="fragment")\n').run()
    assert at.exception[0].message == (
        'st.rerun(scope="fragment") can only be called inside a fragment. Use st.rerun() to rerun the whole app.'
    )
    at = AppTest.from_string('import streamlit as st\nst.rerun(scope="page")\n').run()
    assert at.exception[0].message.startswith("st.rerun: a fragment key can only be given in a widget callback")
    at = AppTest.from_string('import streamlit as st\nst.rerun(["app"])\n').run()
    assert at.exception[0].message == "st.rerun: 'app' is a scope, not a fragment key; pass it alone: st.rerun('app')."


KEYED = """
import streamlit as st
st.session_state.setdefault("runs", {"app": 0, "a": 0, "b": 0})
st.session_state.runs["app"] += 1

@st.fragment(key="a")
def part_a():
    st.session_state.runs["a"] += 1
    st.text(f"a ran {st.session_state.runs['a']}")

@st.fragment(key=2)
def part_b():
    st.session_state.runs["b"] += 1
    st.text(f"b ran {st.session_state.runs['b']}")

part_a()
part_b()
st.button("only a", on_click=lambda: st.rerun("a"))
st.button("both", on_click=lambda: st.rerun(["a", 2]))
st.button("unknown", on_click=lambda: st.rerun("nope"))
st.checkbox("plain", on_change=lambda: None)
"""


def test_a_callback_reruns_fragments_by_key_and_only_them() -> None:
    at = AppTest.from_string(KEYED).run()
    at.button[0].click().run()
    assert at.session_state["runs"] == {"app": 1, "a": 2, "b": 1}
    assert [t.value for t in at.text] == ["a ran 2", "b ran 1"]
    at.button[1].click().run()
    assert at.session_state["runs"] == {"app": 1, "a": 3, "b": 2}
    # A sibling callback that returns normally makes it a full rerun, as in Streamlit.
    at.checkbox[0].check()
    at.button[0].click().run()
    assert at.session_state["runs"] == {"app": 2, "a": 4, "b": 3}
    at.button[2].click().run()
    assert at.exception[0].message.startswith("st.rerun: no fragment has the key 'nope'.")


# ---------------------------------------------------------------- stop requests and fast reruns

LOOPING = """
import streamlit as st
go = st.checkbox("go")
st.session_state.setdefault("starts", 0)
st.session_state.starts += 1
ph = st.empty()
i = 0
while not go:
    i += 1
    ph.text(f"tick {i}")
st.text("finished")
"""


def test_request_stop_ends_a_script_that_loops_over_st_calls() -> None:
    session, recorder = make_session(LOOPING)
    session.request_rerun()
    wait_for(lambda: len(recorder.of(Delta)) > 20)
    session.request_stop()
    assert session.wait_idle(2.0)
    assert session.last_status == "stopped"
    assert recorder.of(RunFinished)[-1].status == "stopped"
    session.close()


def test_a_value_change_preempts_the_running_script() -> None:
    session, recorder = make_session(LOOPING, fast_reruns=True)
    session.request_rerun()
    wait_for(lambda: len(recorder.of(Delta)) > 20)
    session.set_values({widget_id_of(session, "Checkbox"): True})
    assert session.wait_idle(3.0)
    statuses = [m.status for m in recorder.of(RunFinished)]
    assert statuses == ["rerun", "ok"]
    assert session.state["starts"] == 2
    session.close()


def test_without_fast_reruns_a_value_change_waits_for_the_run() -> None:
    gate = threading.Event()
    script = """
    import streamlit as st
    st.checkbox("box")
    st.text("waiting")
    gate.wait(5)
    st.text("done")
    """
    session, recorder = make_session(script, fast_reruns=False, globals_={"gate": gate})
    session.request_rerun()
    wait_for(lambda: any(isinstance(m, Delta) and m.node.props.get("body") == "waiting" for m in recorder.messages))
    wid = widget_id_of(session, "Checkbox")
    session.set_values({wid: True})
    session.set_values({wid: False})
    session.set_values({wid: True})
    gate.set()
    assert session.wait_idle(3.0)
    # The three changes coalesce into one run that sees the latest value.
    assert [m.status for m in recorder.of(RunFinished)] == ["ok", "ok"]
    assert session.state.widget_value(wid) is True
    session.close()


def test_fifty_quick_clicks_give_fifty_increments() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("count", 0)
        if st.button("Add"):
            st.session_state.count += 1
        st.text(f"Count: {st.session_state.count}")
        """
    ).run()
    for _ in range(50):
        at.button[0].click()
    at.run(timeout=10)
    assert at.text[0].value == "Count: 50"


def test_clicks_arriving_during_a_run_are_never_lost() -> None:
    script = """
    import streamlit as st
    st.session_state.setdefault("count", 0)
    if st.button("Add"):
        st.session_state.count += 1
    for i in range(20):
        st.text(f"row {i}")
    """
    session, recorder = make_session(script, fast_reruns=True)
    session.request_rerun()
    assert session.wait_idle(3.0)
    wid = widget_id_of(session, "Button")
    for _ in range(50):
        session.trigger(wid, True)
    assert session.wait_idle(10.0)
    assert session.state["count"] == 50
    session.close()


def test_each_run_starts_with_new_run_and_ends_with_run_finished() -> None:
    session, recorder = make_session("import streamlit as st\nst.text('x')\n")
    session.request_rerun()
    assert session.wait_idle(3.0)
    kinds = [type(m).__name__ for m in recorder.messages]
    assert kinds == ["NewRun", "Delta", "RunFinished"]
    assert recorder.of(NewRun)[0].run_id == recorder.of(RunFinished)[0].run_id
    session.close()


def test_a_run_ended_by_st_rerun_does_not_prune_its_stale_nodes() -> None:
    """Regression: the view was pruned after a run cut short by st.rerun(), so the next run
    re-sent nodes the client still held (it keeps them, as RunFinished(status="rerun") says)."""
    script = """
    import streamlit as st
    st.session_state.setdefault("runs", 0)
    st.session_state.runs += 1
    st.text("top")
    if st.session_state.runs == 2:
        st.rerun()
    st.text("second")
    """
    session, recorder = make_session(script)
    session.request_rerun()
    assert session.wait_idle(3)
    session.request_rerun()
    assert session.wait_idle(3)
    assert [m.status for m in recorder.of(RunFinished)] == ["ok", "rerun", "ok"]
    second = [m for m in recorder.messages if isinstance(m, Delta) and m.node.props.get("body") == "second"]
    assert len(second) == 1
    assert isinstance(recorder.messages[-2], Same)
    assert [n.props["body"] for n in session.view.nodes.values()] == ["top", "second"]
    session.close()


def test_client_messages_for_unknown_widgets_or_bad_values_are_refused(caplog: Any) -> None:
    from desk.protocol import Trigger, WidgetChanged

    session, recorder = make_session(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.checkbox("box")
        st.button("go")
        """
    )
    session.request_rerun()
    assert session.wait_idle(3)
    box = widget_id_of(session, "Checkbox")
    with caplog.at_level("WARNING", logger="desk.session"):
        session.handle(WidgetChanged("$$ID-unknown-None", True))
        session.handle(Trigger(box, True))
    assert session.wait_idle(3)
    assert session.state["runs"] == 1
    assert "value for unknown widget $$ID-unknown-None ignored" in caplog.text
    assert "trigger for unknown or non-trigger widget" in caplog.text
    session.handle(WidgetChanged(box, 1))
    assert session.wait_idle(3)
    session.handle(Trigger(widget_id_of(session, "Button"), True))
    assert session.wait_idle(3)
    assert session.state["runs"] == 3
    assert session.state.widget_value(box) is True
    session.close()


def test_close_stops_a_looping_script_and_its_thread() -> None:
    session, recorder = make_session(LOOPING)
    session.request_rerun()
    wait_for(lambda: len(recorder.of(Delta)) > 20)
    thread = session._thread
    assert thread is not None
    started = time.monotonic()
    session.close(timeout=2.0)
    assert time.monotonic() - started < 2.0
    assert not thread.is_alive()
    assert recorder.of(RunFinished)[-1].status == "stopped"
