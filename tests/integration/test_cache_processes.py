"""Processes sharing one disk cache: writers replacing an entry while another process reads it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROLE = """
import logging, sys, time
import pandas as pd
from pathlib import Path
from desk.cache import disk, encoding

logging.basicConfig(level=logging.WARNING, format="%(message)s")
root, role, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
store = disk.DiskCache(root, "shared")
key = "ab" * 16
frames = [pd.DataFrame({"x": [float(n)] * (1000 + 5000 * n), "s": ["v"] * (1000 + 5000 * n)}) for n in range(3)]
deadline = time.monotonic() + seconds
count = misses = 0
while time.monotonic() < deadline and count < 100_000:
    count += 1
    if role.startswith("writer"):
        n = count % 3
        assert store.put(key, function="f", name="load", encoded=encoding.encode(frames[n], []))
    else:
        found = store.get(key)
        if found is None:
            misses += 1
        else:
            frame = found[0]
            assert len(frame) == 1000 + 5000 * int(frame["x"].iloc[0]), "a blob mixed with another"
print(f"{role} {count} {misses}")
"""


@pytest.mark.slow
def test_two_writers_and_a_reader_never_drop_a_valid_entry(tmp_path: Path) -> None:
    """Issue 16: in 4 s of two writers and one reader, the reader dropped (and deleted) valid entries 10 times."""
    import pandas as pd

    from desk.cache import disk, encoding

    script = tmp_path / "role.py"
    script.write_text(ROLE)
    root = tmp_path / "cache"
    store = disk.DiskCache(root, "shared")
    # The reader may read this entry before either writer has replaced it: the same kind of frame.
    first = pd.DataFrame({"x": [0.0] * 1000, "s": ["v"] * 1000})
    assert store.put("ab" * 16, function="f", name="load", encoded=encoding.encode(first, []))
    store.close()
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    procs = [
        subprocess.Popen([sys.executable, str(script), str(root), role, "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for role in ("writer-1", "writer-2", "reader")
    ]
    outputs = [proc.communicate(timeout=60) for proc in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "dropped" not in err and "Traceback" not in err, err
    reader = outputs[2][0].split()
    assert int(reader[1]) > 10  # it did read while they wrote
    assert int(reader[2]) == 0  # and never missed: every replacement was whole
