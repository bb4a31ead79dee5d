"""desk: run Streamlit-style scripts as fast, offline desktop apps.

This module is the public API and nothing else: ``import desk as st`` gives the familiar
``st.*`` names. Each name is imported lazily on first use (module ``__getattr__``), so
``import desk`` stays fast and pulls in no heavy library.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> (module, attribute)
_API: dict[str, tuple[str, str]] = {}


def _register(module: str, *names: str) -> None:
    for name in names:
        _API[name] = (module, name)


_register(
    "desk.elements.text",
    "markdown", "title", "header", "subheader", "caption", "code", "text",
    "latex", "json", "divider", "html", "echo", "help", "badge",
)  # fmt: skip
_register(
    "desk.elements.status",
    "error", "warning", "info", "success", "exception", "progress", "spinner", "status", "toast",
    "balloons", "snow",
)  # fmt: skip
# Each widget family is its own module: a script imports only the families it uses.
_register("desk.elements.widgets.buttons", "button", "download_button", "link_button", "page_link", "form_submit_button")
_register("desk.elements.widgets.choice", "checkbox", "toggle", "radio", "selectbox", "multiselect")
_register("desk.elements.widgets.groups", "segmented_control", "pills", "feedback")
_register("desk.elements.widgets.menus", "menu_button")
_register("desk.elements.widgets.numeric", "slider", "select_slider", "number_input")
_register("desk.elements.widgets.paging", "pagination")
_register("desk.elements.widgets.temporal", "date_input", "time_input", "datetime_input")
_register("desk.elements.widgets.text", "text_input", "text_area", "color_picker")
_register("desk.elements.widgets.uploads", "file_uploader", "camera_input", "audio_input", "file_picker")
_register("desk.elements.write", "write", "write_stream")
_register("desk.elements.chat", "chat_message", "chat_input")
_register(
    "desk.elements.layout",
    "bottom", "columns", "container", "expander", "tabs", "empty", "popover", "form", "sidebar", "space",  # fmt: skip
)
_register("desk.elements.grid", "grid")
_register("desk.elements.skeleton", "skeleton")
_register("desk.elements.data", "dataframe", "data_editor", "table", "metric")
_register("desk.elements.builtin_charts", "line_chart", "area_chart", "bar_chart", "scatter_chart")
_register(
    "desk.elements.charts",
    "altair_chart", "vega_lite_chart", "plotly_chart", "pyplot", "bokeh_chart", "graphviz_chart", "pydeck_chart", "map",
)  # fmt: skip
_register("desk.elements.diagrams", "echarts_chart", "mermaid_chart")
_register("desk.elements.media", "image", "audio", "video", "logo", "pdf")
_register(
    "desk.elements.navigation",
    "set_page_config", "rerun", "stop", "context", "experimental_rerun", "Page", "navigation", "switch_page",
)  # fmt: skip
_register("desk.runtime.fragments", "fragment", "experimental_fragment", "dialog", "experimental_dialog")
_register("desk.runtime.query_params", "query_params")
_register("desk.runtime.state", "session_state")
_register("desk.runtime.secrets", "secrets")
_register("desk.cache.api", "cache_data", "cache_resource", "cache")
_register("desk.cache.deprecated", "experimental_memo", "experimental_singleton")
_register("desk.runtime.options", "get_option", "set_option")
_register("desk.connections", "connection", "experimental_connection")
_register(
    "desk.elements.misc",
    "user", "login", "logout", "iframe", "experimental_user", "experimental_get_query_params", "experimental_set_query_params",
    "experimental_data_editor", "experimental_audio_input",
)  # fmt: skip

_SUBMODULES = {"column_config", "components", "connections", "errors", "testing", "protocol"}

__all__ = sorted([*_API, *_SUBMODULES, "__version__"])


def __getattr__(name: str) -> Any:
    target = _API.get(name)
    if target is not None:
        module = importlib.import_module(target[0])
        value = getattr(module, target[1])
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"desk.{name}")
    raise AttributeError(
        f"module 'desk' has no attribute '{name}'. desk provides the st.* API listed in desk.__all__; "
        "if this is a Streamlit function, it is not supported yet."
    )


def __dir__() -> list[str]:
    return __all__
