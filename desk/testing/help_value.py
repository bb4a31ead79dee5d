"""What an AppTest shows as the ``value`` of an ``st.help`` card, the way Streamlit's AppTest does.

The card's one-line summary is either a plain value's repr (``'Hello'``, ``Point(x=1, y=2)``)
or a signature, ``module.Name(params)``, for things with no readable repr (classes, functions,
instances whose repr is a memory address). Streamlit's AppTest shows the name the calling line
gave the object (``st.help(df)`` gives ``df``) in place of a signature, and the summary
otherwise. ``shown_value`` makes that choice from the card's props.
"""

from __future__ import annotations

import keyword

CALLABLE_TYPES = frozenset(
    {
        "function",
        "method",
        "builtin_function_or_method",
        "classmethod",
        "staticmethod",
        "method_descriptor",
        "classmethod_descriptor",
        "wrapper_descriptor",
        "CachedFunc",
        "BoundCachedFunc",
    }
)
"""Type names of functions and methods: ``name=value`` in their summary is a parameter list."""


def shown_value(summary: str | None, call_name: str | None, type_name: str, is_class: bool) -> str:
    """The call-site name when there is one and the summary is missing or a signature; else the summary."""
    text = summary or ""
    if call_name and (not text or is_signature(text, is_class or type_name.rsplit(".", 1)[-1] in CALLABLE_TYPES)):
        return call_name
    return text


def is_signature(text: str, of_callable: bool) -> bool:
    """Whether ``text`` reads as ``dotted.name(params)`` (with an optional ``-> annotation``).

    An empty or positional list is a signature when the name is module-qualified or the object
    is callable; a list of only ``key=value`` items is one only for callables (otherwise it is a
    readable repr such as a dataclass's).
    """
    if not text or text[0] in "'\"" or (len(text) >= 300 and text.endswith("...")):
        return False
    opening = text.find("(")
    if opening <= 0 or not _dotted(text[:opening]):
        return False
    closing = _closing(text, opening)
    if closing is None:
        return False
    rest = text[closing + 1 :]
    if rest and not rest.startswith(" -> "):
        return False
    qualified = "." in text[:opening]
    inside = text[opening + 1 : closing].strip()
    if inside == "...":
        return True
    if not inside:
        return qualified or of_callable
    parts = _top_level_split(inside)
    if not all(_parameter(part) for part in parts):
        return False
    if all(_separator(part)[1] == "=" and _separator(part)[0].isidentifier() for part in parts):
        return of_callable
    return qualified or of_callable


def _dotted(prefix: str) -> bool:
    """``a.b.C`` or ``f.<locals>.g``."""
    for piece in prefix.split("."):
        if not (piece.isidentifier() or (piece[:1] == "<" and piece[-1:] == ">" and piece[1:-1].isidentifier())):
            return False
    return True


def _scan(text: str) -> list[tuple[int, str, int]]:
    """(index, char, depth before it) for each character outside string literals."""
    found: list[tuple[int, str, int]] = []
    depth = 0
    quote = ""
    escaped = False
    for index, char in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "'\"":
            quote = char
            continue
        found.append((index, char, depth))
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
    return found


def _closing(text: str, opening: int) -> int | None:
    """The index of the bracket that closes the one at ``opening``."""
    for index, char, depth in _scan(text[opening:]):
        if char in ")]}" and depth == 1:
            return opening + index
    return None


def _top_level_split(text: str) -> list[str]:
    cuts = [index for index, char, depth in _scan(text) if char == "," and depth == 0]
    parts = [text[start + 1 : end].strip() for start, end in zip([-1, *cuts], [*cuts, len(text)], strict=True)]
    return [part for part in parts if part]


def _separator(part: str) -> tuple[str, str]:
    """The text before the first top-level ``:`` or ``=``, and that character ("" when none)."""
    for index, char, depth in _scan(part):
        if depth == 0 and char in ":=":
            return part[:index].strip(), char
    return part.strip(), ""


def _parameter(part: str) -> bool:
    """Whether ``part`` is one parameter as ``inspect.signature`` prints it."""
    if part in ("*", "/", "..."):
        return True
    stars = len(part) - len(part.lstrip("*"))
    name, separator = _separator(part[stars:])
    if not name.isidentifier() or keyword.iskeyword(name):
        return False
    return separator in ("", ":") if stars else separator in ("", ":", "=")
