"""Input widgets: each validates its arguments, registers with the session and returns its value.

Every widget goes through ``desk.elements.base.widget``. Its node carries the *wire value*
in ``props["value"]``, which is what the client shows and sends back:

- choice widgets (radio, selectbox, multiselect, select_slider, pills, segmented_control)
  send option *indices* (an int, a list of ints, or None); ``props["options"]`` holds the
  options formatted as strings. The Python options stay on the server, in the widget's
  ``deserialize`` closure. An accepted new option (``accept_new_options``) travels as a string;
- slider: numbers for int and float sliders; for date, time and datetime sliders the number of
  milliseconds since 1970-01-01 (a time counts from midnight), with ``props["data_type"]``
  saying which; ranges are two-element lists;
- date_input: ISO ``"YYYY-MM-DD"`` strings (a list for ranges); time_input: ``"HH:MM"``;
- file_uploader, camera_input, audio_input: a list of file ids (see ``desk.elements.uploads``);
- everything else: the JSON value itself.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import numbers
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from desk.elements.base import WidgetCallback, check_callable, check_label, help_text, widget
from desk.elements.status import show
from desk.elements.uploads import UploadedFile, UploadStore, files_from_ids
from desk.elements.widget_props import (
    AudioInputProps,
    ButtonProps,
    CameraInputProps,
    CheckboxProps,
    ColorPickerProps,
    DateInputProps,
    DateTimeInputProps,
    DownloadButtonProps,
    FeedbackOptions,
    FeedbackProps,
    FilePickerProps,
    FileUploaderProps,
    FormSubmitButtonProps,
    LinkButtonProps,
    MultiselectProps,
    NumberInputProps,
    PageLinkProps,
    PillsProps,
    RadioProps,
    SegmentedControlProps,
    SelectboxProps,
    SelectSliderProps,
    SliderDataType,
    SliderProps,
    TextAreaProps,
    TextInputProps,
    TimeInputProps,
    ToggleProps,
    date_from_wire,
    slider_from_wire,
    slider_step_to_wire,
    slider_to_wire,
)
from desk.errors import DeskAPIError
from desk.protocol import BinaryPayload
from desk.runtime.context import get_run
from desk.tolerated import tolerates

BUTTON_TYPES = ("primary", "secondary", "tertiary")
FormatFunc = Callable[[Any], Any]
LabelLookup = Callable[[Any], "int | None"]


# ----------------------------------------------------------------------------- helpers


def _button_type(func: str, type: str) -> str:
    if type not in BUTTON_TYPES:
        raise DeskAPIError(f"st.{func}: type must be 'primary', 'secondary' or 'tertiary', not {type!r}.")
    return type


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _check_positive_int(func: str, name: str, value: Any) -> int | None:
    if value is None:
        return None
    if not _is_int(value) or value <= 0:
        raise DeskAPIError(f"st.{func}: {name} must be a positive integer or None, not {value!r}.")
    return int(value)


def _to_options(func: str, options: Any) -> list[Any]:
    """Options as a list: any iterable, a pandas Series/Index, or a DataFrame's first column."""
    if options is None:
        return []
    if isinstance(options, (str, bytes)):
        raise DeskAPIError(
            f"st.{func}: options must be a list (or another iterable) of choices, not a string ({_short(options)}). "
            f"Wrap it in a list: options=[{options!r}]."
        )
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame: its first column
        options = options.iloc[:, 0]
    if hasattr(options, "tolist") and callable(options.tolist):
        return list(options.tolist())
    try:
        return list(options)
    except TypeError:
        raise DeskAPIError(
            f"st.{func}: options must be a list (or another iterable) of choices, not {type(options).__name__}."
        ) from None


def _format_options(func: str, options: list[Any], format_func: FormatFunc | None) -> list[str]:
    check_callable(func, "format_func", format_func)
    fmt = format_func or str
    return [str(fmt(option)) for option in options]


def _index_of(options: Sequence[Any], value: Any, by_label: LabelLookup | None = None) -> int | None:
    """The index of ``value`` among ``options`` (by equality, then by formatted label)."""
    for index, option in enumerate(options):
        try:
            if option is value or bool(option == value):
                return index
        except Exception:  # values whose == is ambiguous (arrays, frames)
            continue
    return by_label(value) if by_label is not None else None


def _label_lookup(formatted: list[str], format_func: FormatFunc | None) -> LabelLookup:
    """Match a value by its formatted label.

    The script defines its classes and enums again on every run, so last run's option is
    often not equal to this run's; like Streamlit's enum coercion, match it by its label.
    """
    fmt = format_func or str

    def lookup(value: Any) -> int | None:
        try:
            label = str(fmt(value))
        except Exception:
            return None
        return formatted.index(label) if formatted.count(label) == 1 else None

    return lookup


def _option_index(
    func: str, options: list[Any], value: Any, what: str = "value", by_label: LabelLookup | None = None
) -> int:
    index = _index_of(options, value, by_label)
    if index is None:
        shown = ", ".join(_short(o, 20) for o in options[:10]) + (", …" if len(options) > 10 else "")
        raise DeskAPIError(f"st.{func}: {what} {_short(value)} is not one of the options ({shown}).")
    return index


def _option_at(func: str, options: list[Any], index: Any) -> Any:
    if not _is_int(index) or not 0 <= index < len(options):
        raise DeskAPIError(
            f"st.{func}: option index {index!r} is out of range (there are {len(options)} options)."
        )
    return options[int(index)]


def _check_index(func: str, index: Any, count: int) -> int | None:
    if index is None:
        return None
    if not _is_int(index):
        raise DeskAPIError(
            f"st.{func}: index must be an int or None, not {type(index).__name__} ({index!r})."
        )
    if count == 0 and index == 0:
        return None
    if not 0 <= index < count:
        raise DeskAPIError(
            f"st.{func}: index ({index}) must be between 0 and {count - 1}, the number of options minus one, "
            "or None for no selection."
            if count
            else f"st.{func}: index ({index}) must be 0 or None when there are no options."
        )
    return int(index)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        converted = value.tolist()
        return list(converted) if isinstance(converted, list) else [converted]
    return [value]


# ----------------------------------------------------------------------------- buttons


@tolerates("button", icon_position="left", wrap=None)
def button(
    label: str,
    key: str | None = None,
    help: str | None = None,
    on_click: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    shortcut: str | None = None,
) -> bool:
    """A button. Returns True in the run right after it is clicked, else False.

    ``shortcut`` (e.g. "Ctrl+K", "F5", "Enter") clicks it from the keyboard.
    """
    check_label("button", label)
    shortcut = parse_shortcut("button", shortcut)
    help = help_text("button", help)
    _button_type("button", type)
    return bool(
        widget(
            "Button",
            func="button",
            label=label,
            key=key,
            identity={
                "label": label,
                "icon": icon,
                "help": help,
                "is_form_submitter": False,
                "type": type,
                "ucw": use_container_width,
            },
            default=False,
            props=ButtonProps(
                help=help,
                type=type,
                icon=icon,
                disabled=bool(disabled),
                use_container_width=bool(use_container_width),
                width=width,
                shortcut=shortcut,
            ),
            deserialize=bool,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            trigger=True,
            allowed_in_form=False,
        )
    )


@tolerates("form_submit_button", icon_position="left", wrap=None)
def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    key: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    shortcut: str | None = None,
) -> bool:
    """The button that submits its form. Returns True in the run the form was submitted."""
    check_label("form_submit_button", label)
    shortcut = parse_shortcut("form_submit_button", shortcut)
    help = help_text("form_submit_button", help)
    _button_type("form_submit_button", type)
    ctx = get_run()
    form_id = ctx.target().form_id if ctx is not None else None
    if ctx is not None and form_id is None:
        raise DeskAPIError(
            "st.form_submit_button() must be used inside an st.form(). "
            "Put it in a `with st.form(key):` block, or use st.button instead."
        )
    return bool(
        widget(
            "FormSubmitButton",
            func="form_submit_button",
            label=label,
            key=key,
            identity={
                "label": label,
                "icon": icon,
                "help": help,
                "is_form_submitter": True,
                "type": type,
                "ucw": use_container_width,
            },
            default=False,
            props=FormSubmitButtonProps(
                help=help,
                type=type,
                icon=icon,
                disabled=bool(disabled),
                use_container_width=bool(use_container_width),
                width=width,
                shortcut=shortcut,
            ),
            deserialize=bool,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            trigger=True,
        )
    )


SHORTCUT_MODIFIERS = {"ctrl": "Ctrl", "cmd": "Ctrl", "meta": "Ctrl", "mod": "Ctrl", "alt": "Alt", "option": "Alt", "shift": "Shift"}
SHORTCUT_SPECIAL_KEYS = {
    name.lower(): name
    for name in ("Backspace", "Delete", "Down", "End", "Enter", "Esc", "Home", "Left", "PageDown", "PageUp", "Right", "Space", "Tab", "Up")
}
RESERVED_SHORTCUT_KEYS = ("C", "R")  # the app's own keys: clear cache, rerun


def parse_shortcut(func: str, shortcut: object) -> str | None:
    """A button's keyboard shortcut in one spelling ("Ctrl+Shift+K"), or None. Cmd/Meta/Mod mean Ctrl."""
    if shortcut is None:
        return None
    how = (
        "Use a letter or digit ('K'), a function key ('F5') or one of "
        f"{', '.join(SHORTCUT_SPECIAL_KEYS.values())}, optionally after modifiers: 'Ctrl+K', 'Cmd+Shift+O'."
    )
    if not isinstance(shortcut, str) or not shortcut.strip():
        raise DeskAPIError(f"st.{func}: shortcut must be a string like 'Ctrl+K', not {_short(shortcut)}.")
    *modifier_names, key_name = [part.strip() for part in shortcut.split("+")]
    modifiers = set()
    for name in modifier_names:
        if name.lower() not in SHORTCUT_MODIFIERS:
            raise DeskAPIError(f"st.{func}: {name!r} in shortcut {shortcut!r} is not a modifier (Ctrl, Cmd, Alt, Option, Shift). {how}")
        modifiers.add(SHORTCUT_MODIFIERS[name.lower()])
    if len(key_name) == 1 and key_name.isascii() and key_name.isalnum():
        key = key_name.upper()
        if key in RESERVED_SHORTCUT_KEYS:
            raise DeskAPIError(
                f"st.{func}: the key {key!r} is reserved (R reruns the app, C clears its cache); choose another key."
            )
    elif re.fullmatch(r"[Ff]([1-9]|1[0-9]|2[0-4])", key_name):
        key = key_name.upper()
    elif key_name.lower() in SHORTCUT_SPECIAL_KEYS:
        key = SHORTCUT_SPECIAL_KEYS[key_name.lower()]
    else:
        raise DeskAPIError(f"st.{func}: {key_name!r} in shortcut {shortcut!r} is not a supported key. {how}")
    return "+".join([*(m for m in ("Ctrl", "Alt", "Shift") if m in modifiers), key])


def _download_bytes(data: Any, mime: str | None) -> tuple[bytes, str]:
    """The bytes to download and their mimetype, from str, bytes, a file-like object or a function."""
    if callable(data) and not hasattr(data, "read"):
        data = data()
    if hasattr(data, "read"):
        if hasattr(data, "seek"):
            try:
                data.seek(0)
            except Exception:  # unseekable streams are read from where they are
                pass
        data = data.read()
    if isinstance(data, str):
        return data.encode("utf-8"), mime or "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), mime or "application/octet-stream"
    raise DeskAPIError(
        "st.download_button: data must be a str, bytes, a file-like object, or a function returning one of these, "
        f"not {type(data).__name__}. Convert it first, e.g. df.to_csv().encode() for a DataFrame."
    )


@tolerates("download_button", icon_position="left", wrap=None)
def download_button(
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_click: WidgetCallback | str = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    shortcut: str | None = None,
) -> bool:
    """A button that downloads ``data``. Returns True in the run right after it is clicked."""
    check_label("download_button", label)
    shortcut = parse_shortcut("download_button", shortcut)
    help = help_text("download_button", help)
    _button_type("download_button", type)
    if file_name is not None and not isinstance(file_name, str):
        raise DeskAPIError(f"st.download_button: file_name must be a string, not {_short(file_name)}.")
    if mime is not None and not isinstance(mime, str):
        raise DeskAPIError(f"st.download_button: mime must be a string like 'text/csv', not {_short(mime)}.")
    if isinstance(on_click, str):
        if on_click not in ("rerun", "ignore"):
            raise DeskAPIError(
                f"st.download_button: on_click must be 'rerun', 'ignore', a function or None, not {on_click!r}."
            )
        mode, callback = on_click, None
    else:
        check_callable("download_button", "on_click", on_click)
        mode, callback = ("rerun" if on_click is None else "callback"), on_click
    payload, mimetype = _download_bytes(data, mime)
    return bool(
        widget(
            "DownloadButton",
            func="download_button",
            label=label,
            key=key,
            identity={
                "label": label,
                "icon": icon,
                "file_name": file_name,
                "mime": mimetype,
                "help": help,
                "type": type,
                "ucw": use_container_width,
            },
            default=False,
            props=DownloadButtonProps(
                help=help,
                type=type,
                icon=icon,
                disabled=bool(disabled),
                use_container_width=bool(use_container_width),
                width=width,
                shortcut=shortcut,
                data=BinaryPayload(payload, mimetype),
                file_name=file_name,
                mime=mimetype,
                on_click=mode,
            ),
            deserialize=bool,
            on_change=callback,
            args=args,
            kwargs=kwargs,
            trigger=True,
            allowed_in_form=False,
        )
    )


@tolerates("link_button", key=None, on_click="ignore", args=None, kwargs=None, icon_position="left", shortcut=None, wrap=None)
def link_button(
    label: str,
    url: str,
    *,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
) -> Any:
    """A button that opens ``url`` (in the system browser, in a desk window)."""
    check_label("link_button", label)
    help = help_text("link_button", help)
    _button_type("link_button", type)
    if not isinstance(url, str) or not url:
        raise DeskAPIError(f"st.link_button: url must be a non-empty string, not {_short(url)}.")
    return show(
        LinkButtonProps(
            label=label,
            url=url,
            help=help,
            type=type,
            icon=icon,
            disabled=bool(disabled),
            use_container_width=bool(use_container_width),
            width=width,
        )
    )


def _page_label(path: Path) -> str:
    name = re.sub(r"^[0-9]+[_\- ]*", "", path.stem)
    return name.replace("_", " ").strip() or path.stem


def _known_page(ctx: Any, relative: Path) -> Any:
    """The page entry of a script path, when the app knows it as a page (see desk.runtime.pages)."""
    if ctx is None:
        return None
    from desk.runtime.pages import find_by_path

    return find_by_path(ctx.session, relative)


@tolerates("page_link", icon_position="left", query_params=None)
def page_link(
    page: Any,
    *,
    label: str | None = None,
    icon: str | None = None,
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
) -> Any:
    """A link to another page of the app (a script path relative to the main script, or a Page), or a URL."""
    help = help_text("page_link", help)
    if label is not None and not isinstance(label, str):
        raise DeskAPIError(f"st.page_link: label must be a string, not {_short(label)}.")
    link = functools.partial(
        PageLinkProps, help=help, disabled=bool(disabled), use_container_width=use_container_width, width=width
    )
    if isinstance(page, Path):
        page = str(page)
    if isinstance(page, str):
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", page):
            if label is None:
                raise DeskAPIError(
                    f"st.page_link: a link to an external URL ({page!r}) needs a label. Pass label=..."
                )
            return show(link(page=page, url=page, external=True, label=label, icon=icon))
        ctx = get_run()
        relative = Path(page)
        if ctx is not None and not relative.is_absolute():
            folder = ctx.session.source.path.parent
            if not (folder / relative).exists():
                raise DeskAPIError(
                    f"st.page_link: could not find page {page!r}. Give the script's path relative to the main "
                    f"script's folder ({folder})."
                )
        is_main = ctx is not None and (ctx.session.source.path.parent / relative) == ctx.session.source.path
        page_url = "" if is_main else _page_label(relative).replace(" ", "_")
        shown = label if label is not None else _page_label(relative)
        known = _known_page(ctx, relative)
        shown_icon, script_hash = icon, None
        if known is not None:  # a page of pages/ or of st.navigation: its url path, title and icon
            page_url, shown = known.url_path, label if label is not None else known.title
            shown_icon = icon if icon is not None else (known.icon or None)
            script_hash = known.script_hash
        return show(
            link(
                page=relative.as_posix(), url=page_url, external=False, label=shown, icon=shown_icon,
                page_script_hash=script_hash,
            )
        )  # fmt: skip
    url_path = getattr(page, "url_path", None)
    title = getattr(page, "title", None)
    if url_path is None or title is None:
        raise DeskAPIError(
            f"st.page_link: page must be a path to a page script, a URL, or an st.Page, not {type(page).__name__}."
        )
    page_icon = getattr(page, "icon", None)
    return show(
        link(
            page_script_hash=getattr(page, "_script_hash", None),
            icon=icon if icon is not None else page_icon,
            page=str(url_path),
            url=str(url_path),
            external=False,
            label=label if label is not None else str(title),
        )
    )


# ----------------------------------------------------------------------------- booleans


def _boolean(
    kind: str,
    func: str,
    label: str,
    value: bool,
    key: str | None,
    help: str | None,
    on_change: WidgetCallback,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    width: str | int,
) -> bool:
    check_label(func, label, label_visibility)
    help = help_text(func, help)
    if value is not None and not isinstance(value, (bool, int)):
        raise DeskAPIError(f"st.{func}: value must be True or False, not {_short(value)}.")
    return bool(
        widget(
            kind,
            func=func,
            label=label,
            key=key,
            identity={"label": label, "value": bool(value), "help": help},
            default=bool(value),
            props=(CheckboxProps if kind == "Checkbox" else ToggleProps)(
                help=help, disabled=bool(disabled), label_visibility=label_visibility, width=width
            ),
            serialize=bool,
            deserialize=bool,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
        )
    )


@tolerates("checkbox", wrap=None, bind=None, persist_state=None)
def checkbox(
    label: str,
    value: bool = False,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
) -> bool:
    """A checkbox. Returns whether it is checked."""
    return _boolean(
        "Checkbox",
        "checkbox",
        label,
        value,
        key,
        help,
        on_change,
        args,
        kwargs,
        disabled,
        label_visibility,
        width,
    )


@tolerates("toggle", wrap=None, bind=None, persist_state=None)
def toggle(
    label: str,
    value: bool = False,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
) -> bool:
    """A toggle switch. Returns whether it is on."""
    return _boolean(
        "Toggle",
        "toggle",
        label,
        value,
        key,
        help,
        on_change,
        args,
        kwargs,
        disabled,
        label_visibility,
        width,
    )


# ----------------------------------------------------------------------------- single choice


def _single_choice_serde(
    func: str,
    options: list[Any],
    formatted: list[str],
    format_func: FormatFunc | None,
    accept_new: bool = False,
) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    by_label = _label_lookup(formatted, format_func)

    def serialize(value: Any) -> Any:
        if value is None:
            return None
        index = _index_of(options, value, None if accept_new else by_label)
        if index is not None:
            return index
        if accept_new and isinstance(value, str):
            return value
        return _option_index(func, options, value, by_label=by_label)

    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        if isinstance(wire, str):
            if wire in formatted:
                return options[formatted.index(wire)]
            if accept_new:
                return wire
            raise DeskAPIError(
                f"st.{func}: {wire!r} is not one of the options, and new options are not accepted."
            )
        return _option_at(func, options, wire)

    return serialize, deserialize


@tolerates("radio", bind=None, persist_state=None)
def radio(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: str = "visible",
    width: str | int = "content",
) -> Any:
    """Radio buttons. Returns the selected option, or None when ``index`` is None and nothing is chosen."""
    check_label("radio", label, label_visibility)
    help = help_text("radio", help)
    opts = _to_options("radio", options)
    formatted = _format_options("radio", opts, format_func)
    index = _check_index("radio", index, len(opts))
    caption_list: list[str] | None = None
    if captions is not None:
        caption_list = [str(c) for c in _as_list(captions)]
        if len(caption_list) != len(opts):
            raise DeskAPIError(
                f"st.radio: captions must have one entry per option: got {len(caption_list)} captions for {len(opts)} options."
            )
    serialize, deserialize = _single_choice_serde("radio", opts, formatted, format_func)
    value = widget(
        "Radio",
        func="radio",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "index": index,
            "help": help,
            "horizontal": bool(horizontal),
            "captions": caption_list,
        },
        default=opts[index] if index is not None else None,
        props=RadioProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            options=formatted,
            index=index,
            horizontal=bool(horizontal),
            captions=caption_list,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return deserialize(serialize(value))  # this run's option objects


@tolerates("selectbox", required=False, icon=None, filter_mode="fuzzy", bind=None, persist_state=None)
def selectbox(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    width: str | int = "stretch",
) -> Any:
    """A drop-down list. Returns the selected option, or None when nothing is selected."""
    check_label("selectbox", label, label_visibility)
    help = help_text("selectbox", help)
    opts = _to_options("selectbox", options)
    formatted = _format_options("selectbox", opts, format_func)
    index = _check_index("selectbox", index, len(opts))
    if placeholder is not None and not isinstance(placeholder, str):
        raise DeskAPIError(f"st.selectbox: placeholder must be a string, not {_short(placeholder)}.")
    if placeholder is None:
        placeholder = "Choose or add an option" if accept_new_options else "Choose an option"
    serialize, deserialize = _single_choice_serde(
        "selectbox", opts, formatted, format_func, bool(accept_new_options)
    )
    value = widget(
        "Selectbox",
        func="selectbox",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "index": index,
            "help": help,
            "placeholder": placeholder,
            "accept_new_options": bool(accept_new_options),
        },
        default=opts[index] if index is not None else None,
        props=SelectboxProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            options=formatted,
            index=index,
            placeholder=placeholder,
            accept_new_options=bool(accept_new_options),
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return deserialize(serialize(value))  # this run's option objects


# ----------------------------------------------------------------------------- multiple choice


def _multi_choice_serde(
    func: str,
    options: list[Any],
    formatted: list[str],
    format_func: FormatFunc | None,
    max_selections: int | None,
    accept_new: bool = False,
) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    by_label = _label_lookup(formatted, format_func)

    def check_count(values: list[Any]) -> None:
        if max_selections is not None and len(values) > max_selections:
            raise DeskAPIError(
                f"st.{func}: at most {max_selections} option{'s' if max_selections != 1 else ''} can be selected "
                f"(max_selections), but {len(values)} were given."
            )

    def serialize(value: Any) -> list[Any]:
        values = _as_list(value)
        check_count(values)
        wire: list[Any] = []
        for item in values:
            index = _index_of(options, item, None if accept_new else by_label)
            if index is None and accept_new and isinstance(item, str):
                wire.append(item)
            else:
                wire.append(_option_index(func, options, item, by_label=by_label))
        return wire

    def deserialize(wire: Any) -> list[Any]:
        values = _as_list(wire)
        check_count(values)
        result = []
        for item in values:
            if isinstance(item, str):
                if item in formatted:
                    result.append(options[formatted.index(item)])
                elif accept_new:
                    result.append(item)
                else:
                    raise DeskAPIError(f"st.{func}: {item!r} is not one of the options.")
            else:
                result.append(_option_at(func, options, item))
        return result

    return serialize, deserialize


def _check_default(func: str, options: list[Any], default: Any) -> list[Any]:
    values = _as_list(default)
    for value in values:
        if _index_of(options, value) is None:
            raise DeskAPIError(
                f"st.{func}: the default value {_short(value)} is not one of the options. "
                "Every default must be in options."
            )
    return values


@tolerates("multiselect", filter_mode="fuzzy", select_all=1000, wrap=None, bind=None, persist_state=None)
def multiselect(
    label: str,
    options: Any,
    default: Any = None,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    width: str | int = "stretch",
) -> list[Any]:
    """A multi-choice list. Returns the list of selected options."""
    check_label("multiselect", label, label_visibility)
    help = help_text("multiselect", help)
    opts = _to_options("multiselect", options)
    formatted = _format_options("multiselect", opts, format_func)
    max_selections = _check_positive_int("multiselect", "max_selections", max_selections)
    defaults = _check_default("multiselect", opts, default)
    if max_selections is not None and len(defaults) > max_selections:
        raise DeskAPIError(
            f"st.multiselect: {len(defaults)} default values were given, but max_selections is {max_selections}. "
            "Remove some defaults or raise max_selections."
        )
    if placeholder is not None and not isinstance(placeholder, str):
        raise DeskAPIError(f"st.multiselect: placeholder must be a string, not {_short(placeholder)}.")
    if placeholder is None:
        placeholder = "Choose or add options" if accept_new_options else "Choose options"
    serialize, deserialize = _multi_choice_serde(
        "multiselect", opts, formatted, format_func, max_selections, bool(accept_new_options)
    )
    default_indices = [_option_index("multiselect", opts, v) for v in defaults]
    value = widget(
        "Multiselect",
        func="multiselect",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "default": default_indices,
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "accept_new_options": bool(accept_new_options),
        },
        default=defaults,
        props=MultiselectProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            options=formatted,
            default=default_indices,
            max_selections=max_selections,
            placeholder=placeholder,
            accept_new_options=bool(accept_new_options),
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return list(deserialize(serialize(value)))


SELECTION_MODES = ("single", "multi")


def _button_group(
    kind: str,
    func: str,
    label: str,
    options: Any,
    selection_mode: str,
    default: Any,
    format_func: FormatFunc | None,
    key: str | None,
    help: str | None,
    on_change: WidgetCallback,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    width: str | int,
) -> Any:
    check_label(func, label, label_visibility)
    help = help_text(func, help)
    if selection_mode not in SELECTION_MODES:
        raise DeskAPIError(f"st.{func}: selection_mode must be 'single' or 'multi', not {selection_mode!r}.")
    opts = _to_options(func, options)
    if not opts:
        raise DeskAPIError(f"st.{func}: options must contain at least one option.")
    formatted = _format_options(func, opts, format_func)
    defaults = _check_default(func, opts, default)
    multi = selection_mode == "multi"
    if not multi and len(defaults) > 1:
        raise DeskAPIError(
            f"st.{func}: with selection_mode='single', default must be one option or None, not {len(defaults)} options. "
            "Use selection_mode='multi' to allow several."
        )
    default_indices = [_option_index(func, opts, v) for v in defaults]
    if multi:
        serialize, deserialize = _multi_choice_serde(func, opts, formatted, format_func, None)
        default_value: Any = defaults
    else:
        serialize, deserialize = _single_choice_serde(func, opts, formatted, format_func)
        default_value = defaults[0] if defaults else None
    value = widget(
        kind,
        func=func,
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "default": default_indices,
            "help": help,
            "selection_mode": selection_mode,
        },
        default=default_value,
        props=(PillsProps if kind == "Pills" else SegmentedControlProps)(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            options=formatted,
            default=default_indices,
            selection_mode="multi" if multi else "single",
            multi=multi,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    value = deserialize(serialize(value))  # this run's option objects
    return list(value) if multi else value


@tolerates("segmented_control", required=False, wrap=None, bind=None, persist_state=None)
def segmented_control(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    format_func: FormatFunc | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
) -> Any:
    """A row of segments. Returns the selected option (single) or list of options (multi)."""
    return _button_group(
        "SegmentedControl", "segmented_control", label, options, selection_mode, default, format_func,
        key, help, on_change, args, kwargs, disabled, label_visibility, width,
    )  # fmt: skip


@tolerates("pills", required=False, wrap=None, bind=None, persist_state=None)
def pills(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    format_func: FormatFunc | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
) -> Any:
    """A group of pill buttons. Returns the selected option (single) or list of options (multi)."""
    return _button_group(
        "Pills", "pills", label, options, selection_mode, default, format_func,
        key, help, on_change, args, kwargs, disabled, label_visibility, width,
    )  # fmt: skip


FEEDBACK_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


@tolerates("feedback", bind=None, persist_state=None)
def feedback(
    options: str = "thumbs",
    *,
    key: str | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    width: str | int = "content",
) -> int | None:
    """Thumbs, faces or stars. Returns the index of the chosen icon (thumbs: 0 down, 1 up), or None."""
    if options not in FEEDBACK_COUNTS:
        raise DeskAPIError(f"st.feedback: options must be 'thumbs', 'faces' or 'stars', not {options!r}.")
    count = FEEDBACK_COUNTS[options]
    if default is not None and (not _is_int(default) or not 0 <= default < count):
        raise DeskAPIError(
            f"st.feedback: default must be None or an integer from 0 to {count - 1} for options={options!r}, not {default!r}."
        )

    def deserialize(wire: Any) -> int | None:
        if wire is None:
            return None
        if not _is_int(wire) or not 0 <= wire < count:
            raise DeskAPIError(
                f"st.feedback: value must be None or an integer from 0 to {count - 1}, not {wire!r}."
            )
        return int(wire)

    value = widget(
        "Feedback",
        func="feedback",
        label="",
        key=key,
        identity={"options": options, "default": default},
        default=default,
        props=FeedbackProps(
            options=cast(FeedbackOptions, options),
            count=count,
            default=default,
            disabled=bool(disabled),
            width=width,
        ),
        serialize=deserialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return None if value is None else int(value)


# ----------------------------------------------------------------------------- sliders


SLIDER_DEFAULTS: dict[str, tuple[Any, Any, Any]] = {
    "int": (0, 100, 1),
    "float": (0.0, 1.0, 0.01),
}
SLIDER_FORMATS = {
    "int": "%d",
    "float": "%0.2f",
    "date": "YYYY-MM-DD",
    "time": "HH:mm",
    "datetime": "YYYY-MM-DD HH:mm",
}


def _slider_type(value: Any) -> str | None:
    if _is_int(value):
        return "int"
    if _is_number(value):
        return "float"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time"
    return None


def _check_number_format(func: str, format: str, sample: Any) -> None:
    try:
        format % sample
    except (TypeError, ValueError):
        raise DeskAPIError(
            f"st.{func}: format {format!r} is not a valid printf-style format for {type(sample).__name__} values, "
            "e.g. '%d', '%0.2f' or '%.1f%%'."
        ) from None


@tolerates("slider", bind=None, persist_state=None)
def slider(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> Any:
    """A slider over ints, floats, dates, times or datetimes. A two-value ``value`` makes a range slider."""
    check_label("slider", label, label_visibility)
    help = help_text("slider", help)
    if value is None:
        value = min_value if min_value is not None else 0
    is_range = isinstance(value, (list, tuple))
    values = list(value) if is_range else [value]
    if is_range and len(values) != 2:
        raise DeskAPIError(
            f"st.slider: value must be a single value or a list/tuple of two values (a range), not {len(values)} values."
        )
    named = [("value", v) for v in values] + [("min_value", min_value), ("max_value", max_value)]
    for name, v in named:
        if v is not None and _slider_type(v) is None:
            raise DeskAPIError(
                f"st.slider: {name} must be an int, float, date, time or datetime, not {type(v).__name__} ({_short(v)})."
            )
    types = {_slider_type(v) for _, v in named if v is not None}
    if len(types) > 1:
        given = ", ".join(
            f"{n}={_short(v)}"
            for n, v in (("min_value", min_value), ("max_value", max_value), ("value", value))
            if v is not None
        )
        raise DeskAPIError(
            f"st.slider: min_value, max_value and value must all be of the same type ({given}). "
            "Use e.g. all ints (0, 10) or all floats (0.0, 10.0)."
        )
    (kind,) = types or {"int"}
    assert kind is not None
    low, high = values[0], values[-1]
    if min_value is None:
        if kind in SLIDER_DEFAULTS:
            min_value = min(SLIDER_DEFAULTS[kind][0], low)
        elif kind == "time":
            min_value = dt.time(0, 0, tzinfo=low.tzinfo)
        else:
            min_value = low - dt.timedelta(days=14)
    if max_value is None:
        if kind in SLIDER_DEFAULTS:
            max_value = max(SLIDER_DEFAULTS[kind][1], high)
        elif kind == "time":
            max_value = dt.time(23, 59, 59, 999999, tzinfo=high.tzinfo)
        else:
            max_value = high + dt.timedelta(days=14)
    if step is None:
        step = (
            SLIDER_DEFAULTS[kind][2]
            if kind in SLIDER_DEFAULTS
            else (dt.timedelta(minutes=15) if kind == "time" else dt.timedelta(days=1))
        )
    if kind in ("int", "float"):
        if not _is_number(step) or (kind == "int" and not _is_int(step)):
            raise DeskAPIError(
                f"st.slider: step must be {'an int' if kind == 'int' else 'a number'} for {kind} sliders, not {_short(step)}."
            )
    elif not isinstance(step, dt.timedelta):
        raise DeskAPIError(
            f"st.slider: step must be a datetime.timedelta for {kind} sliders, not {_short(step)}."
        )
    if step <= (dt.timedelta(0) if isinstance(step, dt.timedelta) else 0):
        raise DeskAPIError(f"st.slider: step must be greater than zero, not {step!r}.")
    if not min_value < max_value:
        raise DeskAPIError(f"st.slider: min_value ({min_value}) must be less than max_value ({max_value}).")
    if is_range and low > high:
        raise DeskAPIError(f"st.slider: the range start ({low}) must not be greater than its end ({high}).")
    for v in values:
        if not min_value <= v <= max_value:
            raise DeskAPIError(
                f"st.slider: value ({v}) must be between min_value ({min_value}) and max_value ({max_value})."
            )
    if format is None:
        format = SLIDER_FORMATS[kind]
    elif not isinstance(format, str):
        raise DeskAPIError(f"st.slider: format must be a string, not {_short(format)}.")
    elif kind in ("int", "float"):
        _check_number_format("slider", format, low)
    tzinfo = getattr(low, "tzinfo", None)
    lo_wire, hi_wire = slider_to_wire(kind, min_value), slider_to_wire(kind, max_value)

    def one_to_wire(v: Any) -> Any:
        if not (_slider_type(v) == kind or (kind == "float" and _is_number(v))):
            raise DeskAPIError(f"st.slider: value {_short(v)} must be of the slider's type ({kind}).")
        if not min_value <= v <= max_value:
            raise DeskAPIError(
                f"st.slider: value ({v}) must be between min_value ({min_value}) and max_value ({max_value})."
            )
        return slider_to_wire(kind, v)

    def serialize(v: Any) -> Any:
        if is_range:
            pair = list(v) if isinstance(v, (list, tuple)) else None
            if pair is None or len(pair) != 2:
                raise DeskAPIError(
                    f"st.slider: this is a range slider; its value must be a (low, high) pair, not {_short(v)}."
                )
            return [one_to_wire(pair[0]), one_to_wire(pair[1])]
        if isinstance(v, (list, tuple)):
            raise DeskAPIError(f"st.slider: this slider holds a single value, not a range ({_short(v)}).")
        return one_to_wire(v)

    def one_from_wire(w: Any) -> Any:
        if not _is_number(w) or not lo_wire <= w <= hi_wire:
            raise DeskAPIError(f"st.slider: value {w!r} is outside the slider's range.")
        return slider_from_wire(kind, w, tzinfo)

    def deserialize(wire: Any) -> Any:
        if is_range:
            pair = list(wire)
            return (one_from_wire(pair[0]), one_from_wire(pair[1]))
        return one_from_wire(wire)

    default = tuple(values) if is_range else values[0]
    identity = {
        "label": label,
        "min": min_value,
        "max": max_value,
        "value": default,
        "step": step,
        "format": format,
        "help": help,
    }
    return widget(
        "Slider",
        func="slider",
        label=label,
        key=key,
        identity=identity,
        default=default,
        props=SliderProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            data_type=cast(SliderDataType, kind),
            min_value=lo_wire,
            max_value=hi_wire,
            step=slider_step_to_wire(kind, step),
            format=format,
            is_range=is_range,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )


@tolerates("select_slider", bind=None, persist_state=None)
def select_slider(
    label: str,
    options: Any = (),
    value: Any = None,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> Any:
    """A slider over a list of options. A two-option ``value`` makes a range slider (returns a tuple)."""
    check_label("select_slider", label, label_visibility)
    help = help_text("select_slider", help)
    opts = _to_options("select_slider", options)
    if not opts:
        raise DeskAPIError("st.select_slider: options must contain at least one option.")
    formatted = _format_options("select_slider", opts, format_func)
    is_range = isinstance(value, (list, tuple))
    if is_range and len(value) != 2:
        raise DeskAPIError(
            f"st.select_slider: value must be a single option or a list/tuple of two options (a range), not {len(value)} values."
        )
    if value is None:
        default_indices = [0]
    else:
        default_indices = [_option_index("select_slider", opts, v) for v in (value if is_range else [value])]

    by_label = _label_lookup(formatted, format_func)

    def serialize(v: Any) -> Any:
        if is_range:
            if not isinstance(v, (list, tuple)) or len(v) != 2:
                raise DeskAPIError(
                    f"st.select_slider: this is a range slider; its value must be a pair of options, not {_short(v)}."
                )
            return sorted(_option_index("select_slider", opts, item, by_label=by_label) for item in v)
        return _option_index("select_slider", opts, v, by_label=by_label)

    def deserialize(wire: Any) -> Any:
        if is_range:
            first, second = sorted(list(wire))
            return (_option_at("select_slider", opts, first), _option_at("select_slider", opts, second))
        return _option_at("select_slider", opts, wire)

    default = (opts[default_indices[0]], opts[default_indices[1]]) if is_range else opts[default_indices[0]]
    if is_range:
        default = deserialize(default_indices)
    value = widget(
        "SelectSlider",
        func="select_slider",
        label=label,
        key=key,
        identity={"label": label, "options": formatted, "value": default_indices, "help": help},
        default=default,
        props=SelectSliderProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            options=formatted,
            is_range=is_range,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return deserialize(serialize(value))  # this run's option objects


# ----------------------------------------------------------------------------- text


def _text_serde(func: str, max_chars: int | None) -> Callable[[Any], Any]:
    def check(value: Any) -> str | None:
        if value is None:
            return None
        text = str(value)
        if max_chars is not None and len(text) > max_chars:
            raise DeskAPIError(
                f"st.{func}: value {_short(text)} has {len(text)} characters, more than max_chars ({max_chars})."
            )
        return text

    return check


@tolerates("text_input", required=False, validate=None, live=False, bind=None, persist_state=None)
def text_input(
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | None = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: str | int = "stretch",
) -> str | None:
    """A single-line text box. Returns its text (None when ``value`` is None and nothing was typed)."""
    check_label("text_input", label, label_visibility)
    help = help_text("text_input", help)
    max_chars = _check_positive_int("text_input", "max_chars", max_chars)
    if type not in ("default", "password"):
        raise DeskAPIError(f"st.text_input: type must be 'default' or 'password', not {type!r}.")
    if autocomplete is None:
        autocomplete = "new-password" if type == "password" else ""
    check = _text_serde("text_input", max_chars)
    default = check(value)
    result = widget(
        "TextInput",
        func="text_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": default,
            "max_chars": max_chars,
            "type": type,
            "help": help,
            "autocomplete": autocomplete,
            "placeholder": placeholder,
        },
        default=default,
        props=TextInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            max_chars=max_chars,
            type="password" if type == "password" else "default",
            autocomplete=autocomplete,
            placeholder="" if placeholder is None else str(placeholder),
            icon=icon,
            width=width,
        ),
        serialize=check,
        deserialize=check,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return None if result is None else str(result)


@tolerates("text_area", required=False, bind=None, persist_state=None)
def text_area(
    label: str,
    value: str | None = "",
    height: int | str | None = None,
    max_chars: int | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> str | None:
    """A multi-line text box. Returns its text (None when ``value`` is None and nothing was typed)."""
    check_label("text_area", label, label_visibility)
    help = help_text("text_area", help)
    max_chars = _check_positive_int("text_area", "max_chars", max_chars)
    if height is not None and height not in ("content", "stretch"):
        if isinstance(height, bool) or not isinstance(height, int) or height < 68:
            raise DeskAPIError(
                f"st.text_area: height must be at least 68 pixels (room for two lines), 'content', 'stretch' or None, not {height!r}."
            )
    check = _text_serde("text_area", max_chars)
    default = check(value)
    result = widget(
        "TextArea",
        func="text_area",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": default,
            "height": height,
            "max_chars": max_chars,
            "help": help,
            "placeholder": placeholder,
        },
        default=default,
        props=TextAreaProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            height=height,
            max_chars=max_chars,
            placeholder="" if placeholder is None else str(placeholder),
            width=width,
        ),
        serialize=check,
        deserialize=check,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return None if result is None else str(result)


# ----------------------------------------------------------------------------- numbers


@tolerates("number_input", required=False, bind=None, persist_state=None)
def number_input(
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = "min",
    step: Any = None,
    format: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    width: str | int = "stretch",
) -> Any:
    """A number box with +/- buttons. Returns an int or a float, following the arguments' type."""
    check_label("number_input", label, label_visibility)
    help = help_text("number_input", help)
    if isinstance(value, str) and value != "min":
        raise DeskAPIError(f"st.number_input: value must be a number, 'min' or None, not {value!r}.")
    given = {"min_value": min_value, "max_value": max_value, "step": step}
    if not isinstance(value, str):
        given["value"] = value
    numbers_given = {}
    for name, v in given.items():
        if v is None:
            continue
        if not _is_number(v):
            raise DeskAPIError(
                f"st.number_input: {name} must be an int or a float, not {type(v).__name__} ({_short(v)})."
            )
        numbers_given[name] = v
    kinds = {"int" if _is_int(v) else "float" for v in numbers_given.values()}
    if len(kinds) > 1:
        shown = ", ".join(f"{n}={v!r} ({'int' if _is_int(v) else 'float'})" for n, v in numbers_given.items())
        raise DeskAPIError(
            f"st.number_input: all numerical arguments must be of the same type, but got {shown}. "
            "Use e.g. all ints (1, 10) or all floats (1.0, 10.0)."
        )
    kind = kinds.pop() if kinds else "float"
    cast: Callable[[Any], Any] = int if kind == "int" else float
    if isinstance(value, str):  # "min"
        value = min_value if min_value is not None else cast(0)
    if step is None:
        step = 1 if kind == "int" else 0.01
    if step <= 0:
        raise DeskAPIError(f"st.number_input: step must be greater than zero, not {step!r}.")
    if min_value is not None and max_value is not None and min_value > max_value:
        raise DeskAPIError(
            f"st.number_input: min_value ({min_value}) must be less than or equal to max_value ({max_value})."
        )
    if format is None:
        format = "%d" if kind == "int" else "%0.2f"
    elif not isinstance(format, str):
        raise DeskAPIError(f"st.number_input: format must be a string, not {_short(format)}.")
    _check_number_format("number_input", format, cast(value if value is not None else 0))

    def check(v: Any) -> Any:
        if v is None:
            return None
        if not _is_number(v):
            raise DeskAPIError(
                f"st.number_input: value must be a number, not {type(v).__name__} ({_short(v)})."
            )
        if min_value is not None and v < min_value:
            raise DeskAPIError(
                f"st.number_input: value ({v}) must be greater than or equal to min_value ({min_value})."
            )
        if max_value is not None and v > max_value:
            raise DeskAPIError(
                f"st.number_input: value ({v}) must be less than or equal to max_value ({max_value})."
            )
        return cast(v)

    default = check(value)
    return widget(
        "NumberInput",
        func="number_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "min": min_value,
            "max": max_value,
            "value": default,
            "step": step,
            "format": format,
            "help": help,
            "placeholder": placeholder,
        },
        default=default,
        props=NumberInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            data_type="int" if kind == "int" else "float",
            min_value=min_value,
            max_value=max_value,
            step=step,
            format=format,
            placeholder=placeholder,
            icon=icon,
            width=width,
        ),
        serialize=check,
        deserialize=check,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )


# ----------------------------------------------------------------------------- dates and times

DATE_FORMAT = re.compile(r"^(YYYY([/.-])MM\2DD|DD([/.-])MM\3YYYY|MM([/.-])DD\4YYYY)$")


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _to_date(func: str, name: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if value == "today":
            return dt.date.today()
        try:
            return date_from_wire(value)
        except ValueError:
            pass
    raise DeskAPIError(
        f"st.{func}: {name} must be a date, a datetime, an ISO string like '2024-12-31', 'today' or None, not {_short(value)}."
    )


@tolerates("date_input", required=False, bind=None, persist_state=None)
def date_input(
    label: str,
    value: Any = "today",
    min_value: Any = None,
    max_value: Any = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> Any:
    """A date picker. A list/tuple ``value`` makes a range picker, which returns a tuple of 0 to 2 dates."""
    check_label("date_input", label, label_visibility)
    help = help_text("date_input", help)
    is_range = isinstance(value, (list, tuple))
    if is_range and len(value) > 2:
        raise DeskAPIError(f"st.date_input: a date range has at most two dates, not {len(value)}.")
    dates = (
        [_to_date("date_input", "value", v) for v in value]
        if is_range
        else ([] if value is None else [_to_date("date_input", "value", value)])
    )
    anchor_low = dates[0] if dates else dt.date.today()
    anchor_high = dates[-1] if dates else dt.date.today()
    low = (
        _to_date("date_input", "min_value", min_value)
        if min_value is not None
        else _years_from(anchor_low, -10)
    )
    high = (
        _to_date("date_input", "max_value", max_value)
        if max_value is not None
        else _years_from(anchor_high, 10)
    )
    if low > high:
        raise DeskAPIError(f"st.date_input: min_value ({low}) must be before or equal to max_value ({high}).")
    _check_date_format("date_input", format)

    def check(day: dt.date) -> dt.date:
        if not low <= day <= high:
            raise DeskAPIError(
                f"st.date_input: the date {day} must be between min_value ({low}) and max_value ({high})."
            )
        return day

    for day in dates:
        check(day)
    if is_range and len(dates) == 2 and dates[0] > dates[1]:
        raise DeskAPIError(
            f"st.date_input: the range start ({dates[0]}) must not be after its end ({dates[1]})."
        )

    def serialize(v: Any) -> Any:
        if is_range:
            items = [] if v is None else list(v) if isinstance(v, (list, tuple)) else None
            if items is None or len(items) > 2:
                raise DeskAPIError(
                    f"st.date_input: this is a range picker; its value must be a tuple of up to two dates, not {_short(v)}."
                )
            return [check(_to_date("date_input", "value", item)).isoformat() for item in items]
        if v is None:
            return None
        return check(_to_date("date_input", "value", v)).isoformat()

    def deserialize(wire: Any) -> Any:
        if is_range:
            return tuple(check(_to_date("date_input", "value", item)) for item in (wire or []))
        return None if wire is None else check(_to_date("date_input", "value", wire))

    default: Any = tuple(dates) if is_range else (dates[0] if dates else None)
    raw_value = [str(v) for v in value] if is_range else str(value)
    return widget(
        "DateInput",
        func="date_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": raw_value,
            "min": low,
            "max": high,
            "help": help,
            "format": format,
        },
        default=default,
        props=DateInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            min_value=low.isoformat(),
            max_value=high.isoformat(),
            format=format,
            is_range=is_range,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )


def _check_date_format(func: str, format: object) -> None:
    if not isinstance(format, str) or not DATE_FORMAT.match(format):
        raise DeskAPIError(
            f"st.{func}: format must use YYYY, MM and DD with one separator ('/', '-' or '.'), "
            f"e.g. 'YYYY/MM/DD' or 'DD.MM.YYYY', not {format!r}."
        )


def _time_step_seconds(func: str, step: object) -> float:
    """The step of a time or datetime picker in seconds: 1 minute to 23 hours."""
    if isinstance(step, dt.timedelta):
        seconds = step.total_seconds()
    elif _is_int(step):
        seconds = float(step)  # type: ignore[arg-type]
    else:
        raise DeskAPIError(f"st.{func}: step must be an int (seconds) or a datetime.timedelta, not {_short(step)}.")
    if not 60 <= seconds <= 23 * 3600:
        raise DeskAPIError(f"st.{func}: step must be between 60 seconds and 23 hours, not {int(seconds)} seconds.")
    return seconds


def _to_datetime(name: str, value: Any, *, end_of_day: bool = False) -> dt.datetime:
    """A naive datetime from what st.datetime_input accepts: datetimes, dates, times, ISO text, "now"."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time.max.replace(second=0, microsecond=0) if end_of_day else dt.time())
    if isinstance(value, dt.time):
        return dt.datetime.combine(dt.date.today(), value.replace(tzinfo=None))
    if isinstance(value, str):
        if value == "now":
            return dt.datetime.now().replace(second=0, microsecond=0)
        for parse in (dt.datetime.fromisoformat, dt.date.fromisoformat, dt.time.fromisoformat):
            try:
                return _to_datetime(name, parse(value), end_of_day=end_of_day)
            except ValueError:
                continue
    raise DeskAPIError(
        f"st.datetime_input: {name} must be a datetime, a date, a time, an ISO string like "
        f"'2024-12-31 18:30', 'now' or None, not {_short(value)}."
    )


@tolerates("datetime_input", required=False, bind=None, persist_state=None)
def datetime_input(
    label: str,
    value: Any = "now",
    min_value: Any = None,
    max_value: Any = None,
    *,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    format: str = "YYYY/MM/DD",
    step: int | dt.timedelta = dt.timedelta(minutes=15),
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> dt.datetime | None:
    """A date and time picker. Returns a naive ``datetime.datetime`` (None when ``value`` is None and nothing was picked)."""
    check_label("datetime_input", label, label_visibility)
    help = help_text("datetime_input", help)
    _check_date_format("datetime_input", format)
    seconds = _time_step_seconds("datetime_input", step)
    default = None if value is None else _to_datetime("value", value)
    anchor = default or dt.datetime.combine(dt.date.today(), dt.time())
    low = (
        _to_datetime("min_value", min_value)
        if min_value is not None
        else dt.datetime.combine(_years_from(anchor.date(), -10), dt.time())
    )
    high = (
        _to_datetime("max_value", max_value, end_of_day=True)
        if max_value is not None
        else dt.datetime.combine(_years_from(anchor.date(), 10), dt.time(23, 59))
    )
    if low > high:
        raise DeskAPIError(f"st.datetime_input: min_value ({low}) must be before or equal to max_value ({high}).")

    def check(moment: dt.datetime) -> dt.datetime:
        if not low <= moment <= high:
            raise DeskAPIError(
                f"st.datetime_input: {moment} must be between min_value ({low}) and max_value ({high})."
            )
        return moment

    if default is not None:
        check(default)

    def serialize(v: Any) -> Any:
        if v is None:
            return None
        return check(_to_datetime("value", v)).isoformat(timespec="seconds")

    def deserialize(wire: Any) -> Any:
        return None if wire is None else check(_to_datetime("value", wire))

    result = widget(
        "DateTimeInput",
        func="datetime_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": str(value) if isinstance(value, str) else default,
            "min": low,
            "max": high,
            "help": help,
            "format": format,
            "step": seconds,
        },
        default=default,
        props=DateTimeInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            min_value=low.isoformat(timespec="minutes"),
            max_value=high.isoformat(timespec="minutes"),
            format=format,
            step=int(seconds),
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return None if result is None else _to_datetime("value", result)


def _to_time(value: Any) -> dt.time:
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        if value == "now":
            return dt.datetime.now().time().replace(second=0, microsecond=0)
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    raise DeskAPIError(
        f"st.time_input: value must be a time, a datetime, an ISO string like '12:30', 'now' or None, not {_short(value)}."
    )


@tolerates("time_input", required=False, format="24h", bind=None, persist_state=None)
def time_input(
    label: str,
    value: Any = "now",
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    step: int | dt.timedelta = dt.timedelta(minutes=15),
    width: str | int = "stretch",
) -> dt.time | None:
    """A time picker. Returns a ``datetime.time`` (or None when ``value`` is None and nothing was picked)."""
    check_label("time_input", label, label_visibility)
    help = help_text("time_input", help)
    seconds = _time_step_seconds("time_input", step)
    default = None if value is None else _to_time(value)

    def serialize(v: Any) -> Any:
        if v is None:
            return None
        moment = _to_time(v)
        return moment.isoformat(
            timespec="minutes" if moment.second == 0 and moment.microsecond == 0 else "seconds"
        )

    def deserialize(wire: Any) -> Any:
        return None if wire is None else _to_time(wire)

    result = widget(
        "TimeInput",
        func="time_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "value": str(value) if isinstance(value, str) else default,
            "help": help,
            "step": seconds,
        },
        default=default,
        props=TimeInputProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility,
            step=int(seconds),
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return result if result is None or isinstance(result, dt.time) else _to_time(result)


HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@tolerates("color_picker", bind=None, persist_state=None)
def color_picker(
    label: str,
    value: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
) -> str:
    """A color picker. Returns the color as a hex string like ``"#00FFAA"``."""
    check_label("color_picker", label, label_visibility)
    help = help_text("color_picker", help)

    def check(v: Any) -> str:
        if not isinstance(v, str) or not HEX_COLOR.match(v):
            raise DeskAPIError(
                f"st.color_picker: value must be a hex color string like '#FF0000' or '#F00', not {_short(v)}."
            )
        return v

    default = check("#000000" if value is None else value)
    return str(
        widget(
            "ColorPicker",
            func="color_picker",
            label=label,
            key=key,
            identity={"label": label, "value": default, "help": help},
            default=default,
            props=ColorPickerProps(
                help=help, disabled=bool(disabled), label_visibility=label_visibility,
                width=width,
            ),
            serialize=check,
            deserialize=check,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
        )
    )


# ----------------------------------------------------------------------------- uploads


def _upload_store() -> UploadStore:
    ctx = get_run()
    if ctx is None:
        return {}
    store: UploadStore = ctx.session.uploads
    return store


def _normalize_types(func: str, type: Any) -> list[str] | None:
    if type is None:
        return None
    items = [type] if isinstance(type, str) else _as_list(type)
    result: list[str] = []
    for item in items:
        if not isinstance(item, str) or not item.strip("."):
            raise DeskAPIError(
                f"st.{func}: type must be a file extension like 'csv' or a list of them, not {_short(type)}."
            )
        ext = "." + item.strip().lstrip(".").lower()
        if ext not in result:
            result.append(ext)
    for a, b in ((".jpg", ".jpeg"), (".jpeg", ".jpg")):
        if a in result and b not in result:
            result.append(b)
    return result


def check_file_type(func: str, types: list[str] | None, file: UploadedFile) -> UploadedFile:
    """``file`` when its name ends with one of ``types`` (or any file when ``types`` is None)."""
    if types is not None and not any(file.name.lower().endswith(ext) for ext in types):
        raise DeskAPIError(f"st.{func}: {file.name!r} is not an accepted file type; accepted: {', '.join(types)}.")
    return file


def _upload_widget(
    kind: str,
    func: str,
    label: str,
    key: str | None,
    help: str | None,
    on_change: WidgetCallback,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    *,
    types: list[str] | None,
    multiple: bool | str,
    width: str | int,
    make: Callable[..., FileUploaderProps] = FileUploaderProps,
) -> Any:
    check_label(func, label, label_visibility)
    help = help_text(func, help)
    store = _upload_store()
    many = bool(multiple)

    def deserialize(wire: Any) -> Any:
        files = [check_file_type(func, types, f) for f in files_from_ids(store, _as_list(wire))]
        if many:
            return files
        return files[0] if files else None

    def serialize(value: Any) -> list[str]:
        items = _as_list(value)
        ids = []
        for item in items:
            if not isinstance(item, UploadedFile):
                raise DeskAPIError(
                    f"st.{func}: the value must hold uploaded files, not {type(item).__name__}."
                )
            ids.append(item.file_id)
        if not many and len(ids) > 1:
            raise DeskAPIError(
                f"st.{func}: only one file can be uploaded here (accept_multiple_files is False)."
            )
        return ids

    value = widget(
        kind,
        func=func,
        label=label,
        key=key,
        identity={"label": label, "type": types, "multiple": multiple, "help": help},
        default=[] if many else None,
        props=make(
            help=help,
            disabled=bool(disabled),
            label_visibility=label_visibility,
            type=types,
            accept_multiple_files=multiple,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return copy.deepcopy(value)


@tolerates("file_uploader", max_upload_size=None)
def file_uploader(
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool | str = False,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> Any:
    """A file picker. Returns an ``UploadedFile`` or None (a list when ``accept_multiple_files``)."""
    if accept_multiple_files not in (True, False, "directory"):
        raise DeskAPIError(
            f"st.file_uploader: accept_multiple_files must be True, False or 'directory', not {accept_multiple_files!r}."
        )
    types = _normalize_types("file_uploader", type)
    return _upload_widget(
        "FileUploader", "file_uploader", label, key, help, on_change, args, kwargs, disabled, label_visibility,
        types=types, multiple=accept_multiple_files, width=width,
    )  # fmt: skip


@tolerates("camera_input", resolution=None)
def camera_input(
    label: str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> Any:
    """A camera snapshot. Returns the picture as an ``UploadedFile`` (JPEG), or None."""
    return _upload_widget(
        "CameraInput", "camera_input", label, key, help, on_change, args, kwargs, disabled, label_visibility,
        types=None, multiple=False, width=width, make=CameraInputProps,
    )  # fmt: skip


def audio_input(
    label: str,
    *,
    sample_rate: int | None = 16000,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> Any:
    """A microphone recording. Returns the recording as an ``UploadedFile`` (WAV), or None."""
    allowed_rates = (None, 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
    if sample_rate not in allowed_rates:
        raise DeskAPIError(
            f"st.audio_input: sample_rate must be one of {', '.join(map(str, allowed_rates[1:]))} or None, not {sample_rate!r}."
        )
    return _upload_widget(
        "AudioInput", "audio_input", label, key, help, on_change, args, kwargs, disabled, label_visibility,
        types=None, multiple=False, width=width, make=functools.partial(AudioInputProps, sample_rate=sample_rate),
    )  # fmt: skip


PICKER_KINDS = ("open", "save", "folder")


def _picker_types(types: str | Sequence[str] | None) -> list[str]:
    if types is None:
        return []
    items = [types] if isinstance(types, str) else list(types)
    result = []
    for item in items:
        if not isinstance(item, str) or not item.strip(". "):
            raise DeskAPIError(f"desk.file_picker: types must be file extensions like 'csv' or '.csv', not {item!r}.")
        result.append("." + item.strip().lstrip(".").lower())
    return result


def file_picker(
    label: str,
    kind: str = "open",
    types: str | Sequence[str] | None = None,
    value: str | os.PathLike[str] | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> Path | None:
    """A real local path chosen in a native Open, Save or Folder dialog (desk only).

    In the desktop window the button opens the operating system's dialog; in a browser it
    falls back to a text box for the path. Returns a ``pathlib.Path``, or None until a path
    is chosen. ``types`` limits the Open and Save dialogs to these extensions.
    """
    check_label("file_picker", label, label_visibility)
    help = help_text("file_picker", help)
    if kind not in PICKER_KINDS:
        raise DeskAPIError(f"desk.file_picker: kind must be 'open', 'save' or 'folder', not {kind!r}.")
    if kind == "folder" and types:
        raise DeskAPIError("desk.file_picker: types only apply to files; remove types= for kind='folder'.")
    extensions = _picker_types(types)

    def to_path(raw: Any) -> Path | None:
        if raw is None or raw == "":
            return None
        if not isinstance(raw, (str, os.PathLike)):
            raise DeskAPIError(f"desk.file_picker: a path must be text, not {type(raw).__name__} ({_short(raw)}).")
        path = Path(os.path.expanduser(os.fspath(raw)))
        if extensions and kind != "folder" and path.suffix.lower() not in extensions:
            raise DeskAPIError(
                f"desk.file_picker: {path.name!r} is not one of the accepted types ({', '.join(extensions)}). "
                "Choose a file with one of those extensions."
            )
        return path

    def to_wire(path: Any) -> str | None:
        converted = to_path(path)
        return None if converted is None else str(converted)

    default = to_path(value)
    result = widget(
        "FilePicker",
        func="file_picker",
        label=label,
        key=key,
        identity={"label": label, "kind": kind, "types": extensions, "value": to_wire(default), "help": help},
        default=default,
        props=FilePickerProps(
            help=help, disabled=bool(disabled), label_visibility=label_visibility, kind=kind, types=extensions
        ),
        serialize=to_wire,
        deserialize=to_path,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return result if result is None else Path(result)
