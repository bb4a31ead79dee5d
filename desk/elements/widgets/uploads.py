"""Upload widgets: file_uploader, camera_input, audio_input and file_picker, with their definitions."""

from __future__ import annotations

import copy
import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.elements.base import WidgetCallback, check_label, help_text, widget
from desk.elements.definitions import LabeledProps, define, omitted
from desk.elements.uploads import (
    MB,
    UploadedFile,
    UploadStore,
    check_upload_limit,
    check_upload_size,
    files_from_ids,
)
from desk.elements.widgets._common import as_list, short_repr
from desk.errors import DeskAPIError
from desk.runtime.context import get_run


@dataclass(kw_only=True, slots=True)
class FileUploaderProps(LabeledProps):
    """A drop zone and file chooser; its value is the ids of the uploaded files (st.file_uploader)."""

    type: list[str] | None
    """The accepted extensions (".csv") or media types, or None for any file."""
    accept_multiple_files: bool | str
    """True takes several files, "directory" a whole folder, False one file."""
    width: str | int
    """"stretch" or a width in pixels."""
    max_upload_mb: int | None = omitted()
    """max_upload_size=: the most megabytes a file may have; absent: the server's limit (server.maxUploadSize)."""


@dataclass(kw_only=True, slots=True)
class CameraInputProps(FileUploaderProps):
    """A camera snapshot, uploaded as a JPEG file (st.camera_input)."""

    resolution: str | None = omitted()
    """"480p", "720p" or "1080p": the picture height asked of the camera; absent: by the widget's size."""


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


FILE_UPLOADER = define(
    "FileUploader", FileUploaderProps, apptest="file_uploader", attrs=("help", "disabled", "type"), value=list[str]
)


CAMERA_INPUT = define("CameraInput", CameraInputProps, apptest="camera_input", attrs=("help", "disabled"), value=list[str])


AUDIO_INPUT = define(
    "AudioInput", AudioInputProps, apptest="audio_input", attrs=("help", "disabled", "sample_rate"), value=list[str]
)


FILE_PICKER = define("FilePicker", FilePickerProps, apptest="file_picker", attrs=("help", "disabled", "kind"), value=str | None)


def upload_store() -> UploadStore:
    ctx = get_run()
    if ctx is None:
        return {}
    store: UploadStore = ctx.session.uploads
    return store


def normalize_types(func: str, type: Any) -> list[str] | None:
    if type is None:
        return None
    items = [type] if isinstance(type, str) else as_list(type)
    result: list[str] = []
    for item in items:
        if not isinstance(item, str) or not item.strip("."):
            raise DeskAPIError(
                f"st.{func}: type must be a file extension like 'csv' or a list of them, not {short_repr(type)}."
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
    max_upload_size: object = None,
) -> Any:
    check_label(func, label, label_visibility)
    help = help_text(func, help)
    limit_mb = check_upload_limit(func, max_upload_size)
    store = upload_store()
    many = bool(multiple)

    def deserialize(wire: Any) -> Any:
        found = files_from_ids(store, as_list(wire))
        files = [check_upload_size(func, limit_mb, check_file_type(func, types, f)) for f in found]
        if many:
            return files
        return files[0] if files else None

    def serialize(value: Any) -> list[str]:
        items = as_list(value)
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
            max_upload_mb=limit_mb,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        max_upload_bytes=None if limit_mb is None else limit_mb * MB,
    )
    return copy.deepcopy(value)


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
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
) -> Any:
    """A file picker. Returns an ``UploadedFile`` or None (a list when ``accept_multiple_files``).

    ``max_upload_size`` (megabytes) replaces ``server.maxUploadSize`` for this widget's files:
    a larger file is refused with a message saying so.
    """
    if accept_multiple_files not in (True, False, "directory"):
        raise DeskAPIError(
            f"st.file_uploader: accept_multiple_files must be True, False or 'directory', not {accept_multiple_files!r}."
        )
    types = normalize_types("file_uploader", type)
    return _upload_widget(
        "FileUploader", "file_uploader", label, key, help, on_change, args, kwargs, disabled, label_visibility,
        types=types, multiple=accept_multiple_files, width=width, max_upload_size=max_upload_size,
    )  # fmt: skip


CAMERA_RESOLUTIONS = ("480p", "720p", "1080p")


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
    resolution: str | None = None,
    width: str | int = "stretch",
) -> Any:
    """A camera snapshot. Returns the picture as an ``UploadedFile`` (JPEG), or None.

    ``resolution`` ("480p", "720p" or "1080p") is the picture height asked of the camera, which
    picks the nearest it supports; None takes the size the widget is drawn at.
    """
    if resolution is not None and resolution not in CAMERA_RESOLUTIONS:
        raise DeskAPIError(f"st.camera_input: resolution must be '480p', '720p', '1080p' or None, not {resolution!r}.")
    return _upload_widget(
        "CameraInput", "camera_input", label, key, help, on_change, args, kwargs, disabled, label_visibility,
        types=None, multiple=False, width=width, make=functools.partial(CameraInputProps, resolution=resolution),
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
            raise DeskAPIError(f"desk.file_picker: a path must be text, not {type(raw).__name__} ({short_repr(raw)}).")
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
