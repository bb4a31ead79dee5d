"""Every prop the server sends is read by the frontend: no parameter is silently ignored by the page.

A prop counts as read when some frontend source other than the generated ``nodes.gen.ts``
names it (``props.width``, a destructured ``{ width }``, ``"width"`` in a shared helper). The
few props that only the server or AppTest need are listed with the reason.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from desk.elements.typescript import definitions

FRONTEND = Path(__file__).resolve().parents[2] / "frontend" / "src"

NOT_FOR_THE_PAGE: dict[tuple[str, str], str] = {
    ("Balloons", "nonce"): "a new value per call, so the node's props differ and the effect plays again",
    ("Snow", "nonce"): "a new value per call, so the node's props differ and the effect plays again",
    ("Toast", "nonce"): "a new value per call, so the node's props differ and the toast shows again",
    ("Form", "clear_on_submit"): "the server resets the form's widgets after a submit",
    ("Help", "call_name"): "AppTest's value of st.help, as Streamlit's AppTest gives it",
    ("Metric", "delta_color"): "the server turns it into `color`, which the page draws",
    ("Slider", "is_range"): "the page tells a range slider by its value, a pair",
    ("SelectSlider", "is_range"): "the page tells a range slider by its value, a pair",
    ("DateInput", "is_range"): "the page tells a range by its value, a list",
    ("Dataframe", "window_rows"): "a count beside the payload; the page counts the payload's rows itself",
    ("Dataframe", "num_columns"): "a count beside `columns`, which the page reads",
    ("DataEditor", "window_rows"): "a count beside the payload; the page counts the payload's rows itself",
    ("DataEditor", "num_columns"): "a count beside `columns`, which the page reads",
    ("Table", "window_rows"): "a count beside the payload; the page counts the payload's rows itself",
    ("Table", "num_columns"): "a count beside `columns`, which the page reads",
}


def _frontend_source() -> str:
    files = [p for p in FRONTEND.rglob("*.ts*") if p.name != "nodes.gen.ts" and ".test." not in p.name]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


def test_every_prop_is_read_by_the_page() -> None:
    source = _frontend_source()
    unread = []
    for node_type, definition in definitions().items():
        for item in dataclasses.fields(definition.props):
            if (node_type, item.name) in NOT_FOR_THE_PAGE:
                continue
            if not re.search(rf"(?<![\w-]){re.escape(item.name)}(?![\w-])", source):
                unread.append(f"{node_type}.{item.name}")
    assert not unread, f"props the page never reads (draw them, or list them in NOT_FOR_THE_PAGE with why): {unread}"


def test_the_list_of_props_not_for_the_page_is_current() -> None:
    source = _frontend_source()
    fields = {(t, f.name) for t, d in definitions().items() for f in dataclasses.fields(d.props)}
    stale = [key for key in NOT_FOR_THE_PAGE if key not in fields]
    assert not stale, f"not props any more: {stale}"
    now_read = [key for key in NOT_FOR_THE_PAGE if re.search(rf"(?<![\w-]){re.escape(key[1])}(?![\w-])", source)]
    assert not now_read, f"the page reads these now; remove them from NOT_FOR_THE_PAGE: {now_read}"
