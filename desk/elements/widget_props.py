"""The definitions of the input widgets: their props, wire values and AppTest names.

Every widget node also carries ``WidgetState``'s props (label, value, set_value, form_id,
key), which ``elements.base.widget()`` adds; ``value`` holds the wire value typed below.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from desk.elements.definitions import LabeledProps, Props, define, omitted
from desk.protocol import BinaryPayload

SliderDataType = Literal["int", "float", "date", "time", "datetime"]
FeedbackOptions = Literal["thumbs", "faces", "stars"]


# ---------------------------------------------------------------- buttons


@dataclass(kw_only=True, slots=True)
class ButtonProps(Props):
    """A button; its value is True in the run right after a click (st.button)."""

    help: str | None
    """Tooltip text (markdown) of the button."""
    type: str
    """"primary", "secondary" or "tertiary": how prominent the button is."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    disabled: bool
    """True greys the button out and ignores clicks."""
    use_container_width: bool
    """True stretches the button to the width of its container."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    shortcut: str | None
    """A keyboard shortcut that clicks it, e.g. "Ctrl+K", or None."""


@dataclass(kw_only=True, slots=True)
class FormSubmitButtonProps(ButtonProps):
    """The button that submits its form (st.form_submit_button)."""


@dataclass(kw_only=True, slots=True)
class DownloadButtonProps(ButtonProps):
    """A button that saves a file (st.download_button)."""

    data: BinaryPayload
    """The file's bytes."""
    file_name: str | None
    """The name offered in the Save dialog, or None for a generated one."""
    mime: str
    """The file's media type."""
    on_click: str
    """"rerun", "ignore" or "callback": what a click asks of the server."""


@dataclass(kw_only=True, slots=True)
class LinkButtonProps(Props):
    """A button that opens a URL in a new tab (st.link_button)."""

    label: str
    """The button's label (markdown)."""
    url: str
    """The URL to open."""
    help: str | None
    """Tooltip text (markdown) of the button."""
    type: str
    """"primary", "secondary" or "tertiary": how prominent the button is."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    disabled: bool
    """True greys the button out."""
    use_container_width: bool
    """True stretches the button to the width of its container."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class PageLinkProps(Props):
    """A link to a page of the app, or to a URL (st.page_link)."""

    label: str
    """The link's text (markdown)."""
    page: str
    """The page's script path (relative to the main script), url path, or the URL."""
    url: str
    """The URL path the link opens ("" for the default page), or the external URL."""
    external: bool
    """True for a URL outside the app, opened in a new tab."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    help: str | None
    """Tooltip text (markdown)."""
    disabled: bool
    """True greys the link out."""
    use_container_width: bool | None
    """True stretches the link to its container."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    page_script_hash: str | None = omitted()
    """The page's script hash, for pages the app knows."""


# ---------------------------------------------------------------- uploads


@dataclass(kw_only=True, slots=True)
class FileUploaderProps(LabeledProps):
    """A drop zone and file chooser; its value is the ids of the uploaded files (st.file_uploader)."""

    type: list[str] | None
    """The accepted extensions (".csv") or media types, or None for any file."""
    accept_multiple_files: bool | str
    """True takes several files, "directory" a whole folder, False one file."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class CameraInputProps(FileUploaderProps):
    """A camera snapshot, uploaded as a JPEG file (st.camera_input)."""


@dataclass(kw_only=True, slots=True)
class AudioInputProps(FileUploaderProps):
    """A microphone recording, uploaded as a WAV file (st.audio_input)."""

    sample_rate: int | None
    """The recording's sample rate in Hz, or None for the microphone's own."""


@dataclass(kw_only=True, slots=True)
class FilePickerProps(LabeledProps):
    """A native Open, Save or Folder dialog whose value is a local path (desk.file_picker)."""

    kind: str
    """"open", "save" or "folder": which dialog."""
    types: list[str]
    """The extensions the Open and Save dialogs offer (".csv"); empty for any."""


# ---------------------------------------------------------------- numeric


@dataclass(kw_only=True, slots=True)
class SliderProps(LabeledProps):
    """A slider over numbers, or dates and times as milliseconds since the epoch (st.slider)."""

    data_type: SliderDataType
    """What the numbers stand for: ints, floats, or a date, time or datetime in milliseconds (UTC)."""
    min_value: float
    """The lowest value, in the wire's units."""
    max_value: float
    """The highest value, in the wire's units."""
    step: float
    """The distance between two values, in the wire's units."""
    format: str
    """A printf-style format for numbers, or a strftime-style one for dates and times."""
    is_range: bool
    """True for a range slider, whose value is a [low, high] pair."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class NumberInputProps(LabeledProps):
    """A number box with - and + buttons (st.number_input)."""

    data_type: Literal["int", "float"]
    """Whether the value is an int or a float."""
    min_value: float | None
    """The lowest value allowed, or None for no limit."""
    max_value: float | None
    """The highest value allowed, or None for no limit."""
    step: float
    """What - and + add or subtract."""
    format: str
    """A printf-style format for the value, e.g. "%0.2f"."""
    placeholder: str | None
    """Text shown while the box is empty."""
    icon: str | None
    """An emoji or ":material/name:" icon inside the box."""
    width: str | int
    """"stretch" or a width in pixels."""


# ---------------------------------------------------------------- booleans and colour


@dataclass(kw_only=True, slots=True)
class CheckboxProps(LabeledProps):
    """A checkbox (st.checkbox)."""

    width: str | int
    """"content", "stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class ToggleProps(CheckboxProps):
    """A toggle switch (st.toggle)."""


@dataclass(kw_only=True, slots=True)
class ColorPickerProps(LabeledProps):
    """A colour swatch that opens a picker (st.color_picker)."""

    width: str | int
    """"content", "stretch" or a width in pixels."""


# ---------------------------------------------------------------- text


@dataclass(kw_only=True, slots=True)
class TextInputProps(LabeledProps):
    """A single-line text box (st.text_input)."""

    max_chars: int | None
    """The most characters the box accepts, or None for no limit."""
    type: Literal["default", "password"]
    """"password" masks the text."""
    autocomplete: str
    """The HTML autocomplete attribute ("" lets the browser decide)."""
    placeholder: str
    """Text shown while the box is empty."""
    icon: str | None
    """An emoji or ":material/name:" icon inside the box."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class TextAreaProps(LabeledProps):
    """A multi-line text box (st.text_area)."""

    height: str | int | None
    """"content", "stretch", a height in pixels, or None for three lines."""
    max_chars: int | None
    """The most characters the box accepts, or None for no limit."""
    placeholder: str
    """Text shown while the box is empty."""
    width: str | int
    """"stretch" or a width in pixels."""


# ---------------------------------------------------------------- choices


@dataclass(kw_only=True, slots=True)
class RadioProps(LabeledProps):
    """Radio buttons, one option selected (st.radio)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    index: int | None
    """The option selected by default, or None."""
    horizontal: bool
    """True lays the options out in a row."""
    captions: list[str] | None
    """A caption (markdown) under each option, or None."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class SelectboxProps(LabeledProps):
    """A drop-down list, one option selected (st.selectbox)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    index: int | None
    """The option selected by default, or None."""
    placeholder: str
    """Text shown while nothing is selected."""
    accept_new_options: bool
    """True lets the user type an option that is not in the list."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class MultiselectProps(LabeledProps):
    """A list of options, any number selected (st.multiselect)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    default: list[int]
    """The indices of the options selected by default."""
    max_selections: int | None
    """The most options that can be selected, or None for no limit."""
    placeholder: str
    """Text shown while nothing is selected."""
    accept_new_options: bool
    """True lets the user type options that are not in the list."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class PillsProps(LabeledProps):
    """A row of pill buttons, one or several selected (st.pills)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    default: list[int]
    """The indices of the options selected by default."""
    selection_mode: Literal["single", "multi"]
    """Whether one or several options can be selected."""
    multi: bool
    """True when ``selection_mode`` is "multi"."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class SegmentedControlProps(PillsProps):
    """A segmented button bar, one or several selected (st.segmented_control)."""


@dataclass(kw_only=True, slots=True)
class SelectSliderProps(LabeledProps):
    """A slider over a list of options (st.select_slider)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    is_range: bool
    """True for a range slider, whose value is a [low, high] pair of indices."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class FeedbackProps(Props):
    """Thumbs, faces or stars to rate something (st.feedback)."""

    options: FeedbackOptions
    """Which icons to show."""
    count: int
    """How many icons: 2 thumbs, 5 faces or 5 stars."""
    default: int | None
    """The index selected by default, or None."""
    disabled: bool
    """True greys the icons out and ignores clicks."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


# ---------------------------------------------------------------- dates and times


@dataclass(kw_only=True, slots=True)
class DateInputProps(LabeledProps):
    """A date box with a calendar, one date or a range (st.date_input)."""

    min_value: str
    """The earliest date allowed (ISO 8601)."""
    max_value: str
    """The latest date allowed (ISO 8601)."""
    format: str
    """How the date is shown, e.g. "YYYY/MM/DD"."""
    is_range: bool
    """True for a range picker, whose value is a list of up to two dates."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class TimeInputProps(LabeledProps):
    """A time box (st.time_input)."""

    step: int
    """The step between times, in seconds."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class DateTimeInputProps(LabeledProps):
    """A date and time box (st.datetime_input)."""

    min_value: str
    """The earliest moment allowed (ISO 8601, to the minute)."""
    max_value: str
    """The latest moment allowed (ISO 8601, to the minute)."""
    format: str
    """How the date is shown, e.g. "YYYY/MM/DD"."""
    step: int
    """The step between times, in seconds."""
    width: str | int
    """"stretch" or a width in pixels."""


BUTTON = define("Button", ButtonProps, apptest="button", attrs=("help", "type", "icon", "disabled"), value=bool)
FORM_SUBMIT_BUTTON = define(
    "FormSubmitButton", FormSubmitButtonProps, apptest="button", attrs=("help", "type", "icon", "disabled"), value=bool
)
DOWNLOAD_BUTTON = define(
    "DownloadButton", DownloadButtonProps, apptest="download_button", attrs=("help", "file_name", "mime", "disabled"),
    value=bool,
)  # fmt: skip
LINK_BUTTON = define("LinkButton", LinkButtonProps, apptest="link_button", attrs=("label", "url", "help", "disabled"))
PAGE_LINK = define("PageLink", PageLinkProps, apptest="page_link", attrs=("label", "page", "url", "icon", "help"))
FILE_UPLOADER = define(
    "FileUploader", FileUploaderProps, apptest="file_uploader", attrs=("help", "disabled", "type"), value=list[str]
)
CAMERA_INPUT = define("CameraInput", CameraInputProps, apptest="camera_input", attrs=("help", "disabled"), value=list[str])
AUDIO_INPUT = define(
    "AudioInput", AudioInputProps, apptest="audio_input", attrs=("help", "disabled", "sample_rate"), value=list[str]
)
FILE_PICKER = define("FilePicker", FilePickerProps, apptest="file_picker", attrs=("help", "disabled", "kind"), value=str | None)
# The slider's codec: numbers travel as they are; dates, times and datetimes as
# milliseconds since the epoch (a time as its offset on the epoch's day).
EPOCH = dt.datetime(1970, 1, 1)
MILLISECOND = dt.timedelta(milliseconds=1)


def slider_to_wire(kind: str, value: Any) -> Any:
    """A slider value (or bound) of ``kind`` (its ``data_type``) in its wire form."""
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "datetime":
        return (value.replace(tzinfo=None) - EPOCH) / MILLISECOND
    if kind == "date":
        return (dt.datetime.combine(value, dt.time()) - EPOCH) / MILLISECOND
    return (dt.datetime.combine(EPOCH.date(), value.replace(tzinfo=None)) - EPOCH) / MILLISECOND


def slider_from_wire(kind: str, wire: Any, tzinfo: dt.tzinfo | None) -> Any:
    """The Python value of a slider's wire value (or bound); times and datetimes get ``tzinfo``."""
    if kind == "int":
        return int(round(wire))
    if kind == "float":
        return float(wire)
    moment = EPOCH + dt.timedelta(milliseconds=float(wire))
    if kind == "date":
        return moment.date()
    if kind == "time":
        return moment.time().replace(tzinfo=tzinfo)
    return moment.replace(tzinfo=tzinfo)


def slider_step_to_wire(kind: str, step: Any) -> Any:
    """A slider's step on the wire: a number, or a timedelta in milliseconds."""
    if kind in ("int", "float"):
        return step
    return step / MILLISECOND


def slider_step_from_wire(kind: str, wire: Any) -> Any:
    """The Python step of a slider's wire step (None stays None)."""
    if kind in ("int", "float") or wire is None:
        return wire
    return dt.timedelta(milliseconds=float(wire))


SLIDER = define(
    "Slider", SliderProps, apptest="slider", attrs=("help", "disabled", "data_type", "min_value", "max_value", "step"),
    value=float | list[float],
)  # fmt: skip
NUMBER_INPUT = define(
    "NumberInput", NumberInputProps, apptest="number_input", attrs=("help", "disabled", "min_value", "max_value", "step"),
    value=float | None,
)  # fmt: skip
CHECKBOX = define("Checkbox", CheckboxProps, apptest="checkbox", attrs=("help", "disabled"), value=bool)
TOGGLE = define("Toggle", ToggleProps, apptest="toggle", attrs=("help", "disabled"), value=bool)
COLOR_PICKER = define("ColorPicker", ColorPickerProps, apptest="color_picker", attrs=("help", "disabled"), value=str)
TEXT_INPUT = define(
    "TextInput", TextInputProps, apptest="text_input", attrs=("help", "disabled", "max_chars", "placeholder"),
    value=str | None,
)  # fmt: skip
TEXT_AREA = define(
    "TextArea", TextAreaProps, apptest="text_area", attrs=("help", "disabled", "max_chars", "placeholder"),
    value=str | None,
)  # fmt: skip
RADIO = define("Radio", RadioProps, apptest="radio", attrs=("help", "disabled", "options", "horizontal"), value=int | str | None)
SELECTBOX = define(
    "Selectbox", SelectboxProps, apptest="selectbox", attrs=("help", "disabled", "options", "placeholder"),
    value=int | str | None,
)  # fmt: skip
MULTISELECT = define(
    "Multiselect", MultiselectProps, apptest="multiselect", attrs=("help", "disabled", "options", "max_selections"),
    value=list[int | str],
)  # fmt: skip
PILLS = define(
    "Pills", PillsProps, apptest="button_group", attrs=("help", "disabled", "options", "selection_mode"),
    value=int | str | list[int | str] | None,
)  # fmt: skip
SEGMENTED_CONTROL = define(
    "SegmentedControl", SegmentedControlProps, apptest="button_group",
    attrs=("help", "disabled", "options", "selection_mode"), value=int | str | list[int | str] | None,
)  # fmt: skip
SELECT_SLIDER = define(
    "SelectSlider", SelectSliderProps, apptest="select_slider", attrs=("help", "disabled", "options"),
    value=int | list[int],
)  # fmt: skip
FEEDBACK = define("Feedback", FeedbackProps, apptest="feedback", attrs=("options", "disabled"), value=int | None)
def date_from_wire(wire: str) -> dt.date:
    """A date input's wire date (or bound), an ISO ``YYYY-MM-DD`` string, as a date."""
    return dt.date.fromisoformat(wire)


DATE_INPUT = define(
    "DateInput", DateInputProps, apptest="date_input", attrs=("help", "disabled", "min_value", "max_value"),
    value=str | list[str] | None,
)  # fmt: skip
TIME_INPUT = define("TimeInput", TimeInputProps, apptest="time_input", attrs=("help", "disabled", "step"), value=str | None)
DATETIME_INPUT = define(
    "DateTimeInput", DateTimeInputProps, apptest="datetime_input", attrs=("help", "disabled", "min_value", "max_value", "step"),
    value=str | None,
)  # fmt: skip
