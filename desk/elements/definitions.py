"""One typed definition per node type: its props, its widget value, and how AppTest names it.

A definition ties together what used to be written three times by hand:

- ``props``: a dataclass (a subclass of ``Props``) whose fields are the node's props, each
  with a type and a one-line docstring below it. The ``st.*`` function builds the node
  from it, so a wrong or missing prop is a type error. A field whose default is
  ``omitted()`` leaves the wire when it is None, as props sent "only when set" always have.
- ``value``: for widgets, the type of the value on the wire (what ``WidgetChanged`` carries
  and what the node's ``value`` prop holds). None for elements that hold no value.
- ``apptest`` and ``attrs``: the element name Streamlit's AppTest uses for it
  (``"markdown"``, ``"slider"``) and the attributes an AppTest element exposes.

``python -m desk.elements.typescript`` writes ``frontend/src/nodes.gen.ts`` from these
definitions: a props interface and a runtime schema per node type.
"""

from __future__ import annotations

import builtins
import dataclasses
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desk.protocol import Node

_OMIT = "desk.omit_when_none"


def omitted() -> Any:
    """The default of a prop that is sent only when it is not None (optional in TypeScript)."""
    return dataclasses.field(default=None, metadata={_OMIT: True})


@dataclass(kw_only=True, slots=True)
class Props:
    """The base of every props dataclass."""

    def wire(self) -> dict[str, Any]:
        """The node's props as they travel: every field, except omitted ones that are None."""
        names, omit = _layout(type(self))
        props = {name: getattr(self, name) for name in names}
        for name in omit:
            if props[name] is None:
                del props[name]
        return props


_LAYOUTS: dict[type[Props], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _layout(cls: type[Props]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A props class's field names and its omitted ones, computed once (wire() runs for every node of every run)."""
    layout = _LAYOUTS.get(cls)
    if layout is None:
        fields = dataclasses.fields(cls)
        layout = (tuple(f.name for f in fields), tuple(f.name for f in fields if f.metadata.get(_OMIT)))
        _LAYOUTS[cls] = layout
    return layout


def is_omitted(item: dataclasses.Field[Any]) -> bool:
    """Whether a props field leaves the wire when it is None."""
    return bool(item.metadata.get(_OMIT))


P = TypeVar("P", bound=Props)


@dataclass(frozen=True)
class NodeDef(Generic[P]):
    """The definition of one node type (see the module docstring)."""

    type: str
    """The node's type, which names its component: ``frontend/src/elements/<type>.tsx``."""
    props: builtins.type[P]
    """The props dataclass."""
    apptest: str
    """The element name of Streamlit's AppTest (``AppTest.<name>`` and ``.type``)."""
    attrs: tuple[str, ...] = ()
    """The props an AppTest element exposes as attributes, beyond ``value`` for widgets."""
    value: Any = None
    """Widgets: the type of the wire value. None for elements without a value."""
    block: bool = False
    """Containers, whose children are addressed below the node's delta path."""
    optional_widget: bool = False
    """Charts that are widgets only with ``on_select``: the widget props may be absent."""
    sizes_itself: bool = False
    """The component applies its ``width`` prop itself (containers, charts, frames, media);
    for the others the page sizes the element's box from ``width``."""

    @property
    def widget(self) -> bool:
        return self.value is not None

    def node(self, props: P, id: str | None = None) -> Node:
        """The node of these props."""
        return Node(self.type, props.wire(), id=id, block=self.block)


DEFINITIONS: dict[str, NodeDef[Any]] = {}
"""Every definition by node type, filled as the element modules are imported."""

_BY_PROPS: dict[type[Props], NodeDef[Any]] = {}


def define(
    type: str,
    props: type[P],
    *,
    apptest: str,
    attrs: tuple[str, ...] = (),
    value: Any = None,
    block: bool = False,
    optional_widget: bool = False,
    sizes_itself: bool = False,
) -> NodeDef[P]:
    """Define a node type; each type and each props class is defined once."""
    if type in DEFINITIONS or props in _BY_PROPS:
        raise ValueError(f"node type {type!r} or its props class {props.__name__} is defined twice")
    names = {item.name for item in dataclasses.fields(props)}
    unknown = [name for name in attrs if name not in names]
    if unknown:
        raise ValueError(f"{type}: AppTest attributes {unknown} are not props of {props.__name__}")
    definition: NodeDef[P] = NodeDef(type, props, apptest, attrs, value, block, optional_widget, sizes_itself)
    DEFINITIONS[type] = definition
    _BY_PROPS[props] = definition
    return definition


def definition_of(props: Props) -> NodeDef[Any]:
    """The definition whose props class ``props`` is an instance of."""
    return _BY_PROPS[type(props)]


@dataclass(kw_only=True, slots=True)
class WidgetState(Props):
    """The props every widget node carries beside its own, set by ``elements.base.widget()``."""

    label: str
    """The widget's label (markdown)."""
    value: Any
    """The widget's current value, in its wire form."""
    set_value: bool
    """True when the script set the value (``session_state`` or a reset): the client takes it."""
    form_id: str | None
    """The form the widget belongs to, or None."""
    key: str | None = omitted()
    """The user's key, when the script gave one."""
    required: bool | None = omitted()
    """True when the widget may not be left empty (required=True): the client sends no empty value."""


@dataclass(kw_only=True, slots=True)
class LabeledProps(Props):
    """Props shared by widgets with a label: help, visibility and disabled."""

    help: str | None
    """Tooltip text (markdown) shown beside the label."""
    label_visibility: str
    """"visible", "hidden" (keeps the space) or "collapsed"."""
    disabled: bool
    """True greys the widget out and ignores input."""
