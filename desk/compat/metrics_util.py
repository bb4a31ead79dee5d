"""``streamlit.runtime.metrics_util``: desk gathers no usage metrics, so its decorator changes nothing.

Component packages decorate their public functions with ``@gather_metrics("name")`` (or
``gather_metrics("name", func)``); both forms hand the function back as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, overload

F = TypeVar("F", bound=Callable[..., Any])


@overload
def gather_metrics(name: str, func: None = None) -> Callable[[F], F]: ...


@overload
def gather_metrics(name: str, func: F) -> F: ...


def gather_metrics(name: str, func: F | None = None) -> Callable[[F], F] | F:
    """Return ``func`` unchanged, or a decorator that returns the function it decorates."""
    if func is not None:
        return func

    def keep(function: F) -> F:
        return function

    return keep


__all__ = ["gather_metrics"]
