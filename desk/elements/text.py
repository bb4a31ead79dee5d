"""Text elements: write (dispatch by type), markdown, headings, caption, code, text and friends."""

from __future__ import annotations

from typing import Any

from desk.errors import DeskAPIError
from desk.elements.base import element
from desk.runtime.emitter import Container


def _body(func: str, body: object) -> str:
    if isinstance(body, str):
        return body
    return str(body)


def markdown(body: Any, unsafe_allow_html: bool = False, *, help: str | None = None) -> Container:
    """GitHub-flavoured markdown. Raw HTML shows only with ``unsafe_allow_html=True``."""
    return element("Markdown", {"body": _body("markdown", body), "allow_html": bool(unsafe_allow_html), "help": help})


def _heading(func: str, level: int, body: Any, anchor: str | bool | None, help: str | None, divider: bool | str) -> Container:
    if anchor is not None and not isinstance(anchor, (str, bool)):
        raise DeskAPIError(f"st.{func}: anchor must be a string, False or None, not {anchor!r}.")
    colors = ("blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow")
    if divider not in (False, True) and divider not in colors:
        raise DeskAPIError(f"st.{func}: divider must be True, False or one of {', '.join(colors)}, not {divider!r}.")
    text = _body(func, body)
    if anchor is None:
        anchor_value: str | None = _slug(text)
    elif anchor is False:
        anchor_value = None
    elif anchor is True:
        anchor_value = _slug(text)
    else:
        anchor_value = str(anchor)
    return element(
        "Heading",
        {"body": text, "level": level, "anchor": anchor_value, "help": help, "divider": divider if divider else None},
    )


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def title(body: Any, anchor: str | bool | None = None, *, help: str | None = None) -> Container:
    """A level-1 heading."""
    return _heading("title", 1, body, anchor, help, False)


def header(body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False) -> Container:
    """A level-2 heading."""
    return _heading("header", 2, body, anchor, help, divider)


def subheader(body: Any, anchor: str | bool | None = None, *, help: str | None = None, divider: bool | str = False) -> Container:
    """A level-3 heading."""
    return _heading("subheader", 3, body, anchor, help, divider)


def text(body: Any, *, help: str | None = None) -> Container:
    """Fixed-width, preformatted text."""
    return element("Text", {"body": _body("text", body), "help": help})


def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Write anything: strings as markdown, frames as tables, dicts as JSON..."""
    from desk.elements.write import write_objects

    write_objects(args, unsafe_allow_html=unsafe_allow_html)


def magic_write(value: Any) -> Any:
    """Called for each bare expression in a script (magic). Writes it and returns it."""
    if value is None:
        return value
    write(value)
    return value
