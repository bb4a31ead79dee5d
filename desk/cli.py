"""The ``desk`` command: run, cache, version (and build, when available)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desk import __version__
from desk.shell.launch import glue_option_values


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description="Run Streamlit-style scripts as desktop apps.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="run a script in a window (or a browser)")
    run.add_argument("script", help="path to the app script, e.g. app.py")
    mode = run.add_mutually_exclusive_group()
    mode.add_argument("--browser", action="store_true", help="open the system browser instead of a window")
    mode.add_argument("--headless", action="store_true", help="only serve, and print the URL")
    run.add_argument("--port", type=int, default=None, help="port to serve on (default: any free port)")
    run.add_argument("--host", default=None, help="address to bind (default 127.0.0.1; anything else is public)")
    run.add_argument("--token", default=None, help="access token (default: random per launch)")
    run.add_argument("--dev", action="store_true", help="reload when the script or a local module changes")
    run.epilog = "Arguments after the script that desk does not know (or after --) are passed to the script (sys.argv)."

    cache = sub.add_parser("cache", help="inspect or clear persistent caches")
    cache.add_argument("cache_args", nargs=argparse.REMAINDER, help="list | info APP | clear [APP]")

    build = sub.add_parser("build", help="freeze a script into one executable", add_help=False)
    build.add_argument("build_args", nargs=argparse.REMAINDER, help="see desk build --help")

    sub.add_parser("version", help="print desk's version")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = glue_option_values(sys.argv[1:] if argv is None else argv)
    # build and cache parse their own options (so `desk build --help` shows build's help).
    if arguments[:1] == ["build"]:
        from desk.packager.builder import main as build_main

        return build_main(arguments[1:])
    if arguments[:1] == ["cache"]:
        from desk.cache.cli import main as cache_main

        return cache_main(arguments[1:])
    parser = build_parser()
    args, extra = parser.parse_known_args(arguments)
    if args.command == "run":
        args.script_args = extra[1:] if extra[:1] == ["--"] else extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command == "version":
        print(f"desk {__version__}")
        return 0
    if args.command == "run":
        from desk.shell.launch import run_from_cli

        return run_from_cli(args)
    build_parser().print_help(sys.stderr)
    return 2
