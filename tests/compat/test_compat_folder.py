"""``bench/compat.py --dir``: the differential report over any folder of scripts (issue 15).

The recording here is made by desk itself (a stand-in for Streamlit's), with one value
changed afterwards, so the report must find exactly that difference; the folder's scripts
check the working directory, the seeded random numbers, a multipage sub-folder and the
"environment" count.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import compat_harness as harness
import pytest

from desk.testing import AppTest

ROOT = Path(__file__).resolve().parents[2]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "examples"
    (folder / "multi").mkdir(parents=True)
    (folder / "note.txt").write_text("read from the working directory")
    (folder / "reads_file.py").write_text(
        "import random\nimport streamlit as st\n\n"
        "st.write(open('note.txt').read())\nst.write(random.randint(0, 10**9))\n"
    )
    (folder / "changed.py").write_text("import streamlit as st\n\nst.title('Recorded title')\n")
    (folder / "raises.py").write_text("import streamlit as st\n\nraise ValueError('in the engine words')\n")
    (folder / "missing_module.py").write_text("import streamlit as st\nimport no_such_module_for_desk\n")
    (folder / "single").mkdir()
    (folder / "single" / "only.py").write_text(
        "import streamlit as st\n\nst.write(open('here.txt').read())\n"
    )
    (folder / "single" / "here.txt").write_text("the sub-folder is the working directory")
    (folder / "menu").mkdir()  # app.py is the main script; it imports a module beside it
    (folder / "menu" / "app.py").write_text(
        "import streamlit as st\nfrom helper import TEXT\n\nst.write(TEXT)\n"
    )
    (folder / "menu" / "helper.py").write_text("TEXT = 'imported from beside the script'\n")
    (folder / "two").mkdir()  # two scripts, neither streamlit_app.py nor app.py: no app
    (folder / "two" / "a.py").write_text("import streamlit as st\n")
    (folder / "two" / "b.py").write_text("import streamlit as st\n")
    (folder / "multi" / "home.py").write_text("import streamlit as st\n\nst.title('Home page')\n")
    (folder / "multi" / "streamlit_app.py").write_text(
        "import streamlit as st\n\nst.navigation([st.Page('home.py')]).run()\n"
    )
    return folder


def test_a_folder_is_recorded_and_reported_in_its_own_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    for name in ("APPS", "FIXTURE", "WORKDIR"):
        monkeypatch.setattr(harness, name, getattr(harness, name))  # restored after the test
    harness.use_folder(folder)
    assert harness.app_names() == [
        "changed",
        "menu/app",
        "missing_module",
        "multi/streamlit_app",
        "raises",
        "reads_file",
        "single/only",
    ]
    apps = {name: harness.run_app(name, AppTest, harness.desk_tree) for name in harness.app_names()}
    reads = apps["reads_file"]["trees"][0]["main"]
    assert reads[0]["value"] == "read from the working directory"
    again = harness.run_app("reads_file", AppTest, harness.desk_tree)
    assert again["trees"] == apps["reads_file"]["trees"], "the random numbers are seeded for every run"
    assert apps["multi/streamlit_app"]["trees"][0]["main"][0]["value"] == "Home page"
    assert apps["menu/app"]["trees"][0]["main"][0]["value"] == "imported from beside the script"
    assert apps["single/only"]["trees"][0]["main"][0]["value"] == "the sub-folder is the working directory"
    apps["changed"]["trees"][0]["main"][0]["value"] = "Streamlit's title"
    assert apps["raises"]["trees"][0]["main"][0]["type"] == "exception"
    apps["raises"]["trees"][0]["main"][0]["value"] = "Streamlit's own wording of the error"
    harness.FIXTURE.write_text(json.dumps({"streamlit": "stand-in", "apps": apps}))

    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "compat.py"), "--dir", str(folder), "-v"],
        capture_output=True, text=True, timeout=110, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # a difference was found
    lines = done.stdout.splitlines()
    assert "apps:              7" in lines
    assert "Streamlit runs:    6" in lines
    assert "desk runs:         6 of 6" in lines
    assert "trees matching:    4 of 6" in lines
    assert any(line.startswith("matching, wording aside: 5 of 6") for line in lines)
    assert any(line.startswith("raises") and "wording:" in line for line in lines)
    assert any(line.startswith("environment:       1") for line in lines)
    assert any(line.startswith("changed") and "Recorded title" in line for line in lines)
    assert any(line.startswith("missing_module") and "no_such_module_for_desk" in line for line in lines)
