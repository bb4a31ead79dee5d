"""Status elements: alerts, exception, progress, spinner, status, toast, balloons and snow."""

from __future__ import annotations

from typing import Any

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.protocol import ROOT_EVENT, Delta, ServerMessage
from desk.testing import AppTest


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    assert not at.exception, f"the script raised: {[e.message for e in at.exception]}"
    return at


def kinds(at: AppTest) -> list[str]:
    return [node.type for _, node in sorted(at.session.view.nodes.items())]


def run_recording(script: str) -> tuple[AppTest, list[ServerMessage]]:
    at = AppTest.from_string(script)
    sent: list[ServerMessage] = []
    at.session.sink = sent.append
    at.run()
    return at, sent


# ---------------------------------------------------------------- alerts


def test_alerts_of_each_kind() -> None:
    at = run(
        """
        import streamlit as st
        st.error("bad")
        st.warning("careful", icon="⚠️")
        st.info("note", icon=":material/info:")
        st.success(3, width=300)
        """
    )
    assert at.error[0].value == "bad"
    assert at.warning[0].icon == "⚠️"
    assert at.info[0].icon == ":material/info:"
    assert at.success[0].value == "3"
    assert at.success[0].width == 300
    assert at.error[0].width == "stretch"


@pytest.mark.parametrize("icon", ["warning", ":material/Bad Name:", "ab", 5])
def test_alert_icon_must_be_emoji_or_material(icon: Any) -> None:
    with pytest.raises(DeskAPIError, match=r"st.error: icon must be a single emoji \(like '🔥'\) or a Material icon"):
        st.error("x", icon=icon)


@pytest.mark.parametrize("width", [0, -1, "wide", True])
def test_alert_width_is_checked(width: Any) -> None:
    with pytest.raises(DeskAPIError, match=r"st.info: width must be 'stretch' or a positive number of pixels"):
        st.info("x", width=width)


# ---------------------------------------------------------------- exception


def test_exception_shows_type_message_and_traceback() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def divide():
            return 1 / 0
        try:
            divide()
        except ZeroDivisionError as error:
            st.exception(error)
        st.write("still running")
        """
    ).run()
    shown = at.exception[0]
    assert shown.proto["type"] == "ZeroDivisionError"
    assert shown.message == "division by zero"
    assert shown.is_warning is False
    assert any("in divide" in line for line in shown.traceback)
    assert at.markdown.values == ["still running"]


def test_exception_strips_desk_frames_for_api_errors() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        try:
            st.progress(500)
        except Exception as error:
            st.exception(error)
        """
    ).run()
    shown = at.exception[0]
    assert shown.proto["type"] == "DeskAPIError"
    assert shown.traceback and all("desk/elements" not in line for line in shown.traceback)


def test_exception_needs_an_exception() -> None:
    with pytest.raises(DeskAPIError, match=r"st.exception: exception must be an exception object, not str"):
        st.exception("oops")  # type: ignore[arg-type]


# ---------------------------------------------------------------- progress


def test_progress_accepts_ints_and_floats() -> None:
    at = run(
        """
        import streamlit as st
        st.progress(0)
        st.progress(100, text="done")
        st.progress(0.25)
        st.progress(1.0)
        """
    )
    assert [p.value for p in at.progress] == [0, 100, 25, 100]
    assert at.progress[1].text == "done"


def test_progress_handle_updates_the_same_bar() -> None:
    at = run(
        """
        import streamlit as st
        bar = st.progress(0, text="starting")
        for step in range(5):
            bar.progress(step * 25, text=f"step {step}")
        st.write("after")
        """
    )
    assert kinds(at) == ["Progress", "Markdown"]
    assert at.progress[0].value == 100
    assert at.progress[0].text == "step 4"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (150, r"st.progress: value \(150\) is an int, so it must be between 0 and 100"),
        (-1, r"st.progress: value \(-1\) is an int, so it must be between 0 and 100"),
        (1.5, r"st.progress: value \(1.5\) is a float, so it must be between 0.0 and 1.0"),
        ("50", r"st.progress: value must be an int from 0 to 100 or a float from 0.0 to 1.0, not str \('50'\)"),
        (True, r"st.progress: value must be an int from 0 to 100 or a float from 0.0 to 1.0, not bool"),
    ],
)
def test_progress_value_is_checked(value: Any, message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        st.progress(value)


def test_progress_text_must_be_a_string() -> None:
    with pytest.raises(DeskAPIError, match=r"st.progress: text must be a string, not int"):
        st.progress(5, text=5)  # type: ignore[arg-type]


def test_progress_error_shows_in_the_app() -> None:
    at = AppTest.from_string("import streamlit as st\nst.progress(101)\n").run()
    assert at.exception[0].message.startswith("st.progress: value (101) is an int")


# ---------------------------------------------------------------- spinner


def test_spinner_shows_then_clears() -> None:
    at, sent = run_recording(
        """
        import streamlit as st
        with st.spinner("Crunching...", show_time=True):
            st.write("inside")
        st.write("after")
        """
    )
    assert not at.spinner
    assert kinds(at) == ["Markdown", "Markdown"]
    at_slot = [m.node for m in sent if isinstance(m, Delta) and tuple(m.path) == (0, 0)]
    assert [(n.type, n.props.get("text")) for n in at_slot] == [("Spinner", "Crunching..."), ("Empty", None)]
    assert at_slot[0].props["show_time"] is True


def test_a_finished_spinner_takes_no_index() -> None:
    # Streamlit's spinner is transient: the element after it has the index it would have
    # had without it, and nothing is left behind (an Empty shifted every later index).
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("before")
        with st.spinner("Loading"):
            data = 5
        st.write("after")
        with st.container():
            with st.spinner():
                pass
        with st.sidebar:
            with st.spinner():
                pass
        """
    ).run()
    assert kinds(at) == ["Markdown", "Markdown", "Container"]
    assert [m.path for m in at.markdown] == [(0, 0), (0, 1)]
    assert len(at.main.children[2].children) == 0
    assert len(at.sidebar.children) == 0
    at.run()
    assert kinds(at) == ["Markdown", "Markdown", "Container"]


def test_spinner_clears_when_the_block_raises() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.spinner():
            raise RuntimeError("boom")
        """
    ).run()
    assert not at.spinner
    assert at.exception[0].message == "boom"


def test_spinner_clears_when_the_script_stops() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.spinner("Working"):
            st.stop()
        """
    ).run()
    assert not at.spinner
    assert kinds(at) == []


def test_spinner_as_a_decorator() -> None:
    at, sent = run_recording(
        """
        import streamlit as st
        @st.spinner("Loading")
        def load():
            return 5
        st.write(load())
        """
    )
    assert not at.spinner
    assert any(isinstance(m, Delta) and m.node.type == "Spinner" for m in sent)
    assert at.markdown.values == ["`5`"]


def test_spinner_text_must_be_a_string() -> None:
    with pytest.raises(DeskAPIError, match=r"st.spinner: text must be a string, not int"), st.spinner(3):  # type: ignore[arg-type]
        pass


# ---------------------------------------------------------------- status


def test_status_as_context_manager_completes() -> None:
    at = run(
        """
        import streamlit as st
        with st.status("Downloading", expanded=True) as s:
            st.write("step 1")
            st.write("step 2")
        st.write("outside")
        """
    )
    box = at.status[0]
    assert (box.label, box.state, box.expanded) == ("Downloading", "complete", True)
    assert [c.value for c in box.children] == ["step 1", "step 2"]
    assert at.main.children[-1].value == "outside"


def test_status_becomes_error_when_the_block_raises() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.status("Working"):
            st.write("partial")
            raise ValueError("nope")
        """
    ).run()
    assert at.status[0].state == "error"
    assert at.exception[0].message == "nope"


def test_status_update_changes_in_place_and_keeps_children() -> None:
    at = run(
        """
        import streamlit as st
        box = st.status("Start")
        box.write("one")
        box.update(label="Halfway", expanded=True)
        box.write("two")
        box.update(state="error")
        """
    )
    assert kinds(at) == ["Status", "Markdown", "Markdown"]
    box = at.status[0]
    assert (box.label, box.state, box.expanded) == ("Halfway", "error", True)
    assert [c.value for c in box.children] == ["one", "two"]


def test_status_keeps_a_state_set_inside_the_block() -> None:
    at = run(
        """
        import streamlit as st
        with st.status("Check") as s:
            s.update(state="error", label="Failed check")
        """
    )
    assert (at.status[0].label, at.status[0].state) == ("Failed check", "error")


def test_status_state_is_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.status: state must be 'running', 'complete' or 'error', not 'done'"):
        st.status("x", state="done")
    with pytest.raises(DeskAPIError, match=r"st.status: label must be a string, not int"):
        st.status(3)  # type: ignore[arg-type]


def test_status_and_expander_type_is_their_look_and_survives_updates() -> None:
    at = run(
        """
        import streamlit as st
        with st.status("Load", type="step"):
            st.write("loaded")
        with st.expander("Think", type="compact", on_change="rerun", key="thought"):
            st.write("hmm")
        st.expander("Plain")
        st.status("Done", type="step", state="complete").update(label="All done")
        """
    )
    first, last = at.status
    assert (first.proto["type"], first.state) == ("step", "complete")  # the with block still completes it
    assert (last.proto["type"], last.label) == ("step", "All done")  # update() keeps the type
    think, plain = at.expander
    assert think.proto["type"] == "compact" and think.open is False
    assert "type" not in plain.proto  # "default" is the absence of a type
    with pytest.raises(DeskAPIError, match=r"st.status: type must be 'default' .*'compact' .*'step' .*not 'timeline'"):
        st.status("x", type="timeline")
    with pytest.raises(DeskAPIError, match=r"st.expander: type must be 'default' .*not 'Compact'"):
        st.expander("x", type="Compact")


def test_status_update_state_is_checked_in_the_app() -> None:
    at = AppTest.from_string("import streamlit as st\nst.status('x').update(state='finished')\n").run()
    assert at.exception[0].message == "st.status: state must be 'running', 'complete' or 'error', not 'finished'."


# ---------------------------------------------------------------- toast, balloons, snow


def test_toast_goes_to_the_event_root() -> None:
    at = run(
        """
        import streamlit as st
        st.toast("Saved!", icon="🎉")
        st.toast("Long one", duration="long")
        """
    )
    assert [(t.value, t.icon, t.duration) for t in at.toast] == [("Saved!", "🎉", "short"), ("Long one", None, "long")]
    assert all(t.path[0] == ROOT_EVENT for t in at.toast)
    assert not at.main.children


def test_toast_handle_updates_the_same_toast() -> None:
    at = run(
        """
        import streamlit as st
        msg = st.toast("Gathering...")
        msg.toast("Ready!", icon="🥞")
        """
    )
    assert [(t.value, t.icon) for t in at.toast] == [("Ready!", "🥞")]


def test_toast_is_sent_again_on_each_run() -> None:
    at = AppTest.from_string("import streamlit as st\nst.toast('hi')\n")
    sent: list[ServerMessage] = []
    at.session.sink = sent.append
    at.run().run()
    assert sum(1 for m in sent if isinstance(m, Delta) and m.node.type == "Toast") == 2


def test_toast_duration_is_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.toast: duration must be 'short', 'long', 'infinite' or a positive number"):
        st.toast("x", duration="forever")


def test_balloons_and_snow() -> None:
    at = run(
        """
        import streamlit as st
        st.balloons()
        st.snow()
        """
    )
    assert len(at.balloons) == 1
    assert len(at.snow) == 1
