"""Entry point of a built app: the frozen executable calls ``run_frozen``.

A built app takes the same options as ``desk run`` for the script it carries:
double-click opens the window; ``--headless --port N --token T`` serves instead (tests and
smoke tests); ``--browser`` opens the system browser. Its caches use the bundle's name as
app id (the ``app_id`` setting), and errors go to the log file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def build_parser(name: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=name, description=f"{name} (built with desk)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--browser", action="store_true", help="open the system browser instead of a window")
    mode.add_argument("--headless", action="store_true", help="only serve, and print the URL")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--host", default=None)
    parser.add_argument("--token", default=None)
    return parser


def run_frozen(script: Path, *, name: str, version: str = "", argv: Sequence[str] | None = None) -> int:
    """Run the bundled ``script`` as the app ``name``."""
    from desk.packager.netguard import install_if_requested

    install_if_requested()
    from desk.shell.launch import glue_option_values

    args = build_parser(name).parse_args(glue_option_values(sys.argv[1:] if argv is None else argv))
    namespace = argparse.Namespace(
        script=str(script),
        browser=args.browser,
        headless=args.headless,
        port=args.port,
        host=args.host,
        token=args.token,
        dev=False,
        script_args=[],
        app_name=name,
        app_version=version,
    )
    from desk.shell.launch import run_from_cli

    return run_from_cli(namespace)
