"""Durations written as text (``"10s"``, ``"1d2h"``, ``"30m"``): a cache's ``ttl``, a fragment's ``run_every``."""

from __future__ import annotations

import re

from desk.errors import DeskAPIError

_UNITS = {"w": 604800.0, "d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, "us": 0.000001}
_UNIT_NAMES = {
    "weeks": "w", "week": "w", "w": "w",
    "days": "d", "day": "d", "d": "d",
    "hours": "h", "hour": "h", "hrs": "h", "hr": "h", "h": "h",
    "minutes": "m", "minute": "m", "mins": "m", "min": "m", "m": "m", "t": "m",
    "seconds": "s", "second": "s", "secs": "s", "sec": "s", "s": "s",
    "milliseconds": "ms", "millisecond": "ms", "ms": "ms",
    "microseconds": "us", "microsecond": "us", "us": "us",
}  # fmt: skip
_PART = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*([a-zA-Z]+)\s*,?")


def parse_duration(text: str) -> float:
    """Seconds in a duration string such as ``"10s"``, ``"1d2h"``, ``"30m"`` or ``"1 hour"``.

    A bare number is seconds. Raises ``DeskAPIError`` for text that is not a duration.
    """
    stripped = text.strip().lower()
    if not stripped:
        raise DeskAPIError(f"{text!r} is not a duration. Use a string like '10s', '30m', '1h30m' or '1d'.")
    try:
        return float(stripped)
    except ValueError:
        pass
    total = 0.0
    position = 0
    while position < len(stripped):
        match = _PART.match(stripped, position)
        unit = _UNIT_NAMES.get(match.group(2)) if match else None
        if match is None or unit is None:
            raise DeskAPIError(
                f"{text!r} is not a duration. Use a number and a unit (w, d, h, m, s, ms), e.g. '10s', '1d2h' or '30m'."
            )
        total += float(match.group(1)) * _UNITS[unit]
        position = match.end()
    return total
