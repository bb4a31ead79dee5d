"""The persistent tier's facade: ``DiskCache``, one app's entries on disk, shared by threads and processes.

Layout under the cache root (``locations``), folders mode 0700 and files mode 0600::

    secret.key                        per-user HMAC key (``secret``): refused unless it is this
                                      user's and private (the tier is then off: memory only)
    apps/<app id>/index.sqlite        one row per entry (``index``)
    apps/<app id>/blobs/<key>.blob    one signed file per entry (``blobs``, ``encoding``, ``frames``)

New entries and the times of use of hits are written in the background (``write_behind``).

Several processes share one cache. Every rename or removal of a blob happens inside a
write transaction of the index, so a process that drops or evicts an entry sees exactly
the file it decided about: it never removes an entry that another process has just
replaced.

Faults never reach the app: a bad blob is deleted, logged and reported as a miss; a
folder that cannot be written (read-only, full disk) turns the tier off for the rest of
the process with one logged warning, and caching continues in memory.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.cache import index
from desk.cache.blobs import BlobError, blob_file, read_blob, remove_stray, write_blob
from desk.cache.encoding import Encoded
from desk.cache.index import INDEX_NAME, EntryInfo, transaction
from desk.cache.secret import UnsafeCacheError, load_secret, make_private_dirs, make_private_file
from desk.cache.write_behind import writer

log = logging.getLogger("desk.cache")

# The wall clock of the disk tier (entries outlive the process). Tests replace it.
wall_clock: Callable[[], float] = time.time

USE_RECORD_DELAY = 1.0
"""Seconds the times of use of hits are gathered before one write records them all."""


@dataclass
class DiskEntry:
    """What a disk hit returns."""

    value: Any
    extra: Any
    expires: float | None
    format: str


class DiskCache:
    """The persistent cache of one app. Safe to share between threads and processes."""

    def __init__(self, root: Path, app_id: str, *, script: str | None = None, max_bytes: int = 1024 * 1024 * 1024) -> None:
        self.root = root
        self.app_id = app_id
        self.folder = root / "apps" / app_id
        self.blobs = self.folder / "blobs"
        self.script = script
        self.max_bytes = max_bytes
        self.disabled = False
        # Locks, always taken in this order: _lock (the write connection and every change),
        # then _read_lock (the hits' connection, held for one query). A hit takes only the
        # second, and _touch_lock for the times of use it leaves to the background.
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._read_lock = threading.Lock()
        self._reader: sqlite3.Connection | None = None
        self._secret: bytes | None = None
        self._touch_lock = threading.Lock()
        self._touches: dict[str, float] = {}  # hits not yet recorded in the index: key -> time

    # -- plumbing
    def _open(self) -> sqlite3.Connection:
        if self._conn is None:
            self._secret = load_secret(self.root)
            make_private_dirs(self.root / "apps", self.folder, self.blobs)
            make_private_file(self.folder / INDEX_NAME)
            try:
                self._conn = index.connect(self.folder, self.app_id, self.script)
            except sqlite3.DatabaseError as error:
                if isinstance(error, sqlite3.OperationalError):
                    raise
                self._start_over(error)
                self._conn = index.connect(self.folder, self.app_id, self.script)
        return self._conn

    def _start_over(self, error: BaseException) -> None:
        """A corrupt index: remove it and its blobs, so the cache starts empty."""
        log.warning("desk cache: the index of app %s is corrupt (%s); starting with an empty cache.", self.app_id, error)
        index.remove_index(self.folder)
        for stray in self.blobs.iterdir():
            remove_stray(stray)

    def _degrade(self, action: str, error: BaseException) -> None:
        if not self.disabled:
            self.disabled = True
            if isinstance(error, UnsafeCacheError):
                log.warning("desk cache: %s. Caching continues in memory only for app %s.", error.strerror, self.app_id)
                self.close()
                return
            log.warning(
                "desk cache: could not %s in %s (%s). Caching continues in memory only for this app; "
                "free some disk space or fix the folder's permissions, then restart the app.",
                action,
                self.folder,
                error,
            )
        self.close()

    def _lookup(self, key: str) -> index.Found | None:
        """The row of ``key``, read through the hits' own connection: one indexed read, no lock of the index."""
        if self._reader is None:
            with self._lock:
                self._open()  # the key, the folders and the schema
        with self._read_lock:
            if self._reader is None:
                self._reader = index.connect_reader(self.folder)
            return index.lookup(self._reader, key)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                except sqlite3.Error:
                    pass
                self._conn = None
            with self._read_lock:
                if self._reader is not None:
                    try:
                        self._reader.close()
                    except sqlite3.Error:
                        pass
                    self._reader = None

    def blob_path(self, key: str) -> Path:
        """The blob file of ``key``. Keys are hex digests; anything else is refused (ValueError)."""
        return blob_file(self.blobs, key)

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                log.warning("desk cache: %s skipped, the index of %s is busy (%s).", action, self.app_id, error)
            else:
                self._degrade(action, error)
        except (OSError, sqlite3.Error) as error:
            self._degrade(action, error)

    # -- reads
    def get(self, key: str) -> tuple[Any, Any, float | None] | None:
        """(value, extra, expiry time) for ``key``, or None on a miss. Bad entries are deleted and logged."""
        found = self.read(key)
        return None if found is None else (found.value, found.extra, found.expires)

    def read(self, key: str, *, use: bool = True) -> DiskEntry | None:
        """The entry of ``key``, or None on a miss. Bad entries are deleted and logged.

        ``use=False`` reads without counting a use (the write-behind thread reading back
        what it wrote).

        A hit costs one indexed read of the index, through a connection of its own: it
        never waits for a write of this process or another (the index is in WAL mode). Its
        time of use is recorded later, in the background, with those of the hits of the
        next ``USE_RECORD_DELAY`` seconds (``_record_touches``).
        """
        if self.disabled:
            return None
        if writer.pending(self, key):  # this process is still writing it
            writer.flush()
        with self._guard("read the cache"):
            row = self._lookup(key)
            if row is None:
                return None
            now = wall_clock()
            if row.expires is not None and now >= row.expires:
                with self._lock:
                    self._delete_rows([(key, row.created)])
                return None
            assert self._secret is not None
            try:
                value, extra = read_blob(self.blob_path(key), key, self._secret)
            except BlobError as problem:
                with self._lock:
                    dropped = self._drop(key, row.created, problem.identity)
                if dropped:
                    log.warning("desk cache: the entry of %s in app %s was dropped and recomputed: %s.", row.name, self.app_id, problem)
                return None
            if not use:
                return DiskEntry(value, extra, row.expires, row.format)
            with self._touch_lock:
                schedule = not self._touches
                self._touches[key] = max(now, self._touches.get(key, now))
            if schedule:
                writer.submit_after(USE_RECORD_DELAY, self._record_touches)
            return DiskEntry(value, extra, row.expires, row.format)
        return None

    def _record_touches(self) -> None:
        """Write the times of use of the hits so far (on the write-behind thread, and at exit)."""
        with self._lock, self._guard("record cache hits"):
            if self._touches and not self.disabled:
                self._apply_touches(self._open())

    def _apply_touches(self, conn: sqlite3.Connection) -> None:
        with self._touch_lock:
            touches, self._touches = self._touches, {}
        index.record_uses(conn, touches)

    # -- writes
    def put(
        self,
        key: str,
        *,
        function: str,
        name: str,
        encoded: Encoded,
        ttl: float | None = None,
        max_entries: int | None = None,
    ) -> bool:
        """Store an entry. Returns False when the tier is (or just became) unavailable."""
        if self.disabled:
            return False
        with self._lock, self._guard("write the cache"):
            conn = self._open()
            assert self._secret is not None
            path = self.blob_path(key)
            temp, size = write_blob(path, key, encoded, self._secret)
            try:
                now = wall_clock()
                expires = None if ttl is None else now + ttl
                with transaction(conn):  # the rename and the row change together, under the index's lock
                    os.replace(temp, path)
                    index.insert(conn, key, function=function, name=name, size=size, now=now, expires=expires, format=encoded.format)
            finally:
                temp.unlink(missing_ok=True)
            self._apply_touches(conn)
            doomed = index.eviction_candidates(conn, function, max_entries, now, self.max_bytes)
            if doomed:
                self._delete_rows(doomed)
            return True
        return False

    def _delete_rows(self, rows: list[tuple[str, float]]) -> None:
        """Delete entries as they were read ((key, created)): a row replaced since then stays, and so does its blob."""
        conn = self._open()
        with transaction(conn):
            for key, created in rows:
                if index.delete_if_unchanged(conn, key, created):
                    self._unlink_blob(key)

    def _drop(self, key: str, created: float, identity: tuple[int, int] | None) -> bool:
        """Drop an entry whose blob failed to read, unless another process has replaced it meanwhile.

        Returns True when the entry was dropped (False: the entry is newer than the blob read).
        """
        conn = self._open()
        with transaction(conn):  # blobs are only renamed or removed under this lock
            if identity is not None:
                try:
                    info = os.stat(self.blob_path(key))
                except FileNotFoundError:
                    info = None
                if info is not None and (info.st_dev, info.st_ino) != identity:
                    return False  # a fresh blob from another process
            if not index.delete_if_unchanged(conn, key, created):
                return False  # the row was replaced (or dropped) by another process
            if identity is not None:
                self._unlink_blob(key)
        return True

    def _unlink_blob(self, key: str) -> None:
        """Remove a blob. Call inside a transaction of the index."""
        try:
            path = self.blob_path(key)
        except ValueError as error:  # a crafted row: never turn it into a path
            log.warning("%s; its row was removed, no file was touched.", error)
            return
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("desk cache: could not delete %s: %s", path, error)

    def _delete_entries(self, *, key: str | None = None, function: str | None = None) -> None:
        conn = self._open()
        with transaction(conn):
            for deleted in index.delete_entries(conn, key=key, function=function):
                self._unlink_blob(deleted)

    def put_later(self, key: str, job: Callable[[], None]) -> None:
        """Run ``job`` (which calls ``put`` for ``key``) in the background; reads of ``key`` wait for it."""
        writer.submit(self, key, job)

    def delete(self, key: str) -> None:
        if self.disabled:
            return
        writer.flush()  # a pending write must not bring the entry back
        with self._lock, self._guard("delete a cache entry"):
            self._delete_entries(key=key)

    def delete_function(self, function: str) -> None:
        """Delete every entry of one cached function."""
        if self.disabled:
            return
        writer.flush()
        with self._lock, self._guard("clear a cached function"):
            self._delete_entries(function=function)

    def clear(self) -> None:
        """Delete every entry of this app."""
        if self.disabled:
            return
        writer.flush()
        with self._lock, self._guard("clear the cache"):
            self._delete_entries()
            for stray in self.blobs.iterdir():
                remove_stray(stray)

    def has_arrow_entries(self) -> bool:
        """Open the index (as a first read would) and say whether any entry is stored as Arrow."""
        if self.disabled:
            return False
        with self._lock, self._guard("read the cache"):
            return index.has_arrow_entries(self._open())
        return False

    def prepare_reads(self) -> None:
        """Open the hits' own connection now (at start), so the first hit does not pay for it."""
        if self.disabled:
            return
        with self._guard("read the cache"):
            self._lookup("0")

    def entries(self) -> list[EntryInfo]:
        writer.flush()
        with self._lock:
            return index.all_entries(self._open())
