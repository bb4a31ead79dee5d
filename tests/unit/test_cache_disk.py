"""The persistent cache tier: persistence, invalidation, signatures, faults, eviction, processes."""

from __future__ import annotations

import errno
import logging
import os
import pickle
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

import desk as st
import desk.config
from desk.cache import api, blobs, disk, encoding, index, locations, memory, secret, write_behind
from desk.cache.keys import Hasher
from desk.testing import AppTest


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("DESK_APP_ID", raising=False)
    api.forget_all()
    yield
    api.forget_all()


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("DESK_CACHE_DIR", str(root))
    return root


def _app(tmp_path: Path, body: str, name: str = "app.py") -> Path:
    script = tmp_path / name
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    return script


def _markdowns(at: AppTest) -> list[str]:
    return [str(m.value) for m in at.main.markdown]


def _cached(func: Any) -> api.CachedFunction:
    return func._desk_cached  # type: ignore[no-any-return]


def _bare_app(monkeypatch: pytest.MonkeyPatch, app_id: str = "bare-app") -> None:
    """Outside a run, the disk tier is used when the app id is given (as in a built app)."""
    monkeypatch.setenv("DESK_APP_ID", app_id)


# ------------------------------------------------------------------------- persistence


COUNTING_APP = """
    import desk as st
    import pandas as pd
    from pathlib import Path

    LOG = Path(__file__).with_name("computed.log")

    @st.cache_data
    def load(n):
        with open(LOG, "a") as handle:
            handle.write("x")
        st.markdown("computed inside")
        return pd.DataFrame({"n": range(n), "label": [f"row {i}" for i in range(n)]})

    @st.cache_data
    def settings():
        with open(LOG, "a") as handle:
            handle.write("s")
        return {"theme": "dark", "sizes": [1, 2, 3]}

    frame = load(4)
    st.markdown(f"{len(frame)} rows, last {frame['label'].iloc[-1]}, {settings()['theme']}")
    """


def test_entries_persist_across_reopened_apps(tmp_path: Path, cache_dir: Path) -> None:
    script = _app(tmp_path, COUNTING_APP)
    first = AppTest.from_file(script).run()
    second = AppTest.from_file(script).run()  # a new scope: memory is empty, the disk is not
    assert _markdowns(first) == _markdowns(second) == ["computed inside", "4 rows, last row 3, dark"]
    assert (tmp_path / "computed.log").read_text() == "xs"
    app_id = locations.app_id_for_script(script)
    entries = disk.DiskCache(cache_dir, app_id).entries()
    assert sorted(e.format for e in entries) == ["arrow", "pickle"]
    assert sorted(e.name for e in entries) == ["load", "settings"]


def test_persist_false_keeps_entries_in_memory(tmp_path: Path, cache_dir: Path) -> None:
    script = _app(
        tmp_path,
        """
        import desk as st
        from pathlib import Path

        @st.cache_data(persist=False)
        def load():
            with open(Path(__file__).with_name("computed.log"), "a") as handle:
                handle.write("x")
            return 1

        load()
        """,
    )
    AppTest.from_file(script).run()
    AppTest.from_file(script).run()
    assert (tmp_path / "computed.log").read_text() == "xx"


def test_the_setting_changes_the_default(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_CACHE_PERSIST", "false")  # outside a run, the environment's settings apply
    _bare_app(monkeypatch)

    @st.cache_data
    def memory_only() -> int:
        return 1

    @st.cache_data(persist="disk")
    def on_disk() -> int:
        return 2

    memory_only()
    on_disk()
    names = [entry.name for entry in disk.DiskCache(cache_dir, "bare-app").entries()]
    assert names == [_cached(on_disk).func.__qualname__]


def test_a_disk_hit_returns_an_equal_writable_frame(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bare_app(monkeypatch)
    frame = pd.DataFrame(
        {
            "i": range(5),
            "f": [0.5, None, 2.5, 3.5, 4.5],
            "s": ["a", None, "c", "d", "e"],
            "t": pd.date_range("2024-01-01", periods=5, tz="UTC"),
            "c": pd.Categorical(["x", "y", "x", "y", "x"]),
        },
        index=pd.Index(list("vwxyz"), name="key"),
    )
    series = pd.Series([1.0, 2.0], index=["a", "b"], name="weights")
    calls: list[str] = []

    @st.cache_data
    def load(kind: str) -> Any:
        calls.append(kind)
        return {"frame": frame, "series": series, "table": pa.table({"x": [1, 2]})}[kind]

    for kind in ("frame", "series", "table"):
        load(kind)
    api.forget_all()  # a reopened app: memory is empty
    loaded = load("frame")
    pd.testing.assert_frame_equal(loaded, frame)
    loaded.iloc[0, 0] = 100  # a copy we may change
    pd.testing.assert_series_equal(load("series"), series)
    assert load("table").equals(pa.table({"x": [1, 2]}))
    assert calls == ["frame", "series", "table"]
    assert {e.format for e in disk.DiskCache(cache_dir, "bare-app").entries()} == {"arrow"}


def test_clear_removes_disk_entries(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data
    def load(x: int) -> int:
        calls.append(x)
        return x

    load(1)
    load(2)
    store = disk.DiskCache(cache_dir, "bare-app")
    assert len(store.entries()) == 2
    load.clear(1)  # type: ignore[attr-defined]
    assert len(store.entries()) == 1
    load.clear()  # type: ignore[attr-defined]
    assert store.entries() == []
    load(3)
    st.cache_data.clear()
    assert store.entries() == []
    assert list((store.blobs).iterdir()) == []


# ------------------------------------------------------------------------- keys


def test_an_edited_csv_invalidates_the_entry(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bare_app(monkeypatch)
    csv = tmp_path / "sales.csv"
    csv.write_text("a,b\n1,2\n")

    @st.cache_data
    def read(path: str) -> pd.DataFrame:
        return pd.read_csv(path)

    assert read(str(csv))["a"].tolist() == [1]
    csv.write_text("a,b\n5,6\n")
    stat = csv.stat()
    os.utime(csv, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert read(str(csv))["a"].tolist() == [5]
    assert read(csv)["a"].tolist() == [5]  # os.PathLike works too


def test_frames_are_hashed_in_full() -> None:
    frame = pd.DataFrame({"x": range(200_000), "y": [float(i) for i in range(200_000)]})
    before = Hasher().digest(frame)
    changed = frame.copy()
    changed.loc[123_457, "y"] = -1.0
    assert Hasher().digest(changed) != before
    assert Hasher().digest(frame.copy()) == before


def test_one_changed_row_in_a_big_frame_misses(cache_dir: Path) -> None:
    calls: list[float] = []

    @st.cache_data
    def total(frame: pd.DataFrame) -> float:
        calls.append(1)
        return float(frame["y"].sum())

    frame = pd.DataFrame({"x": range(200_000), "y": [1.0] * 200_000})
    total(frame)
    total(frame.copy())
    edited = frame.copy()
    edited.loc[150_001, "y"] = 2.0
    assert total(edited) == 200_001.0
    assert len(calls) == 2


def test_editing_the_function_body_starts_a_fresh_cache(tmp_path: Path, cache_dir: Path) -> None:
    script = _app(
        tmp_path,
        """
        import desk as st

        @st.cache_data
        def answer():
            return 1

        st.markdown(str(answer()))
        """,
    )
    assert _markdowns(AppTest.from_file(script).run()) == ["1"]
    script.write_text(script.read_text().replace("return 1", "return 2"))
    assert _markdowns(AppTest.from_file(script).run()) == ["2"]


# ------------------------------------------------------------------------- signatures and faults


SIDE_EFFECT_MARKER: Path | None = None


class _Exploit:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> Any:
        return (open, (str(self.marker), "w"))


def _only_blob(store: disk.DiskCache) -> tuple[str, Path]:
    (entry,) = store.entries()
    return entry.key, store.blob_path(entry.key)


def test_a_forged_entry_is_never_unpickled(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data
    def load() -> str:
        calls.append(1)
        return "genuine"

    load()
    store = disk.DiskCache(cache_dir, "bare-app")
    key, blob = _only_blob(store)
    marker = tmp_path / "exploited"
    forged = encoding.Encoded("pickle", "object", [pickle.dumps([]), pickle.dumps(_Exploit(marker))], {})
    blobs.write_atomically(blob, blobs.blob_parts(key, forged, b"not the user's secret" * 2))
    api.forget_all()
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert load() == "genuine"
    assert not marker.exists()
    assert calls == [1, 1]
    assert "signature does not verify" in caplog.text
    assert len(store.entries()) == 1  # recomputed and stored again


def test_a_truncated_blob_is_recomputed_with_a_warning(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data
    def load() -> pd.DataFrame:
        calls.append(1)
        return pd.DataFrame({"x": range(1000)})

    load()
    _, blob = _only_blob(disk.DiskCache(cache_dir, "bare-app"))
    data = blob.read_bytes()
    blob.write_bytes(data[: len(data) // 2])
    api.forget_all()
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert load()["x"].sum() == sum(range(1000))
    assert calls == [1, 1]
    assert "dropped and recomputed: truncated" in caplog.text


def test_a_corrupt_or_missing_blob_is_recomputed(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data
    def load(x: int) -> list[int]:
        calls.append(x)
        return [x] * 100

    load(1)
    load(2)
    store = disk.DiskCache(cache_dir, "bare-app")
    blobs = {entry.key: store.blob_path(entry.key) for entry in store.entries()}
    first, second = (blobs[_cached(load).disk_key(_cached(load).value_key((x,), {}))] for x in (1, 2))
    data = bytearray(first.read_bytes())
    data[-10] ^= 0xFF  # one flipped byte in the value
    first.write_bytes(bytes(data))
    second.unlink()
    api.forget_all()
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert load(1) == [1] * 100
        assert load(2) == [2] * 100
    assert calls == [1, 2, 1, 2]
    assert "signature does not verify" in caplog.text
    assert "the blob file is missing" in caplog.text


def test_a_corrupt_index_starts_an_empty_cache(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data
    def load() -> int:
        calls.append(1)
        return 5

    load()
    api.forget_all()
    store = disk.DiskCache(cache_dir, "bare-app")
    (store.folder / index.INDEX_NAME).write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (store.folder / f"{index.INDEX_NAME}{suffix}").unlink(missing_ok=True)
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert load() == 5
    assert calls == [1, 1]
    assert "is corrupt" in caplog.text
    api.forget_all()
    assert load() == 5  # stored again in the fresh index
    assert calls == [1, 1]


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_an_unwritable_folder_degrades_to_memory_with_one_warning(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, code: int
) -> None:
    _bare_app(monkeypatch)

    def refuse(path: Path, parts: list[Any]) -> tuple[Path, int]:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(blobs, "write_temporary", refuse)
    calls: list[int] = []

    @st.cache_data
    def load(x: int) -> int:
        calls.append(x)
        return x * 2

    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert [load(1), load(2), load(1), load(3)] == [2, 4, 2, 6]
        write_behind.flush_writes()  # entries are written in the background
    assert calls == [1, 2, 3]  # memory caching continues
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "Caching continues in memory only" in warnings[0].getMessage()
    assert all(r.levelno < logging.ERROR for r in caplog.records)


def test_a_cache_folder_that_cannot_be_created_degrades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DESK_CACHE_DIR", str(blocker / "cache"))
    _bare_app(monkeypatch)

    @st.cache_data
    def load() -> int:
        return 7

    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert load() == 7
        assert load() == 7
    assert len([r for r in caplog.records if "memory only" in r.getMessage()]) == 1


def test_a_broken_disk_inside_an_app_never_fails_the_run(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, parts: list[Any]) -> tuple[Path, int]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(blobs, "write_temporary", refuse)
    script = _app(
        tmp_path,
        """
        import desk as st

        @st.cache_data
        def load():
            return 41

        st.markdown(str(load() + 1))
        """,
    )
    assert _markdowns(AppTest.from_file(script).run()) == ["42"]


def test_the_secret_is_private(cache_dir: Path) -> None:
    key = secret.load_secret(cache_dir)
    assert len(key) == 32
    assert secret.load_secret(cache_dir) == key
    if os.name == "posix":
        assert (cache_dir / secret.SECRET_NAME).stat().st_mode & 0o777 == 0o600


# ------------------------------------------------------------------------- ttl, max_entries, size cap


class WallClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_ttl_holds_on_disk(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = WallClock()
    monkeypatch.setattr(disk, "wall_clock", clock)
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data(ttl=60)
    def load() -> int:
        calls.append(1)
        return 1

    load()
    api.forget_all()
    clock.now += 30
    load()
    assert calls == [1]
    api.forget_all()
    clock.now += 31
    load()
    assert calls == [1, 1]


def test_a_disk_hit_keeps_the_remaining_ttl_in_memory(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wall = WallClock()
    mono = WallClock()
    monkeypatch.setattr(disk, "wall_clock", wall)
    monkeypatch.setattr(memory, "monotonic", mono)
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data(ttl=60)
    def load() -> int:
        calls.append(1)
        return 1

    load()
    api.forget_all()
    wall.now += 50
    load()  # from disk, 10 s left
    wall.now += 11
    mono.now += 11
    load()
    assert calls == [1, 1]


def test_frame_subclasses_are_pickled_to_keep_their_type(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _bare_app(monkeypatch)

    @st.cache_data
    def load() -> Frame:
        return Frame({"x": [1, 2]})

    load()
    api.forget_all()
    assert type(load()) is Frame
    assert [e.format for e in disk.DiskCache(cache_dir, "bare-app").entries()] == ["pickle"]


class Frame(pd.DataFrame):
    @property
    def _constructor(self) -> type[Frame]:
        return Frame


def test_max_entries_holds_on_disk(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = WallClock()
    monkeypatch.setattr(disk, "wall_clock", clock)
    _bare_app(monkeypatch)

    @st.cache_data(max_entries=2)
    def load(x: int) -> int:
        return x

    for x in (1, 2, 3):
        clock.now += 1
        load(x)
    assert len(disk.DiskCache(cache_dir, "bare-app").entries()) == 2


def _encoded(size: int) -> encoding.Encoded:
    return encoding.encode(b"x" * size, [])


def test_the_size_cap_evicts_the_least_recently_used(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = WallClock()
    monkeypatch.setattr(disk, "wall_clock", clock)
    store = disk.DiskCache(cache_dir, "capped", max_bytes=350_000)
    for name in ("a", "b", "c"):
        clock.now += 1
        assert store.put(name, function="f", name="f", encoded=_encoded(100_000))
    clock.now += 1
    assert store.get("a") is not None  # "b" is now the least recently used
    clock.now += 1
    store.put("d", function="f", name="f", encoded=_encoded(100_000))
    assert sorted(entry.key for entry in store.entries()) == ["a", "c", "d"]
    assert not store.blob_path("b").exists()


def test_the_size_cap_comes_from_the_settings(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_CACHE_MAX_SIZE_MB", "1")  # outside a run, the environment's settings apply
    _bare_app(monkeypatch)

    @st.cache_data
    def blob(x: int) -> bytes:
        return bytes([x]) * 400_000

    for x in range(4):
        blob(x)
    entries = disk.DiskCache(cache_dir, "bare-app").entries()
    assert len(entries) == 2
    assert sum(entry.size for entry in entries) <= 1024 * 1024


# ------------------------------------------------------------------------- processes


WORKER = """
import sys
import desk as st

@st.cache_data
def square(x):
    with open(sys.argv[1], "a") as log:
        log.write(f"{x}\\n")
    return {"x": x, "square": x * x, "payload": "y" * 20000}

for round in range(3):
    for x in range(12):
        assert square(x)["square"] == x * x
    st.cache_data.clear() if round == 1 and sys.argv[2] == "clearer" else None
print("ok")
"""


def test_two_processes_share_one_cache(tmp_path: Path, cache_dir: Path) -> None:
    worker = tmp_path / "worker.py"
    worker.write_text(WORKER)
    env = {**os.environ, "DESK_CACHE_DIR": str(cache_dir), "DESK_APP_ID": "shared-app", "PYTHONWARNINGS": "error"}
    logs = [tmp_path / "log-a.txt", tmp_path / "log-b.txt"]
    procs = [
        subprocess.Popen(
            [sys.executable, str(worker), str(log), role],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for log, role in zip(logs, ["clearer", "reader"], strict=True)
    ]
    outputs = [proc.communicate(timeout=60) for proc in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
        assert "Traceback" not in err
    store = disk.DiskCache(cache_dir, "shared-app")
    assert len(store.entries()) == 12
    assert all(store.get(entry.key) is not None for entry in store.entries())
    # The second process reused at least part of what the first one computed.
    computed = sum(len(log.read_text().split()) for log in logs if log.exists())
    assert computed < 2 * 12 * 3


# ------------------------------------------------------------------------- safety on shared disks (issue 16)


def _planted_exploit(cache_dir: Path, load: Any, marker: Path) -> disk.DiskCache:
    """An entry for ``load()`` whose pickle opens ``marker``, signed with the key now in ``cache_dir``."""
    cached = _cached(load)
    store = disk.DiskCache(cache_dir, "bare-app")
    forged = encoding.Encoded("pickle", "object", [pickle.dumps([]), pickle.dumps(_Exploit(marker))], {})
    store.put(cached.disk_key(cached.value_key((), {})), function=cached.function_key, name="load", encoded=forged)
    store.close()
    return store


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")
@pytest.mark.parametrize("how", ["another user owns it", "world-readable", "group-writable", "a symbolic link"])
def test_a_key_file_someone_else_could_write_is_refused(
    how: str, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 16: a cache root prepared by another user made desk run their signed pickle."""
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data
    def load() -> str:
        calls.append(1)
        return "genuine"

    marker = tmp_path / "exploited"
    _planted_exploit(cache_dir, load, marker)
    key_file = cache_dir / secret.SECRET_NAME
    if how == "another user owns it":
        os.chown(key_file, os.geteuid() + 4242, -1)
    elif how == "world-readable":
        key_file.chmod(0o644)
    elif how == "group-writable":
        key_file.chmod(0o620)
    else:
        real = tmp_path / "elsewhere.key"
        key_file.rename(real)
        key_file.symlink_to(real)
    api.forget_all()
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert load() == "genuine"
        assert load() == "genuine"
    assert not marker.exists()
    assert calls == [1]  # computed once, then cached in memory
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "desk will not trust it" in warnings[0] and "memory only" in warnings[0]
    with pytest.raises(secret.UnsafeCacheError, match="will not trust it"):
        secret.load_secret(cache_dir)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_cache_folders_and_files_are_private(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: folders were 0755 and blobs 0644, readable by every user."""
    _bare_app(monkeypatch)
    store = disk.DiskCache(cache_dir, "bare-app")
    (cache_dir / "apps").mkdir(parents=True, mode=0o755)  # made by an older desk: tightened
    (cache_dir / "apps").chmod(0o755)

    @st.cache_data
    def load(kind: str) -> Any:
        return pd.DataFrame({"x": [1.0, 2.0]}) if kind == "frame" else {"kind": kind}

    load("frame")
    load("dict")
    api.forget_all()
    for folder in (cache_dir, cache_dir / "apps", store.folder, store.blobs):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    files = [cache_dir / secret.SECRET_NAME, store.folder / index.INDEX_NAME, *store.blobs.iterdir()]
    assert len(files) == 4
    for file in files:
        assert file.stat().st_mode & 0o777 == 0o600, file


def test_a_crafted_index_row_never_deletes_a_file_outside_blobs(cache_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Issue 16: eviction turned an index row's key into a path outside blobs/ and deleted it."""
    import sqlite3

    store = disk.DiskCache(cache_dir, "crafted", max_bytes=150_000)
    assert store.put("aa", function="f", name="f", encoded=_encoded(100_000))
    victim = store.folder / "victim.blob"
    victim.write_text("not the cache's to delete")
    with sqlite3.connect(store.folder / index.INDEX_NAME) as conn:
        conn.execute("INSERT INTO entries VALUES ('../victim', 'f', 'f', 10, 0, 0, NULL, 'pickle')")
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert store.put("bb", function="f", name="f", encoded=_encoded(100_000))  # evicts the oldest: the crafted row
        store.clear()
    assert victim.read_text() == "not the cache's to delete"
    assert "'../victim' is not a cache key" in caplog.text
    with pytest.raises(ValueError, match="not a cache key"):
        store.blob_path("../victim")


def _replace_during(monkeypatch: pytest.MonkeyPatch, name: str, replace: Any) -> None:
    """Run ``replace()`` once, just before the first call of ``blobs.<name>`` (another process's write)."""
    original = getattr(blobs, name)
    done: list[bool] = []

    def hooked(*args: Any, **kwargs: Any) -> Any:
        if not done:
            done.append(True)
            replace()
        return original(*args, **kwargs)

    monkeypatch.setattr(blobs, name, hooked)


def test_a_blob_replaced_while_it_is_read_is_never_mixed_with_the_new_one(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 16: the reader parsed one file's header and mapped the next file's data, then dropped both."""
    import json

    reader = disk.DiskCache(cache_dir, "shared")
    writer = disk.DiskCache(cache_dir, "shared")
    key = "ab" * 16
    old = pd.DataFrame({"x": [1.0, 2.0, 3.0]})
    new = pd.DataFrame({"x": [4.0] * 5000, "y": ["longer"] * 5000})
    assert reader.put(key, function="f", name="load", encoded=encoding.encode(old, []))
    parsed: list[int] = []

    def loads(text: Any) -> Any:
        if not parsed:  # another process replaces the blob just after this one was opened
            parsed.append(1)
            assert writer.put(key, function="f", name="load", encoded=encoding.encode(new, []))
        return json.loads(text)

    monkeypatch.setattr(blobs, "json", SimpleNamespace(dumps=json.dumps, loads=loads))
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        found = reader.get(key)
    monkeypatch.undo()
    assert parsed == [1]
    assert found is not None
    pd.testing.assert_frame_equal(found[0], old)  # the file it opened, whole
    assert "dropped" not in caplog.text
    again = reader.get(key)
    assert again is not None
    pd.testing.assert_frame_equal(again[0], new)


def test_an_entry_another_process_just_replaced_is_never_deleted(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 16: a reader that found a bad blob deleted the valid entry another process had just written."""
    reader = disk.DiskCache(cache_dir, "shared")
    writer = disk.DiskCache(cache_dir, "shared")
    key = "cd" * 16
    assert reader.put(key, function="f", name="load", encoded=encoding.encode([1] * 100, []))
    blob = reader.blob_path(key)
    data = bytearray(blob.read_bytes())
    data[-10] ^= 0xFF  # the reader will find this copy corrupt...
    blob.write_bytes(bytes(data))
    # ...and, while it checks it, another process stores a fresh, valid entry.
    _replace_during(monkeypatch, "_verify", lambda: writer.put(key, function="f", name="load", encoded=encoding.encode([2] * 100, [])))
    assert reader.get(key) is None  # a miss: the copy it read was bad
    monkeypatch.undo()
    found = reader.get(key)
    assert found is not None and found[0] == [2] * 100
    assert "dropped" not in caplog.text


# ------------------------------------------------------------------------- mapped frames and writing behind (issue 16)


def test_each_hit_of_a_mapped_frame_is_a_private_copy(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Frames are read without copying from a private map: changing one must not reach the next hit or the file."""
    _bare_app(monkeypatch)
    original = pd.DataFrame(
        {
            "f": [0.5, float("nan"), 2.5],  # NaN is kept as a value: still read without a copy
            "i": [1, 2, 3],
            "t": pd.date_range("2024-01-01", periods=3),
            "c": pd.Categorical(["x", "y", "x"]),
            "s": ["a", "b", None],
        }
    )

    @st.cache_data
    def load() -> pd.DataFrame:
        return original.copy()

    load()
    write_behind.flush_writes()
    for reopen in (True, False):  # a hit after a restart, then a hit of the disk-backed memory entry
        if reopen:
            api.forget_all()
        first = load()
        first.iloc[0, 0] = 99.0
        first["i"] *= 10
        first.loc[1, "t"] = pd.Timestamp("1999-01-01")
        first.loc[2, "c"] = "y"
        second = load()
        pd.testing.assert_frame_equal(second, original, check_index_type=True)
        assert first["f"].iloc[0] == 99.0 and first["i"].tolist() == [10, 20, 30]
    api.forget_all()
    pd.testing.assert_frame_equal(load(), original)  # the file was never changed


def test_corrupt_frame_data_fails_its_checksum_and_is_recomputed(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _bare_app(monkeypatch)
    calls: list[int] = []

    @st.cache_data
    def load() -> pd.DataFrame:
        calls.append(1)
        return pd.DataFrame({"x": [float(i) for i in range(10_000)]})

    load()
    _, blob = _only_blob(disk.DiskCache(cache_dir, "bare-app"))
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01  # one flipped bit in the column's values
    blob.write_bytes(bytes(data))
    api.forget_all()
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert load()["x"].sum() == sum(range(10_000))
    assert calls == [1, 1]
    assert "checksum does not match" in caplog.text


def test_a_frame_pickle_is_never_trusted_without_its_signature(tmp_path: Path, cache_dir: Path) -> None:
    """The checksum covers Arrow data only: the replay record (a pickle) stays signed."""
    store = disk.DiskCache(cache_dir, "signed")
    key = "ef" * 16
    marker = tmp_path / "exploited"
    forged = encoding.Encoded("arrow", "frame", [pickle.dumps(_Exploit(marker)), encoding.encode(pd.DataFrame({"x": [1.0]}), []).sections[1]], {})
    assert store.put(key, function="f", name="f", encoded=forged)  # signed with the real key: fine
    blob = store.blob_path(key)
    blobs.write_atomically(blob, blobs.blob_parts(key, forged, b"someone else's key" * 2))
    assert store.get(key) is None
    assert not marker.exists()


EXITING_APP = """
import sys
import pandas as pd
import desk as st

@st.cache_data
def load():
    return pd.DataFrame({"x": range(200_000)})

load()
sys.exit(0)  # at once: the entry is still being written in the background
"""


def test_an_entry_written_in_the_background_is_not_lost_at_exit(tmp_path: Path, cache_dir: Path) -> None:
    script = tmp_path / "exiting.py"
    script.write_text(EXITING_APP)
    env = {**os.environ, "DESK_CACHE_DIR": str(cache_dir), "DESK_APP_ID": "exiting-app", "PYTHONWARNINGS": "error"}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    (entry,) = disk.DiskCache(cache_dir, "exiting-app").entries()
    assert entry.format == "arrow"


def test_changing_a_fresh_result_never_reaches_the_entry_written_behind_it(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The entry is written in the background from a snapshot taken before the caller gets the value."""
    _bare_app(monkeypatch)
    gate = threading.Event()
    write_behind.writer.submit(disk.DiskCache(cache_dir, "bare-app"), "", lambda: gate.wait(10))  # hold the writer back

    @st.cache_data
    def load() -> pd.DataFrame:
        return pd.DataFrame({"x": [1.0, 2.0, 3.0], "s": ["a", "b", "c"]})

    fresh = load()
    fresh.iloc[0, 0] = -1.0
    fresh["s"] = "changed"
    hit = load()  # from the in-memory snapshot, the write still pending
    hit.iloc[1, 0] = -2.0
    pd.testing.assert_frame_equal(load(), pd.DataFrame({"x": [1.0, 2.0, 3.0], "s": ["a", "b", "c"]}))
    gate.set()
    api.forget_all()  # the write runs now, from the snapshot
    pd.testing.assert_frame_equal(load(), pd.DataFrame({"x": [1.0, 2.0, 3.0], "s": ["a", "b", "c"]}))


def test_a_series_whose_name_overflows_the_streamed_header_is_still_stored(cache_dir: Path) -> None:
    store = disk.DiskCache(cache_dir, "long-name")
    series = pd.Series([1.0, 2.0], name="n" * (blobs.RESERVED_HEAD * 2))
    assert store.put("ab" * 16, function="f", name="f", encoded=encoding.encode(series, []))
    found = store.get("ab" * 16)
    assert found is not None
    pd.testing.assert_series_equal(found[0], series)


def test_flushing_at_exit_waits_for_pending_writes_and_says_when_it_gives_up(
    cache_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from desk.cache import flush_pending_writes

    gate = threading.Event()
    write_behind.writer.submit(disk.DiskCache(cache_dir, "exiting"), "", lambda: gate.wait(10))
    with caplog.at_level(logging.WARNING, logger="desk.cache"):
        assert not flush_pending_writes(timeout=0.05)
    assert "abandoned at exit" in caplog.text
    gate.set()
    assert flush_pending_writes(timeout=10)


# ------------------------------------------------------------------------- times of use off the hit's path (issue 16)


def _last_used(store: disk.DiskCache) -> dict[str, float]:
    """The index's last-use times, read through a connection of the test's own (nothing is flushed)."""
    conn = sqlite3.connect(store.folder / index.INDEX_NAME)
    try:
        return dict(conn.execute("SELECT key, last_used FROM entries").fetchall())
    finally:
        conn.close()


def test_a_hit_is_one_indexed_read_that_waits_for_no_write(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16: a hit took the index's lock, so it waited for a write of this process or another to finish."""
    clock = WallClock()
    monkeypatch.setattr(disk, "wall_clock", clock)
    store = disk.DiskCache(cache_dir, "hits")
    keys = ["a1" * 16, "b2" * 16]
    for key in keys:
        assert store.put(key, function="f", name="load", encoded=encoding.encode([key], []))
    assert store.read(keys[0]) is not None  # opens the connections
    write_behind.flush_writes()
    statements: list[tuple[int, str]] = []
    for conn in (store._conn, store._reader):
        assert conn is not None
        conn.set_trace_callback(lambda statement: statements.append((threading.get_ident(), statement)))

    # Another process is writing (it holds the index's write lock), and so is this process's
    # write-behind thread (it holds the store's lock): a hit waits for neither.
    other = sqlite3.connect(store.folder / index.INDEX_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    holding, release = threading.Event(), threading.Event()

    def write_in_progress() -> None:
        with store._lock:
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=write_in_progress)
    holder.start()
    assert holding.wait(10)
    clock.now += 60
    found: list[Any] = []
    hits = threading.Thread(target=lambda: found.extend(store.read(key) for key in [*keys, keys[0]]))
    hits.start()
    hits.join(20)
    finished = not hits.is_alive()
    release.set()
    holder.join(10)
    other.execute("COMMIT")
    other.close()
    hits.join(10)
    assert finished, "a hit waited for a write"
    assert [entry.value for entry in found] == [[keys[0]], [keys[1]], [keys[0]]]
    on_the_hits_thread = [statement for thread, statement in statements if thread == hits.ident]
    assert len(on_the_hits_thread) == 3
    assert all(statement.startswith("SELECT") and "WHERE key =" in statement for statement in on_the_hits_thread)

    # The times of use are written later, in the background, by a flush at the latest.
    write_behind.flush_writes()
    assert _last_used(store) == {key: clock.now for key in keys}
    store.close()


LAST_USE_AT_EXIT = """
import sqlite3, sys
from pathlib import Path
from desk.cache import disk, encoding

root, key = Path(sys.argv[1]), "cd" * 16
disk.USE_RECORD_DELAY = 3600.0  # nothing but the exit writes the time of use
disk.wall_clock = lambda: 1000.0
store = disk.DiskCache(root, "last-use")
assert store.put(key, function="f", name="load", encoded=encoding.encode([1, 2], []))
disk.wall_clock = lambda: 2000.0
assert store.read(key) is not None
conn = sqlite3.connect(store.folder / "index.sqlite")
print(conn.execute("SELECT last_used FROM entries").fetchone()[0])
conn.close()
"""


def test_the_time_of_a_hit_is_recorded_at_exit(tmp_path: Path, cache_dir: Path) -> None:
    """The hit's time of use waits in memory, off its path, and the interpreter's exit writes it."""
    script = tmp_path / "last_use.py"
    script.write_text(LAST_USE_AT_EXIT)
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    done = subprocess.run([sys.executable, str(script), str(cache_dir)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1000.0"]  # not written by the hit itself
    assert _last_used(disk.DiskCache(cache_dir, "last-use")) == {"cd" * 16: 2000.0}


def test_a_delayed_job_runs_when_due_without_a_flush() -> None:
    ran = threading.Event()
    write_behind.writer.submit_after(0.0, ran.set)
    assert ran.wait(10)
