"""st.cache_data / st.cache_resource: Streamlit's semantics, in memory."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import desk as st
from desk.cache import api, clear_all_caches, memory
from desk.elements.status import SpinnerProps
from desk.errors import DeskAPIError, DeskAPIWarning, UnhashableParamError, UnserializableReturnValueError
from desk.protocol import Delta
from desk.testing import AppTest


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("DESK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DESK_APP_ID", raising=False)
    api.forget_all()
    yield
    api.forget_all()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# ------------------------------------------------------------------------- decorator basics


def test_cache_data_returns_copies_and_computes_once() -> None:
    calls: list[int] = []

    @st.cache_data
    def load(x: int) -> list[int]:
        calls.append(x)
        return [x]

    first = load(1)
    first.append(99)
    assert load(1) == [1]
    assert load(1) is not load(1)
    assert calls == [1]


def test_cache_resource_returns_the_shared_object() -> None:
    calls: list[int] = []

    @st.cache_resource
    def connect(x: int) -> list[int]:
        calls.append(x)
        return [x]

    assert connect(1) is connect(1)
    assert calls == [1]


def test_decorator_with_parentheses_and_keyword_options() -> None:
    @st.cache_data(ttl="1h", max_entries=3, show_spinner=False)
    def double(x: int) -> int:
        return x * 2

    assert double(4) == 8
    assert double.__name__ == "double"


def test_positional_and_keyword_arguments_hash_alike() -> None:
    calls: list[int] = []

    @st.cache_data
    def load(x: int, y: int = 2) -> int:
        calls.append(x)
        return x + y

    assert load(1) == load(x=1) == load(1, 2) == load(y=2, x=1) == 3
    assert len(calls) == 1
    load(1, 3)
    assert len(calls) == 2


def test_underscore_arguments_are_not_hashed() -> None:
    calls: list[Any] = []

    @st.cache_data
    def query(_connection: object, sql: str) -> str:
        calls.append(_connection)
        return sql.upper()

    lock = threading.Lock()  # unhashable, and skipped
    assert query(lock, "select") == "SELECT"
    assert query(object(), "select") == "SELECT"
    assert len(calls) == 1


def test_unhashable_argument_names_the_fixes() -> None:
    @st.cache_data
    def query(connection: object) -> int:
        return 1

    with pytest.raises(
        UnhashableParamError,
        match=r"st.cache_data: cannot hash argument 'connection' \(of type _thread.lock\) in 'query'.*"
        r"leading underscore.*'_connection'.*hash_funcs=\{_thread.lock: ",
    ):
        query(threading.Lock())


def test_unhashable_value_nested_in_a_container_is_named() -> None:
    @st.cache_resource
    def build(options: dict[str, Any]) -> int:
        return 1

    with pytest.raises(UnhashableParamError, match=r"'options' \(of type builtins.dict\).*it holds a _thread.lock"):
        build({"lock": threading.Lock()})


def test_hash_funcs_by_type_and_by_name() -> None:
    class Connection:
        def __init__(self, url: str) -> None:
            self.url = url
            self.lock = threading.Lock()

    calls: list[str] = []

    @st.cache_data(hash_funcs={Connection: lambda c: c.url})
    def rows(conn: Connection) -> str:
        calls.append(conn.url)
        return conn.url

    rows(Connection("a"))
    rows(Connection("a"))
    rows(Connection("b"))
    assert calls == ["a", "b"]

    name = f"{Connection.__module__}.{Connection.__qualname__}"

    @st.cache_data(hash_funcs={name: lambda c: c.url})
    def rows2(conn: Connection) -> str:
        calls.append("2" + conn.url)
        return conn.url

    rows2(Connection("a"))
    rows2(Connection("a"))
    assert calls[-1] == "2a" and calls.count("2a") == 1


def test_unpicklable_return_value_raises() -> None:
    @st.cache_data
    def make() -> Any:
        return threading.Lock()

    with pytest.raises(
        UnserializableReturnValueError,
        match=r"st.cache_data: 'make' returned a value of type _thread.lock that cannot be pickled.*st.cache_resource",
    ):
        make()


def test_bad_options_are_refused() -> None:
    with pytest.raises(DeskAPIError, match=r"st.cache_data: max_entries must be a positive whole number or None, not 0"):
        st.cache_data(max_entries=0)
    with pytest.raises(DeskAPIError, match=r"st.cache_data: persist must be 'disk', True, False or None, not 'memory'"):
        st.cache_data(persist="memory")
    with pytest.raises(DeskAPIError, match=r"st.cache_resource: ttl must be seconds, a timedelta"):
        st.cache_resource(ttl=[1])  # type: ignore[call-overload]
    with pytest.raises(DeskAPIError, match=r"st.cache_data: ttl 'soon' is not a duration"):
        st.cache_data(ttl="soon")


# ------------------------------------------------------------------------- ttl, max_entries, clear


def test_ttl_expires_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    monkeypatch.setattr(memory, "monotonic", clock)
    calls: list[int] = []

    @st.cache_data(ttl="10s")
    def load(x: int) -> int:
        calls.append(x)
        return x

    load(1)
    clock.now += 9
    load(1)
    assert calls == [1]
    clock.now += 2
    load(1)
    assert calls == [1, 1]


def test_max_entries_evicts_the_least_recently_used() -> None:
    calls: list[int] = []

    @st.cache_resource(max_entries=2)
    def load(x: int) -> int:
        calls.append(x)
        return x

    load(1)
    load(2)
    load(1)  # 2 is now the least recently used
    load(3)
    load(1)
    assert calls == [1, 2, 3]
    load(2)
    assert calls == [1, 2, 3, 2]


def test_clear_one_key_all_keys_and_everything() -> None:
    calls: list[int] = []

    @st.cache_data
    def load(x: int) -> int:
        calls.append(x)
        return x

    load(1)
    load(2)
    load.clear(1)  # type: ignore[attr-defined]
    load(1)
    load(2)
    assert calls == [1, 2, 1]
    load.clear()  # type: ignore[attr-defined]
    load(2)
    assert calls == [1, 2, 1, 2]
    st.cache_data.clear()
    load(2)
    assert calls == [1, 2, 1, 2, 2]
    clear_all_caches()
    load(2)
    assert calls == [1, 2, 1, 2, 2, 2]


def test_cache_resource_clear_leaves_cache_data_alone() -> None:
    data_calls: list[int] = []
    resource_calls: list[int] = []

    @st.cache_data
    def data(x: int) -> int:
        data_calls.append(x)
        return x

    @st.cache_resource
    def resource(x: int) -> int:
        resource_calls.append(x)
        return x

    data(1)
    resource(1)
    st.cache_resource.clear()
    data(1)
    resource(1)
    assert (data_calls, resource_calls) == ([1], [1, 1])


def test_validate_evicts_entries_that_fail() -> None:
    calls: list[int] = []
    healthy = {"ok": True}

    @st.cache_resource(validate=lambda value: healthy["ok"])
    def connect() -> int:
        calls.append(1)
        return len(calls)

    assert connect() == 1
    assert connect() == 1
    healthy["ok"] = False
    assert connect() == 2


def test_concurrent_callers_compute_once() -> None:
    calls: list[int] = []
    started = threading.Event()

    @st.cache_data
    def slow(x: int) -> int:
        calls.append(x)
        started.set()
        time.sleep(0.2)
        return x * 10

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(slow(5))) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == [50] * 5
    assert calls == [5]


def test_legacy_cache_warns_and_maps_to_the_new_decorators() -> None:
    with pytest.warns(DeprecationWarning, match=r"st.cache is deprecated. Use st.cache_resource"):

        @st.cache(allow_output_mutation=True)
        def shared() -> list[int]:
            return []

    assert shared() is shared()
    with pytest.warns(DeprecationWarning, match=r"st.cache is deprecated. Use st.cache_data"):

        @st.cache
        def copied() -> list[int]:
            return []

    assert copied() is not copied()


# ------------------------------------------------------------------------- inside an app


def _markdowns(at: AppTest) -> list[str]:
    return [str(element.value) for element in at.main.markdown]


def test_elements_are_replayed_on_a_hit() -> None:
    at = AppTest.from_string(
        """
        import desk as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data(show_spinner=False)
        def load(n):
            st.session_state.calls += 1
            st.markdown(f"loading {n}")
            with st.container():
                st.markdown("inside a block")
            st.sidebar.markdown("in the sidebar")
            return n * 2

        st.markdown("before")
        value = load(3)
        st.markdown(f"value {value}, calls {st.session_state.calls}")
        """
    ).run()
    first = _markdowns(at)
    at.run()
    assert _markdowns(at) == first
    assert first[-1] == "value 6, calls 1"
    assert "loading 3" in first and "inside a block" in first
    assert [str(m.value) for m in at.sidebar.markdown] == ["in the sidebar"]


def test_replay_lands_at_the_current_cursor() -> None:
    at = AppTest.from_string(
        """
        import desk as st

        @st.cache_data(show_spinner=False)
        def note():
            st.markdown("cached note")
            return 1

        note()
        st.markdown("between")
        note()
        """
    ).run()
    assert _markdowns(at) == ["cached note", "between", "cached note"]


def test_writing_to_a_container_from_outside_cannot_be_replayed() -> None:
    at = AppTest.from_string(
        """
        import desk as st
        box = st.container()

        @st.cache_data(show_spinner=False)
        def fill():
            box.markdown("written from inside")
            return 1

        fill()
        """
    ).run()
    assert len(at.get("Exception")) == 0
    at.run()
    errors = at.get("Exception")
    assert len(errors) == 1
    assert errors[0].proto["type"] == "CacheReplayClosureError"
    assert "container created outside of it" in errors[0].proto["message"]


def test_spinner_is_shown_while_computing_and_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    at = AppTest.from_string(
        """
        import desk as st

        @st.cache_data
        def load():
            return 1

        @st.cache_data(show_spinner="Crunching numbers...")
        def crunch():
            return 2

        load()
        crunch()
        st.markdown("done")
        """
    )
    sent: list[Any] = []
    original = at.session.sink

    def record(message: Any) -> None:
        sent.append(message)
        original(message)

    at.session.sink = record
    at.run()
    spinners = [m.node.props for m in sent if isinstance(m, Delta) and m.node.type == "Spinner"]
    assert [props["text"] for props in spinners] == ["Running `load(...)`.", "Crunching numbers..."]
    # Every prop the generated schema requires: without show_time the page drew an error card.
    assert all(SpinnerProps(**props).show_time is False for props in spinners)
    assert not any(node.type == "Spinner" for node in at.session.view.nodes.values())
    # Nothing is left where the spinners were: "done" is the first element, as in Streamlit.
    assert [(m.path, m.value) for m in at.main.children] == [((0, 0), "done")]
    sent.clear()
    at.run()
    assert not any(isinstance(m, Delta) and m.node.type == "Spinner" for m in sent)


def test_each_apptest_has_its_own_cache_scope() -> None:
    script = """
        import desk as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def load():
            st.session_state.calls += 1
            return 1

        load()
        st.markdown(f"calls {st.session_state.calls}")
        """
    assert _markdowns(AppTest.from_string(script).run()) == ["calls 1"]
    assert _markdowns(AppTest.from_string(script).run()) == ["calls 1"]


def test_widget_inside_a_cached_function_warns() -> None:
    at = AppTest.from_string(
        """
        import desk as st

        @st.cache_data(show_spinner=False)
        def pick():
            return st.checkbox("inside")

        pick()
        """
    )
    with pytest.warns(DeskAPIWarning, match=r"st.cache_data: 'pick' draws a widget"):
        at.run()
    (shown,) = at.get("Exception")
    assert shown.proto["type"] == "CachedWidgetWarning" and shown.proto["is_warning"] is True
    assert "Move the widget out of the cached function" in shown.proto["message"]


def test_blocks_created_inside_are_recreated_on_a_hit() -> None:
    at = AppTest.from_string(
        """
        import desk as st

        @st.cache_data(show_spinner=False)
        def layout():
            left, right = st.columns(2)
            left.markdown("left")
            with right:
                st.markdown("right")
                with st.expander("more"):
                    st.markdown("deep")
            return 1

        with st.sidebar:
            layout()
        layout()
        """
    ).run()
    first = sorted((path, node.type, node.props.get("body")) for path, node in at.session.view.nodes.items())
    at.run()
    again = sorted((path, node.type, node.props.get("body")) for path, node in at.session.view.nodes.items())
    assert again == first
    assert [str(m.value) for m in at.sidebar.markdown] == ["left", "right", "deep"]
    assert [str(m.value) for m in at.main.markdown] == ["left", "right", "deep"]
    assert len(at.get("Exception")) == 0


def test_binary_payloads_survive_the_copy() -> None:
    from desk.protocol import BinaryPayload, Node

    node = Node("Image", {"data": BinaryPayload(b"\x89PNG...", "image/png")})
    import pickle

    copied = pickle.loads(pickle.dumps(node))
    assert copied == node and copied.props["data"].data == b"\x89PNG..."


def test_apptest_stays_in_memory_without_a_configured_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DESK_CACHE_DIR")
    monkeypatch.setattr("desk.cache.locations.cache_root", lambda settings: tmp_path / "must-not-exist")
    AppTest.from_string(
        """
        import desk as st

        @st.cache_data
        def load():
            return 1

        load()
        """
    ).run()
    assert not (tmp_path / "must-not-exist").exists()


def test_the_clear_cache_message_clears_both_kinds() -> None:
    from desk.protocol import ClearCache

    at = AppTest.from_string(
        """
        import desk as st
        st.session_state.setdefault("calls", [])

        @st.cache_data
        def data():
            st.session_state.calls.append("data")

        @st.cache_resource
        def resource():
            st.session_state.calls.append("resource")

        data()
        resource()
        st.markdown(", ".join(st.session_state.calls))
        """
    ).run()
    at.run()
    assert _markdowns(at) == ["data, resource"]
    at.session.handle(ClearCache())
    at.run()
    assert _markdowns(at) == ["data, resource, data, resource"]


def test_nested_cached_functions_replay_and_show_one_spinner() -> None:
    at = AppTest.from_string(
        """
        import desk as st

        @st.cache_data
        def inner(x):
            st.markdown(f"inner {x}")
            return x

        @st.cache_data
        def outer(x):
            st.markdown("outer")
            return inner(x) + inner(x + 1)

        st.markdown(f"total {outer(1)}")
        """
    )
    sent: list[Any] = []
    original = at.session.sink
    at.session.sink = lambda message: (sent.append(message), original(message))  # type: ignore[func-returns-value]
    at.run()
    expected = ["outer", "inner 1", "inner 2", "total 3"]
    assert _markdowns(at) == expected
    spinners = [m.node.props["text"] for m in sent if isinstance(m, Delta) and m.node.type == "Spinner"]
    assert spinners == ["Running `outer(...)`."]
    at.run()
    assert _markdowns(at) == expected
