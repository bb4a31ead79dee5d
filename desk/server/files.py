"""File routes: media payloads of the page (with HTTP ranges) and uploads.

``GET /media/<digest>[?session=<id>][&download=<name>]`` serves a ``BinaryPayload`` that a
session's current page references, by its digest, with ``Range`` support for audio and
video. Only digests that some page holds can be fetched; anything else is 404.

``PUT /upload/<session_id>?name=<file name>`` stores the request body (``Content-Type`` is
the file's type; a ``multipart/form-data`` body with one file is accepted too) in the
session's upload store and answers ``{"file_id", "name", "size", "mimetype"}``; the
``FileUploader`` widget's wire value is then the list of file ids.
``DELETE /upload/<session_id>/<file_id>`` forgets a file. Both need the token and the
XSRF token: the ``_xsrf`` cookie set by the page, sent back in the ``X-XSRFToken`` header.
Bodies over ``settings.max_upload_mb`` are refused with 413.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any
from urllib.parse import quote

import tornado.web
from tornado.httputil import HTTPFile, parse_body_arguments

from desk.server.app import DeskHandler

log = logging.getLogger("desk.server.files")

DIGEST = re.compile(r"^[0-9a-f]{32}$")
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
MULTIPART_SLACK = 64 * 1024
"""Room for multipart headers on top of the file size limit."""
DISCARD_LIMIT = 64 * 1024 * 1024
"""Bytes over the limit that are still read (and dropped) before answering 413."""
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
COMPONENT_PAGE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; media-src data: blob:; sandbox allow-scripts allow-forms allow-popups allow-modals"
)


class MediaHandler(DeskHandler):
    """A payload of a session's page, by digest."""

    def get(self, digest: str) -> None:
        self._serve(digest, include_body=True)

    def head(self, digest: str) -> None:
        self._serve(digest, include_body=False)

    def _serve(self, digest: str, *, include_body: bool) -> None:
        if not DIGEST.match(digest):
            raise tornado.web.HTTPError(404)
        session_id = self.get_query_argument("session", None)
        payload = self.desk.sessions.find_payload(digest, session_id)
        if payload is None:
            raise tornado.web.HTTPError(404)
        data = payload.data
        size = len(data)
        if (payload.mimetype or "").startswith("text/html"):
            # components.html pages: their own inline scripts run, in an opaque sandboxed origin
            # that cannot read the app's cookies, storage or token.
            self.set_header("Content-Security-Policy", COMPONENT_PAGE_CSP)
        else:
            # Media is the app's output, never a page of its own: sandbox it if opened directly.
            self.set_header("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; media-src 'self'; sandbox")
        self.set_header("Content-Type", payload.mimetype or "application/octet-stream")
        self.set_header("Accept-Ranges", "bytes")
        self.set_header("ETag", f'"{payload.digest}"')
        self.set_header("Cache-Control", "private, max-age=31536000, immutable")
        download = self.get_query_argument("download", None)
        if download is not None:
            self.set_header("Content-Disposition", f"attachment; filename*=UTF-8''{quote(_safe_name(download), safe='')}")
        if self.request.headers.get("If-None-Match") == f'"{payload.digest}"':
            self.set_status(304)
            self.finish()
            return
        start, end = 0, size
        requested = self.request.headers.get("Range")
        if requested is not None:
            parsed = parse_range(requested, size)
            if parsed is None:
                self.set_status(416)
                self.set_header("Content-Range", f"bytes */{size}")
                self.finish()
                return
            start, end = parsed
            self.set_status(206)
            self.set_header("Content-Range", f"bytes {start}-{end - 1}/{size}")
        self.set_header("Content-Length", str(end - start))
        self.finish(data[start:end] if include_body else None)


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """``(start, end)`` (end exclusive) for a single ``bytes=`` range, None when unsatisfiable."""
    match = _RANGE.match(header.strip())
    if match is None or size == 0:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        count = int(last)
        if count == 0:
            return None
        return max(0, size - count), size
    start = int(first)
    end = size if not last else min(int(last) + 1, size)
    if start >= size or end <= start:
        return None
    return start, end


def _safe_name(name: str) -> str:
    """A file name without folders or control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(char for char in base if char.isprintable()).strip()
    if cleaned in ("", ".", ".."):
        cleaned = "file"
    return cleaned[:255]


@tornado.web.stream_request_body
class UploadHandler(DeskHandler):
    """Uploads into a session's store (``session.uploads``)."""

    def prepare(self) -> None:
        super().prepare()
        self._chunks: list[bytes] = []
        self._received = 0
        self._limit = self.desk.max_upload_bytes
        if self.request.method != "PUT":
            return
        length = self.request.headers.get("Content-Length")
        allowed = self._limit + MULTIPART_SLACK
        if length is not None and (not length.isdigit() or int(length) > allowed + DISCARD_LIMIT):
            raise tornado.web.HTTPError(413, f"the upload limit is {self.desk.settings.max_upload_mb} MB")
        # A body somewhat over the limit is read and dropped, so the client sees the 413
        # instead of a connection closed in the middle of its request.
        self.request.connection.set_max_body_size(allowed + DISCARD_LIMIT)

    def data_received(self, chunk: bytes) -> None:
        self._received += len(chunk)
        if self._received <= self._limit + MULTIPART_SLACK:
            self._chunks.append(chunk)

    def put(self, session_id: str) -> None:
        entry = self._entry(session_id)
        body = b"".join(self._chunks)
        self._chunks = []
        content_type = self.request.headers.get("Content-Type", "application/octet-stream")
        name = self.get_query_argument("name", "upload")
        if content_type.startswith("multipart/form-data"):
            name, content_type, body = _single_file(content_type, body)
        if len(body) > self._limit or self._received > self._limit + MULTIPART_SLACK:
            raise tornado.web.HTTPError(413, f"the upload limit is {self.desk.settings.max_upload_mb} MB")
        from desk.elements.uploads import store_file

        mimetype = content_type.split(";", 1)[0].strip() or None
        store = entry.session.uploads
        uploaded = store_file(store, _safe_name(name), body, mimetype)
        log.info("stored upload %s (%d bytes) for session %s", uploaded.name, uploaded.size, session_id[:8])
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(
            json.dumps({"file_id": uploaded.file_id, "name": uploaded.name, "size": uploaded.size, "mimetype": uploaded.type})
        )

    def delete(self, session_id: str, file_id: str = "") -> None:
        entry = self._entry(session_id)
        entry.session.uploads.pop(file_id, None)
        self.set_status(204)
        self.finish()

    def _entry(self, session_id: str) -> Any:
        entry = self.desk.sessions.get(session_id) if SESSION_ID.match(session_id) else None
        if entry is None:
            raise tornado.web.HTTPError(404, "no such session")
        return entry


def _single_file(content_type: str, body: bytes) -> tuple[str, str, bytes]:
    arguments: dict[str, list[bytes]] = {}
    files: dict[str, list[HTTPFile]] = {}
    parse_body_arguments(content_type, body, arguments, files)
    found = [item for items in files.values() for item in items]
    if len(found) != 1:
        raise tornado.web.HTTPError(400, f"a multipart upload must hold exactly one file, not {len(found)}")
    item = found[0]
    return item.filename, item.content_type, item.body

