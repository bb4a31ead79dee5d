"""``st.write`` dispatch: choose the element for each argument by its type."""

from __future__ import annotations

from typing import Any


def write_objects(args: tuple[Any, ...], *, unsafe_allow_html: bool = False) -> None:
    """Write each argument; consecutive strings are joined into one markdown element."""
    from desk.elements import text as text_elements

    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            text_elements.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        flush()
        text_elements.markdown(f"`{arg!r}`")
    flush()
