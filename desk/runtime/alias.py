"""Makes ``import streamlit`` resolve to desk for scripts run by desk.

A meta-path finder maps ``streamlit`` and its commonly imported submodules to desk's
modules: ``sys.modules["streamlit"]`` is a small module whose attributes are desk's. It is
installed when the runner executes its first script (never on ``import desk``), so a process
that only imports desk keeps its real Streamlit, if any.

Under its Streamlit name a module reports Streamlit's version (``streamlit.__version__`` is
the release desk follows, ``STREAMLIT_VERSION``), while ``desk.__version__`` keeps desk's own.
An attribute that names an aliased submodule (``streamlit.runtime``, ``streamlit.config``,
``st._config``) is that submodule, not the desk module of the same name.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import threading
import types
from collections.abc import Sequence
from typing import Any

# The Streamlit release whose API desk follows (issue 15); scripts see it as streamlit.__version__.
STREAMLIT_VERSION = "1.67.0"

# streamlit module name -> desk module name
ALIASES: dict[str, str] = {
    "streamlit": "desk",
    "streamlit.errors": "desk.errors",
    "streamlit.column_config": "desk.column_config",
    "streamlit.components": "desk.components",
    "streamlit.components.v1": "desk.components.v1",
    "streamlit.components.v1.components": "desk.compat.components",
    "streamlit.components.v2": "desk.components.v2",
    "streamlit.components.v2.types": "desk.components.v2",
    "streamlit.components.v2.bidi_component": "desk.components.v2",
    "streamlit.config": "desk.compat.config",
    "streamlit.dataframe_util": "desk.compat.dataframe_util",
    "streamlit.commands": "desk.compat.commands",
    "streamlit.commands.page_config": "desk.compat.commands",
    "streamlit.commands.execution_control": "desk.compat.commands",
    "streamlit.commands.navigation": "desk.compat.commands",
    "streamlit.source_util": "desk.compat.source_util",
    "streamlit.typing": "desk.compat.typing",
    "streamlit.connections": "desk.connections",
    "streamlit.testing": "desk.testing",
    "streamlit.testing.v1": "desk.testing",
    "streamlit.runtime": "desk.compat.runtime",
    "streamlit.runtime.scriptrunner": "desk.compat.runtime",
    "streamlit.runtime.scriptrunner.script_run_context": "desk.compat.runtime",
    "streamlit.runtime.scriptrunner.script_runner": "desk.compat.runtime",
    "streamlit.runtime.scriptrunner_utils.exceptions": "desk.compat.runtime",
    "streamlit.runtime.uploaded_file_manager": "desk.compat.runtime",
    "streamlit.runtime.state.session_state_proxy": "desk.compat.runtime",
    "streamlit.runtime.scriptrunner_utils": "desk.compat.runtime",
    "streamlit.runtime.scriptrunner_utils.script_run_context": "desk.compat.runtime",
    "streamlit.runtime.state": "desk.compat.runtime",
    "streamlit.runtime.caching": "desk.cache.api",
    "streamlit.runtime.metrics_util": "desk.compat.metrics_util",
    "streamlit.delta_generator": "desk.compat.delta_generator",
    "streamlit.elements": "desk.elements",
    # Modules whose names scripts and components import for type hints.
    "streamlit.elements.arrow": "desk.compat.elements",
    "streamlit.elements.plotly_chart": "desk.compat.elements",
    "streamlit.elements.vega_charts": "desk.compat.elements",
    "streamlit.elements.deck_gl_json_chart": "desk.compat.elements",
    "streamlit.elements.widgets": "desk.compat.elements",
    "streamlit.elements.widgets.time_widgets": "desk.compat.elements",
    "streamlit.elements.lib": "desk.compat.elements",
    "streamlit.elements.lib.column_types": "desk.compat.elements",
    "streamlit.elements.lib.layout_utils": "desk.compat.elements",
    "streamlit.elements.lib.image_utils": "desk.compat.image_utils",
    "streamlit.elements.image": "desk.compat.image_utils",  # where Streamlit before 1.39 kept image_to_url
    "streamlit.elements.lib.utils": "desk.compat.elements",
    "streamlit.version": "desk.compat.version",
    "streamlit.logger": "desk.compat.logger",
}

# Attributes that name another aliased module: ``st._config`` is ``streamlit.config``.
SYNONYMS: dict[str, str] = {"streamlit._config": "streamlit.config"}

_installed = False
_lock = threading.Lock()


class AliasModule(types.ModuleType):
    """A module under a Streamlit name whose attributes are those of a desk module.

    A separate module object (rather than the desk module itself) keeps the import system
    from renaming desk's modules or overwriting their attributes: importing
    ``streamlit.runtime.scriptrunner`` sets ``runtime`` on the ``streamlit`` module, which
    must not replace ``desk.runtime``.
    """

    _FORWARDED_DUNDERS = frozenset({"__version__", "__file__", "__all__"})

    def __init__(self, name: str, target: types.ModuleType) -> None:
        super().__init__(name, target.__doc__)
        self.__dict__["_desk_target"] = target
        # The attributes that are aliased submodules, found once: st.* is read on every call.
        prefix = name + "."
        self.__dict__["_desk_children"] = {
            child[len(prefix) :].split(".", 1)[0]: child
            for child in (*ALIASES, *SYNONYMS)
            if child.startswith(prefix) and "." not in child[len(prefix) :]
        }
        if name == "streamlit":
            self.__dict__["__version__"] = STREAMLIT_VERSION

    def __getattr__(self, name: str) -> Any:
        child = self.__dict__["_desk_children"].get(name)
        if child is not None:
            child = SYNONYMS.get(child, child)
            if child in ALIASES:
                return importlib.import_module(child)
        if name.startswith("__") and name not in self._FORWARDED_DUNDERS:
            raise AttributeError(name)
        return getattr(self.__dict__["_desk_target"], name)

    def __dir__(self) -> list[str]:
        return sorted(set(dir(self.__dict__["_desk_target"])) | set(self.__dict__))


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return AliasModule(spec.name, importlib.import_module(self.target))

    def exec_module(self, module: types.ModuleType) -> None:
        return None


class StreamlitAliasFinder(importlib.abc.MetaPathFinder):
    """Finds desk's modules under Streamlit's names."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        desk_name = ALIASES.get(fullname)
        if desk_name is None:
            return None
        is_package = any(other.startswith(fullname + ".") for other in ALIASES)
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(desk_name), is_package=is_package)


def install_streamlit_alias() -> None:
    """Route ``import streamlit`` to desk from now on, in this process."""
    global _installed
    with _lock:
        if _installed:
            return
        for name in list(sys.modules):
            if name == "streamlit" or name.startswith("streamlit."):
                del sys.modules[name]
        sys.meta_path.insert(0, StreamlitAliasFinder())
        _installed = True
