"""The in-memory tier: a small LRU store with a time-to-live, one per cached function.

``cache_resource`` keeps its objects here and nowhere else. ``cache_data`` keeps its hot
entries here (as pickled bytes, so each caller gets a copy) in front of the disk tier.
Storage sits behind the ``Store`` protocol, so tiers can be stacked without the
decorators knowing which ones are there.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

V = TypeVar("V")

# The clock of the memory tier. Tests replace it to move time forward.
monotonic: Callable[[], float] = time.monotonic


class Store(Protocol[V]):
    """What a tier offers the decorators."""

    def get(self, key: str) -> V | None: ...

    def set(self, key: str, value: V) -> None: ...

    def delete(self, key: str) -> None: ...

    def clear(self) -> None: ...


class MemoryStore(Generic[V]):
    """Entries by key, least recently used first, each with an optional expiry.

    Thread-safe. ``max_entries`` evicts the least recently used entry when full; ``ttl``
    (seconds) expires entries on the monotonic clock.
    """

    def __init__(self, *, ttl: float | None = None, max_entries: int | None = None) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[str, tuple[V, float | None]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> V | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            value, expires = found
            if expires is not None and monotonic() >= expires:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return value

    def set(self, key: str, value: V, *, ttl: float | None = None) -> None:
        """Store ``value``; ``ttl`` overrides the store's time-to-live for this entry."""
        lifetime = self.ttl if ttl is None else ttl
        expires = None if lifetime is None else monotonic() + lifetime
        with self._lock:
            self._entries[key] = (value, expires)
            self._entries.move_to_end(key)
            if self.max_entries is not None:
                while len(self._entries) > max(self.max_entries, 0):
                    self._entries.popitem(last=False)

    def delete(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
