"""st.mermaid_chart, st.echarts_chart and st.pdf in Chromium: each draws from its lazy chunk,
errors show in place, an ECharts selection reaches the script, and a PDF's pages are drawn."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.browser.conftest import OpenApp
from tests.unit.test_pdf import sample_pdf


def test_mermaid_draws_a_diagram_and_shows_a_parse_error(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.mermaid_chart("graph LR\\n  Start --> Finish", alt="From start to finish")
        st.mermaid_chart("graph LR\\n  A -->")
        """
    )
    diagram = page.get_by_role("img", name="From start to finish")
    expect(diagram.locator("svg")).to_have_count(1)
    expect(diagram.get_by_text("Start", exact=True)).to_be_visible()
    expect(diagram.get_by_text("Finish", exact=True)).to_be_visible()
    error = page.get_by_role("alert")
    expect(error).to_contain_text("Could not draw the Mermaid diagram")
    expect(error).to_contain_text("Parse error")
    # The faulty text stays readable beside the error.
    expect(page.locator(".mermaid-chart .code-block")).to_contain_text("A -->")


def test_echarts_draws_and_reports_a_selection(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        spec = {
            "animation": False,
            "xAxis": {"type": "category", "data": ["a", "b", "c"]},
            "yAxis": {"type": "value"},
            "series": [{"type": "bar", "name": "Sales", "selectedMode": "multiple", "data": [1, 2, 3]}],
        }
        event = st.echarts_chart(spec, on_select="rerun", key="bars", renderer="svg", alt="Sales by letter", height=300)
        picked = event.selection.selected
        st.text(f"picked: {picked[0]['data_indices'] if picked else 'nothing'}")
        """
    )
    expect(page.get_by_text("picked: nothing")).to_be_visible()
    chart = page.locator(".echarts-chart")
    svg = chart.locator("svg").first
    expect(svg).to_be_visible()
    box = svg.bounding_box()
    assert box is not None and abs(box["height"] - 300) < 2
    # The streamlit theme colours the series with Streamlit's first colour.
    bars = chart.locator("svg path[fill='#0068c9']")
    expect(bars).to_have_count(3)
    bars.nth(2).click()
    expect(page.get_by_text("picked: [2]")).to_be_visible()
    bars.nth(0).click()
    expect(page.get_by_text("picked: [0, 2]")).to_be_visible()
    chart.locator("svg").first.dblclick(position={"x": 5, "y": 5})
    expect(page.get_by_text("picked: nothing")).to_be_visible()


def test_pdf_pages_are_drawn_from_media(open_app: OpenApp, tmp_path: Path) -> None:
    (tmp_path / "two.pdf").write_bytes(sample_pdf(("First page", "Second page")))
    page = open_app(
        f"""
        import streamlit as st
        st.pdf({str(tmp_path / "two.pdf")!r}, height=400, alt="Two pages")
        st.pdf(b"%PDF-1.4 not really a pdf")
        """
    )
    document = page.get_by_role("document", name="Two pages")
    expect(document).to_have_attribute("data-pages", "2")
    pages = document.locator("canvas.pdf-page")
    expect(pages).to_have_count(2)
    expect(pages.nth(1)).to_have_attribute("aria-label", "Two pages, page 2 of 2")
    viewer_box = page.locator(".pdf-viewer").first.bounding_box()
    assert viewer_box is not None and abs(viewer_box["height"] - 400) < 2
    # Something was drawn: the first page is not blank.
    inked = page.evaluate(
        """() => {
            const canvas = document.querySelector("canvas.pdf-page");
            const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height / 4).data;
            for (let i = 0; i < data.length; i += 4) if (data[i] < 128 && data[i + 3] > 0) return true;
            return false;
        }"""
    )
    assert inked
    expect(page.get_by_role("alert")).to_contain_text("Could not show the PDF")
    # pdf.js fetched the document from /media (streamed), in its worker from the bundle.
    fetched = page.evaluate("performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)")
    assert any(path.startswith("/media/") for path in fetched), fetched
    assert any("pdf.worker" in path for path in fetched), fetched
