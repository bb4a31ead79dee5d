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
from typing import Any, Literal, Union

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
    type: Literal["SessionInfo"] = "SessionInfo"


ServerMessage = Union[NewRun, Delta, Same, RunFinished, PageConfig, QueryString, ScriptError, AutoRerun, SessionInfo]


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
    """Run the script again (first load, the Rerun menu item, ``run_every`` ticks)."""

    query_string: str = ""
    fragment_id: str | None = None
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
    """The first message on a socket. ``session_id`` asks to resume a session after a reconnect."""

    session_id: str | None = None
    query_string: str = ""
    timezone: str | None = None
    timezone_offset: int | None = None
    locale: str | None = None
    url: str | None = None
    theme_type: str | None = None
    type: Literal["Hello"] = "Hello"


ClientMessage = Union[Hello, WidgetChanged, Trigger, Rerun, StopScript, ClearCache]
