"""AppTest classes of input widgets: their values decoded from the wire and their actions
(``click``, ``set_value``, ``select``...)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desk.elements.uploads import UploadedFile, UploadStore, store_file
from desk.elements.widgets.numeric import slider_from_wire, slider_step_from_wire
from desk.elements.widgets.temporal import date_from_wire
from desk.emoji import without_leading_icon
from desk.testing.elements import AppTestError, InvalidWidgetValue, Widget


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
        options = [str(o) for o in self.node.props.get("options", [])]
        if self.node.type in ("Pills", "SegmentedControl"):  # a leading icon is shown apart, as in Streamlit
            return [without_leading_icon(o) for o in options]
        return options

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
        return slider_step_from_wire(
            str(self.node.props.get("data_type", "float")), self.node.props.get("step")
        )


class SelectSlider(SliderWidget):
    @property
    def options(self) -> list[str]:
        options = [str(o) for o in self.node.props.get("options", [])]
        if self.node.type in ("Pills", "SegmentedControl"):  # a leading icon is shown apart, as in Streamlit
            return [without_leading_icon(o) for o in options]
        return options


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
        options = [str(o) for o in self.node.props.get("options", [])]
        if self.node.type in ("Pills", "SegmentedControl"):  # a leading icon is shown apart, as in Streamlit
            return [without_leading_icon(o) for o in options]
        return options

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


class BidiComponent(Widget):
    """A ``st.components.v2`` instance: ``value`` is its state values; ``set_state`` and
    ``trigger`` do what the component's ``setStateValue`` and ``setTriggerValue`` do."""

    @property
    def state(self) -> dict[str, Any]:
        """The state values, including a change queued for the next run."""
        value = self.value
        return dict(value) if isinstance(value, dict) else {}

    def set_state(self, name: str, value: Any) -> BidiComponent:
        """Set the state value ``name`` for the next run (as ``setStateValue(name, value)``)."""
        self.root._pending[self._wid()] = self._from_page({**self.state, name: value})
        return self

    def set_value(self, value: Any) -> BidiComponent:
        """Replace every state value with the dict ``value``."""
        self.root._pending[self._wid()] = self._from_page(value)
        return self

    def trigger(self, name: str, value: Any = True) -> BidiComponent:
        """Fire the trigger ``name`` with ``value`` in the next run (as ``setTriggerValue(name, value)``)."""
        trigger_id = str(self.node.props["trigger_id"])
        meta = self.root.session.state.widget_meta(trigger_id)
        if meta is None:
            raise AppTestError(f"the component {self.node.props.get('component_name')!r} has no trigger registered.")
        self.root._triggers.append((trigger_id, meta.deserialize({name: value})))
        return self

    def _from_page(self, value: Any) -> Any:
        meta = self._meta()
        try:
            return value if meta is None else meta.deserialize(value)
        except ValueError as error:
            raise InvalidWidgetValue(str(error)) from error
