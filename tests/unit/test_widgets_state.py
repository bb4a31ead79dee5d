"""Widgets and session state: keys, callbacks, forms, identity and duplicate ids."""

from __future__ import annotations

import pytest

from desk.testing import AppTest

# One keyed widget of each settable kind, set through session_state before it renders.
PRESETS = [
    ("st.checkbox('w', key='k')", "True", True),
    ("st.toggle('w', key='k')", "True", True),
    ("st.radio('w', ['a', 'b'], key='k')", "'b'", "b"),
    ("st.selectbox('w', ['a', 'b'], key='k')", "'b'", "b"),
    ("st.multiselect('w', ['a', 'b'], key='k')", "['b']", ["b"]),
    ("st.slider('w', 0, 10, key='k')", "7", 7),
    ("st.select_slider('w', ['s', 'm'], key='k')", "'m'", "m"),
    ("st.text_input('w', key='k')", "'hi'", "hi"),
    ("st.text_area('w', key='k')", "'hi'", "hi"),
    ("st.number_input('w', key='k')", "2.5", 2.5),
    ("st.date_input('w', datetime.date(2001, 1, 1), key='k')", "datetime.date(2001, 2, 3)", "2001-02-03"),
    ("st.time_input('w', key='k')", "datetime.time(4, 5)", "04:05"),
    ("st.datetime_input('w', datetime.datetime(2002, 1, 1), key='k')", "datetime.datetime(2002, 2, 3, 4, 5)", "2002-02-03 04:05"),
    ("st.color_picker('w', key='k')", "'#ffffff'", "#ffffff"),
    ("st.pills('w', ['a', 'b'], key='k')", "'b'", "b"),
    ("st.segmented_control('w', ['a', 'b'], key='k')", "'b'", "b"),
    ("st.feedback('faces', key='k')", "3", 3),
]


@pytest.mark.parametrize(("call", "shown", "preset"), PRESETS)
def test_setting_a_key_before_render_sets_the_widget(call: str, shown: str, preset: object) -> None:
    script = f"""
import datetime, streamlit as st
if st.session_state.get("preset") is not None and "k" not in st.session_state:
    value = st.session_state.preset
    if isinstance(value, str) and value[:4] == "2001":
        value = datetime.date(2001, 2, 3)
    elif value == "04:05":
        value = datetime.time(4, 5)
    st.session_state.k = value
st.text(repr({call}))
"""
    at = AppTest.from_string(script)
    at.session_state["preset"] = preset
    at.run()
    assert not at.exception, at.exception
    assert at.text[0].value == shown
    widget = at.get(call.split("(")[0].removeprefix("st."))[0]
    assert widget.proto["set_value"] is True
    at.run()
    assert at.text[0].value == shown


def test_setting_a_key_after_render_raises() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.slider('s', 0, 10, key='s')\nst.session_state.s = 3"
    ).run()
    assert at.exception[0].proto["type"] == "WidgetValueModifiedError"
    assert (
        "st.session_state.s cannot be modified after the widget with key 's' is instantiated"
        in at.exception[0].message
    )


def test_apptest_session_state_sets_a_rendered_widget_for_the_next_run() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.text(repr(st.selectbox('s', ['a', 'b', 'c'], key='pick')))"
    ).run()
    at.session_state["pick"] = "c"
    at.run()
    assert at.text[0].value == "'c'"
    assert at.session_state.pick == "c"
    assert at.selectbox[0].index == 2


def test_set_value_round_trips_to_session_state() -> None:
    at = AppTest.from_string("import streamlit as st\nst.multiselect('m', [1, 2, 3], key='m')").run()
    at.multiselect[0].set_value([3, 1]).run()
    assert at.session_state["m"] == [3, 1]


def test_callbacks_run_before_the_body_with_args_and_kwargs() -> None:
    script = """
import streamlit as st
st.session_state.setdefault("log", [])
def changed(tag, *, extra):
    st.session_state.log.append(f"{tag}:{extra}:{st.session_state.size}")
st.session_state.log.append("body")
st.slider("Size", 0, 10, key="size", on_change=changed, args=("cb",), kwargs={"extra": 1})
st.text_input("Name", key="name", on_change=changed, args=("name",), kwargs={"extra": 2})
"""
    at = AppTest.from_string(script).run()
    at.slider[0].set_value(4).run()
    assert at.session_state.log == ["body", "cb:1:4", "body"]
    at.run()
    assert at.session_state.log == ["body", "cb:1:4", "body", "body"]
    at.text_input[0].input("x").run()
    assert at.session_state.log[-2:] == ["name:2:4", "body"]


def test_button_callback_runs_before_the_body() -> None:
    script = """
import streamlit as st
st.session_state.setdefault("count", 0)
def bump(n): st.session_state.count += n
st.text(f"count={st.session_state.count}")
st.button("Add", on_click=bump, args=(5,))
"""
    at = AppTest.from_string(script).run()
    at.button[0].click().run()
    assert at.text[0].value == "count=5"


def test_callback_arguments_are_validated() -> None:
    at = AppTest.from_string("import streamlit as st\nst.checkbox('c', on_change='nope')").run()
    assert "st.checkbox: on_change must be a function, 'rerun', 'ignore' or None, not 'nope'" in at.exception[0].message
    at = AppTest.from_string("import streamlit as st\nst.checkbox('c', on_change=print, args=5)").run()
    assert "st.checkbox: args must be a list or tuple, not int" in at.exception[0].message


FORM = """
import streamlit as st
with st.form("f", clear_on_submit=CLEAR):
    name = st.text_input("Name")
    level = st.slider("Level", 0, 10)
    tags = st.multiselect("Tags", ["a", "b"])
    sent = st.form_submit_button("Send")
st.text(repr((name, level, tags, sent)))
"""


def test_form_values_apply_only_on_submit() -> None:
    at = AppTest.from_string(FORM.replace("CLEAR", "False")).run()
    at.text_input[0].input("Ada")
    at.slider[0].set_value(5).run()
    assert at.text[0].value == "('', 0, [], False)"
    # As in Streamlit's AppTest, values set in a run that does not submit the form are dropped.
    assert at.text_input[0].value == ""
    at.text_input[0].input("Ada")
    at.multiselect[0].select("b")
    at.button[0].click().run()
    assert at.text[0].value == "('Ada', 0, ['b'], True)"
    at.run()
    assert at.text[0].value == "('Ada', 0, ['b'], False)"


def test_clear_on_submit_resets_after_the_submitted_run() -> None:
    at = AppTest.from_string(FORM.replace("CLEAR", "True"))
    at.session.forms_clear_on_submit = True  # the server's way (AppTest keeps the values, as Streamlit's does)
    at.run()
    at.text_input[0].input("Ada")
    at.slider[0].set_value(5)
    at.button[0].click().run()
    assert at.text[0].value == "('Ada', 5, [], True)"
    at.run()
    assert at.text[0].value == "('', 0, [], False)"


def test_widgets_in_forms_cannot_have_callbacks() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nwith st.form('f'):\n    st.slider('s', on_change=print)\n    st.form_submit_button()"
    ).run()
    assert "widgets inside a form cannot have callbacks" in at.exception[0].message


@pytest.mark.parametrize(
    ("call", "kind"),
    [
        ("st.button('Go')", "Button"),
        ("st.slider('Size')", "Slider"),
        ("st.selectbox('Pick', ['a'])", "Selectbox"),
        ("st.text_input('Name')", "TextInput"),
        ("st.chat_input('Say')", "ChatInput"),
        ("st.file_uploader('F')", "FileUploader"),
    ],
)
def test_duplicate_widgets_suggest_a_key(call: str, kind: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n{call}").run()
    error = at.exception[0]
    assert error.proto["type"] == "DuplicateWidgetID"
    assert f"There are multiple {kind} widgets with the same id" in error.message
    assert "pass a unique key argument" in error.message


def test_the_same_widget_in_the_sidebar_and_the_main_area_are_two_widgets() -> None:
    """As in Streamlit: an unkeyed widget's identity includes where it is drawn (main or sidebar)."""
    at = AppTest.from_string(
        """
import streamlit as st
st.button("Go")
st.sidebar.button("Go")
main = st.text_input("Search")
with st.sidebar:
    side = st.text_input("Search")
st.text(f"{main}|{side}")
"""
    ).run()
    assert not at.exception
    at.sidebar.text_input[0].input("side").run()
    at.text_input[0].input("main").run()
    assert at.text[0].value == "main|side"


def test_duplicates_with_keys_are_fine() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.slider('Size', key='a')\nst.slider('Size', key='b')"
    ).run()
    assert not at.exception
    assert [s.key for s in at.slider] == ["a", "b"]


def test_changing_identity_parameters_resets_the_widget() -> None:
    script = """
import streamlit as st
top = st.number_input("Max", 1, 100, 10)
st.text(repr(st.slider("Value", 0, int(top), key="v")))
"""
    at = AppTest.from_string(script).run()
    at.slider[0].set_value(7).run()
    assert at.text[0].value == "7"
    at.number_input[0].set_value(20).run()
    assert at.text[0].value == "0"


def test_unrendered_widget_state_is_cleaned_up() -> None:
    script = "import streamlit as st\nif st.checkbox('show'):\n    st.text_input('Hidden', key='h')"
    at = AppTest.from_string(script).run()
    at.checkbox[0].check().run()
    at.text_input[0].input("x").run()
    assert at.session_state.h == "x"
    at.checkbox[0].uncheck().run()
    assert "h" not in at.session_state


def test_redefined_classes_and_enums_keep_their_selection() -> None:
    script = """
import enum, streamlit as st
class Color(enum.Enum):
    RED = 1
    BLUE = 2
choice = st.radio("Color", list(Color), format_func=lambda c: c.name)
st.text(f"{choice.name} {choice in list(Color)}")
"""
    at = AppTest.from_string(script).run()
    at.radio[0].select_index(1).run()
    assert at.text[0].value == "BLUE True"
    at.run()
    assert at.text[0].value == "BLUE True"


IGNORED_CHANGES = """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
size = st.slider("Size", 0, 10, 3, on_change="ignore")
mode = st.radio("Mode", ["a", "b"], on_change="rerun")
st.button("Apply")
st.text(f"size={size} mode={mode} runs={st.session_state.runs}")
"""


def test_on_change_ignore_waits_for_the_next_run() -> None:
    at = AppTest.from_string(IGNORED_CHANGES).run()
    assert at.text[0].value == "size=3 mode=a runs=1"
    session = at.session
    runs = session.run_count
    session.set_values({at.slider[0].id: 7})  # what a client's WidgetChanged does
    assert session.wait_idle(2.0)
    assert session.run_count == runs  # no run for the ignored change
    at.button[0].click().run()  # any other run picks the new value up
    assert at.text[0].value == "size=7 mode=a runs=2"
    at.radio[0].set_value("b").run()  # on_change="rerun" is the usual behaviour
    assert at.text[0].value == "size=7 mode=b runs=3"


def test_apptest_run_applies_an_ignored_change() -> None:
    at = AppTest.from_string(IGNORED_CHANGES).run()
    at.slider[0].set_value(9).run()
    assert at.text[0].value == "size=9 mode=a runs=2"


def test_on_change_must_be_a_function_rerun_ignore_or_none() -> None:
    at = AppTest.from_string("import streamlit as st\nst.checkbox('c', on_change='later')").run()
    assert at.exception[0].message == "st.checkbox: on_change must be a function, 'rerun', 'ignore' or None, not 'later'."
