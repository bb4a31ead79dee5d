"""Small leftovers of the ``st.*`` API: ``st.user``, ``st.login``/``st.logout``, ``st.iframe`` and old ``experimental_*`` names.

A desktop app has one local user and no identity provider, so ``st.user.is_logged_in`` is
always False, other user fields read as None, and ``st.login()``/``st.logout()`` raise an
error that says so.

The ``experimental_*`` names that older scripts still use keep working: each forwards to
its replacement and warns once per process (``DeskAPIWarning``) naming that replacement.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from desk.errors import DeskAPIError, DeskAPIWarning

if TYPE_CHECKING:
    from desk.runtime.emitter import Container

_warned: set[str] = set()
_warned_lock = threading.Lock()


def warn_deprecated(name: str, replacement: str, *, stacklevel: int = 3) -> None:
    """Warn, once per process, that ``st.<name>`` is deprecated in favour of ``replacement``."""
    with _warned_lock:
        if name in _warned:
            return
        _warned.add(name)
    warnings.warn(
        f"st.{name} is deprecated and will be removed; use {replacement} instead.",
        DeskAPIWarning,
        stacklevel=stacklevel,
    )


def reset_deprecation_warnings() -> None:
    """Forget which deprecation warnings were shown (for tests)."""
    with _warned_lock:
        _warned.clear()


# ---------------------------------------------------------------- st.user, st.login, st.logout

_NO_LOGIN = (
    "desk apps run on the user's own computer and have no login: there is no identity provider "
    "to sign in with. Remove the call, or check st.user.is_logged_in (always False in desk)."
)


class UserInfo(Mapping[str, Any]):
    """``st.user``: the signed-in user. In a desktop app nobody is signed in.

    ``st.user.is_logged_in`` is False; any other field (``st.user.email``, ``.name``...)
    reads as None, and ``st.user["email"]`` raises a KeyError that explains why.
    """

    _DATA: dict[str, Any] = {"is_logged_in": False}

    @property
    def is_logged_in(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return None

    def __getitem__(self, key: str) -> Any:
        if key in self._DATA:
            return self._DATA[key]
        raise KeyError(f'st.user has no key "{key}": desk apps have no signed-in user. {_NO_LOGIN}')

    def __iter__(self) -> Iterator[str]:
        return iter(self._DATA)

    def __len__(self) -> int:
        return len(self._DATA)

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise DeskAPIError(f"st.user is read-only: st.user.{name} cannot be set.")

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise DeskAPIError(f'st.user is read-only: st.user["{key}"] cannot be set.')

    def to_dict(self) -> dict[str, Any]:
        """The user's fields as a plain dict: ``{"is_logged_in": False}``."""
        return dict(self._DATA)

    def __repr__(self) -> str:
        return repr(self._DATA)


user = UserInfo()


def login(provider: str | None = None) -> NoReturn:
    """Not available: a desktop app has no identity provider to sign in with."""
    raise DeskAPIError(f"st.login(): {_NO_LOGIN}")


def logout() -> NoReturn:
    """Not available: nobody is signed in to a desktop app."""
    raise DeskAPIError(f"st.logout(): {_NO_LOGIN}")


class _DeprecatedUser(Mapping[str, Any]):
    """``st.experimental_user``: ``st.user`` under its old name, with a one-time warning."""

    def _target(self) -> UserInfo:
        warn_deprecated("experimental_user", "st.user", stacklevel=4)
        return user

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._target(), name)

    def __getitem__(self, key: str) -> Any:
        return self._target()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._target())

    def __len__(self) -> int:
        return len(self._target())

    def __repr__(self) -> str:
        return repr(user)


experimental_user = _DeprecatedUser()


# ---------------------------------------------------------------- st.iframe

_URL_PREFIXES = ("http://", "https://", "data:")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _frame_size(name: str, value: object, keywords: tuple[str, ...]) -> int | None:
    """A size in pixels, or None for a keyword (the client then picks the size)."""
    if isinstance(value, str) and value in keywords:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    options = " or ".join(repr(k) for k in keywords)
    raise DeskAPIError(f"st.iframe: {name} must be {options} or a positive number of pixels, not {value!r}.")


def iframe(
    src: str | Path,
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    tab_index: int | None = None,
    alt: str | None = None,
) -> Container:
    """Embed a page, an HTML file or an HTML string in a frame.

    Args:
        src: An absolute URL (``http://``, ``https://``, ``data:``), a URL path starting
            with ``/``, a path to a local ``.html`` file (its content is embedded), or an
            HTML string.
        width: ``"stretch"`` (the default), ``"content"`` or a number of pixels.
        height: ``"content"`` (the default), ``"stretch"`` or a number of pixels.
        tab_index: The frame's place in the keyboard tab order (-1 to skip it), or None.
        alt: The frame's accessible name, or None for the default one.
    """
    from desk.components.v1 import html as component_html
    from desk.components.v1 import iframe as component_iframe
    from desk.elements.base import accessible_name

    title = accessible_name("iframe", alt)

    frame_width = _frame_size("width", width, ("stretch", "content"))
    frame_height = _frame_size("height", height, ("content", "stretch"))
    if not isinstance(src, (str, Path)) or not str(src).strip():
        raise DeskAPIError(f"st.iframe: src must be a URL, a path to an HTML file or an HTML string, not {src!r}.")
    text = str(src).strip()
    one_line = "\n" not in text and "<" not in text and len(text) <= 1024
    if isinstance(src, str) and text.startswith(_URL_PREFIXES):
        return component_iframe(text, frame_width, frame_height, tab_index=tab_index, title=title)
    if isinstance(src, Path) or (one_line and Path(text).expanduser().is_file()):
        return component_html(
            _read_html_file(Path(text).expanduser()), frame_width, frame_height, tab_index=tab_index, title=title
        )
    if one_line and text.startswith("/"):
        return component_iframe(text, frame_width, frame_height, tab_index=tab_index, title=title)
    if one_line and text.lower().endswith(_HTML_SUFFIXES):
        raise DeskAPIError(f"st.iframe: no file at {text!r}. Check the path, or pass a URL or an HTML string.")
    return component_html(str(src), frame_width, frame_height, tab_index=tab_index, title=title)


def _read_html_file(path: Path) -> str:
    if not path.is_file():
        raise DeskAPIError(f"st.iframe: no file at {str(path)!r}. Check the path, or pass a URL or an HTML string.")
    if path.suffix.lower() not in _HTML_SUFFIXES:
        raise DeskAPIError(
            f"st.iframe: {str(path)!r} is not an HTML file; desk embeds .html files. "
            "Use st.image for pictures, or pass a URL or an HTML string."
        )
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- experimental_* names


def experimental_get_query_params() -> dict[str, list[str]]:
    """Deprecated: the query parameters as lists of strings. Use ``st.query_params``."""
    from desk.runtime.query_params import query_params

    warn_deprecated("experimental_get_query_params", "st.query_params")
    return {key: query_params.get_all(key) for key in query_params}


def experimental_set_query_params(**query_params: Any) -> None:
    """Deprecated: replace the query parameters. Use ``st.query_params``."""
    from desk.runtime.query_params import query_params as params

    warn_deprecated("experimental_set_query_params", "st.query_params")
    params.from_dict(query_params)


def experimental_data_editor(data: Any, *args: Any, **kwargs: Any) -> Any:
    """Deprecated name of ``st.data_editor``."""
    from desk.elements.data import data_editor

    warn_deprecated("experimental_data_editor", "st.data_editor")
    return data_editor(data, *args, **kwargs)


def experimental_audio_input(label: str, *args: Any, **kwargs: Any) -> Any:
    """Deprecated name of ``st.audio_input``."""
    from desk.elements.widgets import audio_input

    warn_deprecated("experimental_audio_input", "st.audio_input")
    return audio_input(label, *args, **kwargs)


# old name -> replacement, for documentation and tests
DEPRECATED_NAMES: dict[str, str] = {
    "experimental_user": "st.user",
    "experimental_get_query_params": "st.query_params",
    "experimental_set_query_params": "st.query_params",
    "experimental_memo": "st.cache_data",
    "experimental_singleton": "st.cache_resource",
    "experimental_data_editor": "st.data_editor",
    "experimental_audio_input": "st.audio_input",
    "experimental_connection": "st.connection",
}

__all__ = [
    "DEPRECATED_NAMES",
    "UserInfo",
    "experimental_audio_input",
    "experimental_data_editor",
    "experimental_get_query_params",
    "experimental_set_query_params",
    "experimental_user",
    "iframe",
    "login",
    "logout",
    "reset_deprecation_warnings",
    "user",
    "warn_deprecated",
]
