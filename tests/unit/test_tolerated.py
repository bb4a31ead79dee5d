"""Streamlit keyword parameters desk ignores: accepted, and named in one warning each.

That every parameter of Streamlit 1.67 is accepted, and which are only tolerated
(``TOLERATED_FOR_NOW``), is checked against the recording in ``test_streamlit_api.py``.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Iterator

import pytest

import desk
from desk import tolerated
from desk.errors import DeskAPIWarning
from desk.testing import AppTest


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    tolerated.reset_ignored_warnings()
    yield
    tolerated.reset_ignored_warnings()


def test_an_ignored_parameter_warns_once_naming_it_and_changes_nothing() -> None:
    script = """
        import streamlit as st
        for _ in range(3):

            @st.fragment(parallel=True)
            def part():
                st.write("part")

            part()

            @st.cache_data(show_time=True)
            def load():
                return 1

            load()
        """
    at = AppTest.from_string(script)
    with pytest.warns(DeskAPIWarning) as record:
        at.run()
    messages = sorted(str(w.message) for w in record if issubclass(w.category, DeskAPIWarning))
    assert len(messages) == 2, messages  # once per (function, parameter), not once per call
    assert any("st.fragment" in m and "'parallel'" in m for m in messages)
    assert any("st.cache_data" in m and "'show_time'" in m for m in messages)
    assert [m.value for m in at.markdown] == ["part"] * 3
    assert not at.exception

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        at.run()  # the same calls again: already warned, so silent


def test_the_warning_points_at_the_script_line() -> None:
    script = "import streamlit as st\n\nst.fragment(lambda: None, parallel=True)()\n"
    at = AppTest.from_string(script)
    with pytest.warns(DeskAPIWarning, match=r"st\.fragment: .*'parallel'") as record:
        at.run()
    assert record[0].lineno == 3


def test_streamlit_defaults_passed_explicitly_are_silent() -> None:
    script = """
        import streamlit as st
        st.title("T", icon=None, text_alignment="left", wrap=True)
        st.markdown("m", anchors=True, wrap=True)
        st.checkbox("c", bind=None, persist_state=None)
        st.dataframe([[1]], alt=None)

        @st.cache_data(show_time=False, scope="global")
        def f():
            return 1

        st.write(f())
        """
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        at = AppTest.from_string(script).run()
    assert not at.exception
    assert at.title[0].value == "T"


def test_tolerated_parameters_work_in_containers_and_decorators() -> None:
    script = """
        import streamlit as st
        st.sidebar.slider("s", 0, 10, 3)
        with st.sidebar:
            st.fragment(lambda: st.caption("f"), parallel=True)()
        with st.container(horizontal=True, gap="large"):
            st.text("inside")

        @st.cache_resource(on_release=lambda value: None)
        def model():
            return "m"

        st.write(model())
        """
    at = AppTest.from_string(script)
    with pytest.warns(DeskAPIWarning):
        at.run()
    assert not at.exception
    assert at.sidebar.slider[0].value == 3
    assert at.sidebar.caption[0].value == "f"
    assert at.text[0].value == "inside"
    assert at.markdown[0].value == "m"


def test_signatures_list_the_tolerated_keywords() -> None:
    parameters = inspect.signature(desk.button).parameters
    assert parameters["wrap"].kind is inspect.Parameter.KEYWORD_ONLY
    assert parameters["wrap"].default is None
    assert parameters["label"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def test_a_parameter_desk_implements_cannot_also_be_tolerated() -> None:
    def element(label: str, *, wrap: bool = True) -> None:
        del label, wrap

    with pytest.raises(TypeError, match="wrap"):
        tolerated.tolerates("element", wrap=True)(element)
