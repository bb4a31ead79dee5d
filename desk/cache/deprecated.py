"""``st.experimental_memo`` and ``st.experimental_singleton``: the old names of the cache decorators."""

from __future__ import annotations

from typing import Any

from desk.cache.api import cache_data, cache_resource
from desk.elements.misc import warn_deprecated


class _DeprecatedDecorator:
    """An old cache decorator name: warns once, then behaves exactly like its replacement."""

    def __init__(self, name: str, replacement: str, target: Any) -> None:
        self._name = name
        self._replacement = replacement
        self._target = target

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        warn_deprecated(self._name, self._replacement)
        return self._target(*args, **kwargs)

    def clear(self) -> None:
        warn_deprecated(self._name, self._replacement)
        self._target.clear()

    def __repr__(self) -> str:
        return f"<st.{self._name}: deprecated, use {self._replacement}>"


experimental_memo = _DeprecatedDecorator("experimental_memo", "st.cache_data", cache_data)
experimental_singleton = _DeprecatedDecorator("experimental_singleton", "st.cache_resource", cache_resource)
