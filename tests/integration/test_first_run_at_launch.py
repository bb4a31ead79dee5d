"""The first session runs its script when the server starts, and the first client adopts it (issue 18)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from wsclient import Client, run

from desk.server import sessions as desk_sessions
from desk.server.app import ServerHandle

Serve = Callable[..., ServerHandle]

# Each run appends a line to runs.txt beside the script, so a test sees how many runs happened.
COUNTING_APP = """
from pathlib import Path
import desk as st

with open(Path(__file__).with_name("runs.txt"), "a") as runs:
    runs.write("run\\n")
st.markdown("hello")
"""

CONTEXT_APP = """
from pathlib import Path
import desk as st

with open(Path(__file__).with_name("runs.txt"), "a") as runs:
    runs.write("run\\n")
st.markdown(f"tz={st.context.timezone}")
"""

QUERY_APP = """
import desk as st

st.markdown(f"q={st.query_params.get('q')}")
"""


def _runs(handle: ServerHandle) -> int:
    path = handle.desk.script_path.with_name("runs.txt")
    return len(path.read_text().splitlines()) if path.exists() else 0


def _wait_for_runs(handle: ServerHandle, count: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while _runs(handle) < count:
        assert time.monotonic() < deadline, f"{_runs(handle)} runs, expected {count}"
        time.sleep(0.01)


def test_the_script_runs_before_any_client_and_the_first_client_gets_that_run(serve: Serve) -> None:
    handle = serve(COUNTING_APP)
    _wait_for_runs(handle, 1)  # no client has connected yet

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()
        messages = await client.run_finished()
        assert [m["type"] for m in messages] == ["NewRun", "Delta", "RunFinished"]
        assert client.tree.bodies() == ["hello"]
        await client.close()

    run(scenario())
    assert _runs(handle) == 1, "the first client's session ran the script again"


def test_only_the_first_client_adopts_it(serve: Serve) -> None:
    handle = serve(COUNTING_APP)
    _wait_for_runs(handle, 1)

    async def scenario() -> None:
        first = await Client.connect(handle)
        info = await first.hello()
        await first.run_finished()
        second = await Client.connect(handle)
        other = await second.hello()
        await second.run_finished()
        assert other["session_id"] != info["session_id"]
        assert second.tree.bodies() == ["hello"]
        await first.close()
        await second.close()

    run(scenario())
    assert _runs(handle) == 2


def test_a_run_that_read_st_context_is_not_adopted(serve: Serve) -> None:
    handle = serve(CONTEXT_APP)
    _wait_for_runs(handle, 1)

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()  # sends timezone="Europe/Paris"
        await client.run_finished()
        assert client.tree.bodies() == ["tz=Europe/Paris"]
        await client.close()

    run(scenario())
    assert _runs(handle) == 2
    assert handle.desk.sessions.spare is None


def test_a_client_with_a_query_string_gets_a_run_of_its_own(serve: Serve) -> None:
    handle = serve(QUERY_APP)

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello(query_string="q=7")
        await client.run_finished()
        assert client.tree.bodies() == ["q=7"]
        await client.close()

    run(scenario())


def test_a_spare_nobody_takes_is_closed(serve: Serve, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk_sessions, "SPARE_TTL", 0.2)
    handle = serve(COUNTING_APP)
    _wait_for_runs(handle, 1)
    deadline = time.monotonic() + 10
    while handle.desk.sessions.spare is not None:
        assert time.monotonic() < deadline, "the spare session was never closed"
        time.sleep(0.02)

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()
        await client.run_finished()
        assert client.tree.bodies() == ["hello"]
        await client.close()

    run(scenario())
    assert _runs(handle) == 2


def test_a_reopened_apps_disk_cache_warms_up_while_the_script_runs_at_launch(
    serve: Serve, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import threading

    from desk.cache import api

    warmed = threading.Event()
    seen: list[Path] = []

    def recording_warm_up(script: Path, settings: object) -> None:
        seen.append(script)
        warmed.set()

    monkeypatch.setattr(api, "warm_up_disk", recording_warm_up)
    cache_dir = tmp_path / "cache"
    _make_disk_index(cache_dir, tmp_path / "app.py")  # the app ran before and cached something
    handle = serve(COUNTING_APP, cache_dir=str(cache_dir))
    assert warmed.wait(10), "the disk cache was not warmed up at launch"
    assert seen == [handle.desk.script_path]
    assert handle.desk.settings.first_run_at_launch


def _make_disk_index(cache_dir: Path, script: Path) -> None:
    from desk.cache.locations import INDEX_NAME, app_id_for_script

    folder = cache_dir / "apps" / app_id_for_script(script)
    folder.mkdir(parents=True)
    (folder / INDEX_NAME).write_bytes(b"")


@pytest.mark.parametrize("first_run_at_launch", [True, False])
def test_an_app_without_a_disk_cache_warms_up_nothing(
    serve: Serve, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, first_run_at_launch: bool
) -> None:
    """Nothing to read back: the warm-up must not spend the page's loading time importing the cache."""
    import threading

    from desk.cache import api

    seen: list[Path] = []
    monkeypatch.setattr(api, "warm_up_disk", lambda script, settings: seen.append(script))
    serve(COUNTING_APP, cache_dir=str(tmp_path / "cache"), first_run_at_launch=first_run_at_launch)
    for thread in threading.enumerate():
        if thread.name == "desk-warm-up":
            thread.join(10)
            assert not thread.is_alive()
    assert seen == []
    assert not (tmp_path / "cache").exists()  # and creates nothing


def test_first_run_at_launch_can_be_turned_off(serve: Serve, tmp_path: Path) -> None:
    handle = serve(COUNTING_APP, first_run_at_launch=False)
    time.sleep(0.3)
    assert _runs(handle) == 0
    assert handle.desk.sessions.spare is None

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()
        await client.run_finished()
        await client.close()

    run(scenario())
    assert _runs(handle) == 1


SLOW_APP = """
import time
from pathlib import Path
import desk as st

st.markdown("before")
with open(Path(__file__).with_name("runs.txt"), "a") as runs:
    runs.write("run\\n")
time.sleep(0.4)
st.markdown("after")
"""


def test_a_client_that_comes_during_the_first_run_gets_all_of_it_in_order(serve: Serve) -> None:
    handle = serve(SLOW_APP)
    _wait_for_runs(handle, 1)  # the run has sent "before" and sleeps

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()
        messages = await client.run_finished()
        assert [m["type"] for m in messages] == ["NewRun", "Delta", "Delta", "RunFinished"]
        assert client.tree.bodies() == ["before", "after"]
        await client.close()

    run(scenario())
    assert _runs(handle) == 1


def test_a_message_sent_while_the_client_adopts_the_run_comes_after_the_held_ones(
    serve: Serve, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the session's sink was switched to the socket before the held messages were
    forwarded, so a message the runner sent in between reached the page ahead of the run's
    start. A CI run saw the page miss the elements emitted before it (a checkbox above a table)."""
    from desk.protocol import Delta, Node

    handle = serve(COUNTING_APP)
    _wait_for_runs(handle, 1)
    spare = handle.desk.sessions.spare
    assert spare is not None
    forward = desk_sessions.HeldMessages.forward

    def runner_sends_during_adoption(self: desk_sessions.HeldMessages, target: Callable[..., None]) -> int:
        # what the runner thread would do at this moment: send through the session's sink
        spare.session.sink(Delta(run_id="late", path=[0, 1], node=Node("Markdown", {"body": "late"})))
        return forward(self, target)

    monkeypatch.setattr(desk_sessions.HeldMessages, "forward", runner_sends_during_adoption)

    async def scenario() -> None:
        client = await Client.connect(handle)
        await client.hello()
        messages = await client.run_finished()
        assert [m["type"] for m in messages] == ["NewRun", "Delta", "RunFinished"]
        late = await client.next(10)
        assert late["type"] == "Delta" and late["run_id"] == "late"
        await client.close()

    run(scenario())
