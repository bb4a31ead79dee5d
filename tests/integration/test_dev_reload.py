"""``desk run --dev``: saving the script or a local module reruns the open sessions."""

from __future__ import annotations

import os
import time
from pathlib import Path

from wsclient import TOKEN, Client, run

from desk.config import Settings
from desk.server.app import start_server
from desk.server.reload import Reloader, forget_local_modules, watched_files


def _touch(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))


def test_saving_a_local_module_reruns_the_page_with_the_new_code(tmp_path: Path) -> None:
    helper = tmp_path / "dev_reload_helper_mod.py"
    helper.write_text("GREETING = 'hello v1'\n", encoding="utf-8")
    script = tmp_path / "app.py"
    script.write_text("import desk as st\nfrom dev_reload_helper_mod import GREETING\nst.markdown(GREETING)\n", encoding="utf-8")
    handle = start_server(script, Settings(), TOKEN, static_dir=tmp_path / "none", dev=True)
    try:

        async def scenario() -> None:
            client = await Client.connect(handle)
            await client.hello()
            await client.run_finished()
            assert "hello v1" in client.tree.bodies()
            _touch(helper, "GREETING = 'hello v2'\n")
            await client.until(lambda c: "hello v2" in c.tree.bodies(), timeout=10)
            _touch(script, "import desk as st\nst.markdown('script edited')\n")
            await client.until(lambda c: "script edited" in c.tree.bodies(), timeout=10)
            await client.close()

        run(scenario())
    finally:
        handle.stop()


def test_watcher_sees_changes_and_skips_tool_folders(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("x = 1\n")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "big.py").write_text("")
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("")
    files = watched_files(tmp_path)
    assert {p.name for p in files} == {"app.py", "config.toml"}
    seen: list[set[Path]] = []
    reloader = Reloader(tmp_path / "app.py", seen.append)
    assert reloader.check() == set()
    _touch(tmp_path / "app.py", "x = 2\n")
    assert reloader.check() == {tmp_path / "app.py"}
    (tmp_path / "app.py").unlink()
    assert reloader.check() == {tmp_path / "app.py"}


def test_forget_local_modules_drops_only_changed_files(tmp_path: Path) -> None:
    import sys
    import types

    module = types.ModuleType("desk_reload_probe")
    module.__file__ = str(tmp_path / "desk_reload_probe.py")
    sys.modules["desk_reload_probe"] = module
    assert forget_local_modules({tmp_path / "other.py"}) == []
    assert forget_local_modules({tmp_path / "desk_reload_probe.py"}) == ["desk_reload_probe"]
    assert "desk_reload_probe" not in sys.modules
