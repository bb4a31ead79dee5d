"""Control flow and page-level calls: set_page_config, rerun, stop and st.context."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any, NoReturn

from desk.errors import DeskAPIError, DeskAPIWarning, RerunRequested, SetPageConfigMustBeFirstError, StopRun
from desk.protocol import PageConfig
from desk.runtime.context import get_run

LAYOUTS = ("centered", "wide")
SIDEBAR_STATES = ("auto", "expanded", "collapsed")
MENU_KEYS = {"get help", "report a bug", "about"}


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str = "centered",
    initial_sidebar_state: str = "auto",
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    """Set the page title, icon, layout and sidebar state. Call it before other output."""
    if layout not in LAYOUTS:
        raise DeskAPIError(f"st.set_page_config: layout must be 'centered' or 'wide', not {layout!r}.")
    if initial_sidebar_state not in SIDEBAR_STATES:
        raise DeskAPIError(
            f"st.set_page_config: initial_sidebar_state must be 'auto', 'expanded' or 'collapsed', not {initial_sidebar_state!r}."
        )
    items: dict[str, Any] | None = None
    if menu_items is not None:
        items = {}
        for key, value in dict(menu_items).items():
            if key.lower() not in MENU_KEYS:
                raise DeskAPIError(
                    f"st.set_page_config: menu_items has an unknown key {key!r}; use 'Get help', 'Report a bug' or 'About'."
                )
            items[key.lower()] = value
    icon = page_icon if page_icon is None or isinstance(page_icon, str) else "image"
    ctx = get_run()
    if ctx is None:
        return
    if ctx.page_config_set:
        raise SetPageConfigMustBeFirstError(
            "st.set_page_config can only be called once per app page. Remove the second call."
        )
    if ctx.script_started and ctx.emitter.element_count > ctx.extras.get("elements_before_script", 0):
        raise SetPageConfigMustBeFirstError(
            "st.set_page_config must be the first desk command of the script, before any other output. "
            "Move it to the top of the script."
        )
    ctx.page_config_set = True
    config = {"title": page_title, "icon": icon, "layout": layout, "initial_sidebar_state": initial_sidebar_state, "menu_items": items}
    ctx.session.page_config = config
    ctx.session.send(PageConfig(**config))  # type: ignore[arg-type]


def rerun(*, scope: str = "app") -> NoReturn:
    """Stop this run and start a new one at once."""
    if scope not in ("app", "fragment"):
        raise DeskAPIError(f"st.rerun: scope must be 'app' or 'fragment', not {scope!r}.")
    ctx = get_run()
    if ctx is None:
        raise StopRun()
    if ctx.in_callbacks:
        warnings.warn("Calling st.rerun() within a callback is a no-op.", DeskAPIWarning, stacklevel=2)
        return None  # type: ignore[misc]
    if scope == "fragment" and ctx.fragment_id is None:
        raise DeskAPIError(
            'st.rerun(scope="fragment") can only be called inside a fragment. Use st.rerun() to rerun the whole app.'
        )
    if scope == "fragment" and ctx.fragment_run is None:
        raise DeskAPIError(
            'st.rerun(scope="fragment") can only be called during a fragment rerun, not while the whole app runs. '
            "Use st.rerun() here, or rerun the fragment after an interaction inside it."
        )
    raise RerunRequested(scope, ctx.fragment_id, explicit=True)


def experimental_rerun() -> NoReturn:
    """Deprecated name of st.rerun."""
    warnings.warn("st.experimental_rerun is deprecated; use st.rerun.", DeskAPIWarning, stacklevel=2)
    rerun()


def stop() -> NoReturn:
    """Stop the script here. Elements already drawn stay."""
    ctx = get_run()
    if ctx is not None:
        ctx.check_yield()
    raise StopRun()


class _Context:
    """``st.context``: read-only facts about the client (headers, cookies, timezone, locale)."""

    def _info(self) -> dict[str, Any]:
        ctx = get_run()
        return ctx.session.context_info if ctx is not None else {}

    @property
    def headers(self) -> Mapping[str, str]:
        return dict(self._info().get("headers", {}))

    @property
    def cookies(self) -> Mapping[str, str]:
        return dict(self._info().get("cookies", {}))

    @property
    def timezone(self) -> str | None:
        value = self._info().get("timezone")
        return str(value) if value is not None else None

    @property
    def timezone_offset(self) -> int | None:
        value = self._info().get("timezone_offset")
        return int(value) if value is not None else None

    @property
    def locale(self) -> str | None:
        value = self._info().get("locale")
        return str(value) if value is not None else None

    @property
    def url(self) -> str | None:
        value = self._info().get("url")
        return str(value) if value is not None else None

    @property
    def ip_address(self) -> str | None:
        return "127.0.0.1" if get_run() is not None else None

    @property
    def is_embedded(self) -> bool:
        return False

    @property
    def theme(self) -> Mapping[str, Any]:
        return {"type": self._info().get("theme_type")}


context = _Context()
