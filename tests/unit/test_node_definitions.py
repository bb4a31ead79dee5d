"""Each node type has one typed definition, a generated props interface and schema, and a component.

The Python side, the generated ``frontend/src/nodes.gen.ts`` and the registered components
must name the same node types; a type the engine emits without a component (or the
reverse) fails here, before a user sees an "Unknown element type" card.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desk.elements import definitions as defs
from desk.elements import typescript as gen
from desk.elements.text import MARKDOWN, HeadingProps, MarkdownProps
from desk.testing import AppTest

REPO = Path(__file__).resolve().parents[2]
ELEMENTS = REPO / "frontend" / "src" / "elements"

# Functions whose first argument, a string literal, is the type of the node they emit.
EMITTERS = {"Node", "widget", "element", "_block", "_boolean", "_button_group", "_upload_widget", "_chart_widget"}
# AppTest's stand-ins for the two roots; never sent to a client.
ROOTS = {"Main", "Sidebar", "Bottom"}  # the AppTest views of the roots (at.main, at.sidebar, at.bottom)


def emitted_types() -> set[str]:
    """The node types desk's Python code emits: defined ones, and string literals given to an emitter."""
    found = set(gen.definitions())
    for path in (REPO / "desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name in EMITTERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found - ROOTS


def component_types() -> dict[str, str]:
    """Node type -> the source of its registered component in frontend/src/elements (core or on demand)."""
    index = (ELEMENTS / "index.ts").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    listed = re.findall(r'^import (\w+)El from "\./(\w+)";$', index, flags=re.M)
    # Elements loaded when first drawn: onDemand(Spec, () => import("./Module")).
    listed += re.findall(r'^  onDemand\((\w+), \(\) => import\("\./(\w+)"\)\),$', index, flags=re.M)
    assert len({name for name, _ in listed}) == len(listed), "an element is listed twice in elements/index.ts"
    for name, module in listed:
        source = (ELEMENTS / f"{module}.tsx").read_text(encoding="utf-8")
        match = re.search(r"defineNode\((\w+), ", source) or re.search(r'defineElement(?:<.*?>)?\(\{\n  type: "(\w+)"', source)
        assert match, f"{module}.tsx defines no element"
        assert match.group(1) == module == name, f"{module}.tsx draws {match.group(1)!r}: name the file after the type"
        out[match.group(1)] = source
    drawing = {p.stem for p in ELEMENTS.glob("*.tsx") if re.search(r"defineNode\(|defineElement\b", p.read_text(encoding="utf-8"))}
    assert drawing == set(out), "every element module must be listed in elements/index.ts"
    return out


def generated_types() -> list[str]:
    text = (REPO / gen.TYPESCRIPT_PATH).read_text(encoding="utf-8")
    return re.findall(r"^export const (\w+): NodeSpec<\1Props> = \{$", text, flags=re.M)


def test_every_emitted_type_has_a_component_and_every_component_a_type() -> None:
    assert emitted_types() == set(component_types())


def test_every_emitted_type_has_a_definition() -> None:
    assert emitted_types() <= set(gen.definitions())


def test_every_definition_has_a_generated_spec_and_the_reverse() -> None:
    assert generated_types() == list(gen.definitions())


def test_the_generated_file_is_current() -> None:
    assert (REPO / gen.TYPESCRIPT_PATH).read_text(encoding="utf-8") == gen.typescript()


def test_defined_components_draw_the_generated_props_with_no_hand_written_schema() -> None:
    components = component_types()
    for name in gen.definitions():
        source = components[name]
        assert f"defineNode({name}, " in source, name
        assert re.search(rf"import \{{ {name}\b[^}}]*\}} from \"\.\./nodes\.gen\";", source), name
        assert "interface P " not in source and "schema:" not in source, name


def test_every_prop_has_a_type_and_a_one_line_description() -> None:
    for definition in gen.definitions().values():
        docs = gen.field_docs(definition.props)
        for item in dataclasses.fields(definition.props):
            assert docs.get(item.name), f"{definition.props.__name__}.{item.name} has no description"
            assert "\n" not in docs[item.name], f"{definition.props.__name__}.{item.name}: one line"
        assert re.fullmatch(r"[a-z_]+", definition.apptest), definition.type


def test_props_travel_as_before_with_omitted_props_left_out() -> None:
    props = MarkdownProps(body="**hi**", allow_html=False, help=None, width="stretch")
    assert MARKDOWN.node(props).props == {"body": "**hi**", "allow_html": False, "help": None, "width": "stretch"}
    centred = HeadingProps(
        body="T", level=1, anchor="t", help=None, divider=None, width="stretch", icon="🔥", text_alignment="center"
    )
    assert centred.wire()["icon"] == "🔥" and centred.wire()["text_alignment"] == "center"


def test_nodes_the_engine_builds_below_the_elements_layer_match_their_definitions() -> None:
    """The runtime cannot import the definitions (they sit a layer above it), so its nodes are checked here."""
    from desk.runtime.runner import exception_node

    try:
        raise ValueError("boom")
    except ValueError as error:
        node = exception_node(error)
    nodes = [node]
    app = AppTest.from_string(
        """
        import streamlit as st

        @st.dialog("Hello")
        def show():
            st.write("inside")

        @st.fragment
        def part():
            st.write("part")

        part()
        show()
        """
    ).run()
    nodes += list(app.session.view.nodes.values())
    checked = set()
    for node in nodes:
        definition = defs.DEFINITIONS.get(node.type)
        if definition is not None:
            definition.props(**node.props)  # raises on a missing or unknown prop
            checked.add(node.type)
    assert {"Exception", "Dialog", "Container"} <= checked


def test_a_wrong_prop_is_an_error() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        MarkdownProps(body="x", allow_html=False, help=None, width="stretch", colour="red")  # type: ignore[call-arg]


def test_a_type_or_props_class_is_defined_once() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        defs.define("Markdown", MarkdownProps, apptest="markdown")


def test_schema_checks_follow_the_python_types() -> None:
    assert gen.schema_check(str | None) == "nullable(str)"
    assert gen.schema_check(str | int) == "oneOf(str, num)"
    assert gen.schema_check(float | list[float]) == "oneOf(num, arrayOf(num))"
    with pytest.raises(TypeError, match="no schema check for"):
        gen.schema_check(set[int])


def test_write_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nodes.gen.ts"
    assert gen.main(["--check", "--out", str(out)]) == 1
    assert gen.main(["--typescript", "--out", str(out)]) == 0
    assert gen.main(["--check", "--out", str(out)]) == 0
    out.write_text(out.read_text() + "// edited\n")
    assert gen.main(["--check", "--out", str(out)]) == 1
    assert "is stale: run `python -m desk.elements.typescript --typescript`" in capsys.readouterr().err


def test_the_module_runs_as_a_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desk.elements.typescript", "--check"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_data_nodes_fit_their_definitions_with_num_rows_a_count_or_a_mode() -> None:
    """Dataframe (plain and selectable), Table and DataEditor are built from their props dataclasses."""
    app = AppTest.from_string(
        """
        import streamlit as st

        rows = [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3, "b": "z"}]
        st.dataframe(rows)
        st.dataframe(rows, on_select="rerun", key="picked")
        st.table(rows, border="horizontal")
        st.data_editor(rows, num_rows="dynamic", disabled=["b"], key="ed")
        """
    ).run()
    nodes = {(node.type, node.id is not None): node for node in app.session.view.nodes.values()}
    assert set(nodes) == {("Dataframe", False), ("Dataframe", True), ("Table", False), ("DataEditor", True)}
    widget_fields = {item.name for item in dataclasses.fields(defs.WidgetState)}
    for (kind, is_widget), node in nodes.items():
        definition = defs.DEFINITIONS[kind]
        own = {name: value for name, value in node.props.items() if not (is_widget and name in widget_fields)}
        props = definition.props(**own)  # raises on a missing or unknown prop
        assert props.wire() == own
        assert node.props["total_rows"] == 3 and node.props["window_rows"] == 3
    assert nodes["Dataframe", False].props["num_rows"] == 3
    assert nodes["Table", False].props["num_rows"] == 3
    assert nodes["DataEditor", True].props["num_rows"] == "dynamic"
    assert nodes["DataEditor", True].props["value"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert nodes["DataEditor", True].props["column_config"] == {"b": {"disabled": True}}
    assert nodes["Dataframe", True].props["value"] == {"selection": {"rows": [], "columns": [], "cells": []}}
    assert nodes["Dataframe", True].props["selection_mode"] == ["multi-row"]


def test_apptest_names_data_elements_as_streamlit_does() -> None:
    app = AppTest.from_string(
        """
        import streamlit as st

        st.dataframe([1, 2])
        st.data_editor([3, 4])
        st.table([5, 6])
        """
    ).run()
    assert [e.type for e in app.dataframe] == ["dataframe", "dataframe"]  # as Streamlit's AppTest names them
    assert [e.node.type for e in app.dataframe] == ["Dataframe", "DataEditor"]
    assert [e.node.type for e in app.data_editor] == ["DataEditor"]
    assert [e.type for e in app.table] == ["table"]
    assert app.table[0].border is True and app.data_editor[0].num_rows == "fixed"
    assert [len(app.get(name)) for name in ("dataframe", "table")] == [2, 1]
