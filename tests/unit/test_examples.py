"""Every app in examples/ runs here, with real interactions, through AppTest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desk.testing import AppTest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def app(name: str) -> AppTest:
    return AppTest.from_file(EXAMPLES / name, default_timeout=20)


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_every_example_runs_cleanly(script: str) -> None:
    at = app(script).run()
    assert not at.exception, [e.message for e in at.exception]
    assert len(at.main.children) > 0


def test_the_engine_examples_are_all_here() -> None:
    engine_examples = {"counter.py", "demo.py", "form_wizard.py", "todo.py", "fragment_clock.py", "widgets_50.py"}
    assert engine_examples <= {p.name for p in EXAMPLES.glob("*.py")}


def test_counter() -> None:
    at = app("counter.py").run()
    assert at.markdown[0].value == "Count: 0"
    at.button[0].click().run()
    assert at.markdown[0].value == "Count: 1"
    for _ in range(5):
        at.button[0].click()
    at.run()
    assert at.markdown[0].value == "Count: 6"
    assert at.button[0].label == "Add"


def test_demo_sidebar_changes_the_data_and_the_form_books_a_trip() -> None:
    at = app("demo.py").run()
    assert not at.exception
    assert at.title[0].value == "desk demo"
    assert [m.label for m in at.metric] == ["Average", "Warmest", "Coldest"]
    assert [t.proto["label"] for t in at.tabs] == ["Chart", "Table", "About"]
    assert len(at.tabs[0].get("vega_lite_chart")) == 1
    assert len(at.tabs[1].dataframe) == 1

    oslo_before = at.metric[0].value
    at.sidebar.selectbox[0].select("Oslo").run()
    assert "**Oslo**" in at.markdown[0].value
    assert at.metric[0].value != oslo_before
    at.sidebar.slider[0].set_value(10).run()
    assert "**10** days" in at.markdown[0].value

    # The form applies its values only when "Book" is pressed.
    at.text_input[0].input("Ada")
    at.number_input[0].set_value(3)
    at.date_input[0].set_value(dt.date(2024, 7, 14))
    at.button[0].click().run()
    assert at.success[0].value == "Ada, 3 seats to Oslo on 14 July 2024 are booked."
    at.run()
    assert len(at.success) == 0
    assert at.session_state["runs"] == 5


def test_form_wizard_walks_through_the_steps() -> None:
    at = app("form_wizard.py").run()
    assert at.progress[0].proto["text"] == "Step 1 of 3: Account"
    at.text_input[0].input("not-an-email")
    at.text_input[1].input("ada")
    at.button[0].click().run()
    assert at.error[0].value == "Please enter a valid email address."
    at.text_input[0].input("ada@example.org")
    at.button[0].click().run()
    assert at.progress[0].proto["text"] == "Step 2 of 3: Profile"
    at.number_input[0].set_value(36)
    at.radio[0].set_value("Pro")
    next_button = next(b for b in at.button if b.label == "Next")
    next_button.click().run()
    assert at.progress[0].proto["text"] == "Step 3 of 3: Confirm"
    assert at.markdown.values == ["**email**: ada@example.org", "**username**: ada", "**age**: 36", "**plan**: Pro", "**news**: False"]
    # Back keeps the earlier answers.
    next(b for b in at.button if b.label == "Back").click().run()
    assert at.radio[0].value == "Pro"
    assert at.number_input[0].value == 36
    next(b for b in at.button if b.label == "Next").click().run()
    next(b for b in at.button if b.label == "Create account").click().run()
    assert at.success[0].value == "Account ada created."


def test_todo_add_complete_delete_and_clear() -> None:
    at = app("todo.py").run()
    assert at.caption[0].value == "0 left of 0"
    for text in ["Buy milk", "Write tests", "Ship it"]:
        at.text_input[0].input(text).run()
    assert [c.label for c in at.checkbox] == ["Buy milk", "Write tests", "Ship it"]
    assert at.text_input[0].value == ""
    assert at.caption[0].value == "3 left of 3"

    at.checkbox[1].check().run()
    assert at.caption[0].value == "2 left of 3"
    at.button(key="delete_1").click().run()
    assert [c.label for c in at.checkbox] == ["Write tests", "Ship it"]
    assert at.checkbox[0].value is True

    clear = next(b for b in at.button if b.label == "Clear done")
    clear.click().run()
    assert [c.label for c in at.checkbox] == ["Ship it"]
    assert at.caption[0].value == "1 left of 1"
    # Blank input adds nothing.
    at.text_input[0].input("   ").run()
    assert len(at.checkbox) == 1


def test_fragment_clock_reruns_fragments_alone() -> None:
    at = app("fragment_clock.py")
    at.session.widgets_rerun_their_fragment = True  # the server's fragment reruns (AppTest reruns the whole script)
    at.run()
    assert at.caption[0].value == "Full runs of the page: 1"
    assert at.metric[0].label == "Time"
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Clicks: 2"
    assert at.session_state["full_runs"] == 1

    clock_id = next(fid for fid, record in at.session.fragments.items() if record.run_every == 1.0)
    at.session.request_fragment(clock_id)
    assert at.session.wait_idle(5)
    assert at.session_state["ticks"] == 2
    assert at.session_state["full_runs"] == 1

    at.button[1].click().run()
    assert at.session_state["full_runs"] == 2
    assert at.caption[0].value == "Full runs of the page: 2"


@pytest.mark.parametrize("group", [0, 7])
def test_widgets_50_summary_follows_the_widgets(group: int) -> None:
    at = app("widgets_50.py").run()
    widgets = [*at.text_input, *at.number_input, *at.slider, *at.checkbox, *at.selectbox]
    assert len(widgets) == 50
    assert at.markdown.values == ["Changed settings: 0", "Enabled sections: 0", "Total quantity: 45"]
    at.checkbox(key=f"on_{group}").check().run()
    at.number_input(key=f"qty_{group}").set_value(100).run()
    at.selectbox(key=f"plan_{group}").select("Premium").run()
    at.slider(key=f"level_{group}").set_value(75).run()
    at.text_input(key=f"name_{group}").input("renamed").run()
    assert at.markdown.values == ["Changed settings: 5", "Enabled sections: 1", f"Total quantity: {145 - group}"]
