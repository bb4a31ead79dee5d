"""``desk run --dev``: rerun every session when the script or a local module is saved.

A polling watcher (no extra dependency, works on every OS and file system) checks the
modification times of the script's folder's ``.py`` files and ``.streamlit/*.toml`` every
``interval`` seconds. On a change it forgets the local modules that changed (so the next
``import`` reads them again), and asks every session to rerun. The script itself is
recompiled on its next run because the compile cache is keyed by its mtime and size.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("desk.reload")

IGNORED_DIRS = {"__pycache__", ".git", ".venv", "venv", "node_modules", "dist", "build", ".mypy_cache", ".pytest_cache"}
MAX_FILES = 5000


def watched_files(folder: Path) -> dict[Path, int]:
    """mtime_ns of the .py and config files under ``folder`` (bounded, skipping tool folders)."""
    found: dict[Path, int] = {}
    stack = [folder]
    while stack and len(found) < MAX_FILES:
        current = stack.pop()
        try:
            entries = list(current.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir():
                if entry.name not in IGNORED_DIRS and not entry.name.startswith(".") or entry.name == ".streamlit":
                    stack.append(entry)
            elif entry.suffix in (".py", ".toml"):
                try:
                    found[entry] = entry.stat().st_mtime_ns
                except OSError:
                    continue
    return found


def forget_local_modules(changed: set[Path]) -> list[str]:
    """Drop modules loaded from ``changed`` files from ``sys.modules``; returns their names."""
    names = []
    resolved = {path.resolve() for path in changed}
    for name, module in list(sys.modules.items()):
        filename = getattr(module, "__file__", None)
        if filename and Path(filename).resolve() in resolved:
            del sys.modules[name]
            names.append(name)
    return names


class Reloader:
    """Watches a script's folder on a daemon thread and calls ``on_change`` after a save."""

    def __init__(self, script: Path, on_change: Callable[[set[Path]], None], interval: float = 0.5) -> None:
        self.folder = script.resolve().parent
        self.on_change = on_change
        self.interval = interval
        self._stop = threading.Event()
        self._snapshot = watched_files(self.folder)
        self._thread = threading.Thread(target=self._run, name="desk-reload", daemon=True)

    def start(self) -> Reloader:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def check(self) -> set[Path]:
        """Compare with the last snapshot; returns the changed, added or removed files."""
        current = watched_files(self.folder)
        changed = {p for p, mtime in current.items() if self._snapshot.get(p) != mtime}
        changed |= set(self._snapshot) - set(current)
        self._snapshot = current
        return changed

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            changed = self.check()
            if changed:
                names = forget_local_modules(changed)
                log.info("reloading after changes to %s", ", ".join(sorted(p.name for p in changed)))
                if names:
                    log.debug("forgot modules %s", ", ".join(names))
                try:
                    self.on_change(changed)
                except Exception:
                    log.exception("reload failed")
