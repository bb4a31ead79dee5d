"""File routes: media payloads of the page (with HTTP ranges) and uploads.

``GET /media/<digest>?session=<id>[&download=<name>]`` serves a ``BinaryPayload`` that the
session's current page references, by its digest, with ``Range`` support for audio and
video. Only digests that this session's page holds can be fetched; anything else is 404.
A ``components.html`` page is loaded by its frame with ``?session=<id>&frame=<key>``
instead of the token: the key (``DeskServer.frame_key``) grants that one page of that one
session, so HTML from an untrusted source never sees the token.

``PUT /upload/<session_id>?name=<file name>`` stores the request body (``Content-Type`` is
the file's type; a ``multipart/form-data`` body with one file is accepted too) in the
session's upload store and answers ``{"file_id", "name", "size", "mimetype"}``; the
``FileUploader`` widget's wire value is then the list of file ids.
``DELETE /upload/<session_id>/<file_id>`` forgets a file. Both need the token and the
session's XSRF value in the ``X-XSRFToken`` header: ``SessionInfo.xsrf_token``, which the
server derives from the token, so no client or cookie can choose it.
Bodies over ``settings.max_upload_mb`` are refused with 413, and so is a file that would
make the session hold more than ``settings.max_session_upload_mb`` of uploads. An upload
named for a widget (``&widget=<id>``) that was given ``max_upload_size`` is held to that
limit instead, smaller or larger.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from typing import Any
from urllib.parse import quote

import tornado.web
from tornado.httputil import HTTPFile, HTTPInputError, parse_body_arguments

from desk.server.handlers_base import MB, DeskHandler

log = logging.getLogger("desk.server.files")

DIGEST = re.compile(r"^[0-9a-f]{32}$")
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
MULTIPART_SLACK = 64 * 1024
"""Room for multipart headers on top of the file size limit."""
DISCARD_LIMIT = 64 * 1024 * 1024
"""Bytes over the limit that are still read (and dropped) before answering 413."""
_RANGE = re.compile(r"^bytes=(\d{0,18})-(\d{0,18})$")
"""A single byte range; offsets of more than 18 digits (an exabyte) are never satisfiable."""
COMPONENT_PAGE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; media-src data: blob:; sandbox allow-scripts allow-forms allow-modals"
)
POPUPS_PARAMETER = "desk-allow=popups"
"""In a page payload's mimetype: ``components.html(..., allow_popups=True)`` asked for popups."""


class MediaHandler(DeskHandler):
    """A payload of a session's page, by digest."""

    public_route = True  # checked in prepare: the token, or a frame key for that one page

    def prepare(self) -> None:
        super().prepare()
        if self.get_query_argument("frame", None) is None:
            self.check_token()

    def get(self, digest: str) -> None:
        self._serve(digest, include_body=True)

    def head(self, digest: str) -> None:
        self._serve(digest, include_body=False)

    def _serve(self, digest: str, *, include_body: bool) -> None:
        if not DIGEST.match(digest):
            raise tornado.web.HTTPError(404)
        session_id = self.get_query_argument("session", None)
        if session_id is None:
            raise tornado.web.HTTPError(404, "refused: /media needs ?session=<id>")
        frame_key = self.get_query_argument("frame", None)
        if frame_key is not None and not self.desk.frame_key_ok(frame_key, session_id, digest):
            raise tornado.web.HTTPError(403, "refused: wrong frame key")
        payload = self.desk.sessions.find_payload(digest, session_id)
        if payload is None:
            raise tornado.web.HTTPError(404)
        mimetype = payload.mimetype or "application/octet-stream"
        is_page = mimetype.startswith("text/html")
        if frame_key is not None and not is_page:
            raise tornado.web.HTTPError(404)  # a frame key opens a components.html page, nothing else
        data = payload.data
        size = len(data)
        if is_page:
            # components.html pages: their own inline scripts run, in an opaque sandboxed origin
            # that cannot read the app's cookies, storage or token.
            popups = POPUPS_PARAMETER in mimetype
            self.set_header("Content-Security-Policy", COMPONENT_PAGE_CSP + (" allow-popups" if popups else ""))
            mimetype = "text/html; charset=utf-8"
        else:
            # Media is the app's output, never a page of its own: sandbox it if opened directly.
            self.set_header("Content-Security-Policy", "default-src 'none'; img-src 'self' data:; media-src 'self'; sandbox")
        self.set_header("Content-Type", mimetype)
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

    def check_xsrf_cookie(self) -> None:
        """The ``X-XSRFToken`` header holds the session's value, derived from the token."""
        session_id = self.path_args[0] if self.path_args else ""
        supplied = self.request.headers.get("X-Xsrftoken") or self.request.headers.get("X-Csrftoken") or ""
        expected = self.desk.xsrf_token(session_id)
        if not hmac.compare_digest(supplied.encode("utf-8", "replace"), expected.encode()):
            raise tornado.web.HTTPError(403, "refused: %s XSRF value", "wrong" if supplied else "no")

    def prepare(self) -> None:
        self._chunks: list[bytes] = []
        self._received = 0
        self._limit = self.desk.max_upload_bytes
        super().prepare()  # Host and token; Tornado checked the XSRF value before prepare
        if self.request.method != "PUT":
            return
        self._limit = self._widget_limit() or self._limit
        length = self.request.headers.get("Content-Length")
        allowed = self._limit + MULTIPART_SLACK
        if length is not None and (not length.isdigit() or int(length) > allowed + DISCARD_LIMIT):
            raise self._too_large()
        # A body somewhat over the limit is read and dropped, so the client sees the 413
        # instead of a connection closed in the middle of its request.
        self.request.connection.set_max_body_size(allowed + DISCARD_LIMIT)

    def data_received(self, chunk: bytes) -> None:
        self._received += len(chunk)
        if self._received <= self._limit + MULTIPART_SLACK:
            self._chunks.append(chunk)

    def put(self, session_id: str, file_id: str | None = None) -> None:
        if file_id is not None:
            raise tornado.web.HTTPError(405, "refused: PUT names a session, not a file")
        entry = self._entry(session_id)
        body = b"".join(self._chunks)
        self._chunks = []
        content_type = self.request.headers.get("Content-Type", "application/octet-stream")
        name = self.get_query_argument("name", "upload")
        if content_type.startswith("multipart/form-data"):
            name, content_type, body = _single_file(content_type, body)
        if len(body) > self._limit or self._received > self._limit + MULTIPART_SLACK:
            raise self._too_large()
        from desk.elements.uploads import store_file

        mimetype = content_type.split(";", 1)[0].strip() or None
        store = entry.session.uploads
        held = sum(len(record[2]) for record in store.values())
        cap = self.desk.max_session_upload_bytes
        if held + len(body) > cap:
            raise tornado.web.HTTPError(
                413,
                "this session already holds %.1f MB of uploads and may hold at most %.0f MB "
                "(server.maxSessionUploadSize); remove files before adding more",
                held / MB,
                cap / MB,
            )
        uploaded = store_file(store, _safe_name(name), body, mimetype)
        log.info("stored upload %s (%d bytes) for session %s", uploaded.name, uploaded.size, session_id[:8])
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(
            json.dumps({"file_id": uploaded.file_id, "name": uploaded.name, "size": uploaded.size, "mimetype": uploaded.type})
        )

    def _widget_limit(self) -> int | None:
        """The ``max_upload_size`` (bytes) of the widget the upload is for (``?widget=<id>``), if it has one."""
        widget_id = self.get_query_argument("widget", None)
        session_id = self.path_args[0] if self.path_args else ""
        if not widget_id or not SESSION_ID.match(session_id):
            return None
        entry = self.desk.sessions.get(session_id)
        meta = entry.session.state.widget_meta(widget_id) if entry is not None else None
        return None if meta is None else meta.max_upload_bytes

    def _too_large(self) -> tornado.web.HTTPError:
        """413, whose answer names the limit that applied: "413 Larger than the upload limit of 5 MB"."""
        limit = f"the upload limit of {self._limit / MB:g} MB"
        return tornado.web.HTTPError(413, f"refused: over {limit}", reason=f"Larger than {limit}")

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
    try:
        parse_body_arguments(content_type, body, arguments, files)
    except HTTPInputError as error:
        raise tornado.web.HTTPError(400, "a malformed multipart body: %s", error) from None
    found = [item for items in files.values() for item in items]
    if len(found) != 1:
        raise tornado.web.HTTPError(400, f"a multipart upload must hold exactly one file, not {len(found)}")
    item = found[0]
    return item.filename, item.content_type, item.body

