"""Where desk keeps per-app window state, and the app id that names it.

The app id is the one the persistent cache uses (the script's name plus a short SHA-256 of
its resolved path, or the bundle's name in a built app), so two scripts never share a window
state or a single-instance lock. Window size and position live in
``platformdirs.user_config_dir("desk")/windows/<app id>.json``. A missing, unreadable or
implausible file means the default size, centred.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.config import Settings

log = logging.getLogger("desk.shell")

DEFAULT_WIDTH = 1100
DEFAULT_HEIGHT = 760
MIN_WIDTH = 320
MIN_HEIGHT = 240
MAX_SIDE = 20000


def app_id(script_path: Path, settings: Settings) -> str:
    """The app's id, shared with its persistent cache: the ``app_id`` setting in a built app,
    else the script's name plus a digest of its resolved path."""
    from desk.cache.locations import app_id_of

    found = app_id_of(settings, script_path)
    assert found is not None  # a script path always gives one
    return found


def config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("desk", appauthor=False))


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("desk", appauthor=False))


def instance_dir() -> Path:
    """Where the single-instance lock and info files live."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("desk", appauthor=False)) / "instances"


@dataclass
class Geometry:
    """A window's size and, when known, its position and maximised state."""

    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    x: int | None = None
    y: int | None = None
    maximized: bool = False


def geometry_path(app: str) -> Path:
    return config_dir() / "windows" / f"{app}.json"


def _int(value: object, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


def load_geometry(app: str) -> Geometry:
    """The remembered geometry of ``app``, or the default one."""
    path = geometry_path(app)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Geometry()
    except (OSError, ValueError) as error:
        log.warning("Ignoring unreadable window state %s: %s", path, error)
        return Geometry()
    if not isinstance(data, dict):
        return Geometry()
    width = _int(data.get("width"), MIN_WIDTH, MAX_SIDE)
    height = _int(data.get("height"), MIN_HEIGHT, MAX_SIDE)
    x = _int(data.get("x"), -MAX_SIDE, MAX_SIDE)
    y = _int(data.get("y"), -MAX_SIDE, MAX_SIDE)
    geometry = Geometry(
        width or DEFAULT_WIDTH, height or DEFAULT_HEIGHT, maximized=data.get("maximized") is True
    )
    if x is not None and y is not None:
        geometry.x, geometry.y = x, y
    return geometry


def save_geometry(app: str, geometry: Geometry) -> None:
    """Remember ``geometry`` for ``app`` (atomic write; failures are logged, never raised)."""
    path = geometry_path(app)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(asdict(geometry)), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as error:
        log.warning("Could not save the window state to %s: %s", path, error)
