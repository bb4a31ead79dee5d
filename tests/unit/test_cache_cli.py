"""``desk cache list | info | clear``: tables, app names and unknown apps."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.cache import cli, disk, encoding, locations
from desk.cli import main as desk_main


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("DESK_CACHE_DIR", str(folder))
    return folder


def _fill(root: Path, script: Path, entries: dict[str, int]) -> str:
    app_id = locations.app_id_for_script(script)
    store = disk.DiskCache(root, app_id, script=str(script))
    for index, (name, size) in enumerate(entries.items()):
        store.put(f"{index:02x}{name.encode().hex()}", function=f"fn-{name}", name=name, encoded=encoding.encode(b"x" * size, []))
    store.close()
    return app_id


def test_list_shows_apps_entries_sizes_and_scripts(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sales = _fill(root, tmp_path / "sales.py", {"load": 2048, "summary": 100})
    _fill(root, tmp_path / "other.py", {"fetch": 10})
    assert cli.main(["list"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["APP", "ENTRIES", "SIZE", "LAST", "USED", "SCRIPT"]
    row = next(line for line in lines if line.startswith(sales))
    assert row.split()[1] == "2"
    assert "KB" in row and str(tmp_path / "sales.py") in row
    assert "2 app(s)" in out


def test_list_with_no_caches(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert desk_main(["cache", "list"]) == 0
    assert capsys.readouterr().out.strip() == f"No app caches in {root}."


def test_info_by_id_prefix_and_script_path(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app_id = _fill(root, tmp_path / "sales.py", {"load": 2048, "summary": 100})
    for name in (app_id, "sales", str(tmp_path / "sales.py")):
        assert cli.main(["info", name]) == 0
        out = capsys.readouterr().out
        assert f"App:       {app_id}" in out
        assert "Entries:   2" in out
        functions = [line.split()[0] for line in out.splitlines()[-2:]]
        assert functions == ["load", "summary"]


def test_clear_one_app_and_all(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sales = _fill(root, tmp_path / "sales.py", {"load": 2048})
    other = _fill(root, tmp_path / "other.py", {"fetch": 10})
    assert cli.main(["clear", sales]) == 0
    assert sales in capsys.readouterr().out
    assert disk.DiskCache(root, sales).entries() == []
    assert len(disk.DiskCache(root, other).entries()) == 1
    assert cli.main(["clear"]) == 0
    assert disk.DiskCache(root, other).entries() == []


def test_unknown_apps_are_refused_helpfully(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", "nope"]) == 1
    assert "there are no app caches" in capsys.readouterr().err
    sales = _fill(root, tmp_path / "sales.py", {"load": 1})
    assert cli.main(["clear", "nope"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"desk cache: no cache for app 'nope'. Known apps: {sales}. Run `desk cache list` to see them."
    )


def test_bad_usage_prints_the_usage(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["frobnicate"]) == 2
    assert "usage: desk cache list" in capsys.readouterr().err
    assert cli.main([]) == 2
    assert cli.main(["info"]) == 2


def test_human_sizes() -> None:
    assert [cli.human_size(n) for n in (0, 1023, 1536, 5 * 1024**2, 3 * 1024**3)] == [
        "0 B",
        "1023 B",
        "1.5 KB",
        "5.0 MB",
        "3.0 GB",
    ]
