"""Streamlit 1.67 parameters desk used to accept and ignore, now implemented (issue 15)."""

from __future__ import annotations

import warnings

from desk.errors import DeskAPIWarning
from desk.testing import AppTest


def run_quietly(script: str) -> AppTest:
    """Run ``script``, failing on any DeskAPIWarning (a parameter still ignored)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeskAPIWarning)
        return AppTest.from_string(script).run()


def test_metric_icon_is_shown_and_checked() -> None:
    at = run_quietly(
        """
        import streamlit as st
        st.metric("Alerts", 3, icon="🚨")
        st.metric("Likes", 9, icon=":material/thumb_up:")
        st.metric("Plain", 1)
        """
    )
    assert [m.icon for m in at.metric] == ["🚨", ":material/thumb_up:", None]
    assert "icon" not in at.metric[2].proto
    bad = AppTest.from_string("import streamlit as st\nst.metric('x', 1, icon='not an icon')\n").run()
    assert "st.metric: icon must be a single emoji" in bad.exception[0].value


def test_chat_input_accept_audio_returns_the_recording() -> None:
    at = run_quietly(
        """
        import streamlit as st
        said = st.chat_input("Say", accept_audio=True, audio_sample_rate=8000)
        if said is not None:
            clip = said.audio
            st.write(f"text={said.text!r} audio={None if clip is None else (clip.name, clip.type, clip.getvalue())}")
            st.write(f"keys={sorted(said)} has_files={'files' in said}")
        """
    )
    box = at.chat_input[0]
    assert (box.accept_audio, box.audio_sample_rate) == (True, 8000)
    box.set_value("hi", audio=("voice.wav", b"RIFF0000WAVE", "audio/wav")).run()
    assert at.markdown[0].value == "text='hi' audio=('voice.wav', 'audio/wav', b'RIFF0000WAVE')"
    assert at.markdown[1].value == "keys=['audio', 'text'] has_files=False"
    at.chat_input[0].set_value("typed only").run()
    assert at.markdown[0].value == "text='typed only' audio=None"
    at.run()
    assert len(at.markdown) == 0


def test_chat_input_with_files_and_audio_and_the_wire_form() -> None:
    at = run_quietly(
        """
        import streamlit as st
        said = st.chat_input("Say", accept_file=True, accept_audio=True)
        if said is not None:
            st.write(f"{said.text}|{[f.name for f in said.files]}|{said.audio.name}")
        """
    )
    at.chat_input[0].set_value("both", files=[("a.txt", b"x")], audio=("v.wav", b"y")).run()
    assert at.markdown[0].value == "both|['a.txt']|v.wav"
    meta = at.session.state.widget_meta(at.chat_input[0].id or "")
    assert meta is not None
    assert meta.deserialize({"text": "t", "files": [], "audio": None}).audio is None


def test_chat_input_without_audio_has_no_audio_attribute_and_checks_the_rate() -> None:
    at = run_quietly(
        """
        import streamlit as st
        said = st.chat_input("Say", accept_file=True)
        if said is not None:
            st.write(str(hasattr(said, "audio")))
        """
    )
    assert "accept_audio" not in at.chat_input[0].proto
    at.chat_input[0].set_value("x").run()
    assert at.markdown[0].value == "False"
    bad = AppTest.from_string(
        "import streamlit as st\nst.chat_input(accept_audio=True, audio_sample_rate=1234)\n"
    ).run()
    assert "audio_sample_rate must be one of 8000" in bad.exception[0].value
