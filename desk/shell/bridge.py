"""The window's JavaScript API: native Save, Open and Folder dialogs for the page.

pywebview exposes every public method of :class:`Bridge` as
``window.pywebview.api.<name>(...)`` returning a Promise (a raised exception rejects it
with the message). The frontend uses it when present and falls back to browser behaviour
otherwise:

- ``save_file(suggested_name, base64_data) -> bool``: Save dialog, then the bytes are
  written; false when the user cancels. Used by ``st.download_button``.
- ``open_files(types, multiple) -> [{name, path, size, type, data}] | null``: Open dialog;
  ``data`` is the file's bytes in base64. Used by ``st.file_uploader``.
- ``pick_path(kind, types) -> string | string[] | null``: ``kind`` is ``"file"``,
  ``"files"``, ``"folder"`` or ``"save"``; returns absolute paths. Used by path pickers.

``types`` is a list of extensions (``["csv", ".txt"]``) or null for any file.

The server's Content-Security-Policy forbids ``eval`` and ``new Function``, which pywebview
uses to build ``window.pywebview.api``. So the methods are marked ``_serializable = False``
(pywebview then skips them and its own page script completes), and :data:`INSTALL_API_JS`,
run by the window after each page load through the CSP-exempt native call, defines them
with plain closures. Calls still go through pywebview's own channel to these methods.
"""

from __future__ import annotations

import base64
import binascii
import logging
import mimetypes
import os
import re
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger("desk.shell")

_EXTENSION = re.compile(r"^\w+(?:\.\w+)*$")
_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
KINDS = ("file", "files", "folder", "save")
API_METHODS = ("save_file", "open_files", "pick_path")

# Defines window.pywebview.api.<name> for API_METHODS without eval; "installed" or "skipped".
INSTALL_API_JS = """
(function (names) {
  var pv = window.pywebview;
  if (!pv || !pv.api || typeof pv._jsApiCallback !== 'function') { return 'skipped'; }
  names.forEach(function (name) {
    pv._returnValuesCallbacks[name] = pv._returnValuesCallbacks[name] || {};
    if (typeof pv.api[name] === 'function') { return; }
    pv.api[name] = function () {
      var id = (Math.random() + '').substring(2);
      var args = Array.prototype.slice.call(arguments);
      var promise = new Promise(function (resolve, reject) { pv._checkValue(name, resolve, reject, id); });
      pv._jsApiCallback(name, args, id);
      return promise;
    };
  });
  window.dispatchEvent(new CustomEvent('deskbridgeready'));
  return 'installed';
})(%s)
"""


def safe_file_name(suggested: object, default: str = "download") -> str:
    """A plain file name (no folders, no characters Windows forbids) from a suggested one."""
    name = str(suggested or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("_", name).strip(" .")
    return name[:200] or default


def file_filters(types: Sequence[str] | None) -> tuple[str, ...]:
    """pywebview file filters (``"Accepted files (*.csv;*.txt)"``) for a list of extensions."""
    if not types:
        return ()
    patterns: list[str] = []
    for item in types:
        extension = str(item).strip().lstrip("*").lstrip(".").lower()
        if _EXTENSION.match(extension) and f"*.{extension}" not in patterns:
            patterns.append(f"*.{extension}")
    if not patterns:
        return ()
    return (f"Accepted files ({';'.join(patterns)})",)


def _paths(result: Any) -> list[str]:
    """pywebview's dialog result (None, a string, or a sequence of strings) as a list of paths."""
    if result is None:
        return []
    if isinstance(result, str):
        return [result] if result else []
    return [str(item) for item in result if item]


class Bridge:
    """The object given to pywebview as ``js_api``. Only public methods are visible to the page."""

    def __init__(self, max_upload_mb: int = 200, start_dir: Path | None = None) -> None:
        self._window: Any = None
        self._max_bytes = max(1, max_upload_mb) * 1024 * 1024
        self._last_dir = str(start_dir or _default_dir())
        self._lock = threading.Lock()

    def _attach(self, window: Any) -> None:
        self._window = window

    def _dialog(self, dialog: str, **kwargs: Any) -> list[str]:
        import webview

        if self._window is None:
            raise RuntimeError("The window is not ready yet.")
        kind = {
            "open": webview.FileDialog.OPEN,
            "folder": webview.FileDialog.FOLDER,
            "save": webview.FileDialog.SAVE,
        }
        with self._lock:  # one native dialog at a time
            result = self._window.create_file_dialog(kind[dialog], directory=self._last_dir, **kwargs)
        paths = _paths(result)
        if paths:
            first = Path(paths[0])
            self._last_dir = str(first if dialog == "folder" else first.parent)
        return paths

    def save_file(self, suggested_name: str, base64_data: str) -> bool:
        """Ask where to save ``suggested_name`` and write the decoded bytes there. False on Cancel."""
        try:
            data = base64.b64decode(base64_data or "", validate=True)
        except (binascii.Error, ValueError, TypeError):
            raise ValueError("save_file: base64_data is not valid base64.") from None
        name = safe_file_name(suggested_name)
        paths = self._dialog("save", save_filename=name)
        if not paths:
            log.info("Download of %s cancelled", name)
            return False
        write_atomically(Path(paths[0]), data)
        log.info("Saved download %s (%d bytes) to %s", name, len(data), paths[0])
        return True

    def open_files(
        self, types: Sequence[str] | None = None, multiple: bool = False
    ) -> list[dict[str, Any]] | None:
        """Ask for one or more files and return their names, paths, sizes, types and base64 data."""
        paths = self._dialog("open", allow_multiple=bool(multiple), file_types=file_filters(types))
        if not paths:
            return None
        files = []
        for text in paths:
            path = Path(text)
            size = path.stat().st_size
            if size > self._max_bytes:
                limit = self._max_bytes // (1024 * 1024)
                raise ValueError(
                    f"{path.name} is larger than the upload limit of {limit} MB (server.maxUploadSize)."
                )
            files.append(
                {
                    "name": path.name,
                    "path": str(path.resolve()),
                    "size": size,
                    "type": mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                    "data": base64.b64encode(path.read_bytes()).decode("ascii"),
                }
            )
        return files

    def pick_path(self, kind: str = "file", types: Sequence[str] | None = None) -> str | list[str] | None:
        """Ask for a file, several files, a folder, or a file name to save to; absolute path(s) or None."""
        if kind not in KINDS:
            raise ValueError(f"pick_path: kind must be one of {', '.join(KINDS)}, not {kind!r}.")
        if kind == "folder":
            paths = self._dialog("folder")
        elif kind == "save":
            paths = self._dialog("save", save_filename="")
        else:
            paths = self._dialog("open", allow_multiple=kind == "files", file_types=file_filters(types))
        if not paths:
            return None
        resolved = [str(Path(p).resolve()) for p in paths]
        return resolved if kind == "files" else resolved[0]


for _name in API_METHODS:  # keep pywebview from generating these with new Function (see above)
    getattr(Bridge, _name)._serializable = False


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    fd, tmp = tempfile.mkstemp(prefix=".desk-", suffix=".part", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _default_dir() -> Path:
    downloads = Path.home() / "Downloads"
    return downloads if downloads.is_dir() else Path.home()
