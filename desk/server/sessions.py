"""The server's sessions: the registry of live sessions, by id, and the session started at launch.

The first ``Hello`` on a socket creates a session, or resumes the session named by
``Hello.session_id`` when that session lost its socket less than
``settings.disconnected_session_ttl`` seconds ago.

The first session starts before any client: ``SessionRegistry.start_spare`` runs the
script when the server starts, so its first run overlaps the page's loading, and keeps
what it sends. The first ``Hello`` that starts a new session on the main page with no query
string adopts it and gets those messages at once. A run that read ``st.context`` (which
the client fills in) is not adopted: the client gets a session of its own, as it would
without the spare. A spare nobody adopts within ``SPARE_TTL`` seconds is closed.

The registry knows a socket only as a ``Connection`` (what it needs of one), so it sits
below the socket handler that uses it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from desk.cache import clear_all_caches
from desk.config import Settings
from desk.protocol import BinaryPayload, Hello, ServerMessage
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.server.outgoing import PayloadTracker
from desk.server.wire import payloads_in

log = logging.getLogger("desk.server.socket")

DATA_WORKERS = 2
"""Threads that answer ``DataRequest`` messages (sorting a large table can take seconds)."""
SPARE_TTL = 30.0
"""Seconds the session started at launch waits for a client before it is closed."""


class Connection(Protocol):
    """What the registry needs of a client's socket (``socket.DeskSocket``)."""

    entry: SessionEntry | None
    tracker: PayloadTracker

    def sink(self, message: ServerMessage) -> None: ...

    def context_info(self) -> dict[str, Any]: ...

    def begin_resend(self) -> None: ...

    def close(self, code: int | None = None, reason: str | None = None) -> None: ...


@dataclass
class SessionEntry:
    """A live session and the socket it talks through (None while disconnected)."""

    session: Session
    connection: Connection | None = None
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

    def __init__(self, script_path: Path, settings: Settings) -> None:
        self.script_path = script_path
        self.settings = settings
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
        settings = self.settings
        return Session(
            ScriptSource(self.script_path),
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

    def _adopt_spare(self, connection: Connection, hello: Hello) -> SessionEntry | None:
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

    def attach(self, connection: Connection, hello: Hello) -> tuple[SessionEntry, Literal["new", "resumed", "adopted"]]:
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

    def detach(self, connection: Connection) -> None:
        """The socket closed: keep the session for a while, in case the tab comes back."""
        entry = connection.entry
        if entry is None or entry.connection is not connection:
            return
        entry.connection = None
        entry.session.sink = _discard
        ttl = max(0.0, float(self.settings.disconnected_session_ttl))
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
