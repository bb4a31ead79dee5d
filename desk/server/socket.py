"""The WebSocket: one per browser tab, each bound to a ``Session`` with its own runner thread.

Incoming text frames are decoded and validated (``desk.server.wire``); a malformed,
oversized or wrong-typed message is refused with a WARNING and the socket and session
carry on. The first message must be ``Hello``; the registry (``desk.server.sessions``)
gives it a new session, resumes the one it names, or hands it the session started at
launch.

``DataRequest`` (rows of a data element's dataset) never reaches the session: the socket
answers it from the session's dataset store on a small thread pool shared by the server,
with a ``DataWindow``; at most ``MAX_PENDING_DATA_REQUESTS`` wait per socket, and a refused
request is logged as a WARNING and answered with the reason in ``DataWindow.error``.

Outgoing messages come from the runner thread through ``DeskSocket.sink``, which hops to
the IOLoop with ``call_soon_threadsafe`` and never blocks the runner. On the loop they wait
in an ``OutgoingQueue`` (``desk.server.outgoing``); one writer drains it and awaits each
batch's flush, so a slow client makes messages pile up there.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from asyncio import Future
from typing import Any

from tornado.iostream import StreamClosedError
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from desk.protocol import (
    BinaryPayload,
    DataRequest,
    DataWindow,
    Delta,
    Hello,
    Node,
    RunFinished,
    Same,
    ServerMessage,
    SessionInfo,
)
from desk.runtime import datasets
from desk.server.handlers_base import DeskServer, SecureHandlerMixin
from desk.server.outgoing import OutgoingQueue, PayloadTracker, Resend
from desk.server.sessions import SessionEntry
from desk.server.wire import binary_frame, decode_client_message, encode_parts

log = logging.getLogger("desk.server.socket")

WRITE_BATCH_BYTES = 256 * 1024
"""Bytes handed to the socket before the writer waits for them to flush."""
MAX_PENDING_DATA_REQUESTS = 16
"""``DataRequest`` messages of one socket that may wait for an answer; more are refused."""


# ---------------------------------------------------------------------- the socket


class DeskSocket(SecureHandlerMixin, WebSocketHandler):
    """One tab's WebSocket."""

    def initialize(self, desk: DeskServer) -> None:
        self.attach_desk(desk)
        self.entry: SessionEntry | None = None
        self.queue = OutgoingQueue()
        self.tracker = PayloadTracker()
        self.sent: set[str] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._resend: Resend | None = None
        self._inbox: list[ServerMessage] = []
        self._inbox_lock = threading.Lock()
        self._wake_pending = False
        self._writing = False
        self._closed = False
        self._data_pending = 0

    # ------------------------------------------------------------------ handshake
    def prepare(self) -> None:
        self.check_host()
        self.check_token()

    def check_origin(self, origin: str) -> bool:
        if self.desk.origin_ok(origin, self.request.host):
            return True
        log.warning("refused a WebSocket from origin %r", origin[:100])
        return False

    def get_compression_options(self) -> dict[str, Any] | None:
        return None

    def open(self, *args: str, **kwargs: str) -> None:
        self.loop = asyncio.get_running_loop()
        self.set_nodelay(True)  # a binary frame and its text frame go out at once (no Nagle delay)

    def context_info(self) -> dict[str, Any]:
        """What ``st.context`` shows about this client."""
        headers = {name: value for name, value in self.request.headers.get_all() if name.lower() != "cookie"}
        cookies = {name: morsel.value for name, morsel in self.request.cookies.items()}
        return {"headers": headers, "cookies": cookies}

    # ------------------------------------------------------------------ incoming
    def on_message(self, message: str | bytes) -> None:
        if isinstance(message, bytes):
            log.warning("refused a binary frame of %d bytes: clients send text frames only", len(message))
            return
        limit = self.desk.max_message_bytes
        if len(message) > limit or (len(message) * 4 > limit and len(message.encode("utf-8", "replace")) > limit):
            log.warning("refused a message of %d characters: the limit is %d MB", len(message), self.desk.settings.max_message_mb)
            return
        try:
            decoded = decode_client_message(message)
        except ValueError as error:
            log.warning("refused a client message: %s", error)
            return
        if self.entry is None:
            if not isinstance(decoded, Hello):
                log.warning("refused %s: the first message on a socket must be Hello", decoded.type)
                return
            self._start(decoded)
            return
        if isinstance(decoded, Hello):
            log.warning("refused a second Hello on the same socket")
            return
        if isinstance(decoded, DataRequest):
            self._data_request(decoded)
            return
        try:
            self.entry.session.handle(decoded)
        except Exception:
            log.exception("handling %s failed", decoded.type)

    def _data_request(self, request: DataRequest) -> None:
        """Answer ``request`` from the session's dataset store, off the IOLoop."""
        if self._data_pending >= MAX_PENDING_DATA_REQUESTS:
            reason = f"{self._data_pending} requests of this socket are still waiting; ask again later"
            log.warning("refused DataRequest %d: %s", request.request_id, reason)
            self.push(refusal(request, reason))
            return
        assert self.entry is not None
        store = self.entry.session.datasets
        self._data_pending += 1
        future = asyncio.get_running_loop().run_in_executor(
            self.desk.sessions.data_pool(), answer_data_request, store, request
        )
        future.add_done_callback(self._data_answered)

    def _data_answered(self, future: asyncio.Future[DataWindow]) -> None:
        self._data_pending -= 1
        if future.cancelled():
            return
        self.push(future.result())  # answer_data_request turns every failure into a refusal

    def _start(self, hello: Hello) -> None:
        entry, how = self.desk.sessions.attach(self, hello)
        self.entry = entry
        session = entry.session
        settings = self.desk.settings
        self.push(
            SessionInfo(
                session.id,
                self.desk.app_name,
                dict(settings.theme),
                int(settings.max_upload_mb),
                self.desk.xsrf_token(session.id),
            )
        )
        if how == "adopted":  # its first run started at launch, and greet() took the Hello
            return
        try:
            session.handle(hello)
        except Exception:
            log.exception("starting session %s failed", session.id[:8])

    def on_close(self) -> None:
        self._closed = True
        self.desk.sessions.detach(self)

    # ------------------------------------------------------------------ outgoing
    def begin_resend(self) -> None:
        """This socket resumes a session: the client has none of its nodes."""
        self._resend = Resend()

    def sink(self, message: ServerMessage) -> None:
        """The session's sink. Runs on the runner thread; never blocks it."""
        if self._closed:
            return
        resend = self._resend
        if resend is not None and self.entry is not None:
            filtered = resend.filter(message, self.entry.session.view)
            if resend.done:
                self._resend = None
            if filtered is None:
                return
            message = filtered
        loop = self.loop
        if loop is None:
            return
        with self._inbox_lock:
            self._inbox.append(message)
            if self._wake_pending:
                return
            self._wake_pending = True
        try:
            loop.call_soon_threadsafe(self._take_inbox)
        except RuntimeError:  # the loop is closed: the server stopped
            self._closed = True

    def _take_inbox(self) -> None:
        """Move what the runner handed over into the outgoing queue (one loop wake-up per burst)."""
        with self._inbox_lock:
            messages = list(self._inbox)
            self._inbox.clear()
            self._wake_pending = False
        for message in messages:
            self.push(message)

    def push(self, message: ServerMessage) -> None:
        """Queue ``message`` for the client (on the IOLoop thread)."""
        if self._closed:
            return
        self.queue.push(message)
        if not self._writing:
            self._writing = True
            asyncio.ensure_future(self._drain())

    async def _drain(self) -> None:
        try:
            while True:
                budget = WRITE_BATCH_BYTES
                last: Any = None
                while budget > 0:
                    message = self.queue.pop()
                    if message is None:
                        break
                    for frame in self._frames(message):
                        last = self.write_message(frame, binary=isinstance(frame, bytes))
                        # Only the batch's last write is awaited: a socket that closes meanwhile
                        # fails the others too, which must not be logged as never retrieved.
                        last.add_done_callback(_retrieve_failure)
                        budget -= len(frame)
                if last is None:
                    break
                await last
        except (WebSocketClosedError, StreamClosedError):
            self._closed = True
        except Exception:
            log.exception("writing to the socket failed; closing it (the session stays for a reconnect)")
            self.close(1011, "internal error")
        finally:
            self._writing = False

    def _frames(self, message: ServerMessage) -> list[str | bytes]:
        try:
            text, payloads = encode_parts(message)
        except Exception as error:
            log.exception("could not encode %s", message.type)
            if not isinstance(message, Delta):
                return []
            message = Delta(message.run_id, message.path, _encoding_error_node(error))
            text, payloads = encode_parts(message)
        if isinstance(message, DataWindow):  # its payload is always sent, and not remembered
            return [*(binary_frame(payload) for payload in payloads.values()), text]
        if isinstance(message, Delta):
            self.tracker.delta(message, list(payloads.values()))
        elif isinstance(message, Same):
            self.tracker.same(message)
        elif isinstance(message, RunFinished):
            self.tracker.finished(message)
            self.sent &= set(self.tracker.payloads())
        frames: list[str | bytes] = []
        for digest, payload in payloads.items():
            if digest not in self.sent:
                self.sent.add(digest)
                frames.append(binary_frame(payload, self._frame_header(payload)))
        frames.append(text)
        return frames

    def _frame_header(self, payload: BinaryPayload) -> dict[str, str] | None:
        """A ``components.html`` page travels with the key its frame loads it by (never the token)."""
        if self.entry is None or not payload.mimetype.startswith("text/html"):
            return None
        return {"frame": self.desk.frame_key(self.entry.session.id, payload.digest)}


def answer_data_request(store: datasets.DatasetStore | None, request: DataRequest) -> DataWindow:
    """The ``DataWindow`` for ``request`` (runs on a data thread). A refusal is logged and explained."""
    from desk.elements.arrow import ARROW_STREAM_MIMETYPE, ipc_bytes

    try:
        if store is None:
            raise datasets.DataRequestError(f"unknown dataset {request.dataset[:40]!r} (this session has no data elements)")
        rows, start, end, total = store.window(request.dataset, request.start, request.end, request.sort, request.search)
        payload = BinaryPayload(ipc_bytes(rows), ARROW_STREAM_MIMETYPE)
    except datasets.DataRequestError as error:
        log.warning("refused DataRequest %d: %s", request.request_id, error)
        return refusal(request, str(error))
    except Exception as error:
        log.exception("answering DataRequest %d failed", request.request_id)
        return refusal(request, f"the server could not cut this window: {error}")
    return DataWindow(request.request_id, request.dataset, start, end, total, payload)


def refusal(request: DataRequest, reason: str) -> DataWindow:
    """The ``DataWindow`` that tells the client why ``request`` got no rows."""
    return DataWindow(request.request_id, request.dataset, request.start, request.start, 0, None, reason)


def _encoding_error_node(error: BaseException) -> Node:
    return Node(
        "Exception",
        {
            "type": type(error).__name__,
            "message": f"desk could not send this element to the page: {error}",
            "traceback": [],
            "is_warning": False,
        },
    )


def _retrieve_failure(future: Future[Any]) -> None:
    """Mark a write's failure as seen (the socket closed; ``_drain`` handles that once)."""
    if not future.cancelled():
        future.exception()
