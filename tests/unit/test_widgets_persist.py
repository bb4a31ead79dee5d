"""persist_state: a keyed widget's value waits under its key while the widget is not drawn."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from desk.testing import AppTest

# A widget (with {mode} to fill in), the value a user gives it, and the value it shows then.
WIDGETS = [
    ("st.checkbox('w', key='k'{mode})", True, "True"),
    ("st.toggle('w', key='k'{mode})", True, "True"),
    ("st.radio('w', ['a', 'b'], key='k'{mode})", "b", "'b'"),
    ("st.selectbox('w', ['a', 'b'], key='k'{mode})", "b", "'b'"),
    ("st.multiselect('w', ['a', 'b'], key='k'{mode})", ["b"], "['b']"),
    ("st.slider('w', 0, 10, key='k'{mode})", 7, "7"),
    ("st.select_slider('w', ['s', 'm'], key='k'{mode})", "m", "'m'"),
    ("st.text_input('w', key='k'{mode})", "hi", "'hi'"),
    ("st.text_area('w', key='k'{mode})", "hi", "'hi'"),
    ("st.number_input('w', key='k'{mode})", 2.5, "2.5"),
    ("st.date_input('w', datetime.date(2001, 1, 1), key='k'{mode})", "2001-02-03", "datetime.date(2001, 2, 3)"),
    ("st.time_input('w', datetime.time(1, 0), key='k'{mode})", "04:05", "datetime.time(4, 5)"),
    (
        "st.datetime_input('w', datetime.datetime(2002, 1, 1), key='k'{mode})",
        "2002-02-03 04:05",
        "datetime.datetime(2002, 2, 3, 4, 5)",
    ),
    ("st.color_picker('w', key='k'{mode})", "#ffffff", "'#ffffff'"),
    ("st.pills('w', ['a', 'b'], key='k'{mode})", "b", "'b'"),
    ("st.segmented_control('w', ['a', 'b'], key='k'{mode})", "b", "'b'"),
    ("st.feedback('faces', key='k'{mode})", 3, "3"),
    ("st.pagination(5, key='k'{mode})", 3, "3"),
]

TOGGLED = """
import datetime
import streamlit as st
if st.session_state.get("show", True):
    st.text(repr({call}))
else:
    st.text("hidden " + repr(st.session_state.get("k", "absent")))
"""


def toggled(call: str) -> AppTest:
    return AppTest.from_string(TOGGLED.format(call=call)).run()


def set_widget(at: AppTest, value: object) -> None:
    for name in ("checkbox", "toggle", "radio", "selectbox", "multiselect", "slider", "select_slider", "text_input",
                 "text_area", "number_input", "date_input", "time_input", "datetime_input", "color_picker",
                 "button_group", "feedback", "pagination"):  # fmt: skip
        found = getattr(at, name)
        if len(found):
            found[0].set_value(value)
            return
    raise AssertionError("no widget")


@pytest.mark.parametrize("mode", ["page", "session"])
@pytest.mark.parametrize(("call", "value", "shown"), WIDGETS, ids=[row[0].split("(")[0] for row in WIDGETS])
def test_a_persisted_widget_gets_its_value_back_when_drawn_again(mode: str, call: str, value: object, shown: str) -> None:
    at = toggled(call.format(mode=f", persist_state={mode!r}"))
    set_widget(at, value)
    at.run()
    assert at.text[0].value == shown
    at.session_state["show"] = False
    at.run()
    at.run()  # the run that left it out has ended: its value waits under the key
    assert at.text[0].value.startswith("hidden ") and at.text[0].value != "hidden 'absent'"
    at.session_state["show"] = True
    at.run()
    assert at.text[0].value == shown


@pytest.mark.parametrize(("call", "value", "shown"), WIDGETS[:6], ids=[row[0].split("(")[0] for row in WIDGETS[:6]])
def test_without_persist_state_the_value_is_lost(call: str, value: object, shown: str) -> None:
    at = toggled(call.format(mode=""))
    default = at.text[0].value
    set_widget(at, value)
    at.run()
    assert at.text[0].value == shown != default
    at.session_state["show"] = False
    at.run()
    at.run()
    assert at.text[0].value == "hidden 'absent'"
    at.session_state["show"] = True
    at.run()
    assert at.text[0].value == default


def write(path: Path, source: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def test_session_scope_survives_a_page_change_and_page_scope_does_not(tmp_path: Path) -> None:
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        for mode in (None, "page", "session"):
            st.slider(f"s {mode}", 0, 100, 10, key=f"s_{mode}", persist_state=mode)
        """,
    )
    write(
        tmp_path / "pages" / "other.py",
        """
        import streamlit as st
        st.text(repr(sorted(k for k in st.session_state.keys())))
        """,
    )
    at = AppTest.from_file(main).run()
    for slider in at.slider:
        slider.set_value(50)
    at.run()
    at.switch_page("pages/other.py").run()
    assert at.text[0].value == "['s_session']"
    at.switch_page("app.py").run()
    assert [s.value for s in at.slider] == [10, 10, 50]


def test_a_page_scoped_value_hidden_on_its_page_is_gone_after_a_page_change(tmp_path: Path) -> None:
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        if st.session_state.get("show", True):
            st.slider("s", 0, 100, 10, key="s", persist_state="page")
        """,
    )
    write(tmp_path / "pages" / "other.py", "import streamlit as st\nst.text(repr('s' in st.session_state))\n")
    at = AppTest.from_file(main).run()
    at.slider[0].set_value(60).run()
    at.session_state["show"] = False
    at.run()
    at.run()
    assert at.session_state["s"] == 60
    at.switch_page("pages/other.py").run()
    assert at.text[0].value == "False"
    at.switch_page("app.py")
    at.session_state["show"] = True
    at.run()
    assert at.slider[0].value == 10


def test_a_value_the_script_sets_while_the_widget_is_hidden_wins() -> None:
    at = toggled("st.slider('w', 0, 10, key='k', persist_state='session')")
    at.slider[0].set_value(7).run()
    at.session_state["show"] = False
    at.run()
    at.run()
    at.session_state["k"] = 3
    at.session_state["show"] = True
    at.run()
    assert at.text[0].value == "3"


def test_a_bound_persisted_widget_comes_back_with_its_url_parameter() -> None:
    at = toggled("st.slider('w', 0, 10, key='k', bind='query-params', persist_state='page')")
    at.slider[0].set_value(7).run()
    assert at.query_params.get_all("k") == ["7"]
    at.session_state["show"] = False
    at.run()
    at.run()
    assert at.query_params.get_all("k") == []
    at.session_state["show"] = True
    at.run()
    assert at.text[0].value == "7"
    assert at.query_params.get_all("k") == ["7"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.checkbox('w', persist_state='session')", r"st.checkbox: persist_state needs a key"),
        ("st.slider('w', key='k', persist_state='app')", r"st.slider: persist_state must be 'page', 'session' or None, not 'app'"),
    ],
)
def test_persist_state_refuses_what_it_cannot_do(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert len(at.exception) == 1
    assert re.search(message, at.exception[0].value), at.exception[0].value
