"""``streamlit.config`` (and ``st._config``): reading the app's options by Streamlit's names.

``get_option`` gives desk's value for the options desk has a setting for (``server.port``,
``server.maxUploadSize``...) and Streamlit's default for the others; an unknown key raises
``UnknownOptionError``, a ``RuntimeError`` as in Streamlit.
"""

from __future__ import annotations

from typing import Any

from desk.config import OPTION_FIELDS
from desk.runtime.options import get_option, set_option
from desk.runtime.streamlit_options import STREAMLIT_OPTIONS


def get_options_for_section(section: str) -> dict[str, Any]:
    """Every option of ``section`` (``"server"``, ``"theme"``...) by its name within the section."""
    prefix = f"{section}."
    keys = sorted({key for key in (*STREAMLIT_OPTIONS, *OPTION_FIELDS) if key.startswith(prefix)})
    return {key[len(prefix) :]: get_option(key) for key in keys}


__all__ = ["get_option", "get_options_for_section", "set_option"]
