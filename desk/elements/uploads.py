"""Uploaded files: what ``st.file_uploader``, ``st.camera_input`` and ``st.audio_input`` return.

The bytes of a session's uploads live in ``session.uploads``, a dict mapping a
file id to ``(name, mimetype, data)``. The server fills it when the client uploads a file;
the widget's wire value is only the list of file ids. ``files_from_ids`` turns those ids
back into ``UploadedFile`` objects; an id whose file is gone is skipped.
"""

from __future__ import annotations

import io
import mimetypes
import uuid
from collections.abc import Iterable, MutableMapping
from typing import Any

from desk.errors import DeskAPIError

UploadStore = MutableMapping[str, tuple[str, str, bytes]]


class UploadedFile(io.BytesIO):
    """An uploaded file: a ``BytesIO`` with ``name``, ``type`` (mimetype), ``size`` and ``file_id``."""

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __copy__(self) -> UploadedFile:
        return UploadedFile(self.file_id, self.name, self.type, self.getvalue())

    def __deepcopy__(self, memo: dict[int, Any]) -> UploadedFile:
        # Each run gets a fresh object that reads from the start, as after a rerun.
        return self.__copy__()

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"


MB = 1024 * 1024


def check_upload_limit(func: str, max_upload_size: object) -> int | None:
    """``max_upload_size`` of an upload widget: a positive number of megabytes, or None for ``server.maxUploadSize``."""
    if max_upload_size is None:
        return None
    if isinstance(max_upload_size, int) and not isinstance(max_upload_size, bool) and max_upload_size > 0:
        return max_upload_size
    raise DeskAPIError(
        f"st.{func}: max_upload_size must be a positive whole number of megabytes, or None for the "
        f"server.maxUploadSize option, not {max_upload_size!r}."
    )


def check_upload_size(func: str, limit_mb: int | None, file: UploadedFile) -> UploadedFile:
    """``file`` when it fits the widget's ``max_upload_size`` (the server holds it to the global limit)."""
    if limit_mb is not None and file.size > limit_mb * MB:
        raise DeskAPIError(
            f"st.{func}: {file.name!r} is {file.size / MB:.1f} MB, more than this widget's max_upload_size "
            f"of {limit_mb} MB."
        )
    return file


def guess_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def store_file(store: UploadStore, name: str, data: bytes, type: str | None = None) -> UploadedFile:
    """Put one file in a session's upload store and return it (used by the server and AppTest)."""
    file_id = uuid.uuid4().hex
    mimetype = type or guess_type(name)
    store[file_id] = (name, mimetype, bytes(data))
    return UploadedFile(file_id, name, mimetype, bytes(data))


def files_from_ids(store: UploadStore, ids: Iterable[str]) -> list[UploadedFile]:
    """The uploaded files for ``ids``, in order, leaving out ids whose file is gone."""
    files = []
    for file_id in ids:
        record = store.get(file_id)
        if record is not None:
            name, mimetype, data = record
            files.append(UploadedFile(file_id, name, mimetype, data))
    return files
