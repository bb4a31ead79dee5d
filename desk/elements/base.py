"""Shared building blocks of element functions: validation helpers and widget registration.

``widget()`` is the one path every input widget takes: it computes the widget id from
the identity parameters, registers the widget with the session state (which decides its
current value), emits the node carrying that value, and returns the value. A widget with
``bind="query-params"`` also hands the engine its ``QueryBinding``, built from its
``UrlCodec`` (``desk.elements.urls``) and its own codec.
"""

from __future__ import annotations

import copy
import logging
import textwrap
from collections.abc import Callable, Iterable
from typing import Any

from desk.elements.definitions import Props, definition_of
from desk.elements.urls import UrlCodec
from desk.errors import DeskAPIError
from desk.protocol import ROOT_MAIN, Node
from desk.runtime.context import get_run
from desk.runtime.emitter import Container, emit, emit_block
from desk.runtime.query_params import QueryBinding
from desk.runtime.state import WidgetMeta, widget_id

log = logging.getLogger("desk.elements")

KEYED_IDENTITY: dict[str, tuple[str, ...]] = {
    "Button": (),
    "DownloadButton": (),
    "MenuButton": (),
    "Checkbox": (),
    "Toggle": (),
    "Radio": (),
    "Selectbox": ("accept_new_options",),
    "Multiselect": ("max_selections", "accept_new_options"),
    "Pills": ("selection_mode",),
    "SegmentedControl": ("selection_mode",),
    "Feedback": ("options",),
    "Slider": ("min", "max", "step"),
    "SelectSlider": (),
    "NumberInput": (),
    "TextInput": ("max_chars", "validate"),
    "TextArea": ("max_chars",),
    "ColorPicker": (),
    "DateInput": ("format",),
    "TimeInput": ("step",),
    "DateTimeInput": ("format", "step"),
    "FileUploader": ("type", "multiple"),
    "CameraInput": (),
    "AudioInput": (),
    "ChatInput": ("accept_file", "file_type", "max_chars"),
}
"""For a widget with a key, the identity parameters that still make it another widget when
they change, as in Streamlit 1.67: the key names the widget, so a new label, default or
option list keeps its value, and so does moving it into or out of a form. Those that can
make the kept value meaningless (a slider's bounds, an input's max_chars) still count.
Widgets not listed keep their whole identity with a key too."""

LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")
WidgetCallback = Callable[..., Any] | str | None
"""A widget's on_change/on_click: a function, None, or (on_change) "rerun" or "ignore"."""


def check_label(func: str, label: object, label_visibility: str = "visible") -> str:
    """Labels are strings; an empty label needs ``label_visibility`` to say so."""
    if not isinstance(label, str):
        raise DeskAPIError(f"st.{func}: label must be a string, not {type(label).__name__} ({label!r}).")
    if label_visibility not in LABEL_VISIBILITIES:
        raise DeskAPIError(
            f"st.{func}: label_visibility must be one of {', '.join(map(repr, LABEL_VISIBILITIES))}, "
            f"not {label_visibility!r}."
        )
    return label


def clean_text(body: object) -> str:
    """A text element's body as Streamlit keeps it: ``str()``, dedented, and stripped.

    So an indented triple-quoted string renders as markdown, not as a code block.
    """
    return textwrap.dedent(body if isinstance(body, str) else str(body)).strip()


def check_key(func: str, key: object) -> str | None:
    """A widget key as a string: any other value (``3``, ``2.5``, ``("row", 1)``) stands for its ``str()``,
    as in Streamlit, so ``st.session_state[3]`` reaches the widget made with ``key=3``."""
    if key is None:
        return None
    return key if isinstance(key, str) else str(key)


def check_callable(func: str, name: str, value: object) -> None:
    if value is not None and not callable(value):
        raise DeskAPIError(f"st.{func}: {name} must be a function or None, not {type(value).__name__} ({value!r}).")


def check_choice(func: str, name: str, value: object, choices: Iterable[object]) -> None:
    options = list(choices)
    if value not in options:
        raise DeskAPIError(f"st.{func}: {name} must be one of {', '.join(map(repr, options))}, not {value!r}.")


def accessible_name(func: str, alt: object, *, decorative: bool = False) -> str | None:
    """``alt``: what assistive technologies announce for an image, chart, player or table.

    None gives no name. A blank text gives none either (and is logged), except that an
    image (``decorative``) takes ``""`` as "decorative, skip it".
    """
    if alt is None:
        return None
    if not isinstance(alt, str):
        raise DeskAPIError(f"st.{func}: alt must be a string or None, not {type(alt).__name__} ({alt!r}).")
    if alt.strip():
        return alt
    if decorative and alt == "":
        return ""
    log.info("st.%s: alt=%r is blank, so the element gets no accessible name (as with alt=None).", func, alt)
    return None


def check_wrap(func: str, wrap: object) -> bool | None:
    """``wrap`` of a label or a row of options: True, False, or None to let the layout decide."""
    if wrap is None or isinstance(wrap, bool):
        return wrap
    raise DeskAPIError(f"st.{func}: wrap must be True, False or None, not {wrap!r}.")


CONTAINER_TYPES = ("default", "compact", "step")


def container_type(func: str, value: object) -> str | None:
    """The look of an expander or status box: None for "default", else "compact" or "step"."""
    if value not in CONTAINER_TYPES:
        raise DeskAPIError(
            f"st.{func}: type must be 'default' (a bordered box), 'compact' (a plain toggle) or "
            f"'step' (a step of a timeline), not {value!r}."
        )
    return None if value == "default" else str(value)


def check_icon_position(func: str, icon_position: object) -> str | None:
    """The ``icon_position`` prop: "right", or None for the default, "left"."""
    check_choice(func, "icon_position", icon_position, ("left", "right"))
    return None if icon_position == "left" else "right"


def help_text(func: str, help: object) -> str | None:
    if help is None:
        return None
    if not isinstance(help, str):
        raise DeskAPIError(f"st.{func}: help must be a string, not {type(help).__name__}.")
    return help


def widget(
    kind: str,
    *,
    func: str,
    label: str,
    key: object,
    identity: dict[str, Any],
    default: Any,
    props: Props,
    serialize: Callable[[Any], Any] = lambda value: value,
    deserialize: Callable[[Any], Any] = lambda value: value,
    on_change: WidgetCallback = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    trigger: bool = False,
    trigger_reset: Any = False,
    allowed_in_form: bool = True,
    callback_in_form: bool = False,
    root: int | None = None,
    bind: str | None = None,
    url: UrlCodec | None = None,
    persist_state: str | None = None,
    required: bool = False,
    max_upload_bytes: int | None = None,
    settle: Callable[[Any], Any] | None = None,
) -> Any:
    """Register a widget, emit its node and return its current value.

    ``props`` are the widget's own props (its definition's dataclass); the node adds
    ``WidgetState``'s: label, value, set_value, form_id and key. ``bind="query-params"``
    keeps the value in the URL parameter named by the key, in the form ``url`` gives;
    ``persist_state`` ("page" or "session") keeps it while the widget is not drawn;
    ``required`` refuses empty values from the client and the submit of a form holding one;
    ``max_upload_bytes`` is the upload route's limit for the files of an upload widget;
    ``settle`` checks the value the widget holds in this run: it returns the value to use
    (the widget keeps it) or raises ``DeskAPIError`` (e.g. bounds a session-state value breaks).
    """
    value, node = _register(
        kind, func=func, label=label, key=key, identity=identity, default=default, props=props,
        serialize=serialize, deserialize=deserialize, on_change=on_change, args=args, kwargs=kwargs,
        trigger=trigger, trigger_reset=trigger_reset, allowed_in_form=allowed_in_form,
        callback_in_form=callback_in_form, bind=bind, url=url, persist_state=persist_state, required=required,
        max_upload_bytes=max_upload_bytes, settle=settle,
    )  # fmt: skip
    if node is None:
        return value
    emit(node, root)
    if trigger:
        return value
    return copy.deepcopy(value) if isinstance(value, (list, dict, set)) else value


def widget_block(
    kind: str,
    *,
    func: str,
    label: str,
    key: object,
    identity: dict[str, Any],
    default: Any,
    props: Callable[[Any], Props],
    serialize: Callable[[Any], Any] = lambda value: value,
    deserialize: Callable[[Any], Any] = lambda value: value,
    on_change: WidgetCallback = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: str | None = None,
    url: UrlCodec | None = None,
    persist_state: str | None = None,
) -> tuple[Any, Container]:
    """Register a container whose state is a widget value (an expander's or popover's open
    state, the open tab), emit its block and return the value with the block.

    ``props`` builds the block's props from the current value, which they show; ``bind``,
    ``url`` and ``persist_state`` are widget()'s.
    """
    value, node = _register(
        kind, func=func, label=label, key=key, identity=identity, default=default, props=props,
        serialize=serialize, deserialize=deserialize, on_change=on_change, args=args, kwargs=kwargs,
        callback_in_form=False, bind=bind, url=url, persist_state=persist_state,
    )  # fmt: skip
    if node is None:
        shown = props(value)
        return value, emit_block(definition_of(shown).node(shown))
    return value, emit_block(node)


def _register(
    kind: str,
    *,
    func: str,
    label: str,
    key: object,
    identity: dict[str, Any],
    default: Any,
    props: Props | Callable[[Any], Props],
    serialize: Callable[[Any], Any],
    deserialize: Callable[[Any], Any],
    on_change: WidgetCallback,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    trigger: bool = False,
    trigger_reset: Any = False,
    allowed_in_form: bool = True,
    callback_in_form: bool = False,
    bind: str | None = None,
    url: UrlCodec | None = None,
    persist_state: str | None = None,
    required: bool = False,
    max_upload_bytes: int | None = None,
    settle: Callable[[Any], Any] | None = None,
) -> tuple[Any, Node | None]:
    """Check and register a widget: its current value and its node (None outside a run)."""
    if isinstance(props, Props) and definition_of(props).type != kind:
        raise TypeError(f"{type(props).__name__} are not the props of a {kind} node")
    user_key = check_key(func, key)
    binding = query_binding(func, bind, user_key, url, serialize, deserialize)
    if persist_state is not None:
        if persist_state not in ("page", "session"):
            raise DeskAPIError(f"st.{func}: persist_state must be 'page', 'session' or None, not {persist_state!r}.")
        if user_key is None:
            raise DeskAPIError(
                f"st.{func}: persist_state needs a key, under which the value waits while the widget is "
                f'not drawn (e.g. key="{func}"). Add a key.'
            )
    deferred = False
    if isinstance(on_change, str) and not trigger:
        if on_change not in ("rerun", "ignore"):
            raise DeskAPIError(f"st.{func}: on_change must be a function, 'rerun', 'ignore' or None, not {on_change!r}.")
        deferred = on_change == "ignore"
        on_change = None
    check_callable(func, "on_change" if not trigger else "on_click", on_change)
    assert not isinstance(on_change, str)
    if args is not None and not isinstance(args, (list, tuple)):
        raise DeskAPIError(f"st.{func}: args must be a list or tuple, not {type(args).__name__}.")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise DeskAPIError(f"st.{func}: kwargs must be a dict, not {type(kwargs).__name__}.")
    ctx = get_run()
    if ctx is None:
        return copy.copy(default), None
    target = ctx.target()
    form_id = target.form_id
    if form_id is not None and not allowed_in_form:
        raise DeskAPIError(
            f"st.{func}() can't be used in an st.form(). Move it outside the form, "
            "or use st.form_submit_button inside the form."
        )
    if form_id is not None and on_change is not None and not callback_in_form and kind != "FormSubmitButton":
        raise DeskAPIError(
            f"st.{func}: widgets inside a form cannot have callbacks; only st.form_submit_button can "
            "(use its on_click). Remove on_change, or move the widget out of the form."
        )
    page = ctx.session.page_hash
    keyed = KEYED_IDENTITY.get(kind) if user_key is not None else None
    if keyed is None:
        where = target.slot if target.slot is not None else target.path
        if where and where[0] != ROOT_MAIN:
            # As in Streamlit, the same widget in the sidebar and in the main area are two widgets.
            identity = {**identity, "root": where[0]}
        wid = widget_id(kind, user_key, identity, form_id, page)
    else:
        wid = widget_id(kind, user_key, {name: identity[name] for name in keyed if name in identity}, None, page)
    meta = WidgetMeta(
        id=wid,
        kind=kind,
        key=user_key,
        default=default,
        deserialize=deserialize,
        serialize=serialize,
        on_change=on_change,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        trigger=trigger,
        trigger_reset=trigger_reset,
        form_id=form_id,
        fragment_id=target.fragment_id or ctx.fragment_id,
        deferred=deferred and form_id is None,
        binding=binding,
        persist=persist_state,
        required=bool(required),
        max_upload_bytes=max_upload_bytes,
    )
    value, script_set = ctx.session.state.register(ctx, meta)
    if settle is not None:
        settled = settle(value)
        if settled is not value:
            ctx.session.state.reset_widget(wid, settled)
            value = settled
    draft = trigger and script_set
    shown = value
    if (
        form_id is not None
        and not trigger  # the submit button stays pressed for this run (and resets itself anyway)
        and ctx.submitted_form == form_id
        and form_id in ctx.forms_cleared_on_submit
        and ctx.session.forms_clear_on_submit
    ):
        # clear_on_submit: this run sees the submitted value; the widget resets for the next one.
        ctx.session.state.reset_widget(wid, copy.copy(default))
        shown = default
        script_set = True
    if callable(props):
        props = props(shown)
        if definition_of(props).type != kind:
            raise TypeError(f"{type(props).__name__} are not the props of a {kind} node")
    node_props = {"label": label, **props.wire(), "value": serialize(shown), "set_value": script_set, "form_id": form_id}
    if user_key is not None:
        node_props["key"] = user_key
    if required:
        node_props["required"] = True
    node = Node(kind, node_props, id=wid)
    if draft:
        # A trigger's value set through session_state (st.chat_input's text) is a draft the
        # widget shows, not a submit: this run sees nothing, as in Streamlit 1.67.
        return copy.copy(trigger_reset), node
    return value, node


def query_binding(
    func: str,
    bind: object,
    key: str | None,
    url: UrlCodec | None,
    serialize: Callable[[Any], Any],
    deserialize: Callable[[Any], Any],
) -> QueryBinding | None:
    """The binding of a widget created with ``bind="query-params"`` (None without ``bind``)."""
    if bind is None:
        return None
    if bind != "query-params":
        raise DeskAPIError(f"st.{func}: bind must be 'query-params' or None, not {bind!r}.")
    if key is None:
        raise DeskAPIError(
            f"st.{func}: bind='query-params' needs a key, which names the query parameter "
            f'(e.g. key="{func}"). Add a key.'
        )
    if url is None:
        raise TypeError(f"st.{func} gives no URL form for bind='query-params'")
    codec = url
    return QueryBinding(
        key,
        read=lambda raw: deserialize(codec.read(raw)),
        write=lambda value: codec.write(serialize(value)),
    )


def element(kind: str, props: dict[str, Any], root: int | None = None) -> Any:
    """Emit a node of any type from raw props and return its handle (a locked container).

    Every element function builds its node from its definition's props (``status.show``);
    this is for nodes that have none, such as the ones tests send to check the page's
    handling of unknown types and bad props.
    """
    return emit(Node(kind, props), root)
