"""What a socket sends, and what the client holds: the outgoing queue, held payloads, resending.

``OutgoingQueue`` keeps the messages waiting for a slow client, where a newer ``Delta``
for the same element replaces an older one; ``NewRun``, ``Same`` and ``RunFinished`` are
never dropped or reordered. ``PayloadTracker`` follows which binary payloads the client's
tree still references, so each is sent once. ``Resend`` turns the first full run after a
reconnect into Deltas only, because the reconnected client holds no nodes.
"""

from __future__ import annotations

from collections import deque

from desk.protocol import BinaryPayload, Delta, DeltaPath, NewRun, RunFinished, Same, ServerMessage
from desk.runtime.emitter import ClientView

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


class Resend:
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
