"""Helpers shared by the benchmarks: the Streamlit environment, free ports, RSS, statistics."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def streamlit_python() -> Path:
    """A Python with Streamlit installed, made on first use (Streamlit is only for benchmarks)."""
    for candidate in (ROOT / ".bench-venv", ROOT / "bench" / ".venv-streamlit"):
        python = candidate / "bin" / "python"
        if python.exists() and subprocess.run([python, "-c", "import streamlit"], capture_output=True).returncode == 0:
            return python
    venv = ROOT / "bench" / ".venv-streamlit"
    print(f"creating {venv} with Streamlit for the comparison (once)...", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([venv / "bin" / "pip", "install", "--quiet", "streamlit"], check=True)
    return venv / "bin" / "python"


def free_port() -> int:
    """A port for a child process's server (the child binds it; the benchmark only needs a number)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total_kb = 0
    pids = [pid]
    try:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        pids += [int(c) for c in children]
    except FileNotFoundError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total_kb / 1024


def wait_http(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status < 500:
                    return
        except Exception:
            time.sleep(0.02)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def have_chromium() -> bool:
    return os.path.exists(CHROMIUM) or shutil.which("chromium") is not None


def start_app(
    kind: str, script: Path, streamlit_options: Sequence[str] = (), env: Mapping[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``script`` under desk (``kind="desk"``) or Streamlit, headless; returns (process, URL).

    ``env`` adds variables to the child's environment.
    """
    port = free_port()
    if kind == "desk":
        token = secrets.token_urlsafe(8)
        # --token=T: a random token may start with "-", which argparse would take for an option
        cmd = [sys.executable, "-m", "desk", "run", "--headless", str(script), "--port", str(port), f"--token={token}"]
        url = f"http://127.0.0.1:{port}/?token={token}"
    else:
        cmd = [
            str(streamlit_python()), "-m", "streamlit", "run", str(script),
            "--server.headless", "true", "--server.port", str(port),
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", *streamlit_options,
        ]  # fmt: skip
        url = f"http://127.0.0.1:{port}/"
    child_env = {**os.environ, **env} if env else None
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=child_env)
    return process, url
