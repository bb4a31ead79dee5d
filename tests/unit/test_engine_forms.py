"""Forms: values apply only on submit, clear_on_submit, and the placement rules."""

from __future__ import annotations

import pytest

from desk.testing import AppTest

FORM = """
import streamlit as st
st.session_state.setdefault("submits", 0)
with st.form("profile", clear_on_submit=st.session_state.get("clear", False)):
    agree = st.checkbox("Agree", key="agree")
    submitted = st.form_submit_button("Save")
if submitted:
    st.session_state.submits += 1
st.text(f"agree={agree} submitted={submitted} submits={st.session_state.submits}")
"""


def test_form_values_apply_only_when_the_form_is_submitted() -> None:
    at = AppTest.from_string(FORM).run()
    assert at.text[0].value == "agree=False submitted=False submits=0"
    at.checkbox[0].check().run()
    assert at.text[0].value == "agree=False submitted=False submits=0"
    # As in Streamlit's AppTest, a value set in a run that does not submit its form is dropped.
    at.button[0].click().run()
    assert at.text[0].value == "agree=False submitted=True submits=1"
    at.checkbox[0].check()
    at.button[0].click().run()
    assert at.text[0].value == "agree=True submitted=True submits=2"
    at.run()
    assert at.text[0].value == "agree=True submitted=False submits=2"


def test_a_change_and_a_submit_in_one_step_are_applied_together() -> None:
    at = AppTest.from_string(FORM).run()
    at.checkbox[0].check()
    at.button[0].click()
    at.run()
    assert at.text[0].value == "agree=True submitted=True submits=1"


@pytest.mark.parametrize(
    ("engine_clears", "after"),
    [
        # The server's way: the widgets go back to their defaults after the submitted run.
        (True, "agree=False submitted=False submits=1"),
        # AppTest's default, as Streamlit's: its page clears such a form, and its AppTest has
        # no page, so the submitted values stay (a test written against it passes here too).
        (False, "agree=True submitted=False submits=1"),
    ],
)
def test_clear_on_submit(engine_clears: bool, after: str) -> None:
    at = AppTest.from_string(FORM)
    assert at.session.forms_clear_on_submit is False  # AppTest's default
    at.session.forms_clear_on_submit = engine_clears
    at.session_state["clear"] = True
    at.run()
    at.checkbox[0].check()
    at.button[0].click()
    at.run()
    assert at.text[0].value == "agree=True submitted=True submits=1"  # the submitted run sees the values
    assert at.checkbox[0].value is not engine_clears
    at.run()
    assert at.text[0].value == after


def test_form_block_carries_its_options() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f", enter_to_submit=False, border=False):
            st.form_submit_button()
        """
    ).run()
    form = at.form[0]
    assert form.proto["form_id"] == "f"
    assert form.proto["enter_to_submit"] is False
    assert form.proto["border"] is False
    assert at.button[0].label == "Submit"
    assert at.button[0].proto["form_id"] == "f"


def test_form_submit_button_callback_runs_before_the_body() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def saved(who):
            st.session_state.log.append(f"saved by {who}")
        with st.form("f"):
            st.checkbox("x")
            st.form_submit_button("Save", on_click=saved, args=("me",))
        st.session_state.log.append("body")
        st.text(",".join(st.session_state.log))
        """
    ).run()
    at.button[0].click().run()
    assert at.text[0].value == "body,saved by me,body"


def test_nested_forms_are_refused() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("outer"):
            with st.form("inner"):
                pass
        """
    ).run()
    assert at.exception[0].message == "st.form: forms cannot be nested in other forms. Move this form outside the other one."


def test_form_submit_button_outside_a_form_is_refused() -> None:
    at = AppTest.from_string("import streamlit as st\nst.form_submit_button('Go')\n").run()
    assert at.exception[0].message.startswith("st.form_submit_button() must be used inside an st.form().")


def test_button_inside_a_form_is_refused() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.button("Nope")
        """
    ).run()
    assert at.exception[0].message == (
        "st.button() can't be used in an st.form(). Move it outside the form, "
        "or use st.form_submit_button inside the form."
    )


def test_callbacks_on_widgets_inside_a_form_are_refused() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("f"):
            st.checkbox("x", on_change=print)
        """
    ).run()
    assert "widgets inside a form cannot have callbacks" in at.exception[0].message


def test_duplicate_form_keys_are_refused() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("same"):
            st.form_submit_button()
        with st.form("same"):
            st.form_submit_button()
        """
    ).run()
    assert at.exception[0].proto["type"] == "DuplicateWidgetKey"
    assert "key='same'" in at.exception[0].message


def test_two_forms_submit_independently() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.form("a"):
            a = st.checkbox("A")
            st.form_submit_button("Save A")
        with st.form("b"):
            b = st.checkbox("B")
            st.form_submit_button("Save B")
        st.text(f"a={a} b={b}")
        """
    ).run()
    at.checkbox[0].check()
    at.checkbox[1].check()
    at.button[1].click()
    at.run()
    assert at.text[0].value == "a=False b=True"  # form a was not submitted: its value is dropped
    at.button[0].click().run()
    assert at.text[0].value == "a=False b=True"
    at.checkbox[0].check()
    at.button[0].click().run()
    assert at.text[0].value == "a=True b=True"


def test_form_width_and_height_props_and_errors() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "with st.form('a', width=300, height='stretch'):\n    st.form_submit_button()\n"
        "with st.form('b'):\n    st.form_submit_button()\n"
    ).run()
    first, second = (form.node.props for form in at.get("form"))
    assert (first["width"], first["height"]) == (300, "stretch")
    assert "width" not in second and "height" not in second
    for args, message in (
        ("width=0", "st.form: width must be 'stretch', 'content' or a positive number of pixels, not 0"),
        ("height='auto'", "st.form: height must be 'content', 'stretch' or a positive number of pixels, not 'auto'"),
    ):
        at = AppTest.from_string(f"import streamlit as st\nst.form('c', {args})\n").run()
        assert message in at.exception[0].value
