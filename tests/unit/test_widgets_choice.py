"""Choice widgets: radio, selectbox, multiselect, pills, segmented_control, feedback, select_slider."""

from __future__ import annotations

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.testing import AppTest


def _only_error(at: AppTest) -> str:
    assert len(at.exception) == 1, at.exception
    return str(at.exception[0].message)


# ------------------------------------------------------------------ radio


def test_radio_defaults_to_the_first_option_and_follows_set_value() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.radio("Pick", ["a", "b", "c"])))').run()
    radio = at.radio[0]
    assert (radio.value, radio.index, radio.options) == ("a", 0, ["a", "b", "c"])
    radio.set_value("c").run()
    assert at.text[0].value == "'c'"
    assert at.radio[0].index == 2


def test_radio_index_none_returns_none_until_chosen() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.radio("Pick", [10, 20], index=None)))'
    ).run()
    assert at.text[0].value == "None"
    assert at.radio[0].index is None
    at.radio[0].select_index(1).run()
    assert at.text[0].value == "20"


def test_radio_wire_value_is_the_index_and_options_are_formatted() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.radio("Pick", [1, 2], index=1, format_func=lambda n: f"#{n}", horizontal=True, captions=["one", "two"])'
    ).run()
    radio = at.radio[0]
    assert radio.proto["value"] == 1
    assert radio.options == ["#1", "#2"]
    assert radio.horizontal is True
    assert radio.captions == ["one", "two"]
    assert radio.value == 2


def test_radio_rejects_an_out_of_range_index() -> None:
    with pytest.raises(DeskAPIError, match=r"st.radio: index \(3\) must be between 0 and 1"):
        st.radio("Pick", ["a", "b"], index=3)


def test_radio_rejects_captions_of_the_wrong_length() -> None:
    with pytest.raises(
        DeskAPIError, match="captions must have one entry per option: got 1 captions for 2 options"
    ):
        st.radio("Pick", ["a", "b"], captions=["x"])


def test_radio_rejects_a_string_as_options() -> None:
    with pytest.raises(DeskAPIError, match=r"options must be a list .* not a string \('abc'\)"):
        st.radio("Pick", "abc")


def test_set_value_that_is_not_an_option_raises_at_once() -> None:
    at = AppTest.from_string('import streamlit as st\nst.radio("Pick", ["a", "b"])').run()
    with pytest.raises(DeskAPIError, match=r"st.radio: value 'z' is not one of the options \('a', 'b'\)"):
        at.radio[0].set_value("z")


# ------------------------------------------------------------------ selectbox


def test_selectbox_keeps_python_options_on_the_server() -> None:
    script = """
import streamlit as st
class Thing:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Thing({self.n})"
things = [Thing(1), Thing(2)]
choice = st.selectbox("Thing", things, format_func=lambda t: f"thing {t.n}")
st.text(f"{type(choice).__name__} {choice.n}")
"""
    at = AppTest.from_string(script).run()
    assert at.selectbox[0].options == ["thing 1", "thing 2"]
    assert at.text[0].value == "Thing 1"
    at.selectbox[0].select_index(1).run()
    assert at.text[0].value == "Thing 2"
    assert at.selectbox[0].proto["value"] == 1


def test_selectbox_index_none_with_placeholder() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.selectbox("City", ["Oslo", "Rome"], index=None, placeholder="Pick one")))'
    ).run()
    assert at.text[0].value == "None"
    assert at.selectbox[0].placeholder == "Pick one"
    at.selectbox[0].select("Rome").run()
    assert at.text[0].value == "'Rome'"
    at.selectbox[0].set_value(None).run()
    assert at.text[0].value == "None"


def test_selectbox_default_placeholder() -> None:
    at = AppTest.from_string('import streamlit as st\nst.selectbox("City", ["Oslo"])').run()
    assert at.selectbox[0].placeholder == "Choose an option"


def test_selectbox_with_no_options_returns_none() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.selectbox("Empty", [])))').run()
    assert at.text[0].value == "None"


def test_selectbox_accepts_new_options_only_when_asked() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.selectbox("Tag", ["a"], accept_new_options=True)))'
    ).run()
    at.selectbox[0].set_value("brand new").run()
    assert at.text[0].value == "'brand new'"
    plain = AppTest.from_string('import streamlit as st\nst.selectbox("Tag", ["a"])').run()
    with pytest.raises(DeskAPIError, match="is not one of the options"):
        plain.selectbox[0].set_value("brand new")


def test_selectbox_and_multiselect_filter_mode_reach_the_box() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.selectbox('a', ['x'])\nst.selectbox('b', ['x'], filter_mode='prefix')\n"
        "st.multiselect('c', ['x'], filter_mode='contains')\nst.multiselect('d', ['x'], filter_mode=None)\n"
    ).run()
    assert [s.proto["filter_mode"] for s in at.selectbox] == ["fuzzy", "prefix"]
    assert [m.proto["filter_mode"] for m in at.multiselect] == ["contains", None]
    with pytest.raises(DeskAPIError, match="st.selectbox: filter_mode must be 'fuzzy', 'contains', 'prefix' or None, not 'exact'"):
        st.selectbox("x", ["a"], filter_mode="exact")
    with pytest.raises(DeskAPIError, match="st.multiselect: filter_mode=None shows the options without a text box"):
        st.multiselect("x", ["a"], filter_mode=None, accept_new_options=True)


def test_selectbox_rejects_a_bool_index() -> None:
    with pytest.raises(DeskAPIError, match=r"st.selectbox: index must be an int or None, not bool \(True\)"):
        st.selectbox("x", ["a"], index=True)


def test_selectbox_rejects_a_format_func_that_is_not_callable() -> None:
    with pytest.raises(DeskAPIError, match="st.selectbox: format_func must be a function or None, not str"):
        st.selectbox("x", ["a"], format_func="upper")  # type: ignore[arg-type]


def test_selectbox_reads_dict_keys_and_ranges() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.selectbox("d", {"k1": 1, "k2": 2})\nst.selectbox("r", range(3), index=2)'
    ).run()
    assert at.selectbox[0].options == ["k1", "k2"]
    assert at.selectbox[1].value == 2


def test_selectbox_options_from_a_dataframe_first_column() -> None:
    at = AppTest.from_string(
        'import streamlit as st, pandas as pd\nst.text(repr(st.selectbox("x", pd.DataFrame({"a": [5, 6], "b": [7, 8]}), index=1)))'
    ).run()
    assert at.selectbox[0].options == ["5", "6"]
    assert at.text[0].value == "6"


def test_a_value_that_is_not_an_option_gives_way_to_the_default() -> None:
    """As in Streamlit 1.67: a session_state value that is not an option is replaced by the
    default (a many-choice widget drops just those values) instead of failing the run."""
    at = AppTest.from_string(
        """
import streamlit as st
st.session_state.pick = "nope"
st.session_state.many = ["b", "nope"]
st.session_state.rng = ("a", "nope")
st.session_state.pill = "nope"
st.text(repr(st.selectbox("x", ["a", "b"], index=1, key="pick")))
st.text(repr(st.multiselect("m", ["a", "b", "c"], default=["c"], key="many")))
st.text(repr(st.select_slider("s", ["a", "b", "c"], value=("b", "c"), key="rng")))
st.text(repr(st.pills("p", ["a", "b"], key="pill")))
"""
    ).run()
    assert not at.exception
    assert [t.value for t in at.text] == ["'b'", "['b']", "('b', 'c')", "None"]


def test_a_keyed_widget_keeps_its_value_when_its_label_or_default_changes() -> None:
    """As in Streamlit 1.67: the key names the widget, so a new label or default is the same widget;
    when the options change and the value is no longer one of them, it resets to the default."""
    at = AppTest.from_string(
        """
import streamlit as st
metric = st.toggle("metric")
unit = "kg" if metric else "lb"
st.text(repr(st.number_input(f"Weight ({unit})", value=70.0 if metric else 150.0, key="w")))
st.text(repr(st.number_input(f"Height ({unit})", value=1.0)))
opts = ["a", "b", "c"] if metric else ["a", "x"]
st.text(repr(st.radio("r", opts, key="r")))
"""
    ).run()
    at.number_input[0].set_value(99.0)
    at.number_input[1].set_value(2.0)
    at.radio[0].set_value("x").run()
    at.toggle[0].set_value(True).run()
    assert [t.value for t in at.text] == ["99.0", "1.0", "'a'"]


# ------------------------------------------------------------------ multiselect


def test_multiselect_defaults_and_actions() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.multiselect("Fruit", ["apple", "pear", "fig"], default="pear")))'
    ).run()
    ms = at.multiselect[0]
    assert ms.value == ["pear"]
    assert ms.indices == [1]
    assert ms.proto["value"] == [1]
    ms.select("fig").run()
    assert at.text[0].value == "['pear', 'fig']"
    at.multiselect[0].unselect("pear").run()
    assert at.text[0].value == "['fig']"
    at.multiselect[0].set_value([]).run()
    assert at.text[0].value == "[]"


def test_multiselect_default_must_be_in_options() -> None:
    with pytest.raises(
        DeskAPIError, match=r"st.multiselect: the default value 'kiwi' is not one of the options"
    ):
        st.multiselect("Fruit", ["apple"], default=["kiwi"])


def test_multiselect_max_selections() -> None:
    with pytest.raises(DeskAPIError, match="2 default values were given, but max_selections is 1"):
        st.multiselect("Fruit", ["a", "b"], default=["a", "b"], max_selections=1)
    with pytest.raises(DeskAPIError, match="max_selections must be a positive integer or None, not 0"):
        st.multiselect("Fruit", ["a", "b"], max_selections=0)
    at = AppTest.from_string(
        'import streamlit as st\nst.multiselect("Fruit", ["a", "b", "c"], max_selections=2)'
    ).run()
    assert at.multiselect[0].max_selections == 2
    with pytest.raises(
        DeskAPIError, match=r"at most 2 options can be selected \(max_selections\), but 3 were given"
    ):
        at.multiselect[0].set_value(["a", "b", "c"])


def test_multiselect_returns_a_fresh_list_each_run() -> None:
    script = """
import streamlit as st
chosen = st.multiselect("x", ["a", "b"], default=["a"])
chosen.append("mutated")
st.text(repr(chosen))
"""
    at = AppTest.from_string(script).run()
    at.run()
    assert at.text[0].value == "['a', 'mutated']"


# ------------------------------------------------------------------ pills, segmented_control, feedback


def test_pills_single_and_multi() -> None:
    script = """
import streamlit as st
st.text(repr(st.pills("Tags", ["x", "y", "z"])))
st.text(repr(st.pills("Many", ["x", "y", "z"], selection_mode="multi", default=["z"])))
"""
    at = AppTest.from_string(script).run()
    assert [t.value for t in at.text] == ["None", "['z']"]
    at.pills[0].select("y").run()
    at.pills[1].select("x").run()
    assert [t.value for t in at.text] == ["'y'", "['z', 'x']"]
    assert at.pills[1].indices == [2, 0]
    at.pills[0].unselect("y").run()
    assert at.text[0].value == "None"


def test_pills_validation() -> None:
    with pytest.raises(
        DeskAPIError, match="st.pills: selection_mode must be 'single' or 'multi', not 'many'"
    ):
        st.pills("x", ["a"], selection_mode="many")
    with pytest.raises(DeskAPIError, match="st.pills: options must contain at least one option"):
        st.pills("x", [])
    with pytest.raises(
        DeskAPIError, match="with selection_mode='single', default must be one option or None, not 2"
    ):
        st.pills("x", ["a", "b"], default=["a", "b"])


def test_segmented_control_with_format_func() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.segmented_control("Size", [1, 2], default=2, format_func=lambda n: "S" * n)))'
    ).run()
    sc = at.segmented_control[0]
    assert sc.options == ["S", "SS"]
    assert at.text[0].value == "2"
    sc.set_value(1).run()
    assert at.text[0].value == "1"
    assert len(at.button_group) == 1


def test_feedback_values_are_indices() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.feedback("stars")))\nst.feedback(default=1)'
    ).run()
    assert at.text[0].value == "None"
    assert at.feedback[1].value == 1
    at.feedback[0].select(4).run()
    assert at.text[0].value == "4"
    with pytest.raises(DeskAPIError, match="value must be None or an integer from 0 to 1, not 2"):
        at.feedback[1].set_value(2)


def test_feedback_validation() -> None:
    with pytest.raises(
        DeskAPIError, match="st.feedback: options must be 'thumbs', 'faces' or 'stars', not 'hearts'"
    ):
        st.feedback("hearts")
    with pytest.raises(
        DeskAPIError, match="default must be None or an integer from 0 to 4 for options='faces', not 5"
    ):
        st.feedback("faces", default=5)


# ------------------------------------------------------------------ select_slider


def test_select_slider_single_and_range() -> None:
    script = """
import streamlit as st
st.text(repr(st.select_slider("Size", ["S", "M", "L"])))
st.text(repr(st.select_slider("Range", ["S", "M", "L"], value=("S", "L"))))
"""
    at = AppTest.from_string(script).run()
    assert [t.value for t in at.text] == ["'S'", "('S', 'L')"]
    assert at.select_slider[1].proto["value"] == [0, 2]
    at.select_slider[0].set_value("L").run()
    at.select_slider[1].set_range("M", "L").run()
    assert [t.value for t in at.text] == ["'L'", "('M', 'L')"]
    assert at.select_slider[0].options == ["S", "M", "L"]


def test_select_slider_validation() -> None:
    with pytest.raises(DeskAPIError, match="st.select_slider: options must contain at least one option"):
        st.select_slider("x", [])
    with pytest.raises(DeskAPIError, match="st.select_slider: value 'XL' is not one of the options"):
        st.select_slider("x", ["S"], value="XL")
    with pytest.raises(DeskAPIError, match="a list/tuple of two options \\(a range\\), not 3 values"):
        st.select_slider("x", ["S", "M"], value=("S", "M", "S"))


def test_selectbox_icon() -> None:
    at = AppTest.from_string("import streamlit as st\nst.selectbox('Size', ['S', 'M'], icon=':material/search:')\n").run()
    assert at.selectbox[0].node.props["icon"] == ":material/search:"
    assert "icon" not in AppTest.from_string("import streamlit as st\nst.selectbox('Size', ['S'])\n").run().selectbox[0].node.props
    at = AppTest.from_string("import streamlit as st\nst.selectbox('Size', ['S'], icon='not an icon')\n").run()
    assert "st.selectbox: icon must be a single emoji" in at.exception[0].value


@pytest.mark.parametrize(("select_all", "sent"), [("1000", None), ("True", 2**31 - 1), ("False", 0), ("5", 5)])
def test_multiselect_select_all_threshold(select_all: str, sent: int | None) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.multiselect('m', ['a', 'b'], select_all={select_all})\n").run()
    assert at.multiselect[0].node.props.get("select_all") == sent
    at = AppTest.from_string("import streamlit as st\nst.multiselect('m', ['a'], select_all=-1)\n").run()
    assert "st.multiselect: select_all must be True, False or a number of options" in at.exception[0].value
