"""``@st.dialog(on_dismiss=...)``: what a ``DialogDismissed`` message does in the session."""

from __future__ import annotations

import re
from typing import Any

import pytest

from desk.errors import DeskAPIError
from desk.protocol import DialogDismissed
from desk.server.wire import decode_client_message
from desk.testing import AppTest

APP = """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.setdefault("dismissed", 0)
st.session_state.runs += 1

def on_close():
    st.session_state.dismissed += 1
    st.session_state.runs_at_dismiss = st.session_state.runs

@st.dialog("Settings", on_dismiss=ON_DISMISS)
def settings():
    st.text("inside")

if st.button("Open"):
    settings()
"""


def _open(on_dismiss: str) -> tuple[AppTest, str]:
    at = AppTest.from_string(APP.replace("ON_DISMISS", on_dismiss)).run()
    at.button[0].click().run()
    assert len(at.dialog) == 1
    fragment_id = at.dialog[0].proto["fragment_id"]
    assert isinstance(fragment_id, str)
    return at, fragment_id


def _dismiss(at: AppTest, fragment_id: str) -> None:
    at.session.handle(DialogDismissed(fragment_id))
    assert at.session.wait_idle(10.0)


def test_callable_runs_before_a_full_rerun() -> None:
    at, fid = _open("on_close")
    assert at.session_state["runs"] == 2
    _dismiss(at, fid)
    assert at.session_state["dismissed"] == 1
    assert at.session_state["runs_at_dismiss"] == 2  # called before the script ran again
    assert at.session_state["runs"] == 3
    assert len(at.dialog) == 0  # the button is not clicked in the rerun


def test_rerun_reruns_the_app_without_callback() -> None:
    at, fid = _open('"rerun"')
    _dismiss(at, fid)
    assert at.session_state["runs"] == 3
    assert at.session_state["dismissed"] == 0


def test_ignore_does_nothing_on_the_server() -> None:
    at, fid = _open('"ignore"')
    _dismiss(at, fid)
    assert at.session_state["runs"] == 2
    assert len(at.dialog) == 1


def test_an_unknown_dialog_is_ignored() -> None:
    at, _fid = _open("on_close")
    _dismiss(at, "no-such-fragment")
    assert at.session_state["runs"] == 2
    assert at.session_state["dismissed"] == 0


def test_the_message_decodes_from_the_wire() -> None:
    message = decode_client_message('{"type": "DialogDismissed", "fragment_id": "abc"}')
    assert message == DialogDismissed("abc")


def test_the_dismiss_trigger_is_hidden_from_session_state() -> None:
    at, _fid = _open("on_close")
    assert set(at.session_state) >= {"runs", "dismissed"}
    assert not any("DialogDismiss" in str(key) for key in at.session_state)


@pytest.mark.parametrize("bad", ["close", 3])
def test_bad_on_dismiss_is_refused(bad: object) -> None:
    at = AppTest.from_string(f'import streamlit as st\n@st.dialog("T", on_dismiss={bad!r})\ndef d():\n    pass\n').run()
    assert "st.dialog: on_dismiss must be 'ignore', 'rerun' or a function" in at.exception[0].message


def test_a_dialog_takes_a_position_and_an_icon() -> None:
    script = """
    import streamlit as st

    @st.dialog("Side", position="left", icon="🔥")
    def side():
        st.write("in")

    @st.dialog("Plain")
    def plain():
        st.write("in")

    if st.session_state.get("which") == "side":
        side()
    else:
        plain()
    """
    at = AppTest.from_string(script)
    at.session_state["which"] = "side"
    at.run()
    props = at.get("dialog")[0].node.props
    assert (props["position"], props["icon"]) == ("left", "🔥")
    at.session_state["which"] = "plain"
    at.run()
    props = at.get("dialog")[0].node.props
    assert "position" not in props and "icon" not in props


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"position": "top"}, "st.dialog: position must be 'center', 'left' or 'right', not 'top'"),
        ({"icon": 3}, "st.dialog: icon must be an emoji or ':material/name:' text, or None, not 3"),
    ],
)
def test_dialog_position_and_icon_errors(kwargs: dict[str, Any], message: str) -> None:
    import desk

    with pytest.raises(DeskAPIError, match=re.escape(message)):
        desk.dialog("T", **kwargs)
