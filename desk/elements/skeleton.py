"""Loading placeholders: st.skeleton, a shimmering block that later content replaces, with its definition.

``st.skeleton()`` returns a one-element placeholder (like ``st.empty``) that shows the skeleton
until something is written to it. Used as a context manager it is a spinner's cousin: the
skeleton shows while the block runs and its slot is cleared when the block ends; what the block
writes goes where it would have gone without the ``with``. Streamlit waits half a second before
showing it in that mode; desk shows it at once, as it does for ``st.spinner``.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.elements.definitions import Props, define
from desk.elements.layout import EMPTY, EmptyProps
from desk.errors import DeskAPIError
from desk.protocol import DeltaPath, Node
from desk.runtime.context import get_run
from desk.runtime.emitter import Container, emit


@dataclass(kw_only=True, slots=True)
class SkeletonProps(Props):
    """A shimmering block standing in for content that is still loading (st.skeleton)."""

    height: str | int | None
    """A height in pixels, "stretch" (fill the parent's height), or None for one element's height."""
    width: str | int
    """"stretch" or a width in pixels."""


SKELETON = define("Skeleton", SkeletonProps, apptest="skeleton", attrs=("height", "width"), sizes_itself=True)


def _size(name: str, value: object, none_ok: bool) -> str | int | None:
    if value is None and none_ok:
        return None
    if value == "stretch":
        return "stretch"
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise DeskAPIError(
        f"st.skeleton: {name} must be a positive number of pixels or 'stretch', not {value!r}."
    )


class SkeletonPlaceholder(Container):
    """The placeholder ``st.skeleton`` returns: writing to it replaces the skeleton.

    As a context manager it shows the skeleton for the duration of the block, clears it at
    the end, and leaves the block's own output where it would have gone.
    """

    def __init__(self, slot: DeltaPath, node: Node) -> None:
        super().__init__(slot[:-1], slot=slot, kind="Skeleton")
        self._node = node
        ctx = get_run()
        self._run_id = ctx.run_id if ctx is not None else None

    def _put(self, node: Node) -> None:
        ctx = get_run()
        if ctx is None or ctx.run_id != self._run_id:
            return
        ctx.emitter.place(self, node)

    def __enter__(self) -> SkeletonPlaceholder:
        self._put(self._node)
        return self

    def __exit__(self, *exc: object) -> None:
        self._put(EMPTY.node(EmptyProps()))


def skeleton(height: str | int | None = None, *, width: str | int = "stretch") -> SkeletonPlaceholder:
    """A loading placeholder: returns an ``st.empty``-like handle whose next element replaces it."""
    props = SkeletonProps(
        height=_size("height", height, True), width=_size("width", width, False) or "stretch"
    )
    node = SKELETON.node(props)
    handle = emit(node)
    placeholder = SkeletonPlaceholder(handle.slot or (*handle.path, 0), node)
    placeholder.form_id = handle.form_id
    placeholder.fragment_id = handle.fragment_id
    return placeholder
