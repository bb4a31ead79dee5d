"""``BaseConnection``: the class every ``st.connection`` type derives from.

A connection reads its settings from ``st.secrets["connections"][<name>]`` (when a secrets
file, or AppTest's ``at.secrets``, has that section) and from the keyword arguments given
to ``st.connection``. It opens the underlying connection (``_connect``) at once, reopens it
after ``reset()``, and reopens it by itself when its secrets section changes.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

RawConnectionT = TypeVar("RawConnectionT")


def connection_secrets(name: str) -> dict[str, Any]:
    """The ``[connections.<name>]`` section of the app's secrets, or {} (no file, no section)."""
    try:
        from desk.runtime.secrets import secrets
    except ImportError:  # pragma: no cover - secrets module missing
        return {}
    try:
        if "connections" not in secrets:
            return {}
        section = secrets["connections"]
        if name not in section:
            return {}
        found = section[name]
    except (FileNotFoundError, KeyError):
        return {}
    if isinstance(found, Mapping):
        return _plain(found)
    return {}


def _plain(section: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _plain(value) if isinstance(value, Mapping) else value for key, value in section.items()}


def _digest(section: Mapping[str, Any]) -> str:
    text = json.dumps(section, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class BaseConnection(ABC, Generic[RawConnectionT]):
    """A named connection to a data source. Subclasses implement ``_connect``.

    Create connections with ``st.connection(name, type=...)``, not directly, so that every
    session shares one instance.
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._config_digest = _digest(self._secrets)
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    @property
    def _secrets(self) -> dict[str, Any]:
        """This connection's section of ``st.secrets`` (``[connections.<name>]``), as a dict."""
        return connection_secrets(self._connection_name)

    @property
    def _instance(self) -> RawConnectionT:
        """The underlying connection object, (re)opened when needed."""
        digest = _digest(self._secrets)
        if digest != self._config_digest:
            self._config_digest = digest
            self._raw_instance = None
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Open the underlying connection from ``self._secrets`` and ``kwargs``."""

    def reset(self) -> None:
        """Close nothing, forget the underlying connection: the next use opens a new one."""
        self._raw_instance = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raw = self.__dict__.get("_raw_instance")
        hint = ""
        if raw is not None and hasattr(raw, name):
            hint = f" The underlying {type(raw).__name__} has it: use conn._instance.{name}."
        raise AttributeError(f"{type(self).__name__} {self.__dict__.get('_connection_name')!r} has no attribute {name!r}.{hint}")

    def _repr_html_(self) -> str:
        configured = "configured in secrets.toml" if self._secrets else "configured by keyword arguments"
        doc = (type(self).__doc__ or "").strip().splitlines()
        summary = doc[0] if doc else ""
        return (
            f"<p><b>st.connection {self._connection_name}</b> ({type(self).__name__}), {configured}.</p>"
            + (f"<p>{summary}</p>" if summary else "")
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._connection_name!r}>"


# The name Streamlit used while connections were experimental.
ExperimentalBaseConnection = BaseConnection

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "RawConnectionT", "connection_secrets"]
