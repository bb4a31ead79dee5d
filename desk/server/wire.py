"""JSON encoding of protocol messages, both ways, for the WebSocket.

Server to client: ``encode_server_message`` turns a message into the frames to send. A
message is one JSON text frame shaped like its dataclass (``type`` is the tag). Every
``BinaryPayload`` inside node props becomes ``{"$binary": digest, "mimetype", "size", "stream"}``
and its bytes travel in a binary frame sent *before* the text frame that references it
(audio, video and PDFs are the exception: they are marked ``"stream": true`` and the page fetches
them from ``/media/<digest>`` with HTTP ranges, so a long recording never goes through the
socket or sits whole in the page's memory):
a 4-byte big-endian header length N, N bytes of UTF-8 JSON header
``{"digest", "mimetype"}`` (plus ``"frame"``, the key a ``components.html`` page is loaded
with), then the raw bytes. A payload already sent on the socket is
not sent again, except the rows of a ``DataWindow`` (its ``data`` field is encoded the same
way), which the socket always sends with it.

Client to server: ``decode_client_message`` parses one text frame and checks every field
against the dataclass annotations. Anything malformed raises ``ValueError`` with a message
that says what was wrong; nothing half-valid ever reaches a session.
"""

from __future__ import annotations

import dataclasses
import json
import math
import struct
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, Union

from desk import protocol
from desk.protocol import BinaryPayload, ClientMessage, Node, ServerMessage

BINARY_KEY = "$binary"
STREAMED_TYPES = ("audio/", "video/", "application/pdf")
MAX_DEPTH = 64
"""Deepest nesting accepted in a client value (lists and objects)."""
MAX_NUMBER_CHARS = 32
"""Longest number literal accepted from a client (JavaScript numbers never need more)."""

CLIENT_TYPES: dict[str, type[Any]] = {
    cls.__name__: cls for cls in typing.get_args(ClientMessage)
}

# ------------------------------------------------------------------ server -> client


def encode_server_message(message: ServerMessage, sent: set[str] | None = None) -> list[str | bytes]:
    """The frames that carry ``message``: binary frames for new payloads, then one text frame.

    ``sent`` holds the digests already sent on this socket; new ones are added to it. Without
    it, every payload of the message is sent.
    """
    text, payloads = encode_parts(message)
    frames: list[str | bytes] = []
    for digest, payload in payloads.items():
        if sent is not None:
            if digest in sent:
                continue
            sent.add(digest)
        frames.append(binary_frame(payload))
    frames.append(text)
    return frames


def encode_parts(message: ServerMessage) -> tuple[str, dict[str, BinaryPayload]]:
    """The JSON text of ``message`` and the payloads it references, by digest."""
    payloads: dict[str, BinaryPayload] = {}
    text = _dumps(_message_dict(message), payloads)
    return text, payloads


def is_streamed(payload: BinaryPayload) -> bool:
    """Audio and video are fetched by URL (``/media``, with ranges) instead of riding the socket."""
    return payload.mimetype.startswith(STREAMED_TYPES)


def binary_frame(payload: BinaryPayload, extra: Mapping[str, str] | None = None) -> bytes:
    """One payload as a binary frame: header length, JSON header, raw bytes.

    ``extra`` adds string fields to the header (the socket adds a ``components.html``
    page's ``frame`` key).
    """
    header = json.dumps({**(extra or {}), "digest": payload.digest, "mimetype": payload.mimetype}).encode()
    return struct.pack(">I", len(header)) + header + payload.data


def parse_binary_frame(frame: bytes) -> tuple[dict[str, Any], bytes]:
    """The header and bytes of a binary frame (the inverse of ``binary_frame``)."""
    if len(frame) < 4:
        raise ValueError("binary frame shorter than its 4-byte header length")
    (size,) = struct.unpack(">I", frame[:4])
    if len(frame) < 4 + size:
        raise ValueError(f"binary frame header announces {size} bytes but the frame is shorter")
    header = json.loads(frame[4 : 4 + size].decode())
    if not isinstance(header, dict):
        raise ValueError("binary frame header is not a JSON object")
    return header, frame[4 + size :]


def payloads_in(value: Any) -> list[BinaryPayload]:
    """Every ``BinaryPayload`` inside ``value`` (node props, nested lists and dicts)."""
    found: list[BinaryPayload] = []
    _collect_payloads(value, found)
    return found


def _collect_payloads(value: Any, found: list[BinaryPayload]) -> None:
    if isinstance(value, BinaryPayload):
        found.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect_payloads(item, found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _collect_payloads(item, found)


def _message_dict(message: ServerMessage) -> dict[str, Any]:
    data: dict[str, Any] = {"type": message.type}
    for item in dataclasses.fields(message):
        if item.name != "type":
            data[item.name] = getattr(message, item.name)
    return data


def _node_dict(node: Node) -> dict[str, Any]:
    return {"type": node.type, "props": node.props, "id": node.id, "block": node.block}


def _dumps(data: dict[str, Any], payloads: dict[str, BinaryPayload]) -> str:
    def default(value: Any) -> Any:
        if isinstance(value, Node):
            return _node_dict(value)
        if isinstance(value, BinaryPayload):
            stream = is_streamed(value)
            if not stream:
                payloads.setdefault(value.digest, value)
            return {BINARY_KEY: value.digest, "mimetype": value.mimetype, "size": len(value.data), "stream": stream}
        return _fallback(value)

    try:
        text = json.dumps(data, default=default, allow_nan=False, separators=(",", ":"), ensure_ascii=False)
    except ValueError:
        # NaN or infinity somewhere in the props: JSON has no spelling for them, send null.
        data = _finite(data)
        text = json.dumps(data, default=default, allow_nan=False, separators=(",", ":"), ensure_ascii=False)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (e.g. undecodable file names): escape them
            text = json.dumps(data, default=default, allow_nan=False, separators=(",", ":"), ensure_ascii=True)
    return text


def _fallback(value: Any) -> Any:
    """Values that slipped into props without being JSON types: numbers, sets, dates."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item):
        return item()
    isoformat = getattr(value, "isoformat", None)  # dates and times
    if callable(isoformat):
        return isoformat()
    return str(value)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Node):
        return _finite(_node_dict(value))
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value


# ------------------------------------------------------------------ client -> server


def decode_client_message(text: str | bytes) -> ClientMessage:
    """Parse and validate one client frame. Raises ``ValueError`` saying what is wrong."""
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_int=_parse_int, parse_float=_parse_float)
    except RecursionError:
        raise ValueError("message is nested too deeply") from None
    except UnicodeDecodeError:
        raise ValueError("message is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"message is not valid JSON ({error.msg} at position {error.pos})") from None
    if not isinstance(data, dict):
        raise ValueError(f"message must be a JSON object, not {_json_type(data)}")
    tag = data.get("type")
    if not isinstance(tag, str):
        raise ValueError("message has no string 'type' field")
    cls = CLIENT_TYPES.get(tag)
    if cls is None:
        raise ValueError(f"unknown message type {_short(tag)}; expected one of {', '.join(CLIENT_TYPES)}")
    fields = _fields(cls)
    unknown = [key for key in data if key not in fields]
    if unknown:
        raise ValueError(f"{tag}: unexpected field {_short(unknown[0])}")
    kwargs: dict[str, Any] = {}
    for name, (hint, required) in fields.items():
        if name == "type":
            continue
        if name not in data:
            if required:
                raise ValueError(f"{tag}: missing field {name!r}")
            continue
        problem = _check(data[name], hint, 0)
        if problem is not None:
            raise ValueError(f"{tag}.{name}: {problem}")
        kwargs[name] = data[name]
    message: ClientMessage = cls(**kwargs)
    return message


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid JSON number")


def _parse_int(literal: str) -> int:
    if len(literal) > MAX_NUMBER_CHARS:
        raise ValueError(f"number with {len(literal)} digits is too long")
    return int(literal)


def _parse_float(literal: str) -> float:
    if len(literal) > MAX_NUMBER_CHARS:
        raise ValueError(f"number literal of {len(literal)} characters is too long")
    value = float(literal)
    if not math.isfinite(value):
        raise ValueError(f"number {literal} is out of range")
    return value


def _fields(cls: type[Any]) -> dict[str, tuple[Any, bool]]:
    """Field name -> (resolved type hint, required) for a protocol dataclass."""
    cached = _FIELDS.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls, vars(protocol))
    result: dict[str, tuple[Any, bool]] = {}
    for item in dataclasses.fields(cls):
        required = item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        result[item.name] = (hints[item.name], required)
    _FIELDS[cls] = result
    return result


_FIELDS: dict[type[Any], dict[str, tuple[Any, bool]]] = {}


def _check(value: Any, hint: Any, depth: int) -> str | None:
    """None when ``value`` matches ``hint``, else what is wrong with it."""
    if depth > MAX_DEPTH:
        return "value is nested too deeply"
    if hint is Any:
        return _check_json(value, depth)
    origin = typing.get_origin(hint)
    if origin is Union or origin is types.UnionType:
        detail = None
        for option in typing.get_args(hint):
            error = _check(value, option, depth)
            if error is None:
                return None
            if detail is None and _same_shape(value, option):
                detail = error
        return detail or f"expected {_describe(hint)}, got {_json_type(value)}"
    if origin is Literal:
        if any(type(value) is type(option) and value == option for option in typing.get_args(hint)):
            return None
        return f"expected {_describe(hint)}, got {_short(value)}"
    if origin in (list, tuple):
        if not isinstance(value, list):
            return f"expected a list, got {_json_type(value)}"
        (item_hint, *_rest) = typing.get_args(hint) or (Any,)
        for index, item in enumerate(value):
            error = _check(item, item_hint, depth + 1)
            if error is not None:
                return f"item {index}: {error}"
        return None
    if origin is dict or hint is dict:
        if not isinstance(value, dict):
            return f"expected an object, got {_json_type(value)}"
        return _check_json(value, depth)
    if typing.is_typeddict(hint):
        return _check_record(value, hint, depth)
    checker = _SCALARS.get(hint)
    if checker is None:  # pragma: no cover - protocol fields use only the types above
        return f"cannot check values of type {hint!r}"
    if checker(value):
        return None
    return f"expected {_describe(hint)}, got {_json_type(value)}"


def _same_shape(value: Any, hint: Any) -> bool:
    """True when ``value`` is a list and ``hint`` a list type (the error inside is the useful one)."""
    return isinstance(value, list) and typing.get_origin(hint) in (list, tuple)


def _check_record(value: Any, hint: Any, depth: int) -> str | None:
    """None when ``value`` is an object with exactly the keys of the TypedDict ``hint``, each well typed."""
    if not isinstance(value, dict):
        return f"expected an object, got {_json_type(value)}"
    hints = typing.get_type_hints(hint, vars(protocol))
    for key in value:
        if key not in hints:
            return f"unexpected key {_short(key)}"
    for key, key_hint in hints.items():
        if key not in value:
            return f"missing key {key!r}"
        error = _check(value[key], key_hint, depth + 1)
        if error is not None:
            return f"{key}: {error}"
    return None


def _check_json(value: Any, depth: int) -> str | None:
    if depth > MAX_DEPTH:
        return "value is nested too deeply"
    if isinstance(value, list):
        for item in value:
            error = _check_json(item, depth + 1)
            if error is not None:
                return error
    elif isinstance(value, dict):
        for item in value.values():
            error = _check_json(item, depth + 1)
            if error is not None:
                return error
    return None


_SCALARS: Mapping[Any, Callable[[Any], bool]] = {
    str: lambda value: isinstance(value, str),
    bool: lambda value: isinstance(value, bool),
    int: lambda value: isinstance(value, int) and not isinstance(value, bool),
    float: lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    type(None): lambda value: value is None,
}


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is Union or origin is types.UnionType:
        return " or ".join(_describe(option) for option in typing.get_args(hint))
    if origin is Literal:
        return " or ".join(repr(option) for option in typing.get_args(hint))
    if origin in (list, tuple):
        return "a list"
    if typing.is_typeddict(hint):
        return "an object"
    names = {str: "a string", bool: "true or false", int: "an integer", float: "a number", type(None): "null"}
    return names.get(hint, str(hint))


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return f"the number {_short(value)}"
    if isinstance(value, str):
        return f"the string {_short(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
