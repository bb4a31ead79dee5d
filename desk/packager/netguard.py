"""A guard against network use beyond loopback, for smoke tests of built apps.

With ``DESK_NETWORK_GUARD=1`` in the environment, an audit hook refuses every Python
socket connection to an address that is not loopback, and records it on stderr with a
``desk-network-guard:`` prefix that the smoke test looks for.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from typing import Any

PREFIX = "desk-network-guard:"
_installed = False


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
    elif isinstance(address, (str, bytes)):
        return True  # a Unix socket path
    else:
        return False
    if isinstance(host, bytes):
        host = host.decode()
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect" and len(args) >= 2 and not _is_loopback(args[1]):
        print(f"{PREFIX} refused a connection to {args[1]!r}", file=sys.stderr, flush=True)
        raise ConnectionRefusedError(f"desk network guard: {args[1]!r} is not loopback")
    if event == "socket.getaddrinfo" and args and str(args[0]) not in ("localhost", "127.0.0.1", "::1", "", "None"):
        print(f"{PREFIX} refused a name lookup of {args[0]!r}", file=sys.stderr, flush=True)
        raise OSError(f"desk network guard: lookup of {args[0]!r} refused")


def install_if_requested() -> None:
    """Install the guard when ``DESK_NETWORK_GUARD`` is set."""
    global _installed
    if os.environ.get("DESK_NETWORK_GUARD") == "1" and not _installed:
        sys.addaudithook(_hook)
        _installed = True
