"""The WebSocket: one per browser tab, each bound to a ``Session`` with its own runner thread.

Incoming text frames are decoded and validated (``desk.server.wire``); a malformed,
oversized or wrong-typed message is refused with a WARNING and the socket and session
carry on. The first message must be ``Hello``; it creates a session, or resumes the
session named by ``Hello.session_id`` when that session lost its socket less than
``settings.disconnected_session_ttl`` seconds ago.

The first session starts before any client: ``SessionRegistry.start_spare`` runs the
script when the server starts, so its first run overlaps the page's loading, and keeps
what it sends. The first ``Hello`` that starts a new session on the main page with no query
string adopts it and gets those messages at once. A run that read ``st.context`` (which
the client fills in) is not adopted: the client gets a session of its own, as it would
without the spare. A spare nobody adopts within ``SPARE_TTL`` seconds is closed.

``DataRequest`` (rows of a data element's dataset) never reaches the session: the socket
answers it from the session's dataset store on a small thread pool shared by the server,
with a ``DataWindow``; at most ``MAX_PENDING_DATA_REQUESTS`` wait per socket, and a refused
request is logged as a WARNING and answered with the reason in ``DataWindow.error``.

Outgoing messages come from the runner thread through ``DeskSocket.sink``, which hops to
the IOLoop with ``call_soon_threadsafe`` and never blocks the runner. On the loop they wait
in an ``OutgoingQueue``; one writer drains it and awaits each batch's flush, so a slow
client makes messages pile up there, where a newer ``Delta`` for the same element replaces
an older one. ``NewRun``, ``Same`` and ``RunFinished`` are never dropped or reordered.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from tornado.iostream import StreamClosedError
from tornado.websocket import WebSocketClosedError, WebSocketHandler

from desk.cache import clear_all_caches
from desk.protocol import (
    BinaryPayload,
    DataRequest,
    DataWindow,
    Delta,
    DeltaPath,
    Hello,
    NewRun,
    Node,
    RunFinished,
    Same,
    ServerMessage,
    SessionInfo,
)
from desk.runtime import datasets
from desk.runtime.emitter import ClientView
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.server.app import DeskServer, SecureHandlerMixin
from desk.server.wire import binary_frame, decode_client_message, encode_parts, payloads_in

log = logging.getLogger("desk.server.socket")

WRITE_BATCH_BYTES = 256 * 1024
"""Bytes handed to the socket before the writer waits for them to flush."""
DATA_WORKERS = 2
"""Threads that answer ``DataRequest`` messages (sorting a large table can take seconds)."""
MAX_PENDING_DATA_REQUESTS = 16
"""``DataRequest`` messages of one socket that may wait for an answer; more are refused."""
SPARE_TTL = 30.0
"""Seconds the session started at launch waits for a client before it is closed."""

# ---------------------------------------------------------------------- outgoing queue


class _Item:
    __slots__ = ("dropped", "message")

    def __init__(self, message: ServerMessage) -> None:
        self.message = message
        self.dropped = False


class OutgoingQueue:
    """Messages waiting for the socket. A newer Delta replaces a queued one for the same slot.

    Only a Delta whose node is not a block is replaced, and only by a Delta of the same run
    and path: nothing can have been placed under it, so dropping it changes nothing the
    client ends up with. A ``Same`` for that path in between keeps the older Delta.
    """

    def __init__(self) -> None:
        self._items: deque[_Item] = deque()
        self._leaves: dict[tuple[str, DeltaPath], _Item] = {}
        self._live = 0
        self.coalesced = 0

    def push(self, message: ServerMessage) -> None:
        item = _Item(message)
        if isinstance(message, Delta):
            key = (message.run_id, tuple(message.path))
            older = self._leaves.pop(key, None)
            if older is not None:
                older.dropped = True
                self._live -= 1
                self.coalesced += 1
            if not message.node.block:
                self._leaves[key] = item
        elif isinstance(message, Same):
            self._leaves.pop((message.run_id, tuple(message.path)), None)
        self._items.append(item)
        self._live += 1

    def pop(self) -> ServerMessage | None:
        """The oldest message still to send, or None."""
        while self._items:
            item = self._items.popleft()
            if item.dropped:
                continue
            self._live -= 1
            message = item.message
            if isinstance(message, Delta):
                key = (message.run_id, tuple(message.path))
                if self._leaves.get(key) is item:
                    del self._leaves[key]
            return message
        return None

    def __len__(self) -> int:
        return self._live


# ---------------------------------------------------------------------- payloads held by the client


class PayloadTracker:
    """The payloads the client's tree references, following the tree rules of the wire contract.

    It errs on one side only: it may forget a payload the client still holds (which costs
    a resend), never remember one the client dropped.
    """

    def __init__(self) -> None:
        self._at: dict[DeltaPath, list[BinaryPayload]] = {}
        self._touched: dict[DeltaPath, str] = {}

    def delta(self, message: Delta, payloads: list[BinaryPayload]) -> None:
        path = tuple(message.path)
        depth = len(path)
        for held in [p for p in self._at if len(p) > depth and p[:depth] == path]:
            del self._at[held]
            self._touched.pop(held, None)
        if payloads:
            self._at[path] = payloads
            self._touched[path] = message.run_id
        else:
            self._at.pop(path, None)
            self._touched.pop(path, None)

    def same(self, message: Same) -> None:
        path = tuple(message.path)
        if path in self._at:
            self._touched[path] = message.run_id

    def finished(self, message: RunFinished) -> None:
        if message.status == "rerun":
            return
        scopes = [tuple(scope) for scope in message.scopes] if message.scopes is not None else None
        for path in list(self._at):
            if self._touched.get(path) == message.run_id:
                continue
            if scopes is not None and not any(len(path) > len(s) and path[: len(s)] == s for s in scopes):
                continue
            del self._at[path]
            self._touched.pop(path, None)

    def payloads(self) -> dict[str, BinaryPayload]:
        return {payload.digest: payload for found in self._at.values() for payload in found}


# ---------------------------------------------------------------------- resending after a reconnect


class _Resend:
    """After a reconnect the client holds nothing: send the next full run as Deltas only.

    Messages are dropped until the next ``NewRun``; from there every ``Same`` becomes a
    ``Delta`` of the node the session holds at that path, until a full run finishes.
    Runs on the runner thread, where the session's view is consistent.
    """

    def __init__(self) -> None:
        self.started = False
        self.done = False

    def filter(self, message: ServerMessage, view: ClientView) -> ServerMessage | None:
        if isinstance(message, NewRun):
            self.started = True
            return message
        if not self.started:
            return None
        if isinstance(message, Same):
            node = view.nodes.get(tuple(message.path))
            return Delta(message.run_id, list(message.path), node) if node is not None else None
        if isinstance(message, RunFinished) and message.status != "rerun" and message.scopes is None:
            self.done = True
        return message


# ---------------------------------------------------------------------- sessions


@dataclass
class SessionEntry:
    """A live session and the socket it talks through (None while disconnected)."""

    session: Session
    connection: DeskSocket | None = None
    expiry: asyncio.TimerHandle | None = None


def _discard(message: ServerMessage) -> None:
    """The sink of a session without a socket."""


class ContextRecorder(dict[str, Any]):
    """A session's ``context_info`` that notes whether the script read it (``st.context``)."""

    read = False

    def get(self, key: str, default: Any = None) -> Any:
        self.read = True
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.read = True
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read = True
        return super().__contains__(key)

    def __iter__(self) -> Iterator[str]:
        self.read = True
        return super().__iter__()

    def copy(self) -> dict[str, Any]:
        self.read = True
        return dict(self)


class HeldMessages:
    """The sink of the session started at launch: keeps its messages until a socket adopts it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: list[ServerMessage] = []
        self._target: Callable[[ServerMessage], None] | None = None

    def __call__(self, message: ServerMessage) -> None:
        with self._lock:
            target = self._target
            if target is None:
                self._held.append(message)
                return
        target(message)

    def forward(self, target: Callable[[ServerMessage], None]) -> int:
        """Hand the held messages to ``target``, in order, then every later one. Returns how many were held."""
        with self._lock:
            held, self._held = self._held, []
            for message in held:  # under the lock: a message the runner sends now waits for these
                target(message)
            self._target = target
        return len(held)


@dataclass
class Spare:
    """The session started before any client, with the messages it sent meanwhile."""

    session: Session
    held: HeldMessages
    context: ContextRecorder
    expiry: asyncio.TimerHandle | None = None


class SessionRegistry:
    """Every session of the server, by id. Used on the IOLoop thread only."""

    def __init__(self, desk: DeskServer) -> None:
        self.desk = desk
        self.entries: dict[str, SessionEntry] = {}
        self._data_pool: ThreadPoolExecutor | None = None
        self.spare: Spare | None = None

    def data_pool(self) -> ThreadPoolExecutor:
        """The threads that answer ``DataRequest`` messages (started on first use)."""
        if self._data_pool is None:
            self._data_pool = ThreadPoolExecutor(DATA_WORKERS, thread_name_prefix="desk-data")
        return self._data_pool

    def get(self, session_id: str) -> SessionEntry | None:
        return self.entries.get(session_id)

    def rerun_connected(self) -> None:
        """Ask every session with a connected client to rerun its script."""
        for entry in list(self.entries.values()):
            if entry.connection is not None:
                entry.session.request_rerun()

    def _new_session(self, sink: Callable[[ServerMessage], None], query_string: str, context_info: dict[str, Any]) -> Session:
        settings = self.desk.settings
        return Session(
            ScriptSource(self.desk.script_path),
            sink=sink,
            query_string=query_string,
            fast_reruns=settings.fast_reruns,
            magic=settings.magic_enabled,
            context_info=context_info,
            clear_caches=clear_all_caches,
            live=True,
            settings=settings,
        )

    def start_spare(self) -> None:
        """Start a session and its first run now, before any client asks (on the IOLoop)."""
        if self.spare is not None:
            return
        held, context = HeldMessages(), ContextRecorder()
        session = self._new_session(held, "", context)
        spare = self.spare = Spare(session, held, context)
        spare.expiry = asyncio.get_running_loop().call_later(SPARE_TTL, self.drop_spare)
        session.handle(Hello())
        log.debug("session %s started at launch", session.id[:8])  # at INFO it would race the printed URL

    def drop_spare(self) -> None:
        """Close the session started at launch, if no client adopted it."""
        spare, self.spare = self.spare, None
        if spare is None:
            return
        if spare.expiry is not None:
            spare.expiry.cancel()
        spare.session.close(timeout=0)
        spare.session.release_datasets()
        log.info("session %s started at launch was not used: closed", spare.session.id[:8])

    def _adopt_spare(self, connection: DeskSocket, hello: Hello) -> SessionEntry | None:
        """The session started at launch, for ``connection``, if its first run is what this client would get."""
        spare, self.spare = self.spare, None
        if spare is None:
            return None
        if hello.query_string or hello.page is not None:
            self.spare = spare
            self.drop_spare()
            return None
        session = spare.session
        # Fill the context in first, then look whether the script read it: a read that comes
        # later sees the client's values.
        context = spare.context
        context.update(connection.context_info())
        session.greet(hello)
        if context.read:
            self.spare = spare
            self.drop_spare()
            return None
        if spare.expiry is not None:
            spare.expiry.cancel()
        entry = SessionEntry(session, connection)
        self.entries[session.id] = entry
        # Held messages first, then the switch: a message the runner sends meanwhile still
        # goes through the held queue, behind the ones before it, never ahead of them.
        held = spare.held.forward(connection.sink)
        session.sink = connection.sink
        log.info("session %s started at launch: adopted with %d messages", session.id[:8], held)
        return entry

    def attach(self, connection: DeskSocket, hello: Hello) -> tuple[SessionEntry, Literal["new", "resumed", "adopted"]]:
        """The session for a new socket: the one ``hello`` asks to resume, the one started at launch, or a new one.

        An adopted session has had (or is having) its first run: it needs no other.
        """
        entry = self.entries.get(hello.session_id) if hello.session_id else None
        if entry is not None and entry.connection is None:
            if entry.expiry is not None:
                entry.expiry.cancel()
                entry.expiry = None
            entry.connection = connection
            entry.session.context_info.update(connection.context_info())
            connection.begin_resend()
            entry.session.sink = connection.sink
            log.info("session %s resumed", entry.session.id[:8])
            return entry, "resumed"
        adopted = self._adopt_spare(connection, hello)
        if adopted is not None:
            return adopted, "adopted"
        session = self._new_session(connection.sink, hello.query_string, connection.context_info())
        entry = SessionEntry(session, connection)
        self.entries[session.id] = entry
        log.info("session %s started", session.id[:8])
        return entry, "new"

    def detach(self, connection: DeskSocket) -> None:
        """The socket closed: keep the session for a while, in case the tab comes back."""
        entry = connection.entry
        if entry is None or entry.connection is not connection:
            return
        entry.connection = None
        entry.session.sink = _discard
        ttl = max(0.0, float(self.desk.settings.disconnected_session_ttl))
        session_id = entry.session.id
        entry.expiry = asyncio.get_running_loop().call_later(ttl, self.expire, session_id)

    def expire(self, session_id: str) -> None:
        entry = self.entries.get(session_id)
        if entry is None or entry.connection is not None:
            return
        del self.entries[session_id]
        entry.session.close(timeout=0)
        entry.session.release_datasets()
        log.info("session %s closed after its socket stayed away", session_id[:8])

    def close_all(self) -> None:
        """Close every socket and session (the server is stopping)."""
        self.drop_spare()
        for entry in list(self.entries.values()):
            if entry.expiry is not None:
                entry.expiry.cancel()
            connection, entry.connection = entry.connection, None
            if connection is not None:
                connection.close(1001, "server stopping")
            entry.session.sink = _discard
            entry.session.close(timeout=0)
            entry.session.release_datasets()
        self.entries.clear()
        if self._data_pool is not None:
            self._data_pool.shutdown(wait=False, cancel_futures=True)
            self._data_pool = None

    def find_payload(self, digest: str, session_id: str) -> BinaryPayload | None:
        """A payload referenced by the current page of session ``session_id``, by digest."""
        entry = self.entries.get(session_id)
        if entry is None:
            return None
        if entry.connection is not None:
            found = entry.connection.tracker.payloads().get(digest)
            if found is not None:
                return found
        for node in list(entry.session.view.nodes.values()):
            for payload in payloads_in(node.props):
                if payload.digest == digest:
                    return payload
        return None


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
        self._resend: _Resend | None = None
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
        self._resend = _Resend()

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
