"""Fragments and dialogs: partial reruns, run_every, fragment-scoped reruns and cleanup."""

from __future__ import annotations

import textwrap
import threading
import time
from pathlib import Path

import pytest

from desk.protocol import ROOT_EVENT, AutoRerun, NewRun, RunFinished, ServerMessage
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.testing import AppTest

FRAGMENT_APP = """
import streamlit as st
st.session_state.setdefault("full_runs", 0)
st.session_state.setdefault("fragment_runs", 0)
st.session_state.full_runs += 1
st.text(f"full runs: {st.session_state.full_runs}")

@st.fragment
def panel():
    st.session_state.fragment_runs += 1
    if st.button("Inside"):
        st.session_state.setdefault("inside_clicks", 0)
        st.session_state.inside_clicks += 1
    st.text(f"fragment runs: {st.session_state.fragment_runs}")

panel()
st.button("Outside")
st.text("after the fragment")
"""


def test_interaction_inside_a_fragment_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(FRAGMENT_APP)
    at.session.widgets_rerun_their_fragment = True  # the server's fragment reruns (AppTest reruns the whole script)
    at.run()
    assert at.text.values == ["full runs: 1", "fragment runs: 1", "after the fragment"]
    at.button[0].click().run()
    assert at.session_state["full_runs"] == 1
    assert at.session_state["inside_clicks"] == 1
    # Elements outside the fragment are kept as they were.
    assert at.text.values == ["full runs: 1", "fragment runs: 2", "after the fragment"]
    at.button[1].click().run()
    assert at.session_state["full_runs"] == 2
    assert at.text.values == ["full runs: 2", "fragment runs: 3", "after the fragment"]


def test_fragment_run_messages_name_the_fragment_and_its_scope() -> None:
    messages: list[ServerMessage] = []
    lock = threading.Lock()

    def sink(message: ServerMessage) -> None:
        with lock:
            messages.append(message)

    session = Session(ScriptSource(Path.cwd() / "<frag>", textwrap.dedent(FRAGMENT_APP)), sink)
    session.request_rerun()
    assert session.wait_idle(3)
    (fid,) = session.fragments
    button_ids = [w for w in session.state.widget_ids() if session.state.widget_meta(w).fragment_id == fid]  # type: ignore[union-attr]
    assert len(button_ids) == 1
    messages.clear()
    session.trigger(button_ids[0], True)
    assert session.wait_idle(3)
    new_run = next(m for m in messages if isinstance(m, NewRun))
    finished = next(m for m in messages if isinstance(m, RunFinished))
    assert new_run.fragment_ids == [fid]
    assert finished.status == "fragment_ok"
    assert finished.scopes == [list(session.fragments[fid].slot)]
    assert session.state["full_runs"] == 1
    session.close()


def test_widgets_in_a_fragment_keep_their_values_across_fragment_runs() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("outside", key="outside")

        @st.fragment
        def panel():
            st.checkbox("inside", key="inside")
            st.text(f"inside={st.session_state.inside} outside={st.session_state.outside}")

        panel()
        """
    ).run()
    at.checkbox(key="outside").check().run()
    at.checkbox(key="inside").check().run()
    assert at.text[0].value == "inside=True outside=True"
    assert at.checkbox(key="outside").value is True


def test_fragment_runs_only_clean_up_their_own_widgets() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("outside", key="outside")

        @st.fragment
        def panel():
            show = st.checkbox("show", value=True, key="show")
            if show:
                st.checkbox("inner", key="inner")

        panel()
        """
    ).run()
    at.checkbox(key="outside").check().run()
    at.checkbox(key="inner").check().run()
    at.checkbox(key="show").uncheck().run()
    at.checkbox(key="show").check().run()
    assert at.session_state["outside"] is True
    assert at.checkbox(key="inner").value is False


def test_rerun_with_fragment_scope_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.full += 1

        @st.fragment
        def panel():
            st.session_state.frag += 1
            if st.button("Again") and st.session_state.frag < 10:
                st.rerun(scope="fragment")
            st.text(f"frag={st.session_state.frag}")

        panel()
        """
    )
    at.session.widgets_rerun_their_fragment = True  # the server's fragment reruns (AppTest reruns the whole script)
    at.run()
    at.button[0].click().run()
    assert at.session_state["full"] == 1
    assert at.session_state["frag"] == 3
    assert at.text[0].value == "frag=3"


def test_rerun_app_scope_inside_a_fragment_reruns_everything() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1

        @st.fragment
        def panel():
            if st.button("All"):
                st.rerun()

        panel()
        """
    )
    at.session.widgets_rerun_their_fragment = True  # the server's fragment reruns (AppTest reruns the whole script)
    at.run()
    at.button[0].click().run()
    # One full run at start, a fragment run for the click, then a full run from st.rerun().
    assert at.session_state["full"] == 2
    assert at.session.run_count == 3


def test_run_every_sends_an_auto_rerun_message() -> None:
    messages: list[ServerMessage] = []
    source = ScriptSource(
        Path.cwd() / "<every>",
        textwrap.dedent(
            """
            import streamlit as st

            @st.fragment(run_every="2s")
            def clock():
                st.text("tick")

            clock()
            """
        ),
    )
    session = Session(source, messages.append)
    session.request_rerun()
    assert session.wait_idle(3)
    auto = [m for m in messages if isinstance(m, AutoRerun)]
    assert len(auto) == 1
    assert auto[0].interval == 2.0
    assert auto[0].fragment_id in session.fragments
    session.close()


def test_run_every_validation() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.fragment(run_every=-1)
        def f():
            pass
        """
    ).run()
    assert at.exception[0].message == "st.fragment: run_every must be positive, not -1."


def test_fragment_request_reruns_the_fragment_body() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1
        @st.fragment(run_every=60)
        def clock():
            st.session_state.setdefault("ticks", 0)
            st.session_state.ticks += 1
            st.text(f"ticks={st.session_state.ticks}")
        clock()
        """
    ).run()
    (fid,) = at.session.fragments
    at.session.request_fragment(fid)
    assert at.session.wait_idle(3)
    assert at.session_state["full"] == 1
    assert at.session_state["ticks"] == 2


def test_uncalled_fragments_are_forgotten_after_a_full_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.fragment
        def panel():
            st.text("panel")
        if not st.session_state.get("hide"):
            panel()
        """
    ).run()
    assert len(at.session.fragments) == 1
    at.session_state["hide"] = True
    at.run()
    assert at.session.fragments == {}
    assert at.text.values == []


# ---------------------------------------------------------------- dialogs

DIALOG_APP = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.full += 1

@st.dialog("Settings")
def settings():
    name = st.checkbox("Dark mode", key="dark")
    if st.button("Close"):
        st.session_state.closed = True
        st.rerun()
    st.text(f"dark={name}")

if st.button("Open"):
    settings()
st.text("main")
"""


def test_dialog_opens_in_the_event_root_and_reruns_alone() -> None:
    at = AppTest.from_string(DIALOG_APP)
    at.session.widgets_rerun_their_fragment = True  # the server's fragment reruns (AppTest reruns the whole script)
    at.run()
    assert len(at.dialog) == 0
    at.button[0].click().run()
    assert len(at.dialog) == 1
    dialog = at.dialog[0]
    assert dialog.path[0] == ROOT_EVENT
    assert dialog.proto["title"] == "Settings"
    assert dialog.proto["is_open"] is True
    assert at.session_state["full"] == 2
    dialog.checkbox[0].check().run()
    assert at.session_state["full"] == 2
    assert at.dialog[0].text[0].value == "dark=True"
    at.dialog[0].button[0].click().run()
    assert at.session_state["closed"] is True
    assert len(at.dialog) == 0
    assert at.session_state["full"] == 3


def test_only_one_dialog_per_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.dialog("One")
        def one():
            st.text("one")
        @st.dialog("Two")
        def two():
            st.text("two")
        one()
        two()
        """
    ).run()
    assert len(at.dialog) == 1
    assert "Only one dialog can be opened at a time" in at.exception[0].message


def test_dialog_arguments_are_checked() -> None:
    at = AppTest.from_string('import streamlit as st\nst.dialog("T", width="huge")\n').run()
    assert at.exception[0].message == "st.dialog: width must be 'small', 'medium' or 'large', not 'huge'."


def test_an_exception_in_a_fragment_is_shown_inside_it() -> None:
    """Regression: a fragment run's exception was placed at main[0], replacing the page's first element."""
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("top")

        @st.fragment
        def panel():
            st.text("in panel")
            if st.button("Boom"):
                raise ValueError("bad panel")

        panel()
        st.text("bottom")
        """
    )
    at.session.widgets_rerun_their_fragment = True  # the server's fragment reruns (AppTest reruns the whole script)
    at.run()
    at.button[0].click().run()
    assert at.main.text.values == ["top", "in panel", "bottom"]
    assert at.container[0].exception[0].message == "bad panel"
    assert at.session.last_status == "error"
    at.run()
    assert len(at.exception) == 0
    assert at.text.values == ["top", "in panel", "bottom"]


def test_an_exception_in_a_fragment_during_a_full_run_ends_the_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.fragment
        def panel():
            raise KeyError("oops")
        panel()
        st.text("never")
        """
    ).run()
    assert at.container[0].exception[0].proto["type"] == "KeyError"
    assert len(at.exception) == 1
    assert at.text.values == []


def test_a_fragment_change_does_not_preempt_a_running_full_run() -> None:
    """Regression: a change inside a fragment cut a full run short, leaving the page half drawn."""
    gate = threading.Event()
    messages: list[ServerMessage] = []
    script = """
    import streamlit as st

    @st.fragment
    def panel():
        st.checkbox("inside")

    panel()
    ph = st.empty()
    passes = 0
    while not gate.is_set():
        passes += 1
        ph.text(f"working {passes}")
    st.text("end")
    """
    session = Session(ScriptSource(Path.cwd() / "<no-preempt>", textwrap.dedent(script)), messages.append)
    session.script_globals = {"gate": gate}
    session.request_rerun()
    deadline = time.monotonic() + 5
    # the fragment is known once decorated; its checkbox once panel() has run
    while not (session.fragments and session.state.widget_ids()) and time.monotonic() < deadline:
        time.sleep(0.005)
    (wid,) = session.state.widget_ids()
    emitted = len(messages)
    session.set_values({wid: True})
    # The loop emits on every pass: two more messages mean the script went through yield
    # points after the change, where a wrong preemption would have stopped it.
    deadline = time.monotonic() + 5
    while len(messages) < emitted + 2 and time.monotonic() < deadline:
        time.sleep(0.001)
    assert len(messages) >= emitted + 2, "the full run stopped emitting after the fragment's change"
    gate.set()
    assert session.wait_idle(3)
    assert [m.status for m in messages if isinstance(m, RunFinished)] == ["ok", "fragment_ok"]
    session.close()


def test_fragment_scoped_rerun_during_a_full_run_is_an_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.fragment
        def panel():
            st.rerun(scope="fragment")
        panel()
        """
    ).run()
    assert at.exception[0].message == (
        'st.rerun(scope="fragment") can only be called during a fragment rerun, not while the whole app runs. '
        "Use st.rerun() here, or rerun the fragment after an interaction inside it."
    )


def test_a_rerun_request_for_a_fragment_that_is_gone_is_dropped() -> None:
    """An auto-rerun tick for a fragment that the last full run did not call must not rerun the app."""
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.full += 1
        st.text("page")
        """
    ).run()
    at.session.request_fragment("0" * 32)
    assert at.session.wait_idle(3)
    assert at.session_state["full"] == 1
    assert at.session.run_count == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'st.sidebar.text("x")',
            "st.sidebar cannot be used inside a fragment. Call the fragment inside `with st.sidebar:` to draw it in the sidebar.",
        ),
        (
            'outside.checkbox("c")',
            "A fragment cannot draw widgets outside its own body (Checkbox here). "
            "Create the widget inside the fragment, or move it out of the fragment function.",
        ),
    ],
)
def test_fragments_cannot_draw_widgets_outside_or_use_the_sidebar(body: str, message: str) -> None:
    """Regression: a fragment rerun redrew such elements at the sidebar's (or container's) first slot."""
    at = AppTest.from_string(
        f"""
        import streamlit as st
        outside = st.container()
        @st.fragment
        def panel():
            {body}
        panel()
        """
    ).run()
    assert at.exception[0].message == message


def test_fragments_may_write_plain_elements_outside_and_live_in_the_sidebar() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.sidebar.text("first in the sidebar")
        outside = st.container()

        @st.fragment
        def panel():
            outside.text("written from the fragment")
            st.button("Again")

        with st.sidebar:
            panel()
        """
    ).run()
    at.sidebar.button[0].click().run()
    assert not at.exception
    assert at.sidebar.text.values == ["first in the sidebar"]
    assert at.container[0].text.values == ["written from the fragment"]
