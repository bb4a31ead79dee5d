"""The AppTest harness itself: construction, runs, queries, blocks, state, secrets and timeouts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import pytest

from desk.testing import AppTest, AppTestError
from desk.testing.elements import Block


def _app(greeting: str, *, times: int = 1) -> None:
    import streamlit as st

    name = st.text_input("Name", key="name")
    for _ in range(times):
        st.text(f"{greeting}, {name}")


def test_from_function_with_args_and_kwargs() -> None:
    at = AppTest.from_function(_app, args=("Hi",), kwargs={"times": 2}).run()
    assert [t.value for t in at.text] == ["Hi,", "Hi,"]  # st.text strips its body, as Streamlit's does
    at.text_input(key="name").input("Ada").run()
    assert at.text[0].value == "Hi, Ada"


def test_actions_chain_and_return_the_widget() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text(repr(st.checkbox('a')))").run()
    checkbox = at.checkbox[0]
    assert checkbox.check() is checkbox
    assert checkbox.run() is at
    assert at.text[0].value == "True"
    assert at.button.len == 0


def test_element_lists_are_callable_with_a_key() -> None:
    at = AppTest.from_string("import streamlit as st\nst.slider('A', key='a')\nst.slider('B', key='b')").run()
    assert at.slider(key="b").label == "B"
    assert at.slider("a").label == "A"
    with pytest.raises(KeyError, match="no element with key 'c'; keys here: \\['a', 'b'\\]"):
        at.slider(key="c")
    with pytest.raises(IndexError, match="element index 5 out of range: only 2 found"):
        at.slider[5]


def test_widget_properties() -> None:
    script = """
import streamlit as st
st.selectbox("Pick", ["a", "b"], help="Choose well", disabled=True, key="p")
st.number_input("N", 0, 10, format="%d", placeholder="n")
"""
    at = AppTest.from_string(script).run()
    box = at.selectbox[0]
    assert (box.label, box.key, box.help, box.disabled, box.options, box.index, box.value) == (
        "Pick", "p", "Choose well", True, ["a", "b"], 0, "a",
    )  # fmt: skip
    number = at.number_input[0]
    assert (number.format, number.placeholder, number.min, number.max, number.help) == (
        "%d",
        "n",
        0,
        10,
        None,
    )
    with pytest.raises(AttributeError, match="selectbox element has no attribute 'nothing'"):
        _ = box.nothing


def test_blocks_support_the_same_queries() -> None:
    script = """
import streamlit as st
left, right = st.columns(2)
left.button("L")
with right:
    st.button("R")
tab1, tab2 = st.tabs(["One", "Two"])
tab2.text_input("In tab")
with st.expander("More"):
    st.checkbox("Hidden")
with st.sidebar:
    st.radio("Side", ["x", "y"])
st.text("main text")
"""
    at = AppTest.from_string(script).run()
    assert [c.button[0].label for c in at.columns] == ["L", "R"]
    assert [t.label for t in at.tabs] == ["One", "Two"]
    assert len(at.tabs[0].text_input) == 0
    assert at.tabs[1].text_input[0].label == "In tab"
    assert at.expander[0].label == "More"
    assert at.expander[0].checkbox[0].label == "Hidden"
    assert at.sidebar.radio[0].label == "Side"
    assert len(at.main.radio) == 0
    assert at.main.text[0].value == "main text"
    assert len(at.main.button) == 2
    assert at.sidebar.get("radio")[0].value == "x"
    at.columns[1].button[0].click().run()
    assert at.columns[1].button[0].value is True


def test_status_and_chat_message_blocks() -> None:
    script = """
import streamlit as st
with st.status("Working", expanded=True):
    st.text("step 1")
with st.chat_message("assistant"):
    st.text("hello")
"""
    at = AppTest.from_string(script).run()
    assert at.status[0].label == "Working"
    assert at.status[0].text[0].value == "step 1"
    assert at.chat_message[0].name == "assistant"
    assert at.chat_message[0].text[0].value == "hello"
    assert at.chat_message[0].children[0].value == "hello"


def test_session_state_items_and_attributes_before_the_first_run() -> None:
    script = "import streamlit as st\nst.text(f'{st.session_state.a} {st.session_state[\"b\"]}')\nst.session_state.c = 3"
    at = AppTest.from_string(script)
    at.session_state["a"] = 1
    at.session_state.b = 2
    at.run()
    assert at.text[0].value == "1 2"
    assert at.session_state.c == 3
    assert "c" in at.session_state
    assert at.session_state["c"] == 3


def test_query_params_and_secrets() -> None:
    script = """
import streamlit as st
st.text(st.query_params.get("page", "none"))
st.text(st.secrets["token"])
st.query_params["seen"] = "yes"
"""
    at = AppTest.from_string(script)
    at.query_params["page"] = "2"
    at.secrets["token"] = "s3cret"
    at.run()
    assert [t.value for t in at.text] == ["2", "s3cret"]
    assert at.query_params["seen"] == "yes"
    at.secrets = {"token": "other"}
    at.run()
    assert at.text[1].value == "other"


def test_run_timeout_raises() -> None:
    at = AppTest.from_string("import time\ntime.sleep(0.6)", default_timeout=0.1)
    assert at.default_timeout == 0.1
    with pytest.raises(AppTestError, match=r"timed out after 0.1\(s\)"):
        at.run()
    at.session.wait_idle(2.0)
    at.run(timeout=2)


def test_script_exceptions_are_elements_not_failures() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text('before')\nraise ValueError('boom')").run()
    assert at.text[0].value == "before"
    assert at.exception[0].message == "boom"


def test_get_accepts_query_names_and_node_types() -> None:
    at = AppTest.from_string("import streamlit as st\nst.toggle('t')\nst.color_picker('c')").run()
    assert at.get("toggle")[0].label == "t"
    assert at.get("ColorPicker")[0].value == "#000000"
    assert at.get("color_picker")[0].label == "c"
    with pytest.raises(AttributeError, match="AppTest has no attribute 'nothing_here'"):
        _ = at.nothing_here


def test_pending_values_show_before_the_run() -> None:
    at = AppTest.from_string("import streamlit as st\nst.slider('s', 0, 10)").run()
    at.slider[0].set_value(4)
    assert at.slider[0].value == 4
    at.run()
    assert at.slider[0].value == 4


# What streamlit.testing.v1.AppTest 1.67 gives as .type for each element of this script
# (recorded by running it there), in tree order; nested blocks' children follow their block.
EVERY_ELEMENT = """
import datetime
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components
st.title("T"); st.header("H"); st.subheader("S")
st.markdown("m"); st.caption("c"); st.code("x"); st.text("t"); st.latex("a+b"); st.divider()
st.json({"a": 1}); st.html("<b>x</b>"); st.help(len); st.badge("b")
st.error("e"); st.warning("w"); st.info("i"); st.success("s"); st.exception(ValueError("v"))
st.progress(10); st.metric("m", 1, 2)
st.dataframe(pd.DataFrame({"a": [1]})); st.table(pd.DataFrame({"a": [1]})); st.data_editor(pd.DataFrame({"a": [1]}))
st.line_chart(pd.DataFrame({"a": [1]})); st.map(None)
st.button("b"); st.download_button("d", b"x"); st.link_button("l", "https://x.invalid")
st.checkbox("c"); st.toggle("t"); st.radio("r", [1, 2]); st.selectbox("s", [1, 2]); st.multiselect("m", [1, 2])
st.slider("sl"); st.select_slider("ss", [1, 2]); st.text_input("ti"); st.text_area("ta"); st.number_input("n")
st.date_input("d", datetime.date(2020, 1, 1)); st.time_input("t", datetime.time(1, 2)); st.color_picker("cp")
st.file_uploader("f"); st.camera_input("cam"); st.audio_input("ai")
st.pills("p", [1, 2]); st.segmented_control("sc", [1, 2]); st.feedback()
with st.chat_message("user"):
    st.write("hi")
with st.expander("e"):
    pass
with st.popover("p"):
    pass
t1, = st.tabs(["a"])
c1, c2 = st.columns(2)
with st.form("f"):
    st.form_submit_button()
with st.status("s"):
    pass
st.empty()
components.html("<p>x</p>")
components.iframe("https://x.invalid")
st.balloons(); st.snow()
"""
STREAMLIT_TYPES = [
    "title", "header", "subheader", "markdown", "caption", "code", "text", "latex", "divider", "json", "html",
    "help_info", "markdown", "error", "warning", "info", "success", "exception", "progress", "metric",
    "dataframe", "table", "dataframe", "vega_lite_chart", "deck_gl_json_chart", "button", "download_button",
    "link_button", "checkbox", "toggle", "radio", "selectbox", "multiselect", "slider", "select_slider",
    "text_input", "text_area", "number_input", "date_input", "time_input", "color_picker", "file_uploader",
    "camera_input", "audio_input", "button_group", "button_group", "feedback", "chat_message", "markdown",
    "expander", "popover", "tab_container", "tab", "flex_container", "column", "column", "form", "button",
    "status", "empty", "iframe", "iframe", "balloons", "snow",
]  # fmt: skip


def test_every_element_type_is_streamlits_name() -> None:
    at = AppTest.from_string(EVERY_ELEMENT).run(timeout=30)
    assert not at.exception[1:], [e.value for e in at.exception]

    def walk(block: Any) -> list[str]:
        names = []
        for child in block.children:
            names.append(child.type)
            if isinstance(child, Block):
                names += walk(child)
        return names

    assert walk(at.main) == STREAMLIT_TYPES
    # Streamlit's query names reach them
    assert (len(at.help), len(at.container), len(at.columns), len(at.tabs), len(at.dataframe)) == (1, 0, 2, 1, 2)
    assert at.markdown.values[:2] == ["m", ":blue-badge[b]"]  # st.badge is markdown in Streamlit
    assert [e.type for e in at.table] == ["table"]


def test_streamlit_attributes_of_text_elements() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.title("T", anchor="top")
        st.markdown("m")
        st.caption("c")
        st.latex("a+b")
        st.divider()
        st.exception(ValueError("v"))
        st.help(len)
        st.badge("Hot", icon="🔥", color="red")
        """
    ).run()
    assert (at.title[0].tag, at.title[0].value) == ("h1", "T")
    assert [(m.value, m.is_caption) for m in (*at.markdown, *at.caption)] == [
        ("m", False), (":red-badge[🔥 Hot]", False), ("c", True)
    ]  # fmt: skip
    assert (at.latex[0].value, at.latex[0].is_caption) == ("$$\na+b\n$$", False)
    assert at.divider[0].value == "---"
    error = at.exception[0]
    assert (error.value, error.message, error.is_markdown, error.stack_trace) == ("v", "v", False, [])
    assert at.help[0].type == "help_info" and "Return the number of items" in (at.help[0].doc_string or "")


def test_an_option_that_does_not_exist_is_a_value_error() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.selectbox("s", ["x", "y"])
        st.radio("r", ["x", "y"])
        st.multiselect("m", ["x", "y"])
        """
    ).run()
    for action in (
        lambda: at.selectbox[0].select("z"),
        lambda: at.selectbox[0].set_value("z"),
        lambda: at.radio[0].set_value("z"),
        lambda: at.multiselect[0].select("z"),
        lambda: at.multiselect[0].set_value(["z"]),
    ):
        with pytest.raises(ValueError, match="'z' is not one of the options"):
            action()


def test_text_over_max_chars_is_dropped_at_run_time() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write("got", st.text_input("t", max_chars=3, key="t"))
        st.write("area", st.text_area("a", max_chars=2, value="ok"))
        """
    ).run()
    at.text_input[0].input("toolong").run()
    at.text_area[0].input("abc").run()
    assert at.markdown.values == ["got", "area ok"]
    assert (at.text_input[0].value, at.session_state["t"]) == ("", "")
    at.text_input[0].input("abc").run()
    assert at.markdown.values == ["got abc", "area ok"]


def test_a_run_that_times_out_is_a_runtime_error() -> None:
    at = AppTest.from_string(
        """
        import time
        for _ in range(200):
            time.sleep(0.05)
        """
    )
    with pytest.raises(RuntimeError, match=r"AppTest script run timed out after 0.2\(s\)"):
        at.run(timeout=0.2)


def test_frames_with_multiindex_columns_keep_them_in_value() -> None:
    at = AppTest.from_string(
        """
        import pandas as pd
        import streamlit as st
        columns = pd.MultiIndex.from_tuples([("a", "x"), ("a", "y"), ("b", "x")])
        frame = pd.DataFrame([[1, 2, 3]], columns=columns)
        st.dataframe(frame)
        st.table(frame)
        """
    ).run()
    for element in (at.dataframe[0], at.table[0]):
        assert list(element.value.columns) == [("a", "x"), ("a", "y"), ("b", "x")]
        assert element.value[("a", "y")].tolist() == [2]


def test_callback_writes_into_containers_of_the_previous_run_are_kept() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        slot = st.empty()
        left, right = st.columns(2)
        box = st.expander("e")
        tab, = st.tabs(["t"])
        side = st.sidebar.container()
        def note():
            slot.write("slot")
            right.write("right")
            box.write("box")
            tab.write("tab")
            side.write("side")
        st.button("b", on_click=note)
        st.write("end")
        """
    ).run()
    at.button[0].click().run()
    # as in Streamlit: all but the placeholder's, which the run's own st.empty() replaces
    assert sorted(m.value for m in at.markdown) == ["box", "end", "right", "side", "tab"]
    assert at.columns[1].markdown.values == ["right"]
    assert at.sidebar.markdown.values == ["side"]
    at.run()
    assert at.markdown.values == ["end"]


def test_types_are_streamlit_names_from_the_definitions() -> None:
    at = AppTest.from_string(
        """
        import datetime as dt
        import streamlit as st
        st.title("T")
        st.header("H")
        st.subheader("S")
        st.markdown("m")
        st.error("e")
        st.slider("s", 0, 10)
        st.image(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
        with st.expander("x"):
            st.date_input("d", dt.date(2024, 5, 1))
        """
    ).run()
    names = [e.type for e in at.main.children]
    assert names == ["title", "header", "subheader", "markdown", "error", "slider", "image", "expander"]
    assert [(h.type, h.tag, h.body) for h in (*at.title, *at.header, *at.subheader)] == [
        ("title", "h1", "T"), ("header", "h2", "H"), ("subheader", "h3", "S"),
    ]  # fmt: skip
    # desk's earlier names stay as queries
    assert (len(at.markdown), len(at.imgs), len(at.image), len(at.expandable), len(at.expander)) == (1, 1, 1, 1, 1)
    with pytest.raises(AttributeError, match="slider element has no attribute 'nothing'. It has: data_type, "):
        _ = at.slider[0].nothing


def test_slider_and_date_bounds_use_the_widgets_codec() -> None:
    at = AppTest.from_string(
        """
        import datetime as dt
        import streamlit as st
        st.slider("when", dt.date(2024, 1, 1), dt.date(2024, 12, 31), step=dt.timedelta(days=7))
        st.date_input("day", dt.date(2024, 5, 1), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 6, 30))
        """
    ).run()
    slider = at.slider[0]
    assert (slider.min, slider.max, slider.step) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.timedelta(days=7))
    assert (at.date_input[0].min, at.date_input[0].max) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_a_fragment_container_has_its_name_in_a_fresh_process() -> None:
    """The runtime builds a fragment's container without importing the layout module that
    defines it: the name must not depend on which element modules a script happened to load."""
    script = (
        "from desk.testing import AppTest\n"
        "at = AppTest.from_string('import streamlit as st\\n"
        "@st.fragment\\ndef part():\\n    st.write(1)\\npart()\\n').run()\n"
        "print([element.type for element in at.main.children])\n"
    )
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert found.stdout.strip() == "['flex_container']", found.stderr


def test_streamlit_values_of_links_space_metric_and_help() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.link_button("Go", "https://example.com")
        st.page_link("https://example.com", label="Page")
        st.space("large")
        st.metric("Speed", 3)
        st.divider()
        st.badge("New", icon=":material/star:", color="green")
        st.help(len)
        """
    ).run()
    assert [(e.type, e.value) for e in at.main.children] == [
        ("link_button", "Go"),
        ("page_link", "Page"),
        ("space", "large"),
        ("metric", "3"),
        ("divider", "---"),
        ("markdown", ":green-badge[:material/star: New]"),
        ("help_info", "len"),
    ]
    assert at.metric[0].delta == ""


def test_input_beyond_max_chars_is_not_typed_but_set_value_is_cut() -> None:
    """As Streamlit 1.67's AppTest: input() types nothing, set_value() keeps max_chars characters."""
    at = AppTest.from_string("import streamlit as st\nst.text(repr(st.text_input('Code', max_chars=3)))").run()
    at.text_input[0].input("abcdef").run()
    assert at.text[0].value == "''"
    at.text_input[0].input("abc").run()
    assert at.text[0].value == "'abc'"
    at.text_input[0].set_value("abcdef").run()
    assert at.text[0].value == "'abc'"
    at.text_input[0].set_value("xyzuvw").run()
    assert at.text[0].value == "'xyz'"
