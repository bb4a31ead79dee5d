"""``st.components``: ``v1`` (HTML, iframes and declared components) and ``v2`` (inline HTML, CSS and JS)."""

from __future__ import annotations

from desk.components import v1, v2

__all__ = ["v1", "v2"]
