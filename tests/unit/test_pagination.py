"""st.pagination: the current page as a widget value, its checks and the AppTest element."""

from __future__ import annotations

import pytest

from desk.testing import AppTest
from desk.testing.elements import AppTestError


def test_pagination_returns_the_page_and_keeps_it_across_reruns() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def moved(tag):
            st.session_state.moves = st.session_state.get("moves", []) + [(tag, st.session_state.pg)]
        page = st.pagination(10, default=3, key="pg", on_change=moved, args=("m",))
        st.write(f"page {page} ({type(page).__name__})")
        """
    ).run()
    assert at.markdown[0].value == "page 3 (int)"
    pg = at.pagination[0]
    assert (pg.num_pages, pg.default, pg.max_visible_pages, pg.value) == (10, 3, 7, 3)
    pg.select(5).run()
    assert at.markdown[0].value == "page 5 (int)"
    assert at.session_state["moves"] == [("m", 5)]
    at.run()
    assert at.markdown[0].value == "page 5 (int)"
    assert at.session_state["moves"] == [("m", 5)]


def test_keyed_pagination_keeps_its_page_when_the_count_changes() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        pages = st.session_state.get("pages", 10)
        st.write(f"page {st.pagination(pages, key='pg')}")
        """
    ).run()
    at.pagination[0].select(4).run()
    at.session_state["pages"] = 6
    at.run()
    assert at.markdown[0].value == "page 4"
    at.session_state["pages"] = 3  # page 4 no longer exists: back to the default
    at.run()
    assert at.markdown[0].value == "page 1"


def test_pagination_page_set_through_session_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.button("last"):
            st.session_state.pg = 8
        if st.button("bad"):
            st.session_state.pg = 99
        st.write(f"page {st.pagination(8, key='pg')}")
        """
    ).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "page 8"
    assert at.pagination[0].proto["set_value"] is True
    at.button[1].click().run()
    assert at.markdown[0].value == "page 1"
    assert at.pagination[0].proto["value"] == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.pagination(0)", "num_pages must be an integer of at least 1"),
        ("st.pagination(True)", "num_pages must be an integer of at least 1"),
        ("st.pagination(5, default=9)", "default (9) must be between 1 and num_pages (5)"),
        ("st.pagination(5, default=True)", "default must be an int"),
        (
            "st.pagination(5, max_visible_pages=-1)",
            "max_visible_pages must be a non-negative integer or None",
        ),
        ("st.pagination(5, width='wide')", "width must be 'content', 'stretch'"),
    ],
)
def test_pagination_checks_its_arguments(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert message in at.exception[0].value


def test_apptest_refuses_pages_out_of_range_and_disabled_widgets() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.pagination(3, key="a")
        st.pagination(3, key="b", disabled=True, max_visible_pages=None)
        """
    ).run()
    with pytest.raises(AppTestError, match="from 1 to 3"):
        at.pagination[0].select(4)
    with pytest.raises(AppTestError, match="from 1 to 3"):
        at.pagination[0].select(True)
    with pytest.raises(AppTestError, match="disabled"):
        at.pagination[1].select(2)
    assert at.pagination[1].max_visible_pages is None


def test_pagination_with_on_change_ignore_waits_for_the_next_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write(f"page {st.pagination(4, on_change='ignore')}")
        """
    ).run()
    meta = at.session.state.widget_meta(at.pagination[0].id or "")
    assert meta is not None and meta.deferred
    assert at.markdown[0].value == "page 1"
