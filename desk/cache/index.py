"""The SQLite index of one app's disk cache: its schema and every query the cache makes.

``apps/<app id>/index.sqlite`` (WAL) holds one row per entry: key, function, name, size,
created, last used, expiry and format, plus the app's id and script in ``meta``. The
functions here take an open connection; the caller (``disk.DiskCache``) serialises their
use and renames or removes blobs inside ``transaction`` so that the file and its row
change together. Hits read through a connection of their own (``connect_reader``), so a
write in progress never holds them up. ``read_app_summary`` reads an index without
changing anything (for ``desk cache list``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desk.cache.locations import INDEX_NAME as INDEX_NAME  # re-exported: where the index lives

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY,
    function TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    created REAL NOT NULL,
    last_used REAL NOT NULL,
    expires REAL,
    format TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_by_function ON entries (function);
CREATE INDEX IF NOT EXISTS entries_by_last_used ON entries (last_used);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
"""


@dataclass
class EntryInfo:
    """One row of an app's index."""

    key: str
    function: str
    name: str
    size: int
    created: float
    last_used: float
    expires: float | None
    format: str


@dataclass
class Found:
    """What a lookup needs of a row: when it expires, its name, its creation time (its version) and format."""

    expires: float | None
    name: str
    created: float
    format: str


def connect(folder: Path, app_id: str, script: str | None) -> sqlite3.Connection:
    """Open (creating if needed) the index in ``folder``, in autocommit mode, and record the app in it."""
    conn = sqlite3.connect(folder / INDEX_NAME, timeout=10, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.executescript(_SCHEMA)
        with transaction(conn):
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('app_id', ?)", (app_id,))
            if script is not None:
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('script', ?)", (script,))
    except BaseException:
        conn.close()
        raise
    return conn


def connect_reader(folder: Path) -> sqlite3.Connection:
    """A second, read-only connection to the index in ``folder`` (which ``connect`` created), for hits.

    Under WAL it reads while another connection (or process) holds the write lock.
    """
    conn = sqlite3.connect(folder / INDEX_NAME, timeout=10, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def remove_index(folder: Path) -> None:
    """Delete the index in ``folder`` with its write-ahead log."""
    for suffix in ("", "-wal", "-shm"):
        (folder / f"{INDEX_NAME}{suffix}").unlink(missing_ok=True)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A write transaction: it holds the index's lock from its start (across processes)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def lookup(conn: sqlite3.Connection, key: str) -> Found | None:
    """The row of ``key`` (one indexed read), or None."""
    row = conn.execute("SELECT expires, name, created, format FROM entries WHERE key = ?", (key,)).fetchone()
    return None if row is None else Found(*row)


def insert(
    conn: sqlite3.Connection, key: str, *, function: str, name: str, size: int, now: float, expires: float | None, format: str
) -> None:
    """Add or replace the row of ``key``, created and last used ``now``."""
    conn.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (key, function, name, size, now, now, expires, format))


def record_uses(conn: sqlite3.Connection, uses: Mapping[str, float]) -> None:
    """Record the last use of entries (key -> time), in one transaction; an earlier time never wins."""
    if uses:
        with transaction(conn):
            conn.executemany("UPDATE entries SET last_used = MAX(last_used, ?) WHERE key = ?", [(t, k) for k, t in uses.items()])


def delete_if_unchanged(conn: sqlite3.Connection, key: str, created: float) -> bool:
    """Delete the row of ``key`` if it is still the one created at ``created``; True when deleted."""
    return bool(conn.execute("DELETE FROM entries WHERE key = ? AND created = ?", (key, created)).rowcount)


def delete_entries(conn: sqlite3.Connection, *, key: str | None = None, function: str | None = None) -> list[str]:
    """Delete the rows of one key, of one function, or (neither given) all; returns their keys.

    Call inside ``transaction``, and remove the returned keys' blobs in it.
    """
    where: str
    parameters: tuple[str, ...]
    if key is not None:
        where, parameters = "WHERE key = ?", (key,)
    elif function is not None:
        where, parameters = "WHERE function = ?", (function,)
    else:
        where, parameters = "", ()
    keys = [row[0] for row in conn.execute(f"SELECT key FROM entries {where}", parameters)]
    conn.execute(f"DELETE FROM entries {where}", parameters)
    return keys


def eviction_candidates(
    conn: sqlite3.Connection, function: str, max_entries: int | None, now: float, max_bytes: int
) -> list[tuple[str, float]]:
    """The rows ((key, created)) to evict: expired ones, a function's beyond ``max_entries``, then the
    least recently used while the cache is larger than ``max_bytes``."""
    rows = "SELECT key, created FROM entries"
    doomed: list[tuple[str, float]] = conn.execute(f"{rows} WHERE expires IS NOT NULL AND expires <= ?", (now,)).fetchall()
    if max_entries is not None:
        doomed += conn.execute(
            f"{rows} WHERE function = ? ORDER BY last_used DESC LIMIT -1 OFFSET ?", (function, max(max_entries, 0))
        ).fetchall()
    total = conn.execute("SELECT COALESCE(SUM(size), 0) FROM entries").fetchone()[0]
    if total > max_bytes:
        chosen = {key for key, _ in doomed}
        for key, created, size in conn.execute("SELECT key, created, size FROM entries ORDER BY last_used ASC, created ASC"):
            if total <= max_bytes:
                break
            if key not in chosen:
                doomed.append((key, created))
                total -= size
    return doomed


def has_arrow_entries(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM entries WHERE format = 'arrow' LIMIT 1").fetchone() is not None


def all_entries(conn: sqlite3.Connection) -> list[EntryInfo]:
    """Every row, most recently used first."""
    rows = conn.execute(
        "SELECT key, function, name, size, created, last_used, expires, format FROM entries ORDER BY last_used DESC"
    ).fetchall()
    return [EntryInfo(*row) for row in rows]


# ------------------------------------------------------------------------- inspection (CLI)


@dataclass
class AppSummary:
    """What ``desk cache list`` shows for one app."""

    app_id: str
    folder: Path
    script: str | None
    entries: int
    size: int
    last_used: float | None


def read_app_summary(folder: Path) -> AppSummary:
    """Summarise one app folder without creating or modifying anything."""
    index = folder / INDEX_NAME
    script = None
    entries, size, last_used = 0, 0, None
    if index.exists():
        conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT COUNT(*), COALESCE(SUM(size), 0), MAX(last_used) FROM entries").fetchone()
            entries, size, last_used = int(row[0]), int(row[1]), row[2]
            found = conn.execute("SELECT value FROM meta WHERE name = 'script'").fetchone()
            script = found[0] if found else None
        except sqlite3.Error:
            pass
        finally:
            conn.close()
    return AppSummary(folder.name, folder, script, entries, size, last_used)


def list_apps(root: Path) -> list[AppSummary]:
    """A summary of every app folder under the cache root ``root``."""
    apps = root / "apps"
    if not apps.is_dir():
        return []
    return [read_app_summary(folder) for folder in sorted(apps.iterdir()) if folder.is_dir()]
