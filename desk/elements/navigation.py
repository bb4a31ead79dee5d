"""Control flow and page-level calls: set_page_config, rerun, stop, st.context and multipage
navigation (st.Page, st.navigation, st.switch_page; the routing is in desk.runtime.pages)."""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from desk.errors import DeskAPIError, DeskAPIWarning, RerunRequested, StopRun
from desk.protocol import PageConfig
from desk.runtime.context import get_run

LAYOUTS = ("centered", "wide")
SIDEBAR_STATES = ("auto", "expanded", "collapsed")
MENU_KEYS = {"get help", "report a bug", "about"}
PAGE_CONFIG_DEFAULTS: dict[str, Any] = {
    "title": None, "icon": None, "layout": "centered", "initial_sidebar_state": "auto", "menu_items": None,
}  # fmt: skip
"""What the first ``set_page_config`` call of a run starts from."""


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | None = None,
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    """Set the page title, icon, layout and sidebar state.

    It may be called anywhere and more than once, as in Streamlit 1.67: a later call in
    the same run changes only the parameters it is given (None keeps the earlier value).
    """
    if layout is not None and layout not in LAYOUTS:
        raise DeskAPIError(f"st.set_page_config: layout must be 'centered' or 'wide', not {layout!r}.")
    if initial_sidebar_state is not None and initial_sidebar_state not in SIDEBAR_STATES:
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
    config: dict[str, Any] = dict(PAGE_CONFIG_DEFAULTS)
    if ctx.page_config_set:
        config.update(ctx.session.page_config)
    given = {"title": page_title, "icon": icon, "layout": layout, "initial_sidebar_state": initial_sidebar_state, "menu_items": items}
    config.update({name: value for name, value in given.items() if value is not None})
    ctx.page_config_set = True
    ctx.session.page_config = config
    ctx.session.send(PageConfig(**config))  # type: ignore[arg-type]


def rerun(scope: str | int | Sequence[str | int] = "app") -> NoReturn:
    """Stop this run and start a new one at once.

    ``scope`` is "app", "fragment" (the fragment this runs in), or, from a widget callback,
    the key of a fragment (``@st.fragment(key=...)``) or a list of keys: only those rerun.
    """
    keys = _fragment_keys(scope)
    ctx = get_run()
    if ctx is None:
        raise StopRun()
    if keys is not None:
        if not ctx.in_callbacks:
            raise DeskAPIError(
                "st.rerun: a fragment key can only be given in a widget callback (on_change or on_click). "
                "Use st.rerun() or st.rerun(scope='fragment') here."
            )
        from desk.runtime.fragments import fragment_ids_by_key

        ids = fragment_ids_by_key(ctx, keys)
        raise RerunRequested("fragment", ids[0], explicit=True, then=tuple(ids[1:]))
    if ctx.in_callbacks:
        if scope == "fragment":
            warnings.warn('st.rerun(scope="fragment") within a callback is a no-op.', DeskAPIWarning, stacklevel=2)
            return None  # type: ignore[misc]
        # As in Streamlit 1.67: the callback stops here, and once every callback has run the
        # interaction's run becomes a plain rerun (its clicks are not seen).
        raise RerunRequested("app", None, explicit=True)
    if scope == "fragment" and ctx.fragment_id is None:
        raise DeskAPIError(
            'st.rerun(scope="fragment") can only be called inside a fragment. Use st.rerun() to rerun the whole app.'
        )
    if scope == "fragment" and ctx.fragment_run is None:
        raise DeskAPIError(
            'st.rerun(scope="fragment") can only be called during a fragment rerun, not while the whole app runs. '
            "Use st.rerun() here, or rerun the fragment after an interaction inside it."
        )
    raise RerunRequested("fragment" if scope == "fragment" else "app", ctx.fragment_id, explicit=True)


def _fragment_keys(scope: object) -> list[str] | None:
    """The fragment keys ``scope`` names, or None for "app" and "fragment"."""
    if scope in ("app", "fragment"):
        return None
    items = [scope] if isinstance(scope, (str, int)) else scope
    if isinstance(scope, bool) or not isinstance(items, (list, tuple)) or not items:
        raise DeskAPIError(
            f"st.rerun: scope must be 'app', 'fragment', a fragment key or a list of keys, not {scope!r}."
        )
    keys = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (str, int)):
            raise DeskAPIError(f"st.rerun: a fragment key must be a string or an int, not {item!r}.")
        if item in ("app", "fragment"):
            raise DeskAPIError(f"st.rerun: {item!r} is a scope, not a fragment key; pass it alone: st.rerun({item!r}).")
        keys.append(str(item))
    return keys


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
    def is_embedded(self) -> bool | None:
        """False once a client has described itself (desk's window never embeds the app); None before,
        as in an AppTest, like Streamlit."""
        return False if self._info() else None

    @property
    def theme(self) -> Mapping[str, Any]:
        """``{"type": "light" | "dark" | None}``, readable as ``theme["type"]`` or ``theme.type``."""
        from desk.elements.data import AttributeDict

        return AttributeDict(type=self._info().get("theme_type"))


context = _Context()


# ----------------------------------------------------------------------------- multipage

POSITIONS = ("sidebar", "hidden", "top")
VISIBILITIES = ("visible", "hidden")
_URL = re.compile(r"^https?://", re.IGNORECASE)


def _main_folder() -> Path:
    ctx = get_run()
    return ctx.session.source.folder if ctx is not None else Path.cwd()


class Page:
    """A page of a multipage app, for ``st.navigation``: a script file, a function or an external URL.

    The title, icon and url path are inferred from the file name (``2_📈_Sales.py`` gives
    "Sales", "📈", ``Sales``) or the function's name, unless given. ``default=True`` makes it
    the page at the app's root URL. ``help`` (markdown) is the page's tooltip in the menu and
    the default tooltip of an ``st.page_link`` to it.
    """

    def __init__(
        self,
        page: str | Path | Callable[[], Any],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: str = "visible",
        help: str | None = None,
    ) -> None:
        from desk.runtime.pages import label_of, page_hash

        if title is not None and (not isinstance(title, str) or not title.strip()):
            raise DeskAPIError(f"st.Page: title must be a non-empty string, not {title!r}.")
        if icon is not None and not isinstance(icon, str):
            raise DeskAPIError(f"st.Page: icon must be an emoji or ':material/name:' string, not {icon!r}.")
        if visibility not in VISIBILITIES:
            raise DeskAPIError(f"st.Page: visibility must be 'visible' or 'hidden', not {visibility!r}.")
        if help is not None and not isinstance(help, str):
            raise DeskAPIError(f"st.Page: help must be a string or None, not {type(help).__name__}.")
        self._help = inspect.cleandoc(help).strip() if help else ""
        self._func: Callable[[], Any] | None = None
        self._path: Path | None = None
        self._external: str | None = None
        name, inferred_icon = self._set_source(page, title, url_path)
        inferred_title = label_of(name)
        if url_path is not None:
            cleaned = _check_url_path(url_path, default)
            if cleaned:
                name = cleaned
        self._name = name
        self._title = title if title is not None else inferred_title
        self._icon = icon if icon is not None else inferred_icon
        self._default = bool(default)
        self._hidden = visibility == "hidden"
        self._hash = page_hash(name)

    def _set_source(self, page: object, title: str | None, url_path: str | None) -> tuple[str, str]:
        """Record what the page runs; returns its inferred url name and icon."""
        from desk.runtime.pages import icon_and_name

        if isinstance(page, str) and _URL.match(page):
            if title is None:
                raise DeskAPIError(f"st.Page: a page that opens a URL ({page!r}) needs a title. Pass title=...")
            self._external = page
            return re.sub(r"[^A-Za-z0-9_]+", "_", title).strip("_") or "link", ""
        if isinstance(page, (str, Path)):
            path = Path(page)
            if not path.is_absolute():
                path = _main_folder() / path
            if not path.is_file():
                raise DeskAPIError(
                    f"st.Page: no page script at {str(page)!r} (looked for {path}). Give the file's path, "
                    "absolute or relative to the main script's folder."
                )
            self._path = path.resolve()
            icon, name = icon_and_name(self._path)
            return name, icon
        if callable(page):
            self._func = page
            name = getattr(page, "__name__", "")
            if not name.isidentifier():
                if url_path is None or title is None:
                    raise DeskAPIError(
                        "st.Page: a page made from a lambda or a nameless callable needs title=... and url_path=..."
                    )
                name = url_path
            return name, ""
        raise DeskAPIError(
            f"st.Page: page must be a script path, a function or a URL, not {type(page).__name__} ({page!r})."
        )

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def url_path(self) -> str:
        """The page's URL path: "" for the default page."""
        return "" if self._default else self._name

    @property
    def default(self) -> bool:
        return self._default

    @property
    def help(self) -> str:
        """The page's summary (markdown), or "" when it has none."""
        return self._help

    @property
    def _script_hash(self) -> str:
        return self._hash

    def __repr__(self) -> str:
        source = self._external or (str(self._path) if self._path else getattr(self._func, "__name__", "?"))
        return f"Page({source!r}, title={self._title!r}, url_path={self.url_path!r})"

    def run(self) -> None:
        """Run the page: execute its script in a fresh ``__page__`` module, or call its function."""
        if self._external is not None:
            raise DeskAPIError(f"st.Page.run: the page {self._title!r} opens a URL and cannot run.")
        ctx = get_run()
        if ctx is None:
            self._execute(None)
            return
        if ctx.navigation_page != self._hash:
            raise DeskAPIError(
                f"st.Page.run: only the page that st.navigation returned can run, not {self._title!r}. "
                "Call `pg = st.navigation([...])` and then `pg.run()`."
            )
        if ctx.page_ran:
            raise DeskAPIError("st.Page.run: the page already ran in this run; call run() once per run.")
        ctx.page_ran = True
        session = ctx.session
        previous = session.page_hash
        session.page_hash = self._hash
        # The page sets its own title and icon, from the defaults.
        ctx.page_config_set = False
        try:
            self._execute(session)
        finally:
            session.page_hash = previous

    def _execute(self, session: Any) -> None:
        if self._func is not None:
            self._func()
            return
        assert self._path is not None
        from desk.runtime.runner import script_module
        from desk.runtime.script import ScriptSource, script_cache

        magic = bool(session.magic) if session is not None else False
        code = script_cache.compile(ScriptSource(self._path), magic=magic)
        if session is not None:
            module = script_module(session, "__page__", self._path)
        else:
            import types

            module = types.ModuleType("__page__")
            module.__file__ = str(self._path)
        exec(code, module.__dict__)

    def _entry(self, section: str | None, is_default: bool) -> Any:
        from desk.runtime.pages import PageEntry

        return PageEntry(
            script_hash=self._hash,
            title=self._title,
            icon=self._icon,
            url_path="" if is_default else self._name,
            name=self._name,
            path=self._path,
            section=section,
            is_default=is_default,
            hidden=self._hidden,
            external_url=self._external,
            help=self._help,
        )


StreamlitPage = Page


def _check_url_path(url_path: object, default: bool) -> str:
    """``url_path`` without surrounding slashes; one path segment, empty only for the default page."""
    if not isinstance(url_path, str):
        raise DeskAPIError(f"st.Page: url_path must be a string, not {type(url_path).__name__}.")
    cleaned = url_path.strip().strip("/")
    if "/" in cleaned:
        raise DeskAPIError(f"st.Page: url_path {url_path!r} cannot contain '/'; use a single path segment.")
    if not cleaned and not default:
        raise DeskAPIError("st.Page: url_path cannot be empty, except for the default page (default=True).")
    return cleaned


def _as_page(item: object) -> object:
    """A page as st.navigation takes it: an st.Page, or a script path or function that becomes one."""
    if isinstance(item, (str, Path)) or (callable(item) and not isinstance(item, Page)):
        return Page(item)  # type: ignore[arg-type]
    return item


def _sections(pages: object) -> list[tuple[str | None, Page]]:
    if isinstance(pages, Page):
        pages = [pages]
    if isinstance(pages, Mapping):
        items: list[tuple[str | None, Page]] = []
        for section, group in pages.items():
            if not isinstance(section, str):
                raise DeskAPIError(f"st.navigation: section names must be strings, not {section!r}.")
            members = [group] if isinstance(group, (Page, str, Path)) or callable(group) else group
            if not isinstance(members, Iterable) or isinstance(members, bytes):
                raise DeskAPIError(f"st.navigation: section {section!r} must hold a list of st.Page, not {group!r}.")
            items.extend((section or None, _as_page(page)) for page in members)  # type: ignore[misc]
    elif isinstance(pages, Iterable) and not isinstance(pages, (str, bytes)):
        items = [(None, _as_page(page)) for page in pages]  # type: ignore[misc]
    else:
        raise DeskAPIError(
            f"st.navigation: pages must be a list of st.Page or a dict of section name -> list of st.Page, not {pages!r}."
        )
    for _section, page in items:
        if not isinstance(page, Page):
            raise DeskAPIError(
                f"st.navigation: every page must be an st.Page, a script path or a function, "
                f"not {type(page).__name__} ({page!r})."
            )
    if not items:
        raise DeskAPIError("st.navigation: pages is empty; give at least one st.Page.")
    return items


def navigation(
    pages: Iterable[Page] | Mapping[str, Iterable[Page]],
    *,
    position: str = "sidebar",
    expanded: bool = False,
) -> Page:
    """Declare the app's pages and return the one to show; the script then calls its ``run()``."""
    if position not in POSITIONS:
        raise DeskAPIError(f"st.navigation: position must be 'sidebar', 'hidden' or 'top', not {position!r}.")
    items = _sections(pages)
    defaults = [page for _, page in items if page.default]
    if len(defaults) > 1:
        titles = ", ".join(repr(page.title) for page in defaults)
        raise DeskAPIError(f"st.navigation: only one page can be the default, but {titles} all have default=True.")
    internal = [page for _, page in items if page._external is None]
    if not internal:
        raise DeskAPIError("st.navigation: at least one page must be a script or a function, not only URLs.")
    default_page = defaults[0] if defaults else internal[0]
    if default_page._external is not None:
        raise DeskAPIError(f"st.navigation: the default page {default_page.title!r} cannot be a URL.")
    default_page._default = True  # the first page, when none says default=True: its url_path is "" from now on
    seen: dict[str, Page] = {}
    for _, page in items:
        other = seen.get(page._name)
        if other is not None:
            raise DeskAPIError(
                f"st.navigation: the pages {other.title!r} and {page.title!r} have the same url_path "
                f"{page._name!r}. Give one of them another url_path=..."
            )
        seen[page._name] = page
    entries = [page._entry(section, page is default_page) for section, page in items]
    ctx = get_run()
    if ctx is None:
        return default_page
    nav = ctx.session.navigator
    if nav.requested is None and not nav.v2 and ctx.page_request is not None:
        nav.requested = ctx.page_request
    nav.v2 = True
    nav.position = position
    nav.expanded = bool(expanded)
    chosen = nav.select(entries)
    ctx.navigation_page = chosen.script_hash
    ctx.session.send(nav.message())
    return next(page for _, page in items if page._hash == chosen.script_hash)


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """Stop this run and run ``page`` (a script path relative to the main script, or an st.Page)."""
    from desk.runtime.pages import find_by_path

    ctx = get_run()
    if ctx is None:
        raise StopRun()
    session = ctx.session
    nav = session.navigator
    if isinstance(page, Page):
        if page._external is not None:
            raise DeskAPIError(f"st.switch_page: the page {page.title!r} opens a URL; link to it with st.page_link.")
        target = next((p for p in nav.pages if p.script_hash == page._script_hash), None)
        if target is None and page._path is not None:
            target = find_by_path(session, page._path)  # a page of the pages/ folder, as an st.Page
        # As in Streamlit, a page that no list of pages holds is asked for anyway: the next run
        # shows the default page (with a "page not found" notice), its widgets reset.
        wanted = target.script_hash if target is not None else page._script_hash
    elif isinstance(page, (str, Path)):
        target = find_by_path(session, page)
        if target is None:
            known = [_page_name(entry, session.source.folder) for entry in nav.pages if entry.external_url is None]
            raise DeskAPIError(
                f"st.switch_page: could not find page {str(page)!r}. Give a page's script path relative to the main "
                f"script's folder ({session.source.folder}), or an st.Page given to st.navigation. "
                f"Pages of this app: {', '.join(known) or 'none'}."
            )
        wanted = target.script_hash
    else:
        raise DeskAPIError(f"st.switch_page: page must be a script path or an st.Page, not {type(page).__name__}.")
    if query_params is None:
        session.query_params.clear()
    else:
        session.query_params.from_dict(query_params)
    nav.request(wanted)
    if ctx.in_callbacks:
        return None  # type: ignore[misc]  # the run that follows the callbacks shows the page
    raise RerunRequested("app", None, explicit=True)


def _page_name(entry: Any, folder: Path) -> str:
    """How an error message names a page: its script path relative to the main script, or its title."""
    path = entry.path
    if path is not None and path.is_relative_to(folder):
        return str(path.relative_to(folder))
    return f"{entry.title!r} (a function page: pass its st.Page)"
