"""Where the persistent cache lives: the cache root and the id of each app's folder in it.

The root is the ``cache.dir`` setting (env ``DESK_CACHE_DIR``), else the user's cache
folder (``platformdirs.user_cache_dir("desk")``). Each app has ``apps/<app id>/`` under
it; the id is a built app's name, or a script's name plus a digest of its resolved path.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.config import Settings

INDEX_NAME = "index.sqlite"
"""The file of an app's folder that indexes its entries (``desk.cache.index``)."""


def configured_root(settings: Settings) -> Path | None:
    """The cache root set explicitly (the ``cache.dir`` setting, or its env ``DESK_CACHE_DIR``)."""
    return Path(settings.cache_dir).expanduser() if settings.cache_dir else None


def cache_root(settings: Settings) -> Path:
    """Where desk keeps persistent caches for this user."""
    root = configured_root(settings)
    if root is not None:
        return root
    import platformdirs

    return Path(platformdirs.user_cache_dir("desk", appauthor=False))


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")
    return slug[:60] or "app"


def app_id_for_script(script: Path) -> str:
    """The app id of a script: its name plus a digest of its resolved path."""
    try:
        resolved = str(script.resolve())
    except OSError:
        resolved = str(script.absolute())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{_slug(script.stem)}-{digest}"


def app_id_of(settings: Settings, script: Path | None) -> str | None:
    """The app id: the ``app_id`` setting (a built app's name), else one derived from the script."""
    if settings.app_id:
        return _slug(settings.app_id)
    return app_id_for_script(script) if script is not None else None


def existing_disk_cache(settings: Settings, script: Path) -> tuple[Path, str] | None:
    """The cache root and app id of ``script``'s disk cache from an earlier run (its index exists), or None.

    Cheap, and needs neither SQLite nor the cache's modules: the server asks at launch.
    """
    if not settings.cache_persist:
        return None
    app_id = app_id_of(settings, script)
    if app_id is None:
        return None
    root = configured_root(settings) or cache_root(settings)
    return (root, app_id) if (root / "apps" / app_id / INDEX_NAME).is_file() else None


def has_disk_cache(settings: Settings, script: Path) -> bool:
    """True when the app of ``script`` has a disk cache from an earlier run (``existing_disk_cache``)."""
    return existing_disk_cache(settings, script) is not None
