"""``st.cache_data``, ``st.cache_resource`` and the legacy ``st.cache``.

A decorated function looks its call up by key: memory first, then (``cache_data`` only)
the app's disk cache, and computes on a miss, under a per-key lock so that concurrent
callers compute once. ``cache_data`` keeps pickled bytes, so every caller gets a fresh
copy; ``cache_resource`` keeps the object itself, shared by every session.

Elements emitted inside a cached function are recorded on a miss and replayed at the
current cursor on a hit. Containers created inside the function are recreated; writing to
a container created outside it cannot be replayed (``CacheReplayClosureError``).

Caches are process-wide. Each AppTest gets its own scope (``Session.cache_scope``),
so tests never see each other's entries, and AppTests stay in memory
unless a cache folder is configured explicitly.
"""

from __future__ import annotations

import functools
import inspect
import logging
import pickle
import sys
import threading
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

from desk.cache.keys import HashFuncs, function_key, ttl_seconds, value_key
from desk.cache.memory import MemoryStore
from desk.elements.layout import EMPTY, EmptyProps
from desk.elements.status import EXCEPTION, SPINNER, ExceptionProps, SpinnerProps
from desk.errors import CacheReplayClosureError, DeskAPIError, DeskAPIWarning, UnserializableReturnValueError
from desk.protocol import Node
from desk.runtime.context import RunContext, get_run
from desk.runtime.emitter import Container, emit
from desk.tolerated import tolerates

if TYPE_CHECKING:
    from desk.cache.disk import DiskCache
    from desk.config import Settings
    from desk.runtime.emitter import RecordedOp

log = logging.getLogger("desk.cache")

F = TypeVar("F", bound=Callable[..., Any])

DATA = "cache_data"
RESOURCE = "cache_resource"

# How a recorded element finds its container on replay.
#   ("cursor",)      wherever the cached function was called
#   ("root", r)      a root (main, sidebar...) by index
#   ("new", i)       the container returned by the i-th recorded element
#   ("outside", s)   a container created outside the function: cannot be replayed
TargetRef = tuple[Any, ...]
ReplayOp = tuple[TargetRef, Node]


@dataclass
class CachedResult:
    """A ``cache_resource`` entry: the shared value and the elements to replay."""

    value: Any
    replay: list[ReplayOp]


@dataclass
class PickledResult:
    """A ``cache_data`` entry in memory. Each hit gets a copy of the value, from one of:

    - ``value``: the value pickled (each hit unpickles it);
    - ``frame``: a private snapshot of a frame or Arrow table, kept until its entry is on
      disk, then (with copy-on-write) the frame read back from the file, or the frame a
      disk hit read (each hit copies it: under copy-on-write a shallow copy, which costs
      next to nothing; Arrow tables are immutable and returned as they are);
    - ``disk``: the entry on disk as Arrow (a hit maps the file: a private copy without
      copying). Without copy-on-write (pandas 2 by default) each hit maps it again, which
      costs less than a deep copy of a big frame; with it, the first hit keeps its frame
      (``frame``), whose numeric columns stay in the file's pages.

    The background writer sets ``disk`` before it drops ``frame``, so a reader that finds
    neither ``value`` nor ``frame`` finds ``disk``.
    """

    replay: bytes
    value: bytes = b""
    frame: Any = None
    disk: tuple[DiskCache, str] | None = None


# ------------------------------------------------------------------------- the registry


class FunctionCache:
    """The memory store of one cached function in one scope, and its per-key locks."""

    def __init__(self, options: tuple[Any, ...], ttl: float | None, max_entries: int | None) -> None:
        self.options = options
        self.memory: MemoryStore[Any] = MemoryStore(ttl=ttl, max_entries=max_entries)
        self._guard = threading.Lock()
        self._locks: dict[str, list[Any]] = {}

    @contextmanager
    def key_lock(self, key: str) -> Iterator[None]:
        """Hold the lock of one value key, so that one caller computes and the others wait."""
        with self._guard:
            entry = self._locks.get(key)
            if entry is None:
                entry = self._locks[key] = [threading.RLock(), 0]
            entry[1] += 1
        try:
            with entry[0]:
                yield
        finally:
            with self._guard:
                entry[1] -= 1
                if entry[1] == 0:
                    self._locks.pop(key, None)


_registry_lock = threading.Lock()
_function_caches: dict[tuple[str, str, str], FunctionCache] = {}  # (kind, scope, function key)
_disks: dict[tuple[str, str], DiskCache] = {}  # (root, app id)
_cached_call_began = threading.Event()
"""Set by the process's first call of a ``cache_data`` function: the warm-up stops there."""


def _scope(ctx: RunContext | None) -> str:
    if ctx is None:
        return "app"
    return ctx.session.cache_scope


def _disk_for(ctx: RunContext | None, persist: bool | None) -> DiskCache | None:
    """The disk cache of the running app, or None when entries stay in memory."""
    from desk.cache import disk, locations
    from desk.config import load_settings

    # Outside a run (a plain script, a thread of its own) the files and environment say.
    settings = ctx.session.settings if ctx is not None else load_settings()
    if not (settings.cache_persist if persist is None else persist):
        return None
    configured = locations.configured_root(settings)
    script: str | None = None
    if ctx is not None:
        if _scope(ctx).startswith("apptest-") and configured is None:
            return None
        script = str(ctx.session.source.path)
    app_id = locations.app_id_of(settings, ctx.session.source.path if ctx is not None else None)
    if app_id is None:
        return None
    root = configured if configured is not None else locations.cache_root(settings)
    with _registry_lock:
        found = _disks.get((str(root), app_id))
        if found is None:
            found = _disks[(str(root), app_id)] = disk.DiskCache(root, app_id, script=script)
        found.max_bytes = max(settings.cache_max_mb, 0) * 1024 * 1024
        return found


def warm_up_disk(script: Path, settings: Settings) -> None:
    """At server start, open the app's disk cache and, if it holds frames, import pyarrow and pandas.

    A reopened app's first hit then pays for neither (importing them takes longer than
    mapping a cached frame), nor for their first conversions of each kind of column, nor
    for opening its connection to the index, nor for the first reading of a function's
    source. Nothing is created when the app has no cache yet.
    """
    from desk.cache import locations

    found = locations.existing_disk_cache(settings, script)
    if found is None:
        return
    from desk.cache import disk

    root, app_id = found
    with _registry_lock:
        store = _disks.get((str(root), app_id))
        if store is None:
            store = _disks[(str(root), app_id)] = disk.DiskCache(root, app_id, script=str(script))
    _warm_up_sources(script)
    if store.has_arrow_entries():
        # First what needs no pandas: the script's own run is importing it meanwhile, and
        # reaches its first cached call as soon as that import is done.
        store.prepare_reads()
        import pyarrow.ipc  # noqa: F401 - the blob reader

        import desk.cache.blobs  # noqa: F401 - the readers of blobs, frames and their columns
        from desk.cache.columns import warm_up

        _import_pandas_shim()
        # Imports pandas (or waits for the script's import of it), then converts one kind
        # of column at a time until the script's first cached call begins.
        warm_up(stop=_cached_call_began.is_set)


def _import_pandas_shim() -> None:
    """Import the modules pyarrow's pandas support loads on its first use, none of which needs pandas.

    That first use is often inside a hit: pandas builds its first string values (a frame's
    categories, say) through pyarrow, whose shim then imports its pandas conversions and
    the version parser that checks pandas' version, about 3 ms. The warm-up imports them
    while the script is still importing pandas.
    """
    try:
        import pyarrow.pandas_compat
        import pyarrow.vendored.version  # noqa: F401
    except ImportError:  # a pyarrow that moved them: its first conversion imports what it needs
        pass


def _warm_up_sources(script: Path) -> None:
    """Read the script's lines and one function's source, as the first cached call's key will.

    The first ``inspect.getsource`` of a process compiles the tokenizer's and its own
    patterns (about 1 ms); the warm-up pays for them instead of the first hit.
    """
    import linecache

    from desk.cache.keys import function_source

    linecache.getlines(str(script))
    function_source(_warm_up_sources)


def clear_all() -> None:
    """Clear both kinds of caches, in memory and in every disk cache this process opened."""
    _clear_kind(DATA)
    _clear_kind(RESOURCE)


def forget_all() -> None:
    """Drop every cache from this process and close the disk caches (nothing on disk is deleted).

    Pending disk writes are finished first.
    """
    if "desk.cache.write_behind" in sys.modules:
        from desk.cache.write_behind import flush_writes

        flush_writes()
    with _registry_lock:
        _function_caches.clear()
        disks = list(_disks.values())
        _disks.clear()
    for found in disks:
        found.close()


def _clear_kind(kind: str) -> None:
    with _registry_lock:
        caches = [cache for (k, _, _), cache in _function_caches.items() if k == kind]
        disks = list(_disks.values()) if kind == DATA else []
    for cache in caches:
        cache.memory.clear()
    if kind == DATA:
        current = _safe_disk(get_run(), None)
        if current is not None and current not in disks:
            disks.append(current)
        for found in disks:
            _quietly("clear the disk cache", found.clear)


def _safe_disk(ctx: RunContext | None, persist: bool | None) -> DiskCache | None:
    try:
        return _disk_for(ctx, persist)
    except Exception as error:  # settings or folders we cannot use: memory only
        log.warning("desk cache: the disk cache is unavailable (%s); caching in memory only.", error)
        return None


def _quietly(action: str, call: Callable[[], Any]) -> Any:
    """Run a disk operation; a fault is logged and never reaches the app."""
    try:
        return call()
    except Exception as error:
        log.warning("desk cache: could not %s: %s: %s", action, type(error).__name__, error)
        return None


# ------------------------------------------------------------------------- recording and replay


def _place_of(container: Container) -> tuple[Any, Any]:
    return (container.path, container.slot)


def _to_replay(recorded: list[RecordedOp], call_target: Container) -> list[ReplayOp]:
    """Describe each recorded element by where its container comes from."""
    created: dict[tuple[Any, Any], int] = {}
    ops: list[ReplayOp] = []
    for index, (target, node, result) in enumerate(recorded):
        place = _place_of(target)
        ref: TargetRef
        if place in created:
            ref = ("new", created[place])
        elif place == _place_of(call_target):
            ref = ("cursor",)
        elif target.slot is None and len(target.path) == 1:
            ref = ("root", target.path[0])
        else:
            ref = ("outside", repr(target))
        ops.append((ref, node))
        created[_place_of(result)] = index
    return ops


def _replay(ctx: RunContext | None, ops: list[ReplayOp], decorator: str, name: str) -> None:
    """Emit recorded elements again at the current cursor."""
    if ctx is None or not ops:
        return
    from desk.runtime.emitter import root_container

    call_target = ctx.target()
    results: list[Container] = []
    for ref, node in ops:
        if ref[0] == "cursor":
            target = call_target
        elif ref[0] == "root":
            target = root_container(ctx.emitter, ref[1])
        elif ref[0] == "new":
            target = results[ref[1]]
        else:
            raise CacheReplayClosureError(
                f"st.{decorator}: '{name}' wrote a {node.type} element to a container created outside of it "
                f"({ref[1]}), so its output cannot be replayed from the cache. Create the container inside "
                "the cached function, or move that st.* call out of it."
            )
        with ctx.using(target):
            results.append(emit(node))


# ------------------------------------------------------------------------- the cached function


class _Options:
    """A decorator's validated arguments."""

    def __init__(
        self,
        decorator: str,
        *,
        ttl: object,
        max_entries: object,
        show_spinner: object,
        persist: object = None,
        validate: object = None,
        hash_funcs: object = None,
    ) -> None:
        self.decorator = decorator
        self.ttl = ttl_seconds(decorator, ttl)
        if max_entries is not None and (isinstance(max_entries, bool) or not isinstance(max_entries, int) or max_entries < 1):
            raise DeskAPIError(f"st.{decorator}: max_entries must be a positive whole number or None, not {max_entries!r}.")
        self.max_entries: int | None = max_entries
        if not isinstance(show_spinner, (bool, str)):
            raise DeskAPIError(
                f"st.{decorator}: show_spinner must be True, False or a message string, not {type(show_spinner).__name__} ({show_spinner!r})."
            )
        self.show_spinner: bool | str = show_spinner
        if persist not in (None, True, False, "disk"):
            raise DeskAPIError(f"st.{decorator}: persist must be 'disk', True, False or None, not {persist!r}.")
        self.persist: bool | None = None if persist is None else persist in (True, "disk")
        if validate is not None and not callable(validate):
            raise DeskAPIError(f"st.{decorator}: validate must be a function or None, not {type(validate).__name__}.")
        self.validate = cast("Callable[[Any], bool] | None", validate)
        if hash_funcs is not None and not isinstance(hash_funcs, Mapping):
            raise DeskAPIError(
                f"st.{decorator}: hash_funcs must be a dict mapping types (or their full names) to functions, not {type(hash_funcs).__name__}."
            )
        self.hash_funcs = cast("HashFuncs | None", hash_funcs)

    def key(self) -> tuple[Any, ...]:
        return (self.ttl, self.max_entries, self.persist)


class CachedFunction:
    """The machinery behind one decorated function."""

    def __init__(self, func: Callable[..., Any], options: _Options) -> None:
        self.func = func
        self.options = options
        self.kind = options.decorator
        self.name = getattr(func, "__name__", "function")
        try:
            self.signature: inspect.Signature | None = inspect.signature(func)
        except (TypeError, ValueError):
            self.signature = None
        self._function_key: str | None = None

    @property
    def function_key(self) -> str:
        if self._function_key is None:
            self._function_key = function_key(self.kind, self.func)
        return self._function_key

    def cache(self, ctx: RunContext | None) -> FunctionCache:
        key = (self.kind, _scope(ctx), self.function_key)
        with _registry_lock:
            found = _function_caches.get(key)
            if found is None or found.options != self.options.key():
                found = FunctionCache(self.options.key(), self.options.ttl, self.options.max_entries)
                _function_caches[key] = found
            return found

    def value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        return value_key(self.kind, self.func, self.signature, args, kwargs, self.options.hash_funcs)

    def disk_key(self, value_key: str) -> str:
        return f"{self.function_key}{value_key}"

    # -- calls
    def call(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if self.kind == DATA:
            _cached_call_began.set()
        ctx = get_run()
        key = self.value_key(args, kwargs)
        cache = self.cache(ctx)
        found = self._lookup(cache, key)
        if found is not None:
            _replay(ctx, found.replay, self.kind, self.name)
            return found.value
        with cache.key_lock(key):
            found = self._lookup(cache, key)
            if found is None and self.kind == DATA:
                found = self._from_disk(ctx, cache, key)
            if found is not None:
                _replay(ctx, found.replay, self.kind, self.name)
                return found.value
            return self._compute(ctx, cache, key, args, kwargs)

    def _lookup(self, cache: FunctionCache, key: str) -> CachedResult | None:
        stored = cache.memory.get(key)
        if stored is None:
            return None
        if isinstance(stored, PickledResult):
            value = stored.value
            if value:
                return CachedResult(pickle.loads(value), pickle.loads(stored.replay))
            frame = stored.frame
            if frame is not None:
                from desk.cache.frames import private_copy

                return CachedResult(private_copy(frame), pickle.loads(stored.replay))
            return self._from_disk_entry(cache, key, stored)
        result = cast(CachedResult, stored)
        if self.options.validate is not None and not self.options.validate(result.value):
            cache.memory.delete(key)
            return None
        return result

    def _from_disk_entry(self, cache: FunctionCache, key: str, stored: PickledResult) -> CachedResult | None:
        """A memory hit whose value lives on disk as Arrow: map it again (a fresh private copy)."""
        assert stored.disk is not None
        store, disk_key = stored.disk
        found = _quietly("read the disk cache", lambda: store.read(disk_key))
        if found is None:  # dropped or evicted meanwhile, maybe by another process: compute again
            cache.memory.delete(key)
            return None
        return CachedResult(_keep(stored, found.value), pickle.loads(stored.replay))

    def _from_disk(self, ctx: RunContext | None, cache: FunctionCache, key: str) -> CachedResult | None:
        store = _safe_disk(ctx, self.options.persist)
        if store is None:
            return None
        disk_key = self.disk_key(key)
        found = _quietly("read the disk cache", lambda: store.read(disk_key))
        if found is None:
            return None
        from desk.cache.disk import wall_clock

        remaining = None if found.expires is None else max(found.expires - wall_clock(), 0.0)
        replay = pickle.dumps(found.extra, protocol=pickle.HIGHEST_PROTOCOL)
        value = found.value
        if found.format == "arrow":  # no pickled copy in memory: the mapped frame, or the file again
            stored = PickledResult(replay, disk=(store, disk_key))
            value = _keep(stored, value)
            cache.memory.set(key, stored, ttl=remaining)
        else:
            try:
                cache.memory.set(key, PickledResult(replay, _pickle(value, self.name)), ttl=remaining)
            except UnserializableReturnValueError:
                pass
        return CachedResult(value, found.extra)

    def _compute(
        self, ctx: RunContext | None, cache: FunctionCache, key: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        if ctx is None:
            value = self.func(*args, **kwargs)
            replay: list[ReplayOp] = []
        else:
            value, recorded = self._run_recorded(ctx, args, kwargs)
            replay = _to_replay(recorded, ctx.target())
        if self.kind == RESOURCE:
            cache.memory.set(key, CachedResult(value, replay))
        else:
            from desk.cache.frames import snapshot

            replay_pickle = pickle.dumps(replay, protocol=pickle.HIGHEST_PROTOCOL)
            frame = snapshot(value)
            if frame is not None:  # one copy on the critical path; pickling and writing happen later
                pickled = PickledResult(replay_pickle, frame=frame)
            else:
                pickled = PickledResult(replay_pickle, _pickle(value, self.name))
            cache.memory.set(key, pickled)
            self._to_disk(ctx, key, pickled)
        if any(node.id is not None for _, node in replay):
            self._warn_widget(ctx)
        return value

    def _warn_widget(self, ctx: RunContext | None) -> None:
        """Widgets in cached functions: a warning in the app (as in Streamlit) and a Python warning."""
        message = (
            f"st.{self.kind}: '{self.name}' draws a widget. Its value is cached with the result, so on a cache hit "
            "the widget has no effect. Move the widget out of the cached function and pass its value in as an argument."
        )
        if ctx is not None:
            warning = ExceptionProps(type="CachedWidgetWarning", message=message, traceback=[], is_warning=True)
            emit(EXCEPTION.node(warning))
        warnings.warn(message, DeskAPIWarning, stacklevel=5)

    def _run_recorded(self, ctx: RunContext, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, list[RecordedOp]]:
        spinner = self._show_spinner(ctx)
        recorded: list[RecordedOp] = []
        ctx.emitter.recorders.append(recorded)
        ctx.cache_depth += 1
        try:
            value = self.func(*args, **kwargs)
        finally:
            ctx.cache_depth -= 1
            for index in range(len(ctx.emitter.recorders) - 1, -1, -1):
                if ctx.emitter.recorders[index] is recorded:
                    del ctx.emitter.recorders[index]
                    break
            if spinner is not None:
                ctx.emitter.withdraw(spinner, EMPTY.node(EmptyProps()))
        return value, recorded

    def _show_spinner(self, ctx: RunContext) -> Container | None:
        option = self.options.show_spinner
        if not option or ctx.cache_depth > 0:
            return None
        text = option if isinstance(option, str) else f"Running `{self.name}(...)`."
        # show_time: the generated schema requires it; this spinner used to leave it out.
        ctx.check_yield()
        return ctx.emitter.place_transient(ctx.target(), SPINNER.node(SpinnerProps(text=text, show_time=False)))

    def _to_disk(self, ctx: RunContext | None, key: str, pickled: PickledResult) -> None:
        """Persist an entry in the background, from its pickle or snapshot (the caller may change its value meanwhile)."""
        store = _safe_disk(ctx, self.options.persist)
        if store is None:
            return
        from desk.cache.encoding import encode_pickled

        disk_key = self.disk_key(key)
        name = getattr(self.func, "__qualname__", self.name)

        def write() -> None:
            frame = pickled.frame
            if frame is not None:
                encoded = encode_pickled(None, pickled.replay, frame)
            else:
                encoded = encode_pickled(pickled.value, pickled.replay)
            stored = store.put(
                disk_key, function=self.function_key, name=name, encoded=encoded, ttl=self.options.ttl,
                max_entries=self.options.max_entries,
            )  # fmt: skip
            if stored and encoded.format == "arrow":
                pickled.disk = (store, disk_key)
                pickled.frame = _read_back(store, disk_key)

        store.put_later(disk_key, lambda: _quietly("write the disk cache", write))

    # -- clearing
    def clear(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        key = self.value_key(args, kwargs) if (args or kwargs) else None
        with _registry_lock:
            caches = [c for (kind, _, fkey), c in _function_caches.items() if kind == self.kind and fkey == self.function_key]
        for cache in caches:
            if key is None:
                cache.memory.clear()
            else:
                cache.memory.delete(key)
        if self.kind == DATA:
            store = _safe_disk(get_run(), self.options.persist)
            if store is not None:
                if key is None:
                    _quietly("clear the disk cache", lambda: store.delete_function(self.function_key))
                else:
                    _quietly("clear a disk cache entry", lambda: store.delete(self.disk_key(key)))


def _read_back(store: DiskCache, disk_key: str) -> Any:
    """What replaces a snapshot once its entry is on disk: the frame read from the file, or None.

    With copy-on-write, the next hits are shallow copies of the frame read (numeric
    columns in the file's pages, not in the process's memory) and none has to decode the
    file; without it, each hit maps the file again (None).
    """
    from desk.cache.frames import copies_on_write

    if not copies_on_write():
        return None
    found = _quietly("read the disk cache", lambda: store.read(disk_key, use=False))
    return None if found is None else found.value


def _keep(stored: PickledResult, value: Any) -> Any:
    """Keep a frame or table a disk hit read for the next hits when copying it costs next to nothing.

    Returns what the caller gets: ``value`` itself, or a private copy when it is kept.
    """
    from desk.cache.frames import copies_on_write, private_copy

    if hasattr(value, "schema") or copies_on_write():
        stored.frame = value
        return private_copy(value)
    return value


def _pickle(value: Any, name: str) -> bytes:
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        raise UnserializableReturnValueError(
            f"st.cache_data: '{name}' returned a value of type {type(value).__module__}.{type(value).__qualname__} "
            f"that cannot be pickled ({type(error).__name__}: {error}). cache_data returns a copy of the value on "
            "each call, which needs pickling. To share one object instead (a connection, a model), use "
            "st.cache_resource."
        ) from error


def _wrap(func: Callable[..., Any], options: _Options) -> Callable[..., Any]:
    if not callable(func):
        raise DeskAPIError(f"st.{options.decorator} decorates a function, not {type(func).__name__} ({func!r}).")
    cached = CachedFunction(func, options)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return cached.call(args, kwargs)

    def clear(*args: Any, **kwargs: Any) -> None:
        """Clear this function's cache, or only the entry of the given arguments."""
        cached.clear(args, kwargs)

    wrapper.clear = clear  # type: ignore[attr-defined]
    wrapper._desk_cached = cached  # type: ignore[attr-defined]
    return wrapper


# ------------------------------------------------------------------------- the public objects


class CacheDataAPI:
    """``st.cache_data``: cache a function's return value, returning a fresh copy on each call."""

    @overload
    def __call__(self, func: F) -> F: ...

    @overload
    def __call__(
        self,
        func: None = None,
        *,
        ttl: float | int | str | Any | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        persist: str | bool | None = None,
        experimental_allow_widgets: bool = False,
        hash_funcs: HashFuncs | None = None,
    ) -> Callable[[F], F]: ...

    @tolerates("cache_data", max_size=None, show_time=False, scope="global", refresh_mode="foreground")
    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | int | str | Any | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        persist: str | bool | None = None,
        experimental_allow_widgets: bool = False,
        hash_funcs: HashFuncs | None = None,
    ) -> Any:
        options = _Options(
            DATA, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner, persist=persist, hash_funcs=hash_funcs
        )
        if func is None:
            return lambda f: _wrap(f, options)
        return _wrap(func, options)

    def clear(self) -> None:
        """Clear every ``cache_data`` entry, in memory and on disk."""
        _clear_kind(DATA)


class CacheResourceAPI:
    """``st.cache_resource``: cache a shared object (a model, a connection) for every session."""

    @overload
    def __call__(self, func: F) -> F: ...

    @overload
    def __call__(
        self,
        func: None = None,
        *,
        ttl: float | int | str | Any | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        validate: Callable[[Any], bool] | None = None,
        experimental_allow_widgets: bool = False,
        hash_funcs: HashFuncs | None = None,
    ) -> Callable[[F], F]: ...

    @tolerates("cache_resource", show_time=False, on_release=None, scope="global", refresh_mode="foreground")
    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | int | str | Any | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        validate: Callable[[Any], bool] | None = None,
        experimental_allow_widgets: bool = False,
        hash_funcs: HashFuncs | None = None,
    ) -> Any:
        options = _Options(
            RESOURCE, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner, validate=validate, hash_funcs=hash_funcs
        )
        if func is None:
            return lambda f: _wrap(f, options)
        return _wrap(func, options)

    def clear(self) -> None:
        """Clear every ``cache_resource`` entry."""
        _clear_kind(RESOURCE)


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()


def legacy_cache(
    func: Callable[..., Any] | None = None,
    persist: bool = False,
    allow_output_mutation: bool = False,
    show_spinner: bool = True,
    suppress_st_warning: bool = False,
    hash_funcs: HashFuncs | None = None,
    max_entries: int | None = None,
    ttl: float | None = None,
    *,
    _stacklevel: int = 2,
) -> Any:
    """The legacy ``st.cache``: ``cache_resource`` with ``allow_output_mutation``, else ``cache_data``."""
    replacement = "st.cache_resource" if allow_output_mutation else "st.cache_data"
    warnings.warn(
        f"st.cache is deprecated. Use {replacement} instead (st.cache_data for data, st.cache_resource for "
        "shared objects such as models and connections).",
        DeprecationWarning,
        stacklevel=_stacklevel,
    )
    if allow_output_mutation:
        options = _Options(RESOURCE, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner, hash_funcs=hash_funcs)
    else:
        persist_option = "disk" if persist else None
        options = _Options(
            DATA, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner, persist=persist_option, hash_funcs=hash_funcs
        )
    if func is None:
        return lambda f: _wrap(f, options)
    return _wrap(func, options)


def cache(
    func: Callable[..., Any] | None = None,
    persist: bool = False,
    allow_output_mutation: bool = False,
    show_spinner: bool = True,
    suppress_st_warning: bool = False,
    hash_funcs: HashFuncs | None = None,
    max_entries: int | None = None,
    ttl: float | None = None,
) -> Any:
    """The legacy ``st.cache``: ``cache_resource`` with ``allow_output_mutation``, else ``cache_data``."""
    return legacy_cache(
        func, persist, allow_output_mutation, show_spinner, suppress_st_warning, hash_funcs, max_entries, ttl, _stacklevel=3
    )
