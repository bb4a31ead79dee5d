"""Streamlit's AppTest names of desk's nodes: each element's ``.type``, its attributes, and the
queries (``at.markdown``, ``at.button``...) that list nodes by name."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any

from desk.elements.definitions import NodeDef, WidgetState
from desk.elements.typescript import definitions
from desk.protocol import Node

_HEADINGS = {1: "title", 2: "header", 3: "subheader"}
"""``st.title``, ``st.header`` and ``st.subheader`` all emit a Heading node; its level names it."""


@functools.cache
def _all_definitions() -> dict[str, NodeDef[Any]]:
    """Every definition, its modules imported: the runtime builds some nodes (a fragment's
    container) without importing the module that defines them."""
    return definitions()


def _definition(node: Node) -> NodeDef[Any] | None:
    return _all_definitions().get(node.type)


def apptest_name(node: Node) -> str:
    """Streamlit's AppTest name of ``node``: its definition's, except for headings and alerts."""
    if node.type == "Heading":
        return _HEADINGS.get(int(node.props.get("level", 2)), "header")
    if node.type == "Alert":
        return str(node.props.get("kind", "alert"))
    definition = _definition(node)
    if definition is not None:
        return definition.apptest
    return node.type.lower()


def element_attributes(node: Node) -> tuple[str, ...]:
    """The props an element exposes as attributes: its definition's ``attrs`` (Streamlit's), then
    the other fields of its props class and, for widgets, of ``WidgetState`` (desk's own).

    A node without a definition (a test's own, sent with ``elements.base.element``) exposes
    every prop it carries.
    """
    definition = _definition(node)
    if definition is None:
        return tuple(node.props)
    fields = [item.name for item in dataclasses.fields(definition.props)]
    if definition.widget:
        fields += [item.name for item in dataclasses.fields(WidgetState)]
    return definition.attrs + tuple(name for name in fields if name not in definition.attrs)


def _types(*names: str) -> Callable[[Node], bool]:
    return lambda node: node.type in names


def _named(name: str) -> Callable[[Node], bool]:
    return lambda node: apptest_name(node) == name


# AppTest attributes beyond the definitions' names: Streamlit's plural or friendlier query
# names (``at.columns``, ``at.expander``), the data elements, and desk's per-type lists.
_ALIASES: dict[str, Callable[[Node], bool]] = {
    "title": _named("title"),
    "header": _named("header"),
    "subheader": _named("subheader"),
    "error": _named("error"),
    "warning": _named("warning"),
    "info": _named("info"),
    "success": _named("success"),
    "button_group": _types("Pills", "SegmentedControl", "Feedback"),
    "pills": _types("Pills"),
    "segmented_control": _types("SegmentedControl"),
    "dataframe": _named("dataframe"),
    "data_editor": _types("DataEditor"),
    "table": _types("Table"),
    "columns": _types("Column"),
    "tabs": _types("Tab"),
    "expander": _types("Expander"),
    "grid": _types("Grid"),
    "image": _types("Image"),
    "container": _types("Container"),
    "help": _types("Help"),
    "badge": _types("Badge"),
    # names earlier desk versions used, before they were Streamlit's
    "imgs": _types("Image"),
    "expandable": _types("Expander"),
    "horizontal_block": _types("Columns"),
    "html_component": _types("ComponentHtml"),
    "datetime_input": _types("DateTimeInput"),
    "component_html": _types("ComponentHtml"),
}


@functools.cache
def queries() -> dict[str, Callable[[Node], bool]]:
    """AppTest attribute -> which nodes it lists: each definition's AppTest name, then the aliases."""
    found: dict[str, Callable[[Node], bool]] = {}
    for name in sorted({definition.apptest for definition in definitions().values()}):
        found[name] = _named(name)
    found.update(_ALIASES)
    return found
