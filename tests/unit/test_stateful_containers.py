"""Expanders, popovers and tabs with on_change: their open state is a widget value the script reads."""

from __future__ import annotations

import pytest

from desk.testing import AppTest
from desk.testing.elements import AppTestError


def test_expander_without_on_change_keeps_its_state_in_the_page() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        box = st.expander("More", expanded=True, key="more")
        st.write(repr(box.open))
        """
    ).run()
    assert at.markdown[0].value == "None"
    assert "more" not in at.session_state
    assert at.expander[0].open is None
    assert at.expander[0].id is None
    with pytest.raises(AppTestError, match="on_change"):
        at.expander[0].set_open(False)


def test_expander_open_state_survives_reruns_and_runs_its_callback() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def changed(tag, *, who):
            st.session_state.calls = st.session_state.get("calls", []) + [(tag, who, st.session_state.details)]
        box = st.expander("Details", key="details", on_change=changed, args=("cb",), kwargs={"who": "me"})
        with box:
            st.write("inside")
        st.write(f"open={box.open} state={st.session_state.details}")
        """
    ).run()
    assert at.markdown[-1].value == "open=False state=False"
    exp = at.expander[0]
    assert exp.open is False and exp.expanded is False
    assert exp.markdown[0].value == "inside"
    exp.set_open(True).run()
    assert at.markdown[-1].value == "open=True state=True"
    assert at.session_state["calls"] == [("cb", "me", True)]
    assert at.expander[0].expanded is True
    at.run()  # an unrelated rerun keeps it open and fires nothing
    assert at.markdown[-1].value == "open=True state=True"
    assert at.session_state["calls"] == [("cb", "me", True)]
    at.expander[0].set_open(False).run()
    assert at.markdown[-1].value == "open=False state=False"
    assert at.session_state["calls"] == [("cb", "me", True), ("cb", "me", False)]


def test_expander_expanded_is_the_default_and_session_state_opens_it() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("close"):
            st.session_state.box = False
        box = st.expander("Box", expanded=True, key="box", on_change="rerun")
        st.write(str(box.open))
        """
    ).run()
    assert at.markdown[0].value == "True"
    at.button[0].click().run()
    assert at.markdown[0].value == "False"
    assert at.expander[0].expanded is False
    assert at.expander[0].proto["set_value"] is True


def test_tabs_open_tab_is_a_label_with_open_flags() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def switched():
            st.session_state.seen = st.session_state.get("seen", []) + [st.session_state.animal]
        cat, dog = st.tabs(["Cat", "Dog"], default="Dog", key="animal", on_change=switched)
        st.write(f"{cat.open} {dog.open} {st.session_state.animal}")
        """
    ).run()
    assert at.markdown[0].value == "False True Dog"
    assert at.tabs[1].open is True and at.tabs[0].open is False
    assert at.tab_container[0].default_index == 1
    at.tabs[0].select().run()
    assert at.markdown[0].value == "True False Cat"
    assert at.session_state["seen"] == ["Cat"]
    assert at.tab_container[0].default_index is None
    with pytest.raises(AppTestError, match="no tab 'Owl'"):
        at.tab_container[0].select("Owl")


def test_tabs_without_on_change_have_no_open_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        tabs = st.tabs(["A", "B"])
        st.write(repr([t.open for t in tabs]))
        """
    ).run()
    assert at.markdown[0].value == "[None, None]"
    assert at.tabs[0].open is None


def test_tabs_state_set_to_an_unknown_label_shows_the_default() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if "t" not in st.session_state:
            st.session_state.t = "Nope"
        a, b = st.tabs(["A", "B"], key="t", on_change="rerun")
        st.write(f"{a.open} {b.open}")
        """
    ).run()
    assert at.markdown[0].value == "True False"


def test_popover_open_state_and_callback() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def toggled():
            st.session_state.count = st.session_state.get("count", 0) + 1
        pop = st.popover("Settings", key="pop", on_change=toggled)
        pop.write("in the popover")
        st.write(f"{pop.open} {st.session_state.get('count', 0)}")
        """
    ).run()
    assert at.markdown[-1].value == "False 0"
    assert at.popover[0].open is False
    at.popover[0].set_open(True).run()
    assert at.markdown[-1].value == "True 1"
    assert at.popover[0].proto["value"] is True


def test_on_change_must_be_ignore_rerun_or_a_function() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.expander("x", on_change="sometimes")
        """
    ).run()
    assert "on_change must be 'ignore', 'rerun' or a function" in at.exception[0].value


def test_two_stateful_expanders_with_one_key_clash() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.expander("a", key="same", on_change="rerun")
        st.expander("b", key="same", on_change="rerun")
        """
    ).run()
    assert len(at.exception) == 1


def test_a_bound_expander_tracks_its_state_in_the_url() -> None:
    script = """
        import streamlit as st
        box = st.expander("More", key="more", bind="query-params")
        st.write(repr(box.open))
        """
    at = AppTest.from_string(script)
    at.query_params["more"] = ["true"]
    at.run()
    assert at.markdown[0].value == "True"  # the URL seeds the state; no on_change needed
    at.expander[0].set_open(False).run()
    assert at.markdown[0].value == "False"
    assert "more" not in at.query_params  # the default leaves the URL
    at.expander[0].set_open(True).run()
    assert at.query_params.get_all("more") == ["true"]
    at2 = AppTest.from_string(script)
    at2.query_params["more"] = ["maybe"]
    assert at2.run().markdown[0].value == "False" and "more" not in at2.query_params


def test_bound_tabs_name_the_open_tab_in_the_url() -> None:
    script = """
        import streamlit as st
        a, b, c = st.tabs(["A", "B", "C"], key="tab", bind="query-params")
        st.write(f"{a.open} {b.open} {c.open}")
        """
    at = AppTest.from_string(script)
    at.query_params["tab"] = ["C"]
    at.run()
    assert at.markdown[0].value == "False False True"
    at.tabs[1].select().run()
    assert at.markdown[0].value == "False True False"
    assert at.query_params.get_all("tab") == ["B"]
    at.tabs[0].select().run()
    assert "tab" not in at.query_params
    at2 = AppTest.from_string(script)
    at2.query_params["tab"] = ["Z"]
    assert at2.run().markdown[0].value == "True False False" and "tab" not in at2.query_params


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.tabs(['A', 'A'], key='t', bind='query-params')", "labels must be non-empty and different"),
        ("st.tabs(['A', 'B'], bind='query-params')", "needs a key"),
        ("st.expander('x', bind='query-params')", "needs a key"),
        ("st.expander('x', key='x', bind='url')", "bind must be 'query-params' or None"),
    ],
)
def test_container_bind_refuses_what_it_cannot_do(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}").run()
    assert at.exception and message in at.exception[0].message
