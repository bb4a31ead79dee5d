"""``st.write``: which element each type of argument becomes."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import json
import os
import sys
from collections import namedtuple
from typing import Any

import pytest

from desk.elements import write as write_module
from desk.elements.write import classify
from desk.testing import AppTest

HAS_DATA = importlib.util.find_spec("desk.elements.data") is not None
needs_data = pytest.mark.skipif(
    not HAS_DATA, reason="desk/elements/data.py (st.dataframe) is not written yet"
)


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    return at


def kinds(at: AppTest) -> list[str]:
    return [node.type for _, node in sorted(at.session.view.nodes.items())]


# ---------------------------------------------------------------- classify (pure)

Point = namedtuple("Point", "x y")


@dataclasses.dataclass
class Item:
    name: str


class WithReprHtml:
    def _repr_html_(self) -> str:
        return "<b>x</b>"


class ToPandas:
    def to_pandas(self) -> Any:
        return None


class Interchange:
    def __dataframe__(self) -> Any:
        return None


def _fake(module: str, name: str, **attrs: Any) -> Any:
    cls = type(name, (), {"__module__": module, **attrs})
    return cls()


def _gen() -> Any:
    yield 1


async def _agen() -> Any:
    yield 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("text", "markdown"),
        (ValueError("x"), "exception"),
        (ToPandas(), "dataframe"),
        (Interchange(), "dataframe"),
        ({"a": 1}, "json"),
        ([1, 2], "json"),
        ((1, 2), "text"),
        ({1, 2}, "text"),
        (Point(1, 2), "json"),
        (Item("pen"), "help"),
        ({}.keys(), "json"),
        (Item, "help"),
        (len, "help"),
        (os, "help"),
        (WithReprHtml(), "help"),
        (3, "text"),
        (2.5, "text"),
        (True, "text"),
        (None, "text"),
        (object(), "help"),
        (_fake("altair.vegalite.v5.api", "Chart", to_dict=lambda self: {}), "altair_chart"),
        (_fake("plotly.graph_objs._figure", "Figure"), "plotly_chart"),
        (_fake("graphviz.graphs", "Digraph", pipe=lambda self: b""), "graphviz_chart"),
        (_fake("pydeck.bindings.deck", "Deck"), "pydeck_chart"),
        (_fake("bokeh.plotting._figure", "figure", to_json=lambda self: {}), "bokeh_chart"),
    ],
)
def test_classify(value: Any, expected: str) -> None:
    assert classify(value) == expected


def test_classify_repr_html_only_when_html_is_allowed() -> None:
    assert classify(WithReprHtml(), unsafe_allow_html=True) == "html"


def test_classify_generators_as_streams() -> None:
    agen = _agen()
    assert classify(_gen()) == "write_stream"
    assert classify(agen) == "write_stream"
    assert classify(_gen) == "help"  # a generator *function* is documented, not run


def test_classify_heavy_types() -> None:
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    pa = pytest.importorskip("pyarrow")
    assert classify(pd.DataFrame({"a": [1]})) == "dataframe"
    assert classify(pd.Series([1])) == "dataframe"
    assert classify(np.zeros(3)) == "dataframe"
    assert classify(pa.table({"a": [1]})) == "dataframe"
    assert classify(np.float64(1.5)) == "text"


def test_classify_figures_images_and_sympy() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    assert classify(Figure()) == "pyplot"
    image_module = pytest.importorskip("PIL.Image")
    assert classify(image_module.new("RGB", (2, 2))) == "image"
    sympy = pytest.importorskip("sympy")
    assert classify(sympy.Symbol("x") + 1) == "latex"


def test_classify_real_altair_and_plotly() -> None:
    alt = pytest.importorskip("altair")
    go = pytest.importorskip("plotly.graph_objects")
    assert classify(alt.Chart().mark_point()) == "altair_chart"
    assert classify(go.Figure()) == "plotly_chart"


def test_classify_does_not_import_libraries() -> None:
    missing = [name for name in ("polars", "graphviz", "pydeck") if name not in sys.modules]
    classify(object())
    classify({"a": 1})
    assert [name for name in missing if name in sys.modules] == []


def test_chart_kinds_are_sent_to_the_chart_functions(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Any]] = []
    monkeypatch.setattr(write_module, "_api", lambda name: lambda arg: calls.append((name, arg)))
    figure = _fake("plotly.graph_objs._figure", "Figure")
    write_module.write_objects((figure,))
    assert calls == [("plotly_chart", figure)]


# ---------------------------------------------------------------- st.write in a run


def test_strings_are_joined_into_one_markdown() -> None:
    at = run(
        """
        import streamlit as st
        st.write("Hello", "**world**")
        st.write("<b>raw</b>", unsafe_allow_html=True)
        """
    )
    assert at.markdown.values == ["Hello **world**", "<b>raw</b>"]
    assert at.markdown[1].allow_html is True


def test_numbers_and_plain_objects_become_inline_code() -> None:
    at = run(
        """
        import streamlit as st
        st.write(42)
        st.write(1.5, True)
        st.write(None)
        st.write("`tick`" + "s", 7)
        class Thing:
            def __str__(self):
                return "a `thing`"
        st.write(Thing())
        """
    )
    assert at.markdown.values == ["`42`", "`1.5` `True`", "`None`", "`tick`s `7`", "`` a `thing` ``"]


def test_mixed_arguments_make_one_markdown_per_run_of_text() -> None:
    # Streamlit joins strings and inline-code values into one markdown element; any other
    # argument ends it and is an element of its own.
    at = run(
        """
        import streamlit as st
        st.write("Total:", 3, "items", (1, 2), None, {"a": 1}, "after", 2.5)
        """
    )
    assert kinds(at) == ["Markdown", "Json", "Markdown"]
    assert at.markdown.values == ["Total: `3` items `(1, 2)` `None`", "after `2.5`"]


def test_objects_without_their_own_text_get_help() -> None:
    at = run(
        """
        import streamlit as st
        from dataclasses import dataclass
        class Bare:
            pass
        @dataclass
        class Pen:
            colour: str
        st.write("a", Bare(), "b", Pen("red"))
        """
    )
    assert kinds(at) == ["Markdown", "Help", "Markdown", "Help"]
    assert at.markdown.values == ["a", "b"]


def test_exceptions_become_exception_elements() -> None:
    at = run(
        """
        import streamlit as st
        try:
            raise KeyError("missing")
        except KeyError as error:
            st.write(error)
        """
    )
    assert at.exception[0].proto["type"] == "KeyError"
    assert at.exception[0].message == "'missing'"
    assert any("<apptest" in line for line in at.exception[0].traceback)


def test_collections_become_json_but_tuples_and_dataclasses_do_not() -> None:
    at = run(
        """
        import streamlit as st
        from collections import namedtuple
        from dataclasses import dataclass
        P = namedtuple("P", "x y")
        @dataclass
        class D:
            a: int
        st.write({"a": 1}, [1, 2], P(1, 2))
        st.write((3,))
        st.write(D(5))
        """
    )
    assert [json.loads(j.value) for j in at.json] == [{"a": 1}, [1, 2], {"x": 1, "y": 2}]
    # As in Streamlit 1.67: a plain tuple is its inline repr, a dataclass instance gets st.help.
    assert at.markdown[-1].value == "`(3,)`"
    assert at.help[0].value == "D(a=5)"


def test_session_state_is_written_as_json() -> None:
    at = run(
        """
        import streamlit as st
        st.session_state["n"] = 1
        st.write(st.session_state)
        """
    )
    assert json.loads(at.json[0].value) == {"n": 1}


def test_classes_functions_and_modules_get_help() -> None:
    at = run(
        """
        import streamlit as st
        import json
        st.write(json.dumps)
        st.write(json)
        """
    )
    assert [h.name for h in at.help] == ["dumps", "json"]


def test_generators_are_streamed() -> None:
    at = run(
        """
        import streamlit as st
        st.write(w for w in ["a", "b"])
        """
    )
    assert at.markdown.values == ["ab"]


def test_repr_html_is_html_only_when_allowed() -> None:
    at = run(
        """
        import streamlit as st
        class Plain:
            def _repr_html_(self):
                return "just text"
        class Tagged:
            def _repr_html_(self):
                return "<b>bold</b>"
            def __str__(self):
                return "Tagged()"
        st.write(Plain())
        st.write(Tagged())
        st.write("before", Tagged(), unsafe_allow_html=True)
        """
    )
    assert kinds(at) == ["Help", "Markdown", "Markdown", "Html"]
    assert at.markdown.values == ["`Tagged()`", "before"]
    assert at.html[0].value == "<b>bold</b>"


def test_pil_images_become_images() -> None:
    pytest.importorskip("PIL")
    at = run(
        """
        import streamlit as st
        from PIL import Image
        st.write(Image.new("RGB", (3, 2), "red"))
        """
    )
    assert len(at.get("Image")) == 1
    assert at.get("Image")[0].images[0]["payload"].mimetype == "image/png"


@needs_data
def test_dataframes_become_dataframe_elements() -> None:
    at = run(
        """
        import streamlit as st
        import pandas as pd
        st.write(pd.DataFrame({"a": [1, 2]}))
        """
    )
    assert not at.exception, [e.message for e in at.exception]
    assert list(at.dataframe[0].value["a"]) == [1, 2]


def test_placeholders_take_only_one_argument() -> None:
    at = run(
        """
        import streamlit as st
        slot = st.empty()
        slot.write("one")
        slot.write("a", "b")
        """
    )
    assert at.exception[0].proto["type"] == "DeskAPIError"
    assert at.exception[0].message.startswith(
        "st.write: a placeholder (st.empty() or an element's handle) holds one element, but write() was given 2 arguments."
    )


def test_write_into_a_placeholder_replaces_it() -> None:
    at = run(
        """
        import streamlit as st
        slot = st.empty()
        slot.write("first")
        slot.write({"second": 2})
        """
    )
    assert kinds(at) == ["Json"]


def _require_chart_function(name: str) -> None:
    try:
        module = importlib.import_module("desk.elements.charts")
    except Exception as error:  # the charts helper may still be writing it
        pytest.skip(f"desk/elements/charts.py is not importable yet ({error})")
    if not callable(getattr(module, name, None)):
        pytest.skip(f"desk/elements/charts.py has no {name}() yet")


def test_plotly_and_altair_figures_become_charts() -> None:
    pytest.importorskip("plotly")
    pytest.importorskip("altair")
    _require_chart_function("plotly_chart")
    _require_chart_function("altair_chart")
    at = run(
        """
        import streamlit as st
        import altair as alt
        import pandas as pd
        import plotly.graph_objects as go
        st.write(go.Figure(data=[go.Bar(x=[1, 2], y=[3, 4])]))
        st.write(alt.Chart(pd.DataFrame({"a": [1, 2]})).mark_bar().encode(x="a"))
        """
    )
    assert not at.exception, [e.message for e in at.exception]
    assert kinds(at) == ["PlotlyChart", "VegaLiteChart"]


def test_matplotlib_figures_go_to_pyplot() -> None:
    pytest.importorskip("matplotlib")
    _require_chart_function("pyplot")
    at = run(
        """
        import streamlit as st
        import matplotlib
        matplotlib.use("Agg")
        from matplotlib.figure import Figure
        figure = Figure()
        figure.add_subplot().plot([1, 2, 3])
        st.write(figure)
        """
    )
    assert not at.exception, [e.message for e in at.exception]
    assert len(kinds(at)) == 1
    assert kinds(at)[0] not in ("Markdown", "Exception")
