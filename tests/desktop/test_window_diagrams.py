"""The lazy chunks of st.mermaid_chart, st.echarts_chart and st.pdf work in the window's engine
(Qt WebEngine), not only in Debian's Chromium: each draws, and pdf.js's worker runs."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.desktop.conftest import WindowLauncher
from tests.unit.test_pdf import sample_pdf

APP = """
import streamlit as st
st.mermaid_chart("graph LR\\n  Start --> Finish", alt="flow")
st.echarts_chart({"xAxis": {"type": "category", "data": ["a", "b"]}, "yAxis": {},
                  "series": [{"type": "bar", "data": [1, 2]}]}, renderer="svg", alt="bars")
st.pdf("doc.pdf", height=300, alt="doc")
st.text("ready")
"""


def test_new_elements_draw_in_qt_webengine(launcher: WindowLauncher, tmp_path: Path) -> None:
    (tmp_path / "doc.pdf").write_bytes(sample_pdf(("One", "Two")))
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(APP), encoding="utf-8")
    run = launcher.start(
        script,
        """
        wait_text("ready")
        wait_for("document.querySelector('.mermaid-chart svg text, .mermaid-chart svg foreignObject') !== null", 60)
        wait_for("document.querySelectorAll('.echarts-chart svg path').length > 0", 60)
        wait_for("document.querySelectorAll('canvas.pdf-page').length === 2", 60)
        report(
            mermaid=js("[...document.querySelectorAll('.mermaid-chart svg')].map(s => s.textContent).join(' ')"),
            pages=js("document.querySelector('.pdf-pages').dataset.pages"),
            errors=js("[...document.querySelectorAll('[role=alert]')].map(e => e.innerText)"),
        )
        window.destroy()
        """,
    )
    assert run.wait(120) == 0, run.stderr
    results = run.results
    assert "hook_error" not in results, results
    assert "Start" in results["mermaid"] and "Finish" in results["mermaid"]
    assert results["pages"] == "2"
    assert results["errors"] == []
