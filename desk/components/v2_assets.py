"""Files of ``st.components.v2`` components that installed packages ship (``asset_dir``).

A package declares its components in the ``pyproject.toml`` it installs beside its code::

    [project]
    name = "my-chips"

    [[tool.streamlit.component.components]]
    name = "chips"
    asset_dir = "frontend/build"

and registers ``component("my-chips.chips", js="index-*.js", css="style.css")``: a ``js`` or
``css`` that looks like a path (one line with a glob character, a slash, or a ``.js``/``.css``
ending) names a file inside the asset folder, a glob matching exactly one file. The folder
is served as the component's route (``/component/<name>/``, the route of
``components.v1`` folders), so the page imports the module by URL and its relative imports
work. Paths may not be absolute nor climb out of the folder.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import logging
import re
import sys
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from desk.errors import DeskAPIError

log = logging.getLogger("desk.components")

_GLOB = re.compile(r"[*?\[\]]")
_ASSET_ENDINGS = (".js", ".mjs", ".cjs", ".css")


def looks_like_path(value: str) -> bool:
    """Whether a ``js``/``css`` string names a file rather than holding the code itself."""
    text = value.strip()
    if not text or "\n" in text or "\r" in text:
        return False
    if _GLOB.search(text) or "/" in text or "\\" in text:
        return True
    return text.lower().endswith(_ASSET_ENDINGS)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _load_toml(path: Path) -> dict[str, Any] | None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
    except (OSError, ValueError) as error:
        log.debug("could not read %s: %s", path, error)
        return None
    return data


def _pyprojects(project: str) -> tuple[list[Path], Path | None]:
    """The ``pyproject.toml`` files an installed project may have shipped, and its package folder."""
    try:
        dist = importlib.metadata.distribution(project)
    except importlib.metadata.PackageNotFoundError:
        return [], None
    package_dir: Path | None = None
    try:
        spec = importlib.util.find_spec(project.replace("-", "_").replace(".", "_"))
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin not in (None, "built-in", "frozen"):
        package_dir = Path(str(spec.origin)).parent
    found = [Path(str(dist.locate_file(item))) for item in dist.files or [] if item.name == "pyproject.toml"]
    if package_dir is not None:
        found += [package_dir / "pyproject.toml", package_dir.parent / "pyproject.toml"]
    return [path for path in dict.fromkeys(found) if path.is_file()], package_dir


@functools.lru_cache(maxsize=64)
def asset_folders(project: str) -> dict[str, Path]:
    """The asset folders of the components an installed project declares, by component name."""
    pyprojects, package_dir = _pyprojects(project)
    for pyproject in pyprojects:
        data = _load_toml(pyproject)
        if data is None:
            continue
        declared = data.get("project", {}).get("name")
        if isinstance(declared, str) and _canonical(declared) != _canonical(project):
            continue
        components = data.get("tool", {}).get("streamlit", {}).get("component", {}).get("components")
        if not isinstance(components, list):
            continue
        root = (package_dir or pyproject.parent).resolve()
        folders: dict[str, Path] = {}
        for entry in components:
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                continue
            asset_dir = entry.get("asset_dir")
            if not isinstance(asset_dir, str) or _unsafe(asset_dir):
                continue
            folder = (root / asset_dir).resolve()
            if folder.is_dir() and folder.is_relative_to(root):
                folders[entry["name"]] = folder
        return folders
    return {}


def asset_folder(name: str) -> Path | None:
    """The asset folder of the component ``"<project>.<component>"``, if its package declares one."""
    project, dot, component = name.partition(".")
    if not dot or not project or not component:
        return None
    return asset_folders(project).get(component)


def _unsafe(path: str) -> bool:
    parts = PurePosixPath(path.replace("\\", "/"))
    return parts.is_absolute() or ".." in parts.parts or bool(re.match(r"^[A-Za-z]:", path))


def resolve(name: str, param: str, value: str) -> tuple[Path, str]:
    """The component's asset folder and the path (with slashes) of the file ``value`` names in it."""
    folder = asset_folder(name)
    if folder is None:
        raise DeskAPIError(
            f"st.components.v2.component({name!r}): {param}={value!r} looks like a file path, which needs the "
            "component declared with an asset_dir by its installed package ([[tool.streamlit.component.components]] "
            f"in the package's pyproject.toml, under the name {name.partition('.')[2] or name!r} of a project "
            f"{name.partition('.')[0]!r}). For an app's own component, pass the {param.upper()} text itself; text on "
            "one line that has a slash or a glob character, or ends in .js or .css, counts as a path, so spread "
            "such code over more than one line."
        )
    pattern = value.strip()
    if _unsafe(pattern):
        raise DeskAPIError(
            f"st.components.v2.component({name!r}): {param}={value!r} must be a path inside the component's "
            "asset_dir, without a leading slash or '..'."
        )
    if _GLOB.search(pattern):
        matches = sorted(path for path in folder.glob(pattern) if path.is_file())
    else:
        matches = [folder / pattern] if (folder / pattern).is_file() else []
    matches = [path.resolve() for path in matches if path.resolve().is_relative_to(folder)]
    if len(matches) != 1:
        found = ", ".join(str(path.relative_to(folder)) for path in matches) or "no file"
        raise DeskAPIError(
            f"st.components.v2.component({name!r}): {param}={value!r} must name exactly one file in {folder}, "
            f"and it matches {found}."
        )
    return folder, matches[0].relative_to(folder).as_posix()


def asset_url(name: str, relative: str) -> str:
    """The URL the page loads an asset from (the component's folder route)."""
    return f"/component/{quote(name, safe='')}/{quote(relative)}"
