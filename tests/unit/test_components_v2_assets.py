"""st.components.v2 files of installed packages: the asset_dir a package's pyproject.toml declares."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.components import v1, v2, v2_assets
from desk.errors import DeskAPIError
from desk.testing import AppTest

NAME = "desk-test-chips.chips"
MODULE = "export default function ({ parentElement }) {\n  parentElement.querySelector('p').textContent = 'from the package';\n}\n"


def install_chips_package(site: Path) -> Path:
    """A package ``desk-test-chips`` installed in ``site``, declaring the component ``chips``; its asset folder."""
    package = site / "desk_test_chips"
    build = package / "frontend" / "build"
    build.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "pyproject.toml").write_text(
        '[project]\nname = "desk-test-chips"\nversion = "0.1"\n\n'
        '[[tool.streamlit.component.components]]\nname = "chips"\nasset_dir = "frontend/build"\n\n'
        '[[tool.streamlit.component.components]]\nname = "escapes"\nasset_dir = "../.."\n',
        encoding="utf-8",
    )
    (build / "index-a1b2.js").write_text(MODULE, encoding="utf-8")
    (build / "style.css").write_text("p { color: rgb(0, 0, 255); }\n", encoding="utf-8")
    info = site / "desk_test_chips-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: desk-test-chips\nVersion: 0.1\n", encoding="utf-8")
    (info / "RECORD").write_text("desk_test_chips/__init__.py,,\ndesk_test_chips/pyproject.toml,,\n", encoding="utf-8")
    return build


@pytest.fixture
def chips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    build = install_chips_package(tmp_path / "site")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    saved_v1, saved_v2 = dict(v1.registry), dict(v2.registry)
    v2_assets.asset_folders.cache_clear()
    yield build.resolve()
    v2_assets.asset_folders.cache_clear()
    v1.registry.clear()
    v1.registry.update(saved_v1)
    v2.registry.clear()
    v2.registry.update(saved_v2)


def test_js_and_css_paths_name_files_of_the_asset_dir_which_desk_serves(chips: Path) -> None:
    at = AppTest.from_string(
        f"""
        import streamlit as st
        chips = st.components.v2.component({NAME!r}, html="<p></p>", js="index-*.js", css="style.css")
        chips()
        """
    ).run()
    assert not at.exception
    node = at.get("bidi_component")[0]
    assert node.proto["js_url"] == f"/component/{NAME}/index-a1b2.js" and node.proto["js"] == ""
    assert node.proto["css_url"] == f"/component/{NAME}/style.css" and node.proto["css"] == ""
    assert v1.registry[NAME] == chips
    assert v1.component_file(NAME, "index-a1b2.js") == chips / "index-a1b2.js"


def test_inline_text_and_paths_are_told_apart_as_streamlit_does() -> None:
    looks = v2_assets.looks_like_path
    assert looks("index-*.js") and looks("build/index.js") and looks("style.css") and looks("./x")
    assert not looks("export default function (c) {}")
    assert not looks("p { color: red; }")
    assert not looks("export default function (c) {\n  c.parentElement.innerHTML = '<b>a/b</b>';\n}")


@pytest.mark.parametrize(
    ("js", "message"),
    [
        ("missing-*.js", r"js='missing-\*.js' must name exactly one file .* and it matches no file"),
        ("*", r"js='\*' must name exactly one file .* and it matches index-a1b2.js, style.css"),
        ("../desk_test_chips/__init__.py", r"must be a path inside the component's asset_dir, without a leading slash or '..'"),
        ("/etc/passwd.js", r"must be a path inside the component's asset_dir"),
    ],
)
def test_asset_paths_must_name_one_file_inside_the_folder(chips: Path, js: str, message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        v2.component(NAME, js=js)


def test_a_path_without_a_declared_asset_dir_explains_what_to_do(chips: Path) -> None:
    with pytest.raises(DeskAPIError, match=r"looks like a file path, which needs the component declared with an asset_dir"):
        v2.component("my_app_component", js="index.js")
    with pytest.raises(DeskAPIError, match=r"spread such code over more than one line"):
        v2.component("desk-test-chips.unknown", js="export default (c) => c.parentElement.append('a/b');")
    assert v2_assets.asset_folder("desk-test-chips.escapes") is None  # an asset_dir outside the package is ignored
