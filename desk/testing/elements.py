"""AppTest's elements: what a test sees of each node, and Streamlit's names for them.

``Element`` wraps one node; widgets add actions (``click``, ``set_value``...) that queue a
change on the AppTest that holds them (their ``root``), and ``Block`` queries a
container's children. The element names, classes and attributes come from the node
definitions (``desk.elements.definitions``); values are decoded with the codecs beside
them. ``desk.testing.data_elements`` adds the data elements.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import textwrap
from collections.abc import Callable, Iterator
from typing import Any, Generic, Protocol, TypeVar, overload

from desk.elements.definitions import NodeDef, WidgetState
from desk.elements.typescript import definitions
from desk.elements.uploads import UploadedFile, UploadStore, store_file
from desk.elements.widgets.numeric import slider_from_wire, slider_step_from_wire
from desk.elements.widgets.temporal import date_from_wire
from desk.errors import DeskAPIError
from desk.protocol import DeltaPath, Node
from desk.runtime.session import Session
from desk.runtime.state import WidgetMeta


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
        attrs = _attributes(node)
        if name in attrs:
            return node.props.get(name)
        raise AttributeError(f"{apptest_name(node)} element has no attribute '{name}'. It has: {', '.join(sorted(attrs))}.")

    def run(self, *, timeout: float | None = None) -> Root:
        """Run the app (with this element's pending change)."""
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        shown = {k: v for k, v in self.node.props.items() if v not in (None, False, "", [], {})}
        return f"{apptest_name(self.node)}({shown})"


class Heading(Element):
    """``st.title``, ``st.header`` and ``st.subheader``: ``.type`` is the one that made it, ``.tag`` its HTML tag."""

    @property
    def tag(self) -> str:
        return f"h{int(self.node.props.get('level', 2))}"


class TextElement(Element):
    """Markdown and caption: ``is_caption`` tells them apart, as in Streamlit."""

    @property
    def is_caption(self) -> bool:
        return self.node.type == "Caption"


class Latex(TextElement):
    """``st.latex``: ``.value`` is the dedented formula between ``$$`` lines, as Streamlit's AppTest
    shows it; ``.body`` is the formula."""

    @property
    def value(self) -> str:
        body = textwrap.dedent(str(self.node.props.get("body", ""))).strip()
        return f"$$\n{body}\n$$"


class Divider(TextElement):
    """``st.divider``: its value is ``'---'``, the markdown rule Streamlit writes for it."""

    @property
    def value(self) -> str:
        return "---"


class Link(Element):
    """``st.link_button`` and ``st.page_link``: the value is the label, as in Streamlit's AppTest."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("label", ""))


class Space(Element):
    """``st.space``: the value is its size (``"small"``, ``"medium"``, ``"large"`` or pixels)."""

    @property
    def value(self) -> Any:
        return self.node.props.get("size")


class Badge(TextElement):
    """``st.badge``: a markdown element in Streamlit, whose value is its ``:color-badge[...]`` directive."""

    @property
    def value(self) -> str:
        props = self.node.props
        icon = props.get("icon")
        text = f"{icon} {props.get('label', '')}" if icon else str(props.get("label", ""))
        return f":{props.get('color', 'blue')}-badge[{text}]"


class ExceptionElement(Element):
    """An exception: ``.value``/``.message`` its message, ``.stack_trace`` its traceback lines."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("message", ""))

    @property
    def stack_trace(self) -> list[str]:
        return list(self.node.props.get("traceback", []))

    @property
    def is_markdown(self) -> bool:
        """False: desk draws exception messages as plain text."""
        return False


class Help(Element):
    """``st.help``: ``.doc_string`` is the documented object's docstring."""

    @property
    def doc_string(self) -> str | None:
        value = self.node.props.get("doc")
        return None if value is None else str(value)


    @property
    def value(self) -> str | None:
        """The object's short repr, or its name for functions, classes and modules (as Streamlit's AppTest)."""
        shown = self.node.props.get("value")
        return str(shown) if shown else self.node.props.get("name")


class Image(Element):
    """``st.image``: ``value`` lists each image's URL (``/media/<digest>`` for bytes), ``captions`` theirs."""

    @property
    def value(self) -> list[str]:
        return [_media_url(item) for item in self.node.props.get("images", [])]

    @property
    def captions(self) -> list[str]:
        return [str(item.get("caption") or "") for item in self.node.props.get("images", [])]


def _media_url(item: Any) -> str:
    if item.get("src"):
        return str(item["src"])
    payload = item.get("payload")
    return f"/media/{payload.digest}" if payload is not None else ""


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


class Button(Widget):
    """``st.button``, ``st.form_submit_button`` and ``st.download_button``."""

    def click(self) -> Button:
        """Click the button in the next run."""
        self.root._triggers.append((self._wid(), True))
        return self

    def set_value(self, value: Any) -> Button:
        """``set_value(True)`` clicks the button; a button cannot be set to False."""
        if value:
            self.click()
        return self


class ChatInput(Widget):
    """``st.chat_input``: ``set_value(text)`` submits ``text`` in the next run.

    With ``accept_file``, ``set_value(text, files=[("a.csv", b"..."), ...])`` attaches files
    (``UploadedFile`` objects or ``(name, data[, mimetype])`` tuples); with ``accept_audio``,
    ``audio=("clip.wav", b"...")`` sends a recording the same way.
    """

    def set_value(self, value: Any, files: list[Any] | None = None, audio: Any = None) -> ChatInput:
        """Submit ``value`` (and ``files``, ``audio``) in the next run."""
        props = self.node.props
        if files is not None or audio is not None or props.get("accept_file") or props.get("accept_audio"):
            from desk.elements.chat import ChatInputValue

            attached = [_uploaded(self, item) for item in files or []]
            value = ChatInputValue(
                text="" if value is None else str(value),
                files=attached,
                audio=None if audio is None else _uploaded(self, audio),
                with_files=files is not None or bool(props.get("accept_file")),
                with_audio=audio is not None or bool(props.get("accept_audio")),
            )
        self.root._triggers.append((self._wid(), self._round_trip(value)))
        return self

    def submit(self, value: str) -> ChatInput:
        """Same as ``set_value``."""
        return self.set_value(value)

    @property
    def value(self) -> Any:
        return self.node.props.get("value")

    @property
    def placeholder(self) -> str:
        return str(self.node.props.get("placeholder", ""))


class Checkbox(Widget):
    """``st.checkbox`` and ``st.toggle``."""

    def check(self) -> Checkbox:
        self.set_value(True)
        return self

    def uncheck(self) -> Checkbox:
        self.set_value(False)
        return self


class TextInput(Widget):
    """``st.text_input`` and ``st.text_area``.

    As in Streamlit's AppTest, ``input`` types nothing beyond ``max_chars`` (the box
    refuses it) while ``set_value`` keeps the first ``max_chars`` characters.
    """

    def set_value(self, value: Any) -> TextInput:
        limit = self.node.props.get("max_chars")
        if isinstance(value, str) and isinstance(limit, int) and len(value) > limit:
            value = value[:limit]
        super().set_value(value)
        return self

    def input(self, value: str) -> TextInput:
        """Type ``value`` into the widget (replacing its text); nothing when longer than ``max_chars``."""
        limit = self.node.props.get("max_chars")
        if isinstance(limit, int) and len(value) > limit:
            return self
        self.set_value(value)
        return self


class NumberInput(Widget):
    """``st.number_input``: ``increment``/``decrement`` move by ``step`` within the bounds."""

    @property
    def min(self) -> Any:
        return self.node.props.get("min_value")

    @property
    def max(self) -> Any:
        return self.node.props.get("max_value")

    @property
    def step(self) -> Any:
        return self.node.props.get("step")

    def _move(self, direction: int) -> NumberInput:
        step = self.step or 1
        current = self.value if self.value is not None else 0
        new = current + direction * step
        if self.max is not None:
            new = min(new, self.max)
        if self.min is not None:
            new = max(new, self.min)
        if self.node.props.get("data_type") == "float":
            new = round(new, 10)
        self.set_value(new)
        return self

    def increment(self) -> NumberInput:
        return self._move(1)

    def decrement(self) -> NumberInput:
        return self._move(-1)


class SelectWidget(Widget):
    """Selectbox and radio: one option among ``options`` (the formatted labels)."""

    @property
    def options(self) -> list[str]:
        return [str(o) for o in self.node.props.get("options", [])]

    def _wire(self, value: Any) -> Any:
        meta = self._meta()
        if meta is None or meta.serialize is None:
            return value
        return meta.serialize(value)

    def _from_wire(self, wire: Any) -> Any:
        meta = self._meta()
        return wire if meta is None else meta.deserialize(wire)

    @property
    def index(self) -> int | None:
        """The index of the selected option, or None."""
        wire = self._wire(self.value)
        return wire if isinstance(wire, int) else None

    def select(self, value: Any) -> SelectWidget:
        """Select the option ``value`` (a Python option, not its formatted label)."""
        return self.set_value(value)  # type: ignore[return-value]

    def select_index(self, index: int | None) -> SelectWidget:
        """Select the option at ``index`` (None clears the selection)."""
        if index is not None and not 0 <= index < len(self.options):
            raise IndexError(
                f"{self.node.type} has {len(self.options)} options; index {index} is out of range."
            )
        self.root._pending[self._wid()] = self._from_wire(index)
        return self


class MultiSelectWidget(SelectWidget):
    """Multiselect, and pills or segmented controls with ``selection_mode="multi"``."""

    @property
    def indices(self) -> list[int]:
        """The indices of the selected options."""
        wire = self._wire(self.value) or []
        return [i for i in wire if isinstance(i, int)]

    @property
    def index(self) -> int | None:
        indices = self.indices
        return indices[0] if len(indices) == 1 else None

    def select(self, value: Any) -> MultiSelectWidget:
        """Add ``value`` to the selection."""
        current = list(self.value or [])
        if value not in current:
            current.append(value)
        self.set_value(current)
        return self

    def unselect(self, value: Any) -> MultiSelectWidget:
        """Remove ``value`` from the selection."""
        self.set_value([v for v in (self.value or []) if v != value])
        return self

    def select_index(self, index: int | None) -> MultiSelectWidget:
        if index is None:
            self.set_value([])
            return self
        current = self.indices
        if index not in current:
            current.append(index)
        self.root._pending[self._wid()] = self._from_wire(current)
        return self


class ButtonGroup(SelectWidget):
    """Pills and segmented control (single selection): ``select``, ``unselect``, ``indices``."""

    @property
    def indices(self) -> list[int]:
        index = self.index
        return [] if index is None else [index]

    def unselect(self, value: Any) -> ButtonGroup:
        if self.value == value:
            self.set_value(None)
        return self


class Feedback(Widget):
    """``st.feedback``: the value is the index of the chosen icon, or None."""

    @property
    def options(self) -> str:
        return str(self.node.props.get("options", "thumbs"))

    @property
    def indices(self) -> list[int]:
        return [] if self.value is None else [int(self.value)]

    def select(self, index: int) -> Feedback:
        self.set_value(index)
        return self

    def unselect(self, index: int | None = None) -> Feedback:
        self.set_value(None)
        return self


class Multiselect(MultiSelectWidget):
    @property
    def max_selections(self) -> int | None:
        value = self.node.props.get("max_selections")
        return None if value is None else int(value)


class SliderWidget(Widget):
    """``st.slider`` and ``st.select_slider``: ``set_value`` or ``set_range(lower, upper)``."""

    def set_range(self, lower: Any, upper: Any) -> SliderWidget:
        self.set_value((lower, upper))
        return self

    def _python(self, wire: Any) -> Any:
        return slider_from_wire(str(self.node.props.get("data_type", "float")), wire, None)

    @property
    def min(self) -> Any:
        return self._python(self.node.props.get("min_value"))

    @property
    def max(self) -> Any:
        return self._python(self.node.props.get("max_value"))

    @property
    def step(self) -> Any:
        return slider_step_from_wire(str(self.node.props.get("data_type", "float")), self.node.props.get("step"))


class SelectSlider(SliderWidget):
    @property
    def options(self) -> list[str]:
        return [str(o) for o in self.node.props.get("options", [])]


class DateInput(Widget):
    """``st.date_input``: ``set_value(date)``, or a tuple of dates for a range picker."""

    @property
    def min(self) -> dt.date:
        return date_from_wire(str(self.node.props["min_value"]))

    @property
    def max(self) -> dt.date:
        return date_from_wire(str(self.node.props["max_value"]))

    @property
    def is_range(self) -> bool:
        return bool(self.node.props.get("is_range"))


class TimeInput(Widget):
    """``st.time_input``: ``increment``/``decrement`` move by ``step``."""

    @property
    def step(self) -> dt.timedelta:
        return dt.timedelta(seconds=int(self.node.props.get("step", 900)))

    def _move(self, direction: int) -> TimeInput:
        current = self.value if self.value is not None else dt.time(0, 0)
        moment = dt.datetime.combine(dt.date(2000, 1, 1), current) + direction * self.step
        self.set_value(moment.time())
        return self

    def increment(self) -> TimeInput:
        return self._move(1)

    def decrement(self) -> TimeInput:
        return self._move(-1)


DateTimeWidget = DateInput


class ColorPicker(Widget):
    def pick(self, color: str) -> ColorPicker:
        self.set_value(color)
        return self


class MenuButton(Widget):
    """``st.menu_button``: ``click(option)`` or ``click_index(i)`` picks an option in the next run."""

    @property
    def options(self) -> list[str]:
        return [str(o) for o in self.node.props.get("options", [])]

    @property
    def value(self) -> Any:
        """The option clicked in the last run, or None."""
        meta = self._meta()
        wire = self.node.props.get("value")
        return wire if meta is None else meta.deserialize(wire)

    def set_value(self, value: Any) -> MenuButton:
        """Click ``value`` (an option) in the next run; None clicks nothing."""
        if value is not None:
            if self.disabled:
                raise AppTestError(f"menu_button {self.label!r} is disabled, so no option can be clicked.")
            self.root._triggers.append((self._wid(), self._round_trip(value)))
        return self

    def click(self, value: Any) -> MenuButton:
        return self.set_value(value)

    def click_index(self, index: int) -> MenuButton:
        """Click the option at ``index`` in the next run."""
        if not 0 <= index < len(self.options):
            raise IndexError(f"menu_button has {len(self.options)} options; index {index} is out of range.")
        meta = self._meta()
        return self.set_value(index if meta is None else meta.deserialize(index))


class Pagination(Widget):
    """``st.pagination``: ``select(page)`` goes to a page, counting from 1."""

    def set_value(self, value: Any) -> Pagination:
        pages = int(self.node.props.get("num_pages", 1))
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= pages:
            raise AppTestError(f"pagination: page must be an int from 1 to {pages}, not {value!r}.")
        if self.disabled:
            raise AppTestError("pagination: it is disabled, so no page can be picked.")
        super().set_value(value)
        return self

    def select(self, page: int) -> Pagination:
        """Go to ``page`` in the next run, as a click on its button would."""
        return self.set_value(page)


def _uploaded(widget: Widget, item: Any) -> UploadedFile:
    """``item`` (an ``UploadedFile`` or a ``(name, data[, mimetype])`` tuple) in the session's upload store."""
    store: UploadStore = widget.root.session.uploads
    if isinstance(item, UploadedFile):
        if item.file_id not in store:
            store[item.file_id] = (item.name, item.type, item.getvalue())
        return item
    if isinstance(item, tuple) and len(item) in (2, 3) and isinstance(item[0], str):
        data = item[1].encode() if isinstance(item[1], str) else bytes(item[1])
        return store_file(store, item[0], data, item[2] if len(item) == 3 else None)
    raise TypeError(
        f"{widget.node.type}.set_value takes UploadedFile objects or (name, bytes) tuples, not {type(item).__name__}."
    )


class FileUploader(Widget):
    """``st.file_uploader``, ``st.camera_input``, ``st.audio_input``.

    ``set_value`` takes ``UploadedFile`` objects, ``(name, data)`` or ``(name, data, mimetype)``
    tuples, a list of them, or None to clear.
    """

    def _file(self, item: Any) -> UploadedFile:
        return _uploaded(self, item)

    def set_value(self, value: Any) -> FileUploader:
        if value is None:
            files: list[UploadedFile] = []
        elif isinstance(value, list):
            files = [self._file(v) for v in value]
        else:
            files = [self._file(value)]
        multiple = bool(self.node.props.get("accept_multiple_files"))
        single = files[0] if len(files) == 1 else None
        self.root._pending[self._wid()] = self._round_trip(files if multiple or len(files) > 1 else single)
        return self

    def upload(self, name: str, data: bytes | str, type: str | None = None) -> FileUploader:
        """Upload one file (added to the current ones when several are accepted)."""
        new = self._file((name, data, type) if type else (name, data))
        if self.node.props.get("accept_multiple_files"):
            return self.set_value([*(self.value or []), new])
        return self.set_value(new)

    def clear(self) -> FileUploader:
        return self.set_value(None)


# ------------------------------------------------------------------------- names

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


def _attributes(node: Node) -> tuple[str, ...]:
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


ELEMENT_CLASSES: dict[str, type[Element]] = {
    "link_button": Link,
    "page_link": Link,
    "space": Space,
    "image": Image,
    "title": Heading,
    "header": Heading,
    "subheader": Heading,
    "button": Button,
    "download_button": Button,
    "chat_input": ChatInput,
    "checkbox": Checkbox,
    "toggle": Checkbox,
    "text_input": TextInput,
    "file_picker": TextInput,
    "text_area": TextInput,
    "menu_button": MenuButton,
    "number_input": NumberInput,
    "pagination": Pagination,
    "selectbox": SelectWidget,
    "radio": SelectWidget,
    "multiselect": Multiselect,
    "button_group": ButtonGroup,
    "feedback": Feedback,
    "slider": SliderWidget,
    "select_slider": SelectSlider,
    "date_input": DateInput,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "file_uploader": FileUploader,
    "camera_input": FileUploader,
    "audio_input": FileUploader,
}
"""The element class of headings, widgets and the elements whose value is not a prop, by AppTest name."""


NODE_CLASSES: dict[str, type[Element]] = {
    "Markdown": TextElement,
    "Caption": TextElement,
    "Latex": Latex,
    "Divider": Divider,
    "Badge": Badge,
    "Exception": ExceptionElement,
    "Help": Help,
}
"""The element class of text-like nodes, by node type (a badge is named "markdown", as in Streamlit)."""


def element_class(node: Node) -> type[Element] | None:
    by_type = NODE_CLASSES.get(node.type)
    if by_type is not None:
        return by_type
    name = apptest_name(node)
    if name == "button_group" and node.props.get("multi"):
        return MultiSelectWidget
    return ELEMENT_CLASSES.get(name)


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
            raise AppTestError("these tabs keep the open tab in the page: give st.tabs on_change='rerun' to switch them.")
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
