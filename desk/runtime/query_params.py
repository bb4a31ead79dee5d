"""``st.query_params``: the URL's query string as a dict of strings, synced both ways.

Reads give the last value of a key; ``get_all`` gives every value. Writes send the new
query string to the client, which updates its URL without a rerun.

A widget created with ``bind="query-params"`` owns the parameter named by its key
(``QueryBinding``): the session state seeds the widget from it and writes the widget's
value back after every registration, and the script may not set, delete or clear it
through ``st.query_params``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode

from desk.errors import DeskAPIError
from desk.protocol import QueryString

if TYPE_CHECKING:
    from desk.runtime.session import Session

RESERVED = ("embed", "embed_options")


@dataclass(frozen=True)
class QueryBinding:
    """How a widget's value and its URL parameter map to each other (``bind="query-params"``)."""

    param: str
    """The parameter's name: the widget's key."""
    read: Callable[[list[str]], Any]
    """The parameter's values -> the widget's value; raises (ValueError, DeskAPIError...) when invalid."""
    write: Callable[[Any], list[str]]
    """The widget's value -> the parameter's values."""


class QueryParams(MutableMapping[str, str]):
    """A session's query parameters."""

    def __init__(self, session: Session | None, query_string: str = "") -> None:
        self._session = session
        self._data: dict[str, list[str]] = {}
        self._bound: dict[str, str] = {}  # parameter -> id of the widget bound to it
        self.load(query_string)

    # ---------------------------------------------------------------- widget bindings
    def bind(self, param: str, widget_id: str) -> None:
        """Let the widget ``widget_id`` own ``param`` (a later widget with the same key takes it over)."""
        if param in RESERVED:
            raise DeskAPIError(
                f'Query parameter "{param}" is reserved: a widget cannot bind to it. Use another key.'
            )
        self._bound[param] = widget_id

    def unbind(self, widget_id: str) -> None:
        """The widget is gone: its parameter leaves the URL and becomes an ordinary one again."""
        for param, owner in list(self._bound.items()):
            if owner == widget_id:
                del self._bound[param]
                if self._data.pop(param, None) is not None:
                    self._changed()

    def is_bound(self, param: str) -> bool:
        return param in self._bound

    def set_bound(self, param: str, values: list[str]) -> None:
        """Write a bound parameter (no values removes it); tells the client only when it changed."""
        if values:
            if self._data.get(param) == values:
                return
            self._data[param] = list(values)
        elif self._data.pop(param, None) is None:
            return
        self._changed()

    def _check_unbound(self, keys: Iterable[str], action: str) -> None:
        bound = [key for key in keys if key in self._bound]
        if bound:
            names = ", ".join(repr(key) for key in bound)
            raise DeskAPIError(
                f"st.query_params: cannot {action} {names}: bound to a widget (bind='query-params'). "
                "Change the widget's value, e.g. through st.session_state, instead."
            )

    def load(self, query_string: str) -> None:
        """Replace the parameters with those of ``query_string`` (from the client)."""
        self._data = parse_qs(query_string.lstrip("?"), keep_blank_values=True)

    def _changed(self) -> None:
        if self._session is not None:
            self._session.send(QueryString(self.query_string()))

    def query_string(self) -> str:
        return urlencode([(k, v) for k, values in self._data.items() for v in values])

    def __getitem__(self, key: str) -> str:
        values = self._data.get(key)
        if key in RESERVED or not values:
            raise KeyError(f'st.query_params has no key "{key}".')
        return values[-1]

    def __setitem__(self, key: str, value: Any) -> None:
        if key in RESERVED:
            raise DeskAPIError(f'Query parameter "{key}" is reserved and cannot be set.')
        if isinstance(value, dict):
            raise DeskAPIError(f"Query parameter values must be strings or lists of strings, not a dict ({key!r}).")
        self._check_unbound([key], "set")
        if isinstance(value, (list, tuple)):
            self._data[key] = [str(v) for v in value]
        else:
            self._data[key] = [str(value)]
        self._changed()

    def __delitem__(self, key: str) -> None:
        if key not in self._data:
            raise KeyError(f'st.query_params has no key "{key}".')
        self._check_unbound([key], "delete")
        del self._data[key]
        self._changed()

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._data if k not in RESERVED])

    def __len__(self) -> int:
        return len([k for k in self._data if k not in RESERVED])

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        if key.startswith("_"):
            object.__setattr__(self, key, value)
        else:
            self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key``, or an empty list."""
        return list(self._data.get(key, [])) if key not in RESERVED else []

    def to_dict(self) -> dict[str, str]:
        """The last value of each key."""
        return {k: v[-1] for k, v in self._data.items() if v and k not in RESERVED}

    def from_dict(self, params: dict[str, Any] | Iterable[tuple[str, Any]]) -> None:
        """Replace all parameters at once (those bound to widgets stay)."""
        items = list(params.items() if isinstance(params, dict) else params)
        self._check_unbound([key for key, _ in items], "set")
        self._data = {k: v for k, v in self._data.items() if k in self._bound}  # widgets keep theirs
        for key, value in items:
            if isinstance(value, (list, tuple)):
                self._data[key] = [str(v) for v in value]
            else:
                self._data[key] = [str(value)]
        self._changed()

    def clear(self) -> None:
        self._check_unbound(self._data, "clear")
        self._data = {k: v for k, v in self._data.items() if k in RESERVED}
        self._changed()

    def update(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        changes = dict(*args, **kwargs)
        self._check_unbound(changes, "set")
        for key, value in changes.items():
            if key in RESERVED:
                raise DeskAPIError(f'Query parameter "{key}" is reserved and cannot be set.')
            self._data[key] = [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
        self._changed()


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: forwards to the current session's parameters."""

    def _target(self) -> QueryParams:
        from desk.runtime.context import get_run

        ctx = get_run()
        if ctx is None:
            return _BARE
        return ctx.session.query_params

    def __getitem__(self, key: str) -> str:
        return self._target()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._target()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._target()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._target())

    def __len__(self) -> int:
        return len(self._target())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        target = self._target()
        if key in ("get_all", "to_dict", "from_dict", "clear", "update", "query_string"):
            return getattr(target, key)
        return getattr(target, key)

    def __setattr__(self, key: str, value: Any) -> None:
        self._target()[key] = value

    def __delattr__(self, key: str) -> None:
        del self._target()[key]

    def __repr__(self) -> str:
        return repr(self._target())

    def get_all(self, key: str) -> list[str]:
        return self._target().get_all(key)

    def to_dict(self) -> dict[str, str]:
        return self._target().to_dict()

    def from_dict(self, params: dict[str, Any]) -> None:
        self._target().from_dict(params)

    def clear(self) -> None:
        self._target().clear()

    def update(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        self._target().update(*args, **kwargs)


_BARE = QueryParams(None)

query_params = QueryParamsProxy()
