"""Settings: one frozen dataclass, built once and passed down.

The launcher builds them and hands them to the server, which gives them to each session
(``Session.settings``; a run reads ``ctx.session.settings``); AppTest builds its own.

Precedence, lowest first: defaults < ``~/.desk/config.toml`` < ``.streamlit/config.toml``
(home, then the script's folder and the working directory) < ``desk.toml`` beside the
script < ``DESK_<SECTION>_<OPTION>`` environment variables < command-line options.
Nothing here runs at import time.

``st.get_option``/``st.set_option`` (``desk.runtime.options``) read and (for the few options
that can change at run time) override values by their Streamlit names, e.g.
``"server.maxUploadSize"``, through ``option_value`` and ``check_settable``.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk.errors import DeskAPIError, UnknownOptionError


@dataclass(frozen=True)
class Settings:
    """Every setting desk reads, with its default."""

    host: str = "127.0.0.1"
    port: int = 0
    max_upload_mb: int = 200
    max_session_upload_mb: int = 1024
    max_message_mb: int = 200
    fast_reruns: bool = True
    magic_enabled: bool = True
    show_error_details: bool = True
    log_level: str = "info"
    theme: Mapping[str, Any] = field(default_factory=dict)
    cache_persist: bool = True
    cache_max_mb: int = 1024
    cache_dir: str | None = None
    disconnected_session_ttl: float = 120.0
    # Start the first session's first run when the server starts, before any client connects
    # (desk.server.sessions.SessionRegistry.start_spare); off under --dev.
    first_run_at_launch: bool = True
    # The app's name for its caches, window geometry and log: a built app's name, or None for
    # one derived from the script's path (desk.cache.locations.app_id_of).
    app_id: str | None = None


# Streamlit-style option name -> Settings field
OPTION_FIELDS: dict[str, str] = {
    "server.address": "host",
    "server.port": "port",
    "server.maxUploadSize": "max_upload_mb",
    "server.maxSessionUploadSize": "max_session_upload_mb",
    "server.maxMessageSize": "max_message_mb",
    "server.disconnectedSessionTTL": "disconnected_session_ttl",
    "runner.fastReruns": "fast_reruns",
    "runner.firstRunAtLaunch": "first_run_at_launch",
    "runner.magicEnabled": "magic_enabled",
    "client.showErrorDetails": "show_error_details",
    "logger.level": "log_level",
    "cache.persist": "cache_persist",
    "cache.maxSizeMb": "cache_max_mb",
    "cache.dir": "cache_dir",
    "app.id": "app_id",
}
# desk's options that Streamlit does not have.
_DESK_ONLY = ("app.id", "cache.dir", "cache.maxSizeMb", "cache.persist", "runner.firstRunAtLaunch")
# Options Streamlit scripts set that desk accepts and ignores (no effect on a desktop app).
IGNORED_OPTIONS = {
    "browser.gatherUsageStats",
    "client.toolbarMode",
    "deprecation.showPyplotGlobalUse",
    "global.disableWidgetStateDuplicationWarning",
    "server.headless",
    "server.runOnSave",
    "server.enableCORS",
    "server.enableXsrfProtection",
    "ui.hideTopBar",
    "client.showSidebarNavigation",
}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise _unreadable(path, error) from None
    # Imported only for a file that exists: most apps have none, and `desk run` reads
    # the settings before its server can listen.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    with handle:
        try:
            data: dict[str, Any] = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise _unreadable(path, error) from None
    return data


def _unreadable(path: Path, error: Exception) -> DeskAPIError:
    """The error for a config file that exists but cannot be opened or parsed."""
    return DeskAPIError(f"Could not read the config file {path}: {error}. Fix or remove the file.")


def _flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if section == "theme" and isinstance(values, Mapping):
            flat["theme"] = dict(values)
        elif isinstance(values, Mapping):
            for key, value in values.items():
                flat[f"{section}.{key}"] = value
    return flat


def _coerce(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise DeskAPIError(f"Option {name} must be true or false, not {value!r}.")
        return bool(value)
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise DeskAPIError(f"Option {name} must be a whole number, not {value!r}.") from None
    if isinstance(default, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise DeskAPIError(f"Option {name} must be a number, not {value!r}.") from None
    return value


def config_files(script_folder: Path | None) -> list[Path]:
    """The config files that apply to a script in ``script_folder``, lowest precedence first."""
    home = Path.home()
    files = [home / ".desk" / "config.toml", home / ".streamlit" / "config.toml"]
    folders = [Path.cwd()]
    if script_folder is not None and script_folder.resolve() != Path.cwd().resolve():
        folders.append(script_folder)
    for folder in folders:
        files.append(folder / ".streamlit" / "config.toml")
        files.append(folder / "desk.toml")
    return files


def load_settings(
    script_folder: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build the settings for a script from files, environment and ``overrides``."""
    env = os.environ if environ is None else environ
    defaults = Settings()
    values: dict[str, Any] = {}
    theme: dict[str, Any] = {}
    for path in config_files(script_folder):
        flat = _flatten(_read_toml(path))
        theme.update(flat.pop("theme", {}))
        for option, value in flat.items():
            if option in OPTION_FIELDS:
                values[OPTION_FIELDS[option]] = value
    for option, field_name in OPTION_FIELDS.items():
        section, key = option.split(".")
        for prefix in ("STREAMLIT", "DESK"):
            env_name = f"{prefix}_{section.upper()}_{_snake(key).upper()}"
            if env_name in env:
                values[field_name] = env[env_name]
    for name, value in (overrides or {}).items():
        if value is not None:
            values[OPTION_FIELDS.get(name, name)] = value
    known = {f.name: f for f in dataclasses.fields(Settings)}
    coerced: dict[str, Any] = {}
    for name, value in values.items():
        if name not in known:
            raise DeskAPIError(f"Unknown setting {name!r}.")
        coerced[name] = _coerce(name, value, getattr(defaults, name))
    if theme:
        coerced["theme"] = theme
    return dataclasses.replace(defaults, **coerced)


def _snake(name: str) -> str:
    out = []
    for char in name:
        if char.isupper():
            out.append("_")
        out.append(char.lower())
    return "".join(out)


# Streamlit options whose value in a desk app differs from Streamlit's default.
DESK_VALUES: dict[str, Any] = {
    "browser.gatherUsageStats": False,  # desk sends nothing anywhere
    "global.developmentMode": False,
}


def option_value(
    settings: Settings, overrides: Mapping[str, Any], key: str, streamlit_defaults: Mapping[str, Any] | None = None
) -> Any:
    """The value of a config option by its Streamlit-style name, e.g. ``"server.maxUploadSize"``.

    ``overrides`` holds the values ``st.set_option`` changed while the app runs. An option
    desk has a setting for gives that setting; any other option of Streamlit's gives desk's
    value for it (``DESK_VALUES``) or Streamlit's default, from ``streamlit_defaults``.
    """
    if key in overrides:
        return overrides[key]
    if key.startswith("theme.") and key.split(".", 1)[1] in settings.theme:
        return settings.theme[key.split(".", 1)[1]]
    field_name = OPTION_FIELDS.get(key)
    if field_name is not None:
        return getattr(settings, field_name)
    if key in DESK_VALUES:
        return DESK_VALUES[key]
    defaults = streamlit_defaults or {}
    if key in defaults:
        return defaults[key]
    if key in IGNORED_OPTIONS or key.startswith("theme."):
        return None
    raise UnknownOptionError(
        f'Config key "{key}" not defined. st.get_option takes the option names of Streamlit\'s config.toml '
        f'(such as "server.maxUploadSize") and desk\'s own ({", ".join(sorted(_DESK_ONLY))}).'
    )


def check_settable(key: str, streamlit_options: Collection[str] = ()) -> None:
    """Raise unless ``st.set_option`` may change ``key`` while the app runs.

    ``streamlit_options`` names Streamlit's options, which exist but cannot change at run time.
    """
    if key in IGNORED_OPTIONS or key.startswith("theme.") or key.startswith("client."):
        return
    if key not in OPTION_FIELDS and key not in streamlit_options:
        raise DeskAPIError(f"st.set_option: {key!r} is not an option desk knows.")
    raise DeskAPIError(
        f"st.set_option: {key!r} cannot be changed while the app runs. Set it in .streamlit/config.toml or desk.toml instead."
    )
