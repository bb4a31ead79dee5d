"""Windowed data frames over a real socket: time to the first node, row windows, server memory.

For each size (1k, 100k, 1M and 100M rows by default) the benchmark builds a pyarrow table
``{"i": int64 0..n-1}`` in this process, serves a script that shows it with
``st.dataframe``, and drives a WebSocket client against the in-process server:

- ``build s``: making the table (numpy ``arange``; not desk's cost);
- ``first node ms``: from ``Hello`` to the ``Delta`` carrying the Dataframe node
  (the run, the first window's Arrow IPC, the frames on the socket);
- ``node KB``: bytes of the node's Arrow payload (the first window only);
- ``middle ms``: a ``DataRequest`` for 100 rows in the middle, unsorted;
- ``sorted ms`` / ``sorted again ms``: the same rows sorted descending, first request
  (sorts the whole table) and a second one nearby (uses the cached order);
- ``search ms``: a case-insensitive search over the table as text (``--search``);
- ``RSS +MB``: growth of this process's resident memory (``/proc/self/status``) once the
  node arrived, after the sorted request, and after the session closed (``freed``; the
  Arrow memory pool is asked to return unused memory first);
- ``arrow +MB``: the same for the bytes Arrow's memory pool holds (exact, no allocator
  caching); the table itself is built before the base line, so it is not counted.

A last line converts a 1M x 10 pandas DataFrame the way ``st.dataframe`` does.

    python bench/bench_data.py                     # 1k, 100k, 1M, 100M rows
    python bench/bench_data.py --sizes 1000 1000000
    python bench/bench_data.py --search            # also time a search
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

from tornado.httpclient import HTTPRequest
from tornado.websocket import WebSocketClientConnection, websocket_connect

from desk.config import Settings
from desk.server.app import ServerHandle, start_server
from desk.server.wire import parse_binary_frame

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-data"
TABLES = "desk_bench_data_tables"
SCRIPT = f"""
import sys
import desk as st

st.dataframe(sys.modules["{TABLES}"].TABLE)
"""
SIZES = [1_000, 100_000, 1_000_000, 100_000_000]


def arrow_mb() -> float:
    import pyarrow as pa

    return pa.total_allocated_bytes() / 2**20


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Client:
    """Just enough of the wire contract to time a run and data requests."""

    def __init__(self, connection: WebSocketClientConnection) -> None:
        self.connection = connection
        self.binaries: dict[str, bytes] = {}

    async def next(self, timeout: float = 600.0) -> dict[str, Any]:
        while True:
            frame = await asyncio.wait_for(self.connection.read_message(), timeout)
            if frame is None:
                raise ConnectionError("the server closed the socket")
            if isinstance(frame, bytes):
                header, data = parse_binary_frame(frame)
                self.binaries[header["digest"]] = data
                continue
            message: dict[str, Any] = json.loads(frame)
            return message

    def send(self, **message: Any) -> None:
        self.connection.write_message(json.dumps(message))

    async def ask(self, request_id: int, **fields: Any) -> tuple[float, dict[str, Any]]:
        started = time.perf_counter()
        self.send(type="DataRequest", request_id=request_id, **fields)
        while True:
            message = await self.next()
            if message["type"] == "DataWindow" and message["request_id"] == request_id:
                if message["error"] is not None:
                    raise RuntimeError(message["error"])
                return (time.perf_counter() - started) * 1000, message


async def measure(handle: ServerHandle, rows: int, search: bool) -> dict[str, Any]:
    request = HTTPRequest(
        f"ws://127.0.0.1:{handle.port}/ws?token={TOKEN}", headers={"Origin": f"http://127.0.0.1:{handle.port}"}
    )
    client = Client(await websocket_connect(request))
    base, arrow_base = rss_mb(), arrow_mb()
    started = time.perf_counter()
    client.send(type="Hello", session_id=None, query_string="")
    while True:
        message = await client.next()
        if message["type"] == "Delta" and message["node"]["type"] == "Dataframe":
            break
    result: dict[str, Any] = {"first node ms": (time.perf_counter() - started) * 1000}
    props = message["node"]["props"]
    result["node KB"] = len(client.binaries[props["data"]["$binary"]]) / 1024
    while message["type"] != "RunFinished":
        message = await client.next()
    result["RSS +MB node"] = rss_mb() - base
    dataset, middle = props["dataset"], rows // 2
    result["middle ms"], _ = await client.ask(1, dataset=dataset, start=middle, end=middle + 100)
    descending = [{"column": "i", "ascending": False}]
    result["sorted ms"], window = await client.ask(2, dataset=dataset, start=middle, end=middle + 100, sort=descending)
    assert window["end"] - window["start"] == min(100, rows - middle)
    result["sorted again ms"], _ = await client.ask(3, dataset=dataset, start=middle + 100, end=middle + 200, sort=descending)
    result["RSS +MB sorted"] = rss_mb() - base
    result["arrow +MB sorted"] = arrow_mb() - arrow_base
    if search:
        result["search ms"], _ = await client.ask(4, dataset=dataset, start=0, end=100, search="77")
    client.connection.close()
    for _ in range(200):  # the session closes when its socket has been away for the TTL (0 here)
        if not handle.desk.sessions.entries:
            break
        await asyncio.sleep(0.05)
    gc.collect()
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    result["RSS +MB freed"] = rss_mb() - base
    result["arrow +MB freed"] = arrow_mb() - arrow_base
    return result


def pandas_conversion() -> float:
    """Seconds to turn a 1M x 10 pandas DataFrame into a data node's props (outside a run)."""
    import numpy as np
    import pandas as pd

    from desk.elements.data import frame_props

    frame = pd.DataFrame({f"c{k}": np.arange(1_000_000) * (k + 1) for k in range(10)})
    started = time.perf_counter()
    frame_props("dataframe", frame)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    import numpy as np
    import pyarrow as pa

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES, help="row counts to measure")
    parser.add_argument("--search", action="store_true", help="also time a search over the whole table")
    args = parser.parse_args(argv)

    tables = types.ModuleType(TABLES)
    sys.modules[TABLES] = tables
    columns = ["rows", "build s", "first node ms", "node KB", "middle ms", "sorted ms", "sorted again ms"]
    columns += ["search ms"] if args.search else []
    columns += ["RSS +MB node", "RSS +MB sorted", "RSS +MB freed", "arrow +MB sorted", "arrow +MB freed"]
    print(" | ".join(columns))
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "data_app.py"
        script.write_text(SCRIPT, encoding="utf-8")
        handle = start_server(script, Settings(disconnected_session_ttl=0), TOKEN, static_dir=Path(folder))
        try:
            for rows in args.sizes:
                started = time.perf_counter()
                tables.TABLE = pa.table({"i": np.arange(rows, dtype=np.int64)})  # type: ignore[attr-defined]
                built = time.perf_counter() - started
                result = asyncio.run(measure(handle, rows, args.search))
                tables.TABLE = None  # type: ignore[attr-defined]
                gc.collect()
                cells = [f"{rows:,}", f"{built:.2f}"] + [f"{result[name]:.1f}" for name in columns[2:]]
                print(" | ".join(cells), flush=True)
        finally:
            handle.stop()
    print(f"pandas 1M x 10 -> data node props: {pandas_conversion():.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
