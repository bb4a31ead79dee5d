"""Layout: sidebar, columns, container, expander, tabs, empty, popover and form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desk.elements.base import check_choice
from desk.errors import DeskAPIError, DuplicateWidgetKey
from desk.protocol import ROOT_SIDEBAR, Node
from desk.runtime.context import RunContext, get_run
from desk.runtime.emitter import Container, Sidebar, emit, emit_block
from desk.tolerated import tolerates

sidebar = Sidebar()

GAPS = ("small", "medium", "large", None)
VERTICAL_ALIGNMENTS = ("top", "center", "bottom")


def _block(kind: str, props: dict[str, Any]) -> Container:
    return emit_block(Node(kind, props, block=True))


CONTAINER_GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", None)
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
CONTAINER_VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")


@tolerates("container", autoscroll=None)
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
    props: dict[str, Any] = {
        "height": height,
        "border": bool(border) if border is not None else height is not None,
        "key": key,
    }
    if horizontal or horizontal_alignment != "left" or vertical_alignment != "top" or gap != "small" or width != "stretch":
        props.update(
            horizontal=bool(horizontal),
            horizontal_alignment=horizontal_alignment,
            vertical_alignment=vertical_alignment,
            gap=gap,
            wrap=bool(wrap),
            width=width,
        )
    return _block("Container", props)


SPACE_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", "stretch")


def space(size: str | int = "small") -> Container:
    """Empty space in the direction of the parent: vertical, or horizontal in a horizontal container.

    ``size`` is "small" (a widget label's height), "medium" (a button's), "large" (a labelled
    input's), "stretch" (all the room left), the extra steps "xxsmall" to "xxlarge", or pixels.
    """
    if isinstance(size, bool) or not (size in SPACE_SIZES or (isinstance(size, int) and size >= 0)):
        choices = ", ".join(repr(s) for s in SPACE_SIZES)
        raise DeskAPIError(f"st.space: size must be one of {choices} or a number of pixels (0 or more), not {size!r}.")
    return emit(Node("Space", {"size": size}))


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
    row = _block("Columns", {"gap": gap, "vertical_alignment": vertical_alignment, "border": border})
    result = []
    for width in widths:
        with row:
            result.append(_block("Column", {"weight": width / total, "border": border}))
    return result


@tolerates("expander", key=None, type="default", width="stretch", on_change="ignore", args=None, kwargs=None, bind=None)
def expander(label: str, expanded: bool = False, *, icon: str | None = None) -> Container:
    """A collapsible block."""
    if not isinstance(label, str):
        raise DeskAPIError(f"st.expander: label must be a string, not {type(label).__name__} ({label!r}).")
    return _block("Expander", {"label": label, "expanded": bool(expanded), "icon": icon})


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
    props: dict[str, Any] = {"labels": labels}
    if default is not None:
        props["default_index"] = labels.index(default)
    group = _block("Tabs", props)
    result = []
    for label in labels:
        with group:
            result.append(_block("Tab", {"label": label}))
    return result


def empty() -> Container:
    """A single-element placeholder: each call on it replaces what it shows."""
    return emit(Node("Empty", {}))


@tolerates("popover", type="secondary", width="content", wrap=None, key=None, on_change="ignore", args=None, kwargs=None)
def popover(
    label: str, *, help: str | None = None, icon: str | None = None, disabled: bool = False, use_container_width: bool = False
) -> Container:
    """A button that opens a floating block."""
    if not isinstance(label, str):
        raise DeskAPIError(f"st.popover: label must be a string, not {type(label).__name__} ({label!r}).")
    return _block(
        "Popover",
        {"label": label, "help": help, "icon": icon, "disabled": disabled, "use_container_width": use_container_width},
    )


@tolerates("form", width="stretch", height="content")
def form(key: str, clear_on_submit: bool = False, *, enter_to_submit: bool = True, border: bool = True) -> Container:
    """A form: widget changes inside it are applied only when it is submitted."""
    if not isinstance(key, str) or not key:
        raise DeskAPIError(f"st.form: key must be a non-empty string, not {key!r}.")
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
        "Form",
        {"form_id": key, "clear_on_submit": bool(clear_on_submit), "enter_to_submit": bool(enter_to_submit), "border": border},
    )
    block.form_id = key
    return block
