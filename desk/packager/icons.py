"""Icon conversion for ``desk build``: one PNG becomes ``.ico`` (Windows) and ``.icns`` (macOS).

Both formats can embed PNG images directly, so no image library is needed: the PNG bytes
are wrapped in each format's small header.
"""

from __future__ import annotations

import struct
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG, read from its header."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def png_to_ico(png: bytes) -> bytes:
    """An ICO file holding ``png`` (PNG-in-ICO, supported since Windows Vista)."""
    width, height = png_size(png)
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack(
        "<BBBBHHII", width if width < 256 else 0, height if height < 256 else 0, 0, 0, 1, 32, len(png), 6 + 16
    )
    return header + entry + png


def png_to_icns(png: bytes) -> bytes:
    """An ICNS file holding ``png`` as its 256x256 (``ic08``) or 512x512 (``ic09``) image."""
    width, _ = png_size(png)
    kind = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}.get(width, b"ic08")
    chunk = kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(chunk) + 8) + chunk


def icon_for_platform(icon: Path, platform: str, work: Path) -> Path:
    """The icon file PyInstaller needs on ``platform``, converted from a PNG when necessary."""
    suffix = icon.suffix.lower()
    if platform == "win32" and suffix == ".png":
        out = work / (icon.stem + ".ico")
        out.write_bytes(png_to_ico(icon.read_bytes()))
        return out
    if platform == "darwin" and suffix == ".png":
        out = work / (icon.stem + ".icns")
        out.write_bytes(png_to_icns(icon.read_bytes()))
        return out
    return icon
