"""``streamlit.version``: the Streamlit release whose API desk follows (``desk.__version__`` is desk's own)."""

from desk.runtime.alias import STREAMLIT_VERSION

STREAMLIT_VERSION_STRING = STREAMLIT_VERSION

__all__ = ["STREAMLIT_VERSION_STRING"]
