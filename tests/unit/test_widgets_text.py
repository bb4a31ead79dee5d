"""Text and simple widgets: text_input, text_area, checkbox, toggle, color_picker, date_input, time_input, datetime_input."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.testing import AppTest

# ------------------------------------------------------------------ text_input / text_area


def test_text_input_value_and_input() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.text_input("Name", "Ada")))').run()
    assert at.text[0].value == "'Ada'"
    at.text_input[0].input("Grace").run()
    assert at.text[0].value == "'Grace'"
    assert at.text_input[0].value == "Grace"


def test_text_input_value_none_and_properties() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.text_input("Secret", None, max_chars=5, type="password", placeholder="pw")))'
    ).run()
    ti = at.text_input[0]
    assert at.text[0].value == "None"
    assert (ti.max_chars, ti.placeholder, ti.autocomplete, ti.proto["type"]) == (
        5,
        "pw",
        "new-password",
        "password",
    )
    # As Streamlit's AppTest: input() types nothing beyond max_chars (the box refuses it)...
    ti.input("toolong").run()
    assert at.text[0].value == "None"
    at.text_input[0].input("abc").run()
    assert at.text[0].value == "'abc'"
    at.text_input[0].input("toolong").run()
    assert at.text_input[0].value == "abc"
    # ...and set_value keeps the first max_chars characters.
    at.text_input[0].set_value("toolong").run()
    assert at.text[0].value == "'toolo'"


def test_text_input_validate_sends_its_rule_to_the_box() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.text_input('Zip', validate=r'^\\d{5}$')\n"
        "st.text_input('Mail', validate=('@', 'Needs an @'))\n"
        "st.text_input('Any')\n"
    ).run()
    zip_box, mail, plain = at.text_input
    assert (zip_box.proto["validate_regex"], "validate_message" in zip_box.proto) == (r"^\d{5}$", False)
    assert (mail.proto["validate_regex"], mail.proto["validate_message"]) == ("@", "Needs an @")
    assert "validate_regex" not in plain.proto
    mail.set_value("no at sign").run()  # the check is the window's: a script or test may set any value
    assert at.text_input[1].value == "no at sign"
    for bad in [5, ("^a",), ("^a", 3), ["^a", "m"]]:
        with pytest.raises(DeskAPIError, match=r"st.text_input: validate must be a regular expression"):
            st.text_input("x", validate=bad)  # type: ignore[arg-type]


def test_text_input_validation() -> None:
    with pytest.raises(
        DeskAPIError, match="st.text_input: type must be 'default' or 'password', not 'email'"
    ):
        st.text_input("x", type="email")
    # A default longer than max_chars is cut to it, as Streamlit does.
    assert st.text_input("x", "abc", max_chars=2) == "ab"
    assert st.text_area("x", "abcdef", max_chars=3) == "abc"
    with pytest.raises(DeskAPIError, match=r"st.text_input: label must be a string, not int \(5\)"):
        st.text_input(5)  # type: ignore[arg-type]
    with pytest.raises(
        DeskAPIError, match="label_visibility must be one of 'visible', 'hidden', 'collapsed', not 'gone'"
    ):
        st.text_input("x", label_visibility="gone")


def test_text_area_height_validation_and_value() -> None:
    with pytest.raises(DeskAPIError, match="st.text_area: height must be at least 68 pixels"):
        st.text_area("x", height=20)
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.text_area("Notes", height=120)))').run()
    assert at.text[0].value == "''"
    assert at.text_area[0].height == 120
    at.text_area[0].input("line 1\nline 2").run()
    assert at.text[0].value == "'line 1\\nline 2'"


# ------------------------------------------------------------------ checkbox / toggle


def test_checkbox_and_toggle() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr((st.checkbox("A"), st.toggle("B", value=True))))'
    ).run()
    assert at.text[0].value == "(False, True)"
    at.checkbox[0].check().run()
    at.toggle[0].uncheck().run()
    assert at.text[0].value == "(True, False)"


def test_checkbox_value_must_be_boolean() -> None:
    with pytest.raises(DeskAPIError, match="st.checkbox: value must be True or False, not 'yes'"):
        st.checkbox("x", value="yes")  # type: ignore[arg-type]


# ------------------------------------------------------------------ color_picker


def test_color_picker_default_and_pick() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(st.color_picker("Color"))').run()
    assert at.text[0].value == "#000000"
    at.color_picker[0].pick("#0af").run()
    assert at.text[0].value == "#0af"
    with pytest.raises(
        DeskAPIError,
        match=r"st.color_picker: value must be a hex color string like '#FF0000' or '#F00', not 'red'",
    ):
        at.color_picker[0].pick("red")


def test_color_picker_validates_its_value() -> None:
    with pytest.raises(DeskAPIError, match="not '#12345'"):
        st.color_picker("x", "#12345")


# ------------------------------------------------------------------ date_input


def test_date_input_default_is_today_with_ten_years_each_side() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.date_input("Day")))').run()
    today = dt.date.today()
    di = at.date_input[0]
    assert at.text[0].value == repr(today)
    assert di.min.year == today.year - 10
    assert di.max.year == today.year + 10
    assert di.format == "YYYY/MM/DD"
    di.set_value(dt.date(2020, 2, 29)).run()
    assert at.text[0].value == "datetime.date(2020, 2, 29)"


def test_date_input_range_and_none() -> None:
    script = """
import streamlit as st, datetime as dt
st.text(repr(st.date_input("Trip", (dt.date(2024, 1, 1), dt.date(2024, 1, 5)))))
st.text(repr(st.date_input("Maybe", None)))
"""
    at = AppTest.from_string(script).run()
    assert at.text[0].value == "(datetime.date(2024, 1, 1), datetime.date(2024, 1, 5))"
    assert at.text[1].value == "None"
    assert at.date_input[0].is_range
    assert at.date_input[0].proto["value"] == ["2024-01-01", "2024-01-05"]
    at.date_input[0].set_value((dt.date(2024, 2, 1),)).run()
    at.date_input[1].set_value(dt.datetime(2023, 6, 7, 8, 9)).run()
    assert at.text[0].value == "(datetime.date(2024, 2, 1),)"
    assert at.text[1].value == "datetime.date(2023, 6, 7)"


def test_date_input_validation() -> None:
    with pytest.raises(
        DeskAPIError, match=r"st.date_input: the date 2024-01-01 must be between min_value \(2024-02-01\)"
    ):
        st.date_input("x", dt.date(2024, 1, 1), min_value=dt.date(2024, 2, 1))
    with pytest.raises(DeskAPIError, match="format must use YYYY, MM and DD with one separator"):
        st.date_input("x", format="YYYY/DD/MM/")
    with pytest.raises(DeskAPIError, match="a date range has at most two dates, not 3"):
        st.date_input("x", [dt.date(2024, 1, 1)] * 3)
    with pytest.raises(DeskAPIError, match="value must be a date, a datetime, an ISO string"):
        st.date_input("x", "yesterday")


def test_date_input_accepts_other_formats() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.date_input("x", "2024-05-06", format="DD.MM.YYYY")'
    ).run()
    assert at.date_input[0].value == dt.date(2024, 5, 6)


# ------------------------------------------------------------------ time_input


def test_time_input_value_step_and_actions() -> None:
    at = AppTest.from_string(
        'import streamlit as st, datetime as dt\nst.text(repr(st.time_input("At", dt.time(8, 45), step=1800)))'
    ).run()
    ti = at.time_input[0]
    assert at.text[0].value == "datetime.time(8, 45)"
    assert ti.step == dt.timedelta(minutes=30)
    assert ti.proto["value"] == "08:45"
    ti.increment().run()
    assert at.text[0].value == "datetime.time(9, 15)"
    at.time_input[0].decrement().run()
    at.time_input[0].decrement().run()
    assert at.text[0].value == "datetime.time(8, 15)"


def test_time_input_now_has_no_seconds() -> None:
    at = AppTest.from_string('import streamlit as st\nst.time_input("At")').run()
    value = at.time_input[0].value
    assert value.second == 0 and value.microsecond == 0


def test_time_input_format_changes_the_look_not_the_value() -> None:
    at = AppTest.from_string(
        "import streamlit as st, datetime as dt\n"
        "a = st.time_input('A', dt.time(14, 30), format='12h')\n"
        "b = st.time_input('B', dt.time(14, 30))\n"
        "c = st.time_input('C', dt.time(14, 30), format='localized')\n"
        "st.text(repr((a, b, c)))"
    ).run()
    assert [t.proto["format"] for t in at.time_input] == ["12h", "24h", "localized"]
    assert [t.proto["value"] for t in at.time_input] == ["14:30"] * 3  # the wire stays ISO
    at.time_input[0].set_value(dt.time(9, 5)).run()
    assert at.text[0].value == "(datetime.time(9, 5), datetime.time(14, 30), datetime.time(14, 30))"
    with pytest.raises(DeskAPIError, match="st.time_input: format must be '24h', '12h' or 'localized', not '12'"):
        st.time_input("x", format="12")


def test_time_input_validation() -> None:
    with pytest.raises(
        DeskAPIError, match="st.time_input: step must be between 60 seconds and 23 hours, not 30 seconds"
    ):
        st.time_input("x", step=30)
    with pytest.raises(DeskAPIError, match="st.time_input: value must be a time"):
        st.time_input("x", value=5)  # type: ignore[arg-type]


# ------------------------------------------------------------------ datetime_input


def test_datetime_input_value_kinds_and_set_value() -> None:
    script = """
        import datetime as dt
        import streamlit as st
        a = st.datetime_input("Start", dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.timezone.utc))
        b = st.datetime_input("Day only", dt.date(2024, 5, 2))
        c = st.datetime_input("Text", "2024-05-03 18:15")
        d = st.datetime_input("Empty", None)
        st.text(repr([a, b, c, d]))
        """
    at = AppTest.from_string(textwrap.dedent(script)).run()
    assert at.text[0].value == (
        "[datetime.datetime(2024, 5, 1, 9, 30), datetime.datetime(2024, 5, 2, 0, 0), "
        "datetime.datetime(2024, 5, 3, 18, 15), None]"
    )
    start = at.datetime_input[0]
    assert start.proto["value"] == "2024-05-01T09:30:00"
    assert start.proto["min_value"] == "2014-05-01T00:00" and start.proto["max_value"] == "2034-05-01T23:59"
    start.set_value(dt.datetime(2025, 1, 2, 3, 4)).run()
    at.datetime_input[3].set_value("2030-12-31T23:00").run()
    assert at.text[0].value.startswith("[datetime.datetime(2025, 1, 2, 3, 4), ")
    assert at.text[0].value.endswith("datetime.datetime(2030, 12, 31, 23, 0)]")


def test_datetime_input_now_and_time_values_use_today() -> None:
    at = AppTest.from_string(
        "import datetime as dt, streamlit as st\nst.datetime_input('Now')\nst.datetime_input('At', dt.time(7, 0))"
    ).run()
    now, at_seven = at.datetime_input[0].value, at.datetime_input[1].value
    assert now.date() == dt.date.today() and now.second == 0
    assert at_seven == dt.datetime.combine(dt.date.today(), dt.time(7, 0))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.datetime_input('x', 5)", "st.datetime_input: value must be a datetime, a date, a time, an ISO string"),
        ("st.datetime_input('x', step=30)", "st.datetime_input: step must be between 60 seconds and 23 hours, not 30 seconds."),
        ("st.datetime_input('x', '2024-01-01', min_value='2024-02-01')", "st.datetime_input: 2024-01-01 00:00:00 must be between min_value"),
        ("st.datetime_input('x', min_value='2024-02-01', max_value='2024-01-01')", "st.datetime_input: min_value (2024-02-01 00:00:00) must be before or equal to max_value"),
        ("st.datetime_input('x', format='MM-YYYY')", "st.datetime_input: format must use YYYY, MM and DD"),
    ],
)  # fmt: skip
def test_datetime_input_validation(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
    assert at.exception[0].message.startswith(message)


@pytest.mark.parametrize(
    ("live", "expected"),
    [("True", 250), ("'300ms'", 300), ("'0'", 0), ("'0.5s'", 500), ("False", None)],
)
def test_text_input_live_sends_its_pause(live: str, expected: int | None) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.text_input('q', live={live})\n").run()
    assert at.text_input[0].node.props.get("live_ms") == expected


@pytest.mark.parametrize(
    ("live", "message"),
    [
        ("300", "st.text_input: live must be True, False or a duration string such as '300ms', not 300"),
        ("'2m'", "st.text_input: live must be a pause between 0 and 1 minute, not '2m'"),
    ],
)
def test_text_input_live_errors(live: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.text_input('q', live={live})\n").run()
    assert message in at.exception[0].value
