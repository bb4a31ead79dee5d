"""Multipage apps, query parameters and page configuration, as a user sees them in Chromium."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect

OpenApp = Callable[..., Page]  # the open_app fixture (conftest.py)


def write(folder: Path, name: str, source: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")


def test_pages_folder_lists_pages_and_a_reload_keeps_the_page(open_app: OpenApp, tmp_path: Path) -> None:
    write(tmp_path, "pages/1_📈_Sales_report.py", 'import streamlit as st\nst.write("Sales body")\n')
    write(tmp_path, "pages/2_Settings.py", 'import streamlit as st\nst.title("Settings")\nst.write("Settings body")\n')
    page = open_app(
        """
        import streamlit as st
        st.write("Main body")
        """
    )
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_role("link")).to_have_count(3)
    expect(nav.get_by_role("link", name="Sales report")).to_be_visible()
    nav.get_by_role("link", name="Sales report").click()
    expect(page.get_by_text("Sales body")).to_be_visible()
    assert page.evaluate("location.pathname") == "/Sales_report"
    assert "token=" in page.evaluate("location.search")

    page.reload()
    expect(page.get_by_text("Sales body")).to_be_visible()
    expect(page.get_by_text("Main body")).to_have_count(0)
    expect(nav.get_by_role("link", name="Sales report")).to_have_attribute("aria-current", "page")

    page.go_back()  # history works like a web app's: back to the main page
    expect(page.get_by_text("Main body")).to_be_visible()


def test_switch_page_titles_and_sections(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st

        def overview():
            st.write("Overview body")
            if st.button("Open the detail"):
                st.switch_page(detail)

        def detail():
            st.write("Detail body")

        def hidden():
            st.write("Hidden body")

        detail = st.Page(detail, title="Detail view", icon="🔍", url_path="detail", help="The numbers behind it")
        pages = {
            "Reports": [st.Page(overview, title="Overview", default=True), detail],
            "Admin": [st.Page(hidden, title="Audit log", url_path="audit")],
        }
        st.navigation(pages).run()
        """
    )
    nav = page.get_by_role("navigation", name="Pages")
    expect(nav.get_by_text("Reports", exact=True)).to_be_visible()
    expect(nav.get_by_text("Admin", exact=True)).to_be_visible()
    expect(nav.locator("a", has_text="Detail view")).to_have_attribute("title", "The numbers behind it")
    expect(page).to_have_title("Overview")
    page.get_by_role("button", name="Open the detail").click()
    expect(page.get_by_text("Detail body")).to_be_visible()
    expect(page).to_have_title("Detail view")
    assert page.evaluate("location.pathname") == "/detail"


def test_hidden_navigation_shows_no_menu_but_urls_work(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st

        def first():
            st.write("First body")

        def second():
            st.write("Second body")

        st.navigation([st.Page(first, title="First"), st.Page(second, title="Second")], position="hidden").run()
        """
    )
    expect(page.get_by_text("First body")).to_be_visible()
    expect(page.get_by_role("navigation", name="Pages")).to_have_count(0)
    page.goto(page.url.replace("/?", "/second?", 1))
    expect(page.get_by_text("Second body")).to_be_visible()


def test_query_params_follow_the_url_both_ways(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.write(f"Region: {st.query_params.get('region', 'none')}")
        if st.button("Pick north"):
            st.query_params["region"] = "north"
            st.rerun()
        """
    )
    expect(page.get_by_text("Region: none")).to_be_visible()
    page.get_by_role("button", name="Pick north").click()
    expect(page.get_by_text("Region: north")).to_be_visible()
    page.wait_for_function("() => new URLSearchParams(location.search).get('region') === 'north'")
    assert "token=" in page.evaluate("location.search")  # the token stays in the URL

    page.goto(page.url.replace("region=north", "region=south"))
    expect(page.get_by_text("Region: south")).to_be_visible()


def test_set_page_config_title_icon_and_wide_layout(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        st.set_page_config(page_title="Quarterly numbers", page_icon="📊", layout="wide")
        st.write("Wide body")
        """
    )
    expect(page).to_have_title("Quarterly numbers")
    icon = page.locator("link[rel~=icon]").first.get_attribute("href") or ""
    assert icon.startswith("data:"), icon  # the emoji is drawn into an inline icon: nothing fetched
    main_width = page.locator(".main").evaluate("el => el.getBoundingClientRect().width")
    assert main_width > 1000, main_width  # wide: the content spans the 1280 px viewport


def test_a_bound_widget_lives_in_the_url(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st
        dark = st.checkbox("Dark mode", key="dark", bind="query-params")
        size = st.selectbox("Size", ["S", "M", "L"], key="size", bind="query-params")
        st.write(f"Chosen: {dark} {size}")
        """
    )
    expect(page.get_by_text("Chosen: False S")).to_be_visible()
    page.get_by_text("Dark mode").click()
    expect(page.get_by_text("Chosen: True S")).to_be_visible()
    page.wait_for_function("() => new URLSearchParams(location.search).get('dark') === 'true'")
    assert "token=" in page.evaluate("location.search")

    page.goto(page.url.replace("dark=true", "dark=false&size=L"))  # a shared link: the default drops out
    expect(page.get_by_text("Chosen: False L")).to_be_visible()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('dark')")
    assert page.evaluate("new URLSearchParams(location.search).get('size')") == "L"


def test_page_link_query_params_and_image_link(open_app: OpenApp, tmp_path: Path) -> None:
    write(tmp_path, "pages/report.py", 'import streamlit as st\nst.write(f"Report for {st.query_params.to_dict()}")\n')
    page = open_app(
        """
        import io
        import streamlit as st
        from PIL import Image
        buffer = io.BytesIO()
        Image.new("RGB", (8, 8), "blue").save(buffer, format="PNG")
        st.image(buffer.getvalue(), alt="Docs logo", link="https://example.com/docs")
        st.page_link("pages/report.py", label="North report", query_params={"region": "north", "tag": ["a", "b"]})
        st.page_link("pages/report.py", label="Plain report")
        """,
        wait_for_run=True,
    )
    logo_link = page.get_by_role("link").filter(has=page.get_by_role("img", name="Docs logo"))
    assert logo_link.get_attribute("href") == "https://example.com/docs"
    assert logo_link.get_attribute("target") == "_blank"
    page.get_by_role("link", name="North report").click()
    expect(page.get_by_text("Report for {'region': 'north', 'tag': 'b'}")).to_be_visible()
    assert page.evaluate("new URLSearchParams(location.search).getAll('tag')") == ["a", "b"]
    assert "token=" in page.evaluate("location.search")
    page.go_back()
    page.get_by_role("link", name="Plain report").click()
    expect(page.get_by_text("Report for {}")).to_be_visible()  # without query_params the query is cleared
