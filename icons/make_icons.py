"""Draw desk's default window and app icon and write it as PNG and ICO, using only the stdlib.

Run ``python icons/make_icons.py`` to regenerate ``icons/desk.png`` (256x256),
``icons/desk.ico`` (PNG-compressed entries at 16, 32, 48, 64, 128 and 256 pixels) and
``desk/shell/desk.png`` (the copy the window uses, shipped inside the package).
The icon is a rounded square with a vertical blue gradient and a white desk: a top
board and two legs.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

Pixel = tuple[int, int, int, int]
SIZES = (16, 32, 48, 64, 128, 256)
TOP = (37, 99, 235)
BOTTOM = (29, 64, 175)
WHITE = (255, 255, 255)


def _coverage(inside: bool) -> float:
    return 1.0 if inside else 0.0


def _in_rounded_rect(
    x: float, y: float, left: float, top: float, right: float, bottom: float, r: float
) -> bool:
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + r), right - r)
    cy = min(max(y, top + r), bottom - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def _shape_at(u: float, v: float) -> tuple[float, float]:
    """(background coverage, desk coverage) at the unit-square point (u, v)."""
    background = _coverage(_in_rounded_rect(u, v, 0.03, 0.03, 0.97, 0.97, 0.2))
    board = _in_rounded_rect(u, v, 0.18, 0.36, 0.82, 0.47, 0.03)
    left_leg = _in_rounded_rect(u, v, 0.25, 0.44, 0.33, 0.76, 0.02)
    right_leg = _in_rounded_rect(u, v, 0.67, 0.44, 0.75, 0.76, 0.02)
    drawer = _in_rounded_rect(u, v, 0.45, 0.47, 0.75, 0.56, 0.02)
    return background, _coverage(board or left_leg or right_leg or drawer)


def render(size: int, samples: int = 4) -> list[list[Pixel]]:
    """The icon as rows of RGBA pixels, antialiased with ``samples``² sub-samples per pixel."""
    rows: list[list[Pixel]] = []
    for py in range(size):
        row: list[Pixel] = []
        for px in range(size):
            back = desk = 0.0
            for sy in range(samples):
                for sx in range(samples):
                    b, d = _shape_at((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    back += b
                    desk += d * b
            n = samples * samples
            back, desk = back / n, desk / n
            t = py / max(size - 1, 1)
            base = [TOP[i] + (BOTTOM[i] - TOP[i]) * t for i in range(3)]
            mix = desk / back if back else 0.0
            color = [round(base[i] * (1 - mix) + WHITE[i] * mix) for i in range(3)]
            row.append((color[0], color[1], color[2], round(255 * back)))
        rows.append(row)
    return rows


def png_bytes(rows: list[list[Pixel]]) -> bytes:
    """Encode RGBA rows as a PNG file."""
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(channel for pixel in row for channel in pixel) for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Pack PNG images (size -> PNG bytes) into one ICO file."""
    count = len(images)
    header = struct.pack("<HHH", 0, 1, count)
    offset = 6 + 16 * count
    entries = b""
    payload = b""
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def main() -> None:
    folder = Path(__file__).resolve().parent
    images = {size: png_bytes(render(size)) for size in SIZES}
    (folder / "desk.png").write_bytes(images[256])
    (folder / "desk.ico").write_bytes(ico_bytes(images))
    shell_copy = folder.parent / "desk" / "shell" / "desk.png"
    shell_copy.parent.mkdir(parents=True, exist_ok=True)
    shell_copy.write_bytes(images[256])
    print(f"wrote {folder / 'desk.png'}, {folder / 'desk.ico'} and {shell_copy}")


if __name__ == "__main__":
    main()
