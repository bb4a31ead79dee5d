"""Windowed data over a real socket: a large frame sends its first rows, the rest on request."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pyarrow as pa
import pytest
from wsclient import Client, run

from desk.elements.arrow import read_ipc
from desk.runtime import datasets
from desk.server.app import ServerHandle

Serve = Callable[..., ServerHandle]
ROWS = 1_000_000

DATA_APP = """
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import desk as st

@st.cache_resource
def big():
    numbers = np.arange(1_000_000)
    return pa.table({"i": numbers, "s": pc.cast(pa.array(numbers % 1000), pa.string())})

if "n" not in st.session_state:
    st.session_state.n = 0
if st.button("Add"):
    st.session_state.n += 1
if st.checkbox("show", value=True):
    st.dataframe(big())
st.markdown(f"count={st.session_state.n}")
"""


async def _started(handle: ServerHandle) -> Client:
    client = await Client.connect(handle)
    await client.hello()
    await client.run_finished()
    return client


async def _ask(client: Client, request_id: int, **fields: Any) -> dict[str, Any]:
    client.send(type="DataRequest", request_id=request_id, **fields)
    while True:
        message = await client.next(20)
        if message["type"] == "DataWindow" and message["request_id"] == request_id:
            return message


def _rows(client: Client, window: dict[str, Any]) -> pa.Table:
    assert window["error"] is None, window["error"]
    return read_ipc(client.binaries[window["data"]["$binary"]])


def test_a_million_rows_open_with_the_first_window(serve: Serve) -> None:
    handle = serve(DATA_APP)

    async def scenario() -> None:
        client = await _started(handle)
        (node,) = client.tree.of_type("Dataframe")
        props = node["props"]
        assert (props["num_rows"], props["window_rows"]) == (ROWS, datasets.WINDOW_ROWS)
        first = read_ipc(client.binaries[props["data"]["$binary"]])
        assert first.num_rows == datasets.WINDOW_ROWS and first.column("i")[0].as_py() == 0
        assert len(client.binaries[props["data"]["$binary"]]) < 100_000

        window = await _ask(client, 1, dataset=props["dataset"], start=500_000, end=500_010)
        assert (window["start"], window["end"], window["total_rows"]) == (500_000, 500_010, ROWS)
        rows = _rows(client, window)
        assert rows.column("i").to_pylist() == list(range(500_000, 500_010))
        assert rows.column("__row__").to_pylist() == list(range(500_000, 500_010))

        descending = [{"column": "i", "ascending": False}]
        window = await _ask(client, 2, dataset=props["dataset"], start=10, end=13, sort=descending)
        assert _rows(client, window).column("i").to_pylist() == [ROWS - 11, ROWS - 12, ROWS - 13]
        window = await _ask(client, 3, dataset=props["dataset"], start=1, end=4, sort=descending, search="999")
        assert window["total_rows"] == sum(1 for n in range(ROWS) if "999" in str(n) or n % 1000 == 999)
        rows = _rows(client, window)
        assert rows.column("i").to_pylist() == [999_998, 999_997, 999_996]
        assert rows.column("__row__").to_pylist() == [999_998, 999_997, 999_996]
        await client.close()

    run(scenario())


def test_the_same_window_twice_sends_its_bytes_twice(serve: Serve) -> None:
    handle = serve(DATA_APP)

    async def scenario() -> None:
        client = await _started(handle)
        dataset = client.tree.of_type("Dataframe")[0]["props"]["dataset"]
        first = await _ask(client, 1, dataset=dataset, start=5, end=8)
        client.binaries.clear()  # a client may forget a window's bytes once read
        second = await _ask(client, 2, dataset=dataset, start=5, end=8)
        assert first["data"] == second["data"]
        assert _rows(client, second).column("i").to_pylist() == [5, 6, 7]
        await client.close()

    run(scenario())


def test_bad_requests_are_refused_and_the_session_still_answers(serve: Serve, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="desk")
    handle = serve(DATA_APP)

    async def scenario() -> None:
        client = await _started(handle)
        dataset = client.tree.of_type("Dataframe")[0]["props"]["dataset"]
        bad = [
            ({"dataset": "nope", "start": 0, "end": 10}, "unknown dataset 'nope'"),
            ({"dataset": dataset, "start": -5, "end": 10}, "bad row range -5:10"),
            ({"dataset": dataset, "start": 0, "end": 1_000_000}, "the limit is 10000"),
            ({"dataset": dataset, "start": 0, "end": 5, "sort": [{"column": "zz", "ascending": True}]}, "unknown column 'zz'"),
        ]
        for number, (fields, reason) in enumerate(bad, start=1):
            window = await _ask(client, number, **fields)
            assert window["data"] is None and reason in window["error"]
        client.send(type="DataRequest", request_id=9, dataset=dataset, start=0, end=5, sort="i")  # malformed: no answer
        client.send(type="Trigger", widget_id=client.tree.widget_id("Button"), value=True)
        await client.until(lambda c: c.tree.count() == 1)
        window = await _ask(client, 10, dataset=dataset, start=0, end=2)
        assert _rows(client, window).column("i").to_pylist() == [0, 1]
        await client.close()

    run(scenario())
    refused = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert len([m for m in refused if "DataRequest" in m]) == 5
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_dataset_is_freed_when_its_element_leaves_and_when_the_session_closes(serve: Serve) -> None:
    handle = serve(DATA_APP, disconnected_session_ttl=0)

    async def scenario() -> None:
        client = await _started(handle)
        (entry,) = handle.desk.sessions.entries.values()
        store = entry.session.datasets
        assert store is not None and len(store) == 1
        dataset = client.tree.of_type("Dataframe")[0]["props"]["dataset"]
        client.send(type="WidgetChanged", widget_id=client.tree.widget_id("Checkbox"), value=False)
        await client.until(lambda c: not c.tree.of_type("Dataframe"))
        await _eventually(lambda: len(store) == 0)  # the store prunes just after RunFinished goes out
        window = await _ask(client, 1, dataset=dataset, start=0, end=5)
        assert "unknown dataset" in window["error"]

        client.send(type="WidgetChanged", widget_id=client.tree.widget_id("Checkbox"), value=True)
        await client.until(lambda c: bool(c.tree.of_type("Dataframe")))
        assert len(store) == 1
        await client.close()
        await _eventually(lambda: not handle.desk.sessions.entries)
        assert len(store) == 0

    run(scenario())


async def _eventually(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    import asyncio

    for _ in range(int(timeout / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the condition did not come true in time")
