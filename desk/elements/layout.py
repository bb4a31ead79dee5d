"""Layout: sidebar, columns, container, expander, tabs, empty, popover and form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desk.elements.base import check_choice
from desk.elements.definitions import Props, define, definition_of, omitted
from desk.errors import DeskAPIError, DuplicateWidgetKey
from desk.protocol import ROOT_SIDEBAR
from desk.runtime.context import RunContext, get_run
from desk.runtime.emitter import Container, Sidebar, emit, emit_block
from desk.tolerated import tolerates

sidebar = Sidebar()

GAPS = ("small", "medium", "large", None)
VERTICAL_ALIGNMENTS = ("top", "center", "bottom")


# ---------------------------------------------------------------- definitions


@dataclass(kw_only=True, slots=True)
class ContainerProps(Props):
    """A block grouping elements, in a column or a row (st.container, and each fragment's block)."""

    height: int | None
    """A fixed height in pixels (the block scrolls), or None to fit its contents."""
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


@dataclass(kw_only=True, slots=True)
class TabsProps(Props):
    """A row of tabs (st.tabs)."""

    labels: list[str]
    """The tabs' labels, in order."""
    default_index: int | None = omitted()
    """The tab shown first, when not the first one."""


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


CONTAINER = define("Container", ContainerProps, apptest="container", attrs=("height", "border"), block=True)
COLUMNS = define("Columns", ColumnsProps, apptest="horizontal_block", attrs=("gap", "vertical_alignment"), block=True)
COLUMN = define("Column", ColumnProps, apptest="column", attrs=("weight",), block=True)
EXPANDER = define("Expander", ExpanderProps, apptest="expandable", attrs=("label", "expanded", "icon"), block=True)
TABS = define("Tabs", TabsProps, apptest="tab_container", attrs=("labels",), block=True)
TAB = define("Tab", TabProps, apptest="tab", attrs=("label",), block=True)
POPOVER = define("Popover", PopoverProps, apptest="popover", attrs=("label", "help", "disabled"), block=True)
FORM = define("Form", FormProps, apptest="form", attrs=("form_id", "clear_on_submit"), block=True)
DIALOG = define("Dialog", DialogProps, apptest="dialog", attrs=("title", "width", "dismissible"), block=True)
SPACE = define("Space", SpaceProps, apptest="space", attrs=("size",))
EMPTY = define("Empty", EmptyProps, apptest="empty")


def _block(props: Props) -> Container:
    return emit_block(definition_of(props).node(props))


CONTAINER_GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", None)
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
CONTAINER_VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")


def container(
    *,
    height: int | None = None,
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
    if height is not None and (not isinstance(height, int) or isinstance(height, bool) or height <= 0):
        raise DeskAPIError(f"st.container: height must be a positive number of pixels, not {height!r}.")
    check_choice("container", "horizontal_alignment", horizontal_alignment, HORIZONTAL_ALIGNMENTS)
    check_choice("container", "vertical_alignment", vertical_alignment, CONTAINER_VERTICAL_ALIGNMENTS)
    check_choice("container", "gap", gap, CONTAINER_GAPS)
    if width not in ("stretch", "content") and (not isinstance(width, int) or isinstance(width, bool) or width <= 0):
        raise DeskAPIError(
            f"st.container: width must be 'stretch', 'content' or a positive number of pixels, not {width!r}."
        )
    framed = bool(border) if border is not None else height is not None
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


def _column_depth(ctx: RunContext, target: Container) -> int:
    """How many columns enclose ``target``, read from the page (however it was reached)."""
    where = target.path if target.slot is None else target.slot[:-1]
    nodes = ctx.session.view.nodes
    return sum(1 for depth in range(2, len(where) + 1) if (node := nodes.get(where[:depth])) is not None and node.type == "Column")


@tolerates("columns", width="stretch", wrap=True)
def columns(
    spec: int | Sequence[float],
    *,
    gap: str | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
) -> list[Container]:
    """Side-by-side columns: ``spec`` is a count or a list of relative widths."""
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
    ctx = get_run()
    if ctx is not None:
        target = ctx.target()
        depth = _column_depth(ctx, target)
        if depth >= 2:
            raise DeskAPIError("st.columns: columns can only be placed inside other columns up to one level of nesting.")
        if depth >= 1 and target.path[0] == ROOT_SIDEBAR:
            raise DeskAPIError("st.columns: columns cannot be placed inside other columns in the sidebar.")
    total = sum(widths)
    row = _block(ColumnsProps(gap=gap, vertical_alignment=vertical_alignment, border=border))
    result = []
    for width in widths:
        with row:
            result.append(_block(ColumnProps(weight=width / total, border=border)))
    return result


@tolerates("expander", key=None, type="default", width="stretch", on_change="ignore", args=None, kwargs=None, bind=None)
def expander(label: str, expanded: bool = False, *, icon: str | None = None) -> Container:
    """A collapsible block."""
    if not isinstance(label, str):
        raise DeskAPIError(f"st.expander: label must be a string, not {type(label).__name__} ({label!r}).")
    return _block(ExpanderProps(label=label, expanded=bool(expanded), icon=icon))


@tolerates("tabs", width="stretch", height="content", key=None, on_change="ignore", args=None, kwargs=None, bind=None)
def tabs(tabs: Sequence[str], *, default: str | None = None) -> list[Container]:
    """A row of tabs; returns one container per tab. ``default`` names the tab shown first."""
    if isinstance(tabs, str) or not isinstance(tabs, Sequence) or len(tabs) == 0:
        raise DeskAPIError(f"st.tabs: tabs must be a non-empty list of strings, not {tabs!r}.")
    labels = []
    for label in tabs:
        if not isinstance(label, str):
            raise DeskAPIError(f"st.tabs: every tab label must be a string, not {type(label).__name__} ({label!r}).")
        labels.append(label)
    if default is not None and default not in labels:
        raise DeskAPIError(f"st.tabs: default must be one of the tab labels {labels!r}, not {default!r}.")
    group = _block(TabsProps(labels=labels, default_index=None if default is None else labels.index(default)))
    result = []
    for label in labels:
        with group:
            result.append(_block(TabProps(label=label)))
    return result


def empty() -> Container:
    """A single-element placeholder: each call on it replaces what it shows."""
    return emit(EMPTY.node(EmptyProps()))


@tolerates("popover", type="secondary", width="content", wrap=None, key=None, on_change="ignore", args=None, kwargs=None)
def popover(
    label: str, *, help: str | None = None, icon: str | None = None, disabled: bool = False, use_container_width: bool = False
) -> Container:
    """A button that opens a floating block."""
    if not isinstance(label, str):
        raise DeskAPIError(f"st.popover: label must be a string, not {type(label).__name__} ({label!r}).")
    return _block(
        PopoverProps(label=label, help=help, icon=icon, disabled=disabled, use_container_width=use_container_width)
    )


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
