"""Upload widgets' own limits and the camera's resolution: file_uploader(max_upload_size=),
chat_input(max_upload_size=) and camera_input(resolution=)."""

from __future__ import annotations

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.testing import AppTest
from desk.testing.elements import InvalidWidgetValue

MB = 1024 * 1024


def test_file_uploader_max_upload_size_refuses_a_larger_file() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nf = st.file_uploader('Data', max_upload_size=1)\nst.text(repr(f and f.size))"
    ).run()
    uploader = at.file_uploader[0]
    assert uploader.proto["max_upload_mb"] == 1
    uploader.upload("ok.bin", b"x" * MB).run()  # exactly the limit
    assert at.text[0].value == str(MB)
    with pytest.raises(InvalidWidgetValue, match=r"'big.bin' is 1.0 MB, more than this widget's max_upload_size of 1 MB"):
        at.file_uploader[0].upload("big.bin", b"x" * (MB + 1))
    meta = at.session.state.widget_meta(uploader.node.id or "")
    assert meta is not None and meta.max_upload_bytes == MB  # what the upload route holds its files to


def test_chat_input_max_upload_size_holds_for_attached_files() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nv = st.chat_input('Ask', accept_file=True, max_upload_size=1)\n"
        "st.text(repr(v and [f.name for f in v.files]))"
    ).run()
    box = at.chat_input[0]
    assert box.proto["max_upload_mb"] == 1
    box.set_value("hi", files=[("a.txt", b"a")]).run()
    assert at.text[0].value == "['a.txt']"
    with pytest.raises(InvalidWidgetValue, match="more than this widget's max_upload_size of 1 MB"):
        at.chat_input[0].set_value("hi", files=[("b.txt", b"b" * (MB + 1))])
    plain = AppTest.from_string("import streamlit as st\nst.chat_input('Ask')").run()
    assert "max_upload_mb" not in plain.chat_input[0].proto  # files are not accepted: nothing to limit


@pytest.mark.parametrize("bad", [0, -1, 2.5, "5", True])
def test_max_upload_size_must_be_a_positive_whole_number(bad: object) -> None:
    with pytest.raises(DeskAPIError, match=r"st.file_uploader: max_upload_size must be a positive whole number"):
        st.file_uploader("x", max_upload_size=bad)  # type: ignore[arg-type]
    with pytest.raises(DeskAPIError, match=r"st.chat_input: max_upload_size must be a positive whole number"):
        st.chat_input("x", max_upload_size=bad)  # type: ignore[arg-type]


def test_camera_input_resolution_reaches_the_camera() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.camera_input('Snap', resolution='720p')\nst.camera_input('Any', key='any')"
    ).run()
    assert [c.proto.get("resolution") for c in at.camera_input] == ["720p", None]
    for bad in ("4k", (640, 480), 720):
        with pytest.raises(DeskAPIError, match="st.camera_input: resolution must be '480p', '720p', '1080p' or None"):
            st.camera_input("x", resolution=bad)  # type: ignore[arg-type]
