"""Streamlit keyword parameters that desk accepts but does not implement yet.

Scripts written for a newer Streamlit pass keywords desk has no use for yet (``alt=``,
``wrap=``, ``bind=``, ``persist_state=``...). Failing with a TypeError would break a script
that works in Streamlit, so each public function declares those keywords with Streamlit's
default through :func:`tolerates`. A call that passes one runs as if it had not and, when
the value differs from that default, warns once per process (``DeskAPIWarning``) naming
the function and the parameter. The keywords show in the function's signature, so help()
and editors list them.
"""

from __future__ import annotations

import functools
import inspect
import threading
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

from desk.errors import DeskAPIWarning

F = TypeVar("F", bound=Callable[..., Any])

_warned: set[tuple[str, str]] = set()
_warned_lock = threading.Lock()


def tolerates(func_name: str, **defaults: Any) -> Callable[[F], F]:
    """Let ``st.<func_name>`` accept the keyword parameters in ``defaults`` and ignore them.

    ``defaults`` maps each parameter to Streamlit's default value for it; passing that value
    explicitly is silent.
    """

    def decorate(function: F) -> F:
        names = frozenset(defaults)

        @functools.wraps(function)
        def accept_and_drop(*args: Any, **kwargs: Any) -> Any:
            if kwargs and not names.isdisjoint(kwargs):
                for name in names.intersection(kwargs):
                    value = kwargs.pop(name)
                    if not _is_default(value, defaults[name]):
                        warn_ignored(func_name, name)
            return function(*args, **kwargs)

        accept_and_drop.__signature__ = _with_keywords(function, defaults)  # type: ignore[attr-defined]
        accept_and_drop.__desk_tolerated__ = names  # type: ignore[attr-defined]
        return accept_and_drop  # type: ignore[return-value]

    return decorate


def warn_ignored(func_name: str, name: str) -> None:
    """Warn, once per process, that ``st.<func_name>`` ignores its ``name`` parameter."""
    with _warned_lock:
        if (func_name, name) in _warned:
            return
        _warned.add((func_name, name))
    warnings.warn(
        f"st.{func_name}: desk does not support the '{name}' parameter yet and ignores it; "
        f"the call runs as if '{name}' had been left out. Remove it to silence this warning.",
        DeskAPIWarning,
        stacklevel=3,
    )


def reset_ignored_warnings() -> None:
    """Forget which of these warnings were shown (for tests)."""
    with _warned_lock:
        _warned.clear()


def _is_default(value: Any, default: Any) -> bool:
    if value is default:
        return True
    try:
        return bool(type(value) is type(default) and value == default)
    except Exception:  # a value whose == raises or is ambiguous (arrays) is not the default
        return False


def _with_keywords(function: Callable[..., Any], defaults: dict[str, Any]) -> inspect.Signature:
    """``function``'s signature with ``defaults`` added as keyword-only parameters (before ``**kwargs``)."""
    signature = inspect.signature(function)
    clash = set(defaults) & set(signature.parameters)
    if clash:
        raise TypeError(f"{function.__qualname__} implements {sorted(clash)}; they cannot also be tolerated")
    params = list(signature.parameters.values())
    var_keyword = [p for p in params if p.kind is inspect.Parameter.VAR_KEYWORD]
    params = [p for p in params if p.kind is not inspect.Parameter.VAR_KEYWORD]
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default) for name, default in defaults.items()]
    return signature.replace(parameters=params + added + var_keyword)
