"""``desk run`` and a built app's start: read the options, then open a window or serve.

``--headless`` serves and prints the URL; ``--browser`` also opens the system browser
(both in :mod:`desk.server.launch`); with neither, the app opens in a desktop window
(:mod:`desk.shell.window`), or in the browser when the window module is missing.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desk.config import Settings, load_settings
from desk.errors import DeskError

VALUE_OPTIONS = ("--token", "--host")
"""Options whose value may start with '-' (a random token can): argparse would take it for an option."""


def glue_option_values(arguments: Sequence[str], options: Sequence[str] = VALUE_OPTIONS) -> list[str]:
    """``--token -abc`` as ``--token=-abc``, up to a ``--`` separator, so argparse keeps the value."""
    glued: list[str] = []
    rest = list(arguments)
    while rest:
        item = rest.pop(0)
        if item == "--":
            glued += [item, *rest]
            break
        if item in options and rest:
            glued.append(f"{item}={rest.pop(0)}")
        else:
            glued.append(item)
    return glued


def run_from_cli(args: argparse.Namespace) -> int:
    """Run ``args.script`` as ``desk run`` was asked to; returns the exit code."""
    import gc

    # Importing the server (tornado, asyncio, the protocol) creates ~40k objects that live as
    # long as the process, and the ~40 collections they trigger free next to nothing: about
    # 12% of the CPU spent before the server listens. The collector is paused meanwhile, and
    # these objects are then frozen (left out of later collections), or resuming would start
    # with one collection of them all, as costly as the ones avoided.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from desk.server.launch import (  # tornado: not for `desk version`
            configure_logging,
            prefer_the_server_loop,
            serve,
            warn_if_public,
        )
    finally:
        if collecting:
            gc.freeze()
            gc.enable()

    script = Path(args.script)
    if not script.is_file():
        print(f"desk run: {args.script} is not a file. Give the path of your app script, e.g. desk run app.py", file=sys.stderr)
        return 2
    script = script.resolve()
    # A built app passes its name (app_name): its caches, geometry and log go by it.
    overrides: dict[str, Any] = {"port": args.port, "host": args.host, "app_id": getattr(args, "app_name", None)}
    try:
        settings = load_settings(script.parent, overrides)
    except DeskError as error:
        print(f"desk run: {error}", file=sys.stderr)
        return 2
    if not args.headless and not args.browser:
        settings = window_settings(settings, host_from_cli=args.host is not None)
    configure_logging(settings)
    prefer_the_server_loop()  # before the first run at launch starts computing
    # Scripts draw matplotlib figures on runner threads: never let it pick a GUI backend.
    os.environ.setdefault("MPLBACKEND", "Agg")
    sys.argv = [str(script), *list(getattr(args, "script_args", None) or [])]
    token = args.token or secrets.token_urlsafe(24)
    if not args.headless and not args.browser:
        window = _window_module()
        if window is not None:
            warn_if_public(settings)
            code: int = window.run_window(script, settings, token=token, dev=bool(getattr(args, "dev", False)))
            return code
        print("desk: the desktop window is not available in this build; opening the browser instead.", file=sys.stderr)
        return serve(script, settings, token, open_browser=True, dev=bool(getattr(args, "dev", False)))
    return serve(script, settings, token, open_browser=bool(args.browser), dev=bool(getattr(args, "dev", False)))


def window_settings(settings: Settings, *, host_from_cli: bool) -> Settings:
    """A window app binds beyond loopback only when ``--host`` asks on the command line.

    A ``server.address`` in a config file beside the script (or in the environment) is
    meant for serving a browser; a desktop window ignores it, and says so.
    """
    from desk.server.handlers_base import is_loopback

    if host_from_cli or is_loopback(settings.host):
        return settings
    print(
        f"desk: ignoring server.address {settings.host!r} from the configuration: a window app binds "
        "127.0.0.1 unless --host is given on the command line.",
        file=sys.stderr,
        flush=True,
    )
    return dataclasses.replace(settings, host="127.0.0.1")


def _window_module() -> Any:
    if importlib.util.find_spec("desk.shell.window") is None:
        return None
    import desk.shell.window as window

    return window
