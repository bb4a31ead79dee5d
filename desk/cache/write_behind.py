"""The disk cache's write-behind queue: one background thread that runs its jobs in order.

A cached call returns as soon as its value is computed; its entry reaches the disk here,
off the critical path, and so do the times of use of hits, gathered for a while first
(``submit_after``) so that a run of hits costs one write. Nothing is lost at a clean
exit: ``flush`` runs the delayed jobs at once and waits for the queue, and it runs at
interpreter exit (and ``desk run`` and the window call it before they stop).
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import deque
from collections.abc import Callable

log = logging.getLogger("desk.cache")


class WriteBehind:
    """One background thread that runs disk-cache jobs in order: new entries, and hits to record.

    A job is queued for a (store, key) pair; ``pending`` tells a reader that the key it
    wants is still being written, so it can ``flush`` first.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._jobs: deque[tuple[tuple[int, str], Callable[[], None]]] = deque()
        self._pending: dict[tuple[int, str], int] = {}
        self._delayed: list[tuple[float, Callable[[], None]]] = []  # (when it is due, job), in order of submission
        self._thread: threading.Thread | None = None
        self._registered = False

    def submit(self, store: object, key: str, job: Callable[[], None]) -> None:
        """Queue ``job``, which writes ``key`` of ``store``."""
        with self._changed:
            self._queue((id(store), key), job)
            self._start()
            self._changed.notify_all()

    def submit_after(self, delay: float, job: Callable[[], None]) -> None:
        """Queue ``job`` in ``delay`` seconds, or at the next ``flush`` if that comes first.

        For work that gains from waiting (recording hits: one write for all of them) and
        that no read waits for: it is not ``pending`` for any key.
        """
        with self._changed:
            self._delayed.append((time.monotonic() + delay, job))
            self._start()
            self._changed.notify_all()

    def _queue(self, ident: tuple[int, str], job: Callable[[], None]) -> None:
        self._jobs.append((ident, job))
        self._pending[ident] = self._pending.get(ident, 0) + 1

    def _promote(self, everything: bool = False) -> None:
        """Queue the delayed jobs that are due (all of them with ``everything``), in order."""
        now = time.monotonic()
        waiting = []
        for due, job in self._delayed:
            if everything or due <= now:
                self._queue((0, ""), job)
            else:
                waiting.append((due, job))
        self._delayed = waiting

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="desk-cache-writer", daemon=True)
            self._thread.start()
            if not self._registered:
                self._registered = True
                atexit.register(self.flush)

    def pending(self, store: object, key: str) -> bool:
        """True while a job for ``key`` of ``store`` is queued or running."""
        with self._changed:
            return (id(store), key) in self._pending

    def flush(self, timeout: float | None = None) -> bool:
        """Run the delayed jobs now and wait until every queued job has run; False when ``timeout`` passed first."""
        with self._changed:
            if self._delayed:
                self._promote(everything=True)
                self._changed.notify_all()
            if threading.current_thread() is self._thread:
                return not self._jobs
            return self._changed.wait_for(lambda: not self._jobs, timeout)

    def _run(self) -> None:
        while True:
            with self._changed:
                while True:
                    self._promote()
                    if self._jobs:
                        break
                    wake = min(due for due, _ in self._delayed) - time.monotonic() if self._delayed else None
                    self._changed.wait(wake)
                ident, job = self._jobs[0]
            try:
                job()
            except Exception as error:  # a job logs its own faults; this is the last resort
                log.warning("desk cache: a background write failed: %s: %s", type(error).__name__, error)
            finally:
                with self._changed:
                    self._jobs.popleft()
                    left = self._pending[ident] - 1
                    if left:
                        self._pending[ident] = left
                    else:
                        del self._pending[ident]
                    self._changed.notify_all()


writer = WriteBehind()


def flush_writes(timeout: float | None = None) -> bool:
    """Wait until this process's pending disk-cache writes are on disk; False on timeout."""
    return writer.flush(timeout)
