"""What the server does at launch stays off the page's way: no needless imports (issue 18)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk.cache.locations import INDEX_NAME, app_id_for_script, existing_disk_cache, has_disk_cache
from desk.config import Settings

WARM_UP_PROBE = """
import json, sys
from pathlib import Path
from desk.config import Settings
from desk.server.app import _warm_up_cache
before = set(sys.modules)
_warm_up_cache(Path(sys.argv[1]), Settings(cache_dir=sys.argv[2]))
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_the_cache_warm_up_of_an_app_without_a_disk_cache_imports_none_of_the_cache(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import desk as st\n")
    out = subprocess.run(
        [sys.executable, "-c", WARM_UP_PROBE, str(script), str(tmp_path / "cache")],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    new = json.loads(out.stdout)
    for module in ("sqlite3", "desk.cache.api", "desk.cache.disk", "desk.cache.index"):
        assert module not in new, f"the warm-up of an app without a disk cache imported {module}"
    assert not (tmp_path / "cache").exists()


def test_has_disk_cache_is_true_once_the_apps_index_exists(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    settings = Settings(cache_dir=str(tmp_path / "cache"))
    assert not has_disk_cache(settings, script)
    folder = tmp_path / "cache" / "apps" / app_id_for_script(script)
    folder.mkdir(parents=True)
    (folder / INDEX_NAME).write_bytes(b"")
    assert has_disk_cache(settings, script)
    assert existing_disk_cache(settings, script) == (tmp_path / "cache", app_id_for_script(script))
    assert not has_disk_cache(Settings(cache_dir=str(tmp_path / "cache"), cache_persist=False), script)
    named = Settings(cache_dir=str(tmp_path / "cache"), app_id="Sales")
    assert not has_disk_cache(named, script)  # a built app's cache goes by its name
    (tmp_path / "cache" / "apps" / "Sales").mkdir()
    (tmp_path / "cache" / "apps" / "Sales" / INDEX_NAME).write_bytes(b"")
    assert has_disk_cache(named, script)
    assert existing_disk_cache(named, script) == (tmp_path / "cache", "Sales")


def test_desk_run_shortens_the_gils_switch_interval_before_serving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server's loop thread waits for the GIL at each wake-up: a script's run must not hold it 5 ms at a time."""
    from desk.server import launch as server_launch
    from desk.shell import launch

    script = tmp_path / "app.py"
    script.write_text("import desk as st\n")
    seen: list[float] = []
    monkeypatch.setattr(server_launch, "serve", lambda *args, **kwargs: seen.append(sys.getswitchinterval()) or 0)
    monkeypatch.setattr(server_launch, "configure_logging", lambda settings: None)
    previous = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        args = argparse.Namespace(script=str(script), port=None, host=None, token="t", headless=True, browser=False, dev=False)
        assert launch.run_from_cli(args) == 0
        assert seen == [pytest.approx(server_launch.SWITCH_INTERVAL, abs=1e-5)]
        assert server_launch.SWITCH_INTERVAL < 0.005
        sys.setswitchinterval(0.0002)  # a process that asked for less keeps it
        server_launch.prefer_the_server_loop()
        assert sys.getswitchinterval() == pytest.approx(0.0002, abs=1e-5)
    finally:
        sys.setswitchinterval(previous)


GC_PROBE = """
import argparse, gc, json, sys
import desk.shell.launch as launch

seen = []

class Spy:
    def find_spec(self, name, path=None, target=None):
        if name == "desk.server.launch":
            seen.append(gc.isenabled())
        return None

sys.meta_path.insert(0, Spy())
args = argparse.Namespace(script=sys.argv[1], port=None, host=None, token="t", headless=True, browser=False, dev=False)
code = launch.run_from_cli(args)  # no such script: it stops after the imports
frozen = gc.get_freeze_count() > 10000  # the server's modules, left out of later collections
print(json.dumps({"code": code, "collecting_while_importing": seen, "collecting_after": gc.isenabled(), "frozen": frozen}))
"""


def test_the_server_is_imported_with_the_collector_paused_and_it_resumes(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", GC_PROBE, str(tmp_path / "missing.py")],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert json.loads(out.stdout) == {
        "code": 2, "collecting_while_importing": [False], "collecting_after": True, "frozen": True,
    }  # fmt: skip


SETTINGS_PROBE = """
import json, sys
from pathlib import Path
from desk.config import load_settings
settings = load_settings(Path(sys.argv[1]))
print(json.dumps({"toml": "tomllib" in sys.modules, "port": settings.port}))
"""


def test_settings_without_config_files_are_read_without_a_toml_parser(tmp_path: Path) -> None:
    """`desk run` reads its settings before the server can listen: no parser for files that do not exist."""
    import os

    home, app = tmp_path / "home", tmp_path / "app"
    home.mkdir()
    app.mkdir()
    env = {**os.environ, "HOME": str(home), "USERPROFILE": str(home)}

    def probe() -> dict[str, object]:
        out = subprocess.run(
            [sys.executable, "-c", SETTINGS_PROBE, str(app)], capture_output=True, text=True, check=True, timeout=60, cwd=app, env=env
        )
        result: dict[str, object] = json.loads(out.stdout)
        return result

    assert probe() == {"toml": False, "port": Settings().port}
    (app / ".streamlit").mkdir()
    (app / ".streamlit" / "config.toml").write_text("[server]\nport = 8765\n")
    assert probe() == {"toml": True, "port": 8765}
    (app / ".streamlit" / "config.toml").write_text("[server\nport = ")
    out = subprocess.run([sys.executable, "-c", SETTINGS_PROBE, str(app)], capture_output=True, text=True, timeout=60, cwd=app, env=env)
    assert out.returncode != 0 and "Could not read the config file" in out.stderr


@pytest.mark.parametrize("broken", ["a folder", "bad toml"])
def test_an_unreadable_config_file_is_named_with_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str) -> None:
    from desk.config import load_settings
    from desk.errors import DeskAPIError

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "desk.toml"
    if broken == "a folder":
        config.mkdir()  # exists, but cannot be opened as a file
    else:
        config.write_text("[server\nport = ")
    with pytest.raises(DeskAPIError) as raised:
        load_settings(tmp_path)
    assert f"Could not read the config file {config}" in str(raised.value)
    assert str(raised.value).endswith("Fix or remove the file.")
