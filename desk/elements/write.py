"""``st.write`` dispatch: choose the element for each argument by its type.

Types are recognised by duck typing and by the module their class comes from, never by
importing a heavy library: an object can only be a pandas DataFrame if pandas is
already imported, so ``sys.modules`` is consulted instead of ``import pandas``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import re
import sys
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

from desk.elements import text as text_elements
from desk.elements.text import short_repr
from desk.errors import DeskAPIError
from desk.runtime.context import get_run
from desk.runtime.emitter import Container


def _module_of(obj: object) -> str:
    return type(obj).__module__ or ""


def _in_module(obj: object, package: str) -> bool:
    module = _module_of(obj)
    return module == package or module.startswith(package + ".")


def _is_instance(obj: object, module: str, *names: str) -> bool:
    """``isinstance(obj, module.name)`` for any of ``names``, without importing ``module``."""
    loaded = sys.modules.get(module)
    if loaded is None:
        return False
    classes = tuple(cls for cls in (getattr(loaded, name, None) for name in names) if isinstance(cls, type))
    return bool(classes) and isinstance(obj, classes)


def is_dataframe_like(obj: object) -> bool:
    """pandas, pyarrow, numpy, polars and anything speaking the dataframe protocols."""
    if inspect.isclass(obj):
        return False
    if _is_instance(obj, "pandas", "DataFrame", "Series", "Index"):
        return True
    if _is_instance(obj, "pandas.io.formats.style", "Styler"):
        return True
    if _is_instance(obj, "pyarrow", "Table", "RecordBatch", "ChunkedArray", "Array"):
        return True
    if _is_instance(obj, "numpy", "ndarray"):
        return True
    if _in_module(obj, "polars") and type(obj).__name__ in ("DataFrame", "Series", "LazyFrame"):
        return True
    return callable(getattr(obj, "to_pandas", None)) or callable(getattr(obj, "__dataframe__", None))


def _is_namedtuple(obj: object) -> bool:
    return (
        isinstance(obj, tuple) and callable(getattr(obj, "_asdict", None)) and hasattr(type(obj), "_fields")
    )


def _is_pydantic(obj: object) -> bool:
    return not inspect.isclass(obj) and any(
        base.__name__ == "BaseModel" and base.__module__.split(".")[0] == "pydantic"
        for base in type(obj).__mro__
    )


def is_json_like(obj: object) -> bool:
    """Dicts, lists, named tuples, pydantic models and dict views: written as JSON.

    A plain tuple or set is written as its inline repr and a dataclass instance with
    ``st.help``, as Streamlit does.
    """
    if isinstance(obj, (dict, list, Mapping)) or _is_namedtuple(obj) or _is_pydantic(obj):
        return True
    return type(obj).__name__ in ("dict_keys", "dict_values", "dict_items", "mappingproxy")


def _has_own_text(obj: object) -> bool:
    """Whether ``obj``'s class says how to show it as text (its own ``__str__`` or ``__repr__``)."""
    cls = type(obj)
    return cls.__str__ is not object.__str__ or cls.__repr__ is not object.__repr__


def _is_chart(obj: object) -> str | None:
    """The name of the chart element that shows ``obj``, if it is a chart."""
    name = type(obj).__name__
    if _in_module(obj, "altair") and callable(getattr(obj, "to_dict", None)) and name.endswith("Chart"):
        return "altair_chart"
    if _is_instance(obj, "matplotlib.figure", "Figure", "SubFigure"):
        return "pyplot"
    if _in_module(obj, "plotly") and name == "Figure":
        return "plotly_chart"
    if (
        _in_module(obj, "bokeh")
        and callable(getattr(obj, "to_json", None))
        and name in ("figure", "Figure", "Plot")
    ):
        return "bokeh_chart"
    if _in_module(obj, "graphviz") and callable(getattr(obj, "pipe", None)):
        return "graphviz_chart"
    if _in_module(obj, "pydeck") and name == "Deck":
        return "pydeck_chart"
    return None


def _is_sympy(obj: object) -> bool:
    return _in_module(obj, "sympy") and not inspect.isclass(obj)


def _is_pil_image(obj: object) -> bool:
    return _is_instance(obj, "PIL.Image", "Image")


def _is_stream(obj: object) -> bool:
    return inspect.isgenerator(obj) or inspect.isasyncgen(obj)


def _is_documentable(obj: object) -> bool:
    if inspect.isclass(obj) or inspect.ismodule(obj) or inspect.isroutine(obj):
        return True
    return dataclasses.is_dataclass(obj)


def classify(obj: object, *, unsafe_allow_html: bool = False) -> str:
    """The ``st.*`` function that ``st.write`` uses for ``obj``.

    ``"markdown"`` and ``"text"`` (inline code) join the markdown element being built;
    every other kind is an element of its own. An object of no known kind is shown as
    inline code when its class defines how to print it, and documented with ``st.help``
    otherwise (a bare ``object()`` has nothing better to show than its attributes).
    """
    if isinstance(obj, str):
        return "markdown"
    if isinstance(obj, BaseException):
        return "exception"
    if is_dataframe_like(obj):
        return "dataframe"
    chart = _is_chart(obj)
    if chart is not None:
        return chart
    if _is_sympy(obj):
        return "latex"
    if _is_pil_image(obj):
        return "image"
    if _is_stream(obj):
        return "write_stream"
    if is_json_like(obj):
        return "json"
    if _is_documentable(obj):
        return "help"
    if unsafe_allow_html and callable(getattr(obj, "_repr_html_", None)):
        return "html"
    return "text" if _has_own_text(obj) else "help"


def _inline_code(text: str) -> str:
    """``text`` as markdown inline code, with a fence longer than any backtick run inside."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _api(name: str) -> Any:
    import desk

    return getattr(desk, name)


def write_objects(args: tuple[Any, ...], *, unsafe_allow_html: bool = False) -> None:
    """Write the arguments as Streamlit does: one markdown element for each run of strings and values
    shown as inline code (joined with spaces), and an element of its own for anything else."""
    ctx = get_run()
    if ctx is not None and len(args) > 1 and ctx.target().slot is not None:
        raise DeskAPIError(
            "st.write: a placeholder (st.empty() or an element's handle) holds one element, but write() was given "
            f"{len(args)} arguments. Join them into one string, or write them into a st.container() instead."
        )
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            text_elements.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        kind = classify(arg, unsafe_allow_html=unsafe_allow_html)
        if kind == "markdown":
            buffer.append(arg)
        elif kind == "text":
            buffer.append(_inline_code(str(arg)))
        else:
            flush()
            _write_one(kind, arg)
    flush()


def _write_one(kind: str, arg: Any) -> None:
    if kind == "html":
        html = arg._repr_html_()
        text_elements.html(html if isinstance(html, str) else str(html))
    elif kind == "json":
        text_elements.json(arg)
    elif kind == "help":
        text_elements.help(arg)
    elif kind == "latex":
        text_elements.latex(arg)
    elif kind == "write_stream":
        write_stream(arg)
    else:
        _api(kind)(arg)


# ---------------------------------------------------------------- st.write and st.write_stream


def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Write anything: strings as markdown, frames as tables, dicts as JSON, figures as charts..."""
    write_objects(args, unsafe_allow_html=unsafe_allow_html)


def write_stream(stream: Any, *, cursor: str | None = None) -> str | list[Any]:
    """Write a stream (generator, async generator, iterable, LLM stream) chunk by chunk.

    Consecutive text chunks grow one markdown element; other chunks are written with
    ``st.write``. Returns the full text, or a list of everything written when the stream
    held more than text.
    """
    from desk.elements.layout import empty

    if cursor is not None and not isinstance(cursor, str):
        raise DeskAPIError(f"st.write_stream: cursor must be a string or None, not {cursor!r}.")
    written: list[Any] = []
    text_so_far = ""
    placeholder: Container | None = None

    def flush() -> None:
        nonlocal text_so_far, placeholder
        if placeholder is not None:
            placeholder.markdown(text_so_far)
            written.append(text_so_far)
        text_so_far, placeholder = "", None

    for chunk in _chunks(stream):
        text_chunk = _chunk_text(chunk)
        if text_chunk is not None:
            if not text_chunk:
                continue
            if placeholder is None:
                placeholder = empty()
            text_so_far += text_chunk
            placeholder.markdown(text_so_far + (cursor or ""))
            continue
        if chunk is None:
            continue
        flush()
        write_objects((chunk,))
        written.append(chunk)
    flush()
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return StreamingOutput(written)


class StreamingOutput(list[Any]):
    """What ``st.write_stream`` returns when the stream held more than text: the list of what it
    wrote, under the type name Streamlit gives it (apps print ``type(result).__name__``)."""


def _chunks(stream: Any) -> Iterator[Any]:
    if isinstance(stream, (str, bytes, dict)):
        raise DeskAPIError(
            f"st.write_stream: stream must be a generator, an iterable or a generator function, not {type(stream).__name__}. "
            "To show a single value, use st.write."
        )
    if callable(stream) and not (hasattr(stream, "__iter__") or hasattr(stream, "__aiter__")):
        stream = stream()
    if hasattr(stream, "__aiter__"):
        return _sync_from_async(stream)
    if hasattr(stream, "__iter__"):
        return iter(stream)
    raise DeskAPIError(
        f"st.write_stream: stream must be a generator, an iterable or a generator function, not {type(stream).__name__} "
        f"({short_repr(stream, 60)})."
    )


def _sync_from_async(stream: AsyncIterator[Any]) -> Iterator[Any]:
    loop = asyncio.new_event_loop()
    iterator = stream.__aiter__()
    try:
        while True:
            try:
                yield loop.run_until_complete(iterator.__anext__())
            except StopAsyncIteration:
                break
    finally:
        close: Callable[[], Any] | None = getattr(iterator, "aclose", None)
        if close is not None:
            loop.run_until_complete(close())
        loop.close()


def _chunk_text(chunk: Any) -> str | None:
    """The text of a chunk (plain string, OpenAI or LangChain chunk), or None for other values."""
    if isinstance(chunk, str):
        return chunk
    choices = getattr(chunk, "choices", None)
    if isinstance(choices, (list, tuple)):  # OpenAI chat completion chunk
        if not choices:
            return ""
        delta = getattr(choices[0], "delta", None)
        content = getattr(delta, "content", None)
        return content if isinstance(content, str) else ""
    event_type = getattr(chunk, "type", None)
    if isinstance(event_type, str) and event_type.startswith("response."):  # OpenAI Responses API events
        delta = getattr(chunk, "delta", None)
        return delta if event_type == "response.output_text.delta" and isinstance(delta, str) else ""
    content = getattr(chunk, "content", None)
    if isinstance(content, str):  # LangChain message chunk
        return content
    return None
