"""Chat: ``chat_message`` (a block with an avatar) and ``chat_input`` (a one-shot text widget).

``chat_input`` called on the main page, outside any container, is pinned to the bottom of the
window (the ``bottom`` root); anywhere else it is drawn inline. Its value is the submitted
text in the run right after a submit, and None otherwise.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desk.elements.base import WidgetCallback, widget
from desk.elements.tolerated import tolerates
from desk.errors import DeskAPIError
from desk.protocol import ROOT_BOTTOM, BinaryPayload, Node
from desk.runtime.context import get_run
from desk.runtime.emitter import Container, emit_block, is_on_main_root

USER_NAMES = ("user", "human")
ASSISTANT_NAMES = ("assistant", "ai")
MATERIAL_ICON = re.compile(r"^:material/[a-z0-9_]+:$")
IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}


def _avatar(name: str, avatar: Any) -> tuple[Any, str]:
    """The avatar value and its kind: 'icon', 'emoji', 'initial', 'image' (a URL or bytes)."""
    if avatar is None:
        lowered = name.lower()
        if lowered in USER_NAMES:
            return "user", "icon"
        if lowered in ASSISTANT_NAMES:
            return "assistant", "icon"
        return name[:1].upper(), "initial"
    if isinstance(avatar, str):
        if MATERIAL_ICON.match(avatar):
            return avatar, "icon"
        if re.match(r"^(https?:|data:)", avatar):
            return avatar, "image"
        path = Path(avatar)
        if path.suffix.lower() in IMAGE_TYPES:
            if not path.is_file():
                raise DeskAPIError(
                    f"st.chat_message: avatar image file {avatar!r} does not exist. Check the path."
                )
            return BinaryPayload(path.read_bytes(), IMAGE_TYPES[path.suffix.lower()]), "image"
        if 0 < len(avatar) <= 8 and not avatar.isascii():
            return avatar, "emoji"
        raise DeskAPIError(
            f"st.chat_message: avatar must be an emoji, a ':material/icon_name:' icon, an image path or URL, "
            f"image bytes, or None, not {avatar!r}."
        )
    if isinstance(avatar, (bytes, bytearray, memoryview)):
        return BinaryPayload(bytes(avatar), "image/png"), "image"
    if hasattr(avatar, "save") and hasattr(avatar, "mode"):  # a PIL image
        import io

        buffer = io.BytesIO()
        avatar.save(buffer, format="PNG")
        return BinaryPayload(buffer.getvalue(), "image/png"), "image"
    raise DeskAPIError(
        f"st.chat_message: avatar must be an emoji, a ':material/icon_name:' icon, an image path or URL, "
        f"image bytes, or None, not {type(avatar).__name__}."
    )


def _inside_chat_message() -> bool:
    ctx = get_run()
    if ctx is None:
        return False
    target = ctx.target()
    if any(c.kind == "ChatMessage" for c in ctx.container_stack):
        return True
    nodes = ctx.session.view.nodes
    path = target.path
    return any(
        (node := nodes.get(path[:depth])) is not None and node.type == "ChatMessage"
        for depth in range(2, len(path) + 1)
    )


def chat_message(name: str, *, avatar: Any = None, width: str | int = "stretch") -> Container:
    """A chat message block. ``"user"``/``"human"`` and ``"assistant"``/``"ai"`` get their own avatars."""
    if not isinstance(name, str) or not name:
        raise DeskAPIError(
            f"st.chat_message: name must be a non-empty string such as 'user' or 'assistant', not {name!r}."
        )
    avatar_value, avatar_type = _avatar(name, avatar)
    if _inside_chat_message():
        raise DeskAPIError(
            "st.chat_message: chat messages cannot be nested inside other chat messages. "
            "Close the outer `with st.chat_message(...)` block first."
        )
    node = Node(
        "ChatMessage",
        {"name": name, "avatar": avatar_value, "avatar_type": avatar_type, "width": width},
        block=True,
    )
    return emit_block(node)


@tolerates("chat_input", max_upload_size=None, accept_audio=False, audio_sample_rate=16000, submit_mode="submit", height="content")
def chat_input(
    placeholder: str = "Your message",
    *,
    key: str | None = None,
    max_chars: int | None = None,
    accept_file: bool | str = False,
    file_type: Any = None,
    disabled: bool = False,
    on_submit: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    width: str | int = "stretch",
) -> str | None:
    """A chat text box. Returns the submitted text in the run after a submit, else None."""
    placeholder = str(placeholder)
    if max_chars is not None and (
        isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0
    ):
        raise DeskAPIError(f"st.chat_input: max_chars must be a positive integer or None, not {max_chars!r}.")
    if accept_file not in (False, None):
        raise DeskAPIError(
            "st.chat_input: accept_file is not supported by desk yet. Remove it, and add an st.file_uploader "
            "next to the chat input instead."
        )

    def deserialize(wire: Any) -> str | None:
        if wire is None:
            return None
        text = str(wire)
        if max_chars is not None and len(text) > max_chars:
            raise DeskAPIError(
                f"st.chat_input: the message has {len(text)} characters, more than max_chars ({max_chars})."
            )
        return text

    root = ROOT_BOTTOM if is_on_main_root() else None
    value = widget(
        "ChatInput",
        func="chat_input",
        label="",
        key=key,
        identity={"placeholder": placeholder, "max_chars": max_chars},
        default=None,
        props={
            "placeholder": placeholder,
            "max_chars": max_chars,
            "disabled": bool(disabled),
            "width": width,
            "file_type": file_type,
        },
        serialize=deserialize,
        deserialize=deserialize,
        on_change=on_submit,
        args=args,
        kwargs=kwargs,
        trigger=True,
        trigger_reset=None,
        allowed_in_form=False,
        root=root,
    )
    return None if value is None else str(value)
