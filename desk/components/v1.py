"""``st.components.v1``: raw HTML, iframes and custom (bidirectional) components.

``html`` and ``iframe`` emit ``ComponentHtml`` and ``ComponentIframe`` nodes, which the
client draws in a sandboxed frame. ``declare_component`` returns a callable that is a
widget: its node (``CustomComponent``) tells the client where the component's page lives,
either an outside ``url`` (a development server) or a folder served by desk under
``/component/<name>/``. The page sends values back with ``setComponentValue``; the call
returns ``default`` until it does.

``registry`` maps each path-based component's full name to its folder, so the server
can serve ``/component/<name>/<file>`` from it.
"""

from __future__ import annotations

import inspect
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from desk.elements.base import WidgetCallback, widget
from desk.elements.definitions import Props, define, omitted
from desk.elements.status import show
from desk.errors import DeskAPIError
from desk.protocol import BinaryPayload
from desk.runtime.emitter import Container

# full component name -> the folder its files are served from
registry: dict[str, Path] = {}

ASSET_ROUTE = "/component/"


# ---------------------------------------------------------------- html and iframe


def _check_size(func: str, name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise DeskAPIError(f"components.{func}: {name} must be a whole number of pixels (0 or more) or None, not {value!r}.")
    return value


@dataclass(kw_only=True, slots=True)
class ComponentIframeProps(Props):
    """A page shown in a frame (components.iframe)."""

    src: str
    """The page's URL."""
    width: int | None
    """The frame's width in pixels, or None to fill the column."""
    height: int | None
    """The frame's height in pixels, or None for the client's default."""
    scrolling: bool
    """True shows scroll bars when the page overflows."""
    tab_index: int | None
    """The frame's place in the tab order (-1 skips it), or None."""
    title: str | None = omitted()
    """The frame's accessible name (st.iframe's alt), when one was given."""


@dataclass(kw_only=True, slots=True)
class ComponentHtmlProps(Props):
    """HTML with its scripts, in a sandboxed frame of its own (components.html)."""

    html: str
    """The HTML document or fragment."""
    page: BinaryPayload
    """The same HTML as the frame's own page, served from /media."""
    width: int | None
    """The frame's width in pixels, or None to fill the column."""
    height: int | None
    """The frame's height in pixels, or None for the client's default."""
    scrolling: bool
    """True shows scroll bars when the page overflows."""
    tab_index: int | None
    """The frame's place in the tab order (-1 skips it), or None."""
    allow_popups: bool
    """True lets the page open new windows."""
    title: str | None = omitted()
    """The frame's accessible name (st.iframe's alt), when one was given."""


@dataclass(kw_only=True, slots=True)
class CustomComponentProps(Props):
    """A declared custom component's frame; its value is what the component sends (declare_component)."""

    component_name: str
    """The component's name."""
    url: str
    """Where its page is served."""
    args: dict[str, Any]
    """The keyword arguments the script passed, as JSON values."""
    default: Any
    """The value before the component sends one."""
    tab_index: int | None
    """The frame's place in the tab order (-1 skips it), or None."""


COMPONENT_IFRAME = define("ComponentIframe", ComponentIframeProps, apptest="iframe", attrs=("src", "width", "height"), sizes_itself=True)
COMPONENT_HTML = define("ComponentHtml", ComponentHtmlProps, apptest="iframe", attrs=("html", "width", "height"), sizes_itself=True)
CUSTOM_COMPONENT = define(
    "CustomComponent", CustomComponentProps, apptest="custom_component", attrs=("component_name", "args"), value=Any
, sizes_itself=True)


class _Frame(NamedTuple):
    width: int | None
    height: int | None
    scrolling: bool
    tab_index: int | None


def _check_frame_args(func: str, width: object, height: object, scrolling: object, tab_index: object) -> _Frame:
    if not isinstance(scrolling, bool):
        raise DeskAPIError(f"components.{func}: scrolling must be True or False, not {scrolling!r}.")
    if tab_index is not None and (isinstance(tab_index, bool) or not isinstance(tab_index, int) or tab_index < -1):
        raise DeskAPIError(
            f"components.{func}: tab_index must be None, -1 (not focusable) or a whole number 0 or more, not {tab_index!r}."
        )
    return _Frame(_check_size(func, "width", width), _check_size(func, "height", height), scrolling, tab_index)


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
    allow_popups: bool = False,
    title: str | None = None,
) -> Container:
    """Show ``html`` (scripts included) in a sandboxed frame of its own.

    The frame runs in an opaque origin: it cannot read the app's page, storage or token,
    and loads its page with a key that opens that page only. It may not open windows
    unless ``allow_popups`` is set (a desk extension).

    Args:
        html: The HTML document or fragment to show.
        width: The frame's width in pixels; None fills the column.
        height: The frame's height in pixels; None lets the client pick (150 px).
        scrolling: Whether the frame shows scroll bars when its content overflows.
        tab_index: The frame's position in the keyboard tab order (-1 to skip it).
        allow_popups: Let the page open new windows (``window.open``, ``target="_blank"``).
        title: The frame's accessible name (a desk extension; st.iframe's ``alt``).
    """
    if not isinstance(html, str):
        raise DeskAPIError(f"components.html: html must be a string, not {type(html).__name__} ({html!r}).")
    if not isinstance(allow_popups, bool):
        raise DeskAPIError(f"components.html: allow_popups must be True or False, not {allow_popups!r}.")
    # The page is also served from /media as its own document: a srcdoc frame would inherit
    # the app's Content-Security-Policy, which forbids the inline scripts such HTML needs.
    mimetype = "text/html; charset=utf-8" + ("; desk-allow=popups" if allow_popups else "")
    page = BinaryPayload(html.encode("utf-8"), mimetype)
    frame = _check_frame_args("html", width, height, scrolling, tab_index)
    return show(ComponentHtmlProps(html=html, page=page, **frame._asdict(), allow_popups=allow_popups, title=title))


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
    title: str | None = None,
) -> Container:
    """Show the page at ``src`` in a frame. Offline desk apps reach only local pages.

    ``title`` is the frame's accessible name (a desk extension; st.iframe's ``alt``).
    """
    if not isinstance(src, str) or not src.strip():
        raise DeskAPIError(f"components.iframe: src must be a non-empty URL string, not {src!r}.")
    frame = _check_frame_args("iframe", width, height, scrolling, tab_index)
    return show(ComponentIframeProps(src=src, **frame._asdict(), title=title))


# ---------------------------------------------------------------- custom components


class MarshallComponentException(DeskAPIError):
    """An argument of a custom component cannot be sent to its frame (Streamlit's name for it)."""


def _json_value(component: str, name: str, value: Any) -> Any:
    """``value`` as JSON-compatible data, or a clear error."""
    if hasattr(value, "to_dict") and type(value).__module__.startswith("pandas"):
        raise MarshallComponentException(
            f"components: argument {name!r} of component {component!r} is a {type(value).__name__}; desk passes "
            "JSON values to components. Pass df.to_dict('records') (or df.to_json()) instead."
        )
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as error:
        raise MarshallComponentException(
            f"components: argument {name!r} of component {component!r} must be JSON-serializable "
            f"(str, number, bool, None, list, dict), not {type(value).__name__} ({error})."
        ) from None


class CustomComponent:
    """A declared component: call it like a function to show it and read its value."""

    def __init__(self, name: str, path: Path | None = None, url: str | None = None) -> None:
        self.name = name
        self.path = path
        self.url = url

    @property
    def source(self) -> str:
        """Where the client loads the component from: its URL, or its folder's route."""
        return self.url if self.url is not None else f"{ASSET_ROUTE}{self.name}/"

    def __call__(
        self,
        *args: Any,
        key: str | None = None,
        default: Any = None,
        on_change: WidgetCallback = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show the component with ``kwargs`` as its arguments; return its current value."""
        if args:
            raise DeskAPIError(
                f"components: component {self.name!r} takes keyword arguments only, got {len(args)} positional "
                f"argument(s) ({args[0]!r}...). Call it as my_component(name=value, ...)."
            )
        json_args = {name: _json_value(self.name, name, value) for name, value in kwargs.items()}
        json_default = _json_value(self.name, "default", default)
        frame = _check_frame_args("declare_component", None, None, False, tab_index)
        props = CustomComponentProps(
            component_name=self.name,
            url=self.source,
            args=json_args,
            default=json_default,
            tab_index=frame.tab_index,
        )
        return widget(
            "CustomComponent",
            func=f"components.{self.name}",
            label="",
            key=key,
            identity=self._identity(key, json_args, json_default),
            default=default,
            props=props,
            on_change=on_change,
        )

    def create_instance(self, *args: Any, **kwargs: Any) -> Any:
        """The same as calling the component (the name some component libraries use)."""
        return self(*args, **kwargs)

    def _identity(self, key: object, json_args: dict[str, Any], json_default: Any) -> dict[str, Any]:
        """With a key, the key alone names the instance, so new arguments keep its value."""
        if key is not None:
            return {"component_name": self.name}
        return {"component_name": self.name, "args": json_args, "default": json_default}

    def __repr__(self) -> str:
        where = f"url={self.url!r}" if self.url is not None else f"path={str(self.path)!r}"
        return f"CustomComponent({self.name!r}, {where})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CustomComponent):
            return NotImplemented
        return (self.name, self.path, self.url) == (other.name, other.path, other.url)

    __hash__ = None  # type: ignore[assignment]


def _caller(depth: int) -> tuple[str, Path | None]:
    """The module name and file of the code ``depth`` frames above this function's caller."""
    frame = inspect.currentframe()
    for _ in range(depth + 1):
        if frame is None:
            break
        frame = frame.f_back
    if frame is None:
        return "__main__", None
    module = str(frame.f_globals.get("__name__", "__main__"))
    file = frame.f_globals.get("__file__") or frame.f_code.co_filename
    return module, Path(file) if file else None


def component_name(name: str, module: str, file: Path | None) -> str:
    """``<module>.<name>``; a script run as ``__main__`` is named after its file."""
    if module == "__main__" and file is not None:
        module = file.stem
    return f"{module}.{name}"


def _component_folder(path: str | Path, caller_file: Path | None) -> Path:
    folder = Path(path).expanduser()
    candidates = [folder] if folder.is_absolute() else []
    if not folder.is_absolute():
        if caller_file is not None:
            candidates.append(caller_file.resolve().parent / folder)
        candidates.append(Path.cwd() / folder)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    searched = ", ".join(str(c) for c in candidates)
    raise DeskAPIError(
        f"components.declare_component: path {str(path)!r} is not a folder (looked at {searched}). "
        "Pass the folder that holds the component's index.html, e.g. "
        "path=os.path.join(os.path.dirname(__file__), 'frontend', 'build')."
    )


def declare_component(name: str, path: str | Path | None = None, url: str | None = None) -> CustomComponent:
    """Declare a custom component served from the folder ``path`` or the server at ``url``.

    Args:
        name: A short name; the full name is ``<calling module>.<name>``.
        path: A folder holding the component's ``index.html`` and assets.
        url: The address of a running development server for the component.

    Returns:
        A ``CustomComponent``: call it with keyword arguments to show the component.

    Raises:
        DeskAPIError: both or neither of ``path`` and ``url`` are given, or ``path`` is not a folder.
    """
    if not isinstance(name, str) or not name:
        raise DeskAPIError(f"components.declare_component: name must be a non-empty string, not {name!r}.")
    if "/" in name or "\\" in name:
        raise DeskAPIError(
            f"components.declare_component: name {name!r} must not contain slashes (it becomes part of the "
            "component's address). Use letters, digits, '_', '-' or '.'."
        )
    if (path is None) == (url is None):
        raise DeskAPIError(
            f"components.declare_component({name!r}): pass either path= (a folder with the built component) "
            "or url= (a development server), not both and not neither."
        )
    module, file = _caller(1)
    full_name = component_name(name, module, file)
    if url is not None:
        if not isinstance(url, str) or not url.strip():
            raise DeskAPIError(f"components.declare_component({name!r}): url must be a non-empty string, not {url!r}.")
        return CustomComponent(full_name, url=url)
    assert path is not None
    folder = _component_folder(path, file)
    registry[full_name] = folder
    return CustomComponent(full_name, path=folder)


def component_file(name: str, relative: str) -> Path | None:
    """The file ``relative`` inside component ``name``'s folder, or None (unknown or outside it)."""
    folder = registry.get(name)
    if folder is None:
        return None
    try:
        target = (folder / relative.lstrip("/")).resolve()
        if target != folder and folder not in target.parents:
            return None
        return target if target.is_file() else None
    except (ValueError, OSError):  # a NUL byte, a name too long for the file system
        return None

__all__ = ["CustomComponent", "MarshallComponentException", "component_file", "component_name", "declare_component", "html", "iframe", "registry"]
