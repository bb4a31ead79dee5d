"""The st.* surface: every name of the API priority list exists, and the small leftovers behave.

The names come from the "API priority list" of the Streamlit behaviour reference (its top 80
and the names "just below the cut"). The hard-coded list below is the source of truth; when
the reference file is present (``../shared/reference/streamlit-behaviour.md`` next to the
repository), its names are checked too, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import desk
from desk.elements import misc
from desk.errors import DeskAPIError, DeskAPIWarning
from desk.testing import AppTest

TOP_80 = (
    "write", "session_state", "header", "button", "subheader", "dataframe", "column_config", "markdown", "text",
    "data_editor", "checkbox", "columns", "Page", "selectbox", "sidebar", "text_input", "slider", "image", "expander",
    "container", "table", "form_submit_button", "set_page_config", "form", "number_input", "fragment", "radio",
    "bar_chart", "plotly_chart", "date_input", "text_area", "altair_chart", "chat_message", "line_chart", "time_input",
    "vega_lite_chart", "area_chart", "select_slider", "multiselect", "metric", "scatter_chart", "cache_data", "rerun",
    "toggle", "caption", "page_link", "download_button", "color_picker", "file_uploader", "code", "video", "connection",
    "error", "tabs", "dialog", "map", "status", "json", "navigation", "segmented_control", "popover", "switch_page",
    "audio", "pydeck_chart", "title", "success", "divider", "link_button", "pyplot", "cache_resource", "pills", "empty",
    "feedback", "secrets", "query_params", "audio_input", "warning", "graphviz_chart", "logo", "balloons",
)  # fmt: skip
BELOW_THE_CUT = (
    "chat_input", "info", "help", "cache", "bokeh_chart", "toast", "html", "context", "camera_input", "latex",
    "experimental_fragment", "exception", "progress", "spinner", "get_option", "experimental_get_query_params", "echo",
    "components", "write_stream", "stop", "snow", "experimental_dialog", "experimental_user", "set_option", "__version__",
)  # fmt: skip
PRIORITY_NAMES = (*TOP_80, *BELOW_THE_CUT)

# Names another part of desk is still building. While one is not registered in desk its test
# is an expected failure (shown by ``-ra``); once registered, the test checks it for real.
# No other name may be missing.
NOT_YET_BUILT: dict[str, str] = {}

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "streamlit-behaviour.md"


def reference_names(text: str) -> list[str]:
    """The API names of the priority list in the reference's markdown."""
    section = text.split("## 6. API priority list", 1)[-1].split("\n## ", 1)[0]
    names = re.findall(r"^\|\s*\d+\s*\|\s*`([^`]+)`\s*\|", section, flags=re.MULTILINE)
    below = re.search(r"Just below the cut:(.*?)(?:\n\n|\n\*\*|\Z)", section, flags=re.DOTALL)
    if below is not None:
        for item in below.group(1).replace("\n", " ").split(","):
            match = re.match(r"\s*`?([A-Za-z_][A-Za-z_0-9]*)", item)
            if match:
                names.append(match.group(1))
    return names


def _param(name: str) -> object:
    reason = NOT_YET_BUILT.get(name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(name, marks=marks, id=name)


def test_the_priority_list_has_its_105_names() -> None:
    assert len(TOP_80) == 80
    assert len(set(PRIORITY_NAMES)) == len(PRIORITY_NAMES) == 105


@pytest.mark.parametrize("name", [_param(name) for name in PRIORITY_NAMES])
def test_desk_has_every_priority_name(name: str) -> None:
    assert hasattr(desk, name), f"st.{name} is missing from desk"
    assert name == "__version__" or name in desk.__all__


@pytest.mark.parametrize("name", sorted(desk.__all__))
def test_every_public_name_resolves(name: str) -> None:
    """A name in desk.__all__ must import: a registration pointing at a missing function fails here."""
    assert getattr(desk, name) is not None


@pytest.mark.skipif(not REFERENCE.is_file(), reason="the shared reference is not next to the repository")
def test_reference_file_names_match_the_hard_coded_list() -> None:
    names = reference_names(REFERENCE.read_text(encoding="utf-8"))
    assert names[:80] == list(TOP_80)
    assert set(names) == set(PRIORITY_NAMES)


def test_reference_parser_reads_table_rows_and_the_cut_paragraph() -> None:
    text = (
        "## 6. API priority list\n\n| # | name |\n|---|---|\n| 1 | `write` | text |\n| 2 | `Page` | flow |\n\n"
        "Just below the cut: chat_input 6, components(.v1) 3, experimental_user, `__version__`.\n\n## 7. Next\n| 3 | `nope` |\n"
    )
    assert reference_names(text) == ["write", "Page", "chat_input", "components", "experimental_user", "__version__"]


def test_components_v1_and_connections_are_reachable_like_streamlit() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        import streamlit.components.v1 as components
        from streamlit import components as comps
        assert components.html is comps.v1.html is st.components.v1.html
        st.markdown(type(st.connection).__name__)
        """
    ).run()
    assert not at.exception
    assert at.markdown[0].value == "function"


# ---------------------------------------------------------------- st.user, st.login, st.logout


def test_user_is_never_logged_in() -> None:
    assert desk.user.is_logged_in is False
    assert desk.user.email is None
    assert desk.user.to_dict() == {"is_logged_in": False}
    assert dict(desk.user) == {"is_logged_in": False}
    assert desk.user["is_logged_in"] is False
    with pytest.raises(KeyError, match=r'st.user has no key "email": desk apps have no signed-in user'):
        desk.user["email"]
    with pytest.raises(DeskAPIError, match=r"st.user is read-only: st.user.name cannot be set"):
        desk.user.name = "Ada"


def test_login_and_logout_explain_that_desktop_apps_have_no_login() -> None:
    with pytest.raises(DeskAPIError, match=r"st.login\(\): desk apps run on the user's own computer and have no login"):
        desk.login("google")
    with pytest.raises(DeskAPIError, match=r"st.logout\(\): desk apps .* check st.user.is_logged_in"):
        desk.logout()


def test_user_in_a_script() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.user.is_logged_in:
            st.markdown(f"Hello {st.user.name}")
        else:
            st.markdown("Not signed in")
        """
    ).run()
    assert at.markdown[0].value == "Not signed in"


# ---------------------------------------------------------------- deprecated experimental_* names


@pytest.fixture
def fresh_warnings() -> Iterator[None]:
    misc.reset_deprecation_warnings()
    yield
    misc.reset_deprecation_warnings()


def test_deprecated_names_are_public_and_none_duplicates_an_existing_one() -> None:
    for name in misc.DEPRECATED_NAMES:
        assert name in desk.__all__
    for name in ("experimental_rerun", "experimental_fragment", "experimental_dialog"):
        assert name not in misc.DEPRECATED_NAMES


def test_experimental_user_warns_once_naming_st_user(fresh_warnings: None) -> None:
    with pytest.warns(DeskAPIWarning, match=r"st.experimental_user is deprecated .*use st.user instead"):
        assert desk.experimental_user.is_logged_in is False
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert desk.experimental_user.email is None  # once per process: no second warning


def test_experimental_query_params_map_onto_st_query_params(fresh_warnings: None) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.markdown(repr(st.experimental_get_query_params()))
        if st.button("set"):
            st.experimental_set_query_params(show_map=True, selected=["asia", "america"])
            st.markdown(repr(dict(st.query_params)))
        """
    )
    at.query_params.load("a=1&a=2&b=x")
    with pytest.warns(DeskAPIWarning, match=r"experimental_get_query_params is deprecated .*use st.query_params"):
        at.run()
    assert at.markdown[0].value == "{'a': ['1', '2'], 'b': ['x']}"
    with pytest.warns(DeskAPIWarning, match=r"experimental_set_query_params is deprecated"):
        at.button[0].click().run()
    assert at.markdown[1].value == "{'show_map': 'True', 'selected': 'america'}"
    assert at.query_params.get_all("selected") == ["asia", "america"]


def test_experimental_memo_and_singleton_are_cache_data_and_cache_resource(fresh_warnings: None) -> None:
    calls: list[int] = []
    with pytest.warns(DeskAPIWarning, match=r"st.experimental_memo is deprecated .*use st.cache_data"):

        @desk.experimental_memo
        def double(x: int) -> list[int]:
            calls.append(x)
            return [x * 2]

    assert double(2) == [4] and double(2) == [4]
    assert calls == [2]
    assert double(2) is not double(2)  # cache_data: a fresh copy each call

    with pytest.warns(DeskAPIWarning, match=r"st.experimental_singleton is deprecated .*use st.cache_resource"):

        @desk.experimental_singleton(max_entries=2)
        def shared() -> list[int]:
            return [1]

    assert shared() is shared()  # cache_resource: the same object
    desk.experimental_singleton.clear()
    desk.experimental_memo.clear()


def test_experimental_data_editor_and_audio_input(fresh_warnings: None) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        edited = st.experimental_data_editor({"a": [1, 2]}, key="grid")
        st.experimental_audio_input("Record")
        """
    )
    with pytest.warns(DeskAPIWarning) as record:
        at.run()
    messages = sorted(str(w.message) for w in record)
    assert any("experimental_data_editor is deprecated and will be removed; use st.data_editor" in m for m in messages)
    assert any("experimental_audio_input is deprecated and will be removed; use st.audio_input" in m for m in messages)
    assert len(at.get("DataEditor")) == 1
    assert len(at.get("AudioInput")) == 1


def test_experimental_connection_is_st_connection(fresh_warnings: None, tmp_path: Path) -> None:
    pytest.importorskip("sqlalchemy")
    with pytest.warns(DeskAPIWarning, match=r"st.experimental_connection is deprecated .*use st.connection"):
        conn = desk.experimental_connection("legacy", type="sql", url=f"sqlite:///{tmp_path / 'x.db'}")
    assert conn is desk.connection("legacy", type="sql", url=f"sqlite:///{tmp_path / 'x.db'}")
