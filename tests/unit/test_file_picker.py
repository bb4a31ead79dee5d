"""desk.file_picker: a widget whose value is a real local path (native dialog, or text in a browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.errors import DeskAPIError
from desk.protocol import WidgetChanged
from desk.testing import AppTest

APP = """
import desk as st
path = st.file_picker("Data file", kind="open", types=["csv"], key="data", on_change=lambda: st.session_state.update(changed=True))
st.markdown(f"chosen={path!r} type={type(path).__name__}")
st.markdown(f"changed={st.session_state.get('changed', False)}")
"""


def test_returns_none_until_a_path_is_chosen_then_a_path() -> None:
    at = AppTest.from_string(APP).run()
    assert at.markdown[0].value == "chosen=None type=NoneType"
    picker = at.file_picker[0]
    assert picker.kind == "open" and picker.types == [".csv"]
    picker.set_value("/tmp/prices.csv").run()
    assert at.markdown[0].value == "chosen=PosixPath('/tmp/prices.csv') type=PosixPath"
    assert at.markdown[1].value == "changed=True"
    assert at.session_state.data == Path("/tmp/prices.csv")


def test_wrong_extension_is_refused_with_a_clear_message() -> None:
    at = AppTest.from_string(APP).run()
    with pytest.raises(DeskAPIError, match=r"'notes.txt' is not one of the accepted types \(\.csv\)"):
        at.file_picker[0].set_value("/tmp/notes.txt")


def test_a_bad_wire_value_is_refused_and_the_session_keeps_working() -> None:
    at = AppTest.from_string(APP).run()
    wid = at.file_picker[0].id
    assert wid is not None
    at.session.handle(WidgetChanged(wid, "/tmp/photo.png"))
    assert at.session.wait_idle(3)
    at.run()
    assert at.markdown[0].value == "chosen=None type=NoneType"


def test_arguments_are_validated() -> None:
    at = AppTest.from_string('import desk as st\nst.file_picker("x", kind="dir")').run()
    assert "kind must be 'open', 'save' or 'folder', not 'dir'" in at.exception[0].value
    at = AppTest.from_string('import desk as st\nst.file_picker("x", kind="folder", types=["csv"])').run()
    assert "types only apply to files" in at.exception[0].value


def test_session_state_sets_the_path_before_render() -> None:
    at = AppTest.from_string(
        'import desk as st\nst.session_state.out = "~/report.pdf"\np = st.file_picker("Save as", kind="save", key="out")\nst.markdown(p.name)'
    ).run()
    assert at.markdown[0].value == "report.pdf"
