"""``python -m desk.protocol --typescript``: the frontend's types come from desk/protocol.py."""

from __future__ import annotations

import subprocess
import sys
import typing
from pathlib import Path

import pytest

from desk import protocol

REPO = Path(__file__).resolve().parents[2]


def test_every_message_has_an_interface_with_its_tag() -> None:
    text = protocol.typescript()
    for union in (protocol.ServerMessage, protocol.ClientMessage):
        for cls in typing.get_args(union):
            assert f"export interface {cls.__name__} {{\n" in text
            assert f'  type: "{cls.__name__}";\n' in text
    assert "export type ServerMessage =\n  | NewRun\n  | Delta\n" in text
    assert "export type ClientMessage =\n  | Hello\n" in text
    assert 'export type ClientMessageType = ClientMessage["type"];' in text


def test_field_types_are_spelled_in_typescript() -> None:
    text = protocol.typescript()
    assert "export interface Node {\n  type: string;\n  props: Record<string, unknown>;\n  id: string | null;\n  block: boolean;\n}" in text
    assert "  path: DeltaPath;\n  node: Node;\n" in text
    assert "  status: RunStatus;\n  fragment_ids: string[];\n  scopes: DeltaPath[] | null;\n" in text
    assert 'export type RunStatus = "ok" | "stopped" | "rerun" | "compile_error" | "fragment_ok" | "error";' in text
    assert "  interval: number;\n" in text
    assert "export const ROOT_SIDEBAR = 1;" in text
    assert "export interface BinaryRef {\n  $binary: string;" in text


def test_client_fields_with_defaults_are_optional_and_server_fields_never_are() -> None:
    text = protocol.typescript()
    assert "export interface Hello {\n  type: \"Hello\";\n  session_id?: string | null;\n  query_string?: string;" in text
    assert "export interface WidgetChanged {\n  type: \"WidgetChanged\";\n  widget_id: string;\n  value: unknown;\n}" in text
    server_part = text.split("export type ServerMessage =")[0]
    assert "?:" not in server_part


def test_unknown_annotation_is_an_error() -> None:
    with pytest.raises(TypeError, match="no TypeScript spelling for"):
        protocol.ts_type(set[int])


def test_write_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "src" / "protocol.gen.ts"
    assert protocol.main(["--check", "--out", str(out)]) == 1
    assert protocol.main(["--typescript", "--out", str(out)]) == 0
    assert out.read_text() == protocol.typescript()
    assert protocol.main(["--typescript", "--check", "--out", str(out)]) == 0
    out.write_text(out.read_text() + "// edited\n")
    assert protocol.main(["--check", "--out", str(out)]) == 1
    assert "is stale: run `python -m desk.protocol --typescript`" in capsys.readouterr().err
    assert protocol.main([]) == 2


def test_module_runs_as_a_script(tmp_path: Path) -> None:
    out = tmp_path / "protocol.gen.ts"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-m", "desk.protocol", "--typescript", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text() == protocol.typescript()


def test_committed_frontend_types_are_current() -> None:
    generated = REPO / protocol.TYPESCRIPT_PATH
    if not generated.parent.is_dir():
        pytest.skip("no frontend/src in this checkout")
    assert generated.read_text() == protocol.typescript(), "run `python -m desk.protocol --typescript`"
