"""AppTest's elements: what a test sees of each node, and Streamlit's names for them.

``Element`` wraps one node; widgets add actions (``click``, ``set_value``...) that queue a
change on the AppTest that holds them (their ``root``), and ``Block`` queries a
container's children. The element names, classes and attributes come from the node
definitions (``desk.elements.definitions``); values are decoded with the codecs beside
them. The concrete classes live in ``text_elements``, ``widgets``, ``blocks`` and
``data_elements``; ``registry`` picks a node's class."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, Protocol, TypeVar, overload

from desk.errors import DeskAPIError
from desk.protocol import DeltaPath, Node
from desk.runtime.session import Session
from desk.runtime.state import WidgetMeta
from desk.testing.names import apptest_name, element_attributes, queries


class AppTestError(AssertionError):
    """The app under test logged an error, or did not finish in time."""


class InvalidWidgetValue(DeskAPIError, ValueError):
    """A value a widget cannot take (an option that does not exist...): a ``ValueError``, as in Streamlit."""


class AppTestTimeout(AppTestError, RuntimeError):
    """The run did not finish within its timeout: a ``RuntimeError``, as Streamlit's AppTest raises."""


class Root(Protocol):
    """What an element needs of the AppTest that holds it."""

    session: Session
    _pending: dict[str, Any]
    _triggers: list[tuple[str, Any]]

    def run(self, *, timeout: float | None = None) -> Root: ...
    def _wrap(self, path: DeltaPath, node: Node) -> Element: ...
    def _query(self, path: DeltaPath, name: str) -> ElementList[Element]: ...
    def _descendants(self, path: DeltaPath) -> list[Element]: ...
    def __getattr__(self, name: str) -> Any: ...


class Element:
    """One element of the page, as a test sees it."""

    def __init__(self, node: Node, path: DeltaPath, root: Root) -> None:
        self.node = node
        self.path = path
        self.root = root

    @property
    def type(self) -> str:
        """Streamlit's AppTest name of the element (``"markdown"``, ``"slider"``, ``"title"``...)."""
        return apptest_name(self.node)

    @property
    def proto(self) -> dict[str, Any]:
        return self.node.props

    @property
    def id(self) -> str | None:
        return self.node.id

    @property
    def key(self) -> str | None:
        value = self.node.props.get("key")
        return str(value) if value is not None else None

    @property
    def value(self) -> Any:
        props = self.node.props
        if "body" in props:
            return props["body"]
        if self.node.type == "Exception":
            return props.get("message")
        return props.get("value")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        node = self.__dict__["node"]
        attrs = element_attributes(node)
        if name in attrs:
            return node.props.get(name)
        raise AttributeError(
            f"{apptest_name(node)} element has no attribute '{name}'. It has: {', '.join(sorted(attrs))}."
        )

    def run(self, *, timeout: float | None = None) -> Root:
        """Run the app (with this element's pending change)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        shown = {k: v for k, v in self.node.props.items() if v not in (None, False, "", [], {})}
        return f"{apptest_name(self.node)}({shown})"


class Widget(Element):
    """An input widget. Actions return the widget so that calls chain."""

    def _wid(self) -> str:
        wid = self.node.id
        if wid is None:  # pragma: no cover - widgets always have ids
            raise AppTestError(f"{self.node.type} has no widget id.")
        return wid

    def _meta(self) -> WidgetMeta | None:
        return self.root.session.state.widget_meta(self._wid())

    @property
    def value(self) -> Any:
        """The widget's current Python value, including a change queued for the next run."""
        wid = self._wid()
        if wid in self.root._pending:
            return self.root._pending[wid]
        meta = self._meta()
        if meta is not None and meta.trigger:
            return self.node.props.get("value", meta.trigger_reset)
        if meta is not None and meta.form_id is not None:
            waiting = self.root.session.pending_form_values(meta.form_id)
            if wid in waiting:
                return waiting[wid]
        return self.root.session.state.widget_value(wid, self.node.props.get("value"))

    def _round_trip(self, value: Any) -> Any:
        """What the widget would hold if a client set ``value``: serialize, then deserialize.

        Raises ``InvalidWidgetValue`` (a ``ValueError``) with the widget's own message, e.g. for a
        value that is not one of the options.
        """
        meta = self._meta()
        if meta is None or meta.serialize is None:
            return value
        try:
            return meta.deserialize(meta.serialize(value))
        except DeskAPIError as error:
            raise InvalidWidgetValue(str(error)) from error

    def set_value(self, value: Any) -> Widget:
        """Set the widget's value for the next run."""
        self.root._pending[self._wid()] = self._round_trip(value)
        return self

    @property
    def label(self) -> str:
        return str(self.node.props.get("label", ""))

    @property
    def help(self) -> str | None:
        value = self.node.props.get("help")
        return None if value is None else str(value)

    @property
    def disabled(self) -> bool:
        return bool(self.node.props.get("disabled", False))

    @property
    def form_id(self) -> str | None:
        value = self.node.props.get("form_id")
        return None if value is None else str(value)


E = TypeVar("E", bound=Element)


class ElementList(Generic[E]):
    """A sequence of elements; also callable with ``key=`` to find one widget."""

    def __init__(self, items: list[E]) -> None:
        self._items = items

    @overload
    def __getitem__(self, index: int) -> E: ...
    @overload
    def __getitem__(self, index: slice) -> ElementList[E]: ...

    def __getitem__(self, index: int | slice) -> E | ElementList[E]:
        if isinstance(index, slice):
            return ElementList(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError(f"element index {index} out of range: only {len(self._items)} found") from None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[E]:
        return iter(self._items)

    def __call__(self, key: str) -> E:
        for item in self._items:
            if item.key == key:
                return item
        raise KeyError(f"no element with key {key!r}; keys here: {[i.key for i in self._items]}")

    @property
    def len(self) -> int:
        return len(self._items)

    @property
    def values(self) -> list[Any]:
        return [item.value for item in self._items]

    def __repr__(self) -> str:
        return f"ElementList({self._items!r})"


class Block(Element):
    """A container element (column, tab, expander, form...). Query its children like AppTest."""

    @property
    def children(self) -> list[Element]:
        return [self.root._wrap(p, n) for p, n in self.root.session.view.children(self.path)]

    def _descendants(self) -> list[Element]:
        return self.root._descendants(self.path)

    def get(self, element_type: str) -> ElementList[Element]:
        return self.root._query(self.path, element_type)

    def __getattr__(self, name: str) -> Any:
        if name in queries():
            return self.root._query(self.path, name)
        return super().__getattr__(name)

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Element:
        return self.children[index]
