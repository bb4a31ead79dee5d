"""``desk cache list | info APP | clear [APP]``: inspect and clear the persistent caches.

An app can be named by its id (as ``desk cache list`` shows it), by a unique prefix of
the id, or by the path of its script.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from desk.cache import disk, index, locations
from desk.config import load_settings

USAGE = """usage: desk cache list
       desk cache info APP
       desk cache clear [APP]

APP is an app id from `desk cache list`, a unique prefix of one, or the path of the app's script."""


def human_size(size: int) -> str:
    """``1536`` -> ``"1.5 KB"``."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"  # pragma: no cover


def human_time(stamp: float | None) -> str:
    if stamp is None:
        return "never"
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """A plain-text table with aligned columns; columns listed in ``right`` align right."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=False)]

    def line(cells: Sequence[str]) -> str:
        out = [cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(cells, widths, strict=False))]
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(row) for row in rows)])


class UnknownApp(Exception):
    """The name given does not match one app cache."""


def resolve_app(root: Path, name: str) -> index.AppSummary:
    """The app a user named: an id, a unique id prefix, or a script path."""
    apps = index.list_apps(root)
    by_id = {app.app_id: app for app in apps}
    if name in by_id:
        return by_id[name]
    as_path = Path(name)
    if as_path.suffix == ".py" or as_path.exists():
        app_id = locations.app_id_for_script(as_path)
        if app_id in by_id:
            return by_id[app_id]
    matches = [app for app in apps if app.app_id.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    if not apps:
        raise UnknownApp(f"desk cache: no cache for app {name!r}: there are no app caches in {root} yet.")
    known = ", ".join(app.app_id for app in apps)
    if matches:
        raise UnknownApp(f"desk cache: {name!r} matches several apps ({', '.join(a.app_id for a in matches)}). Give more of the id.")
    raise UnknownApp(f"desk cache: no cache for app {name!r}. Known apps: {known}. Run `desk cache list` to see them.")


def cmd_list(root: Path, out: TextIO) -> int:
    apps = index.list_apps(root)
    if not apps:
        print(f"No app caches in {root}.", file=out)
        return 0
    rows = [
        [app.app_id, str(app.entries), human_size(app.size), human_time(app.last_used), app.script or "?"] for app in apps
    ]
    print(format_table(["APP", "ENTRIES", "SIZE", "LAST USED", "SCRIPT"], rows, right=(1, 2)), file=out)
    total = sum(app.size for app in apps)
    print(f"\n{len(apps)} app(s), {human_size(total)} in {root}", file=out)
    return 0


def cmd_info(root: Path, name: str, out: TextIO) -> int:
    app = resolve_app(root, name)
    print(f"App:       {app.app_id}", file=out)
    print(f"Script:    {app.script or '?'}", file=out)
    print(f"Folder:    {app.folder}", file=out)
    print(f"Entries:   {app.entries} ({human_size(app.size)})", file=out)
    print(f"Last used: {human_time(app.last_used)}", file=out)
    entries = disk.DiskCache(root, app.app_id).entries() if app.entries else []
    if not entries:
        return 0
    groups: dict[tuple[str, str], list[index.EntryInfo]] = defaultdict(list)
    for entry in entries:
        groups[(entry.name, entry.function)].append(entry)
    rows = []
    for (func_name, _), items in sorted(groups.items()):
        size = sum(item.size for item in items)
        formats = ", ".join(sorted({item.format for item in items}))
        rows.append([func_name, str(len(items)), human_size(size), human_time(max(i.last_used for i in items)), formats])
    print("", file=out)
    print(format_table(["FUNCTION", "ENTRIES", "SIZE", "LAST USED", "FORMAT"], rows, right=(1, 2)), file=out)
    return 0


def cmd_clear(root: Path, name: str | None, out: TextIO) -> int:
    apps = [resolve_app(root, name)] if name is not None else index.list_apps(root)
    if not apps:
        print(f"No app caches in {root}: nothing to clear.", file=out)
        return 0
    rows = []
    for app in apps:
        store = disk.DiskCache(root, app.app_id)
        store.clear()
        store.close()
        if store.disabled:
            print(f"desk cache: could not clear {app.app_id} (see the warning above).", file=sys.stderr)
            return 1
        rows.append([app.app_id, str(app.entries), human_size(app.size)])
    print(format_table(["CLEARED APP", "ENTRIES", "SIZE"], rows, right=(1, 2)), file=out)
    return 0


def main(argv: list[str]) -> int:
    """Entry point of ``desk cache``. Returns the exit code."""
    out = sys.stdout
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(USAGE, file=out if argv else sys.stderr)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    root = locations.cache_root(load_settings())
    try:
        if command == "list" and not rest:
            return cmd_list(root, out)
        if command == "info" and len(rest) == 1:
            return cmd_info(root, rest[0], out)
        if command == "clear" and len(rest) <= 1:
            return cmd_clear(root, rest[0] if rest else None, out)
    except UnknownApp as problem:
        print(str(problem), file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:
        print(f"desk cache: could not read the caches in {root}: {error}", file=sys.stderr)
        return 1
    print(f"desk cache: unknown command {' '.join(argv)!r}.\n{USAGE}", file=sys.stderr)
    return 2
