"""st.skeleton: a loading placeholder that content replaces, or that a with-block shows and clears."""

from __future__ import annotations

import pytest

from desk.testing import AppTest


def test_skeleton_shows_until_content_replaces_it() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        first = st.skeleton()
        second = st.skeleton(200, width=300)
        st.write("after")
        second.write("loaded")
        """
    ).run()
    kinds = [child.type for child in at.main.children]
    assert kinds == ["skeleton", "markdown", "markdown"]
    assert (at.skeleton[0].height, at.skeleton[0].width) == (None, "stretch")
    assert [m.value for m in at.markdown] == ["loaded", "after"]


def test_skeleton_as_a_context_manager_is_cleared_and_the_output_stays_outside() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.skeleton(height="stretch") as slot:
            st.write("computed")
        st.write(type(slot).__name__)
        """
    ).run()
    assert [child.type for child in at.main.children] == ["empty", "markdown", "markdown"]
    assert [m.value for m in at.markdown] == ["computed", "SkeletonPlaceholder"]
    assert len(at.skeleton) == 0


def test_the_skeleton_shows_while_the_block_runs() -> None:
    # What the client holds while the block runs, read through the session's view.
    script = """
import streamlit as st
from desk.runtime.context import get_run
with st.skeleton(120):
    st.session_state.during = sorted(n.type for n in get_run().session.view.nodes.values())
"""
    at = AppTest.from_string(script).run()
    assert at.session_state["during"] == ["Skeleton"]
    assert [child.type for child in at.main.children] == ["empty"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.skeleton(0)", "height must be a positive number of pixels or 'stretch'"),
        ("st.skeleton('content')", "height must be a positive number of pixels or 'stretch'"),
        ("st.skeleton(width='content')", "width must be a positive number of pixels or 'stretch'"),
    ],
)
def test_skeleton_checks_its_sizes(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert message in at.exception[0].value
