"""Chat: chat_message blocks and the chat_input trigger widget."""

from __future__ import annotations

from pathlib import Path

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.protocol import ROOT_BOTTOM, ROOT_MAIN, BinaryPayload
from desk.testing import AppTest

CHAT = """
import streamlit as st
st.session_state.setdefault("history", [])
for role, text in st.session_state.history:
    with st.chat_message(role):
        st.markdown(text)
prompt = st.chat_input("Say something", max_chars=20)
if prompt:
    st.session_state.history.append(("user", prompt))
    st.session_state.history.append(("assistant", prompt.upper()))
    for role, text in st.session_state.history[-2:]:
        with st.chat_message(role):
            st.markdown(text)
st.text(repr(prompt))
"""


def test_chat_input_value_lasts_one_run() -> None:
    at = AppTest.from_string(CHAT).run()
    assert at.text[0].value == "None"
    at.chat_input[0].set_value("hi").run()
    assert at.text[0].value == "'hi'"
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[1].markdown[0].value == "HI"
    at.run()
    assert at.text[0].value == "None"
    assert len(at.chat_message) == 2


def test_chat_input_submit_is_the_same_as_set_value() -> None:
    at = AppTest.from_string(CHAT).run()
    at.chat_input[0].submit("one").run()
    at.chat_input[0].submit("two").run()
    assert [m.markdown[0].value for m in at.chat_message] == ["one", "ONE", "two", "TWO"]


def test_chat_input_on_main_goes_to_the_bottom_and_is_inline_elsewhere() -> None:
    script = "import streamlit as st\nst.chat_input('main')\nwith st.container():\n    st.chat_input('inline')\nst.sidebar.chat_input('side')"
    at = AppTest.from_string(script).run()
    roots = {c.placeholder: c.path[0] for c in at.chat_input}
    assert roots == {"main": ROOT_BOTTOM, "inline": ROOT_MAIN, "side": 1}


def test_chat_input_max_chars_and_validation() -> None:
    at = AppTest.from_string(CHAT).run()
    assert at.chat_input[0].max_chars == 20
    with pytest.raises(DeskAPIError, match=r"the message has 21 characters, more than max_chars \(20\)"):
        at.chat_input[0].set_value("x" * 21)
    with pytest.raises(
        DeskAPIError, match="st.chat_input: max_chars must be a positive integer or None, not 0"
    ):
        st.chat_input(max_chars=0)
    with pytest.raises(DeskAPIError, match="st.chat_input: accept_file must be False, True"):
        st.chat_input(accept_file="yes")


def test_chat_input_submit_mode_and_height_reach_the_box() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.chat_input('Plain')\n"
        "with st.container():\n"
        "    st.text(repr(st.chat_input('Held', key='held', submit_mode='disable', height=120)))\n"
        "    st.chat_input('Stoppable', key='stop', submit_mode='stop', height='stretch')\n"
    ).run()
    boxes = {box.proto["placeholder"]: box for box in at.chat_input}
    plain, held, stoppable = boxes["Plain"], boxes["Held"], boxes["Stoppable"]
    assert "submit_mode" not in plain.proto and "height" not in plain.proto  # the defaults: "submit", "content"
    assert (held.proto["submit_mode"], held.proto["height"]) == ("disable", 120)
    assert (stoppable.proto["submit_mode"], stoppable.proto["height"]) == ("stop", "stretch")
    held.set_value("hi").run()  # the mode is the window's: the value arrives as before
    assert at.text[0].value == "'hi'"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.chat_input(submit_mode='wait')", "submit_mode must be 'submit', 'disable' or 'stop', not 'wait'"),
        ("st.chat_input(height=0)", "height must be 'content', 'stretch' or a positive number of pixels"),
        ("st.chat_input(height='auto')", "height must be 'content', 'stretch' or a positive number of pixels"),
        ("st.chat_input(height=None)", "height must be 'content', 'stretch' or a positive number of pixels"),
    ],
)
def test_chat_input_submit_mode_and_height_are_checked(call: str, message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        eval(call, {"st": st})


def test_chat_input_on_submit_callback_runs_first() -> None:
    script = """
import streamlit as st
st.session_state.setdefault("seen", [])
def got(prefix): st.session_state.seen.append(prefix + st.session_state.msg)
st.text(repr(st.session_state.seen))
st.chat_input(key="msg", on_submit=got, args=("> ",))
"""
    at = AppTest.from_string(script).run()
    at.chat_input[0].set_value("hello").run()
    assert at.text[0].value == "['> hello']"


def test_chat_input_is_not_allowed_in_forms_and_cannot_be_set() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nwith st.form('f'):\n    st.chat_input()\n    st.form_submit_button()"
    ).run()
    assert "st.chat_input() can't be used in an st.form()" in at.exception[0].message
    at = AppTest.from_string("import streamlit as st\nst.chat_input(key='c')\nst.session_state.c = 'x'").run()
    assert at.exception[0].proto["type"] == "WidgetValueModifiedError"


def test_session_state_sets_a_draft_in_the_chat_input_not_a_submit() -> None:
    """As in Streamlit 1.67: the text shows in the box; the run sees no message."""
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("Suggest"):
            st.session_state.chat = "I would like to "
        said = st.chat_input("Say", key="chat", on_submit=lambda: st.session_state.update(submits=1))
        st.text(f"said={said!r} submits={st.session_state.get('submits', 0)}")
        """
    ).run()
    at.button[0].click().run()
    assert at.text[0].value == "said=None submits=0"
    assert (at.chat_input[0].value, at.chat_input[0].proto["set_value"]) == ("I would like to ", True)
    at.chat_input[0].set_value("I would like to go").run()
    assert at.text[0].value == "said='I would like to go' submits=1"
    assert at.chat_input[0].proto["set_value"] is False


def test_chat_message_avatars() -> None:
    script = """
import streamlit as st
st.chat_message("user").write("u")
st.chat_message("AI").write("a")
st.chat_message("Bob").write("b")
st.chat_message("x", avatar="🦖").write("e")
st.chat_message("y", avatar=":material/smart_toy:").write("i")
st.chat_message("z", avatar="https://example.org/a.png").write("url")
"""
    at = AppTest.from_string(script).run()
    got = [(m.name, m.avatar, m.avatar_type) for m in at.chat_message]
    assert got == [
        ("user", "user", "icon"),
        ("AI", "assistant", "icon"),
        ("Bob", "B", "initial"),
        ("x", "🦖", "emoji"),
        ("y", ":material/smart_toy:", "icon"),
        ("z", "https://example.org/a.png", "image"),
    ]
    assert at.chat_message[2].markdown[0].value == "b"


def test_chat_message_image_file_avatar(tmp_path: Path) -> None:
    image = tmp_path / "me.png"
    image.write_bytes(b"\x89PNG fake")
    at = AppTest.from_string(f"import streamlit as st\nst.chat_message('me', avatar={str(image)!r})").run()
    avatar = at.chat_message[0].avatar
    assert isinstance(avatar, BinaryPayload)
    assert avatar.data == b"\x89PNG fake"


def test_chat_message_validation() -> None:
    with pytest.raises(
        DeskAPIError,
        match="st.chat_message: name must be a non-empty string such as 'user' or 'assistant', not ''",
    ):
        st.chat_message("")
    with pytest.raises(
        DeskAPIError, match="st.chat_message: avatar must be an emoji, a ':material/icon_name:' icon"
    ):
        st.chat_message("user", avatar="not an avatar")
    with pytest.raises(DeskAPIError, match="avatar image file 'missing.png' does not exist"):
        st.chat_message("user", avatar="missing.png")


def test_chat_messages_cannot_be_nested() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nwith st.chat_message('user'):\n    with st.container():\n        st.chat_message('ai')"
    ).run()
    assert "chat messages cannot be nested inside other chat messages" in at.exception[0].message
    at = AppTest.from_string(
        "import streamlit as st\nc = st.chat_message('user').container()\nwith c:\n    st.chat_message('ai')"
    ).run()
    assert "cannot be nested" in at.exception[0].message


FILE_CHAT = """
import streamlit as st
value = st.chat_input("Ask about a file", accept_file="multiple", file_type=["csv", "txt"])
if value:
    st.text(f"text={value.text!r} files={[(f.name, f.getvalue().decode()) for f in value.files]}")
    st.text(f"keys={sorted(value)} same={value['text'] == value.text}")
else:
    st.text(repr(value))
"""


def test_chat_input_with_files_returns_text_and_uploaded_files() -> None:
    at = AppTest.from_string(FILE_CHAT).run()
    assert at.text[0].value == "None"
    assert at.chat_input[0].proto["accept_file"] == "multiple"
    assert at.chat_input[0].proto["file_type"] == [".csv", ".txt"]
    at.chat_input[0].set_value("sum it", files=[("a.csv", b"x\n1\n"), ("b.txt", "hello")]).run()
    assert at.text[0].value == "text='sum it' files=[('a.csv', 'x\\n1\\n'), ('b.txt', 'hello')]"
    assert at.text[1].value == "keys=['files', 'text'] same=True"
    at.run()
    assert at.text[0].value == "None"  # one-shot, like a text-only chat input


def test_chat_input_with_files_takes_text_alone_too() -> None:
    at = AppTest.from_string(FILE_CHAT).run()
    at.chat_input[0].set_value("just text").run()
    assert at.text[0].value == "text='just text' files=[]"


def test_chat_input_refuses_a_file_of_another_type() -> None:
    at = AppTest.from_string(FILE_CHAT).run()
    with pytest.raises(DeskAPIError, match=r"'run\.exe' is not an accepted file type"):
        at.chat_input[0].set_value("x", files=[("run.exe", b"MZ")])


@pytest.mark.parametrize("bad", ["many", 2, "files"])
def test_chat_input_accept_file_must_be_a_known_mode(bad: object) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.chat_input('x', accept_file={bad!r})").run()
    assert "accept_file must be False, True, 'multiple' or 'directory'" in at.exception[0].message
