"""``st.connection(name, type=None, max_entries=None, ttl=None, **kwargs)``.

The type is ``"sql"`` or ``"snowflake"`` (also guessed from a name that is one of those),
a ``BaseConnection`` subclass, a dotted path to one (``"my_pkg.MyConnection"``), or, when
``type`` is not given, the ``type`` key of the secrets section ``[connections.<name>]``.
A name of the form ``env:VAR`` is read from the environment variable ``VAR``.

Instances are created through ``st.cache_resource``, keyed by name, type and keyword
arguments, so every session shares one connection.
"""

from __future__ import annotations

import builtins
import importlib
import os
from datetime import timedelta
from typing import Any

from desk.connections.base import BaseConnection, connection_secrets
from desk.errors import DeskAPIError

FIRST_PARTY: dict[str, tuple[str, str]] = {
    "sql": ("desk.connections.sql", "SQLConnection"),
    "snowflake": ("desk.connections.snowflake", "SnowflakeConnection"),
    "snowpark": ("desk.connections.snowflake", "SnowflakeConnection"),
}
SPINNER = "Running `st.connection(...)`."


def _resolve_name(name: object) -> str:
    if not isinstance(name, str) or not name:
        raise DeskAPIError(f"st.connection: name must be a non-empty string, not {name!r}.")
    if name.startswith("env:"):
        variable = name[len("env:") :]
        value = os.environ.get(variable)
        if not value:
            raise DeskAPIError(
                f"st.connection({name!r}): the environment variable {variable} is not set. "
                f"Set it to the connection's name, or pass the name itself."
            )
        return value
    return name


def _import_class(path: str, name: str) -> type[Any]:
    module_name, _, class_name = path.rpartition(".")
    try:
        module = importlib.import_module(module_name)
        found: type[Any] = getattr(module, class_name)
    except (ImportError, AttributeError) as error:
        raise DeskAPIError(
            f"st.connection({name!r}): type {path!r} could not be imported ({error}). "
            "Pass 'sql', 'snowflake', a BaseConnection subclass, or its full dotted path (package.module.ClassName)."
        ) from None
    return found


def resolve_type(name: str, kind: object) -> type[BaseConnection[Any]]:
    """The connection class that ``kind`` (or the secrets, or the name) stands for."""
    if kind is None:
        configured = connection_secrets(name).get("type")
        kind = configured if configured is not None else (name if name in FIRST_PARTY else None)
    if kind is None:
        raise DeskAPIError(
            f"st.connection({name!r}): no connection type. Pass type='sql' (or 'snowflake', or a "
            f"BaseConnection subclass), or set type = \"sql\" in the [connections.{name}] section of secrets.toml."
        )
    if isinstance(kind, str):
        if kind in FIRST_PARTY:
            module, class_name = FIRST_PARTY[kind]
            found = _import_class(f"{module}.{class_name}", name)
        elif "." in kind:
            found = _import_class(kind, name)
        else:
            raise DeskAPIError(
                f"st.connection({name!r}): unknown type {kind!r}. Use one of {', '.join(map(repr, FIRST_PARTY))}, "
                "a BaseConnection subclass, or a dotted path to one."
            )
    else:
        found = kind  # type: ignore[assignment]
    if not isinstance(found, type) or not issubclass(found, BaseConnection):
        raise DeskAPIError(
            f"st.connection({name!r}): type must be a subclass of st.connections.BaseConnection, not {found!r}."
        )
    return found


def connection(
    name: str,
    type: str | builtins.type[BaseConnection[Any]] | None = None,
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    **kwargs: Any,
) -> Any:
    """Create, or reuse, the connection ``name``.

    Args:
        name: The connection's name: its secrets section is ``[connections.<name>]``.
            ``"env:VAR"`` takes the name from the environment variable ``VAR``.
        type: ``"sql"``, ``"snowflake"``, a ``BaseConnection`` subclass or a dotted path
            to one; None reads ``type`` from the secrets section.
        max_entries: How many differently configured connections of this kind to keep.
        ttl: How long to keep the connection before creating a new one.
        **kwargs: Settings for the connection (they win over the secrets).

    Returns:
        The connection instance, shared by every session.
    """
    from desk.cache.api import cache_resource

    resolved = _resolve_name(name)
    connection_class = resolve_type(resolved, type)
    def create(name: str, connection_class: builtins.type[BaseConnection[Any]], **kwargs: Any) -> BaseConnection[Any]:
        return connection_class(name, **kwargs)

    # One cache per name, class and cache options: max_entries and ttl apply to this connection
    # only, and connections with other options do not replace its cache.
    class_path = f"{connection_class.__module__}.{connection_class.__qualname__}"
    create.__qualname__ = f"connection[{resolved}|{class_path}|{max_entries}|{ttl}]"
    factory = cache_resource(max_entries=max_entries, ttl=ttl, show_spinner=SPINNER)(create)
    return factory(resolved, connection_class, **kwargs)


def experimental_connection(
    name: str,
    type: str | builtins.type[BaseConnection[Any]] | None = None,
    max_entries: int | None = None,
    ttl: float | timedelta | None = None,
    **kwargs: Any,
) -> Any:
    """Deprecated name of ``st.connection``."""
    from desk.elements.misc import warn_deprecated

    warn_deprecated("experimental_connection", "st.connection")
    return connection(name, type, max_entries, ttl, **kwargs)


__all__ = ["FIRST_PARTY", "connection", "experimental_connection", "resolve_type"]
