"""Numeric widgets: slider (int, float, date, time, datetime, ranges) and number_input."""

from __future__ import annotations

import datetime as dt

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.testing import AppTest


def _texts(at: AppTest) -> list[str]:
    return [str(t.value) for t in at.text]


# ------------------------------------------------------------------ slider


def test_int_slider_defaults_to_min_value_and_0_100() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.slider("Age")))').run()
    slider = at.slider[0]
    assert at.text[0].value == "0"
    assert (slider.min, slider.max, slider.step, slider.format) == (0, 100, 1, "%d")
    slider.set_value(42).run()
    assert at.text[0].value == "42"


def test_float_slider_defaults() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.slider("Ratio", value=0.5)))').run()
    slider = at.slider[0]
    assert at.text[0].value == "0.5"
    assert (slider.min, slider.max, slider.step, slider.format) == (0.0, 1.0, 0.01, "%0.2f")


def test_slider_bounds_stretch_to_include_the_value() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.slider("Big", value=250)\nst.slider("Neg", value=-3.0)'
    ).run()
    assert (at.slider[0].min, at.slider[0].max) == (0, 250)
    assert (at.slider[1].min, at.slider[1].max) == (-3.0, 1.0)


def test_range_slider_returns_a_tuple() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.slider("Range", 0, 100, (20, 80))))'
    ).run()
    assert at.text[0].value == "(20, 80)"
    assert at.slider[0].proto["value"] == [20, 80]
    assert at.slider[0].proto["is_range"] is True
    at.slider[0].set_range(10, 30).run()
    assert at.text[0].value == "(10, 30)"


def test_date_slider_defaults_to_two_weeks_around_the_value() -> None:
    at = AppTest.from_string(
        'import streamlit as st, datetime as dt\nst.text(repr(st.slider("Day", value=dt.date(2024, 3, 15))))'
    ).run()
    slider = at.slider[0]
    assert slider.proto["data_type"] == "date"
    assert slider.min == dt.date(2024, 3, 1)
    assert slider.max == dt.date(2024, 3, 29)
    assert slider.step == dt.timedelta(days=1)
    slider.set_value(dt.date(2024, 3, 20)).run()
    assert at.text[0].value == "datetime.date(2024, 3, 20)"


def test_time_slider_uses_15_minute_steps_over_the_day() -> None:
    at = AppTest.from_string(
        'import streamlit as st, datetime as dt\nst.text(repr(st.slider("When", value=(dt.time(9), dt.time(17)))))'
    ).run()
    slider = at.slider[0]
    assert slider.step == dt.timedelta(minutes=15)
    assert slider.min == dt.time(0, 0)
    assert at.text[0].value == "(datetime.time(9, 0), datetime.time(17, 0))"
    slider.set_range(dt.time(8, 30), dt.time(12)).run()
    assert at.text[0].value == "(datetime.time(8, 30), datetime.time(12, 0))"


def test_datetime_slider_round_trips_microseconds_and_timezones() -> None:
    script = """
import streamlit as st, datetime as dt
start = dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.timezone.utc)
st.text(repr(st.slider("At", value=start, step=dt.timedelta(hours=1))))
"""
    at = AppTest.from_string(script).run()
    moment = dt.datetime(2024, 1, 2, 6, 30, 15, 123000, tzinfo=dt.timezone.utc)
    at.slider[0].set_value(moment).run()
    assert at.text[0].value == repr(moment)
    assert at.slider[0].step == dt.timedelta(hours=1)


def test_slider_bounds_the_wrong_way_round_are_swapped_but_equal_ones_refused() -> None:
    """As in Streamlit 1.67 (the compat app widget_slider_bad_range records it)."""
    at = AppTest.from_string("import streamlit as st\nst.text(repr(st.slider('Age', min_value=10, max_value=5)))").run()
    assert (at.slider[0].min, at.slider[0].max, at.text[0].value) == (5, 10, "10")
    with pytest.raises(DeskAPIError, match=r"st.slider: min_value and max_value are both 5; give the slider a range\."):
        st.slider("Age", min_value=5, max_value=5)


def test_slider_default_may_lie_outside_the_bounds_but_a_state_value_may_not() -> None:
    """As in Streamlit 1.67 (compat app widget_slider_default_outside)."""
    at = AppTest.from_string("import streamlit as st\nst.text(repr(st.slider('Age', 0, 10, 11)))").run()
    assert at.text[0].value == "11"
    script = "import streamlit as st\nst.session_state.age = 12\nst.slider('Age', 0, 10, 5, key='age')"
    at = AppTest.from_string(script).run()
    assert "must be between min_value (0) and max_value (10)" in at.exception[0].value


def test_slider_types_must_match() -> None:
    with pytest.raises(
        DeskAPIError, match=r"must all be of the same type \(min_value=0, max_value=1.5, value=1\)"
    ):
        st.slider("Mixed", 0, 1.5, 1)
    with pytest.raises(
        DeskAPIError, match="st.slider: value must be an int, float, date, time or datetime, not str"
    ):
        st.slider("Text", value="5")


def test_slider_step_validation() -> None:
    with pytest.raises(DeskAPIError, match="st.slider: step must be greater than zero, not 0"):
        st.slider("x", 0, 10, step=0)
    with pytest.raises(
        DeskAPIError, match="st.slider: step must be a datetime.timedelta for date sliders, not 1"
    ):
        st.slider("x", value=dt.date(2024, 1, 1), step=1)


def test_slider_range_must_have_two_values_in_order() -> None:
    with pytest.raises(DeskAPIError, match="a list/tuple of two values \\(a range\\), not 3 values"):
        st.slider("x", 0, 10, (1, 2, 3))
    with pytest.raises(DeskAPIError, match=r"the range start \(8\) must not be greater than its end \(2\)"):
        st.slider("x", 0, 10, (8, 2))


def test_slider_format_is_checked() -> None:
    with pytest.raises(DeskAPIError, match="format '%q' is not a valid printf-style format"):
        st.slider("x", 0, 10, format="%q")


def test_slider_set_value_out_of_range_goes_back_to_the_default() -> None:
    """As Streamlit 1.67's AppTest does (compat app widget_date_input_state_outside)."""
    at = AppTest.from_string('import streamlit as st\nst.text(st.slider("x", 0, 10, 4))').run()
    at.slider[0].set_value(7).run()
    at.slider[0].set_value(12).run()
    assert at.text[0].value == "4"
    with pytest.raises(DeskAPIError, match="this slider holds a single value, not a range"):
        at.slider[0].set_range(1, 2)


# ------------------------------------------------------------------ number_input


def test_number_input_without_arguments_is_a_float_at_zero() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.number_input("n")))').run()
    ni = at.number_input[0]
    assert at.text[0].value == "0.0"
    assert (ni.step, ni.format, ni.proto["data_type"]) == (0.01, "%0.2f", "float")
    ni.increment().run()
    assert at.text[0].value == "0.01"


@pytest.mark.parametrize("format", ["%.1f%%", "$%.2f", "%d kg"])
def test_number_input_format_must_print_a_plain_number(format: str) -> None:
    """As in Streamlit: the box parses what it shows, so text around the number is refused
    (a slider, which only displays its value, keeps accepting it)."""
    with pytest.raises(DeskAPIError, match="must print a plain number"):
        st.number_input("n", 0.0, 1.0, format=format)
    st.slider("s", 0.0, 1.0, format=format)


def test_number_input_plain_formats_are_accepted() -> None:
    for format in ("%d", "%0.2f", "%e", "%.3g", "%i"):
        st.number_input("n", value=1.5, format=format)


def test_number_input_infers_int_from_its_arguments() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.number_input("n", min_value=5, max_value=7)))'
    ).run()
    ni = at.number_input[0]
    assert at.text[0].value == "5"
    assert (ni.min, ni.max, ni.step, ni.format) == (5, 7, 1, "%d")
    ni.increment().run()
    at.number_input[0].increment().run()
    at.number_input[0].increment().run()
    assert at.text[0].value == "7"
    at.number_input[0].decrement().run()
    assert at.text[0].value == "6"


def test_number_input_value_none_returns_none_until_typed() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.number_input("n", value=None, placeholder="Type")))'
    ).run()
    assert at.text[0].value == "None"
    assert at.number_input[0].placeholder == "Type"
    at.number_input[0].set_value(3.5).run()
    assert at.text[0].value == "3.5"


def test_number_input_mixed_types_are_refused() -> None:
    with pytest.raises(
        DeskAPIError,
        match=r"all numerical arguments must be of the same type, but got min_value=1 \(int\), step=0.5 \(float\)",
    ):
        st.number_input("n", min_value=1, step=0.5)


def test_number_input_value_must_be_within_bounds() -> None:
    with pytest.raises(
        DeskAPIError, match=r"st.number_input: value \(1\) must be greater than or equal to min_value \(5\)"
    ):
        st.number_input("n", min_value=5, value=1)
    with pytest.raises(
        DeskAPIError, match=r"st.number_input: value \(9\) must be less than or equal to max_value \(5\)"
    ):
        st.number_input("n", max_value=5, value=9)
    with pytest.raises(DeskAPIError, match=r"min_value \(5\) must be less than or equal to max_value \(1\)"):
        st.number_input("n", min_value=5, max_value=1)


def test_number_input_other_validation() -> None:
    with pytest.raises(
        DeskAPIError, match="st.number_input: value must be a number, 'min' or None, not 'max'"
    ):
        st.number_input("n", value="max")
    with pytest.raises(DeskAPIError, match="st.number_input: step must be greater than zero, not -1"):
        st.number_input("n", step=-1)
    with pytest.raises(
        DeskAPIError, match=r"st.number_input: min_value must be an int or a float, not str \('1'\)"
    ):
        st.number_input("n", min_value="1")


def test_number_input_set_value_is_cast_and_outside_the_bounds_goes_back_to_the_default() -> None:
    """As Streamlit 1.67's AppTest does (compat app widget_number_datetime_outside)."""
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.number_input("n", 0, 10)))').run()
    at.number_input[0].set_value(4.0).run()
    assert at.text[0].value == "4"
    at.number_input[0].set_value(11).run()
    assert at.text[0].value == "0"
    with pytest.raises(DeskAPIError, match="value must be a number"):
        at.number_input[0].set_value("x")


def test_slider_set_value_of_another_type_raises() -> None:
    at = AppTest.from_string('import streamlit as st\nst.slider("x", 0.0, 10.0)').run()
    with pytest.raises(DeskAPIError, match=r"st.slider: value 'a' must be of the slider's type \(float\)"):
        at.slider[0].set_value("a")
    at.slider[0].set_value(3).run()
    assert at.slider[0].value == 3.0
