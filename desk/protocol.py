"""Every message that crosses between the engine and a client, both ways.

Messages are tagged dataclasses in two closed unions: ``ServerMessage`` (engine to client)
and ``ClientMessage`` (client to engine). The element tree itself travels as ``Node``
values placed at *delta paths*: ``(root, i, j, ...)`` where root is 0 main, 1 sidebar,
2 event (toasts, dialogs) and 3 bottom (a pinned chat input).

The engine never depends on the transport: a session hands these objects to a sink, which
is a WebSocket in the server and a list in ``desk.testing.AppTest``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NoReturn, TypedDict, Union

if TYPE_CHECKING:
    from pathlib import Path

DeltaPath = tuple[int, ...]

ROOT_MAIN = 0
ROOT_SIDEBAR = 1
ROOT_EVENT = 2
ROOT_BOTTOM = 3
ROOT_NAMES: dict[int, str] = {ROOT_MAIN: "main", ROOT_SIDEBAR: "sidebar", ROOT_EVENT: "event", ROOT_BOTTOM: "bottom"}

RunStatus = Literal["ok", "stopped", "rerun", "compile_error", "fragment_ok", "error"]


@dataclass(eq=False)
class Node:
    """One element or block of the page.

    ``type`` names the element (``"Markdown"``, ``"Slider"``, ``"Columns"``...). ``props``
    holds what the client needs to draw it; values are JSON-compatible except binary
    payloads (``BinaryPayload``), which travel in binary frames. ``id`` is the widget id
    for widgets and ``None`` otherwise. ``block`` is true for containers, whose children
    are addressed by extending the block's delta path.
    """

    type: str
    props: dict[str, Any] = field(default_factory=dict)
    id: str | None = None
    block: bool = False

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Node):
            return NotImplemented
        if self.type != other.type or self.id != other.id or self.block != other.block:
            return False
        try:
            return bool(self.props == other.props)
        except Exception:  # props holding objects whose == is ambiguous
            return False

    __hash__ = None  # type: ignore[assignment]


class BinaryPayload:
    """Bytes that go in a binary frame next to the node that references them."""

    __slots__ = ("data", "digest", "mimetype")

    def __init__(self, data: bytes, mimetype: str) -> None:
        import hashlib

        self.data = data
        self.mimetype = mimetype
        self.digest = hashlib.blake2b(data, digest_size=16).hexdigest()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BinaryPayload) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __repr__(self) -> str:
        return f"BinaryPayload({self.mimetype}, {len(self.data)} bytes)"


# ---------------------------------------------------------------- server -> client


@dataclass
class NewRun:
    """A run started. Nodes not touched by this run are stale until ``RunFinished``."""

    run_id: str
    fragment_ids: list[str] = field(default_factory=list)
    type: Literal["NewRun"] = "NewRun"


@dataclass
class Delta:
    """Place ``node`` at ``path``, replacing what was there."""

    run_id: str
    path: list[int]
    node: Node
    type: Literal["Delta"] = "Delta"


@dataclass
class Same:
    """The node at ``path`` is identical to last run's: keep it and mark it fresh."""

    run_id: str
    path: list[int]
    type: Literal["Same"] = "Same"


@dataclass
class RunFinished:
    """The run ended.

    Unless ``status`` is ``rerun`` (the run was interrupted by a newer one), the client
    removes the nodes this run did not touch: all of them, or, when ``scopes`` is given
    (fragment runs), only those strictly under one of the ``scopes`` paths.
    """

    run_id: str
    status: RunStatus
    fragment_ids: list[str] = field(default_factory=list)
    scopes: list[list[int]] | None = None
    type: Literal["RunFinished"] = "RunFinished"


@dataclass
class PageConfig:
    """``st.set_page_config`` values."""

    title: str | None = None
    icon: str | None = None
    layout: str = "centered"
    initial_sidebar_state: str = "auto"
    menu_items: dict[str, Any] | None = None
    type: Literal["PageConfig"] = "PageConfig"


@dataclass
class QueryString:
    """The script changed ``st.query_params``; the client updates its URL."""

    query_string: str
    type: Literal["QueryString"] = "QueryString"


@dataclass
class ScriptError:
    """The script could not be compiled. Old nodes stay; the client shows this error."""

    message: str
    traceback: list[str]
    type: Literal["ScriptError"] = "ScriptError"


@dataclass
class AutoRerun:
    """Ask for a fragment rerun every ``interval`` seconds (``run_every``)."""

    fragment_id: str
    interval: float
    type: Literal["AutoRerun"] = "AutoRerun"


@dataclass
class SessionInfo:
    """Sent once after ``Hello``: the session id (for reconnects) and the app's settings."""

    session_id: str
    app_name: str
    theme: dict[str, Any] = field(default_factory=dict)
    max_upload_mb: int = 200
    xsrf_token: str = ""
    """What uploads of this session send in their ``X-XSRFToken`` header."""
    type: Literal["SessionInfo"] = "SessionInfo"


@dataclass
class Navigation:
    """The app's pages and the page this run shows (sent by every run of a multipage app).

    Each item of ``pages`` is ``{page_script_hash, title, icon, url_path, section, is_default,
    hidden, external_url, help}`` (``help``: the page's summary, its tooltip; "" for none); ``url_path`` is "" for the default page, and ``external_url`` is
    set for pages that only open a URL. ``section`` groups pages (None: no header). The client
    draws the menu at ``position`` (``hidden``: no menu), shows the URL ``/<current_url_path>``,
    and asks for a page with ``Rerun(page=<url_path>)``. ``not_found`` is the page a request
    named that does not exist (the default page was shown instead), else None.
    """

    pages: list[dict[str, Any]]
    current: str
    current_url_path: str = ""
    position: Literal["sidebar", "hidden", "top"] = "sidebar"
    expanded: bool = False
    not_found: str | None = None
    type: Literal["Navigation"] = "Navigation"


@dataclass
class DataWindow:
    """The answer to a ``DataRequest``: rows ``start`` to ``end`` of a dataset's (sorted, searched) view.

    ``data`` is an Arrow IPC stream of those rows whose last column, ``__row__`` (int64),
    holds each row's position in the original data. ``total_rows`` counts the rows of the
    view (after ``search``), so ``end`` is at most ``total_rows``. Unlike payloads in node
    props, ``data`` is always sent in a binary frame just before this message, even when a
    payload with the same digest went before; the client may forget it once read. A refused
    request gets ``data`` None and ``error`` saying why.
    """

    request_id: int
    dataset: str
    start: int
    end: int
    total_rows: int
    data: BinaryPayload | None = None
    error: str | None = None
    type: Literal["DataWindow"] = "DataWindow"


ServerMessage = Union[
    NewRun, Delta, Same, RunFinished, PageConfig, QueryString, ScriptError, AutoRerun, SessionInfo, Navigation, DataWindow
]


# ---------------------------------------------------------------- client -> server


@dataclass
class WidgetChanged:
    """A widget's value changed in the client. ``value`` is the widget's wire value."""

    widget_id: str
    value: Any
    type: Literal["WidgetChanged"] = "WidgetChanged"


@dataclass
class Trigger:
    """A one-shot event: a button click (value ``True``) or a chat submit (the text)."""

    widget_id: str
    value: Any = True
    type: Literal["Trigger"] = "Trigger"


@dataclass
class Rerun:
    """Run the script again (first load, the Rerun menu item, ``run_every`` ticks).

    ``page`` asks for another page of a multipage app: its ``url_path`` ("" for the default
    page) or its ``page_script_hash``. None stays on the current page.
    """

    query_string: str = ""
    fragment_id: str | None = None
    page: str | None = None
    type: Literal["Rerun"] = "Rerun"


@dataclass
class StopScript:
    """The user pressed Stop."""

    type: Literal["StopScript"] = "StopScript"


@dataclass
class ClearCache:
    """The user asked to clear the caches."""

    type: Literal["ClearCache"] = "ClearCache"


@dataclass
class Hello:
    """The first message on a socket. ``session_id`` asks to resume a session after a reconnect.

    ``page`` is the page named by the URL's path (its ``url_path``, without slashes), if any.
    """

    session_id: str | None = None
    query_string: str = ""
    timezone: str | None = None
    timezone_offset: int | None = None
    locale: str | None = None
    url: str | None = None
    theme_type: str | None = None
    page: str | None = None
    type: Literal["Hello"] = "Hello"


class SortKey(TypedDict):
    """One sort key of a ``DataRequest``: a column name and its direction."""

    column: str
    ascending: bool


@dataclass
class DataRequest:
    """Ask for rows ``start`` to ``end`` (exclusive) of a data element's dataset (``props["dataset"]``).

    ``sort`` orders the rows by these keys (first key first; missing values last); ``search``
    keeps only the rows where some cell, as text, contains it (case-insensitive). The server
    answers with a ``DataWindow`` carrying the same ``request_id``.
    """

    request_id: int
    dataset: str
    start: int
    end: int
    sort: list[SortKey] | None = None
    search: str | None = None
    type: Literal["DataRequest"] = "DataRequest"


@dataclass
class DialogDismissed:
    """The user closed the dialog of fragment ``fragment_id`` (its X button, Esc or a click outside).

    The session runs the dialog's ``on_dismiss`` callback, if any, then reruns the app; a dialog
    with ``on_dismiss="ignore"`` makes nothing happen on the server.
    """

    fragment_id: str
    type: Literal["DialogDismissed"] = "DialogDismissed"


ClientMessage = Union[Hello, WidgetChanged, Trigger, Rerun, StopScript, ClearCache, DialogDismissed, DataRequest]


def assert_never(value: NoReturn) -> NoReturn:
    """The last case of an exhaustive ``match`` over a union: mypy fails when a member has no case.

    ``typing.assert_never`` from Python 3.11, for 3.10 too.
    """
    raise AssertionError(f"unhandled {type(value).__name__}: {value!r}")


# ---------------------------------------------------------------- TypeScript

TYPESCRIPT_PATH = "frontend/src/protocol.gen.ts"
"""Where ``python -m desk.protocol --typescript`` writes, relative to the repository root."""

_TS_PRELUDE = """\
// Generated from desk/protocol.py by `python -m desk.protocol --typescript`. Do not edit.

export type DeltaPath = number[];

export const ROOT_MAIN = {ROOT_MAIN};
export const ROOT_SIDEBAR = {ROOT_SIDEBAR};
export const ROOT_EVENT = {ROOT_EVENT};
export const ROOT_BOTTOM = {ROOT_BOTTOM};

export type RunStatus = {RUN_STATUS};

/** A BinaryPayload inside node props; its bytes came earlier in a binary frame, or, with
 * ``stream``, are fetched from ``/media/<digest>`` (audio, video and PDFs, with HTTP ranges). */
export interface BinaryRef {{
  $binary: string;
  mimetype: string;
  size: number;
  stream: boolean;
}}

/** The JSON header of a binary frame: 4-byte big-endian length N, N bytes of this header, then the bytes. */
export interface BinaryFrameHeader {{
  digest: string;
  mimetype: string;
}}
"""


def typescript() -> str:
    """The TypeScript declarations of every message, ``Node`` and the two unions."""
    import typing

    lines = [
        _TS_PRELUDE.format(
            ROOT_MAIN=ROOT_MAIN,
            ROOT_SIDEBAR=ROOT_SIDEBAR,
            ROOT_EVENT=ROOT_EVENT,
            ROOT_BOTTOM=ROOT_BOTTOM,
            RUN_STATUS=ts_type(RunStatus, named=False),
        )
    ]
    lines.append(_ts_interface(Node, optional_defaults=False, tagged=False))
    lines.append(_ts_interface(SortKey, optional_defaults=False, tagged=False))
    for union_name, union, optional in (("ServerMessage", ServerMessage, False), ("ClientMessage", ClientMessage, True)):
        members = typing.get_args(union)
        for cls in members:
            lines.append(_ts_interface(cls, optional_defaults=optional, tagged=True))
        names = "\n".join(f"  | {cls.__name__}" for cls in members)
        lines.append(f"export type {union_name} =\n{names};\n")
        lines.append(f'export type {union_name}Type = {union_name}["type"];\n')
    return "\n".join(lines)


def _ts_interface(cls: type[Any], *, optional_defaults: bool, tagged: bool) -> str:
    import dataclasses
    import typing

    hints = typing.get_type_hints(cls)
    doc = (cls.__doc__ or "").strip().splitlines()
    out = [f"/** {doc[0].replace('``', '`')} */"] if doc else []
    out.append(f"export interface {cls.__name__} {{")
    if tagged:
        out.append(f'  type: "{cls.__name__}";')
    if typing.is_typeddict(cls):
        for name, hint in hints.items():
            out.append(f"  {name}: {ts_type(hint)};")
        out.append("}\n")
        return "\n".join(out)
    for item in dataclasses.fields(cls):
        if tagged and item.name == "type":
            continue
        has_default = item.default is not dataclasses.MISSING or item.default_factory is not dataclasses.MISSING
        mark = "?" if optional_defaults and has_default else ""
        out.append(f"  {item.name}{mark}: {ts_type(hints[item.name])};")
    out.append("}\n")
    return "\n".join(out)


def ts_type(hint: Any, *, named: bool = True) -> str:
    """The TypeScript spelling of a field's type; ``named`` uses the aliases DeltaPath and RunStatus."""
    import types
    import typing

    if named and hint == RunStatus:
        return "RunStatus"
    if named and hint == list[int]:
        return "DeltaPath"
    if hint is Any:
        return "unknown"
    simple = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}
    if hint in simple:
        return simple[hint]
    if hint is Node:
        return "Node"
    if hint is BinaryPayload:
        return "BinaryRef"
    if typing.is_typeddict(hint):
        return str(hint.__name__)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Literal:
        return " | ".join(f'"{value}"' if isinstance(value, str) else str(value).lower() for value in args)
    if origin is Union or origin is types.UnionType:
        return " | ".join(ts_type(arg, named=named) for arg in args)
    if origin in (list, tuple):
        item = ts_type(args[0], named=named) if args else "unknown"
        return f"({item})[]" if " | " in item else f"{item}[]"
    if origin is dict:
        value = ts_type(args[1], named=named) if len(args) == 2 else "unknown"
        return f"Record<string, {value}>"
    raise TypeError(f"no TypeScript spelling for {hint!r}")


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys
    from pathlib import Path

    import desk.protocol as protocol

    parser = argparse.ArgumentParser(prog="python -m desk.protocol", description="Generate the frontend's protocol types.")
    parser.add_argument("--typescript", action="store_true", help=f"write {TYPESCRIPT_PATH}")
    parser.add_argument("--check", action="store_true", help="exit 1 when the generated file is stale")
    parser.add_argument("--out", default=None, help=f"file to write or check (default: {TYPESCRIPT_PATH})")
    args = parser.parse_args(argv)
    if not args.typescript and not args.check:
        parser.print_help(sys.stderr)
        return 2
    out = Path(args.out) if args.out else Path(protocol.__file__).resolve().parent.parent / TYPESCRIPT_PATH
    return write_generated(out, protocol.typescript(), check=args.check, command="python -m desk.protocol --typescript")


def write_generated(out: Path, text: str, *, check: bool, command: str) -> int:
    """Write a generated file, or with ``check`` exit 1 when ``out`` differs from ``text``."""
    import sys

    if check:
        current = out.read_text(encoding="utf-8") if out.exists() else None
        if current != text:
            print(f"{out} is stale: run `{command}` and commit the result.", file=sys.stderr)
            return 1
        print(f"{out} is up to date.")
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
