"""st.secrets: files in order, read-only access, environment export, and AppTest's override."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk.runtime.secrets import Secrets, SecretSection, secret_paths
from desk.testing import AppTest


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake home folder and an empty working directory, so no real secrets are read."""
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    return home


def _secrets_file(folder: Path, text: str) -> Path:
    path = folder / ".streamlit" / "secrets.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_secrets_merge_home_cwd_and_script_folder_later_wins(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # setenv records the variables so that the values exported by st.secrets are undone afterwards.
    monkeypatch.setenv("DESK_TEST_TOKEN", "unset")
    monkeypatch.setenv("DESK_TEST_LEVEL", "unset")
    _secrets_file(home, 'DESK_TEST_TOKEN = "home"\nDESK_TEST_LEVEL = 1\nonly_home = "h"\n')
    _secrets_file(Path.cwd(), 'DESK_TEST_LEVEL = 2\n[db]\nuser = "cwd-user"\n')
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    _secrets_file(app_dir, 'DESK_TEST_TOKEN = "script"\n[db]\nuser = "script-user"\nport = 5432\n')
    app = app_dir / "app.py"
    app.write_text(
        "import streamlit as st\n"
        "st.text(f\"{st.secrets.DESK_TEST_TOKEN} {st.secrets['DESK_TEST_LEVEL']} {st.secrets.only_home}\")\n"
        "st.text(f\"{st.secrets.db.user} {st.secrets['db']['port']} {'db' in st.secrets} {sorted(st.secrets)}\")\n"
    )
    at = AppTest.from_file(app).run()
    assert at.text.values == [
        "script 2 h",
        "script-user 5432 True ['DESK_TEST_LEVEL', 'DESK_TEST_TOKEN', 'db', 'only_home']",
    ]
    assert os.environ["DESK_TEST_TOKEN"] == "script"
    assert os.environ["DESK_TEST_LEVEL"] == "2"


def test_secrets_are_read_only(home: Path) -> None:
    _secrets_file(Path.cwd(), 'key = "value"\n[section]\ninner = 1\n')
    secrets = Secrets()
    assert secrets["key"] == "value"
    assert isinstance(secrets.section, SecretSection)
    with pytest.raises(TypeError, match="st.secrets is read-only: set secrets in secrets.toml, not in the script."):
        secrets["key"] = "other"
    with pytest.raises(TypeError, match="st.secrets is read-only"):
        secrets.key = "other"
    with pytest.raises(TypeError, match=r"st.secrets.section is read-only"):
        secrets.section["inner"] = 2
    with pytest.raises(TypeError, match="secrets cannot be deleted"):
        del secrets["key"]
    assert secrets.to_dict() == {"key": "value", "section": {"inner": 1}}


def test_missing_keys_raise_key_and_attribute_errors(home: Path) -> None:
    _secrets_file(Path.cwd(), "[db]\nuser = 'u'\n")
    secrets = Secrets()
    with pytest.raises(KeyError, match='st.secrets has no key "nope". Add it to secrets.toml.'):
        secrets["nope"]
    with pytest.raises(AttributeError, match='st.secrets.db has no attribute "password"'):
        _ = secrets.db.password
    assert secrets.get("nope", "fallback") == "fallback"


def test_no_secrets_file_raises_file_not_found_on_access(home: Path) -> None:
    secrets = Secrets()
    assert secrets.load_if_toml_exists() is False
    with pytest.raises(FileNotFoundError, match=r"No secrets found\. st\.secrets reads secrets\.toml from these places: "):
        secrets["anything"]
    assert repr(secrets) == "{}"


def test_an_edited_secrets_file_is_read_again(home: Path) -> None:
    path = _secrets_file(Path.cwd(), 'level = "one"\n')
    secrets = Secrets()
    assert secrets["level"] == "one"
    path.write_text('level = "two"\n')
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    assert secrets["level"] == "two"


def test_repr_hides_the_values(home: Path) -> None:
    _secrets_file(Path.cwd(), 'password = "hunter2"\n')
    assert "hunter2" not in repr(Secrets())


def test_apptest_secrets_override_the_files(home: Path) -> None:
    _secrets_file(Path.cwd(), 'api_key = "from-file"\n')
    at = AppTest.from_string("import streamlit as st\nst.text(st.secrets['api_key'])\nst.text(st.secrets.db.host)\n")
    at.secrets["api_key"] = "from-test"
    at.secrets["db"] = {"host": "localhost"}
    at.run()
    assert at.text.values == ["from-test", "localhost"]


def test_search_order() -> None:
    folder = Path("/some/app")
    paths = secret_paths(folder)
    assert paths[0] == Path.home() / ".streamlit" / "secrets.toml"
    assert paths[-1] == folder / ".streamlit" / "secrets.toml"
