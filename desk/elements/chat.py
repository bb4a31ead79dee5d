"""Chat: ``chat_message`` (a block with an avatar) and ``chat_input`` (a one-shot text widget).

``chat_input`` called on the main page, outside any container, is pinned to the bottom of the
window (the ``bottom`` root); anywhere else it is drawn inline. Its value is the submitted
text in the run right after a submit, and None otherwise. With ``accept_file`` the chat box
gets an attach button; the files are uploaded on submit (like ``st.file_uploader``'s) and the
value is a ``ChatInputValue`` with ``.text`` and ``.files`` (a list of ``UploadedFile``). With
``accept_audio`` it gets a microphone button: a recording (WAV at ``audio_sample_rate``) is sent
with the message, and the value's ``.audio`` is that ``UploadedFile`` (or None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.elements.base import WidgetCallback, widget
from desk.elements.definitions import Props, define, omitted
from desk.elements.uploads import MB, UploadedFile, check_upload_limit, check_upload_size, files_from_ids
from desk.elements.widgets.uploads import check_file_type, normalize_types, upload_store
from desk.errors import DeskAPIError
from desk.protocol import ROOT_BOTTOM, BinaryPayload
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


@dataclass(kw_only=True, slots=True)
class ChatMessageProps(Props):
    """A chat message block with its avatar (st.chat_message)."""

    name: str
    """Who speaks: "user" and "assistant" get their own avatars."""
    avatar: str | BinaryPayload
    """An icon name, an emoji, an initial, an image URL, or the image's bytes."""
    avatar_type: str
    """"icon", "emoji", "initial" or "image": how to draw ``avatar``."""
    width: str | int
    """"stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class ChatInputProps(Props):
    """A chat text box, pinned to the bottom of the page in the main area (st.chat_input)."""

    placeholder: str
    """Text shown while the box is empty."""
    max_chars: int | None
    """The most characters a message may have, or None for no limit."""
    disabled: bool
    """True greys the box out."""
    width: str | int
    """"stretch" or a width in pixels."""
    accept_file: bool | str
    """False, True, "multiple" or "directory": which files a message may carry."""
    file_type: list[str] | None
    """The accepted extensions or media types of attached files, or None for any."""
    accept_audio: bool | None = omitted()
    """True shows a microphone button whose recording is sent with the message."""
    audio_sample_rate: int | None = omitted()
    """The recording's sample rate in Hz, or None for the browser's own (sent with accept_audio)."""
    submit_mode: str | None = omitted()
    """After a submit, until the run ends: "disable" greys the box out, "stop" also turns Send into Stop; absent: stays usable."""
    height: str | int | None = omitted()
    """"stretch" fills the parent's height, pixels set a least height; absent: one line that grows with the text."""
    max_upload_mb: int | None = omitted()
    """max_upload_size=: the most megabytes an attached file may have; absent: the server's limit."""


CHAT_MESSAGE = define("ChatMessage", ChatMessageProps, apptest="chat_message", attrs=("name", "avatar"), block=True)
CHAT_INPUT = define(
    "ChatInput", ChatInputProps, apptest="chat_input", attrs=("placeholder", "max_chars", "disabled"),
    value=str | dict[str, Any] | None, sizes_itself=True,
)  # fmt: skip


def _avatar(name: str, avatar: Any) -> tuple[str | BinaryPayload, str]:
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
    return emit_block(CHAT_MESSAGE.node(ChatMessageProps(name=name, avatar=avatar_value, avatar_type=avatar_type, width=width)))


AUDIO_SAMPLE_RATES = (None, 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


SUBMIT_MODES = ("submit", "disable", "stop")


def _chat_height(height: object) -> str | int | None:
    """chat_input's ``height``: None for "content", else "stretch" or a positive number of pixels."""
    if height == "content" and isinstance(height, str):
        return None
    if height == "stretch" and isinstance(height, str):
        return "stretch"
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    raise DeskAPIError(
        f"st.chat_input: height must be 'content', 'stretch' or a positive number of pixels (68 fits one line), not {height!r}."
    )


def chat_input(
    placeholder: str = "Your message",
    *,
    key: str | None = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: bool | str = False,
    file_type: Any = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    width: str | int = "stretch",
    height: str | int = "content",
) -> Any:
    """A chat text box. Returns the submitted text in the run after a submit, else None.

    ``submit_mode`` says what the box does between a submit and the end of the run it starts:
    "submit" stays usable, "disable" greys out, "stop" greys out and turns Send into a Stop
    button that stops the run. ``height`` is "content" (one line, growing with the text),
    "stretch" (the parent's height) or a least height in pixels. ``max_upload_size`` (megabytes)
    replaces ``server.maxUploadSize`` for attached files.

    With ``accept_file`` (True, "multiple" or "directory") or ``accept_audio`` it returns a
    ``ChatInputValue``: ``.files`` with accept_file, ``.audio`` (a WAV ``UploadedFile`` or None)
    with accept_audio.
    """
    placeholder = str(placeholder)
    if submit_mode not in SUBMIT_MODES:
        raise DeskAPIError(f"st.chat_input: submit_mode must be 'submit', 'disable' or 'stop', not {submit_mode!r}.")
    box_height = _chat_height(height)
    limit_mb = check_upload_limit("chat_input", max_upload_size)
    if max_chars is not None and (
        isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0
    ):
        raise DeskAPIError(f"st.chat_input: max_chars must be a positive integer or None, not {max_chars!r}.")
    if accept_file not in ACCEPT_FILE:
        raise DeskAPIError(
            f"st.chat_input: accept_file must be False, True, 'multiple' or 'directory', not {accept_file!r}."
        )
    if audio_sample_rate not in AUDIO_SAMPLE_RATES:
        raise DeskAPIError(
            f"st.chat_input: audio_sample_rate must be one of {', '.join(map(str, AUDIO_SAMPLE_RATES[1:]))} "
            f"or None, not {audio_sample_rate!r}."
        )
    with_files = accept_file not in (False, None)
    with_audio = bool(accept_audio)
    structured = with_files or with_audio
    types = normalize_types("chat_input", file_type) if with_files else None
    store = upload_store()

    def checked_text(text: str) -> str:
        if max_chars is not None and len(text) > max_chars:
            raise DeskAPIError(
                f"st.chat_input: the message has {len(text)} characters, more than max_chars ({max_chars})."
            )
        return text

    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        if not structured:
            return checked_text(str(wire))
        if isinstance(wire, dict):
            text, ids, audio_id = str(wire.get("text") or ""), wire.get("files") or [], wire.get("audio")
        else:
            text, ids, audio_id = str(wire), [], None
        found = files_from_ids(store, [str(i) for i in ids] if isinstance(ids, list) and with_files else [])
        files = [check_upload_size("chat_input", limit_mb, check_file_type("chat_input", types, file)) for file in found]
        recorded = files_from_ids(store, [str(audio_id)]) if with_audio and audio_id is not None else []
        return ChatInputValue(
            text=checked_text(text),
            files=files,
            audio=recorded[0] if recorded else None,
            with_files=with_files,
            with_audio=with_audio,
        )

    def serialize(value: Any) -> Any:
        if value is None or not structured:
            return value
        if isinstance(value, ChatInputValue):
            audio = value.get("audio")
            return {
                "text": value.text,
                "files": [f.file_id for f in value.get("files", [])],
                "audio": audio.file_id if isinstance(audio, UploadedFile) else None,
            }
        return {"text": str(value), "files": [], "audio": None}

    root = ROOT_BOTTOM if is_on_main_root() else None
    value = widget(
        "ChatInput",
        func="chat_input",
        label="",
        key=key,
        identity={
            "placeholder": placeholder,
            "max_chars": max_chars,
            "accept_file": accept_file,
            "file_type": types,
            "accept_audio": with_audio,
            "audio_sample_rate": audio_sample_rate if with_audio else None,
        },
        default=None,
        props=ChatInputProps(
            placeholder=placeholder,
            max_chars=max_chars,
            disabled=bool(disabled),
            width=width,
            accept_file=accept_file if with_files else False,
            file_type=types,
            accept_audio=True if with_audio else None,
            audio_sample_rate=audio_sample_rate if with_audio else None,
            submit_mode=None if submit_mode == "submit" else submit_mode,
            height=box_height,
            max_upload_mb=limit_mb if with_files else None,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_submit,
        args=args,
        kwargs=kwargs,
        trigger=True,
        trigger_reset=None,
        allowed_in_form=False,
        root=root,
        max_upload_bytes=None if limit_mb is None else limit_mb * MB,
    )
    if value is None or isinstance(value, ChatInputValue):
        return value
    return str(value)


ACCEPT_FILE = (False, None, True, "multiple", "directory")


class ChatInputValue(dict[str, Any]):
    """What ``st.chat_input(accept_file=..., accept_audio=...)`` returns: ``.text``, ``.files``
    (with accept_file) and ``.audio`` (with accept_audio), also as keys.
    """

    def __init__(
        self,
        text: str,
        files: list[UploadedFile] | None = None,
        audio: UploadedFile | None = None,
        *,
        with_files: bool = True,
        with_audio: bool = False,
    ) -> None:
        super().__init__(text=text)
        if with_files:
            self["files"] = list(files or [])
        if with_audio:
            self["audio"] = audio

    @property
    def text(self) -> str:
        return str(self["text"])

    @property
    def files(self) -> list[UploadedFile]:
        if "files" not in self:
            raise AttributeError("this chat_input does not accept files (accept_file=False): the value has no .files")
        files: list[UploadedFile] = self["files"]
        return files

    @property
    def audio(self) -> UploadedFile | None:
        if "audio" not in self:
            raise AttributeError("this chat_input does not record audio (accept_audio=False): the value has no .audio")
        audio: UploadedFile | None = self["audio"]
        return audio

    def __repr__(self) -> str:
        parts = [f"text={self.text!r}"]
        if "files" in self:
            parts.append(f"files={[f.name for f in self.files]!r}")
        if "audio" in self:
            parts.append(f"audio={None if self.audio is None else self.audio.name!r}")
        return f"ChatInputValue({', '.join(parts)})"

