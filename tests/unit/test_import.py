"""`import desk` must stay light: no heavy library, few modules, quick."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ["pandas", "pyarrow", "numpy", "webview", "PyInstaller", "matplotlib", "PIL", "tornado"]

PROBE = """
import json, sys, time
before = set(sys.modules)
start = time.perf_counter()
import desk
elapsed = time.perf_counter() - start
new = sorted(set(sys.modules) - before)
print(json.dumps({"elapsed": elapsed, "new": new}))
"""


def _probe() -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_import_desk_pulls_in_no_heavy_library() -> None:
    new = _probe()["new"]
    assert isinstance(new, list)
    for heavy in HEAVY:
        assert not any(m == heavy or m.startswith(heavy + ".") for m in new), f"import desk imported {heavy}"


def test_import_desk_loads_few_modules_and_is_quick() -> None:
    result = _probe()
    new = result["new"]
    assert isinstance(new, list)
    desk_modules = [m for m in new if m == "desk" or m.startswith("desk.")]
    assert desk_modules == ["desk"], f"import desk should load only the package itself, got {desk_modules}"
    assert len(new) < 40, f"import desk loaded {len(new)} modules: {new}"
    # A generous bound: the real figure is a few milliseconds; this only catches a heavy import sneaking in.
    elapsed = result["elapsed"]
    assert isinstance(elapsed, float) and elapsed < 1.0


def test_public_names_resolve() -> None:
    import desk

    missing = []
    for name in desk.__all__:
        try:
            getattr(desk, name)
        except (AttributeError, ImportError) as error:
            missing.append(f"{name}: {error}")
    assert not missing, "public names that do not resolve:\n" + "\n".join(missing)


WIDGET_PROBE = """
import json, sys
import desk
import desk.elements.widgets as widgets
desk.button, desk.checkbox
loaded = sorted(m for m in sys.modules if m.startswith("desk.elements.widgets."))
print(json.dumps({"loaded": loaded, "listed": "slider" in dir(widgets)}))
"""


def test_a_widget_imports_only_its_own_family() -> None:
    """A script's first run pays for the widget families it uses, not for all of them."""
    out = subprocess.run([sys.executable, "-c", WIDGET_PROBE], capture_output=True, text=True, check=True, timeout=60)
    result = json.loads(out.stdout)
    families = {name for name in result["loaded"] if name != "desk.elements.widgets._common"}
    assert families == {"desk.elements.widgets.buttons", "desk.elements.widgets.choice"}
    assert result["listed"]  # dir() lists the widgets of families not loaded yet


def test_every_widget_resolves_to_its_familys_function() -> None:
    import desk
    import desk.elements.widgets as widgets

    listed = {name for names in widgets.FAMILIES.values() for name in names}
    assert listed == set(widgets.__all__)
    for family, names in widgets.FAMILIES.items():
        for name in names:
            function = getattr(widgets, name)
            assert function.__module__ == f"desk.elements.widgets.{family}", name
            assert getattr(desk, name) is function, name
    from desk.elements.widgets import slider  # from-imports resolve too

    assert slider is desk.slider
