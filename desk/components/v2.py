"""``st.components.v2``: components made of inline HTML, CSS and a JavaScript module.

``component(name, html=, css=, js=, isolate_styles=)`` records a definition and returns its
mount callable. Each call of the mount shows one instance: a ``BidiComponent`` node carrying
the definition and the mount's ``data``. The page mounts the HTML and CSS (in a shadow root when
``isolate_styles``), imports the JS as a module and calls its default export, which reports
back with ``setStateValue(name, value)`` and ``setTriggerValue(name, value)``.

An instance is two widgets. Its node is a widget whose value is the dict of state values,
which persist from run to run; ``default`` seeds them. Beside it, a trigger without a node of
its own (the node names it in ``trigger_id``) carries ``{name: value}`` for the run the
event starts, then resets to None, as a button does. ``on_<name>_change`` callbacks run
before the script like other widget callbacks: for a state value when it changed, for a
trigger when it fired. The mount returns a ``ComponentResult`` (a dict with attribute access)
holding the trigger values of the callbacks' names, then every state value; with a key,
``st.session_state[key]`` shows the same and writes state values through to the instance.

``data`` is JSON, raw bytes (a ``Uint8Array`` in the page), a table (a DataFrame, array... as
an Arrow ``Table``), or a dict whose values may be tables or bytes, as in Streamlit; bytes and
tables travel as binary payloads. ``css`` and ``js`` are inline text, or paths into the
``asset_dir`` an installed package declares (``v2_assets``), which the page loads by URL.
"""

from __future__ import annotations

import hashlib
import json
import logging
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desk.components import v1, v2_assets
from desk.elements.base import check_key, widget
from desk.elements.definitions import Props, define, omitted
from desk.elements.status import check_width
from desk.errors import DeskAPIError, DeskAPIWarning, WidgetValueModifiedError
from desk.protocol import BinaryPayload
from desk.runtime.context import RunContext, get_run
from desk.runtime.state import SessionState, WidgetMeta, widget_id

log = logging.getLogger("desk.components")

__all__ = [
    "BidiComponentData",
    "BidiComponentDefaults",
    "BidiComponentKey",
    "ComponentIsolateStyles",
    "ComponentRenderer",
    "ComponentResult",
    "component",
]

_FUNC = "components.v2.component"

# The argument types Streamlit names in streamlit.components.v2.types, for wrappers' hints.
BidiComponentKey = str | int | None
BidiComponentData = Any
BidiComponentDefaults = dict[str, Any] | None
ComponentIsolateStyles = bool


@dataclass(frozen=True)
class ComponentDefinition:
    """What ``component()`` was given."""

    name: str
    html: str
    css: str
    js: str
    isolate_styles: bool
    css_url: str | None = None
    js_url: str | None = None


registry: dict[str, ComponentDefinition] = {}
"""Every registered component by name; a name registered again with other content warns."""


@dataclass(kw_only=True, slots=True)
class BidiComponentProps(Props):
    """One instance of a st.components.v2 component; its value is the dict of state values."""

    component_name: str
    """The name given to st.components.v2.component."""
    html: str
    """The component's HTML, mounted as it is (trusted code)."""
    css: str
    """The component's CSS, in a style element beside the HTML."""
    js: str
    """The component's JavaScript module; its default export is called with the component's arguments."""
    js_url: str | None = omitted()
    """Where the page imports the module from instead, when it is a file of the package's asset_dir."""
    css_url: str | None = omitted()
    """Where the page loads the CSS from instead, when it is a file of the package's asset_dir."""
    isolate_styles: bool
    """True mounts the HTML and CSS in a shadow root, so styles stay inside."""
    data: Any
    """The mount's data= as JSON, where raw bytes and tables (Arrow IPC) are binary payloads."""
    width: str | int
    """"stretch", "content" or a number of pixels."""
    height: str | int
    """"content", "stretch" or a number of pixels (the content scrolls beyond it)."""
    trigger_id: str
    """The widget id the page sends trigger values to (Trigger{value: {name: value}})."""


BIDI_COMPONENT = define(
    "BidiComponent", BidiComponentProps, apptest="bidi_component", attrs=("component_name", "data"), value=Any
)


class ComponentResult(dict[str, Any]):
    """A component's trigger and state values, by name; also readable as attributes (``result.clicked``)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            item = self[name]
        except KeyError:
            raise AttributeError(
                f"the component result has no value {name!r} (it has {sorted(self) or 'none'}). A value appears once "
                f"the component sets it; pass on_{name}_change=lambda: None to the mount to always have it."
            ) from None
        return ComponentResult(item) if isinstance(item, dict) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class ComponentState(dict[str, Any]):
    """``st.session_state[key]`` of a mounted component: its values, where a write sets a state value."""

    def __init__(self, values: Mapping[str, Any], write: Callable[[str, dict[str, Any]], bool]) -> None:
        super().__init__(values)
        object.__setattr__(self, "_write", write)

    _write: Callable[[str, dict[str, Any]], bool]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.get(name)

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __setitem__(self, name: str, value: Any) -> None:
        if self._write(name, {**self, name: value}):
            super().__setitem__(name, value)

    def __delitem__(self, name: str) -> None:
        rest = dict(self)
        del rest[name]
        if self._write(name, rest):
            super().__delitem__(name)

    def __deepcopy__(self, memo: dict[int, Any]) -> ComponentState:
        return self  # a view of the widget's state, not a value to copy


def _text(name: str, param: str, value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DeskAPIError(
            f"st.{_FUNC}({name!r}): {param} must be a string of inline {param.upper()} or None, not "
            f"{type(value).__name__}. desk takes the text itself; read a file with open(path).read()."
        )
    return value


def _code(name: str, param: str, value: object) -> tuple[str, str | None]:
    """Inline ``css``/``js`` text, or (for a path into the package's asset_dir) its URL."""
    text = _text(name, param, value)
    if not v2_assets.looks_like_path(text):
        return text, None
    folder, relative = v2_assets.resolve(name, param, text)
    v1.registry[name] = folder  # served at /component/<name>/, as components.v1 folders are
    return "", v2_assets.asset_url(name, relative)


_FRAME_MODULES = ("pandas", "polars", "pyarrow", "numpy")


def _is_frame(value: object) -> bool:
    """Data Streamlit sends to components as an Arrow table: frames, series, arrays."""
    from desk.elements.arrow import module_of

    return module_of(value) in _FRAME_MODULES and not _is_scalar(value)


def _is_scalar(value: object) -> bool:
    return hasattr(value, "item") and getattr(value, "ndim", None) == 0


def _arrow(name: str, value: Any) -> BinaryPayload:
    """A table as Arrow IPC. As pyarrow's ``from_pandas`` does by default (and so Streamlit), a
    pandas RangeIndex stays out of the columns; other indexes become columns."""
    from desk.elements.arrow import (
        ARROW_STREAM_MIMETYPE,
        from_pandas,
        ipc_bytes,
        module_of,
        to_arrow,
        to_pandas,
    )

    if module_of(value) in ("pyarrow", "polars"):
        table = to_arrow(value, func=_FUNC)
    else:
        import pandas as pd

        frame = to_pandas(value, func=_FUNC)
        table = from_pandas(frame, index=not isinstance(frame.index, pd.RangeIndex))
    return BinaryPayload(ipc_bytes(table), ARROW_STREAM_MIMETYPE)


def _plain_json(name: str, value: Any) -> Any:
    if _is_scalar(value):
        value = value.item()
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as error:
        raise DeskAPIError(
            f"st.{_FUNC}({name!r}): data must be JSON-serializable (str, number, bool, None, list, dict), a "
            f"DataFrame-like table, raw bytes, or a dict of those, not {type(value).__name__} ({error})."
        ) from None


def _component_data(name: str, data: Any) -> Any:
    """``data`` as the page receives it: JSON values, where bytes and tables are ``BinaryPayload``s.

    Bytes and tables are recognised at the top level and as the values of a top-level dict
    (Streamlit takes bytes at the top level only); the page turns them into a ``Uint8Array``
    and an Arrow ``Table``.
    """
    if isinstance(data, Mapping):
        return {str(k): _binary_or_json(name, v) for k, v in _plain_keys(name, data).items()}
    return _binary_or_json(name, data)


def _binary_or_json(name: str, value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return BinaryPayload(bytes(value), "application/octet-stream")
    if _is_frame(value):
        return _arrow(name, value)
    return _plain_json(name, value)


def _plain_keys(name: str, data: Mapping[Any, Any]) -> dict[Any, Any]:
    for key in data:
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise DeskAPIError(
                f"st.{_FUNC}({name!r}): the keys of a data dict must be strings or numbers, not {key!r}."
            )
    return dict(data)


def _identity_of(value: Any) -> Any:
    """``value`` with each payload named by its digest, for the instance's identity."""
    if isinstance(value, BinaryPayload):
        return {"$payload": value.digest}
    if isinstance(value, dict):
        return {k: _identity_of(v) for k, v in value.items()}
    return value


def _height(name: str, height: object) -> str | int:
    if isinstance(height, str) and height in ("content", "stretch"):
        return height
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise DeskAPIError(f"st.{_FUNC}({name!r}): height must be 'content', 'stretch' or a positive number of pixels, not {height!r}.")


def _callbacks(name: str, given: dict[str, Any]) -> dict[str, Callable[[], Any]]:
    """The ``on_<event>_change`` callbacks by event name; other keywords warn and are dropped."""
    found: dict[str, Callable[[], Any]] = {}
    for keyword, value in given.items():
        if keyword == "isolate_styles":
            warnings.warn(
                f"st.{_FUNC}({name!r}): isolate_styles belongs to st.components.v2.component(), not to the mount; "
                "it is ignored here.",
                DeskAPIWarning,
                stacklevel=3,
            )
            continue
        if not (keyword.startswith("on_") and keyword.endswith("_change")):
            warnings.warn(
                f"st.{_FUNC}({name!r}): the keyword {keyword}= is ignored; a mount takes key, data, default, width, "
                "height and on_<name>_change callbacks. Pass values for the component in data=.",
                DeskAPIWarning,
                stacklevel=3,
            )
            continue
        event = keyword[3:-7]
        if not event or event == "_":
            raise DeskAPIError(
                f"st.{_FUNC}({name!r}): {keyword!r} is not a callback name; callbacks are named on_<name>_change "
                "with a non-empty name, e.g. on_value_change."
            )
        if value is None:
            continue
        if not callable(value):
            raise DeskAPIError(
                f"st.{_FUNC}({name!r}): {keyword} must be a function or None, not {type(value).__name__} ({value!r})."
            )
        found[event] = value
    return found


def _state(value: Any, default: Mapping[str, Any]) -> dict[str, Any]:
    """The state values: the stored dict (anything else counts as empty) over the defaults."""
    stored = value if isinstance(value, dict) else {}
    return {**default, **stored}


def _state_from_wire(default: Mapping[str, Any]) -> Callable[[Any], dict[str, Any]]:
    def read(wire: Any) -> dict[str, Any]:
        if wire is None:
            return dict(default)
        if not isinstance(wire, dict) or not all(isinstance(name, str) for name in wire):
            raise ValueError(f"a component's state must be an object of named values, not {wire!r}")
        return _state(wire, default)

    return read


def _triggers_from_wire(wire: Any) -> dict[str, Any] | None:
    if wire is None:
        return None
    if not isinstance(wire, dict) or not wire or not all(isinstance(name, str) for name in wire):
        raise ValueError(f"a component's trigger must be an object of named values, not {wire!r}")
    return dict(wire)


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True)
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


class ComponentRenderer:
    """The mount callable of one component: call it to show an instance and read its values."""

    def __init__(self, definition: ComponentDefinition) -> None:
        self.definition = definition

    @property
    def name(self) -> str:
        return self.definition.name

    def __repr__(self) -> str:
        return f"ComponentRenderer({self.name!r})"

    def __call__(
        self,
        *,
        key: str | int | None = None,
        data: Any | None = None,
        default: dict[str, Any] | None = None,
        width: str | int = "stretch",
        height: str | int = "content",
        **on_callbacks: Callable[[], Any] | None,
    ) -> ComponentResult:
        """Show one instance of the component and return its trigger and state values.

        Args:
            key: Names the instance; with it, ``st.session_state[key]`` holds its values.
            data: What the component's JavaScript receives as ``data``: JSON, bytes, a table, or a
                dict of those.
            default: Initial state values, each named by one of the ``on_<name>_change`` callbacks.
            width: "stretch", "content" or a number of pixels.
            height: "content", "stretch" or a number of pixels.
            **on_callbacks: ``on_<name>_change`` functions, called when the state value or
                trigger ``<name>`` changes, before the script runs.
        """
        name = self.name
        callbacks = _callbacks(name, on_callbacks)
        if default is not None and not isinstance(default, Mapping):
            raise DeskAPIError(f"st.{_FUNC}({name!r}): default must be a dict of state values or None, not {default!r}.")
        defaults = dict(default or {})
        for state_name in defaults:
            if state_name not in callbacks:
                raise DeskAPIError(
                    f"st.{_FUNC}({name!r}): default names {state_name!r}, which is not a state of this mount. A "
                    f"default needs the state's callback: pass on_{state_name}_change=... (lambda: None will do). "
                    f"Callbacks given: {sorted(callbacks) or 'none'}."
                )
        json_defaults = _plain_json(name, defaults)
        json_data = _component_data(name, data)
        width = check_width(_FUNC, width, ("stretch", "content"))
        height = _height(name, height)
        user_key = check_key(_FUNC, key)
        ctx = get_run()
        if ctx is None:
            return ComponentResult({**dict.fromkeys(callbacks), **defaults})
        definition = registry.get(name, self.definition)  # the last registration of a name wins
        if user_key is not None:
            identity: dict[str, Any] = {"component_name": name}
        else:
            identity = {
                "component_name": name,
                "isolate_styles": definition.isolate_styles,
                "width": width,
                "height": height,
                "default": _digest(json_defaults),
                "data": _digest(_identity_of(json_data)),
            }
        target = ctx.target()
        trigger_id = widget_id("BidiComponentTrigger", user_key, identity, target.form_id, ctx.session.page_hash)
        state_store = ctx.session.state
        wid = widget_id("BidiComponent", user_key, identity, target.form_id, ctx.session.page_hash)
        seen: dict[str, Any] = {}  # the state this run shows, which the next change is compared with
        props = BidiComponentProps(
            component_name=name,
            html=definition.html,
            css=definition.css,
            js=definition.js,
            js_url=definition.js_url,
            css_url=definition.css_url,
            isolate_styles=definition.isolate_styles,
            data=json_data,
            width=width,
            height=height,
            trigger_id=trigger_id,
        )
        stored = widget(
            "BidiComponent",
            func=_FUNC,
            label="",
            key=user_key,
            identity=identity,
            default=json_defaults,
            props=props,
            deserialize=_state_from_wire(json_defaults),
            on_change=_state_dispatch(state_store, wid, seen, callbacks) if callbacks else None,
            callback_in_form=True,
        )
        state = _state(stored, json_defaults)
        seen.update(state)
        fired = _register_trigger(ctx, trigger_id, callbacks)
        meta = state_store.widget_meta(wid)
        if meta is not None:
            meta.present = _presenter(state_store, user_key, trigger_id, json_defaults, set(callbacks))
        triggers = {event: (fired or {}).get(event) for event in callbacks}
        return ComponentResult({**triggers, **state})


def _state_dispatch(
    state_store: SessionState, wid: str, seen: dict[str, Any], callbacks: dict[str, Callable[[], Any]]
) -> Callable[[], None]:
    """The state widget's on_change: the callbacks of the state values that changed since ``seen``."""

    def dispatch() -> None:
        now = state_store.widget_value(wid)
        now = now if isinstance(now, dict) else {}
        for event, callback in callbacks.items():
            if event in now and (event not in seen or _differs(now[event], seen[event])):
                callback()

    return dispatch


def _differs(a: Any, b: Any) -> bool:
    try:
        return bool(a != b)
    except Exception:
        return a is not b


def _register_trigger(ctx: RunContext, trigger_id: str, callbacks: dict[str, Callable[[], Any]]) -> dict[str, Any] | None:
    """Register the instance's trigger (no node of its own) and return the values it fired this run."""
    state_store = ctx.session.state
    target = ctx.target()

    def dispatch() -> None:
        fired = state_store.widget_value(trigger_id) or {}
        for event, callback in callbacks.items():
            if event in fired:
                callback()

    meta = WidgetMeta(
        id=trigger_id,
        kind="BidiComponentTrigger",
        key=None,
        default=None,
        deserialize=_triggers_from_wire,
        serialize=lambda value: value,
        on_change=dispatch if callbacks else None,
        trigger=True,
        trigger_reset=None,
        form_id=target.form_id,
        fragment_id=target.fragment_id or ctx.fragment_id,
    )
    value, _ = state_store.register(ctx, meta)
    return value if isinstance(value, dict) else None


def _presenter(
    state_store: SessionState, key: str | None, trigger_id: str, defaults: dict[str, Any], names: set[str]
) -> Callable[[Any], Any]:
    """What ``st.session_state[key]`` shows: the trigger values fired, then the state values."""

    def write(name: str, new_state: dict[str, Any]) -> bool:
        ctx = get_run()
        if ctx is not None and not ctx.in_callbacks and key in ctx.widget_keys_this_run:
            raise WidgetValueModifiedError(
                f"st.session_state.{key}.{name} cannot be modified after the component with key '{key}' is "
                f"mounted. Set it before the mount, or in one of the component's on_<name>_change callbacks."
            )
        if names and name not in names:
            log.info("ignored st.session_state[%r][%r]: the component has no state of that name", key, name)
            return False
        assert key is not None
        fired = state_store.widget_value(trigger_id)
        fired_names = set(fired) if isinstance(fired, dict) else set()
        state_store[key] = {k: v for k, v in new_state.items() if k not in fired_names or k == name}
        return True

    def present(value: Any) -> Any:
        fired = state_store.widget_value(trigger_id)
        return ComponentState({**(fired if isinstance(fired, dict) else {}), **_state(value, defaults)}, write)

    return present


def component(
    name: str,
    *,
    html: str | None = None,
    css: str | None = None,
    js: str | None = None,
    isolate_styles: bool = True,
) -> ComponentRenderer:
    """Register a component made of inline ``html``, ``css`` and ``js`` and return its mount callable.

    The JavaScript is a module whose default export desk calls with ``parentElement`` (the
    mounted HTML's container, a ShadowRoot when ``isolate_styles``), ``data``, ``key``,
    ``name``, ``setStateValue(name, value)`` and ``setTriggerValue(name, value)``, on mount
    and again when the data changes; it may return a function desk calls before the next call
    and when the instance goes away. Components are trusted code: the module runs in the
    app's page. ``<script>`` elements inside ``html`` do not run (the page allows no inline
    script): put the code in ``js``.

    Args:
        name: The component's name, unique in the app.
        html: Inline HTML for the component's root, or None.
        css: Inline CSS, or None.
        js: Inline JavaScript module source, or None.
        isolate_styles: Mount the HTML and CSS in a shadow root (default) or in the page itself.

    Returns:
        The mount callable: ``mount(key=, data=, default=, width=, height=, on_<name>_change=...)``.
    """
    if not isinstance(name, str) or not name.strip():
        raise DeskAPIError(f"st.{_FUNC}: name must be a non-empty string, not {name!r}.")
    if not isinstance(isolate_styles, bool):
        raise DeskAPIError(f"st.{_FUNC}({name!r}): isolate_styles must be True or False, not {isolate_styles!r}.")
    css_text, css_url = _code(name, "css", css)
    js_text, js_url = _code(name, "js", js)
    definition = ComponentDefinition(
        name=name,
        html=_text(name, "html", html),
        css=css_text,
        js=js_text,
        isolate_styles=isolate_styles,
        css_url=css_url,
        js_url=js_url,
    )
    previous = registry.get(name)
    if previous is not None and previous != definition:
        log.warning("st.components.v2 component %r was registered again with other content; the new one is used", name)
    registry[name] = definition
    return ComponentRenderer(definition)
