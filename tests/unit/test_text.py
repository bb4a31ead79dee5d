"""Text elements: markdown, headings, code, json, html, echo, help, badge and write_stream."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.protocol import ROOT_EVENT, Delta, Node, ServerMessage
from desk.testing import AppTest


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    assert not at.exception, f"the script raised: {[e.message for e in at.exception]}"
    return at


def nodes_of(at: AppTest, node_type: str) -> list[Node]:
    return [node for _, node in sorted(at.session.view.nodes.items()) if node.type == node_type]


# ---------------------------------------------------------------- markdown, caption, text


def test_markdown_keeps_body_and_html_flag() -> None:
    at = run(
        """
        import streamlit as st
        st.markdown("**bold**")
        st.markdown("<b>x</b>", unsafe_allow_html=True, help="tip")
        st.markdown(42)
        """
    )
    assert at.markdown.values == ["**bold**", "<b>x</b>", "42"]
    assert at.markdown[0].allow_html is False
    assert at.markdown[1].allow_html is True
    assert at.markdown[1].help == "tip"


def test_markdown_help_must_be_a_string() -> None:
    with pytest.raises(DeskAPIError, match=r"st.markdown: help must be a string, not int"):
        st.markdown("x", help=3)  # type: ignore[arg-type]


def test_caption_and_text() -> None:
    at = run(
        """
        import streamlit as st
        st.caption("small <i>print</i>", unsafe_allow_html=True)
        st.text("  fixed  width  ")
        """
    )
    assert at.caption[0].value == "small <i>print</i>"
    assert at.caption[0].allow_html is True
    assert at.text[0].value == "fixed  width"


def test_bodies_are_dedented_and_stripped_as_in_streamlit() -> None:
    # Streamlit dedents and strips text bodies (so an indented triple-quoted string is not
    # a markdown code block); a code block loses only one newline at each end.
    at = run(
        """
        import streamlit as st
        st.markdown('''
            # Title
              indented
            text
        ''')
        st.caption("\\n    cap\\n      more\\n")
        st.text("\\t\\ttab  ")
        st.title("  T  ")
        st.subheader("\\n   S\\n")
        st.latex("  a + b  ")
        st.html("\\n    <p>\\n      x\\n    </p>\\n")
        st.error("\\n    err\\n", icon="🔥")
        st.write("   w  ", "  v ")
        st.code("\\n    def f():\\n        return 1\\n")
        st.code("\\n\\n  x = 1  \\n\\n")
        """
    )
    assert at.markdown.values == ["# Title\n  indented\ntext", "w     v"]
    assert at.caption[0].value == "cap\n  more"
    assert at.text[0].value == "tab"
    assert (at.title[0].value, at.subheader[0].value) == ("T", "S")
    assert at.latex[0].body == "a + b"
    assert at.html[0].value == "<p>\n  x\n</p>"
    assert (at.error[0].value, at.error[0].icon) == ("err", "🔥")
    assert at.code.values == ["    def f():\n        return 1", "\n  x = 1  \n"]



def test_toast_and_progress_texts_are_stripped_as_in_streamlit() -> None:
    at = run(
        """
        import streamlit as st
        st.toast("\\n    toast body\\n")
        st.progress(5, text="  p  ")
        st.button("  b  ")
        """
    )
    assert (at.toast[0].value, at.progress[0].text) == ("toast body", "p")
    assert at.button[0].label == "  b  "  # labels are kept as given, as in Streamlit


# ---------------------------------------------------------------- headings


def test_heading_levels_and_generated_anchors() -> None:
    at = run(
        """
        import streamlit as st
        st.title("My App: Overview")
        st.header("Data", anchor="custom")
        st.subheader("Details", anchor=False)
        """
    )
    assert at.title[0].value == "My App: Overview"
    assert at.title[0].level == 1
    assert at.title[0].anchor == "my-app-overview"
    assert at.header[0].level == 2
    assert at.header[0].anchor == "custom"
    assert at.subheader[0].level == 3
    assert at.subheader[0].anchor is None


def test_divider_true_cycles_colours_and_grey_is_gray() -> None:
    at = run(
        """
        import streamlit as st
        st.header("a", divider=True)
        st.subheader("b", divider=True)
        st.header("c", divider="grey")
        st.header("d", divider="rainbow")
        st.header("e")
        """
    )
    assert [h.divider for h in at.get("Heading")] == ["blue", "green", "gray", "rainbow", None]


def test_divider_cycle_restarts_each_run() -> None:
    at = run(
        """
        import streamlit as st
        st.header("a", divider=True)
        """
    )
    at.run()
    assert at.header[0].divider == "blue"


def test_bad_divider_colour_is_refused() -> None:
    with pytest.raises(DeskAPIError, match=r"st.header: divider must be True, False or one of .*'rainbow'.*not 'pink'"):
        st.header("x", divider="pink")


def test_bad_anchor_is_refused() -> None:
    with pytest.raises(DeskAPIError, match=r"st.subheader: anchor must be a string, False or None, not 3"):
        st.subheader("x", anchor=3)  # type: ignore[arg-type]


def test_title_has_no_divider() -> None:
    with pytest.raises(TypeError):
        st.title("x", divider=True)  # type: ignore[call-arg]


# ---------------------------------------------------------------- code, latex, divider


def test_code_defaults_and_options() -> None:
    at = run(
        """
        import streamlit as st
        st.code("print(1)")
        st.code("SELECT 1", language="sql", line_numbers=True, wrap_lines=True, height=200)
        st.code("plain", language=None)
        """
    )
    first, second, third = at.code
    assert (first.value, first.language, first.line_numbers, first.wrap_lines, first.height) == (
        "print(1)",
        "python",
        False,
        False,
        "content",
    )
    assert (second.language, second.line_numbers, second.wrap_lines, second.height) == ("sql", True, True, 200)
    assert third.language == "plaintext"  # as Streamlit records language=None


@pytest.mark.parametrize("height", [0, -5, "tall", True])
def test_code_height_is_checked(height: Any) -> None:
    with pytest.raises(DeskAPIError, match=r"st.code: height must be 'content', 'stretch' or a positive number of pixels"):
        st.code("x", height=height)


def test_code_line_numbers_must_be_bool() -> None:
    with pytest.raises(DeskAPIError, match=r"st.code: line_numbers must be True or False, not 'yes'"):
        st.code("x", line_numbers="yes")  # type: ignore[arg-type]


def test_latex_accepts_strings_and_sympy() -> None:
    pytest.importorskip("sympy")
    at = run(
        r"""
        import streamlit as st
        import sympy
        x = sympy.Symbol("x")
        st.latex(r"a^2 + b^2")
        st.latex(x**2 / 2)
        """
    )
    assert at.latex[0].body == "a^2 + b^2"
    assert at.latex[1].body == r"\frac{x^{2}}{2}"
    # Streamlit's AppTest shows the expression between $$ lines.
    assert at.latex[0].value == "$$\na^2 + b^2\n$$"


def test_divider() -> None:
    at = run("import streamlit as st\nst.divider()\n")
    assert len(at.divider) == 1
    assert (at.divider[0].value, at.divider[0].is_caption) == ("---", False)  # as Streamlit's AppTest has it


# ---------------------------------------------------------------- json


def test_json_serialises_objects_and_keeps_json_strings() -> None:
    at = run(
        """
        import streamlit as st
        import datetime
        from collections import namedtuple
        from dataclasses import dataclass

        Point = namedtuple("Point", "x y")

        @dataclass
        class Item:
            name: str
            tags: tuple

        st.json({"a": [1, 2], "when": datetime.date(2024, 5, 1)})
        st.json('{"b": true}')
        st.json(Point(1, 2), expanded=False)
        st.json(Item("pen", ("blue",)), expanded=2)
        st.json({1, 2}, expanded=0)
        """
    )
    bodies = [json.loads(j.value) for j in at.json]
    # A date has no JSON type: it shows as its repr, as in Streamlit.
    assert bodies == [{"a": [1, 2], "when": "datetime.date(2024, 5, 1)"}, {"b": True}, {"x": 1, "y": 2}, {"name": "pen", "tags": ["blue"]}, [1, 2]]
    assert [j.expanded for j in at.json] == [True, True, False, 2, False]


def test_json_accepts_pydantic_models() -> None:
    pydantic = pytest.importorskip("pydantic")

    class User(pydantic.BaseModel):  # type: ignore[misc, name-defined]
        name: str
        age: int

    from desk.elements.text import json_text

    assert json.loads(json_text(User(name="ann", age=3))) == {"name": "ann", "age": 3}


def test_json_string_that_does_not_parse_is_shown_as_given() -> None:
    """As in Streamlit: a string is sent as it is (the page shows it as text when it is not JSON)."""
    at = run('import streamlit as st\nst.json("not json at all")\nst.json(\'["a", 1]\')\n')
    assert [element.value for element in at.json] == ["not json at all", '["a", 1]']


@pytest.mark.parametrize("expanded", [-1, "yes", 1.5])
def test_json_expanded_is_checked(expanded: Any) -> None:
    with pytest.raises(DeskAPIError, match=r"st.json: expanded must be True, False or a non-negative int"):
        st.json({}, expanded=expanded)


# ---------------------------------------------------------------- html


def test_html_strips_scripts_and_marks_for_sanitising() -> None:
    at = run(
        """
        import streamlit as st
        st.html("<p>hi</p><script>alert('x')</script><SCRIPT src='a.js'></SCRIPT>")
        """
    )
    html = at.html[0]
    assert html.value == "<p>hi</p>"
    assert html.sanitize is True


def test_html_can_keep_javascript_when_asked() -> None:
    at = run(
        """
        import streamlit as st
        st.html("<p>hi</p><script>go()</script>", unsafe_allow_javascript=True)
        """
    )
    assert "<script>go()</script>" in at.html[0].value
    assert at.html[0].allow_javascript is True


def test_html_reads_files_and_style_only_goes_to_the_event_root(tmp_path: Path) -> None:
    page = tmp_path / "part.html"
    page.write_text("<h1>From file</h1>", encoding="utf-8")
    css = tmp_path / "look.css"
    css.write_text("p {color: red}", encoding="utf-8")
    at = run(
        f"""
        import streamlit as st
        from pathlib import Path
        st.html({str(page)!r})
        st.html(Path({str(css)!r}))
        """
    )
    bodies = {path[0]: node.props["body"] for path, node in at.session.view.nodes.items() if node.type == "Html"}
    assert bodies[0] == "<h1>From file</h1>"
    assert bodies[ROOT_EVENT] == "<style>p {color: red}</style>"


def test_html_uses_repr_html() -> None:
    at = run(
        """
        import streamlit as st
        class Card:
            def _repr_html_(self):
                return "<div>card</div>"
        st.html(Card())
        """
    )
    assert at.html[0].value == "<div>card</div>"


def test_html_refuses_empty_content() -> None:
    with pytest.raises(DeskAPIError, match=r"st.html: body is empty"):
        st.html("   ")


# ---------------------------------------------------------------- echo


def test_echo_shows_the_block_above_its_output() -> None:
    at = run(
        """
        import streamlit as st
        with st.echo():
            greeting = "hi"
            st.write(greeting)
        st.write("after")
        """
    )
    kinds = [node.type for _, node in sorted(at.session.view.nodes.items())]
    assert kinds == ["Code", "Markdown", "Markdown"]
    assert at.code[0].value == 'greeting = "hi"\nst.write(greeting)'
    assert at.code[0].language == "python"


def test_echo_below_and_nested_blocks() -> None:
    at = run(
        """
        import streamlit as st
        with st.echo(code_location="below"):
            for i in range(2):
                st.write(i)
        """
    )
    kinds = [node.type for _, node in sorted(at.session.view.nodes.items())]
    assert kinds == ["Markdown", "Markdown", "Code"]
    assert at.code[0].value == "for i in range(2):\n    st.write(i)"


def test_echo_location_is_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.echo: code_location must be 'above' or 'below', not 'left'"):
        st.echo("left")


# ---------------------------------------------------------------- help


def test_help_on_a_function() -> None:
    at = run(
        '''
        import streamlit as st
        def greet(name: str, punctuation: str = "!") -> str:
            """Say hello."""
            return name
        st.help(greet)
        '''
    )
    doc = at.help[0]
    assert doc.name == "greet"
    assert doc.proto["type"] == "function"
    assert doc.doc == "Say hello."
    assert doc.signature == "(name: str, punctuation: str = '!') -> str"


def test_help_on_a_class_lists_public_members() -> None:
    at = run(
        '''
        import streamlit as st
        class Robot:
            """Beeps."""
            speed = 3
            def walk(self):
                """Walk forward. Slowly."""
            def _secret(self):
                pass
        st.help(Robot)
        '''
    )
    doc = at.help[0]
    assert doc.name == "Robot"
    assert doc.doc == "Beeps."
    members = {m["name"]: m for m in doc.members}
    assert set(members) == {"speed", "walk"}
    assert members["speed"]["value"] == "3"
    assert members["walk"]["doc"] == "Walk forward. Slowly."


def test_help_on_a_value_uses_the_variable_name() -> None:
    at = run(
        """
        import streamlit as st
        numbers = [1, 2]
        st.help(numbers)
        """
    )
    doc = at.help[0]
    assert doc.name == "numbers"
    assert doc.proto["type"] == "list"
    assert doc.value == "[1, 2]"
    assert "append" in [m["name"] for m in doc.members]


def test_help_and_write_name_objects_as_streamlit_does() -> None:
    """The card's summary is a readable repr, else ``module.Name(signature)`` (never a memory
    address); AppTest's ``value`` gives the calling line's argument text in place of a signature,
    as Streamlit's AppTest does (values checked against Streamlit 1.67)."""
    at = run(
        """
        import collections
        import streamlit as st
        class Plain:
            def __init__(self, a=1):
                self.a = a
        class NoInit:
            pass
        def helper(a, b=2):
            return a
        st.write(Plain())
        st.write(NoInit())
        x = NoInit()
        st.help(x)
        st.write(collections.OrderedDict)
        st.write("label", str)
        st.write(helper)
        st.help(y := [1, 2])
        st.help("text")
        st.write(st)
        """
    )
    values = [doc.value for doc in at.help]
    assert values == [
        "__main__.Plain(a=1)",
        "NoInit()",
        "x",
        "collections.OrderedDict",
        "builtins.str(...)",
        "helper",
        "[1, 2]",
        "'text'",
        "streamlit",
    ]
    plain = at.help[0].node.props
    assert (plain["value"], plain["call_name"]) == ("__main__.Plain(a=1)", "Plain()")
    assert at.help[3].proto["type"] == "class"


@pytest.mark.parametrize(
    ("text", "of_callable", "expected"),
    [
        ("mod.f(a, b=2)", False, True),
        ("Coordinate(x, y)", False, False),
        ("Coordinate(x, y)", True, True),
        ("Point(x=1, y=2)", False, False),
        ("f(x=1)", True, True),
        ("mod.C()", False, True),
        ("Point()", False, False),
        ("builtins.str(...)", False, True),
        ("f(a) -> int", True, True),
        ("f(a) + 1", True, False),
        ("slice(None, None, None)", True, False),
        ("'quoted(x)'", True, False),
        ("datetime.date(2024, 5, 17)", False, False),
        ("f(*args: int, **kw)", True, True),
        ("f(s=')')", True, True),
    ],
)
def test_help_summary_signature_shapes(text: str, of_callable: bool, expected: bool) -> None:
    from desk.testing.help_value import is_signature

    assert is_signature(text, of_callable) is expected


def test_help_without_argument_documents_desk() -> None:
    at = run("import streamlit as st\nst.help()\n")
    assert at.help[0].name == "desk"


def test_help_names_the_object_as_the_script_passed_it() -> None:
    # The values are what Streamlit 1.67's AppTest gives for the same lines.
    at = run(
        '''
        import streamlit as st
        import pandas as pd
        class Foo:
            """Doc."""
        class Bar:
            def __init__(self, a, b=2):
                pass
        items = [1, 2]
        st.write(str)
        st.write("kind:", str)
        st.write(pd.DataFrame)
        st.write("x", Foo, 3)
        st.write(st.write, 1)
        st.write(items.append)
        st.help(y := Bar(1))
        st.help("hello")
        st.help(pd)
        Bar
        items.append,
        st.help(object())
        '''
    )
    assert [h.value for h in at.help] == [
        "str",
        "builtins.str(...)",  # in a call of several arguments only the first one is named
        "pd.DataFrame",
        "__main__.Foo()",
        "st.write",
        "items.append",
        "y",
        "'hello'",
        "pandas",
        "Bar",  # magic: the line is the name
        "items.append",  # ... without its trailing comma
        "object()",
    ]


# ---------------------------------------------------------------- badge


def test_badge() -> None:
    at = run(
        """
        import streamlit as st
        st.badge("New")
        st.badge("Hot", icon="🔥", color="red")
        st.badge("Done", icon=":material/check:", color="grey")
        """
    )
    assert [(b.label, b.icon, b.color) for b in at.badge] == [
        ("New", None, "blue"),
        ("Hot", "🔥", "red"),
        ("Done", ":material/check:", "gray"),
    ]


def test_badge_colour_and_icon_are_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.badge: color must be one of .* not 'pink'"):
        st.badge("x", color="pink")
    with pytest.raises(DeskAPIError, match=r"st.badge: icon must be a single emoji .* not 'fire'"):
        st.badge("x", icon="fire")


# ---------------------------------------------------------------- write_stream


def test_write_stream_accumulates_text_into_one_element() -> None:
    at = run(
        """
        import streamlit as st
        def words():
            yield "Hello"
            yield ", "
            yield "world"
        st.session_state["result"] = st.write_stream(words)
        """
    )
    assert at.markdown.values == ["Hello, world"]
    assert at.session_state["result"] == "Hello, world"


def test_write_stream_shows_each_step_in_the_same_place() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.write_stream(iter(["a", "b", "c"]), cursor="▌")
        """
    )
    sent: list[ServerMessage] = []
    at.session.sink = sent.append
    at.run()
    updates = [(tuple(m.path), m.node.props["body"]) for m in sent if isinstance(m, Delta) and m.node.type == "Markdown"]
    assert updates == [((0, 0), "a▌"), ((0, 0), "ab▌"), ((0, 0), "abc▌"), ((0, 0), "abc")]


def test_write_stream_writes_other_chunks_and_returns_a_list() -> None:
    at = run(
        """
        import streamlit as st
        def mixed():
            yield "Numbers:"
            yield " "
            yield {"n": 1}
            yield "done"
        st.session_state["result"] = st.write_stream(mixed())
        """
    )
    kinds = [node.type for _, node in sorted(at.session.view.nodes.items())]
    assert kinds == ["Markdown", "Json", "Markdown"]
    assert at.session_state["result"] == ["Numbers: ", {"n": 1}, "done"]
    # a list, named as Streamlit names it
    assert isinstance(at.session_state["result"], list)
    assert type(at.session_state["result"]).__name__ == "StreamingOutput"


def test_write_stream_async_generator() -> None:
    at = run(
        """
        import streamlit as st
        async def tokens():
            for t in ["as", "ync"]:
                yield t
        st.session_state["result"] = st.write_stream(tokens())
        """
    )
    assert at.markdown.values == ["async"]
    assert at.session_state["result"] == "async"


def test_write_stream_unwraps_openai_and_langchain_chunks() -> None:
    at = run(
        """
        import streamlit as st
        from types import SimpleNamespace as NS

        def openai_chunk(text):
            return NS(choices=[NS(delta=NS(content=text))])

        class AIMessageChunk:
            def __init__(self, content):
                self.content = content

        st.write_stream([openai_chunk("Hi"), openai_chunk(None), openai_chunk(" there")])
        st.write_stream(AIMessageChunk(t) for t in ["Lang", "Chain"])
        """
    )
    assert at.markdown.values == ["Hi there", "LangChain"]


def test_write_stream_empty_stream_returns_empty_string() -> None:
    at = run(
        """
        import streamlit as st
        st.session_state["result"] = st.write_stream([])
        """
    )
    assert at.session_state["result"] == ""
    assert not at.markdown


@pytest.mark.parametrize(("stream", "kind"), [(5, "int"), ("text", "str")])
def test_write_stream_refuses_non_streams(stream: Any, kind: str) -> None:
    with pytest.raises(DeskAPIError, match=rf"st.write_stream: stream must be a generator, an iterable or a generator function, not {kind}"):
        st.write_stream(stream)


# ---------------------------------------------------------------- magic


def test_magic_writes_bare_expressions() -> None:
    at = run(
        """
        import streamlit as st
        "# Title from magic"
        x = {"k": 1}
        x
        None
        """
    )
    # Streamlit writes a bare None too (checked against streamlit 1.67's AppTest).
    assert at.markdown.values == ["# Title from magic", "`None`"]
    assert json.loads(at.json[0].value) == {"k": 1}


# ---------------------------------------------------------------- width


def test_width_is_passed_on() -> None:
    at = run(
        """
        import streamlit as st
        st.markdown("m", width="auto")
        st.text("t")
        st.code("c", width=300)
        st.header("h", width="content")
        """
    )
    assert at.markdown[0].width == "auto"
    assert at.text[0].width == "content"
    assert at.code[0].width == 300
    assert at.header[0].width == "content"


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: st.markdown("x", width=0), "markdown"),
        (lambda: st.caption("x", width="wide"), "caption"),
        (lambda: st.title("x", width=-2), "title"),
        (lambda: st.json({}, width=True), "json"),
        (lambda: st.divider(width="auto"), "divider"),
        (lambda: st.badge("x", width=1.5), "badge"),
    ],
)
def test_width_is_checked(call: Any, name: str) -> None:
    with pytest.raises(DeskAPIError, match=rf"st.{name}: width must be 'stretch' or 'content'.* or a positive number of pixels"):
        call()


def test_echo_reads_script_files(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\n\nwith st.echo(\n    code_location='above',\n):\n    @staticmethod\n    def f():\n        return 1\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(script).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.code[0].value == "@staticmethod\ndef f():\n    return 1"


def test_alert_titles_heading_icons_and_text_alignment() -> None:
    script = """
import streamlit as st
st.error("Disk almost full", title="**Storage**", icon="🚨")
st.info("plain")
st.header("Sales", icon=":material/monitoring:", text_alignment="center")
st.title("Report")
st.markdown("right", text_alignment="right")
st.caption("just", text_alignment="justify")
st.text("mono", text_alignment="center")
"""
    at = AppTest.from_string(script).run()
    assert at.error[0].proto["title"] == "**Storage**"
    assert "title" not in at.info[0].proto
    assert at.header[0].proto["icon"] == ":material/monitoring:"
    assert at.header[0].proto["text_alignment"] == "center"
    assert "icon" not in at.title[0].proto and "text_alignment" not in at.title[0].proto
    assert at.markdown[0].proto["text_alignment"] == "right"
    assert at.caption[0].proto["text_alignment"] == "justify"
    assert at.text[0].proto["text_alignment"] == "center"


def test_text_alignment_is_checked() -> None:
    at = AppTest.from_string("import streamlit as st\nst.markdown('x', text_alignment='middle')").run()
    assert at.exception[0].message == (
        "st.markdown: text_alignment must be one of 'left', 'center', 'right', 'justify', not 'middle'."
    )


def test_help_width() -> None:
    at = AppTest.from_string("import streamlit as st\nst.help(len, width=300)\nst.help(len)\n").run()
    first, second = (element.node.props for element in at.get("help"))
    assert first["width"] == 300 and "width" not in second
    at = AppTest.from_string("import streamlit as st\nst.help(len, width='content')\n").run()
    assert "st.help: width must be 'stretch' or a positive number of pixels, not 'content'" in at.exception[0].value
