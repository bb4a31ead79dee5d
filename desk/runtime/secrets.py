"""``st.secrets``: read-only access to the app's ``secrets.toml``.

Secrets load lazily, on first access, from these files in order (a later file wins, key by
key at the top level): ``~/.streamlit/secrets.toml``, ``.streamlit/secrets.toml`` in the
working directory, and ``.streamlit/secrets.toml`` next to the running script. Top-level
string and number values are also exported to ``os.environ``, as in Streamlit. When no
file exists, accessing a secret raises ``SecretNotFoundError`` (a ``FileNotFoundError``, and
Streamlit's ``StreamlitSecretNotFoundError``) naming the paths searched.

``desk.testing.AppTest`` sets ``at.secrets`` (``session.secrets_override``);
when that dict is non-empty it is used instead of the files.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NoReturn

from desk.errors import SecretNotFoundError
from desk.runtime.context import get_run

FILE_NAME = "secrets.toml"


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    with open(path, "rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    return data


class SecretSection(Mapping[str, Any]):
    """A read-only mapping with attribute access; nested tables are sections too."""

    def __init__(self, data: Mapping[str, Any], where: str = "st.secrets") -> None:
        object.__setattr__(self, "_data", dict(data))
        object.__setattr__(self, "_where", where)

    _data: dict[str, Any]
    _where: str

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._data[key]
        except KeyError:
            raise KeyError(f'{self._where} has no key "{key}". Add it to {FILE_NAME}.') from None
        if isinstance(value, Mapping):
            return SecretSection(value, f"{self._where}.{key}")
        return value

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'{self._where} has no attribute "{key}". Add it to {FILE_NAME}.') from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError(f"{self._where} is read-only: set secrets in {FILE_NAME}, not in the script.")

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError(f"{self._where} is read-only: set secrets in {FILE_NAME}, not in the script.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError(f"{self._where} is read-only: secrets cannot be deleted.")

    def __delattr__(self, key: str) -> NoReturn:
        raise TypeError(f"{self._where} is read-only: secrets cannot be deleted.")

    def __repr__(self) -> str:
        return f"{{{', '.join(repr(k) + ': ***' for k in self._data)}}}"

    def to_dict(self) -> dict[str, Any]:
        """A plain, mutable deep copy of the section."""
        return {k: SecretSection(v).to_dict() if isinstance(v, Mapping) else v for k, v in self._data.items()}


def secret_paths(script_folder: Path | None) -> list[Path]:
    """The files searched, in order; later files win."""
    paths = [Path.home() / ".streamlit" / FILE_NAME, Path.cwd() / ".streamlit" / FILE_NAME]
    if script_folder is not None:
        paths.append(script_folder / ".streamlit" / FILE_NAME)
    unique: list[Path] = []
    for path in paths:
        if path.resolve() not in [p.resolve() for p in unique]:
            unique.append(path)
    return unique


class Secrets(Mapping[str, Any]):
    """``st.secrets``: the merged secrets files, or AppTest's override."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded: dict[tuple[tuple[str, int], ...], dict[str, Any]] = {}

    def _script_folder(self) -> Path | None:
        ctx = get_run()
        return ctx.session.source.folder if ctx is not None else None

    def _override(self) -> dict[str, Any] | None:
        ctx = get_run()
        if ctx is None:
            return None
        override = ctx.session.secrets_override
        return dict(override) if override else None

    def _data(self) -> dict[str, Any]:
        override = self._override()
        if override is not None:
            return override
        paths = [p for p in secret_paths(self._script_folder()) if p.is_file()]
        if not paths:
            searched = ", ".join(str(p) for p in secret_paths(self._script_folder()))
            raise SecretNotFoundError(
                f"No secrets found. st.secrets reads {FILE_NAME} from these places: {searched}. "
                f"Create one of them, e.g. .streamlit/{FILE_NAME} next to your script."
            )
        version = tuple((str(p), p.stat().st_mtime_ns) for p in paths)
        with self._lock:
            data = self._loaded.get(version)
            if data is None:
                data = {}
                for path in paths:
                    data.update(_read_toml(path))
                _export_to_environ(data)
                self._loaded = {version: data}
        return data

    def _root(self) -> SecretSection:
        return SecretSection(self._data())

    def __getitem__(self, key: str) -> Any:
        return self._root()[key]

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        return getattr(self._root(), key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __contains__(self, key: object) -> bool:
        return key in self._data()

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError(f"st.secrets is read-only: set secrets in {FILE_NAME}, not in the script.")

    def __setattr__(self, key: str, value: Any) -> None:
        if not key.startswith("_"):
            raise TypeError(f"st.secrets is read-only: set secrets in {FILE_NAME}, not in the script.")
        object.__setattr__(self, key, value)

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("st.secrets is read-only: secrets cannot be deleted.")

    def __repr__(self) -> str:
        try:
            return repr(self._root())
        except FileNotFoundError:
            return "{}"

    def to_dict(self) -> dict[str, Any]:
        """A plain, mutable deep copy of all secrets."""
        return self._root().to_dict()

    def load_if_toml_exists(self) -> bool:
        """Load the secrets now; False when there is no secrets file."""
        try:
            self._data()
        except FileNotFoundError:
            return False
        return True


def _export_to_environ(data: Mapping[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            os.environ[key] = str(value)


secrets = Secrets()

__all__ = ["SecretSection", "Secrets", "secret_paths", "secrets"]
