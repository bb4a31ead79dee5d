"""The socket's write loop: a socket that closes in the middle of a batch of writes."""

from __future__ import annotations

import asyncio
import gc
import logging
from typing import Any

import pytest
from tornado.websocket import WebSocketClosedError

from desk.server.socket import DeskSocket


class ClosedSocket:
    """What ``DeskSocket._drain`` uses of its socket, for a peer that has gone: every write fails."""

    def __init__(self, loop: asyncio.AbstractEventLoop, messages: int) -> None:
        self.loop = loop
        self.queue = self
        self.left = messages
        self._closed = False
        self._writing = True
        self.writes = 0

    def pop(self) -> object | None:
        if self.left == 0:
            return None
        self.left -= 1
        return object()

    def _frames(self, message: object) -> list[str]:
        return ["a frame", "another frame"]

    def write_message(self, frame: str, binary: bool = False) -> asyncio.Future[None]:
        self.writes += 1
        failed: asyncio.Future[None] = self.loop.create_future()
        failed.set_exception(WebSocketClosedError())
        return failed

    def close(self, code: int, reason: str) -> None:
        raise AssertionError("a closed peer is not an internal error")


def test_a_peer_gone_mid_batch_fails_every_write_and_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="asyncio")

    async def scenario() -> ClosedSocket:
        fake = ClosedSocket(asyncio.get_running_loop(), messages=5)
        await DeskSocket._drain(fake)  # type: ignore[arg-type]
        return fake

    fake: Any = asyncio.run(scenario())
    gc.collect()
    assert fake.writes == 10 and fake._closed and not fake._writing
    assert not [r.getMessage() for r in caplog.records if "never retrieved" in r.getMessage()]
