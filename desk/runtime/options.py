"""``st.get_option`` and ``st.set_option``: the running session's settings, by Streamlit's option names.

Values that ``st.set_option`` changes are kept on the session (``Session.option_overrides``),
so two sessions, or two AppTests, never see each other's changes. An option of Streamlit's
that desk has no setting for gives Streamlit's default (``streamlit_options.py``), and an
unknown key raises ``UnknownOptionError``, a ``RuntimeError`` as in Streamlit. Outside a run the
settings come from the config files and environment (``desk.config.load_settings``), and
``set_option`` checks its key but has no session to change.
"""

from __future__ import annotations

from typing import Any

from desk.config import check_settable, load_settings, option_value
from desk.runtime.context import get_run
from desk.runtime.streamlit_options import STREAMLIT_OPTIONS


def get_option(key: str) -> Any:
    """The value of a config option by its Streamlit-style name, e.g. ``"server.maxUploadSize"``."""
    ctx = get_run()
    if ctx is None:
        return option_value(load_settings(), {}, key, STREAMLIT_OPTIONS)
    return ctx.session.option(key)


def set_option(key: str, value: Any) -> None:
    """Change an option at run time. Only options that can take effect while running are allowed."""
    check_settable(key, STREAMLIT_OPTIONS)
    ctx = get_run()
    if ctx is not None:
        ctx.session.option_overrides[key] = value
