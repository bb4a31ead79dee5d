"""Media elements: image, audio, video and the app logo.

Media is a URL the client fetches itself (``{"src": url}``) or bytes sent next to the
node (``{"payload": BinaryPayload}``). Pillow and numpy are imported only when an image
actually needs them.
"""

from __future__ import annotations

import base64
import datetime
import io
import math
import mimetypes
import re
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from desk.elements.base import accessible_name
from desk.elements.definitions import Props, define, omitted
from desk.elements.status import check_width, is_icon, show
from desk.errors import DeskAPIError, MissingDependencyError
from desk.protocol import ROOT_SIDEBAR, BinaryPayload
from desk.runtime.context import get_run
from desk.runtime.emitter import Container

IMAGE_FORMATS = ("AUTO", "PNG", "JPEG", "JPG")
IMAGE_WIDTHS = ("content", "stretch")
LOGO_SIZES = ("small", "medium", "large")
_URL_PREFIXES = ("http://", "https://", "data:")


# ---------------------------------------------------------------- definitions


class MediaItem(TypedDict, total=False):
    """One image: a URL, or bytes that travel beside the node."""

    src: str
    """A URL or data URI."""
    payload: BinaryPayload
    """The image's bytes."""
    caption: str | None
    """The caption under the image (st.image)."""
    alt: str
    """The image's accessible name (alt); "" marks it decorative. Absent: no name."""
    icon: str
    """An emoji or ":material/name:" icon instead of an image (st.logo)."""


class SubtitleTrack(TypedDict):
    """A subtitle track of a video, as WebVTT."""

    label: str
    """The track's name in the player's menu."""
    payload: BinaryPayload
    """The WebVTT text."""


@dataclass(kw_only=True, slots=True)
class ImageProps(Props):
    """One image or a row of images (st.image)."""

    images: list[MediaItem]
    """The images, each with its caption."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    link: str | None = omitted()
    """The URL a click on the (single) image opens, when the script gave one."""


@dataclass(kw_only=True, slots=True)
class AudioProps(Props):
    """An audio player (st.audio)."""

    format: str
    """The media type, e.g. "audio/wav"."""
    start_time: int
    """Where playing starts, in seconds."""
    end_time: int | None
    """Where playing stops, in seconds, or None for the end."""
    loop: bool
    """True plays the clip again when it ends."""
    autoplay: bool
    """True starts playing at once."""
    width: str | int
    """"stretch" or a width in pixels."""
    alt: str | None = omitted()
    """The player's accessible name (alt), when the script gave one."""
    src: str | None = omitted()
    """A URL, when the audio is not sent as bytes."""
    payload: BinaryPayload | None = omitted()
    """The audio's bytes, when it has no URL (streamed from /media)."""


@dataclass(kw_only=True, slots=True)
class VideoProps(AudioProps):
    """A video player (st.video)."""

    muted: bool
    """True plays without sound."""
    subtitles: list[SubtitleTrack]
    """The subtitle tracks; the first one shows by default."""


@dataclass(kw_only=True, slots=True)
class LogoProps(Props):
    """The app's logo, in the top-left corner and the sidebar (st.logo)."""

    image: MediaItem
    """The logo."""
    icon_image: MediaItem | None
    """A smaller logo for the collapsed sidebar, or None."""
    link: str | None
    """The URL the logo opens, or None."""
    size: str
    """"small", "medium" or "large"."""


@dataclass(kw_only=True, slots=True)
class PdfProps(Props):
    """A PDF document, shown page by page in a scrolling viewer (st.pdf)."""

    payload: BinaryPayload
    """The document's bytes (fetched from /media with ranges)."""
    height: int | str
    """The viewer's height in pixels, or "stretch"."""
    alt: str | None
    """A description of the document for screen readers, or None."""


IMAGE = define("Image", ImageProps, apptest="image", attrs=("width",), sizes_itself=True)
AUDIO = define("Audio", AudioProps, apptest="audio", attrs=("format", "start_time", "end_time", "loop", "autoplay"), sizes_itself=True)
VIDEO = define("Video", VideoProps, apptest="video", attrs=("format", "start_time", "end_time", "loop", "autoplay", "muted"), sizes_itself=True)
LOGO = define("Logo", LogoProps, apptest="logo", attrs=("link", "size"), sizes_itself=True)
PDF = define("Pdf", PdfProps, apptest="pdf", attrs=("height",), sizes_itself=True)

# magic bytes -> mimetype, for image bytes that carry no name
_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


# ---------------------------------------------------------------- shared helpers


def _is_url(value: str) -> bool:
    return value.startswith(_URL_PREFIXES)


def _resolve_path(path: Path) -> Path | None:
    """An existing file: as given (relative to the working directory), or next to the script."""
    if path.is_file():
        return path
    ctx = get_run()
    if ctx is not None and not path.is_absolute():
        candidate = ctx.session.source.folder / path
        if candidate.is_file():
            return candidate
    return None


def _read_bytes(value: Any) -> bytes | None:
    """Bytes from bytes-likes and binary file objects; None for anything else."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, io.BytesIO):
        return value.getvalue()
    read = getattr(value, "read", None)
    if callable(read):
        if callable(getattr(value, "seek", None)):
            value.seek(0)
        data = read()
        if isinstance(data, str):
            data = data.encode("utf-8")
        return bytes(data)
    return None


def _is_numpy_array(value: object) -> bool:
    return type(value).__module__ == "numpy" and type(value).__name__ == "ndarray"


def _require_pil(func: str, what: str) -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise MissingDependencyError(
            f"st.{func}: showing {what} needs Pillow, which is not installed. Install it with `pip install pillow`."
        ) from None
    return Image


# ---------------------------------------------------------------- image


def _sniff_image(data: bytes) -> str | None:
    for signature, mimetype in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return mimetype
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    head = data[:1024].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    return None


def _is_svg_text(value: str) -> bool:
    head = value.lstrip()[:1024].lower()
    return head.startswith("<svg") or (head.startswith("<?xml") and "<svg" in head)


def _svg_src(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _image_from_bytes(func: str, data: bytes) -> MediaItem:
    mimetype = _sniff_image(data)
    if mimetype == "image/svg+xml":
        return {"src": _svg_src(data.decode("utf-8", errors="replace"))}
    if mimetype is not None:
        return {"payload": BinaryPayload(data, mimetype)}
    image_module = _require_pil(func, "image bytes of an unknown format")
    try:
        opened = image_module.open(io.BytesIO(data))
    except Exception:
        raise DeskAPIError(
            f"st.{func}: these {len(data)} bytes are not an image desk can read. Pass PNG, JPEG, GIF, WebP or SVG data."
        ) from None
    return _image_from_pil(opened, "auto")


def _image_from_file(func: str, path: Path) -> MediaItem:
    found = _resolve_path(path)
    if found is None:
        raise DeskAPIError(
            f"st.{func}: there is no image file at {str(path)!r}. Pass a URL starting with http:// or https://, "
            "or the path of an existing file (relative paths start at the working directory)."
        )
    data = found.read_bytes()
    guessed = mimetypes.guess_type(found.name)[0]
    if guessed == "image/svg+xml":
        return {"src": _svg_src(data.decode("utf-8", errors="replace"))}
    if guessed is not None and guessed.startswith("image/"):
        return {"payload": BinaryPayload(data, guessed)}
    return _image_from_bytes(func, data)


def _pil_format(image: Any, output_format: str) -> str:
    if output_format != "auto":
        return output_format
    if getattr(image, "format", None) in ("JPEG", "GIF"):
        return str(image.format)
    return "PNG"


def _image_from_pil(image: Any, output_format: str) -> MediaItem:
    fmt = _pil_format(image, output_format)
    buffer = io.BytesIO()
    if fmt == "JPEG":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(buffer, format="JPEG", quality=95)
    elif fmt == "GIF":
        image.save(buffer, format="GIF", save_all=True)
    else:
        if image.mode not in ("1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"):
            image = image.convert("RGBA")  # CMYK, YCbCr, HSV... have no PNG form
        image.save(buffer, format="PNG")
    return {"payload": BinaryPayload(buffer.getvalue(), f"image/{fmt.lower()}")}


def _image_from_array(func: str, array: Any, clamp: bool, channels: str, output_format: str) -> MediaItem:
    import numpy as np

    image_module = _require_pil(func, "a numpy array")
    data = np.asarray(array)
    if data.ndim == 3 and data.shape[2] == 1:
        data = data[:, :, 0]
    if data.ndim not in (2, 3) or (data.ndim == 3 and data.shape[2] not in (3, 4)):
        raise DeskAPIError(
            f"st.{func}: a numpy image must have shape (H, W), (H, W, 1), (H, W, 3) or (H, W, 4), not {tuple(data.shape)}."
        )
    if channels == "BGR" and data.ndim == 3:
        order = [2, 1, 0] if data.shape[2] == 3 else [2, 1, 0, 3]
        data = data[:, :, order]
    data = _to_uint8(func, data, clamp)
    return _image_from_pil(image_module.fromarray(data), "PNG" if output_format == "auto" else output_format)


def _to_uint8(func: str, data: Any, clamp: bool) -> Any:
    import numpy as np

    if data.dtype == np.bool_:
        return data.astype(np.uint8) * 255
    if data.size == 0:
        raise DeskAPIError(f"st.{func}: the numpy image is empty (shape {tuple(data.shape)}).")
    floating = np.issubdtype(data.dtype, np.floating)
    high = 1.0 if floating else 255
    low_value, high_value = data.min(), data.max()
    if clamp:
        data = np.clip(data, 0, high)
    elif low_value < 0 or high_value > high:
        kind = "float image (expected 0.0 to 1.0)" if floating else "integer image (expected 0 to 255)"
        raise DeskAPIError(
            f"st.{func}: the {kind} has values from {low_value} to {high_value}. "
            "Pass clamp=True to clip them to the valid range, or rescale the array."
        )
    if floating:
        data = data * 255.0
    return data.astype(np.uint8)


def image_item(func: str, image: Any, *, clamp: bool = False, channels: str = "RGB", output_format: str = "auto") -> MediaItem:
    """One image as ``{"src": url}`` or ``{"payload": BinaryPayload}``."""
    if isinstance(image, str):
        if _is_url(image):
            return {"src": image}
        if _is_svg_text(image):
            return {"src": _svg_src(image)}
        return _image_from_file(func, Path(image))
    if isinstance(image, Path):
        return _image_from_file(func, image)
    if _is_numpy_array(image):
        return _image_from_array(func, image, clamp, channels, output_format)
    if type(image).__module__.startswith("PIL.") and callable(getattr(image, "save", None)):
        return _image_from_pil(image, output_format)
    data = _read_bytes(image)
    if data is not None:
        return _image_from_bytes(func, data)
    raise DeskAPIError(
        f"st.{func}: image must be a URL, a file path, bytes, a PIL image or a numpy array (or a list of these), "
        f"not {type(image).__name__}."
    )


def _image_width(width: Any, use_column_width: Any, use_container_width: Any) -> str | int:
    if use_container_width is not None:
        if not isinstance(use_container_width, bool):
            raise DeskAPIError(f"st.image: use_container_width must be True, False or None, not {use_container_width!r}.")
        return "stretch" if use_container_width else ("content" if width in (None, "content") else check_width("image", width, IMAGE_WIDTHS))
    if use_column_width is not None:
        if use_column_width not in ("auto", "always", "never", True, False):
            raise DeskAPIError(
                f"st.image: use_column_width must be 'auto', 'always', 'never', True or False, not {use_column_width!r}. "
                "It is deprecated: use width='stretch' instead."
            )
        return "stretch" if use_column_width in ("always", True) else "content"
    if width is None:
        return "content"
    return check_width("image", width, IMAGE_WIDTHS)


def _captions(caption: Any, count: int) -> list[str | None]:
    if caption is None:
        return [None] * count
    if isinstance(caption, str):
        if count != 1:
            raise DeskAPIError(
                f"st.image: {count} images were given but one caption string. Pass a list of {count} captions, or None."
            )
        return [caption]
    if isinstance(caption, Sequence):
        if len(caption) != count:
            raise DeskAPIError(
                f"st.image: {count} images were given with {len(caption)} captions. Pass one caption per image, or None."
            )
        return [None if c is None else str(c) for c in caption]
    raise DeskAPIError(f"st.image: caption must be a string, a list of strings or None, not {caption!r}.")


def _alts(alt: Any, count: int) -> list[str | None]:
    """One accessible name (or None) per image: ``alt`` is a string for one image, else a sequence."""
    if alt is None:
        return [None] * count
    if isinstance(alt, str):
        if count != 1:
            raise DeskAPIError(
                f"st.image: {count} images were given but one alt string. Pass a list of {count} alt texts "
                "(None for no name, '' for a decorative image), or None."
            )
        return [accessible_name("image", alt, decorative=True)]
    if isinstance(alt, Sequence):
        if len(alt) != count:
            raise DeskAPIError(
                f"st.image: {count} images were given with {len(alt)} alt texts. Pass one per image, or None."
            )
        return [accessible_name("image", one, decorative=True) for one in alt]
    raise DeskAPIError(f"st.image: alt must be a string, a list of strings or None, not {alt!r}.")


def image(
    image: Any,
    caption: str | Sequence[str] | None = None,
    width: str | int | None = "content",
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    *,
    use_container_width: bool | None = None,
    use_column_width: str | bool | None = None,
    alt: str | Sequence[str | None] | None = None,
    link: str | None = None,
) -> Container:
    """One image or a row of images: URLs, paths, bytes, SVG text, PIL images or numpy arrays."""
    if channels not in ("RGB", "BGR"):
        raise DeskAPIError(f"st.image: channels must be 'RGB' or 'BGR', not {channels!r}.")
    fmt = output_format.upper() if isinstance(output_format, str) else output_format
    if fmt not in IMAGE_FORMATS:
        raise DeskAPIError(f"st.image: output_format must be 'auto', 'PNG' or 'JPEG', not {output_format!r}.")
    fmt = "JPEG" if fmt == "JPG" else ("auto" if fmt == "AUTO" else fmt)
    shown_width = _image_width(width, use_column_width, use_container_width)
    images = list(image) if isinstance(image, (list, tuple)) else [image]
    if not images:
        raise DeskAPIError("st.image: the list of images is empty. Pass at least one image.")
    captions = _captions(caption, len(images))
    if link is not None:
        if not isinstance(link, str) or not link.strip():
            raise DeskAPIError(f"st.image: link must be a URL or a path like '/page', or None, not {link!r}.")
        if len(images) != 1:
            raise DeskAPIError(f"st.image: link works with one image, but {len(images)} were given. Show them one by one.")
    alts = _alts(alt, len(images))
    items: list[MediaItem] = []
    for one, text, name in zip(images, captions, alts, strict=True):
        item = image_item("image", one, clamp=bool(clamp), channels=channels, output_format=fmt)
        item["caption"] = text
        if name is not None:
            item["alt"] = name
        items.append(item)
    return show(ImageProps(images=items, width=shown_width, link=link))


# ---------------------------------------------------------------- audio and video


def _seconds(func: str, name: str, value: Any) -> int | None:
    """A time as whole seconds: int, float (rounded down), timedelta or a string like '1m14s'."""
    if value is None:
        return None
    if isinstance(value, bool):
        seconds: float = math.nan
    elif isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, datetime.timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, str):
        import pandas as pd

        try:
            seconds = pd.Timedelta(value).total_seconds()
        except ValueError:
            seconds = math.nan
    else:
        seconds = math.nan
    if math.isnan(seconds) or seconds < 0:
        raise DeskAPIError(
            f"st.{func}: {name} must be a number of seconds (0 or more), a timedelta or a string like '1m14s', not {value!r}."
        )
    return int(seconds)


def _times(func: str, start_time: Any, end_time: Any) -> tuple[int, int | None]:
    start = _seconds(func, "start_time", start_time) or 0
    end = _seconds(func, "end_time", end_time)
    if end is not None and end <= start:
        raise DeskAPIError(f"st.{func}: end_time ({end} s) must be later than start_time ({start} s).")
    return start, end


def _media_source(func: str, data: Any, mimetype: str, default_format: str) -> tuple[str | None, BinaryPayload | None]:
    """A URL, a path, bytes or a file object as ``(src, None)`` or ``(None, payload)``."""
    if isinstance(data, str) and _is_url(data):
        return data, None
    if isinstance(data, (str, Path)):
        found = _resolve_path(Path(data))
        if found is None:
            raise DeskAPIError(
                f"st.{func}: there is no file at {str(data)!r}. Pass a URL starting with http:// or https://, "
                "the path of an existing file, or the raw bytes."
            )
        guessed = mimetypes.guess_type(found.name)[0]
        kind = mimetype if mimetype != default_format or guessed is None else guessed
        return None, BinaryPayload(found.read_bytes(), kind)
    if _is_numpy_array(data):
        return None, BinaryPayload(data.tobytes(), mimetype)
    raw = _read_bytes(data)
    if raw is not None:
        uploaded_type = getattr(data, "type", None)  # st.file_uploader / st.audio_input files know their type
        if mimetype == default_format and isinstance(uploaded_type, str) and "/" in uploaded_type:
            mimetype = uploaded_type
        return None, BinaryPayload(raw, mimetype)
    raise DeskAPIError(
        f"st.{func}: data must be a URL, a file path, bytes or a file object, not {type(data).__name__}."
    )


def wav_bytes(data: Any, sample_rate: int) -> bytes:
    """A numpy waveform (1-D, or 2-D as channels x samples) as 16-bit WAV bytes, scaled to full range."""
    import numpy as np

    samples = np.asarray(data, dtype=np.float64)
    if samples.ndim == 1:
        channels, frames = 1, samples
    elif samples.ndim == 2:
        channels, frames = samples.shape[0], samples.T.ravel()
    else:
        raise DeskAPIError(
            f"st.audio: a numpy waveform must be 1-D, or 2-D with shape (channels, samples), not shape {tuple(samples.shape)}."
        )
    peak = float(np.max(np.abs(frames))) if frames.size else 0.0
    scaled = frames / peak * 32767 if peak > 0 else np.zeros_like(frames)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(sample_rate)
        writer.writeframes(scaled.astype("<i2").tobytes())
    return buffer.getvalue()


def audio(
    data: Any,
    format: str = "audio/wav",
    start_time: Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    width: str | int = "stretch",
    alt: str | None = None,
) -> Container:
    """An audio player for a URL, a file, bytes, or a numpy waveform (with ``sample_rate``)."""
    if not isinstance(format, str):
        raise DeskAPIError(f"st.audio: format must be a MIME type string such as 'audio/wav', not {format!r}.")
    start, end = _times("audio", start_time, end_time)
    if _is_numpy_array(data):
        if isinstance(sample_rate, bool) or not isinstance(sample_rate, int) or sample_rate <= 0:
            raise DeskAPIError(
                f"st.audio: sample_rate must be a positive int (samples per second) when data is a numpy array, "
                f"not {sample_rate!r}."
            )
        src: str | None = None
        payload: BinaryPayload | None = BinaryPayload(wav_bytes(data, sample_rate), "audio/wav")
        format = "audio/wav"
    else:
        src, payload = _media_source("audio", data, format, "audio/wav")
    return show(
        AudioProps(
            src=src,
            payload=payload,
            format=format,
            start_time=start,
            end_time=end,
            loop=bool(loop),
            autoplay=bool(autoplay),
            width=check_width("audio", width),
            alt=accessible_name("audio", alt),
        )
    )


_SRT_TIME = re.compile(r"(\d{1,2}:\d{2}:\d{2}),(\d{3})")


def _to_vtt(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if text.lstrip().startswith("WEBVTT"):
        return text
    return "WEBVTT\n\n" + _SRT_TIME.sub(r"\1.\2", text)


def _subtitle_text(label: str, value: Any) -> str:
    if isinstance(value, Path) or (
        isinstance(value, str) and "\n" not in value and value.lower().endswith((".vtt", ".srt"))
    ):
        found = _resolve_path(Path(value))
        if found is None:
            raise DeskAPIError(f"st.video: subtitles {label!r}: there is no subtitle file at {str(value)!r}.")
        return found.read_text(encoding="utf-8")
    if isinstance(value, str):
        return value
    raw = _read_bytes(value)
    if raw is None:
        raise DeskAPIError(
            f"st.video: subtitles {label!r} must be a path, a string of subtitles, bytes or a file object, "
            f"not {type(value).__name__}."
        )
    return raw.decode("utf-8", errors="replace")


def _subtitles(subtitles: Any) -> list[SubtitleTrack]:
    if subtitles is None:
        return []
    pairs = list(subtitles.items()) if isinstance(subtitles, dict) else [("default", subtitles)]
    tracks: list[SubtitleTrack] = []
    for label, value in pairs:
        vtt = _to_vtt(_subtitle_text(str(label), value))
        tracks.append({"label": str(label), "payload": BinaryPayload(vtt.encode("utf-8"), "text/vtt")})
    return tracks


def video(
    data: Any,
    format: str = "video/mp4",
    start_time: Any = 0,
    *,
    subtitles: Any = None,
    end_time: Any = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    width: str | int = "stretch",
    alt: str | None = None,
) -> Container:
    """A video player for a URL (YouTube too), a file, bytes or a file object."""
    if not isinstance(format, str):
        raise DeskAPIError(f"st.video: format must be a MIME type string such as 'video/mp4', not {format!r}.")
    start, end = _times("video", start_time, end_time)
    src, payload = _media_source("video", data, format, "video/mp4")
    return show(
        VideoProps(
            src=src,
            payload=payload,
            format=format,
            start_time=start,
            end_time=end,
            loop=bool(loop),
            autoplay=bool(autoplay),
            muted=bool(muted),
            subtitles=_subtitles(subtitles),
            width=check_width("video", width),
            alt=accessible_name("video", alt),
        )
    )


# ---------------------------------------------------------------- pdf


def _pdf_bytes(data: Any) -> bytes:
    if isinstance(data, str) and data.startswith("file://"):
        from urllib.parse import unquote, urlsplit

        data = Path(unquote(urlsplit(data).path))
    if isinstance(data, str) and _is_url(data):
        raise DeskAPIError(
            f"st.pdf: desk works offline and does not fetch {data!r}. Pass the PDF's path, a file:// URL, "
            "its bytes or a file object."
        )
    if isinstance(data, (str, Path)):
        found = _resolve_path(Path(data))
        if found is None:
            raise DeskAPIError(f"st.pdf: there is no file at {str(data)!r}. Pass the path of an existing PDF, or its bytes.")
        return found.read_bytes()
    raw = _read_bytes(data)
    if raw is None:
        raise DeskAPIError(f"st.pdf: data must be a file path, bytes or a file object, not {type(data).__name__}.")
    return raw


def pdf(data: Any, *, height: int | str = 500, key: str | None = None, alt: str | None = None) -> Container:
    """A PDF (a path, file:// URL, bytes or file object) in a scrolling viewer drawn in the page."""
    del key  # Streamlit's key only names the element's CSS class; desk's viewer keeps no state.
    if height != "stretch" and not (isinstance(height, int) and not isinstance(height, bool) and height > 0):
        raise DeskAPIError(f"st.pdf: height must be a positive number of pixels or 'stretch', not {height!r}.")
    if alt is not None and not isinstance(alt, str):
        raise DeskAPIError(f"st.pdf: alt must be a string or None, not {type(alt).__name__}.")
    raw = _pdf_bytes(data)
    if not raw.lstrip()[:5] == b"%PDF-":
        raise DeskAPIError("st.pdf: data is not a PDF document (it does not start with '%PDF-').")
    return show(PdfProps(payload=BinaryPayload(raw, "application/pdf"), height=height, alt=(alt or "").strip() or None))


# ---------------------------------------------------------------- logo


def _logo_image(name: str, value: Any) -> MediaItem:
    if isinstance(value, (list, tuple)):
        raise DeskAPIError(f"st.logo: {name} must be a single image, not a list.")
    if isinstance(value, str) and is_icon(value):
        return {"icon": value}
    return image_item("logo", value)


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> Container:
    """The app's logo, in the top-left corner and the sidebar. The last call in a run wins."""
    if size not in LOGO_SIZES:
        raise DeskAPIError(f"st.logo: size must be 'small', 'medium' or 'large', not {size!r}.")
    if link is not None and (not isinstance(link, str) or not link.startswith(("http://", "https://"))):
        raise DeskAPIError(f"st.logo: link must be a URL starting with http:// or https://, not {link!r}.")
    props = LogoProps(
        image=_logo_image("image", image),
        icon_image=None if icon_image is None else _logo_image("icon_image", icon_image),
        link=link,
        size=size,
    )
    return show(props, root=ROOT_SIDEBAR)
