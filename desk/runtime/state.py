"""Session state: user keys and widget values in one store, widget ids, callbacks, cleanup.

Widget values are stored by widget id; a widget's ``key`` maps to its id, so
``st.session_state[key]`` reads and writes the widget's value. The rules follow
Streamlit's documented behaviour:

- setting a key before its widget renders sets the widget's value (``set_value``);
- setting it after the widget rendered in this run raises ``WidgetValueModifiedError``;
- buttons, uploads, chat input and forms cannot be set at all;
- callbacks run before the script body, for every widget whose value changed;
- after a completed run, the state of widgets that were not rendered is deleted;
- a widget bound to the URL (``bind="query-params"``) takes its first value from its query
  parameter when that holds a valid one, and writes its value back there on every
  registration (a value equal to the default removes the parameter);
- a keyed widget with ``persist_state`` keeps its value under its key while it is not
  drawn: "session" for the whole session, "page" until the page changes (a bound widget's
  value lives in the URL, so it always keeps it);
- a widget may show its stored value through ``present`` (a ``st.components.v2`` component
  shows its state values with the trigger values of the run).
"""

from __future__ import annotations

import copy
import hashlib
import logging
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.errors import (
    DeskAPIError,
    DuplicateWidgetID,
    DuplicateWidgetKey,
    RerunRequested,
    ValueAssignmentNotAllowedError,
    WidgetValueModifiedError,
)
from desk.runtime.context import RunContext, get_run

if TYPE_CHECKING:
    from desk.runtime.query_params import QueryBinding, QueryParams

log = logging.getLogger("desk.state")

WIDGET_ID_PREFIX = "$$ID"
# Widget types whose value the script may not set through session_state.
UNSETTABLE = {
    "Button",
    "DownloadButton",
    "FormSubmitButton",
    "FileUploader",
    "CameraInput",
    "AudioInput",
    "DataEditor",
    "Form",
    "DataframeSelection",
    "ChartSelection",
    # selectable dataframes and charts (widgets only when on_select is not "ignore")
    "Dataframe",
    "VegaLiteChart",
    "PlotlyChart",
    "DeckGlChart",
}


def _not_settable(kind: str, key: str) -> ValueAssignmentNotAllowedError:
    return ValueAssignmentNotAllowedError(
        f"Values for the {kind} widget with key '{key}' cannot be set using st.session_state. "
        "Remove the assignment, or give the value to the widget itself."
    )


_MISSING = object()


@dataclass
class WidgetMeta:
    """What the engine knows about one widget between runs."""

    id: str
    kind: str
    key: str | None
    default: Any
    deserialize: Callable[[Any], Any]
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    trigger: bool = False
    trigger_reset: Any = False
    form_id: str | None = None
    fragment_id: str | None = None
    clear_on_submit: bool = False
    # on_change="ignore": a change waits, without a run, for the next run that happens anyway.
    deferred: bool = False
    # python value -> wire value (what the client would send back); used by AppTest.
    serialize: Callable[[Any], Any] | None = None
    # bind="query-params": the URL parameter the value lives in, and how to read and write it.
    binding: QueryBinding | None = None
    # persist_state: "page" or "session" keeps the value under the key while the widget is not drawn.
    persist: str | None = None
    # required=True: an empty value from the client is refused, and so is the submit of its form while empty.
    required: bool = False
    # What st.session_state[key] shows of the stored value (a components.v2 state with its triggers), or None.
    present: Callable[[Any], Any] | None = None
    # max_upload_size= of upload widgets, in bytes: the upload route's limit for this widget's files.
    max_upload_bytes: int | None = None

    @property
    def submits(self) -> str | None:
        """The form this widget submits (a form's submit button), or None."""
        return self.form_id if self.kind == "FormSubmitButton" else None

    @property
    def waits_for(self) -> str | None:
        """The form whose submit this widget's value waits for (a widget in a form, not its button), or None."""
        return self.form_id if self.kind != "FormSubmitButton" else None


def widget_id(kind: str, key: str | None, identity: dict[str, Any], form_id: str | None, page: str = "") -> str:
    """A stable id from the widget's type, key, identity parameters, form and page."""
    parts = [kind, repr(key), *(f"{name}={value!r}" for name, value in identity.items()), repr(form_id), page]
    digest = hashlib.md5("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()
    return f"{WIDGET_ID_PREFIX}-{digest}-{key}"


def is_empty(value: Any) -> bool:
    """What a required widget may not hold: nothing, blank text, or a range without both ends."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, tuple) and len(value) < 2


def _differs(a: Any, b: Any) -> bool:
    try:
        return bool(a != b)
    except Exception:  # e.g. DataFrames, whose != is elementwise
        return a is not b


def _key(key: object) -> str:
    """A session_state key as a string: other keys (``3``, ``(1, 2)``) stand for their ``str()``, as in Streamlit."""
    return key if isinstance(key, str) else str(key)


class SessionState(MutableMapping[str, Any]):
    """``st.session_state``: attribute and item access to user keys and keyed widgets."""

    def __init__(self, query_params: QueryParams | None = None) -> None:
        object.__setattr__(self, "_query", query_params)
        object.__setattr__(self, "_user", {})
        object.__setattr__(self, "_values", {})
        object.__setattr__(self, "_meta", {})
        object.__setattr__(self, "_key_to_id", {})
        object.__setattr__(self, "_set_by_script", set())
        object.__setattr__(self, "_page_of", {})
        object.__setattr__(self, "_kept_for_page", set())

    _query: QueryParams | None
    _user: dict[str, Any]
    _values: dict[str, Any]
    _meta: dict[str, WidgetMeta]
    _key_to_id: dict[str, str]
    _set_by_script: set[str]
    _page_of: dict[str, str]
    _kept_for_page: set[str]  # user keys holding a persist_state="page" value until the page changes

    # ---------------------------------------------------------------- mapping API
    def _yield(self) -> RunContext | None:
        ctx = get_run()
        if ctx is not None:
            ctx.check_yield()
        return ctx

    def __getitem__(self, key: str) -> Any:
        self._yield()
        key = _key(key)
        wid = self._key_to_id.get(key)
        if wid is not None and wid in self._values:
            meta = self._meta.get(wid)
            if meta is not None and meta.present is not None:
                return meta.present(self._values[wid])
            return self._values[wid]
        if key in self._user:
            return self._user[key]
        if key in self._values:
            return self._values[key]
        raise KeyError(
            f'st.session_state has no key "{key}". Did you forget to initialize it? '
            f'Set it first, e.g. `if "{key}" not in st.session_state: st.session_state["{key}"] = ...`.'
        )

    def __setitem__(self, key: str, value: Any) -> None:
        ctx = self._yield()
        key = _key(key)
        if key.startswith(WIDGET_ID_PREFIX):
            raise DeskAPIError(f'Keys starting with "{WIDGET_ID_PREFIX}" are reserved for widget ids: {key!r}.')
        wid = self._key_to_id.get(key)
        if wid is not None and wid in self._meta:
            kind = self._meta[wid].kind
            if kind in UNSETTABLE:
                raise _not_settable(kind, key)
            if ctx is not None and not ctx.in_callbacks and key in ctx.widget_keys_this_run:
                raise WidgetValueModifiedError(
                    f"st.session_state.{key} cannot be modified after the widget with key '{key}' is "
                    "instantiated. Set it before the widget is created, or in the widget's on_change callback."
                )
            self._values[wid] = value
            self._set_by_script.add(wid)
            return
        self._kept_for_page.discard(key)
        self._user[key] = value

    def __delitem__(self, key: str) -> None:
        self._yield()
        key = _key(key)
        wid = self._key_to_id.get(key)
        found = False
        if wid is not None:
            found = self._values.pop(wid, _MISSING) is not _MISSING or found
            self._forget_widget(wid)
        if key in self._user:
            del self._user[key]
            self._kept_for_page.discard(key)
            found = True
        if not found:
            raise KeyError(f'st.session_state has no key "{key}" to delete.')

    def __iter__(self) -> Iterator[str]:
        keys = list(self._user)
        for key, wid in self._key_to_id.items():
            if wid in self._values and key not in self._user:
                keys.append(key)
        return iter(keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, key: object) -> bool:
        self._yield()
        key = _key(key)
        wid = self._key_to_id.get(key)
        return (wid is not None and wid in self._values) or key in self._user

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                f'Set it first, e.g. `if "{key}" not in st.session_state: st.session_state.{key} = ...`.'
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f'st.session_state has no attribute "{key}".') from None

    def __repr__(self) -> str:
        return f"SessionState({self.to_dict()!r})"

    def to_dict(self) -> dict[str, Any]:
        """User keys and keyed widget values, as a plain dict."""
        return {key: self[key] for key in list(self)}

    def clear(self) -> None:
        """Remove every user key and widget value."""
        self._user.clear()
        self._values.clear()
        self._meta.clear()
        self._key_to_id.clear()
        self._set_by_script.clear()
        self._page_of.clear()
        self._kept_for_page.clear()

    # ---------------------------------------------------------------- engine API
    def widget_meta(self, wid: str) -> WidgetMeta | None:
        return self._meta.get(wid)

    def widget_value(self, wid: str, default: Any = None) -> Any:
        return self._values.get(wid, default)

    def reset_widget(self, wid: str, value: Any) -> None:
        """Give a widget ``value`` for the next run (a form's ``clear_on_submit``)."""
        self._values[wid] = value

    def set_before_its_widget(self, key: str) -> bool:
        """The script set ``st.session_state[key]``, and no widget with that key exists yet."""
        return key in self._user and key not in self._key_to_id

    def widget_ids(self) -> list[str]:
        return list(self._meta)

    def register(self, ctx: RunContext | None, meta: WidgetMeta, *, set_value_from_key: bool = True) -> tuple[Any, bool]:
        """Register a widget in this run. Returns its value and whether the script set it.

        The value comes, in order, from a value the script set through its key, from the
        value the widget already has, or from its default.
        """
        if ctx is not None:
            ctx.check_yield()
            if meta.id in ctx.widget_ids_this_run:
                label = f" with key '{meta.key}'" if meta.key else ""
                raise DuplicateWidgetID(
                    f"There are multiple {meta.kind} widgets with the same id{label}. "
                    f"To fix this, pass a unique key argument to each {meta.kind}, e.g. key=\"{meta.kind.lower()}_2\"."
                )
            if meta.key is not None and meta.key in ctx.widget_keys_this_run:
                raise DuplicateWidgetKey(
                    f"There are multiple widgets with the key '{meta.key}'. "
                    "Each widget needs its own key: change one of them."
                )
            ctx.widget_ids_this_run.add(meta.id)
            if meta.key is not None:
                ctx.widget_keys_this_run.add(meta.key)
        script_set = False
        first = meta.id not in self._values
        if meta.key is not None:
            old_id = self._key_to_id.get(meta.key)
            if set_value_from_key and meta.key in self._user:
                if meta.kind in UNSETTABLE:
                    # Set before the widget's first run (the check in __setitem__ needs the widget known).
                    raise _not_settable(meta.kind, meta.key)
                self._values[meta.id] = self._user.pop(meta.key)
                self._kept_for_page.discard(meta.key)
                script_set = True
            elif old_id is not None and old_id != meta.id and old_id in self._set_by_script:
                self._values[meta.id] = self._values.get(old_id)
                script_set = True
            self._key_to_id[meta.key] = meta.id
        if meta.id in self._set_by_script:
            script_set = True
            self._set_by_script.discard(meta.id)
        self._meta[meta.id] = meta
        if ctx is not None:
            self._page_of[meta.id] = ctx.session.page_hash
        if meta.id not in self._values:
            self._values[meta.id] = copy.copy(meta.default)
        if meta.binding is not None and self._query is not None:
            self._query.bind(meta.binding.param, meta.id)
            if first and self._seed_from_url(meta, meta.binding, self._query):
                script_set = True
            self.sync_url(meta.id, self._values[meta.id])
        return self._values[meta.id], script_set

    def _seed_from_url(self, meta: WidgetMeta, binding: QueryBinding, query: QueryParams) -> bool:
        """On its first registration a bound widget takes a valid, non-default value from the URL."""
        raw = query.get_all(binding.param)
        if not raw:
            return False
        try:
            value = binding.read(raw)
        except Exception as error:  # an invalid parameter is dropped (sync_url rewrites the URL)
            log.debug("ignoring the query parameter %r of a bound widget: %s", binding.param, error)
            return False
        if not _differs(value, meta.default):
            return False
        self._values[meta.id] = value
        return True

    def sync_url(self, wid: str, value: Any) -> None:
        """Write a bound widget's ``value`` to its query parameter (removed when it is the default)."""
        meta = self._meta.get(wid)
        if meta is None or meta.binding is None or self._query is None:
            return
        if not self._query.is_bound(meta.binding.param):
            return
        values = meta.binding.write(value) if _differs(value, meta.default) else []
        self._query.set_bound(meta.binding.param, values)

    def apply_changes(self, changes: dict[str, Any]) -> list[str]:
        """Store new widget values from the client. Returns ids whose value changed."""
        changed: list[str] = []
        for wid, value in changes.items():
            meta = self._meta.get(wid)
            if meta is None:
                log.debug("ignoring a value for unknown widget %s", wid)
                continue
            old = self._values.get(wid, _MISSING)
            self._values[wid] = value
            if meta.trigger or old is _MISSING or _differs(old, value):
                changed.append(wid)
        return changed

    def reset_triggers(self) -> None:
        """Buttons and chat input are true (or hold text) for one run only."""
        for wid, meta in self._meta.items():
            if meta.trigger:
                self._values[wid] = meta.trigger_reset

    def run_callbacks(self, ids: list[str]) -> RerunRequested | None:
        """Call ``on_change``/``on_click`` for each changed widget, in order.

        A callback that calls ``st.rerun()`` stops there; the others still run. Returns the
        rerun the interaction becomes, or None: fragments only when every callback asked
        for fragments by key (``st.rerun("key")``), else the whole app, as in Streamlit.
        """
        asked: list[RerunRequested] = []
        returned = False
        for wid in ids:
            meta = self._meta.get(wid)
            if meta is None or meta.on_change is None:
                continue
            try:
                meta.on_change(*meta.args, **meta.kwargs)
                returned = True
            except RerunRequested as request:
                if not request.explicit:
                    raise  # a newer interaction stops the run, callbacks included
                asked.append(request)
        if not asked:
            return None
        if returned or any(request.scope != "fragment" for request in asked):
            return RerunRequested("app", None, explicit=True)
        fragment_ids = list(dict.fromkeys(fid for r in asked for fid in (r.fragment_id, *r.then) if fid is not None))
        return RerunRequested("fragment", fragment_ids[0], explicit=True, then=tuple(fragment_ids[1:]))

    def cleanup(self, rendered: set[str], fragment_ids: list[str] | None = None) -> None:
        """Forget widgets not rendered in a completed run (only a fragment's, for fragment runs)."""
        for wid, meta in list(self._meta.items()):
            if wid in rendered:
                continue
            if fragment_ids is not None and meta.fragment_id not in fragment_ids:
                continue
            self._keep_persisted(wid, meta, page_change=False)
            self._values.pop(wid, None)
            self._forget_widget(wid)

    def forget_page_widgets(self, *, keep_main_script: bool) -> None:
        """A page change: drop the state of the widgets pages drew (user keys stay).

        ``keep_main_script`` keeps the widgets of the main script, which a v2 app draws on
        every page.
        """
        for key in self._kept_for_page:
            self._user.pop(key, None)
        self._kept_for_page.clear()
        for wid, meta in list(self._meta.items()):
            if keep_main_script and self._page_of.get(wid, "") == "":
                continue
            self._keep_persisted(wid, meta, page_change=True)
            self._values.pop(wid, None)
            self._forget_widget(wid)

    def _keep_persisted(self, wid: str, meta: WidgetMeta, *, page_change: bool) -> None:
        """A widget with ``persist_state`` leaves the page: its value waits under its key."""
        if meta.persist is None or meta.key is None or wid not in self._values:
            return
        if self._key_to_id.get(meta.key) != wid or meta.key in self._user:
            return  # another widget took the key, or the script set it meanwhile
        page_scoped = meta.persist == "page" and meta.binding is None
        if page_scoped and page_change:
            return
        self._user[meta.key] = self._values[wid]
        if page_scoped:
            self._kept_for_page.add(meta.key)

    def _forget_widget(self, wid: str) -> None:
        self._page_of.pop(wid, None)
        meta = self._meta.pop(wid, None)
        if meta is not None and meta.binding is not None and self._query is not None:
            self._query.unbind(wid)
        self._set_by_script.discard(wid)
        if meta is not None and meta.key is not None and self._key_to_id.get(meta.key) == wid:
            del self._key_to_id[meta.key]

    def key_for(self, wid: str) -> str | None:
        meta = self._meta.get(wid)
        return meta.key if meta else None


class SessionStateProxy(MutableMapping[str, Any]):
    """``st.session_state``: forwards to the current session's state.

    Outside a run (plain ``python app.py``) it uses one process-wide state, so scripts
    still work in bare mode.
    """

    def _target(self) -> SessionState:
        ctx = get_run()
        if ctx is None:
            return _BARE_STATE
        return ctx.session.state

    def __getitem__(self, key: str) -> Any:
        return self._target()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._target()[key] = value

    def __delitem__(self, key: str) -> None:
        del self._target()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._target())

    def __len__(self) -> int:
        return len(self._target())

    def __contains__(self, key: object) -> bool:
        return key in self._target()

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        return getattr(self._target(), key)

    def __setattr__(self, key: str, value: Any) -> None:
        setattr(self._target(), key, value)

    def __delattr__(self, key: str) -> None:
        delattr(self._target(), key)

    def __repr__(self) -> str:
        return repr(self._target())

    def to_dict(self) -> dict[str, Any]:
        return self._target().to_dict()


_BARE_STATE = SessionState()
session_state = SessionStateProxy()
