"""Text elements: markdown, headings, caption, code, text, latex, json, html, echo, help, badge.

``write`` and ``write_stream`` live in ``desk.elements.write``.
"""

from __future__ import annotations

import ast
import inspect
import json as _json
import linecache
import re
import sys
import textwrap
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from desk.elements.base import check_choice, clean_text, help_text
from desk.elements.definitions import Props, define, omitted
from desk.elements.display_props import BadgeProps, HelpMember, HelpProps
from desk.elements.status import check_icon, check_width, show
from desk.errors import DeskAPIError
from desk.protocol import ROOT_EVENT
from desk.runtime.context import get_run
from desk.runtime.emitter import Container

DIVIDER_COLORS = ("blue", "green", "orange", "red", "violet", "yellow", "gray", "grey", "rainbow")
# ``divider=True`` cycles through these, one per heading, in the order of the run.
DIVIDER_CYCLE = ("blue", "green", "orange", "red", "violet")
BADGE_COLORS = ("blue", "green", "orange", "red", "violet", "yellow", "gray", "grey", "primary")
CODE_HEIGHTS = ("content", "stretch")
_DESK_DIR = str(Path(__file__).parent.parent)


# ---------------------------------------------------------------- definitions


@dataclass(kw_only=True, slots=True)
class MarkdownProps(Props):
    """GitHub-flavoured markdown (st.markdown)."""

    body: str
    """The markdown source."""
    allow_html: bool
    """True renders raw HTML in the body (sanitised); False shows it as text."""
    help: str | None
    """Tooltip text (markdown) shown beside the element."""
    width: str | int
    """"stretch", "content", "auto" or a width in pixels."""
    text_alignment: str | None = omitted()
    """"center", "right" or "justify"; absent for the default, left."""
    wrap: bool | None = omitted()
    """False keeps the text on one line, cut with an ellipsis; absent: it wraps."""
    anchors: bool | None = omitted()
    """st.markdown: False draws its headings without the link icon shown on hover (they keep their ids)."""


@dataclass(kw_only=True, slots=True)
class CaptionProps(MarkdownProps):
    """Small, muted markdown (st.caption)."""


@dataclass(kw_only=True, slots=True)
class HeadingProps(Props):
    """A title, header or subheader (st.title, st.header, st.subheader)."""

    body: str
    """The heading's text (inline markdown)."""
    level: int
    """1 for a title, 2 for a header, 3 for a subheader."""
    anchor: str | None
    """The id the heading can be linked to with #anchor, or None for no link."""
    help: str | None
    """Tooltip text (markdown) shown beside the heading."""
    divider: str | None
    """The colour of the line under the heading, or None for no line."""
    width: str | int
    """"stretch", "content" or a width in pixels."""
    icon: str | None = omitted()
    """An emoji or ":material/name:" icon before the text."""
    text_alignment: str | None = omitted()
    """"center", "right" or "justify"; absent for the default, left."""
    wrap: bool | None = omitted()
    """False keeps the text on one line, cut with an ellipsis; absent: it wraps."""


@dataclass(kw_only=True, slots=True)
class CodeProps(Props):
    """A code block with syntax highlighting (st.code)."""

    body: str
    """The code."""
    language: str | None
    """The language to highlight, or None for plain monospace text."""
    line_numbers: bool
    """True numbers the lines."""
    wrap_lines: bool
    """True wraps long lines instead of scrolling."""
    height: str | int
    """"content", "stretch" or a maximum height in pixels."""
    width: str | int
    """"stretch", "content" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class TextProps(Props):
    """Fixed-width, preformatted text (st.text)."""

    body: str
    """The text."""
    help: str | None
    """Tooltip text (markdown) shown beside the text."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    text_alignment: str | None = omitted()
    """"center", "right" or "justify"; absent for the default, left."""
    wrap: bool | None = omitted()
    """False keeps the text on one line, cut with an ellipsis; absent: it wraps."""


@dataclass(kw_only=True, slots=True)
class LatexProps(Props):
    """A LaTeX formula rendered with KaTeX (st.latex)."""

    body: str
    """The LaTeX source."""
    help: str | None
    """Tooltip text (markdown) shown beside the formula."""
    width: str | int
    """"stretch", "content" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class DividerProps(Props):
    """A horizontal rule (st.divider)."""

    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class JsonProps(Props):
    """An interactive JSON tree (st.json)."""

    body: str
    """The JSON text."""
    expanded: bool | int
    """True expands every level, False none, an int that many levels."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class HtmlProps(Props):
    """HTML inserted into the page, sanitised (st.html)."""

    body: str
    """The HTML."""
    sanitize: bool
    """Always True: the client sanitises the HTML."""
    allow_javascript: bool
    """True when the script asked for ``unsafe_allow_javascript``."""
    width: str | int
    """"stretch", "content" or a width in pixels."""


MARKDOWN = define("Markdown", MarkdownProps, apptest="markdown", attrs=("body", "allow_html", "help"))
CAPTION = define("Caption", CaptionProps, apptest="caption", attrs=("body", "allow_html", "help"))
HEADING = define("Heading", HeadingProps, apptest="header", attrs=("body", "level", "anchor", "help", "divider"))
CODE = define("Code", CodeProps, apptest="code", attrs=("body", "language", "line_numbers"))
TEXT = define("Text", TextProps, apptest="text", attrs=("body", "help"))
LATEX = define("Latex", LatexProps, apptest="latex", attrs=("body", "help"))
DIVIDER = define("Divider", DividerProps, apptest="divider")
JSON = define("Json", JsonProps, apptest="json", attrs=("body", "expanded"))
HTML = define("Html", HtmlProps, apptest="html", attrs=("body",))


def _body(body: object) -> str:
    return body if isinstance(body, str) else str(body)


def _code_body(body: object) -> str:
    """A code block's text as Streamlit keeps it: one newline at each end removed, indentation kept."""
    text = _body(body)
    text = text[1:] if text.startswith("\n") else text
    return text[:-1] if text.endswith("\n") else text


def _width(func: str, width: object, *keywords: str) -> str | int:
    return check_width(func, width, ("stretch", "content", *keywords))


def _check_bool(func: str, name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise DeskAPIError(f"st.{func}: {name} must be True or False, not {value!r}.")
    return value


def _one_line(func: str, wrap: object, allow_html: bool = False) -> bool | None:
    """The ``wrap`` prop: False (one line, with an ellipsis), or None for the default, wrapping."""
    if _check_bool(func, "wrap", wrap):
        return None
    if allow_html:
        raise DeskAPIError(
            f"st.{func}: wrap=False shows one line of inline markdown, which cannot hold HTML: "
            "remove wrap=False or unsafe_allow_html=True."
        )
    return False


# ---------------------------------------------------------------- markdown and headings


def markdown(
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: str | int = "stretch",
    text_alignment: str = "left",
    anchors: bool = True,
    wrap: bool = True,
) -> Container:
    """GitHub-flavoured markdown. Raw HTML shows only with ``unsafe_allow_html=True``.

    Its headings get ids to link to (``#the-heading``) and, unless ``anchors`` is False, a link
    icon that shows on hover.
    """
    if not isinstance(anchors, bool):
        raise DeskAPIError(f"st.markdown: anchors must be True or False, not {anchors!r}.")
    return show(
        MarkdownProps(
            wrap=_one_line("markdown", wrap, bool(unsafe_allow_html)),
            text_alignment=_alignment("markdown", text_alignment),
            body=clean_text(body),
            allow_html=bool(unsafe_allow_html),
            help=help_text("markdown", help),
            width=_width("markdown", width, "auto"),
            anchors=None if anchors else False,
        )
    )


def caption(
    body: Any,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: str | int = "stretch",
    text_alignment: str = "left",
    wrap: bool = True,
) -> Container:
    """Small, muted markdown text for captions, asides and footnotes."""
    return show(
        CaptionProps(
            wrap=_one_line("caption", wrap, bool(unsafe_allow_html)),
            text_alignment=_alignment("caption", text_alignment),
            body=clean_text(body),
            allow_html=bool(unsafe_allow_html),
            help=help_text("caption", help),
            width=_width("caption", width),
        )
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _anchor(func: str, anchor: object, text: str) -> str | None:
    if anchor is None or anchor is True:
        return _slug(text) or None
    if anchor is False:
        return None
    if not isinstance(anchor, str):
        raise DeskAPIError(f"st.{func}: anchor must be a string, False or None, not {anchor!r}.")
    return anchor


def _divider(func: str, divider: object) -> str | None:
    if divider is False or divider is None:
        return None
    if divider is True:
        ctx = get_run()
        index = 0
        if ctx is not None:
            index = ctx.heading_dividers
            ctx.heading_dividers = index + 1
        return DIVIDER_CYCLE[index % len(DIVIDER_CYCLE)]
    if divider not in DIVIDER_COLORS:
        raise DeskAPIError(
            f"st.{func}: divider must be True, False or one of {', '.join(map(repr, DIVIDER_COLORS))}, not {divider!r}."
        )
    return "gray" if divider == "grey" else str(divider)


TEXT_ALIGNMENTS = ("left", "center", "right", "justify")


def _alignment(func: str, text_alignment: object) -> str | None:
    """The ``text_alignment`` prop (sent only when it is not the default "left")."""
    check_choice(func, "text_alignment", text_alignment, TEXT_ALIGNMENTS)
    return None if text_alignment == "left" else str(text_alignment)


def _heading(
    func: str,
    level: int,
    body: Any,
    anchor: str | bool | None,
    help: str | None,
    divider: object,
    width: object,
    icon: str | None = None,
    text_alignment: str = "left",
    wrap: object = True,
) -> Container:
    text = clean_text(body)
    return show(
        HeadingProps(
            wrap=_one_line(func, wrap),
            text_alignment=_alignment(func, text_alignment),
            icon=check_icon(func, icon) if icon else None,
            body=text,
            level=level,
            anchor=_anchor(func, anchor, text),
            help=help_text(func, help),
            divider=_divider(func, divider),
            width=_width(func, width),
        )
    )


def title(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    width: str | int = "stretch",
    icon: str | None = None,
    text_alignment: str = "left",
    wrap: bool = True,
) -> Container:
    """A level-1 heading, with an optional emoji or Material icon before it."""
    return _heading("title", 1, body, anchor, help, False, width, icon, text_alignment, wrap)


def header(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
    width: str | int = "stretch",
    icon: str | None = None,
    text_alignment: str = "left",
    wrap: bool = True,
) -> Container:
    """A level-2 heading; ``divider`` draws a coloured line under it."""
    return _heading("header", 2, body, anchor, help, divider, width, icon, text_alignment, wrap)


def subheader(
    body: Any,
    anchor: str | bool | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
    width: str | int = "stretch",
    icon: str | None = None,
    text_alignment: str = "left",
    wrap: bool = True,
) -> Container:
    """A level-3 heading; ``divider`` draws a coloured line under it."""
    return _heading("subheader", 3, body, anchor, help, divider, width, icon, text_alignment, wrap)


# ---------------------------------------------------------------- code, text, latex


def code(
    body: Any,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: str | int | None = "content",
    width: str | int = "stretch",
) -> Container:
    """A code block with syntax highlighting; ``language=None`` shows plain monospace text."""
    if language is not None and not isinstance(language, str):
        raise DeskAPIError(f"st.code: language must be a string such as 'python', or None, not {language!r}.")
    _check_bool("code", "line_numbers", line_numbers)
    _check_bool("code", "wrap_lines", wrap_lines)
    if height is None:
        height = "content"
    if not (height in CODE_HEIGHTS or (isinstance(height, int) and not isinstance(height, bool) and height > 0)):
        raise DeskAPIError(
            f"st.code: height must be 'content', 'stretch' or a positive number of pixels, not {height!r}."
        )
    return show(
        CodeProps(
            body=_code_body(body),
            # No language is plain text, named as Streamlit names it.
            language="plaintext" if language is None else language,
            line_numbers=line_numbers,
            wrap_lines=wrap_lines,
            height=height,
            width=_width("code", width),
        )
    )


def text(
    body: Any, *, help: str | None = None, width: str | int = "content", text_alignment: str = "left", wrap: bool = True
) -> Container:
    """Fixed-width, preformatted text."""
    return show(
        TextProps(
            wrap=_one_line("text", wrap),
            text_alignment=_alignment("text", text_alignment),
            body=clean_text(body),
            help=help_text("text", help),
            width=_width("text", width),
        )
    )


def latex(body: Any, *, help: str | None = None, width: str | int = "stretch") -> Container:
    """A LaTeX formula, rendered with KaTeX. Accepts SymPy expressions too."""
    if _is_sympy(body):
        import sympy

        body = sympy.latex(body)
    return show(LatexProps(body=clean_text(body), help=help_text("latex", help), width=_width("latex", width)))


def _is_sympy(value: object) -> bool:
    return type(value).__module__.split(".")[0] == "sympy"


def divider(*, width: str | int = "stretch") -> Container:
    """A horizontal rule."""
    return show(DividerProps(width=_width("divider", width)))


# ---------------------------------------------------------------- json


def json(body: Any, *, expanded: bool | int = True, width: str | int = "stretch") -> Container:
    """An interactive JSON tree. A string is taken to be JSON text already."""
    if isinstance(expanded, bool):
        depth: bool | int = expanded
    elif isinstance(expanded, int) and expanded >= 0:
        depth = expanded if expanded > 0 else False
    else:
        raise DeskAPIError(
            f"st.json: expanded must be True, False or a non-negative int (the depth to expand), not {expanded!r}."
        )
    return show(JsonProps(body=json_text(body), expanded=depth, width=_width("json", width)))


def json_text(body: Any) -> str:
    """``body`` as JSON text: anything but a string is serialised. A string is taken as it is,
    as in Streamlit: text that is not JSON does not fail the run (the page shows it as text)."""
    if isinstance(body, str):
        return body
    return _json.dumps(to_jsonable(body), default=_json_default)


def to_jsonable(value: Any) -> Any:
    """Plain containers for namedtuples, dataclasses, pydantic models and mappings."""
    import dataclasses
    from collections.abc import Mapping

    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: to_jsonable(v) for k, v in value._asdict().items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if _is_pydantic(value):
        return to_jsonable(value.model_dump() if hasattr(value, "model_dump") else value.dict())
    if isinstance(value, Mapping):
        return {str(k) if not isinstance(k, (str, int, float, bool)) else k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)) or type(value).__name__ in ("dict_keys", "dict_values"):
        return [to_jsonable(v) for v in value]
    return value


def _is_pydantic(value: object) -> bool:
    cls = type(value)
    return any(base.__module__.split(".")[0] == "pydantic" and base.__name__ == "BaseModel" for base in cls.__mro__)


def _json_default(value: Any) -> Any:
    """A value JSON has no type for is shown as its repr (``"datetime.date(2024, 1, 2)"``), as Streamlit does."""
    return repr(value)


# ---------------------------------------------------------------- html


_SCRIPT_RE = re.compile(r"<script\b[^>]*>.*?</script\s*>|<script\b[^>]*/?>", re.IGNORECASE | re.DOTALL)
_STYLE_ONLY_RE = re.compile(r"^\s*(<style\b[^>]*>.*?</style\s*>\s*)+$", re.IGNORECASE | re.DOTALL)


def html(body: Any, *, width: str | int = "stretch", unsafe_allow_javascript: bool = False) -> Container:
    """Insert HTML (a string, a path to an .html/.css file, or an object with ``_repr_html_``).

    The frontend sanitises it; ``<script>`` tags are also removed here unless
    ``unsafe_allow_javascript=True``. Content that is only ``<style>`` tags goes to the
    event root, so it takes no space on the page.
    """
    content = clean_text(_html_content(body))
    if not content.strip():
        raise DeskAPIError("st.html: body is empty. Pass some HTML, or a path to a non-empty .html file.")
    if not unsafe_allow_javascript:
        content = _SCRIPT_RE.sub("", content)
    props = HtmlProps(body=content, sanitize=True, allow_javascript=bool(unsafe_allow_javascript), width=_width("html", width))
    if _STYLE_ONLY_RE.match(content):
        return show(props, root=ROOT_EVENT)
    return show(props)


def _html_content(body: Any) -> str:
    if isinstance(body, Path):
        return _read_html_file(body)
    if isinstance(body, str):
        if "\n" not in body and len(body) < 1024 and body.lower().endswith((".html", ".htm", ".css")):
            path = Path(body)
            if path.is_file():
                return _read_html_file(path)
        return body
    repr_html = getattr(body, "_repr_html_", None)
    if callable(repr_html):
        result = repr_html()
        if isinstance(result, str):
            return result
    return str(body)


def _read_html_file(path: Path) -> str:
    if not path.is_file():
        raise DeskAPIError(f"st.html: there is no file at {str(path)!r}. Check the path (relative paths start at the working directory).")
    content = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".css":
        return f"<style>{content}</style>"
    return content


# ---------------------------------------------------------------- echo


@contextmanager
def _echo_block(filename: str, line: int, code_location: str) -> Iterator[None]:
    from desk.elements.layout import empty

    placeholder = empty() if code_location == "above" else None
    # As in Streamlit, the code shows only when the block ends normally: a block that
    # raises (or calls st.stop / st.rerun) leaves no code, and "above" its empty placeholder.
    yield
    source = _block_source(filename, line)
    if source is not None:
        if placeholder is not None:
            placeholder.code(source, "python")
        else:
            code(source, "python")


def echo(code_location: str = "above") -> AbstractContextManager[None]:
    """Use in a ``with`` block: show the block's source code, and run it.

    ``code_location`` puts the code ``"above"`` or ``"below"`` the block's output.
    """
    if code_location not in ("above", "below"):
        raise DeskAPIError(f"st.echo: code_location must be 'above' or 'below', not {code_location!r}.")
    frame = sys._getframe(1)
    return _echo_block(frame.f_code.co_filename, frame.f_lineno, code_location)


def _block_source(filename: str, line: int) -> str | None:
    """The dedented body of the ``with`` statement on ``line`` of ``filename``."""
    lines = linecache.getlines(filename)
    if not lines:
        return None
    try:
        tree = ast.parse("".join(lines))
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.body and node.lineno <= line < _first_line(node.body[0]):
            start = _first_line(node.body[0])
            end = node.body[-1].end_lineno or node.body[-1].lineno
            return textwrap.dedent("".join(lines[start - 1 : end])).rstrip("\n")
    return None


def _first_line(stmt: ast.stmt) -> int:
    decorators: list[ast.expr] = getattr(stmt, "decorator_list", None) or []
    return min([stmt.lineno, *(d.lineno for d in decorators)])


# ---------------------------------------------------------------- help


def help(obj: Any = None, *, width: str | int = "stretch") -> Container:
    """Documentation of an object: its name, type, signature, docstring and members."""
    shown_width = check_width("help", width)
    if obj is None:
        import desk

        obj = desk
    props = help_props(obj, _call_site_name())
    if isinstance(shown_width, int):
        props.width = shown_width
    return show(props)


def _call_site_name() -> str | None:
    """How the caller's line names the object, as Streamlit reads it: the source text of the first
    argument of ``st.help(...)``/``st.write(...)`` (a walrus's target; None for a literal or no
    argument), or the whole line for a magic expression."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_DESK_DIR):
        frame = frame.f_back  # past desk's own frames: st.write, the container method, the parameter check
    if frame is None:
        return None
    line = re.sub(r"[\n\r]+", "", linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip())
    if not line:
        return None
    try:
        tree = ast.parse(line)
    except SyntaxError:  # a call spread over several lines: its first line alone is not code
        return None
    call = getattr(tree.body[0], "value", None) if tree.body else None
    if not isinstance(call, ast.Call) or _called_name(call.func) not in ("help", "write"):
        return line.removesuffix(",")
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    if isinstance(arg, ast.Constant):
        return None
    return line[arg.col_offset : arg.end_col_offset]


def _called_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def help_props(obj: Any, var_name: str | None = None) -> HelpProps:
    doc = inspect.getdoc(obj) if _has_own_doc(obj) else None
    return HelpProps(
        name=_own_name(obj) or var_name,
        call_name=var_name,
        type=_type_name(obj),
        doc=doc,
        signature=_signature(obj),
        value=_summary(obj, var_name),
        members=_members(obj),
    )


_MEMORY_ADDRESS = re.compile(r"^<[A-Za-z_][\w<>. ]* at 0x[0-9a-fA-F]+>$")
"""A default repr, ``<foo.Bar object at 0x7f...>``: it tells nothing and changes every run."""


def _summary(obj: Any, var_name: str | None) -> str | None:
    """The object in one line, as Streamlit's help card shows it: a plain value's repr, else
    ``module.Name(signature)`` of the object (or of its class, for an instance without a useful
    repr); None when that would only repeat ``var_name``."""
    if not _is_documented_thing(obj):
        text = short_repr(obj, 300)
        if isinstance(obj, str) or not _MEMORY_ADDRESS.match(text):
            return text
    named = obj if _own_name(obj) else type(obj)
    # A module has no __module__ of its own (desk's ``streamlit`` alias would report its class's).
    module = None if inspect.ismodule(named) else getattr(named, "__module__", None)
    summary = f"{_own_name(named)}{_signature_text(named)}"
    if module:
        summary = f"{module}.{summary}"
    return None if summary == var_name else summary


def _own_name(obj: Any) -> str | None:
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    return name if isinstance(name, str) and name else None


def _signature_text(obj: Any) -> str:
    """``(a, b=1)`` for a class or callable; ``(...)`` when Python cannot describe it."""
    if not (inspect.isclass(obj) or callable(obj)):
        return ""
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return ""


def _has_own_doc(obj: Any) -> bool:
    if _is_documented_thing(obj):
        return True
    return type(obj).__doc__ != getattr(obj, "__doc__", None) or type(obj).__module__ != "builtins"


def _is_documented_thing(obj: Any) -> bool:
    return inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj)


def _type_name(obj: Any) -> str:
    """The qualified name of ``obj``'s type; "class" for a class, whatever its metaclass."""
    if inspect.isclass(obj):
        return "class"
    cls = type(obj)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def _signature(obj: Any) -> str | None:
    if not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return None


def short_repr(obj: Any, limit: int = 200) -> str:
    try:
        text = repr(obj).strip()
    except Exception:  # a broken __repr__ must not break st.help
        text = f"<{_type_name(obj)}>"
    return text if len(text) <= limit else text[:limit] + "..."


def _members(obj: Any, limit: int = 200) -> list[HelpMember]:
    members: list[HelpMember] = []
    for member_name in sorted(dir(obj)):
        if member_name.startswith("_"):
            continue
        try:
            value = getattr(obj, member_name)
        except Exception:  # properties may raise; skip them
            continue
        doc = inspect.getdoc(value) if _is_documented_thing(value) else None
        members.append(
            {
                "name": member_name,
                "type": _type_name(value),
                "doc": doc.split("\n\n")[0] if doc else None,
                "value": None if _is_documented_thing(value) else short_repr(value, 80),
            }
        )
        if len(members) >= limit:
            break
    return members


# ---------------------------------------------------------------- badge


def badge(
    label: str, *, icon: str | None = None, color: str = "blue", width: str | int = "content", help: str | None = None
) -> Container:
    """A small coloured badge with an optional icon."""
    if not isinstance(label, str):
        raise DeskAPIError(f"st.badge: label must be a string, not {type(label).__name__} ({label!r}).")
    if color not in BADGE_COLORS:
        raise DeskAPIError(f"st.badge: color must be one of {', '.join(map(repr, BADGE_COLORS))}, not {color!r}.")
    return show(
        BadgeProps(
            label=label,
            icon=check_icon("badge", icon),
            color="gray" if color == "grey" else color,
            help=help_text("badge", help),
            width=_width("badge", width),
        )
    )
