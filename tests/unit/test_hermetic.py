"""The test run is hermetic: user folders point into a fresh temporary HOME (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import platformdirs

from desk.packager.payload import cache_folder
from desk.shell import geometry


def test_home_and_user_folders_are_a_fresh_temporary_folder() -> None:
    home = Path.home()
    assert home.name.startswith("desk-test-home-")
    assert home != Path(os.path.expanduser("~" + os.environ.get("USER", "root"))), "not the user's real home"
    for folder in (
        platformdirs.user_cache_dir("desk"),
        platformdirs.user_config_dir("desk"),
        platformdirs.user_log_dir("desk"),
        platformdirs.user_data_dir("desk"),
    ):
        assert Path(folder).is_relative_to(home), folder
    assert not (home / ".streamlit").exists() and not (home / ".desk").exists()


def test_desk_folders_follow_the_temporary_home() -> None:
    home = Path.home()
    build_cache = cache_folder()
    assert build_cache is not None and build_cache.is_relative_to(home)
    for folder in (geometry.config_dir(), geometry.log_dir(), geometry.instance_dir()):
        assert folder.is_relative_to(home), folder


def test_child_processes_inherit_the_temporary_home() -> None:
    code = "import platformdirs; print(platformdirs.user_cache_dir('desk'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert Path(out).is_relative_to(Path.home())


def test_outer_desk_variables_are_dropped() -> None:
    leaked = {n for n in os.environ if n.startswith("DESK_")} - {"DESK_REQUIRE_BROWSER", "DESK_CACHE_DIR"}
    assert not leaked, leaked
