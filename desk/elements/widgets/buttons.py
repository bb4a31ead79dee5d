"""Buttons: button, form_submit_button, download_button, link_button and page_link, with their definitions."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.elements.base import (
    WidgetCallback,
    check_callable,
    check_icon_position,
    check_key,
    check_label,
    check_wrap,
    help_text,
    widget,
)
from desk.elements.definitions import Props, define, omitted
from desk.elements.status import show
from desk.elements.widgets._common import button_type, short_repr
from desk.errors import DeskAPIError
from desk.protocol import BinaryPayload
from desk.runtime.context import get_run


@dataclass(kw_only=True, slots=True)
class ButtonProps(Props):
    """A button; its value is True in the run right after a click (st.button)."""

    help: str | None
    """Tooltip text (markdown) of the button."""
    type: str
    """"primary", "secondary" or "tertiary": how prominent the button is."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    disabled: bool
    """True greys the button out and ignores clicks."""
    use_container_width: bool
    """True stretches the button to the width of its container."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    shortcut: str | None
    """A keyboard shortcut that clicks it, e.g. "Ctrl+K", or None."""
    wrap: bool | None = omitted()
    """True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout."""
    icon_position: str | None = omitted()
    """"right" puts the icon after the label; absent: before it."""


@dataclass(kw_only=True, slots=True)
class FormSubmitButtonProps(ButtonProps):
    """The button that submits its form (st.form_submit_button)."""


@dataclass(kw_only=True, slots=True)
class DownloadButtonProps(ButtonProps):
    """A button that saves a file (st.download_button)."""

    data: BinaryPayload
    """The file's bytes."""
    file_name: str | None
    """The name offered in the Save dialog, or None for a generated one."""
    mime: str
    """The file's media type."""
    on_click: str
    """"rerun", "ignore" or "callback": what a click asks of the server."""


@dataclass(kw_only=True, slots=True)
class LinkButtonProps(Props):
    """A button that opens a URL in a new tab (st.link_button); with an on_click it is a widget, True after a click."""

    label: str
    """The button's label (markdown)."""
    url: str
    """The URL to open."""
    help: str | None
    """Tooltip text (markdown) of the button."""
    type: str
    """"primary", "secondary" or "tertiary": how prominent the button is."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    disabled: bool
    """True greys the button out."""
    use_container_width: bool
    """True stretches the button to the width of its container."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    wrap: bool | None = omitted()
    """True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout."""
    icon_position: str | None = omitted()
    """"right" puts the icon after the label; absent: before it."""
    shortcut: str | None = omitted()
    """A keyboard shortcut that clicks it, e.g. "Ctrl+K"; absent: none."""
    key: str | None = omitted()
    """The user's key, when the script gave one."""


@dataclass(kw_only=True, slots=True)
class PageLinkProps(Props):
    """A link to a page of the app, or to a URL (st.page_link)."""

    label: str
    """The link's text (markdown)."""
    page: str
    """The page's script path (relative to the main script), url path, or the URL."""
    url: str
    """The URL path the link opens ("" for the default page), or the external URL."""
    external: bool
    """True for a URL outside the app, opened in a new tab."""
    icon: str | None
    """An emoji or ":material/name:" icon before the label."""
    help: str | None
    """Tooltip text (markdown)."""
    disabled: bool
    """True greys the link out."""
    use_container_width: bool | None
    """True stretches the link to its container."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    page_script_hash: str | None = omitted()
    """The page's script hash, for pages the app knows."""
    query_string: str | None = omitted()
    """The query string the target page opens with ("" clears it), for links to app pages."""
    icon_position: str | None = omitted()
    """"right" puts the icon after the label; absent: before it."""


BUTTON = define("Button", ButtonProps, apptest="button", attrs=("help", "type", "icon", "disabled"), value=bool)


FORM_SUBMIT_BUTTON = define(
    "FormSubmitButton", FormSubmitButtonProps, apptest="button", attrs=("help", "type", "icon", "disabled"), value=bool
)


DOWNLOAD_BUTTON = define(
    "DownloadButton", DownloadButtonProps, apptest="download_button", attrs=("help", "file_name", "mime", "disabled"),
    value=bool,
)  # fmt: skip


# A link button given an on_click ("rerun" or a function) is a widget too: True in the run after a click.
LINK_BUTTON = define(
    "LinkButton", LinkButtonProps, apptest="link_button", attrs=("label", "url", "help", "disabled"), value=bool,
    optional_widget=True,
)  # fmt: skip


PAGE_LINK = define("PageLink", PageLinkProps, apptest="page_link", attrs=("label", "page", "url", "icon", "help"))


def button(
    label: str,
    key: str | None = None,
    help: str | None = None,
    on_click: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    shortcut: str | None = None,
    icon_position: str = "left",
    wrap: bool | None = None,
) -> bool:
    """A button. Returns True in the run right after it is clicked, else False.

    ``shortcut`` (e.g. "Ctrl+K", "F5", "Enter") clicks it from the keyboard.
    """
    check_label("button", label)
    shortcut = parse_shortcut("button", shortcut)
    help = help_text("button", help)
    button_type("button", type)
    return bool(
        widget(
            "Button",
            func="button",
            label=label,
            key=key,
            identity={
                "label": label,
                "icon": icon,
                "help": help,
                "is_form_submitter": False,
                "type": type,
                "ucw": use_container_width,
            },
            default=False,
            props=ButtonProps(
                help=help,
                type=type,
                icon=icon,
                disabled=bool(disabled),
                use_container_width=bool(use_container_width),
                width=width,
                shortcut=shortcut,
                wrap=check_wrap("button", wrap),
                icon_position=check_icon_position("button", icon_position),
            ),
            deserialize=bool,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            trigger=True,
            allowed_in_form=False,
        )
    )


def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    key: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    shortcut: str | None = None,
    icon_position: str = "left",
    wrap: bool | None = None,
) -> bool:
    """The button that submits its form. Returns True in the run the form was submitted."""
    check_label("form_submit_button", label)
    shortcut = parse_shortcut("form_submit_button", shortcut)
    help = help_text("form_submit_button", help)
    button_type("form_submit_button", type)
    ctx = get_run()
    form_id = ctx.target().form_id if ctx is not None else None
    if ctx is not None and form_id is None:
        raise DeskAPIError(
            "st.form_submit_button() must be used inside an st.form(). "
            "Put it in a `with st.form(key):` block, or use st.button instead."
        )
    if key is None and form_id is not None:
        # As in Streamlit, a submit button without a key gets one made of its form and
        # label, so it shows in st.session_state like a keyed widget.
        key = f"FormSubmitter:{form_id}-{label}"
    return bool(
        widget(
            "FormSubmitButton",
            func="form_submit_button",
            label=label,
            key=key,
            identity={
                "label": label,
                "icon": icon,
                "help": help,
                "is_form_submitter": True,
                "type": type,
                "ucw": use_container_width,
            },
            default=False,
            props=FormSubmitButtonProps(
                help=help,
                type=type,
                icon=icon,
                disabled=bool(disabled),
                use_container_width=bool(use_container_width),
                width=width,
                shortcut=shortcut,
                wrap=check_wrap("form_submit_button", wrap),
                icon_position=check_icon_position("form_submit_button", icon_position),
            ),
            deserialize=bool,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            trigger=True,
        )
    )


SHORTCUT_MODIFIERS = {"ctrl": "Ctrl", "cmd": "Ctrl", "meta": "Ctrl", "mod": "Ctrl", "alt": "Alt", "option": "Alt", "shift": "Shift"}


SHORTCUT_SPECIAL_KEYS = {
    name.lower(): name
    for name in ("Backspace", "Delete", "Down", "End", "Enter", "Esc", "Home", "Left", "PageDown", "PageUp", "Right", "Space", "Tab", "Up")
}


RESERVED_SHORTCUT_KEYS = ("C", "R")  # the app's own keys: clear cache, rerun


def parse_shortcut(func: str, shortcut: object) -> str | None:
    """A button's keyboard shortcut in one spelling ("Ctrl+Shift+K"), or None. Cmd/Meta/Mod mean Ctrl."""
    if shortcut is None:
        return None
    how = (
        "Use a letter or digit ('K'), a function key ('F5') or one of "
        f"{', '.join(SHORTCUT_SPECIAL_KEYS.values())}, optionally after modifiers: 'Ctrl+K', 'Cmd+Shift+O'."
    )
    if not isinstance(shortcut, str) or not shortcut.strip():
        raise DeskAPIError(f"st.{func}: shortcut must be a string like 'Ctrl+K', not {short_repr(shortcut)}.")
    *modifier_names, key_name = [part.strip() for part in shortcut.split("+")]
    modifiers = set()
    for name in modifier_names:
        if name.lower() not in SHORTCUT_MODIFIERS:
            raise DeskAPIError(f"st.{func}: {name!r} in shortcut {shortcut!r} is not a modifier (Ctrl, Cmd, Alt, Option, Shift). {how}")
        modifiers.add(SHORTCUT_MODIFIERS[name.lower()])
    if len(key_name) == 1 and key_name.isascii() and key_name.isalnum():
        key = key_name.upper()
        if key in RESERVED_SHORTCUT_KEYS:
            raise DeskAPIError(
                f"st.{func}: the key {key!r} is reserved (R reruns the app, C clears its cache); choose another key."
            )
    elif re.fullmatch(r"[Ff]([1-9]|1[0-9]|2[0-4])", key_name):
        key = key_name.upper()
    elif key_name.lower() in SHORTCUT_SPECIAL_KEYS:
        key = SHORTCUT_SPECIAL_KEYS[key_name.lower()]
    else:
        raise DeskAPIError(f"st.{func}: {key_name!r} in shortcut {shortcut!r} is not a supported key. {how}")
    return "+".join([*(m for m in ("Ctrl", "Alt", "Shift") if m in modifiers), key])


def _download_bytes(data: Any, mime: str | None) -> tuple[bytes, str]:
    """The bytes to download and their mimetype, from str, bytes, a file-like object or a function."""
    if callable(data) and not hasattr(data, "read"):
        data = data()
    if hasattr(data, "read"):
        if hasattr(data, "seek"):
            try:
                data.seek(0)
            except Exception:  # unseekable streams are read from where they are
                pass
        data = data.read()
    if isinstance(data, str):
        return data.encode("utf-8"), mime or "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), mime or "application/octet-stream"
    raise DeskAPIError(
        "st.download_button: data must be a str, bytes, a file-like object, or a function returning one of these, "
        f"not {type(data).__name__}. Convert it first, e.g. df.to_csv().encode() for a DataFrame."
    )


def download_button(
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | None = None,
    help: str | None = None,
    on_click: WidgetCallback | str = "rerun",
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    shortcut: str | None = None,
    icon_position: str = "left",
    wrap: bool | None = None,
) -> bool:
    """A button that downloads ``data``. Returns True in the run right after it is clicked."""
    check_label("download_button", label)
    shortcut = parse_shortcut("download_button", shortcut)
    help = help_text("download_button", help)
    button_type("download_button", type)
    if file_name is not None and not isinstance(file_name, str):
        raise DeskAPIError(f"st.download_button: file_name must be a string, not {short_repr(file_name)}.")
    if mime is not None and not isinstance(mime, str):
        raise DeskAPIError(f"st.download_button: mime must be a string like 'text/csv', not {short_repr(mime)}.")
    if isinstance(on_click, str):
        if on_click not in ("rerun", "ignore"):
            raise DeskAPIError(
                f"st.download_button: on_click must be 'rerun', 'ignore', a function or None, not {on_click!r}."
            )
        mode, callback = on_click, None
    else:
        check_callable("download_button", "on_click", on_click)
        mode, callback = ("rerun" if on_click is None else "callback"), on_click
    payload, mimetype = _download_bytes(data, mime)
    return bool(
        widget(
            "DownloadButton",
            func="download_button",
            label=label,
            key=key,
            identity={
                "label": label,
                "icon": icon,
                "file_name": file_name,
                "mime": mimetype,
                "help": help,
                "type": type,
                "ucw": use_container_width,
            },
            default=False,
            props=DownloadButtonProps(
                help=help,
                type=type,
                icon=icon,
                disabled=bool(disabled),
                use_container_width=bool(use_container_width),
                width=width,
                shortcut=shortcut,
                wrap=check_wrap("download_button", wrap),
                icon_position=check_icon_position("download_button", icon_position),
                data=BinaryPayload(payload, mimetype),
                file_name=file_name,
                mime=mimetype,
                on_click=mode,
            ),
            deserialize=bool,
            on_change=callback,
            args=args,
            kwargs=kwargs,
            trigger=True,
            allowed_in_form=False,
        )
    )


def link_button(
    label: str,
    url: str,
    *,
    key: str | None = None,
    on_click: WidgetCallback | str = "ignore",
    args: Any = None,
    kwargs: Any = None,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool = False,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> Any:
    """A button that opens ``url`` (in the system browser, in a desk window).

    With ``on_click="ignore"`` (the default) it is an element and the call returns its handle.
    With ``on_click="rerun"`` (or None) or a function, a click also reruns the app (calling the function
    first, with ``args`` and ``kwargs``) and the call returns True in that run, as st.button does.
    ``shortcut`` (e.g. "Ctrl+K") clicks it from the keyboard.
    """
    check_label("link_button", label)
    shortcut = parse_shortcut("link_button", shortcut)
    help = help_text("link_button", help)
    button_type("link_button", type)
    if not isinstance(url, str) or not url:
        raise DeskAPIError(f"st.link_button: url must be a non-empty string, not {short_repr(url)}.")
    if isinstance(on_click, str):
        if on_click not in ("rerun", "ignore"):
            raise DeskAPIError(f"st.link_button: on_click must be 'ignore', 'rerun' or a function, not {on_click!r}.")
        callback = None
    else:
        check_callable("link_button", "on_click", on_click)
        callback = on_click  # None reruns, as "rerun" does
    props = LinkButtonProps(
        label=label,
        url=url,
        help=help,
        type=type,
        wrap=check_wrap("link_button", wrap),
        icon_position=check_icon_position("link_button", icon_position),
        icon=icon,
        disabled=bool(disabled),
        use_container_width=bool(use_container_width),
        width=width,
        shortcut=shortcut,
        key=check_key("link_button", key),
    )
    if on_click == "ignore":
        return show(props)
    return bool(
        widget(
            "LinkButton",
            func="link_button",
            label=label,
            key=key,
            identity={"label": label, "url": url, "icon": icon, "help": help, "type": type, "ucw": use_container_width},
            default=False,
            props=props,
            deserialize=bool,
            on_change=callback,
            args=args,
            kwargs=kwargs,
            trigger=True,
        )
    )


def _page_query(func: str, query_params: Any) -> str:
    """``query_params`` (a dict or (key, value) pairs; a value may be a list) as a query string."""
    if query_params is None:
        return ""
    from urllib.parse import urlencode

    pairs = query_params.items() if isinstance(query_params, Mapping) else query_params
    result: list[tuple[str, str]] = []
    try:
        for key, value in pairs:
            if str(key) in ("embed", "embed_options"):
                raise DeskAPIError(f"st.{func}: query parameter {key!r} is reserved and cannot be set.")
            values = [value] if isinstance(value, str) or not isinstance(value, Iterable) else list(value)
            result.extend((str(key), str(v)) for v in values)
    except (TypeError, ValueError):
        raise DeskAPIError(
            f"st.{func}: query_params must be a dict or a list of (key, value) pairs, not {short_repr(query_params)}."
        ) from None
    return urlencode(result)


def _page_label(path: Path) -> str:
    name = re.sub(r"^[0-9]+[_\- ]*", "", path.stem)
    return name.replace("_", " ").strip() or path.stem


def _known_page(ctx: Any, relative: Path) -> Any:
    """The page entry of a script path, when the app knows it as a page (see desk.runtime.pages)."""
    if ctx is None:
        return None
    from desk.runtime.pages import find_by_path

    return find_by_path(ctx.session, relative)


def page_link(
    page: Any,
    *,
    label: str | None = None,
    icon: str | None = None,
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    icon_position: str = "left",
    query_params: Any = None,
) -> Any:
    """A link to another page of the app (a script path relative to the main script, or a Page), or a URL."""
    help = help_text("page_link", help)
    if label is not None and not isinstance(label, str):
        raise DeskAPIError(f"st.page_link: label must be a string, not {short_repr(label)}.")
    query = _page_query("page_link", query_params)
    link = functools.partial(
        PageLinkProps, help=help, disabled=bool(disabled), use_container_width=use_container_width, width=width,
        icon_position=check_icon_position("page_link", icon_position),
    )  # fmt: skip
    if isinstance(page, Path):
        page = str(page)
    if isinstance(page, str):
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", page):
            if label is None:
                raise DeskAPIError(
                    f"st.page_link: a link to an external URL ({page!r}) needs a label. Pass label=..."
                )
            if query_params is not None:
                raise DeskAPIError(
                    f"st.page_link: query_params apply to the app's pages; write them into the URL {page!r} instead."
                )
            return show(link(page=page, url=page, external=True, label=label, icon=icon))
        ctx = get_run()
        relative = Path(page)
        if ctx is not None and not relative.is_absolute():
            folder = ctx.session.source.path.parent
            if not (folder / relative).exists():
                raise DeskAPIError(
                    f"st.page_link: could not find page {page!r}. Give the script's path relative to the main "
                    f"script's folder ({folder})."
                )
        is_main = ctx is not None and (ctx.session.source.path.parent / relative) == ctx.session.source.path
        page_url = "" if is_main else _page_label(relative).replace(" ", "_")
        shown = label if label is not None else _page_label(relative)
        known = _known_page(ctx, relative)
        shown_icon, script_hash = icon, None
        if known is not None:  # a page of pages/ or of st.navigation: its url path, title and icon
            page_url, shown = known.url_path, label if label is not None else known.title
            shown_icon = icon if icon is not None else (known.icon or None)
            script_hash = known.script_hash
        page_help = help if help is not None or known is None else (known.help or None)
        return show(
            link(
                page=relative.as_posix(), url=page_url, external=False, label=shown, icon=shown_icon,
                page_script_hash=script_hash, help=page_help, query_string=query,
            )
        )  # fmt: skip
    url_path = getattr(page, "url_path", None)
    title = getattr(page, "title", None)
    if url_path is None or title is None:
        raise DeskAPIError(
            f"st.page_link: page must be a path to a page script, a URL, or an st.Page, not {type(page).__name__}."
        )
    page_icon = getattr(page, "icon", None)
    return show(
        link(
            page_script_hash=getattr(page, "_script_hash", None),
            query_string=query,
            icon=icon if icon is not None else page_icon,
            page=str(url_path),
            url=str(url_path),
            external=False,
            label=label if label is not None else str(title),
            help=help if help is not None else (getattr(page, "help", "") or None),  # the page's summary
        )
    )
