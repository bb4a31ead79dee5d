"""Streamlit 1.67 parameters desk used to accept and ignore, now implemented (issue 15)."""

from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import pytest

from desk.errors import DeskAPIError, DeskAPIWarning
from desk.protocol import Navigation, ServerMessage
from desk.testing import AppTest


def run_quietly(script: str) -> AppTest:
    """Run ``script``, failing on any DeskAPIWarning (a parameter still ignored)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeskAPIWarning)
        return AppTest.from_string(script).run()


def test_metric_icon_is_shown_and_checked() -> None:
    at = run_quietly(
        """
        import streamlit as st
        st.metric("Alerts", 3, icon="🚨")
        st.metric("Likes", 9, icon=":material/thumb_up:")
        st.metric("Plain", 1)
        """
    )
    assert [m.icon for m in at.metric] == ["🚨", ":material/thumb_up:", None]
    assert "icon" not in at.metric[2].proto
    bad = AppTest.from_string("import streamlit as st\nst.metric('x', 1, icon='not an icon')\n").run()
    assert "st.metric: icon must be a single emoji" in bad.exception[0].value


def test_chat_input_accept_audio_returns_the_recording() -> None:
    at = run_quietly(
        """
        import streamlit as st
        said = st.chat_input("Say", accept_audio=True, audio_sample_rate=8000)
        if said is not None:
            clip = said.audio
            st.write(f"text={said.text!r} audio={None if clip is None else (clip.name, clip.type, clip.getvalue())}")
            st.write(f"keys={sorted(said)} has_files={'files' in said}")
        """
    )
    box = at.chat_input[0]
    assert (box.accept_audio, box.audio_sample_rate) == (True, 8000)
    box.set_value("hi", audio=("voice.wav", b"RIFF0000WAVE", "audio/wav")).run()
    assert at.markdown[0].value == "text='hi' audio=('voice.wav', 'audio/wav', b'RIFF0000WAVE')"
    assert at.markdown[1].value == "keys=['audio', 'text'] has_files=False"
    at.chat_input[0].set_value("typed only").run()
    assert at.markdown[0].value == "text='typed only' audio=None"
    at.run()
    assert len(at.markdown) == 0


def test_chat_input_with_files_and_audio_and_the_wire_form() -> None:
    at = run_quietly(
        """
        import streamlit as st
        said = st.chat_input("Say", accept_file=True, accept_audio=True)
        if said is not None:
            st.write(f"{said.text}|{[f.name for f in said.files]}|{said.audio.name}")
        """
    )
    at.chat_input[0].set_value("both", files=[("a.txt", b"x")], audio=("v.wav", b"y")).run()
    assert at.markdown[0].value == "both|['a.txt']|v.wav"
    meta = at.session.state.widget_meta(at.chat_input[0].id or "")
    assert meta is not None
    assert meta.deserialize({"text": "t", "files": [], "audio": None}).audio is None


def test_chat_input_without_audio_has_no_audio_attribute_and_checks_the_rate() -> None:
    at = run_quietly(
        """
        import streamlit as st
        said = st.chat_input("Say", accept_file=True)
        if said is not None:
            st.write(str(hasattr(said, "audio")))
        """
    )
    assert "accept_audio" not in at.chat_input[0].proto
    at.chat_input[0].set_value("x").run()
    assert at.markdown[0].value == "False"
    bad = AppTest.from_string(
        "import streamlit as st\nst.chat_input(accept_audio=True, audio_sample_rate=1234)\n"
    ).run()
    assert "audio_sample_rate must be one of 8000" in bad.exception[0].value


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def last_navigation(at: AppTest) -> Navigation:
    messages: list[ServerMessage] = []
    at.session.sink = messages.append
    at.run()
    return [m for m in messages if isinstance(m, Navigation)][-1]


def test_navigation_takes_functions_and_script_paths_as_pages(tmp_path: Path) -> None:
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        def overview():
            st.title("Overview page")
        page = st.navigation({"Main": [overview, "views/details.py"], "More": "views/extra.py"})
        st.sidebar.text(f"showing {page.title}")
        page.run()
        """,
    )
    write(tmp_path / "views" / "details.py", "import streamlit as st\nst.title('Details page')\n")
    write(tmp_path / "views" / "extra.py", "import streamlit as st\nst.title('Extra page')\n")
    at = AppTest.from_file(main)
    nav = last_navigation(at)
    assert [(p["title"], p["url_path"], p["section"]) for p in nav.pages] == [
        ("overview", "", "Main"),
        ("details", "details", "Main"),
        ("extra", "extra", "More"),
    ]
    assert at.title[0].value == "Overview page"
    at.switch_page("views/details.py").run()
    assert at.title[0].value == "Details page"
    assert at.sidebar.text[0].value == "showing details"


def test_page_help_is_the_menu_tooltip_and_page_links_default_help(tmp_path: Path) -> None:
    main = write(
        tmp_path / "app.py",
        '''
        import streamlit as st
        def home():
            st.page_link(report, label="To the report")
            st.page_link("views/report.py", label="By path")
            st.page_link(report, label="No tooltip", help="")
        report = st.Page("views/report.py", help="""
            Monthly **sales** by region.
            Filter by quarter.
        """)
        st.navigation([st.Page(home, help="   "), report]).run()
        ''',
    )
    write(tmp_path / "views" / "report.py", "import streamlit as st\nst.title('Report')\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeskAPIWarning)
        at = AppTest.from_file(main)
        nav = last_navigation(at)
    summary = "Monthly **sales** by region.\nFilter by quarter."
    assert [p["help"] for p in nav.pages] == ["", summary]
    assert [link.help for link in at.page_link] == [summary, summary, ""]


def test_page_help_must_be_a_string() -> None:
    import desk as st

    with pytest.raises(DeskAPIError, match="st.Page: help must be a string or None, not int"):
        st.Page(lambda: None, title="x", url_path="x", help=3)  # type: ignore[arg-type]


def test_table_hide_index_hide_header_and_width() -> None:
    at = run_quietly(
        """
        import streamlit as st
        data = {"a": [1, 2], "b": ["x", "y"]}
        st.table(data, hide_index=True, hide_header=True, width=300)
        st.table(data, width="content")
        st.table(data)
        """
    )
    first, second, third = at.table
    assert (first.proto["hide_index"], first.proto["hide_header"], first.proto["width"]) == (True, True, 300)
    assert (second.proto["hide_header"], second.proto["width"]) == (False, "content")
    assert (third.proto["hide_index"], third.proto["width"]) == (True, "stretch")  # a default RangeIndex hides
    bad = AppTest.from_string("import streamlit as st\nst.table({'a': [1]}, hide_header='yes')\n").run()
    assert "st.table: hide_header must be True, False or None" in bad.exception[0].value
    bad = AppTest.from_string("import streamlit as st\nst.table({'a': [1]}, width='wide')\n").run()
    assert "width" in bad.exception[0].value


def test_table_hides_a_default_index_and_unnamed_columns_as_streamlit_does() -> None:
    # The pairs are what Streamlit 1.67 computes for hide_index=None and hide_header=None.
    at = run_quietly(
        """
        import numpy as np
        import pandas as pd
        import pyarrow as pa
        import streamlit as st
        st.table(pd.DataFrame({"x": [1, 2]}))
        st.table(pd.DataFrame({"x": [1, 2]}, index=["a", "b"]))
        st.table({"a": 1, "b": 2})
        st.table({"a": [1, 2], "b": [3, 4]})
        st.table([1, 2, 3])
        st.table([[1, 2], [3, 4]])
        st.table([{"a": 1}, {"a": 2}])
        st.table(np.arange(4).reshape(2, 2))
        st.table(pd.Series([1, 2], name="s"))
        st.table(pd.array([1, 2]))
        st.table(pa.array([1, 2]))
        st.table(pd.DataFrame({"x": [1, 2]}), hide_index=False, hide_header=True)
        """
    )
    assert [(t.proto["hide_index"], t.proto["hide_header"]) for t in at.table] == [
        (True, False),
        (False, False),
        (False, True),
        (True, False),
        (True, True),
        (True, True),
        (True, False),
        (True, True),
        (True, False),
        (True, True),
        (True, True),
        (False, True),  # given: kept
    ]


def test_table_add_rows_keeps_the_new_settings() -> None:
    at = run_quietly(
        """
        import streamlit as st
        t = st.table({"a": [1]}, hide_header=True, width="content")
        t.add_rows({"a": [2]})
        """
    )
    props = at.table[0].proto
    assert (props["hide_header"], props["width"], props["num_rows"]) == (True, "content", 2)


def test_popover_type_and_width() -> None:
    at = run_quietly(
        """
        import streamlit as st
        st.popover("Primary", type="primary", width="stretch")
        st.popover("Fixed", width=240)
        st.popover("Default")
        """
    )
    assert [(p.proto["type"], p.proto["width"]) for p in at.popover] == [
        ("primary", "stretch"),
        ("secondary", 240),
        ("secondary", "content"),
    ]
    bad = AppTest.from_string("import streamlit as st\nst.popover('x', type='loud')\n").run()
    assert "st.popover: type must be one of 'primary', 'secondary', 'tertiary'" in bad.exception[0].value
    bad = AppTest.from_string("import streamlit as st\nst.popover('x', width=0)\n").run()
    assert "st.popover: width must be 'content', 'stretch'" in bad.exception[0].value


def test_tabs_width_and_height_and_expander_width() -> None:
    at = run_quietly(
        """
        import streamlit as st
        st.tabs(["A", "B"], width=400, height=200)
        st.tabs(["C"], height="stretch", key="t", on_change="rerun")
        st.tabs(["D"])
        st.expander("Narrow", width=300)
        st.expander("Wide")
        """
    )
    rows = at.tab_container
    assert [(r.proto.get("width"), r.proto.get("height")) for r in rows] == [
        (400, 200),
        (None, "stretch"),
        (None, None),
    ]
    assert [e.proto.get("width") for e in at.expander] == [300, None]
    for call, message in [
        (
            "st.tabs(['A'], width='content')",
            "st.tabs: width must be 'stretch' or a positive number of pixels",
        ),
        ("st.tabs(['A'], height=0)", "st.tabs: height must be 'content' or 'stretch' or a positive number"),
        ("st.expander('x', width='content')", "st.expander: width must be 'stretch' or a positive number"),
    ]:
        bad = AppTest.from_string(f"import streamlit as st\n{call}\n").run()
        assert message in bad.exception[0].value
