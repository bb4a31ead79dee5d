"""The definitions of small display elements: badges, help cards and metrics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from desk.elements.definitions import Props, define, omitted


class HelpMember(TypedDict):
    """One public attribute listed by st.help."""

    name: str
    """The attribute's name."""
    type: str
    """Its type's qualified name."""
    doc: str | None
    """The first paragraph of its docstring, or None."""
    value: str | None
    """A short repr of its value, for plain values; None for documented things."""


@dataclass(kw_only=True, slots=True)
class BadgeProps(Props):
    """A small coloured label (st.badge)."""

    label: str
    """The badge's text (markdown)."""
    icon: str | None
    """An emoji or ":material/name:" icon before the text."""
    color: str
    """"blue", "green", "orange", "red", "violet", "yellow", "gray" or "primary"."""
    help: str | None
    """Tooltip text (markdown)."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class HelpProps(Props):
    """An object's name, signature, docstring and members (st.help)."""

    name: str | None
    """The object's name, or the variable it was passed as."""
    call_name: str | None = omitted()
    """How the calling line named it: the argument's source text, or a magic line; absent for a literal."""
    type: str
    """Its type's qualified name."""
    doc: str | None
    """Its own docstring, or None."""
    signature: str | None
    """Its call signature, for callables."""
    value: str | None
    """A plain value's repr, else ``module.Name(signature)`` of it or its class; None if just call_name."""
    members: list[HelpMember]
    """Its public attributes."""
    width: int | None = omitted()
    """A width in pixels; absent: it stretches."""


@dataclass(kw_only=True, slots=True)
class MetricProps(Props):
    """A big number with an optional change and sparkline (st.metric)."""

    label: str
    """The metric's label (markdown)."""
    value: str
    """The value as text ("—" for None)."""
    delta: str | None
    """The change as text, or None."""
    delta_direction: str | None
    """"up", "down" or None: which way the change goes."""
    delta_color: str
    """"normal", "inverse", "off" or a colour name: how to colour the change."""
    color: str
    """The colour the change is drawn in."""
    delta_arrow: str
    """"auto", "up", "down" or "off": the arrow beside the change."""
    help: str | None
    """Tooltip text (markdown) beside the label."""
    label_visibility: str
    """"visible", "hidden" or "collapsed"."""
    border: bool
    """True draws a border around the metric."""
    width: str | int | None
    """"stretch", "content", a width in pixels, or None."""
    height: str | int | None
    """"content", "stretch", a height in pixels, or None."""
    chart_data: list[float | None] | None
    """The sparkline's values, or None for no sparkline."""
    chart_type: str
    """"line", "bar" or "area"."""
    format: str | None = omitted()
    """How the page formats value_number and delta_number ("dollar", "%.1f"...)."""
    value_number: float | None = omitted()
    """The value as a number, when format is given and the value is numeric."""
    delta_number: float | None = omitted()
    """The change as a number, when format is given and the change is numeric."""
    delta_description: str | None = omitted()
    """Text shown beside the change ("month over month")."""
    icon: str | None = omitted()
    """An emoji or ":material/name:" icon beside the label."""


BADGE = define("Badge", BadgeProps, apptest="markdown", attrs=("label", "icon", "color"))
HELP = define("Help", HelpProps, apptest="help_info", attrs=("name", "type", "doc"))
METRIC = define("Metric", MetricProps, apptest="metric", attrs=("label", "delta", "help"))
