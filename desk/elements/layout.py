"""Layout: sidebar, bottom, columns, container, expander, tabs, empty, popover and form."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desk.elements import urls
from desk.elements.base import check_choice, check_key, check_wrap, container_type, widget_block
from desk.elements.definitions import Props, define, definition_of, omitted
from desk.errors import DeskAPIError, DuplicateWidgetKey
from desk.protocol import ROOT_BOTTOM, ROOT_EVENT, ROOT_SIDEBAR
from desk.runtime.context import get_run
from desk.runtime.emitter import Container, Sidebar, emit, emit_block

sidebar = Sidebar()


class Bottom(Container):
    """``st.bottom``: the block pinned to the bottom of the main area (where a main-page chat_input goes).

    It is for the main area only: using it from the sidebar, a dialog or another event block is an error.
    """

    def __init__(self) -> None:
        super().__init__((ROOT_BOTTOM,), kind="Bottom")

    def _check_context(self) -> None:
        ctx = get_run()
        if ctx is None:
            return
        target = ctx.target()
        root = (target.slot if target.slot is not None else target.path)[0]
        if root == ROOT_SIDEBAR:
            raise DeskAPIError("st.bottom cannot be used inside st.sidebar: the bottom container belongs to the main area.")
        if root == ROOT_EVENT:
            raise DeskAPIError(
                "st.bottom cannot be used inside a dialog or another event block: it belongs to the main area."
            )

    def __enter__(self) -> Container:
        self._check_context()
        return super().__enter__()

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = super().__getattr__(name)
        self._check_context()
        return method


bottom = Bottom()

GAPS = ("small", "medium", "large", None)
VERTICAL_ALIGNMENTS = ("top", "center", "bottom")


# ---------------------------------------------------------------- definitions


@dataclass(kw_only=True, slots=True)
class ContainerProps(Props):
    """A block grouping elements, in a column or a row (st.container, and each fragment's block)."""

    height: int | str | None
    """A fixed height in pixels (the block scrolls), "stretch" to fill the parent's height, or None to fit its contents."""
    border: bool
    """True draws a border around the block."""
    key: str | None = omitted()
    """The user's key, when st.container was given one."""
    fragment_id: str | None = omitted()
    """The fragment whose block this is, for fragments' own containers."""
    horizontal: bool | None = omitted()
    """True lays the children out in a row (sent with the layout props when any differs from the default)."""
    horizontal_alignment: str | None = omitted()
    """"left", "center", "right" or "distribute"."""
    vertical_alignment: str | None = omitted()
    """"top", "center", "bottom" or "distribute"."""
    gap: str | None = omitted()
    """The space between children: "xxsmall" to "xxlarge"; absent (or None) for none."""
    wrap: bool | None = omitted()
    """True wraps a row onto more lines when it does not fit."""
    width: str | int | None = omitted()
    """"stretch", "content" or a width in pixels."""
    autoscroll: bool | None = omitted()
    """True/False: a fixed-height container follows new content to its bottom, or not; absent: when it holds chat messages."""


@dataclass(kw_only=True, slots=True)
class ColumnsProps(Props):
    """A row of columns (st.columns)."""

    gap: str | None
    """The space between columns: "small", "medium", "large" or None."""
    vertical_alignment: str
    """"top", "center" or "bottom"."""
    border: bool
    """True draws a border around each column."""
    width: int | None = omitted()
    """The row's width in pixels; absent for the full width ("stretch")."""
    wrap: bool | None = omitted()
    """False keeps the columns in one row on a narrow window (it scrolls sideways); absent: they stack."""


@dataclass(kw_only=True, slots=True)
class ColumnProps(Props):
    """One column of a row (st.columns)."""

    weight: float
    """The column's share of the row's width, from 0 to 1."""
    border: bool
    """True draws a border around the column."""


@dataclass(kw_only=True, slots=True)
class ExpanderProps(Props):
    """A collapsible block (st.expander)."""

    label: str
    """The header's text (markdown)."""
    expanded: bool
    """True shows the contents at first."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    on_change: str | None = omitted()
    """"rerun" when opening or closing it reruns the script (its open state is then a widget value)."""
    width: int | None = omitted()
    """A width in pixels; absent to stretch to the container."""
    type: str | None = omitted()
    """"compact" (a plain inline toggle) or "step" (a step of a timeline); absent: a bordered box."""


@dataclass(kw_only=True, slots=True)
class TabsProps(Props):
    """A row of tabs (st.tabs)."""

    labels: list[str]
    """The tabs' labels, in order."""
    default_index: int | None = omitted()
    """The tab shown first, when not the first one (for tabs with on_change, the open tab)."""
    on_change: str | None = omitted()
    """"rerun" when switching tabs reruns the script (the open tab's label is then a widget value)."""
    width: int | None = omitted()
    """A width in pixels; absent to stretch to the container."""
    height: str | int | None = omitted()
    """"stretch" or a height in pixels for the panels (they scroll); absent to fit the content."""


@dataclass(kw_only=True, slots=True)
class TabProps(Props):
    """The block of one tab (st.tabs)."""

    label: str
    """The tab's label."""


@dataclass(kw_only=True, slots=True)
class PopoverProps(Props):
    """A button that opens a floating block (st.popover)."""

    label: str
    """The button's label (markdown)."""
    help: str | None
    """Tooltip text (markdown) of the button."""
    icon: str | None
    """An emoji or ":material/name:" icon on the button."""
    disabled: bool
    """True greys the button out."""
    use_container_width: bool
    """True stretches the button to the width of its container."""
    type: str
    """"primary", "secondary" or "tertiary": how prominent the button is."""
    width: str | int
    """The button's width: "content", "stretch" or pixels."""
    on_change: str | None = omitted()
    """"rerun" when opening or closing it reruns the script (its open state is then a widget value)."""
    label_wrap: bool | None = omitted()
    """wrap=: True wraps the button's label onto more lines, False keeps one line with an ellipsis; absent: by layout."""


@dataclass(kw_only=True, slots=True)
class FormProps(Props):
    """A form, whose widgets apply their values when it is submitted (st.form)."""

    form_id: str
    """The form's key."""
    clear_on_submit: bool
    """True resets the form's widgets after a submit."""
    enter_to_submit: bool
    """True submits the form when Enter is pressed in a text box."""
    border: bool
    """True draws a border around the form."""
    width: str | int | None = omitted()
    """"content" or a width in pixels; absent: it stretches."""
    height: str | int | None = omitted()
    """"stretch" or a height in pixels (the form scrolls); absent: its content's height."""


@dataclass(kw_only=True, slots=True)
class SpaceProps(Props):
    """Empty space in the direction of the parent (st.space)."""

    size: str | int
    """"xxsmall" to "xxlarge", "stretch", or a number of pixels."""


@dataclass(kw_only=True, slots=True)
class EmptyProps(Props):
    """A placeholder that shows nothing (st.empty, and what a spinner leaves)."""


@dataclass(kw_only=True, slots=True)
class DialogProps(Props):
    """A modal dialog, the block of a fragment decorated with st.dialog (built by the engine)."""

    title: str
    """The dialog's title (markdown)."""
    width: str
    """"small", "medium" or "large"."""
    dismissible: bool
    """True lets the user close it with X, Esc or a click outside."""
    on_dismiss: str
    """"ignore", "rerun" or "callback": what closing it asks of the server."""
    fragment_id: str
    """The dialog's fragment."""
    is_open: bool
    """True while the dialog shows."""
    position: str | None = omitted()
    """"left" or "right": a full-height drawer on that side; absent: centred."""
    icon: str | None = omitted()
    """An emoji or ":material/name:" icon before the title."""


CONTAINER = define("Container", ContainerProps, apptest="flex_container", attrs=("height", "border"), block=True, sizes_itself=True)
COLUMNS = define("Columns", ColumnsProps, apptest="flex_container", attrs=("gap", "vertical_alignment"), block=True, sizes_itself=True)
COLUMN = define("Column", ColumnProps, apptest="column", attrs=("weight",), block=True, sizes_itself=True)
# Expanders, tabs and popovers given an on_change are widgets too: their open state is the value.
EXPANDER = define(
    "Expander", ExpanderProps, apptest="expander", attrs=("label", "expanded", "icon"), block=True, value=bool,
    optional_widget=True, sizes_itself=True,
)  # fmt: skip
TABS = define(
    "Tabs", TabsProps, apptest="tab_container", attrs=("labels",), block=True, value=str, optional_widget=True
, sizes_itself=True)
TAB = define("Tab", TabProps, apptest="tab", attrs=("label",), block=True, sizes_itself=True)
POPOVER = define(
    "Popover", PopoverProps, apptest="popover", attrs=("label", "help", "disabled"), block=True, value=bool,
    optional_widget=True, sizes_itself=True,
)  # fmt: skip
FORM = define("Form", FormProps, apptest="form", attrs=("form_id", "clear_on_submit"), block=True, sizes_itself=True)
DIALOG = define("Dialog", DialogProps, apptest="dialog", attrs=("title", "width", "dismissible"), block=True, sizes_itself=True)
SPACE = define("Space", SpaceProps, apptest="space", attrs=("size",), sizes_itself=True)
EMPTY = define("Empty", EmptyProps, apptest="empty", sizes_itself=True)


def _block(props: Props) -> Container:
    return emit_block(definition_of(props).node(props))


CONTAINER_GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", None)
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
CONTAINER_VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")


def container(
    *,
    height: int | str | None = "content",
    border: bool | None = None,
    key: str | None = None,
    width: str | int = "stretch",
    horizontal: bool = False,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | None = "small",
    wrap: bool = True,
    autoscroll: bool | None = None,
) -> Container:
    """A block to group elements; ``height`` makes it scroll, ``horizontal`` lays them out in a row."""
    if height == "content":
        height = None
    if height not in (None, "stretch") and (not isinstance(height, int) or isinstance(height, bool) or height <= 0):
        raise DeskAPIError(
            f"st.container: height must be 'content', 'stretch' or a positive number of pixels, not {height!r}."
        )
    check_choice("container", "horizontal_alignment", horizontal_alignment, HORIZONTAL_ALIGNMENTS)
    check_choice("container", "vertical_alignment", vertical_alignment, CONTAINER_VERTICAL_ALIGNMENTS)
    check_choice("container", "gap", gap, CONTAINER_GAPS)
    if width not in ("stretch", "content") and (not isinstance(width, int) or isinstance(width, bool) or width <= 0):
        raise DeskAPIError(
            f"st.container: width must be 'stretch', 'content' or a positive number of pixels, not {width!r}."
        )
    framed = bool(border) if border is not None else isinstance(height, int)
    key = check_key("container", key)  # any key stands for its str(), as in Streamlit
    if autoscroll is not None and not isinstance(autoscroll, bool):
        raise DeskAPIError(f"st.container: autoscroll must be True, False or None, not {autoscroll!r}.")
    if horizontal or horizontal_alignment != "left" or vertical_alignment != "top" or gap != "small" or width != "stretch":
        return _block(
            ContainerProps(
                height=height,
                border=framed,
                key=key,
                horizontal=bool(horizontal),
                horizontal_alignment=horizontal_alignment,
                vertical_alignment=vertical_alignment,
                gap=gap,
                wrap=bool(wrap),
                width=width,
                autoscroll=autoscroll,
            )
        )
    return _block(ContainerProps(height=height, border=framed, key=key, autoscroll=autoscroll))


SPACE_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", "stretch")


def space(size: str | int = "small") -> Container:
    """Empty space in the direction of the parent: vertical, or horizontal in a horizontal container.

    ``size`` is "small" (a widget label's height), "medium" (a button's), "large" (a labelled
    input's), "stretch" (all the room left), the extra steps "xxsmall" to "xxlarge", or pixels.
    """
    if isinstance(size, bool) or not (size in SPACE_SIZES or (isinstance(size, int) and size >= 0)):
        choices = ", ".join(repr(s) for s in SPACE_SIZES)
        raise DeskAPIError(f"st.space: size must be one of {choices} or a number of pixels (0 or more), not {size!r}.")
    return emit(SPACE.node(SpaceProps(size=size)))


def columns(
    spec: int | Sequence[float],
    *,
    gap: str | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: int | str = "stretch",
    wrap: bool = True,
) -> list[Container]:
    """Side-by-side columns: ``spec`` is a count or a list of relative widths.

    On a narrow window (640 pixels or less) the columns stack, unless ``wrap`` is False: they
    then stay in one row, each at least a readable width, and the row scrolls sideways.
    """
    if not isinstance(wrap, bool):
        raise DeskAPIError(f"st.columns: wrap must be True or False, not {wrap!r}.")
    if isinstance(spec, bool):
        raise DeskAPIError(f"st.columns: spec must be a positive int or a list of positive numbers, not {spec!r}.")
    if isinstance(spec, int):
        if spec < 1:
            raise DeskAPIError(f"st.columns: spec must be a positive number of columns, not {spec}.")
        widths = [1.0] * spec
    else:
        try:
            widths = [float(w) for w in spec]
        except (TypeError, ValueError):
            raise DeskAPIError(
                f"st.columns: spec must be a positive int or a list of positive numbers, not {spec!r}."
            ) from None
        if not widths or any(w <= 0 for w in widths):
            raise DeskAPIError(f"st.columns: every column width must be a positive number, got {list(spec)!r}.")
    if gap not in GAPS:
        raise DeskAPIError(f"st.columns: gap must be 'small', 'medium' or 'large', not {gap!r}.")
    if vertical_alignment not in VERTICAL_ALIGNMENTS:
        raise DeskAPIError(f"st.columns: vertical_alignment must be 'top', 'center' or 'bottom', not {vertical_alignment!r}.")
    if width != "stretch" and (not isinstance(width, int) or isinstance(width, bool) or width <= 0):
        raise DeskAPIError(f"st.columns: width must be 'stretch' or a positive number of pixels, not {width!r}.")
    # Columns nest to any depth, in the main area and the sidebar, as in Streamlit 1.67.
    total = sum(widths)
    row = _block(
        ColumnsProps(
            gap=gap,
            vertical_alignment=vertical_alignment,
            border=border,
            width=width if isinstance(width, int) else None,
            wrap=None if wrap else False,
        )
    )
    result = []
    for share in widths:
        with row:
            result.append(_block(ColumnProps(weight=share / total, border=border)))
    return result


OnChange = Callable[..., Any] | str
"""A stateful container's on_change: "ignore" (the default: its open state stays in the page), "rerun" or a callback."""


def _pixels_or(func: str, name: str, value: object, words: tuple[str, ...]) -> str | int | None:
    """A size that is one of ``words`` or a positive number of pixels; the first word (the default) gives None."""
    if isinstance(value, str) and value in words:
        return None if value == words[0] else value
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    allowed = " or ".join(repr(word) for word in words)
    raise DeskAPIError(f"st.{func}: {name} must be {allowed} or a positive number of pixels, not {value!r}.")


def _stateful(func: str, on_change: object) -> bool:
    """Whether the container's open state is a widget value: on_change is "rerun" or a function."""
    if on_change == "ignore":
        return False
    if on_change == "rerun" or callable(on_change):
        return True
    raise DeskAPIError(f"st.{func}: on_change must be 'ignore', 'rerun' or a function, not {on_change!r}.")


def expander(
    label: str,
    expanded: bool = False,
    *,
    key: str | None = None,
    icon: str | None = None,
    type: str = "default",
    width: str | int = "stretch",
    on_change: OnChange = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: str | None = None,
) -> Container:
    """A collapsible block. With ``on_change`` ("rerun" or a function), opening or closing it
    reruns the script and ``.open`` (and ``st.session_state[key]``) says whether it is open;
    otherwise ``.open`` is None. ``bind="query-params"`` does the same and keeps the state in
    the URL parameter named by the key. ``type`` is its look: "default" (a bordered box),
    "compact" (a plain toggle) or "step" (consecutive steps draw a connected timeline).
    """
    if not isinstance(label, str):
        raise DeskAPIError(f"st.expander: label must be a string, not {builtins.type(label).__name__} ({label!r}).")
    check_key("expander", key)
    look = container_type("expander", type)
    fixed = _pixels_or("expander", "width", width, ("stretch",))
    pixels = fixed if isinstance(fixed, int) else None
    if not _stateful("expander", on_change) and bind is None:
        return _block(ExpanderProps(label=label, expanded=bool(expanded), icon=icon, width=pixels, type=look))
    is_open, block = widget_block(
        "Expander",
        func="expander",
        label=label,
        key=key,
        identity={"label": label, "expanded": bool(expanded), "icon": icon},
        default=bool(expanded),
        props=lambda now: ExpanderProps(
            label=label, expanded=bool(now), icon=icon, on_change="rerun", width=pixels, type=look
        ),
        deserialize=bool,
        on_change=None if on_change in ("rerun", "ignore") else on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        url=None if bind is None else (urls.boolean()),
    )
    block.open = bool(is_open)
    return block


def tabs(
    tabs: Sequence[str],
    *,
    width: str | int = "stretch",
    height: str | int = "content",
    default: str | None = None,
    key: str | None = None,
    on_change: OnChange = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    bind: str | None = None,
) -> list[Container]:
    """A row of tabs; returns one container per tab. ``default`` names the tab shown first.

    With ``on_change`` ("rerun" or a function), switching tabs reruns the script, the open
    tab's label is ``st.session_state[key]``, and each tab's ``.open`` says whether it is the
    open one; otherwise ``.open`` is None. ``bind="query-params"`` does the same and keeps the
    open tab's label in the URL parameter named by the key.
    """
    if isinstance(tabs, str) or not isinstance(tabs, Sequence) or len(tabs) == 0:
        raise DeskAPIError(f"st.tabs: tabs must be a non-empty list of strings, not {tabs!r}.")
    labels = []
    for label in tabs:
        if not isinstance(label, str):
            raise DeskAPIError(f"st.tabs: every tab label must be a string, not {type(label).__name__} ({label!r}).")
        labels.append(label)
    if default is not None and default not in labels:
        raise DeskAPIError(f"st.tabs: default must be one of the tab labels {labels!r}, not {default!r}.")
    check_key("tabs", key)
    fixed = _pixels_or("tabs", "width", width, ("stretch",))
    tabs_width = fixed if isinstance(fixed, int) else None
    tabs_height = _pixels_or("tabs", "height", height, ("content", "stretch"))
    current: str | None = None
    if bind is not None and (len(set(labels)) != len(labels) or "" in labels):
        raise DeskAPIError(
            f"st.tabs: with bind='query-params' the URL names the open tab by its label, so the labels must be "
            f"non-empty and different, not {labels!r}."
        )
    if _stateful("tabs", on_change) or bind is not None:
        first = labels[0] if default is None else default

        def to_label(wire: object) -> str:
            return wire if isinstance(wire, str) and wire in labels else first

        def serialize(label: object) -> str:  # a label set through session_state that is not a tab shows the first
            return to_label(label)

        current, group = widget_block(
            "Tabs",
            func="tabs",
            label="",
            key=key,
            identity={"tabs": tuple(labels), "default": default},
            default=first,
            props=lambda now: TabsProps(
                labels=labels,
                default_index=labels.index(to_label(now)) or None,
                on_change="rerun",
                width=tabs_width,
                height=tabs_height,
            ),
            serialize=serialize,
            deserialize=to_label,
            on_change=None if on_change in ("rerun", "ignore") else on_change,
            args=args,
            kwargs=kwargs,
            bind=bind,
            url=None if bind is None else (_tab_url(labels)),
        )
    else:
        first_index = None if default is None else labels.index(default)
        group = _block(TabsProps(labels=labels, default_index=first_index, width=tabs_width, height=tabs_height))
    if current is not None:
        current = to_label(current)
    result = []
    for label in labels:
        with group:
            tab = _block(TabProps(label=label))
        tab.open = None if current is None else label == current
        result.append(tab)
    return result


def _tab_url(labels: list[str]) -> urls.UrlCodec:
    """The open tab in the URL: its label, verbatim; anything else is not a tab."""

    def read(raw: list[str]) -> str:
        if raw[-1] not in labels:
            raise ValueError(f"{raw[-1]!r} is not a tab")
        return raw[-1]

    return urls.UrlCodec(read, lambda wire: [str(wire)])


def empty() -> Container:
    """A single-element placeholder: each call on it replaces what it shows."""
    return emit(EMPTY.node(EmptyProps()))


def popover(
    label: str,
    *,
    type: str = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    wrap: bool | None = None,
    key: str | None = None,
    on_change: OnChange = "ignore",
    args: Sequence[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> Container:
    """A button that opens a floating block. With ``on_change`` ("rerun" or a function), opening
    or closing it reruns the script and ``.open`` (and ``st.session_state[key]``) says whether it
    is open; otherwise ``.open`` is None. ``wrap`` is the button label's, as for st.button.
    """
    label_wrap = check_wrap("popover", wrap)
    if not isinstance(label, str):
        raise DeskAPIError(f"st.popover: label must be a string, not {builtins.type(label).__name__} ({label!r}).")
    check_key("popover", key)
    check_choice("popover", "type", type, ("primary", "secondary", "tertiary"))
    if width not in ("content", "stretch") and (
        not isinstance(width, int) or isinstance(width, bool) or width <= 0
    ):
        raise DeskAPIError(f"st.popover: width must be 'content', 'stretch' or a positive number of pixels, not {width!r}.")

    def props(now: object = None) -> PopoverProps:
        return PopoverProps(
            label=label,
            help=help,
            icon=icon,
            disabled=disabled,
            use_container_width=use_container_width,
            type=type,
            width=width,
            on_change=None if now is None else "rerun",
            label_wrap=label_wrap,
        )

    if not _stateful("popover", on_change):
        return _block(props())
    is_open, block = widget_block(
        "Popover",
        func="popover",
        label=label,
        key=key,
        identity={"label": label, "help": help, "icon": icon, "ucw": bool(use_container_width)},
        default=False,
        props=lambda now: props(bool(now)),
        deserialize=bool,
        on_change=None if on_change == "rerun" else on_change,
        args=args,
        kwargs=kwargs,
    )
    block.open = bool(is_open)
    return block


def form(
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: str | int = "stretch",
    height: str | int = "content",
) -> Container:
    """A form: widget changes inside it are applied only when it is submitted."""
    if not isinstance(key, str) or not key:
        raise DeskAPIError(f"st.form: key must be a non-empty string, not {key!r}.")
    for name, value, keywords in (("width", width, ("stretch", "content")), ("height", height, ("content", "stretch"))):
        if value not in keywords and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            raise DeskAPIError(
                f"st.form: {name} must be {keywords[0]!r}, {keywords[1]!r} or a positive number of pixels, not {value!r}."
            )
    ctx = get_run()
    if ctx is not None:
        if ctx.target().form_id is not None:
            raise DeskAPIError("st.form: forms cannot be nested in other forms. Move this form outside the other one.")
        if key in ctx.form_ids_this_run:
            raise DuplicateWidgetKey(
                f"There are multiple identical forms with key='{key}'. To fix this, give each form a unique key."
            )
        ctx.form_ids_this_run.add(key)
        if clear_on_submit:
            ctx.forms_cleared_on_submit.add(key)
    block = _block(
        FormProps(
            form_id=key, clear_on_submit=bool(clear_on_submit), enter_to_submit=bool(enter_to_submit), border=border,
            width=None if width == "stretch" else width, height=None if height == "content" else height,
        )  # fmt: skip
    )
    block.form_id = key
    return block
