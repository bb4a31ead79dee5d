"""What a cached value becomes before it is written: a format and the sections of its blob.

Every entry has two sections: the pickled replay record (the elements a cached function
drew) and the value. Frames, series and Arrow tables that Arrow stores exactly go as an
Arrow table (``frames``); anything else is pickled.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from typing import Any

from desk.cache.frames import encode_arrow


@dataclass
class Encoded:
    """A value ready to be written: its format, header extras and sections.

    An Arrow entry's second section is the Arrow table itself, streamed to the file as
    Arrow IPC when written; every other section is bytes.
    """

    format: str
    kind: str
    sections: list[Any]
    extra_header: dict[str, Any]


def encode(value: Any, extra: Any) -> Encoded:
    """Encode a cached value and its replay record into blob sections."""
    return encode_pickled(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), pickle.dumps(extra), value)


def encode_pickled(value_pickle: bytes | None, extra_pickle: bytes, value: Any = None) -> Encoded:
    """Encode an entry; frames and Arrow tables go as Arrow IPC, anything else as a pickle.

    ``value_pickle`` may be None when ``value`` is given: it is pickled only if needed.
    """
    module = type(value).__module__ or ""
    if module.startswith("pandas") or module.startswith("pyarrow"):
        arrow = encode_arrow(value)
        if arrow is not None:
            kind, payload, header = arrow
            return Encoded("arrow", kind, [extra_pickle, payload], header)
    if value_pickle is None:
        value_pickle = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return Encoded("pickle", "object", [extra_pickle, value_pickle], {})
