"""What scripts show: media, streaming and status, small text elements and custom components, in Chromium."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)
STAR_RATING = Path(__file__).resolve().parents[2] / "examples" / "components" / "star_rating"


def test_the_logo_shows_its_icon_image_in_the_top_bar_while_the_sidebar_is_closed(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        from PIL import Image

        st.logo(Image.new("RGB", (90, 20), (30, 30, 220)), icon_image=Image.new("RGB", (24, 24), (220, 30, 30)))
        st.sidebar.write("In the sidebar")
        """
    )
    sidebar_logo = page.locator(".sidebar").get_by_role("img", name="Logo")
    page.wait_for_function("(i) => i.complete && i.naturalWidth === 90", arg=sidebar_logo.element_handle())
    expect(page.locator(".topbar").get_by_role("img", name="Logo")).to_have_count(0)
    page.get_by_role("button", name="Close sidebar").click()
    top_logo = page.locator(".topbar").get_by_role("img", name="Logo")
    expect(top_logo).to_be_visible()
    page.wait_for_function("(i) => i.complete && i.naturalWidth === 24", arg=top_logo.element_handle())  # the icon image
    page.get_by_role("button", name="Open sidebar").click()
    expect(page.locator(".topbar").get_by_role("img", name="Logo")).to_have_count(0)


def test_images_video_and_logo_load_from_media(open_app: OpenApp) -> None:
    page = open_app(
        """
        import numpy as np
        import streamlit as st
        from PIL import Image

        red = Image.new("RGB", (40, 30), (220, 30, 30))
        st.logo(Image.new("RGB", (60, 20), (30, 30, 220)))
        st.image(red, caption="A red box")
        st.image([np.zeros((10, 10, 3), dtype=np.uint8), np.full((10, 10), 255, dtype=np.uint8)], caption=["black", "white"], width=50)
        st.video(b"\\x00\\x00\\x00\\x18ftypmp42" + bytes(2048), format="video/mp4", loop=True, muted=True)
        st.write("media ready")
        """
    )
    expect(page.get_by_text("media ready")).to_be_visible()
    expect(page.get_by_text("A red box")).to_be_visible()
    expect(page.get_by_text("black", exact=True)).to_be_visible()
    images = page.locator(".main img")
    expect(images).to_have_count(3)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.main img')].every((i) => i.complete && i.naturalWidth > 0)"
    )
    assert images.first.evaluate("(i) => [i.naturalWidth, i.naturalHeight]") == [40, 30]
    assert images.nth(1).evaluate("(i) => i.getBoundingClientRect().width") == 50
    logo = page.get_by_role("img", name="Logo")
    expect(logo).to_be_visible()
    page.wait_for_function("(i) => i.complete && i.naturalWidth === 60", arg=logo.element_handle())

    video = page.locator("video")
    assert video.evaluate("(v) => v.loop && v.muted")
    src = video.evaluate("(v) => v.currentSrc || v.src")
    assert "/media/" in src
    ranged = page.evaluate(
        "async (url) => { const r = await fetch(url, {headers: {Range: 'bytes=0-9'}}); "
        "return [r.status, (await r.arrayBuffer()).byteLength]; }",
        src,
    )
    assert ranged == [206, 10]


def test_write_stream_status_progress_and_toast(open_app: OpenApp) -> None:
    page = open_app(
        """
        import time
        import streamlit as st

        def words():
            for word in ["streamed", "text", "arrives", "word", "by", "word"]:
                time.sleep(0.05)
                yield word + " "

        if st.button("Ask"):
            with st.status("Thinking...", expanded=True) as status:
                st.write("looking things up")
                bar = st.progress(0, text="Loading")
                for done in (30, 60, 100):
                    bar.progress(done, text=f"Loaded {done}%")
                status.update(label="Done thinking", state="complete")
            full = st.write_stream(words())
            st.write(f"Length: {len(full)}")
            st.toast("Answer ready", icon="✅")
        """
    )
    page.get_by_role("button", name="Ask").click()
    expect(page.get_by_text("streamed text arrives word by word")).to_be_visible()
    expect(page.get_by_text("Length: 35")).to_be_visible()
    expect(page.get_by_text("Done thinking")).to_be_visible()
    expect(page.get_by_text("Loaded 100%")).to_be_visible()
    bar = page.get_by_role("progressbar")
    expect(bar).to_have_attribute("aria-valuenow", "100")
    expect(page.get_by_text("Answer ready")).to_be_visible()


def test_html_runs_its_scripts_only_when_the_script_allows_javascript(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.html("<p id='safe'>plain</p><script>document.getElementById('safe').textContent = 'changed'</script>")
        st.html(
            "<p id='live'>waiting</p><script>window.deskSteps = ['first']</script>"
            "<script>window.deskSteps.push('second'); document.getElementById('live').textContent = 'ran ' + window.deskSteps.join(' then ')</script>",
            unsafe_allow_javascript=True,
        )
        """
    )
    expect(page.locator("#live")).to_have_text("ran first then second")  # in the page, in document order
    expect(page.locator("#safe")).to_have_text("plain")  # without the flag, no script runs


def test_python_code_is_coloured_as_in_streamlit(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.code("def load(n=10):\\n    return 'rows'  # done")
        st.code("SELECT 1", language="sql")
        """
    )
    python = page.locator(".el-Code").first
    expect(python).to_contain_text("def load(n=10):")
    expect(python.locator(".tok-keyword").first).to_have_text("def")
    expect(python.locator(".tok-function")).to_have_text("load")
    expect(python.locator(".tok-string")).to_have_text("'rows'")
    expect(python.locator(".tok-comment")).to_have_text("# done")
    assert python.locator(".tok-keyword").first.evaluate("(e) => getComputedStyle(e).color") == "rgb(28, 131, 225)"
    expect(page.locator(".el-Code").nth(1).locator("[class^=tok-]")).to_have_count(0)  # other languages stay plain


def test_code_json_html_badge_metric_and_exception(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.code("a = 1\\nb = 2\\nprint(a + b)", language="python", line_numbers=True)
        st.json({"fruit": {"name": "apple", "tags": ["red", "sweet"]}}, expanded=False)
        st.html("<p class='greeting'>Hello <b>bold</b></p><script>document.title = 'hacked'</script><img src=x onerror=\\"document.title='hacked'\\">")
        st.badge("Beta", icon=":material/science:", color="violet")
        st.metric("Revenue", "1.2 M€", delta="-3%", delta_color="inverse")
        st.exception(ValueError("the input was empty"))
        st.feedback("thumbs", key="fb")
        st.write(f"feedback: {st.session_state.fb}")
        """
    )
    code = page.locator(".el-Code")
    expect(code).to_contain_text("print(a + b)")
    expect(code.get_by_text("3", exact=True)).to_be_visible()  # the third line's number

    expect(page.get_by_text("apple")).to_have_count(0)  # collapsed
    json_view = page.locator(".el-Json")
    expect(json_view).to_contain_text("1 item ")  # collapsed from the root
    json_view.get_by_role("button", name="▸").click()
    expect(json_view).to_contain_text("2 items")
    json_view.get_by_role("button", name="▸").click()
    expect(page.get_by_text('"apple"')).to_be_visible()
    json_view.get_by_role("button", name="▸").click()  # the list of tags
    expect(json_view).to_contain_text('0: "red"1: "sweet"')  # a list's items are numbered, as in Streamlit

    expect(page.locator(".greeting b")).to_have_text("bold")
    expect(page.locator(".el-Html script")).to_have_count(0)
    expect(page.locator(".el-Html img[onerror]")).to_have_count(0)
    assert page.title() != "hacked"

    expect(page.locator(".el-Badge")).to_contain_text("Beta")
    expect(page.get_by_text("1.2 M€")).to_be_visible()
    delta = page.get_by_text("-3%")
    # inverse: a fall is good news, so it is shown in the "up" (green) colour
    colour = delta.evaluate("(el) => getComputedStyle(el.closest('[class*=delta]') || el).color")
    red, green, _ = (int(c) for c in colour[colour.index("(") + 1 : colour.index(")")].split(",")[:3])
    assert green > red, colour
    expect(page.get_by_text("ValueError")).to_be_visible()
    expect(page.get_by_text("the input was empty")).to_be_visible()

    expect(page.get_by_text("feedback: None")).to_be_visible()
    page.get_by_role("button", name="thumbs up", exact=False).first.click()
    expect(page.get_by_text("feedback: 1")).to_be_visible()


def test_declared_component_renders_its_args_and_sends_values_back(open_app: OpenApp) -> None:
    page = open_app(
        f"""
        import streamlit as st
        import streamlit.components.v1 as components

        rating = components.declare_component("star_rating", path={str(STAR_RATING)!r})
        stars = st.slider("Stars", 3, 8, 5)
        value = rating(label="Rate it", max_stars=stars, key="r", default=0)
        st.write(f"rated: {{value}}")
        """
    )
    expect(page.get_by_text("rated: 0")).to_be_visible()
    frame = page.frame_locator("iframe").first
    expect(frame.get_by_text("Rate it")).to_be_visible()
    expect(frame.get_by_role("button")).to_have_count(5)
    frame.get_by_role("button", name="4 stars").click()
    expect(page.get_by_text("rated: 4")).to_be_visible()

    slider = page.get_by_role("slider", name="Stars")
    slider.focus()
    slider.press("ArrowRight")
    expect(frame.get_by_role("button")).to_have_count(6)  # new args reach the same frame
    expect(page.get_by_text("rated: 4")).to_be_visible()  # and the value is kept
    height = page.locator("iframe").first.evaluate("(f) => f.getBoundingClientRect().height")
    assert 30 < height < 200, height  # setFrameHeight sized the frame to its content


def test_alert_title_heading_icon_and_alignment(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.warning("Two files were skipped.", title="Partial import")
        st.subheader("Sales", icon="📈")
        st.markdown("Centred note", text_alignment="center")
        """
    )
    title = page.get_by_text("Partial import")
    expect(title).to_be_visible()
    assert int(title.evaluate("(el) => getComputedStyle(el).fontWeight")) >= 600
    box = page.get_by_role("alert")
    assert box.evaluate("(el) => el.innerText.indexOf('Partial import') < el.innerText.indexOf('Two files')")
    heading = page.get_by_role("heading", name="Sales")  # the icon is decoration, not part of the name
    expect(heading.locator(".heading-icon")).to_have_text("📈")
    note = page.get_by_text("Centred note")
    assert note.evaluate("(el) => getComputedStyle(el).textAlign") == "center"


def test_metric_format_and_delta_description(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.metric("Revenue", 1234.5, delta=-3.25, format="dollar", delta_description="vs last month")
        st.metric("Rows", 1234567, format="%,d")
        """
    )
    expect(page.get_by_text("$1,234.50")).to_be_visible()
    expect(page.get_by_text("-$3.25")).to_be_visible()
    expect(page.get_by_text("vs last month")).to_be_visible()
    expect(page.get_by_text("1,234,567")).to_be_visible()


def test_spinner_shows_while_its_block_runs_and_leaves_nothing(open_app: OpenApp, tmp_path: Path) -> None:
    # The spinner is withdrawn when its block ends (no placeholder is left behind): it must
    # still be drawn while the block runs, then go, with the next element in its place.
    flag = tmp_path / "release"
    page = open_app(
        f"""
        import pathlib, time
        import streamlit as st

        st.write("before")
        with st.spinner("Working hard"):
            for _ in range(600):  # at most 30 s
                if pathlib.Path({str(flag)!r}).exists():
                    break
                time.sleep(0.05)
        st.write("after")
        """,
        wait_for_run=False,
    )
    expect(page.get_by_text("Working hard")).to_be_visible()
    flag.write_text("go")
    expect(page.get_by_text("after")).to_be_visible()
    expect(page.get_by_text("Working hard")).to_have_count(0)
    page.wait_for_selector('.app:not([data-last-status=""])', timeout=20000)
    texts = page.locator(".main .el").all_inner_texts()
    assert [t.strip() for t in texts if t.strip()] == ["before", "after"]


def test_help_width(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.help(len, width=300)
        st.help(len)
        """
    )
    narrow, wide = page.locator(".help-block").nth(0), page.locator(".help-block").nth(1)
    expect(wide).to_be_visible()
    n, w = narrow.bounding_box(), wide.bounding_box()
    assert n is not None and w is not None
    assert abs(n["width"] - 300) < 2 and w["width"] > 500
