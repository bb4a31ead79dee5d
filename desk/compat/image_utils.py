"""``streamlit.elements.lib.image_utils.image_to_url``: an image as a URL a component's page can show.

Component packages (streamlit-drawable-canvas and others) turn a background image into a
URL and hand it to their frame. desk answers with the image's own URL when it has one,
and otherwise with a ``data:`` URL of the encoded image, which needs no server state and
which component frames may load.
"""

from __future__ import annotations

import base64
from typing import Any

from desk.elements.media import image_item


def image_to_url(
    image: Any,
    layout_config: Any = None,
    clamp: bool = False,
    channels: str = "RGB",
    output_format: str = "auto",
    image_id: str = "",
) -> str:
    """A URL for ``image`` (a URL, path, bytes, PIL image or numpy array).

    ``layout_config`` (a width in older Streamlit) and ``image_id`` are accepted for the
    callers' sake; the image keeps its own size.
    """
    fmt = output_format.upper() if isinstance(output_format, str) else "AUTO"
    fmt = {"JPG": "JPEG", "AUTO": "auto"}.get(fmt, fmt)
    item = image_item("image_to_url", image, clamp=clamp, channels=channels, output_format=fmt)
    if "src" in item:
        return item["src"]
    payload = item["payload"]
    return f"data:{payload.mimetype};base64,{base64.b64encode(payload.data).decode('ascii')}"


__all__ = ["image_to_url"]
