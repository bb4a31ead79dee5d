"""Multipage apps: which pages a session has, which one runs, and how a page is asked for.

There are two ways to have pages, as in Streamlit:

- **v1**, the ``pages/`` folder: every ``pages/*.py`` next to the main script (not hidden
  files, not ``__init__.py``) is a page, after the main script, sorted by the number that
  starts its file name, then by label. A leading emoji in the name becomes the icon and
  ``_`` shows as a space. The selected page's script runs *instead of* the main script.
- **v2**, ``st.navigation``: the main script runs every time and declares the pages;
  ``st.navigation`` returns the selected one and the script calls its ``run()``.
  Calling ``st.navigation`` once makes the session a v2 session.

A request for a page (the client's ``Rerun.page``/``Hello.page``, ``st.switch_page``,
``AppTest.switch_page``) names a url path, a page hash or a script path. It is kept in the
session's ``Navigator`` and resolved at the start of the next full run (v1) or by
``st.navigation`` (v2). An unknown page shows the default page and is reported in the
``Navigation`` message as ``not_found``.

Widget ids include the hash of the page that draws them (``session.page_hash``,
"" for the main script), so the same widget on two pages has two ids; the state of
widgets that a page change leaves undrawn is dropped by the usual end-of-run cleanup,
while user keys of ``st.session_state`` persist.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING, Any

from desk.emoji import leading_icon
from desk.protocol import Navigation

if TYPE_CHECKING:
    from desk.runtime.context import RunContext
    from desk.runtime.session import Session

log = logging.getLogger("desk.pages")

MAIN_HASH = ""
"""The page hash of the main script: its widget ids are those of a single-page app."""

_NUMBER_PREFIX = re.compile(r"^(\d+)[_\- ]*")
_SEPARATORS = re.compile(r"[_ ]+")


def page_hash(text: str) -> str:
    """The hash that identifies a page (of its absolute path in v1, of its url name in v2)."""
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def split_icon(name: str) -> tuple[str, str]:
    """``("🎈", "rest")`` when ``name`` starts with one emoji, else ``("", name)``.

    As in Streamlit, only the first emoji is the icon; a second one stays in the name.
    """
    icon, rest = leading_icon(name)
    return ("", name) if icon.startswith(":material/") else (icon, rest)


def icon_and_name(path: Path) -> tuple[str, str]:
    """The icon and the url name of a page file: ``03_🎈_my_page.py`` -> ``("🎈", "my_page")``."""
    stem = _NUMBER_PREFIX.sub("", path.stem)
    icon, rest = split_icon(stem)
    name = _SEPARATORS.sub("_", rest).strip("_")
    return icon, name or path.stem


def label_of(name: str) -> str:
    """What the menu shows for a url name: ``_`` as a space."""
    return name.replace("_", " ")


def page_sort_key(path: Path) -> tuple[float, str]:
    """Where a page file goes in the menu: by its number prefix, then by its label."""
    match = _NUMBER_PREFIX.match(path.stem)
    number = float(match.group(1)) if match else math.inf
    return number, label_of(icon_and_name(path)[1]).lower()


@dataclass(frozen=True)
class PageEntry:
    """One page of the app, as the engine routes to it and the client lists it."""

    script_hash: str
    title: str
    icon: str
    url_path: str
    name: str
    path: Path | None = None
    section: str | None = None
    is_default: bool = False
    hidden: bool = False
    external_url: str | None = None
    help: str = ""
    """The page's summary (markdown): its tooltip in the menu and st.page_link's default help."""

    def matches(self, wanted: str) -> bool:
        """True when a request for ``wanted`` (url path, url name, page hash or script path) means this page."""
        if wanted == self.script_hash or wanted.strip("/") == self.url_path:
            return True
        if wanted and wanted.strip("/") == self.name:
            return True
        return self.path is not None and wanted == str(self.path)

    def wire(self) -> dict[str, Any]:
        return {
            "page_script_hash": self.script_hash,
            "title": self.title,
            "icon": self.icon,
            "url_path": self.url_path,
            "section": self.section,
            "is_default": self.is_default,
            "hidden": self.hidden,
            "external_url": self.external_url,
            "help": self.help,
        }


def v1_pages(main: Path) -> list[PageEntry]:
    """The main script and the scripts of ``pages/`` next to it, in menu order."""
    main = main.resolve()
    icon, name = icon_and_name(main)
    entries = [PageEntry(MAIN_HASH, label_of(name), icon, "", name, main, is_default=True)]
    folder = main.parent / "pages"
    if not folder.is_dir():
        return entries
    scripts = [
        p
        for p in folder.glob("*.py")
        if p.is_file() and not p.name.startswith((".", "_")) and p.resolve() != main
    ]
    for script in sorted(scripts, key=page_sort_key):
        icon, name = icon_and_name(script)
        resolved = script.resolve()
        entries.append(PageEntry(page_hash(str(resolved)), label_of(name), icon, name, name, resolved))
    return entries


@dataclass
class Navigator:
    """A session's pages: what was asked for, what runs, and which version of multipage it uses."""

    requested: str | None = None
    current: PageEntry | None = None
    v2: bool = False
    pages: list[PageEntry] = field(default_factory=list)
    not_found: str | None = None
    position: str = "sidebar"
    expanded: bool = False

    def request(self, page: str) -> None:
        """Ask for ``page`` (url path, page hash or absolute script path) in the next run."""
        self.requested = page

    def change_pending(self) -> bool:
        """True when the next run shows another page than the last one."""
        if self.requested is None:
            return False
        return self.current is None or not self.current.matches(self.requested)

    def select(self, pages: list[PageEntry]) -> PageEntry:
        """Resolve the request against ``pages`` and make the result current."""
        self.pages = pages
        self.not_found = None
        wanted, self.requested = self.requested, None
        default = next((p for p in pages if p.is_default), pages[0])
        chosen: PageEntry | None
        if wanted is None:
            current = self.current
            chosen = next((p for p in pages if current is not None and p.script_hash == current.script_hash), default)
        else:
            chosen = next((p for p in pages if p.external_url is None and p.matches(wanted)), None)
            if chosen is None:
                log.info("no page %r in this app; showing the default page (%s)", wanted, default.title)
                self.not_found = wanted
                chosen = default
        self.current = chosen
        return chosen

    def message(self) -> Navigation:
        current = self.current
        return Navigation(
            pages=[p.wire() for p in self.pages],
            current=current.script_hash if current is not None else MAIN_HASH,
            current_url_path=current.url_path if current is not None else "",
            position=self.position,  # type: ignore[arg-type]
            expanded=self.expanded,
            not_found=self.not_found,
        )


def _show_sidebar_navigation(session: Session) -> bool:
    try:
        value = session.option("client.showSidebarNavigation")
    except Exception:  # an option this config does not know: keep the default
        return True
    return value is None or bool(value)


def begin_run(ctx: RunContext) -> bool:
    """Choose the page of a full run. Returns True when the page changes.

    In a v1 app this picks the page script to run and tells the client the page list;
    in a v2 app the main script runs and ``st.navigation`` chooses.
    """
    session = ctx.session
    nav = session.navigator
    changing = nav.change_pending()
    if changing and nav.current is not None:
        session.state.forget_page_widgets(keep_main_script=nav.v2)
    session.page_hash = MAIN_HASH
    if not nav.v2 and _uses_navigation(session):
        # A main script that calls st.navigation routes itself; a pages/ folder next to it is ignored.
        nav.v2 = True
    if nav.v2:
        return changing
    source = session.source
    pages = v1_pages(source.path) if source.text is None else [_in_memory_main(source.path)]
    if nav.requested is not None:
        # Kept for st.navigation, in case this run turns out to be the first one of a v2 app.
        ctx.page_request = nav.requested
    entry = nav.select(pages)
    session.page_hash = entry.script_hash
    if len(pages) > 1:
        nav.position = "sidebar" if _show_sidebar_navigation(session) else "hidden"
        nav.expanded = False
        session.send(nav.message())
    return changing


def _uses_navigation(session: Session) -> bool:
    """True when the main script's code mentions ``navigation`` (as in ``st.navigation(...)``)."""
    from desk.runtime.script import script_cache

    code = script_cache.compile(session.source, magic=session.magic)
    return _mentions(code, "navigation")


def _mentions(code: CodeType, name: str) -> bool:
    if name in code.co_names:
        return True
    return any(isinstance(const, CodeType) and _mentions(const, name) for const in code.co_consts)


def _in_memory_main(path: Path) -> PageEntry:
    icon, name = icon_and_name(path)
    return PageEntry(MAIN_HASH, label_of(name), icon, "", name, path, is_default=True)


def v1_script(session: Session) -> Path | None:
    """The page script to run instead of the main script, or None to run the main script."""
    nav = session.navigator
    current = nav.current
    if nav.v2 or current is None or current.script_hash == MAIN_HASH or current.path is None:
        return None
    return current.path


def resolve_script_path(session: Session, page: str | Path) -> Path:
    """A page script path as scripts give it: absolute, or relative to the main script's folder."""
    path = Path(page)
    if not path.is_absolute():
        path = session.source.folder / path
    return path.resolve()


def find_by_path(session: Session, page: str | Path) -> PageEntry | None:
    """The known page whose script is ``page`` (v1 pages, or the file pages of st.navigation)."""
    target = str(resolve_script_path(session, page))
    nav = session.navigator
    pages = nav.pages
    if not nav.v2 and session.source.text is None:
        pages = v1_pages(session.source.path)
    if str(session.source.path.resolve()) == target and not nav.v2:
        return pages[0] if pages else None
    return next((p for p in pages if p.path is not None and str(p.path) == target), None)
