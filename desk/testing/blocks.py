"""AppTest classes of containers with state of their own: expanders, popovers, tabs and grids."""

from __future__ import annotations

from typing import Any

from desk.testing.elements import AppTestError, Block, Widget


class _OpenBlock(Block, Widget):
    """A container whose open state is a widget value when the script gave it an ``on_change``."""

    @property
    def open(self) -> bool | None:
        """Whether it is open (with a change queued for the next run); None when it has no on_change."""
        return None if self.node.id is None else bool(self.value)

    def _require_state(self, action: str) -> str:
        if self.node.id is None:
            raise AppTestError(
                f"{self.type} {self.label!r} keeps its open state in the page: give it on_change='rerun' "
                f"(or a function) to {action} it from a test."
            )
        return self.node.id

    def set_open(self, value: bool) -> _OpenBlock:
        """Open (True) or close (False) it in the next run, as a click would."""
        self.root._pending[self._require_state("open")] = bool(value)
        return self


class Expander(_OpenBlock):
    """``st.expander``: ``.open`` and ``set_open`` when it has an ``on_change``."""


class Popover(_OpenBlock):
    """``st.popover``: ``.open`` and ``set_open`` when it has an ``on_change``."""


class TabContainer(Block, Widget):
    """``st.tabs``' row: with an ``on_change``, its value is the open tab's label."""

    def select(self, label: str) -> TabContainer:
        """Open the tab named ``label`` in the next run."""
        labels = list(self.node.props.get("labels", []))
        if label not in labels:
            raise AppTestError(f"there is no tab {label!r}; the tabs are {labels!r}.")
        if self.node.id is None:
            raise AppTestError(
                "these tabs keep the open tab in the page: give st.tabs on_change='rerun' to switch them."
            )
        self.root._pending[self.node.id] = label
        return self


class Tab(Block):
    """One tab of ``st.tabs``: ``.open`` and ``select()`` when the tabs have an ``on_change``."""

    def _row(self) -> TabContainer:
        row = self.root._wrap(self.path[:-1], self.root.session.view.nodes[self.path[:-1]])
        assert isinstance(row, TabContainer)
        return row

    @property
    def label(self) -> str:
        return str(self.node.props.get("label", ""))

    @property
    def open(self) -> bool | None:
        """Whether this is the open tab (with a switch queued for the next run); None without on_change."""
        row = self._row()
        return None if row.node.id is None else row.value == self.label

    def select(self) -> Tab:
        """Open this tab in the next run."""
        self._row().select(self.label)
        return self


class Grid(Block):
    """``st.grid``, with Streamlit's spelling of its settings ("auto" and "content" for the defaults)."""

    @property
    def column_count(self) -> int | str:
        value = self.node.props.get("columns")
        return "auto" if value is None else int(value)

    @property
    def min_column_width(self) -> int | str:
        value = self.node.props.get("min_column_width")
        return "auto" if value is None else int(value)

    @property
    def row_height(self) -> int | str:
        value = self.node.props.get("row_height")
        return "content" if value is None else int(value)

    @property
    def gap(self) -> Any:
        """One gap, or (row_gap, column_gap) when they differ."""
        row, column = self.node.props.get("row_gap"), self.node.props.get("column_gap")
        return row if row == column else (row, column)


BLOCK_CLASSES: dict[str, type[Block]] = {
    "Grid": Grid,
    "Expander": Expander,
    "Popover": Popover,
    "Tabs": TabContainer,
    "Tab": Tab,
}
"""The element class of containers with actions or Streamlit's attributes, by node type (others are plain ``Block``s)."""
