"""Caching: ``st.cache_data``, ``st.cache_resource`` and the persistent disk tier.

``keys`` hashes functions and arguments, ``memory`` is the in-process tier, ``disk`` the
persistent one, ``api`` the decorators, and ``cli`` the ``desk cache`` command.

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


class _CallableModule(types.ModuleType):
    """``st.cache(...)`` keeps working when ``st.cache`` resolves to this package."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from desk.cache.api import legacy_cache

        return legacy_cache(*args, _stacklevel=3, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["clear_all_caches"]
