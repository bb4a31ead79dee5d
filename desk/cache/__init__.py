"""Caching: ``st.cache_data``, ``st.cache_resource`` and the persistent disk tier.

``keys`` hashes functions and arguments, ``memory`` is the in-process tier, ``disk`` the
persistent one (built from ``locations``, ``secret``, ``index``, ``blobs``, ``encoding``,
``frames`` and ``write_behind``), ``api`` the decorators, and ``cli`` the ``desk cache`` command.

This package shares its name with the legacy ``st.cache`` decorator: once it is imported,
``desk.cache`` is this module, so the module itself is callable and behaves as ``st.cache``.
"""

from __future__ import annotations

import sys
import types
from typing import Any


def clear_all_caches() -> None:
    """Clear every ``cache_data`` and ``cache_resource`` entry (memory, and the apps' disk caches)."""
    from desk.cache.api import clear_all

    clear_all()


FLUSH_LIMIT = 120.0
"""Seconds a stopping app waits for its cache entries to reach the disk."""


def flush_pending_writes(timeout: float = FLUSH_LIMIT) -> bool:
    """Wait until the disk-cache entries still being written in the background are on disk.

    Called by ``desk run`` and the window before a forced exit, so that no entry is lost
    at a clean exit. Returns False (and logs) when ``timeout`` passed first.
    """
    if "desk.cache.write_behind" not in sys.modules:
        return True
    from desk.cache.write_behind import flush_writes, log

    if flush_writes(timeout):
        return True
    log.warning("desk cache: entries still being written after %.0f s were abandoned at exit.", timeout)
    return False


class _CallableModule(types.ModuleType):
    """``st.cache(...)`` keeps working when ``st.cache`` resolves to this package."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from desk.cache.api import legacy_cache

        return legacy_cache(*args, _stacklevel=3, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["clear_all_caches", "flush_pending_writes"]
