"""Buttons and links: button, download_button, link_button, page_link, and uploads."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import desk as st
from desk.elements.uploads import UploadedFile
from desk.errors import DeskAPIError, ValueAssignmentNotAllowedError
from desk.protocol import BinaryPayload
from desk.testing import AppTest
from desk.testing.elements import AppTestError

# ------------------------------------------------------------------ button


def test_button_is_true_for_one_run_only() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.button("Go")))').run()
    assert at.text[0].value == "False"
    at.button[0].click().run()
    assert at.text[0].value == "True"
    assert at.button[0].value is True
    at.run()
    assert at.text[0].value == "False"


def test_button_type_is_checked() -> None:
    with pytest.raises(
        DeskAPIError, match="st.button: type must be 'primary', 'secondary' or 'tertiary', not 'big'"
    ):
        st.button("Go", type="big")


def test_buttons_are_not_allowed_in_forms() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nwith st.form("f"):\n    st.button("Go")\n    st.form_submit_button()'
    ).run()
    assert "st.button() can't be used in an st.form()" in at.exception[0].message


def test_a_button_key_cannot_be_set_through_session_state() -> None:
    at = AppTest.from_string('import streamlit as st\nst.button("Go", key="go")').run()
    with pytest.raises(ValueAssignmentNotAllowedError, match="Button widget with key 'go' cannot be set"):
        at.session_state["go"] = True


# ------------------------------------------------------------------ download_button


def test_download_button_carries_the_bytes_and_reruns_on_click() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.text(repr(st.download_button("Get", "a,b\\n1,2", file_name="t.csv", mime="text/csv")))'
    ).run()
    button = at.download_button[0]
    payload = button.proto["data"]
    assert isinstance(payload, BinaryPayload)
    assert payload.data == b"a,b\n1,2"
    assert (button.file_name, button.mime, button.proto["on_click"]) == ("t.csv", "text/csv", "rerun")
    button.click().run()
    assert at.text[0].value == "True"


@pytest.mark.parametrize(
    ("expression", "data", "mime"),
    [
        ("b'\\x00\\x01'", b"\x00\x01", "application/octet-stream"),
        ("'text'", b"text", "text/plain"),
        ("io.BytesIO(b'file')", b"file", "application/octet-stream"),
        ("io.StringIO('strio')", b"strio", "text/plain"),
        ("lambda: b'lazy'", b"lazy", "application/octet-stream"),
    ],
)
def test_download_button_data_kinds(expression: str, data: bytes, mime: str) -> None:
    at = AppTest.from_string(f"import io, streamlit as st\nst.download_button('Get', {expression})").run()
    payload = at.download_button[0].proto["data"]
    assert (payload.data, payload.mimetype) == (data, mime)


def test_download_button_validation() -> None:
    with pytest.raises(
        DeskAPIError, match="st.download_button: data must be a str, bytes, a file-like object, .* not dict"
    ):
        st.download_button("Get", {"a": 1})
    with pytest.raises(
        DeskAPIError, match="on_click must be 'rerun', 'ignore', a function or None, not 'never'"
    ):
        st.download_button("Get", "x", on_click="never")
    assert io.BytesIO  # the module is used by the parametrized scripts


def test_download_button_callback_and_ignore() -> None:
    script = """
import streamlit as st
st.session_state.setdefault("n", 0)
def bump(by): st.session_state.n += by
st.download_button("Get", "x", on_click=bump, args=(2,))
st.download_button("Quiet", "y", on_click="ignore")
st.text(str(st.session_state.n))
"""
    at = AppTest.from_string(script).run()
    assert at.download_button[1].proto["on_click"] == "ignore"
    at.download_button[0].click().run()
    assert at.text[0].value == "2"


def test_download_button_is_not_allowed_in_forms() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nwith st.form("f"):\n    st.download_button("Get", "x")\n    st.form_submit_button()'
    ).run()
    assert "st.download_button() can't be used in an st.form()" in at.exception[0].message


# ------------------------------------------------------------------ link_button / page_link


def test_link_button_is_a_plain_element() -> None:
    at = AppTest.from_string(
        'import streamlit as st\nst.link_button("Docs", "https://example.org", type="primary")'
    ).run()
    link = at.link_button[0]
    assert (link.label, link.url, link.type) == ("Docs", "https://example.org", "link_button")
    assert link.proto["type"] == "primary"
    with pytest.raises(DeskAPIError, match="st.link_button: url must be a non-empty string, not ''"):
        st.link_button("Docs", "")


LINK_WIDGETS = """
import streamlit as st
st.session_state.setdefault("calls", [])
def opened(name, times=1):
    st.session_state.calls.append((name, times))
plain = st.link_button("Plain", "https://example.org", key="plain")
rerun = st.link_button("Rerun", "https://example.org/r", on_click="rerun", shortcut="cmd+shift+o")
called = st.link_button("Call", "https://example.org/c", key="call", on_click=opened, args=("docs",), kwargs={"times": 2})
st.text(f"{type(plain).__name__} {rerun} {called} {st.session_state.calls}")
"""


def test_link_button_with_on_click_is_a_button_that_also_opens_its_url() -> None:
    at = AppTest.from_string(LINK_WIDGETS).run()
    assert at.text[0].value == "Container False False []"
    plain, rerun, called = at.link_button
    assert plain.node.id is None and plain.key == "plain"  # "ignore": an element, no widget state
    assert "plain" not in at.session_state
    assert rerun.proto["shortcut"] == "Ctrl+Shift+O"  # one spelling, as st.button's
    assert at.session_state["call"] is False
    called.click().run()
    assert at.text[0].value == "Container False True [('docs', 2)]"  # the callback ran before the script
    rerun.click().run()
    assert at.text[0].value == "Container True False [('docs', 2)]"
    at.run()
    assert at.text[0].value == "Container False False [('docs', 2)]"  # True for one run only
    with pytest.raises(AppTestError, match="on_click='ignore'"):
        plain.click()


def test_link_button_on_click_and_shortcut_are_checked() -> None:
    with pytest.raises(DeskAPIError, match="on_click must be 'ignore', 'rerun' or a function, not 'open'"):
        st.link_button("Docs", "https://example.org", on_click="open")
    with pytest.raises(DeskAPIError, match="the key 'R' is reserved"):
        st.link_button("Docs", "https://example.org", shortcut="Ctrl+R")
    at = AppTest.from_string(
        'import streamlit as st\nwith st.form("f"):\n'
        '    st.link_button("Go", "https://example.org", on_click=lambda: None)\n    st.form_submit_button()'
    ).run()
    assert "widgets inside a form cannot have callbacks" in at.exception[0].message


def test_page_link_to_a_page_script(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "1_Sales_Report.py").write_text("")
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "st.page_link('app.py', label='Home', icon='🏠')\n"
        "st.page_link('pages/1_Sales_Report.py')\n"
        "st.page_link('https://example.org', label='Site')\n"
    )
    at = AppTest.from_file(app).run()
    home, report, site = at.page_link
    assert (home.label, home.page, home.icon, home.url) == ("Home", "app.py", "🏠", "")
    assert (report.label, report.page, report.url, report.external) == (
        "Sales Report",
        "pages/1_Sales_Report.py",
        "Sales_Report",
        False,
    )
    assert (site.url, site.external) == ("https://example.org", True)


def test_page_link_errors(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.page_link('pages/missing.py')\n")
    at = AppTest.from_file(app).run()
    assert "st.page_link: could not find page 'pages/missing.py'" in at.exception[0].message
    with pytest.raises(DeskAPIError, match="a link to an external URL .* needs a label"):
        st.page_link("https://example.org")


# ------------------------------------------------------------------ uploads


def test_file_uploader_single_file() -> None:
    script = """
import streamlit as st
f = st.file_uploader("Data", type=["csv", "TXT"])
st.text("none" if f is None else f"{f.name} {f.type} {f.size} {f.read()!r}")
"""
    at = AppTest.from_string(script).run()
    assert at.text[0].value == "none"
    assert at.file_uploader[0].proto["type"] == [".csv", ".txt"]
    at.file_uploader[0].set_value(("a.csv", b"x,y")).run()
    assert at.text[0].value == "a.csv text/csv 3 b'x,y'"
    at.run()  # a fresh file object each run: it reads from the start again
    assert at.text[0].value == "a.csv text/csv 3 b'x,y'"
    at.file_uploader[0].clear().run()
    assert at.text[0].value == "none"


def test_file_uploader_multiple_files_and_type_filter() -> None:
    script = """
import streamlit as st
files = st.file_uploader("Pics", type="jpg", accept_multiple_files=True)
st.text(repr([f.name for f in files]))
"""
    at = AppTest.from_string(script).run()
    assert at.text[0].value == "[]"
    assert at.file_uploader[0].proto["type"] == [".jpg", ".jpeg"]
    at.file_uploader[0].set_value([("a.jpg", b"1"), ("b.JPEG", b"2")]).run()
    assert at.text[0].value == "['a.jpg', 'b.JPEG']"
    with pytest.raises(
        DeskAPIError, match=r"st.file_uploader: 'c.png' is not an accepted file type; accepted: .jpg, .jpeg"
    ):
        at.file_uploader[0].set_value([("c.png", b"3")])


def test_file_uploader_wire_value_is_file_ids_and_store_misses_are_skipped() -> None:
    at = AppTest.from_string('import streamlit as st\nst.text(repr(st.file_uploader("F")))').run()
    at.file_uploader[0].upload("n.txt", "hello").run()
    value = at.file_uploader[0].value
    assert isinstance(value, UploadedFile)
    assert at.file_uploader[0].proto["value"] == [value.file_id]
    del at.session.uploads[value.file_id]
    at.session.set_values({at.file_uploader[0].id: None})
    at.run()
    assert at.text[0].value == "None"


def test_uploaded_file_equality_is_by_file_id() -> None:
    a = UploadedFile("id1", "a.txt", "text/plain", b"a")
    assert a == UploadedFile("id1", "other", "text/plain", b"b")
    assert a != UploadedFile("id2", "a.txt", "text/plain", b"a")
    assert len({a, UploadedFile("id1", "a.txt", "text/plain", b"a")}) == 1


def test_camera_and_audio_input_hold_one_file() -> None:
    script = """
import streamlit as st
pic = st.camera_input("Snap")
rec = st.audio_input("Talk")
st.text(repr((pic and pic.name, rec and rec.getvalue())))
"""
    at = AppTest.from_string(script).run()
    assert at.text[0].value == "(None, None)"
    at.camera_input[0].set_value(("snap.jpg", b"jpg")).run()
    at.audio_input[0].set_value(("rec.wav", b"wav")).run()
    assert at.text[0].value == "('snap.jpg', b'wav')"
    with pytest.raises(DeskAPIError, match="st.camera_input: only one file can be uploaded here"):
        at.camera_input[0].set_value([("a.jpg", b"1"), ("b.jpg", b"2")])


def test_upload_argument_validation() -> None:
    with pytest.raises(
        DeskAPIError, match="accept_multiple_files must be True, False or 'directory', not 'yes'"
    ):
        st.file_uploader("x", accept_multiple_files="yes")
    with pytest.raises(DeskAPIError, match="st.file_uploader: type must be a file extension like 'csv'"):
        st.file_uploader("x", type=[1])  # type: ignore[list-item]
    with pytest.raises(DeskAPIError, match="st.audio_input: sample_rate must be one of"):
        st.audio_input("x", sample_rate=123)


@pytest.mark.parametrize(
    ("given", "sent"),
    [("Ctrl+K", "Ctrl+K"), ("cmd+shift+o", "Ctrl+Shift+O"), ("Shift+Mod+4", "Ctrl+Shift+4"), ("option+esc", "Alt+Esc"),
     ("f5", "F5"), ("Enter", "Enter"), ("Ctrl + Up", "Ctrl+Up")],
)  # fmt: skip
def test_button_shortcuts_are_sent_in_one_spelling(given: str, sent: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.button('Go', shortcut={given!r})").run()
    assert at.button[0].proto["shortcut"] == sent


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("R", "st.button: the key 'R' is reserved (R reruns the app, C clears its cache); choose another key."),
        ("Ctrl+c", "st.button: the key 'C' is reserved"),
        ("Hyper+K", "st.button: 'Hyper' in shortcut 'Hyper+K' is not a modifier"),
        ("Ctrl+.", "st.button: '.' in shortcut 'Ctrl+.' is not a supported key."),
        ("F25", "st.button: 'F25' in shortcut 'F25' is not a supported key."),
        ("", "st.button: shortcut must be a string like 'Ctrl+K', not ''"),
    ],
)
def test_bad_shortcuts_say_what_works(given: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.button('Go', shortcut={given!r})").run()
    assert at.exception[0].message.startswith(message)


def test_download_and_submit_buttons_take_shortcuts() -> None:
    script = """
import streamlit as st
st.download_button("Save", b"x", shortcut="Ctrl+S")
with st.form("f"):
    st.form_submit_button("Send", shortcut="Ctrl+Enter")
"""
    at = AppTest.from_string(script).run()
    assert at.get("download_button")[0].proto["shortcut"] == "Ctrl+S"
    assert at.button[0].proto["shortcut"] == "Ctrl+Enter"


def test_page_link_query_params_travel_with_the_link(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "report.py").write_text("import streamlit as st\n", encoding="utf-8")
    main = tmp_path / "app.py"
    main.write_text(
        "import streamlit as st\n"
        "st.page_link('pages/report.py', label='A', query_params={'region': 'north', 'tag': ['a', 'b']})\n"
        "st.page_link('pages/report.py', label='B', query_params=[('x', '1')])\n"
        "st.page_link('pages/report.py', label='C')\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(main).run()
    assert [link.node.props["query_string"] for link in at.get("page_link")] == [
        "region=north&tag=a&tag=b",
        "x=1",
        "",  # None: the target opens with no query
    ]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.page_link('https://example.com', label='x', query_params={'a': '1'})", "query_params apply to the app's pages"),
        ("st.page_link('app.py', query_params=5)", "query_params must be a dict or a list of (key, value) pairs"),
        ("st.page_link('app.py', query_params={'embed': 'true'})", "query parameter 'embed' is reserved"),
    ],
)
def test_page_link_query_params_errors(call: str, message: str, tmp_path: Path) -> None:
    main = tmp_path / "app.py"
    main.write_text(f"import streamlit as st\n{call}\n", encoding="utf-8")
    at = AppTest.from_file(main).run()
    assert message in at.exception[0].value
