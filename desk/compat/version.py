"""``streamlit.version``: reports desk's version."""

from desk import __version__

STREAMLIT_VERSION_STRING = __version__

__all__ = ["STREAMLIT_VERSION_STRING"]
