"""Differential test: each app in ``apps/`` gives desk the tree Streamlit 1.67 gave (issue 15).

Streamlit's trees (element types and order in main, sidebar, event and bottom, and their
text values, after the first run and after each ``# step:`` interaction) are recorded in
``streamlit_trees.json`` by ``bench/.venv-streamlit/bin/python bench/compat.py --record``,
so this test needs no Streamlit. ``python bench/compat.py`` prints the figures.

``KNOWN_DIFFERENCES`` lists the apps whose tree still differs, with the reason. It may
only shrink: those cases are strict xfails, so fixing one turns its test red until it is
removed from the list.
"""

from __future__ import annotations

import json
from typing import Any

import compat_harness as harness
import pytest

from desk.testing import AppTest

KNOWN_DIFFERENCES: dict[str, str] = {
    "edge_columns_zero": "desk's own wording of the bad columns spec error (Streamlit's text is not copied)",
    "edge_date_input_out_of_range": "desk's own wording of the date-out-of-range error (Streamlit's text is not copied)",
    "edge_number_input_bounds_swapped": "desk's own wording of the min-above-max error (Streamlit's text is not copied)",
    "edge_select_slider_bad_value": "desk's own wording of the value-not-an-option error (Streamlit's text is not copied)",
    "edge_tabs_empty": "desk's own wording of the no-tabs error (Streamlit's text is not copied)",
    "exception_duplicate_key": "desk's own wording of the duplicate-key error (Streamlit's text is not copied)",
    "fragment_keyed_rerun": "Streamlit's AppTest tree after a fragment run holds only the fragment; desk's holds the whole page, as its client does",
    "fragment_rerun_fragment": "Streamlit's AppTest reruns the whole script for a click in a fragment, so st.rerun(scope='fragment') fails there",
    "layout_add_rows": "Streamlit 1.67 has no add_rows ('not a valid Streamlit command'); desk keeps it, as it keeps st.experimental_*",
    "media_image_array": "image bytes have engine-specific media URLs",
    "media_logo": "st.logo is a node of the sidebar in desk; Streamlit's AppTest does not show it",
    "state_button_value_assignment": "desk's own wording of the read-only widget key error (Streamlit's text is not copied)",
    "state_missing_key": "desk's own wording of the missing session_state key error (Streamlit's text is not copied)",
    "state_uploader_preset": "desk's own wording of the read-only widget key error (Streamlit's text is not copied)",
    "widget_button_in_form_error": "desk's own wording of the st.button-in-a-form error (Streamlit's text is not copied)",
    "widget_form_submit_outside": "desk's own wording of the submit-button-outside-a-form error (Streamlit's text is not copied)",
    "widget_modify_after_create": "desk's own wording of the modified-after-instantiation error (Streamlit's text is not copied)",
    "widget_multiselect_bad_default": "desk's own wording of the bad-default error (Streamlit's text is not copied)",
    "widget_nested_form": "desk's own wording of the nested-form error (Streamlit's text is not copied)",
    "widget_number_clamp_error": "desk's own wording of the value-above-max_value error (Streamlit's text is not copied)",
    "widget_same_label_error": "desk's own wording of the duplicate-widget error (Streamlit's text is not copied)",
}
"""App -> why desk's tree still differs from Streamlit's (one line)."""

RECORDED: dict[str, Any] = json.loads(harness.FIXTURE.read_text())["apps"]


def _cases() -> list[Any]:
    cases = []
    for name in harness.app_names():
        marks = []
        if name in KNOWN_DIFFERENCES:
            marks.append(pytest.mark.xfail(reason=KNOWN_DIFFERENCES[name], strict=True))
        cases.append(pytest.param(name, marks=marks, id=name))
    return cases


def test_every_app_is_recorded_from_its_current_source() -> None:
    stale = [
        name
        for name in harness.app_names()
        if RECORDED.get(name, {}).get("source") != harness.source_hash(name)
    ]
    assert not stale, (
        f"re-record with: bench/.venv-streamlit/bin/python bench/compat.py --record {' '.join(stale)}"
    )
    assert set(RECORDED) == set(harness.app_names()), "the recording names apps that are gone: re-record"


def test_streamlit_runs_every_app() -> None:
    failing = {name: result["error"] for name, result in RECORDED.items() if not result["runs"]}
    assert not failing, f"apps must run in Streamlit 1.67; these do not: {failing}"


def test_known_differences_name_existing_apps() -> None:
    assert set(KNOWN_DIFFERENCES) <= set(harness.app_names())
    assert all(reason.strip() and "\n" not in reason for reason in KNOWN_DIFFERENCES.values())


@pytest.mark.parametrize("name", _cases())
def test_desk_tree_matches_streamlit(name: str) -> None:
    actual = harness.run_app(name, AppTest, harness.desk_tree)
    difference = harness.compare(RECORDED[name], actual)
    assert difference is None, difference


def test_first_difference_names_the_place_and_both_sides() -> None:
    expected = {"main": [{"type": "markdown", "value": "a"}, {"type": "text", "value": "b"}]}
    assert harness.first_difference(expected, expected) is None
    changed = {"main": [{"type": "markdown", "value": "a"}, {"type": "text", "value": "c"}]}
    assert harness.first_difference(expected, changed) == ".main[1].value: Streamlit 'b' != desk 'c'"
    shorter = {"main": [{"type": "markdown", "value": "a"}]}
    assert (
        harness.first_difference(expected, shorter)
        == ".main: Streamlit has 1 more: [{'type': 'text', 'value': 'b'}]"
    )
    assert harness.first_difference({"v": 1}, {"v": 1.0}) == ".v: Streamlit 1 != desk 1.0"
    assert harness.first_difference({"v": 1}, {"w": 1}) == ".v: missing in desk (Streamlit: 1)"
    # An attribute only desk's element has is not a difference.
    assert harness.first_difference({"type": "popover"}, {"type": "popover", "label": "Open"}) is None
