"""Run order, callbacks, widget identity, session_state rules and widget cleanup."""

from __future__ import annotations

import json

import pytest

from desk.errors import DeskAPIError, DuplicateWidgetID, WidgetValueModifiedError
from desk.runtime.state import SessionState
from desk.testing import AppTest

# ---------------------------------------------------------------- run order and callbacks

CALLBACK_ORDER = """
import streamlit as st
log = st.session_state.setdefault("log", [])

def changed(tag, *, extra):
    log.append(f"callback {tag} {extra} value={st.session_state.box}")

st.checkbox("box", key="box", on_change=changed, args=("A",), kwargs={"extra": "kw"})
log.append("body")
st.text(" | ".join(log))
"""


def test_callbacks_run_before_the_body_with_args_and_kwargs() -> None:
    at = AppTest.from_string(CALLBACK_ORDER).run()
    assert at.text[0].value == "body"
    at.checkbox[0].check().run()
    assert at.text[0].value == "body | callback A kw value=True | body"


def test_callbacks_do_not_fire_when_the_value_did_not_change() -> None:
    at = AppTest.from_string(CALLBACK_ORDER).run()
    at.checkbox[0].uncheck().run()
    assert at.text[0].value == "body | body"


def test_on_click_gets_args_and_runs_before_the_body() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("total", 0)

        def add(amount):
            st.session_state.total += amount

        st.button("Add 5", on_click=add, args=(5,))
        st.text(f"total={st.session_state.total}")
        """
    ).run()
    at.button[0].click().run()
    assert at.text[0].value == "total=5"
    at.button[0].click().run()
    assert at.text[0].value == "total=10"


def test_buttons_are_true_for_one_run_only() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        clicked = st.button("Go", key="go")
        st.text(f"clicked={clicked} state={st.session_state.go}")
        """
    ).run()
    assert at.text[0].value == "clicked=False state=False"
    at.button[0].click().run()
    assert at.text[0].value == "clicked=True state=True"
    at.run()
    assert at.text[0].value == "clicked=False state=False"


# ---------------------------------------------------------------- cleanup of widgets not rendered

CLEANUP = """
import streamlit as st
show = st.checkbox("show", value=True, key="show")
if show:
    st.checkbox("inner", key="inner")
st.text(f"inner in state: {'inner' in st.session_state}")
if st.session_state.get("explode"):
    raise RuntimeError("boom")
if st.session_state.get("halt"):
    st.stop()
"""


def test_state_of_widgets_not_rendered_is_deleted_after_a_completed_run() -> None:
    at = AppTest.from_string(CLEANUP).run()
    at.checkbox(key="inner").check().run()
    assert at.session_state["inner"] is True
    at.checkbox(key="show").uncheck().run()
    # The run that stops drawing the widget still sees its value; cleanup happens at its end.
    assert at.text[0].value == "inner in state: True"
    at.run()
    assert at.text[0].value == "inner in state: False"
    at.checkbox(key="show").check().run()
    assert at.checkbox(key="inner").value is False


@pytest.mark.parametrize("flag", ["explode", "halt"])
def test_cleanup_is_skipped_when_the_run_ends_early(flag: str) -> None:
    at = AppTest.from_string(CLEANUP).run()
    at.checkbox(key="inner").check().run()
    at.session_state[flag] = True
    at.checkbox(key="show").uncheck().run()
    at.run()
    assert at.session_state["inner"] is True
    assert at.text[0].value == "inner in state: True"


# ---------------------------------------------------------------- widget identity

def test_duplicate_widgets_raise_and_suggest_a_key() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("before")
        st.checkbox("Same")
        st.checkbox("Same")
        """
    ).run()
    assert at.text[0].value == "before"
    assert len(at.checkbox) == 1
    assert at.exception[0].proto["type"] == "DuplicateWidgetID"
    assert "key=" in at.exception[0].message
    assert "Checkbox" in at.exception[0].message


def test_same_label_with_different_keys_is_fine_and_duplicate_keys_raise() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("Same", key="a")
        st.checkbox("Same", key="b")
        st.button("Other", key="a")
        """
    ).run()
    assert len(at.checkbox) == 2
    assert at.exception[0].proto["type"] == "DuplicateWidgetKey"
    assert "'a'" in at.exception[0].message


def test_changing_an_identity_parameter_makes_a_new_widget() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        label = "First" if not st.session_state.get("relabel") else "Second"
        st.text(str(st.checkbox(label)))
        """
    ).run()
    at.checkbox[0].check().run()
    assert at.text[0].value == "True"
    at.session_state["relabel"] = True
    at.run()
    assert at.text[0].value == "False"


def test_widget_ids_depend_on_type_key_identity_and_form() -> None:
    from desk.runtime.state import widget_id

    base = widget_id("Checkbox", None, {"label": "a"}, None)
    assert base.startswith("$$ID-") and base.endswith("-None")
    assert widget_id("Checkbox", None, {"label": "a"}, None) == base
    assert widget_id("Toggle", None, {"label": "a"}, None) != base
    assert widget_id("Checkbox", "k", {"label": "a"}, None).endswith("-k")
    assert widget_id("Checkbox", None, {"label": "b"}, None) != base
    assert widget_id("Checkbox", None, {"label": "a"}, "form") != base


# ---------------------------------------------------------------- session_state API

def test_session_state_item_and_attribute_access() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        ss = st.session_state
        ss["a"] = 1
        ss.b = 2
        c = ss.setdefault("c", 3)
        ss.setdefault("c", 99)
        lines = [
            f"a={ss.a} b={ss['b']} c={c}",
            f"in={'a' in ss} missing={'zzz' in ss} get={ss.get('zzz', 'dflt')}",
        ]
        del ss["a"]
        del ss.b
        lines.append(f"after del: {sorted(ss)}")
        st.text(" ; ".join(lines))
        """
    ).run()
    assert at.text[0].value == "a=1 b=2 c=3 ; in=True missing=False get=dflt ; after del: ['c']"


def test_missing_keys_raise_with_a_hint() -> None:
    at = AppTest.from_string("import streamlit as st\nst.session_state.nope\n").run()
    assert at.exception[0].proto["type"] == "AttributeError"
    assert 'st.session_state has no attribute "nope". Did you forget to initialize it?' in at.exception[0].message
    state = SessionState()
    with pytest.raises(KeyError, match='st.session_state has no key "nope"'):
        state["nope"]
    with pytest.raises(KeyError, match="no key \"nope\" to delete"):
        del state["nope"]


def test_keys_persist_across_reruns_and_iteration_hides_unkeyed_widgets() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.checkbox("unkeyed")
        st.checkbox("keyed", key="named")
        st.text(",".join(sorted(st.session_state)))
        """
    ).run()
    at.run()
    at.run()
    assert at.session_state["runs"] == 3
    assert at.text[0].value == "named,runs"
    assert sorted(at.session_state.to_dict()) == ["named", "runs"]


def test_setting_a_key_before_the_widget_renders_sets_its_value() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        if st.session_state.get("preset"):
            st.session_state.agree = True
        value = st.checkbox("Agree", key="agree")
        st.text(f"value={value}")
        """
    ).run()
    assert at.text[0].value == "value=False"
    at.session_state["preset"] = True
    at.run()
    assert at.text[0].value == "value=True"
    assert at.checkbox[0].value is True
    assert at.checkbox[0].proto["set_value"] is True


def test_setting_a_key_after_the_widget_renders_raises() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("Agree", key="agree")
        st.session_state.agree = True
        """
    ).run()
    assert at.exception[0].proto["type"] == "WidgetValueModifiedError"
    assert at.exception[0].message == (
        "st.session_state.agree cannot be modified after the widget with key 'agree' is instantiated. "
        "Set it before the widget is created, or in the widget's on_change callback."
    )
    assert issubclass(WidgetValueModifiedError, DeskAPIError)


def test_a_callback_may_set_its_own_widget() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def reset():
            st.session_state.box = False
        st.checkbox("box", key="box", on_change=reset)
        st.text(f"value={st.session_state.box}")
        """
    ).run()
    at.checkbox[0].check().run()
    assert at.text[0].value == "value=False"


def test_button_values_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.button("Go", key="go")
        if st.session_state.get("try_set"):
            st.session_state.go = True
        """
    ).run()
    at.session_state["try_set"] = True
    at.run()
    assert at.exception[0].proto["type"] == "ValueAssignmentNotAllowedError"
    assert "cannot be set using st.session_state" in at.exception[0].message


@pytest.mark.parametrize(
    "widget",
    ["st.button('Go', key='k')", "st.file_uploader('File', key='k')", "st.download_button('Get', 'x', key='k')"],
)
def test_a_value_set_before_the_first_run_of_an_unsettable_widget_is_refused(widget: str) -> None:
    """As in Streamlit 1.67; the key was unknown when it was set, so the widget checks it."""
    at = AppTest.from_string(f"import streamlit as st\nst.session_state.k = None\n{widget}\nst.text('after')\n").run()
    assert at.exception[0].proto["type"] == "ValueAssignmentNotAllowedError"
    assert "key 'k' cannot be set using st.session_state" in at.exception[0].message
    assert at.text.values == []


def test_reserved_keys_are_refused() -> None:
    state = SessionState()
    with pytest.raises(DeskAPIError, match=r"reserved for widget ids"):
        state["$$ID-abc"] = 1


def test_keys_of_any_type_stand_for_their_str_as_in_streamlit() -> None:
    # Streamlit accepts any widget key and session_state key, and uses its str().
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state[5] = 1
        st.write(st.session_state["5"], 5 in st.session_state, "5" in st.session_state)
        st.session_state[(1, 2)] = "t"
        st.write(list(st.session_state.keys()))
        del st.session_state[5]
        st.write("5" in st.session_state, st.session_state.get((1, 2)))
        st.text_input("t", key=2.5, value="hi")
        st.checkbox("c", key=("row", 1))
        st.button("b", key=3)
        st.number_input("n", key=True)
        st.write(st.session_state["2.5"], st.session_state[2.5], st.session_state[("row", 1)])
        """
    ).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.markdown.values == ["`1` `True` `True`", "`False` t", "hi hi `False`"]
    assert sorted(json.loads(at.json[0].value)) == ["(1, 2)", "5"]
    assert [w.key for w in (at.text_input[0], at.checkbox[0], at.button[0], at.number_input[0])] == [
        "2.5", "('row', 1)", "3", "True"
    ]
    at.text_input(key="2.5").input("typed").run()
    assert at.markdown.values[-1] == "typed typed `False`"


def test_duplicate_widget_id_is_an_api_error() -> None:
    assert issubclass(DuplicateWidgetID, DeskAPIError)
