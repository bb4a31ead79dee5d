"""``st.components``: the home of ``st.components.v1`` (HTML, iframes and custom components)."""

from __future__ import annotations

from desk.components import v1

__all__ = ["v1"]
