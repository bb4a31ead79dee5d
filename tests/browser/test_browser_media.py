"""Uploads, downloads, chat input and the lazy chart chunks in headless Chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)


def test_file_upload_reaches_the_script(open_app: OpenApp, tmp_path: Path) -> None:
    page = open_app(
        """
        import streamlit as st
        files = st.file_uploader("Data files", accept_multiple_files=True)
        st.write("Files: " + ", ".join(f"{f.name}={f.getvalue().decode()}" for f in files))
        """
    )
    sample = tmp_path / "hello.txt"
    sample.write_text("hi there", encoding="utf-8")
    page.get_by_label("Data files").set_input_files(str(sample))
    expect(page.get_by_text("Files: hello.txt=hi there")).to_be_visible()
    page.get_by_role("button", name="Remove hello.txt").click()
    expect(page.get_by_text("Files:", exact=True)).to_be_visible()


def test_max_upload_size_refuses_a_larger_file_with_a_message(open_app: OpenApp, tmp_path: Path) -> None:
    page = open_app(
        """
        import streamlit as st
        small = st.file_uploader("Small files", max_upload_size=1)
        big = st.file_uploader("Big files", max_upload_size=3)
        asked = st.chat_input("Ask", accept_file=True, max_upload_size=1)
        st.write(f"small={small and small.size} big={big and big.size}")
        """,
        max_upload_mb=2,
    )
    large = tmp_path / "large.bin"
    large.write_bytes(b"x" * (1024 * 1024 + 10))  # 1 MB and a little
    larger = tmp_path / "larger.bin"
    larger.write_bytes(b"y" * (2 * 1024 * 1024 + 10))  # over the server's own limit of 2 MB
    small = page.locator(".el-FileUploader").filter(has_text="Small files")
    expect(small).to_contain_text("Limit 1 MB per file")
    page.get_by_label("Small files").set_input_files(str(large))
    expect(small.get_by_role("alert")).to_have_text("large.bin is larger than 1 MB.")
    expect(page.get_by_text("small=None big=None")).to_be_visible()  # nothing was sent
    page.get_by_label("Big files").set_input_files(str(larger))  # the widget's limit replaces the server's
    expect(page.get_by_text(f"small=None big={2 * 1024 * 1024 + 10}")).to_be_visible()
    page.get_by_label("Files to attach").set_input_files(str(large))
    expect(page.locator(".chat-attachments").get_by_role("alert")).to_have_text("large.bin is larger than 1 MB.")


def test_download_button_saves_the_bytes(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        clicked = st.download_button("Get report", b"report body", file_name="report.txt")
        st.write(f"Clicked: {clicked}")
        """
    )
    with page.expect_download() as info:
        page.get_by_role("button", name="Get report").click()
    download = info.value
    assert download.suggested_filename == "report.txt"
    assert Path(download.path()).read_bytes() == b"report body"


def test_chat_input_sends_the_text(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        prompt = st.chat_input("Ask me")
        if prompt:
            with st.chat_message("user"):
                st.write(f"You said: {prompt}")
        """
    )
    box = page.get_by_role("textbox", name="Ask me")
    box.fill("hello desk")
    box.press("Enter")
    expect(page.get_by_text("You said: hello desk")).to_be_visible()
    expect(box).to_have_value("")


def test_session_state_fills_the_chat_input_with_a_draft(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        if st.button("Suggest"):
            st.session_state.chat = "I would like to "
        prompt = st.chat_input("Ask me", key="chat")
        st.write(f"prompt: {prompt}")
        """
    )
    page.get_by_role("button", name="Suggest").click()
    box = page.get_by_role("textbox", name="Ask me")
    expect(box).to_have_value("I would like to ")
    expect(page.get_by_text("prompt: None")).to_be_visible()
    box.press("End")
    box.type("travel")
    box.press("Enter")
    expect(page.get_by_text("prompt: I would like to travel")).to_be_visible()
    expect(box).to_have_value("")


def test_chat_input_sends_attached_files_with_the_text(open_app: OpenApp, tmp_path: Path) -> None:
    page = open_app(
        """
        import streamlit as st
        value = st.chat_input("Ask about a file", accept_file=True, file_type="csv")
        if value:
            with st.chat_message("user"):
                st.write(f"Asked: {value.text}")
                for f in value.files:
                    st.write(f"Attached {f.name}: {f.getvalue().decode().strip()}")
        """
    )
    sample = tmp_path / "prices.csv"
    sample.write_text("item,price\npen,1.5\n", encoding="utf-8")
    page.get_by_label("Files to attach").set_input_files(str(sample))
    expect(page.get_by_role("button", name="Remove prices.csv")).to_be_visible()
    box = page.get_by_role("textbox", name="Ask about a file")
    height = box.evaluate("(el) => el.getBoundingClientRect().height")
    assert height < 50, height  # one line, not the 6-line text_area style
    box.fill("what is the total?")
    box.press("Enter")
    expect(page.get_by_text("Asked: what is the total?")).to_be_visible()
    expect(page.get_by_text("Attached prices.csv: item,price")).to_be_visible()
    expect(page.get_by_role("button", name="Remove prices.csv")).to_have_count(0)  # sent: the box is empty again
    expect(box).to_have_value("")


def test_charts_render_from_lazy_chunks(open_app: OpenApp) -> None:
    page = open_app(
        """
        import pandas as pd
        import streamlit as st
        st.line_chart(pd.DataFrame({"a": [1, 3, 2]}))
        st.latex(r"e^{i\\pi} + 1 = 0")
        st.markdown("Energy is $E = mc^2$ here.")
        """
    )
    expect(page.locator(".el-VegaLiteChart svg.marks")).to_be_visible()
    expect(page.locator(".el-Latex .katex")).to_be_visible()
    expect(page.locator(".el-Markdown .md-math .katex")).to_be_visible()
    expect(page.locator(".el-VegaLiteChart .alert-error")).to_have_count(0)


def test_components_html_runs_its_inline_script_in_a_sandboxed_frame(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<p id='out'>waiting</p><script>document.getElementById('out').textContent = 'script ran'</script>", height=80)
        st.write("after the component")
        """
    )
    expect(page.get_by_text("after the component")).to_be_visible()
    frame = page.frame_locator("iframe[title='HTML component']")
    expect(frame.locator("#out")).to_have_text("script ran")


def test_audio_starts_at_start_time_and_pauses_at_end_time(open_app: OpenApp) -> None:
    page = open_app(
        """
        import numpy as np
        import streamlit as st
        rate = 8000
        wave = np.sin(np.linspace(0, 2 * np.pi * 440 * 3, rate * 3)).astype(np.float32)
        st.audio(wave, sample_rate=rate, start_time=1, end_time=2)
        st.write("audio ready")
        """
    )
    expect(page.get_by_text("audio ready")).to_be_visible()
    audio = page.locator("audio")
    page.wait_for_function("() => { const a = document.querySelector('audio'); return a && a.readyState >= 1; }")
    assert audio.evaluate("(a) => a.currentTime") >= 1
    audio.evaluate("(a) => { a.muted = true; return a.play(); }")
    page.wait_for_function("() => document.querySelector('audio').paused", timeout=10000)
    assert 1.95 <= audio.evaluate("(a) => a.currentTime") < 2.9


def test_alt_gives_assistive_technologies_a_name(open_app: OpenApp) -> None:
    page = open_app(
        """
        import io
        import pandas as pd
        import streamlit as st
        from PIL import Image
        buffer = io.BytesIO()
        Image.new("RGB", (8, 8), "red").save(buffer, format="PNG")
        png = buffer.getvalue()
        st.image([png, png], caption=["Red square", "Spacer"], alt=["A red square", ""])
        st.line_chart(pd.DataFrame({"a": [1, 3, 2]}), alt="Weekly visits")
        st.dataframe(pd.DataFrame({"a": [1, 2]}), alt="Visits per day")
        st.table(pd.DataFrame({"a": [1, 2]}), alt="Totals")
        st.audio(b"RIFF0000WAVE", alt="Team interview")
        st.iframe("<p>inside</p>", alt="Release notes")
        """
    )
    expect(page.get_by_role("img", name="A red square")).to_be_visible()
    expect(page.get_by_role("img", name="Red square", exact=True)).to_have_count(0)  # a caption is not an alt
    expect(page.locator("figure.image img[alt='']")).to_have_count(1)  # decorative: hidden from the tree
    expect(page.locator(".el-VegaLiteChart [role=graphics-document][aria-label='Weekly visits'] svg")).to_be_visible()
    expect(page.get_by_role("grid", name="Visits per day")).to_be_visible()
    expect(page.get_by_role("table", name="Totals")).to_be_visible()
    expect(page.get_by_label("Team interview")).to_have_count(1)
    expect(page.locator("iframe[title='Release notes']")).to_have_count(1)
