"""st.components.v2: registration, the mount's node and result, state and trigger values, callbacks."""

from __future__ import annotations

import textwrap
import warnings
from collections.abc import Iterator

import pytest

from desk.components import v2
from desk.errors import DeskAPIError, DeskAPIWarning
from desk.testing import AppTest

JS = "export default function (component) { component.setStateValue('seen', true); }"


@pytest.fixture(autouse=True)
def clean_registry() -> Iterator[None]:
    saved = dict(v2.registry)
    yield
    v2.registry.clear()
    v2.registry.update(saved)


def app(body: str, head: str = "") -> AppTest:
    """A script that defines the component ``counter`` (``c``) and records callbacks in ``calls``."""
    script = (
        "import streamlit as st\n"
        + textwrap.dedent(head)
        + f"c = st.components.v2.component('counter', html='<button>+</button>', css='button {{ color: red; }}', js={JS!r})\n"
        + "calls = st.session_state.setdefault('calls', [])\n"
        + textwrap.dedent(body)
    )
    return AppTest.from_string(script)


def test_streamlit_components_v2_resolves_to_desk_inside_the_runner() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        import streamlit.components.v2
        from streamlit.components.v2 import component
        import desk.components.v2
        st.write(str(component is desk.components.v2.component and st.components.v2.component is component))
        st.write(str(streamlit.components.v2.component is component))
        """
    ).run()
    assert not at.exception
    assert at.markdown.values == ["True", "True"]


def test_mount_emits_the_definition_and_data_and_returns_defaults() -> None:
    at = app(
        """
        r = c(key="k", data={"label": "Count", "n": (1, 2)}, default={"count": 3}, on_count_change=lambda: None,
              on_clicked_change=lambda: None, width=240, height="stretch")
        st.write(f"{dict(r)} {r.count} {r.clicked}")
        """
    ).run()
    node = at.get("bidi_component")[0]
    assert node.proto["component_name"] == "counter"
    assert node.proto["html"] == "<button>+</button>"
    assert node.proto["css"] == "button { color: red; }"
    assert node.proto["js"] == JS
    assert node.proto["isolate_styles"] is True
    assert node.proto["data"] == {"label": "Count", "n": [1, 2]}
    assert (node.proto["width"], node.proto["height"]) == (240, "stretch")
    assert node.value == {"count": 3} and node.key == "k"
    assert node.proto["trigger_id"] != node.id
    assert at.markdown.values == ["{'count': 3, 'clicked': None} 3 None"]


def test_a_state_value_persists_and_its_callback_runs_only_when_it_changes() -> None:
    at = app(
        """
        r = c(key="k", default={"count": 0}, on_count_change=lambda: calls.append(("count", st.session_state.k.count)))
        st.write(f"count {r.count} calls {calls}")
        """
    ).run()
    assert at.markdown.values == ["count 0 calls []"]
    at.get("bidi_component")[0].set_state("count", 1).run()
    assert at.markdown.values == ["count 1 calls [('count', 1)]"]
    at.run()  # an unrelated rerun keeps the state and calls nothing
    assert at.markdown.values == ["count 1 calls [('count', 1)]"]
    at.get("bidi_component")[0].set_state("count", 1).run()  # the same value again: no callback
    assert at.markdown.values == ["count 1 calls [('count', 1)]"]
    at.get("bidi_component")[0].set_state("seen", True).run()  # a state without a callback: no callback either
    assert at.get("bidi_component")[0].state == {"count": 1, "seen": True}
    assert at.markdown.values == ["count 1 calls [('count', 1)]"]


def test_a_trigger_value_lasts_one_run_and_its_callback_runs_each_time_it_fires() -> None:
    at = app(
        """
        r = c(key="k", on_clicked_change=lambda: calls.append("clicked"))
        st.write(f"clicked {r.clicked} calls {calls}")
        st.write(f"state {dict(st.session_state.k)}")
        """
    ).run()
    assert at.markdown.values == ["clicked None calls []", "state {}"]
    at.get("bidi_component")[0].trigger("clicked", "left").run()
    assert at.markdown.values == ["clicked left calls ['clicked']", "state {'clicked': 'left'}"]
    assert dict(at.session_state["k"]) == {}  # reset after the run
    at.run()
    assert at.markdown.values == ["clicked None calls ['clicked']", "state {}"]
    at.get("bidi_component")[0].trigger("clicked", "left").run()  # the same value fires again
    assert at.markdown.values[0] == "clicked left calls ['clicked', 'clicked']"


def test_state_and_trigger_in_one_run_and_callbacks_of_unfired_events_stay_quiet() -> None:
    at = app(
        """
        r = c(on_count_change=lambda: calls.append("count"), on_clicked_change=lambda: calls.append("clicked"),
              on_other_change=lambda: calls.append("other"))
        st.write(f"{r.count} {r.clicked} {r.other} {calls}")
        """
    ).run()
    element = at.get("bidi_component")[0]
    element.set_state("count", 5)
    element.trigger("clicked")
    at.run()
    assert at.markdown.values == ["5 True None ['count', 'clicked']"]


def test_session_state_shows_the_values_and_writes_state_before_the_mount() -> None:
    at = app(
        """
        if st.button("reset"):
            st.session_state.k["count"] = 10
        r = c(key="k", default={"count": 0}, on_count_change=lambda: None)
        st.write(f"count {r.count}")
        """
    ).run()
    at.get("bidi_component")[0].set_state("count", 4).run()
    assert at.session_state["k"] == {"count": 4}
    assert at.session_state["k"].count == 4
    at.button[0].click().run()
    assert at.markdown.values == ["count 10"]
    node = at.get("bidi_component")[0]
    assert node.value == {"count": 10} and node.proto["set_value"] is True  # the page takes it
    view = at.session_state["k"]
    view["nothing"] = 1  # not a state of the mount: ignored, as in Streamlit
    assert "nothing" not in view and "nothing" not in at.session_state["k"]
    view["count"] = 11  # a state: written through
    assert view["count"] == 11 and at.session_state["k"]["count"] == 11


def test_session_state_of_a_mounted_component_cannot_be_written_after_the_mount() -> None:
    at = app(
        """
        r = c(key="k", default={"count": 0}, on_count_change=lambda: None)
        st.session_state.k["count"] = 3
        """
    ).run()
    assert "st.session_state.k.count cannot be modified after the component with key 'k' is mounted" in (
        at.exception[0].message
    )


def test_a_whole_state_can_be_set_through_its_key_before_the_first_mount() -> None:
    at = app(
        """
        if "k" not in st.session_state:
            st.session_state.k = {"count": 7}
        r = c(key="k", default={"count": 0}, on_count_change=lambda: None)
        st.write(f"count {r.count}")
        """
    ).run()
    assert at.markdown.values == ["count 7"]


def test_unkeyed_instances_are_told_apart_by_their_data_and_keyed_ones_by_their_key() -> None:
    at = app(
        """
        n = st.number_input("n", value=1)
        keyed = c(key="k", data={"n": n}, on_count_change=lambda: None)
        plain = c(data={"n": n}, on_count_change=lambda: None)
        st.write(f"{keyed.count} {plain.count}")
        """
    ).run()
    keyed, plain = at.get("bidi_component")
    keyed.set_state("count", 1)
    plain.set_state("count", 2)
    at.run()
    assert at.markdown.values == ["1 2"]
    at.number_input[0].set_value(2).run()
    assert at.markdown.values == ["1 None"]  # new data: a new unkeyed instance


def test_two_identical_unkeyed_mounts_and_two_equal_keys_are_errors() -> None:
    at = app("c(data=1)\nc(data=1)\n").run()
    assert at.exception[0].proto["type"] == "DuplicateWidgetID"
    assert "pass a unique key" in at.exception[0].message
    at = app("c(key='same')\nst.text_input('t', key='same')\n").run()
    assert at.exception[0].proto["type"] == "DuplicateWidgetKey"
    assert "multiple widgets with the key 'same'" in at.exception[0].message


def test_a_component_not_drawn_forgets_its_state() -> None:
    at = app(
        """
        if st.checkbox("show", value=True):
            r = c(key="k", on_count_change=lambda: None)
            st.write(f"count {r.count}")
        """
    ).run()
    at.get("bidi_component")[0].set_state("count", 3).run()
    assert at.markdown.values == ["count 3"]
    at.checkbox[0].uncheck().run()
    assert "k" not in at.session_state
    at.checkbox[0].check().run()
    assert at.markdown.values == ["count None"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("c(default={'count': 1})", r"default names 'count', which is not a state of this mount.*on_count_change"),
        ("c(on__change=lambda: None)", r"'on__change' is not a callback name"),
        ("c(on_x_change=3)", r"on_x_change must be a function or None, not int"),
        ("c(data=object())", r"data must be JSON-serializable"),
        ("c(data={('a', 1): 1})", r"keys of a data dict must be strings or numbers"),
        ("c(width='wide')", r"width must be 'stretch' or 'content' or a positive number of pixels, not 'wide'"),
        ("c(height=0)", r"height must be 'content', 'stretch' or a positive number of pixels, not 0"),
    ],
)
def test_mount_arguments_are_checked_with_messages_that_say_the_fix(call: str, message: str) -> None:
    mount = v2.component("checked")
    c = mount  # noqa: F841 - named as the calls above spell it
    with pytest.raises(DeskAPIError, match=message):
        eval(call)


def test_bytes_and_tables_travel_as_binary_payloads() -> None:
    pd = pytest.importorskip("pandas")
    from desk.elements.arrow import ARROW_STREAM_MIMETYPE, read_ipc
    from desk.protocol import BinaryPayload

    at = AppTest.from_string(
        """
        import numpy as np
        import pandas as pd
        import streamlit as st
        c = st.components.v2.component("tables")
        c(key="raw", data=b"\\x00\\x01")
        c(key="frame", data=pd.DataFrame({"a": [1, 2]}))
        c(key="mixed", data={"rows": pd.DataFrame({"b": ["x"]}), "title": "T", 3: np.int64(4)})
        """
    ).run()
    assert not at.exception
    raw, frame, mixed = (e.proto["data"] for e in at.get("bidi_component"))
    assert isinstance(raw, BinaryPayload) and raw.data == b"\x00\x01" and raw.mimetype == "application/octet-stream"
    assert isinstance(frame, BinaryPayload) and frame.mimetype == ARROW_STREAM_MIMETYPE
    assert read_ipc(frame.data).column_names == ["a"]  # a RangeIndex is no column, as in Streamlit
    assert read_ipc(frame.data).column("a").to_pylist() == [1, 2]
    assert set(mixed) == {"rows", "title", "3"} and mixed["title"] == "T" and mixed["3"] == 4
    assert read_ipc(mixed["rows"].data).column("b").to_pylist() == ["x"]
    assert pd is not None


def test_unkeyed_instances_with_other_tables_are_other_instances() -> None:
    pytest.importorskip("pandas")
    at = AppTest.from_string(
        """
        import pandas as pd
        import streamlit as st
        c = st.components.v2.component("tables")
        c(data=pd.DataFrame({"a": [1]}))
        c(data=pd.DataFrame({"a": [2]}))
        """
    ).run()
    assert not at.exception
    first, second = at.get("bidi_component")
    assert first.id != second.id


def test_component_checks_its_definition() -> None:
    with pytest.raises(DeskAPIError, match="name must be a non-empty string"):
        v2.component("")
    with pytest.raises(DeskAPIError, match=r"js must be a string of inline JS or None, not PosixPath"):
        from pathlib import Path

        v2.component("p", js=Path("x.js"))  # type: ignore[arg-type]
    with pytest.raises(DeskAPIError, match="isolate_styles must be True or False"):
        v2.component("i", isolate_styles="no")  # type: ignore[arg-type]


def test_other_mount_keywords_warn_and_are_ignored() -> None:
    mount = v2.component("kw")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mount(label="x", isolate_styles=False)
    messages = [str(w.message) for w in caught if issubclass(w.category, DeskAPIWarning)]
    assert any("keyword label= is ignored" in m for m in messages)
    assert any("isolate_styles belongs to st.components.v2.component()" in m for m in messages)


def test_outside_a_run_the_mount_returns_the_defaults() -> None:
    mount = v2.component("bare")
    result = mount(default={"v": 1}, on_v_change=lambda: None, on_clicked_change=lambda: None)
    assert result == {"v": 1, "clicked": None}
    with pytest.raises(AttributeError, match=r"no value 'missing'.*on_missing_change"):
        _ = result.missing


def test_the_last_registration_of_a_name_is_the_one_mounted() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        first = st.components.v2.component("same", html="<p>one</p>")
        st.components.v2.component("same", html="<p>two</p>", isolate_styles=False)
        first()
        """
    ).run()
    node = at.get("bidi_component")[0]
    assert node.proto["html"] == "<p>two</p>" and node.proto["isolate_styles"] is False


def test_values_from_the_page_must_be_objects() -> None:
    at = app("c(key='k', on_count_change=lambda: None)\n").run()
    element = at.get("bidi_component")[0]
    with pytest.raises(ValueError, match="must be an object of named values"):
        element.set_value([1, 2])


def test_streamlit_components_v2_types_and_result_modules_resolve() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        from streamlit.components.v2.types import BidiComponentKey, ComponentRenderer
        from streamlit.components.v2.bidi_component import ComponentResult
        mount: ComponentRenderer = st.components.v2.component("typed")
        st.write(str(isinstance(mount(), ComponentResult)))
        """
    ).run()
    assert not at.exception
    assert at.markdown.values == ["True"]


def test_a_component_in_a_fragment_reruns_only_the_fragment() -> None:
    at = app(
        """
        st.session_state.full = st.session_state.get("full", 0) + 1
        @st.fragment
        def panel():
            r = c(key="k", on_clicked_change=lambda: None)
            st.write(f"clicked {r.clicked}")
        panel()
        st.write(f"full runs {st.session_state.full}")
        """
    )
    at.session.widgets_rerun_their_fragment = True  # the server's fragment reruns (AppTest reruns the whole script)
    at.run()
    assert at.markdown.values == ["clicked None", "full runs 1"]
    at.get("bidi_component")[0].trigger("clicked", 1).run()
    assert at.markdown.values == ["clicked 1", "full runs 1"]


def test_state_inside_a_form_waits_for_the_submit() -> None:
    at = app(
        """
        with st.form("f"):
            r = c(key="k", default={"count": 0}, on_count_change=lambda: None)
            st.form_submit_button("send")
        st.write(f"count {r.count}")
        """
    ).run()
    at.get("bidi_component")[0].set_state("count", 2)
    at.button[0].click().run()
    assert at.markdown.values == ["count 2"]
    # As in Streamlit's AppTest, a value set in a run that does not submit the form is dropped.
    at.get("bidi_component")[0].set_state("count", 5).run()
    assert at.markdown.values == ["count 2"]
    at.button[0].click().run()
    assert at.markdown.values == ["count 2"]
