"""alt=: the accessible name of images, charts, players, tables and frames."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from desk.testing import AppTest

PNG = 'b"\\x89PNG\\r\\n\\x1a\\n" + bytes(20)'
FRAME = 'pd.DataFrame({"a": [1, 2], "b": [3, 4]})'
TEMPLATE_FRAME = FRAME.replace("{", "{{").replace("}", "}}")  # inside the calls below, which are format templates

# A call with {alt}, the AppTest query that finds its element, and how the name is read from it.
ELEMENTS: list[tuple[str, str, str]] = [
    (f"st.line_chart({TEMPLATE_FRAME}{{alt}})", "vega_lite_chart", "alt"),
    (f"st.area_chart({TEMPLATE_FRAME}{{alt}})", "vega_lite_chart", "alt"),
    (f"st.bar_chart({TEMPLATE_FRAME}{{alt}})", "vega_lite_chart", "alt"),
    (f"st.scatter_chart({TEMPLATE_FRAME}{{alt}})", "vega_lite_chart", "alt"),
    ("st.vega_lite_chart({{'mark': 'bar'}}{alt})", "vega_lite_chart", "alt"),
    (
        "import altair\nst.altair_chart(altair.Chart(pd.DataFrame({{'a': [1]}})).mark_bar().encode(x='a'){alt})",
        "vega_lite_chart",
        "alt",
    ),
    ("import plotly.graph_objects as go\nst.plotly_chart(go.Figure(){alt})", "plotly_chart", "alt"),
    ("st.graphviz_chart('digraph {{ a -> b }}'{alt})", "graphviz_chart", "alt"),
    ("st.pydeck_chart(None{alt})", "deck_gl_json_chart", "alt"),
    ("st.map(pd.DataFrame({{'lat': [1.0], 'lon': [2.0]}}){alt})", "deck_gl_json_chart", "alt"),
    (f"st.dataframe({TEMPLATE_FRAME}{{alt}})", "dataframe", "alt"),
    (f"st.dataframe({TEMPLATE_FRAME}, on_select='rerun', key='d'{{alt}})", "dataframe", "alt"),
    (f"st.table({TEMPLATE_FRAME}{{alt}})", "table", "alt"),
    (f"st.data_editor({TEMPLATE_FRAME}{{alt}})", "data_editor", "alt"),
    ("st.audio(b'RIFF0000'{alt})", "audio", "alt"),
    ("st.video(b'0000'{alt})", "video", "alt"),
    ("st.iframe('https://example.com'{alt})", "iframe", "title"),
    ("st.iframe('<p>hello</p>'{alt})", "html_component", "title"),
    ("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nst.pyplot({alt})", "imgs", "image"),
    (f"st.image({PNG}{{alt}})", "imgs", "image"),
]


def run(source: str) -> AppTest:
    return AppTest.from_string(f"import pandas as pd\nimport streamlit as st\n{source}\n").run(timeout=20)


def name_of(at: AppTest, query: str, field: str) -> Any:
    element = at.get(query)[0] if query not in ("dataframe", "table", "data_editor", "imgs") else getattr(at, query)[0]
    if field == "image":
        return element.images[0].get("alt")
    return getattr(element, field)


def with_alt(call: str, alt: str | None) -> str:
    if alt is None:
        return call.format(alt="")
    comma = "" if call.endswith("({alt})") else ", "
    return call.format(alt=f"{comma}alt={alt!r}")


@pytest.mark.parametrize(("call", "query", "field"), ELEMENTS, ids=[row[0].split("(")[0].split("\n")[-1] for row in ELEMENTS])
def test_alt_names_the_element_and_blank_or_none_leave_it_unnamed(call: str, query: str, field: str) -> None:
    at = run(with_alt(call, "Quarterly sales by region"))
    assert not at.exception, at.exception
    assert name_of(at, query, field) == "Quarterly sales by region"
    for blank in (None, "   "):
        at = run(with_alt(call, blank))
        assert not at.exception, at.exception
        assert name_of(at, query, field) is None


@pytest.mark.parametrize("call", [row[0] for row in ELEMENTS if row[2] != "image"])
def test_an_empty_alt_is_no_name_outside_images(call: str) -> None:
    query, field = next((q, f) for c, q, f in ELEMENTS if c == call)
    assert name_of(run(with_alt(call, "")), query, field) is None


def test_an_empty_alt_marks_an_image_or_a_figure_decorative() -> None:
    at = run(f"st.image({PNG}, alt='')")
    assert at.imgs[0].images[0]["alt"] == ""
    at = run("import matplotlib.pyplot as plt\nplt.plot([1])\nst.pyplot(alt='')")
    assert at.imgs[0].images[0]["alt"] == ""


def test_a_caption_is_not_an_alt() -> None:
    at = run(f"st.image({PNG}, caption='Figure 1')")
    assert "alt" not in at.imgs[0].images[0]


def test_several_images_take_one_alt_each() -> None:
    at = run(f"st.image([{PNG}, {PNG}, {PNG}], alt=['A cat', None, ''])")
    assert [item.get("alt") for item in at.imgs[0].images] == ["A cat", None, ""]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (f"st.image([{PNG}, {PNG}], alt='both')", r"st.image: 2 images were given but one alt string"),
        (f"st.image([{PNG}, {PNG}], alt=['one'])", r"st.image: 2 images were given with 1 alt texts"),
        (f"st.image({PNG}, alt=3)", r"st.image: alt must be a string, a list of strings or None, not 3"),
        (f"st.line_chart({FRAME}, alt=['x'])", r"st.line_chart: alt must be a string or None, not list"),
        ("st.audio(b'RIFF', alt=1)", r"st.audio: alt must be a string or None, not int"),
    ],
)
def test_alt_refuses_what_is_not_text(source: str, message: str) -> None:
    at = run(source)
    assert len(at.exception) == 1
    assert re.search(message, at.exception[0].value), at.exception[0].value


def test_a_blank_alt_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="desk.elements"):
        run("st.audio(b'RIFF0000', alt=' ')")
    assert "st.audio: alt=' ' is blank" in caplog.text


def test_add_rows_keeps_the_name() -> None:
    at = run(f"chart = st.line_chart({FRAME}, alt='Trend')\nchart.add_rows(pd.DataFrame({{'a': [5], 'b': [6]}}))")
    assert at.get("vega_lite_chart")[0].alt == "Trend"
