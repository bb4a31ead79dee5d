"""Multipage apps: the pages/ folder (v1), st.Page + st.navigation (v2), st.switch_page,
st.page_link targets, widget identity per page, and the two multipage examples."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import desk as st
from desk.errors import DeskAPIError, StopRun
from desk.protocol import Hello, Navigation, PageConfig, QueryString, Rerun, ServerMessage
from desk.runtime.pages import icon_and_name, label_of, v1_pages
from desk.testing import AppTest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def listen(at: AppTest) -> list[ServerMessage]:
    messages: list[ServerMessage] = []
    at.session.sink = messages.append
    return messages


def navigations(messages: list[ServerMessage]) -> list[Navigation]:
    return [m for m in messages if isinstance(m, Navigation)]


def titles(at: AppTest) -> list[str]:
    return [str(t.value) for t in at.title]


# ---------------------------------------------------------------- v1: names and order


@pytest.mark.parametrize(
    ("filename", "icon", "name"),
    [
        ("03_🎈_my_page.py", "🎈", "my_page"),
        ("1_Sales_Report.py", "", "Sales_Report"),
        ("2 - Some  page.py", "", "Some_page"),
        ("⚙️_Settings.py", "⚙️", "Settings"),
        ("plain.py", "", "plain"),
        ("10.py", "", "10"),
    ],
)
def test_page_file_names_give_icon_and_url_name(filename: str, icon: str, name: str) -> None:
    assert icon_and_name(Path(filename)) == (icon, name)


def test_underscores_show_as_spaces() -> None:
    assert label_of("Sales_Report") == "Sales Report"


def test_v1_pages_main_first_then_by_number_then_label(tmp_path: Path) -> None:
    main = write(tmp_path / "Home.py", "")
    for name in ("10_z.py", "2_b.py", "2_A.py", "beta.py", "Alpha.py", "__init__.py", ".hidden.py", "_private.py"):
        write(tmp_path / "pages" / name, "")
    write(tmp_path / "pages" / "notes.txt", "")
    pages = v1_pages(main)
    assert [p.title for p in pages] == ["Home", "A", "b", "z", "Alpha", "beta"]
    assert pages[0].url_path == "" and pages[0].is_default
    assert [p.url_path for p in pages[1:]] == ["A", "b", "z", "Alpha", "beta"]
    assert len({p.script_hash for p in pages}) == len(pages)


def test_a_single_script_has_one_page_and_sends_no_navigation(tmp_path: Path) -> None:
    at = AppTest.from_file(write(tmp_path / "app.py", "import streamlit as st\nst.text('hi')\n"))
    messages = listen(at)
    at.run()
    assert at.text.values == ["hi"]
    assert navigations(messages) == []


# ---------------------------------------------------------------- v1: running pages


@pytest.fixture
def v1_app(tmp_path: Path) -> Path:
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        st.session_state.setdefault("shared", 0)
        st.session_state.shared += 1
        st.title("Main")
        st.checkbox("Same", key="same")
        if st.button("To other"):
            st.switch_page("pages/2_🎯_other.py")
        """,
    )
    write(
        tmp_path / "pages" / "2_🎯_other.py",
        """
        import streamlit as st
        st.title("Other")
        st.text(f"file={__file__.rsplit('/', 1)[-1]} name={__name__} shared={st.session_state.shared}")
        st.text(f"same in state: {'same' in st.session_state}")
        st.checkbox("Same", key="same")
        if st.button("Home"):
            st.switch_page("app.py")
        if st.button("Nowhere"):
            st.switch_page("pages/missing.py")
        """,
    )
    write(tmp_path / "pages" / "1_first.py", "import streamlit as st\nst.title('First')\n")
    return main


def test_v1_navigation_lists_the_pages_and_the_current_one(v1_app: Path) -> None:
    at = AppTest.from_file(v1_app)
    messages = listen(at)
    at.run()
    nav = navigations(messages)[-1]
    assert [(p["title"], p["icon"], p["url_path"]) for p in nav.pages] == [
        ("app", "", ""),
        ("first", "", "first"),
        ("other", "🎯", "other"),
    ]
    assert nav.current == "" and nav.current_url_path == "" and nav.position == "sidebar"
    at.switch_page("pages/2_🎯_other.py").run()
    nav = navigations(messages)[-1]
    assert nav.current_url_path == "other"
    assert nav.current == nav.pages[2]["page_script_hash"]


def test_apptest_switch_page_runs_the_page_script_instead_of_main(v1_app: Path) -> None:
    at = AppTest.from_file(v1_app).run()
    assert titles(at) == ["Main"]
    at.switch_page("pages/1_first.py").run()
    assert titles(at) == ["First"]
    at.switch_page("pages/2_🎯_other.py").run()
    assert titles(at) == ["Other"]
    assert at.text[0].value == "file=2_🎯_other.py name=__main__ shared=1"
    at.switch_page("app.py").run()
    assert titles(at) == ["Main"]


def test_user_keys_persist_across_pages_but_widget_state_does_not(v1_app: Path) -> None:
    at = AppTest.from_file(v1_app).run()
    main_box = at.checkbox[0]
    main_box.check().run()
    assert at.session_state["same"] is True
    at.switch_page("pages/2_🎯_other.py").run()
    # the widget of the page left behind is gone, even before this page's checkbox is drawn
    assert at.text[1].value == "same in state: False"
    other_box = at.checkbox[0]
    assert other_box.value is False
    assert other_box.id != main_box.id  # same label and key, another page: another widget id
    other_box.check().run()
    at.switch_page("app.py").run()
    assert at.checkbox[0].value is False
    assert at.checkbox[0].id == main_box.id
    assert at.session_state["shared"] == 3


def test_st_switch_page_in_the_script_reruns_on_the_target(v1_app: Path) -> None:
    at = AppTest.from_file(v1_app).run()
    at.button[0].click().run()
    assert titles(at) == ["Other"]
    assert at.text[0].value.endswith("shared=2")  # the click run, then the run on the new page
    at.button[0].click().run()
    assert titles(at) == ["Main"]


def test_switch_page_to_an_unknown_page_names_the_pages(v1_app: Path) -> None:
    at = AppTest.from_file(v1_app).run()
    at.switch_page("pages/2_🎯_other.py").run()
    at.button[1].click().run()
    message = at.exception[0].message
    assert "st.switch_page: could not find page 'pages/missing.py'" in message
    assert "Pages of this app: app.py, pages/1_first.py, pages/2_🎯_other.py." in message


def test_switch_page_to_an_st_page_of_the_pages_folder_or_to_an_unlisted_page(tmp_path: Path) -> None:
    """As in Streamlit: without st.navigation, st.switch_page(st.Page("pages/x.py")) goes to that
    pages/ page; an st.Page no list holds reruns on the default page, its widgets reset."""
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        st.title("Main")
        where = st.radio("Go", ["stay", "folder page", "unlisted"])
        if where == "folder page":
            st.switch_page(st.Page("pages/2_other.py"))
        elif where == "unlisted":
            st.switch_page(st.Page("elsewhere.py"))
        """,
    )
    write(tmp_path / "pages" / "2_other.py", "import streamlit as st\nst.title('Other')\n")
    write(tmp_path / "elsewhere.py", "import streamlit as st\nst.title('Elsewhere')\n")
    at = AppTest.from_file(main).run()
    at.radio[0].set_value("unlisted").run()
    assert titles(at) == ["Main"] and not at.exception
    assert at.radio[0].value == "stay"
    at.radio[0].set_value("folder page").run()
    assert titles(at) == ["Other"] and not at.exception


def test_the_client_asks_for_a_page_by_url_path_or_hash(v1_app: Path) -> None:
    at = AppTest.from_file(v1_app)
    messages = listen(at)
    at.session.handle(Hello(page="first"))
    assert at.session.wait_idle(3)
    assert at.session.navigator.current is not None
    assert at.session.navigator.current.title == "first"
    other_hash = navigations(messages)[-1].pages[2]["page_script_hash"]
    at.session.handle(Rerun(page=other_hash))
    assert at.session.wait_idle(3)
    assert navigations(messages)[-1].current_url_path == "other"
    at.session.handle(Rerun(page="/"))
    assert at.session.wait_idle(3)
    assert navigations(messages)[-1].current_url_path == ""


def test_an_unknown_page_shows_the_default_page_and_says_so(v1_app: Path) -> None:
    at = AppTest.from_file(v1_app)
    messages = listen(at)
    at.switch_page("pages/1_first.py").run()
    at.session.handle(Rerun(page="no_such_page"))
    assert at.session.wait_idle(3)
    nav = navigations(messages)[-1]
    assert (nav.not_found, nav.current_url_path) == ("no_such_page", "")
    at.run()
    assert navigations(messages)[-1].not_found is None


def test_widget_values_sent_with_a_page_change_are_dropped(tmp_path: Path) -> None:
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        st.checkbox("c", on_change=lambda: st.session_state.update(fired=True))
        """,
    )
    write(tmp_path / "pages" / "p.py", "import streamlit as st\nst.text(f\"fired={st.session_state.get('fired')}\")\n")
    at = AppTest.from_file(main).run()
    at.checkbox[0].check()
    at.switch_page("pages/p.py").run()
    assert at.text.values == ["fired=None"]
    at.switch_page("app.py").run()
    assert at.checkbox[0].value is False


def test_set_page_config_on_each_v1_page(tmp_path: Path) -> None:
    main = write(tmp_path / "app.py", "import streamlit as st\nst.set_page_config(page_title='Main')\nst.text('m')\n")
    write(tmp_path / "pages" / "p.py", "import streamlit as st\nst.set_page_config(page_title='P', page_icon='🅿')\n")
    at = AppTest.from_file(main)
    messages = listen(at)
    at.run()
    at.switch_page("pages/p.py").run()
    assert [(m.title, m.icon) for m in messages if isinstance(m, PageConfig)] == [("Main", None), ("P", "🅿")]


# ---------------------------------------------------------------- v2: st.Page


def test_page_infers_title_icon_and_url_path(tmp_path: Path) -> None:
    write(tmp_path / "3_📈_Sales_report.py", "")
    page = st.Page(tmp_path / "3_📈_Sales_report.py")
    assert (page.title, page.icon, page.url_path, page.default) == ("Sales report", "📈", "Sales_report", False)

    def my_settings() -> None:
        pass

    page = st.Page(my_settings, icon=":material/settings:")
    assert (page.title, page.icon, page.url_path) == ("my settings", ":material/settings:", "my_settings")
    page = st.Page(my_settings, url_path="/prefs/")
    assert (page.title, page.url_path) == ("my settings", "prefs")
    page = st.Page(my_settings, title="Prefs", url_path="/prefs/", default=True)
    assert (page.title, page.url_path, page.default) == ("Prefs", "", True)
    assert "url_path=''" in repr(page)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: st.Page(d / "missing.py"), r"st.Page: no page script at '.*missing.py'"),
        (lambda d: st.Page(lambda: None), r"a lambda or a nameless callable needs title=... and url_path=..."),
        (lambda d: st.Page("https://example.org"), r"a page that opens a URL \('https://example.org'\) needs a title"),
        (lambda d: st.Page(d / "a.py", url_path="x/y"), r"url_path 'x/y' cannot contain '/'"),
        (lambda d: st.Page(d / "a.py", url_path=""), r"url_path cannot be empty, except for the default page"),
        (lambda d: st.Page(d / "a.py", title=" "), r"st.Page: title must be a non-empty string, not ' '"),
        (lambda d: st.Page(d / "a.py", visibility="gone"), r"visibility must be 'visible' or 'hidden', not 'gone'"),
        (lambda d: st.Page(42), r"page must be a script path, a function or a URL, not int \(42\)"),
    ],
)
def test_page_argument_errors(tmp_path: Path, make: object, message: str) -> None:
    write(tmp_path / "a.py", "")
    with pytest.raises(DeskAPIError, match=message):
        make(tmp_path)  # type: ignore[operator]


def test_navigation_argument_errors(tmp_path: Path) -> None:
    def one() -> None:
        pass

    def two() -> None:
        pass

    with pytest.raises(DeskAPIError, match=r"only one page can be the default, but 'one', 'two' all have default=True"):
        st.navigation([st.Page(one, default=True), st.Page(two, default=True)])
    with pytest.raises(DeskAPIError, match=r"the pages 'one' and 'Again' have the same url_path 'one'"):
        st.navigation([st.Page(one), st.Page(two, title="Again", url_path="one")])
    with pytest.raises(DeskAPIError, match="pages is empty; give at least one st.Page"):
        st.navigation([])
    with pytest.raises(DeskAPIError, match=r"every page must be an st.Page, a script path or a function, not int \(42\)"):
        st.navigation([42])  # type: ignore[list-item]
    with pytest.raises(DeskAPIError, match="position must be 'sidebar', 'hidden' or 'top', not 'left'"):
        st.navigation([st.Page(one)], position="left")
    with pytest.raises(DeskAPIError, match="at least one page must be a script or a function"):
        st.navigation([st.Page("https://example.org", title="Site")])


def test_outside_a_run_navigation_returns_the_default_and_switch_page_stops() -> None:
    def one() -> None:
        pass

    def two() -> None:
        pass

    second = st.Page(two, default=True)
    assert st.navigation({"A": [st.Page(one)], "B": [second]}) is second
    with pytest.raises(StopRun):
        st.switch_page("app.py")


def test_the_first_page_becomes_the_default_and_its_url_path_is_empty() -> None:
    """As in Streamlit: with no default=True, st.navigation makes the first page the default,
    so the page it returns (and pg.url_path, which apps print) has the root URL."""
    script = """
import streamlit as st

def home():
    st.write("home")

def about():
    st.write("about")

pg = st.navigation([st.Page(home), st.Page(about)])
st.write(repr(pg.url_path), pg.default)
pg.run()
"""
    at = AppTest.from_string(script).run()
    assert [m.value for m in at.markdown] == ["'' `True`", "home"]


# ---------------------------------------------------------------- v2: st.navigation


@pytest.fixture
def v2_app(tmp_path: Path) -> Path:
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        st.sidebar.text_input("Name", key="name")

        def home():
            st.title("Home")
            st.checkbox("Box", key="box")
            if st.button("Go to report"):
                st.switch_page("views/report.py")
            if st.button("Go to tools", on_click=st.switch_page, args=(tools_page,)):
                pass

        def tools():
            st.title("Tools")
            st.checkbox("Box", key="box")

        report = st.Page("views/report.py", icon="📄")
        tools_page = st.Page(tools, url_path="tools")
        page = st.navigation({"": [st.Page(home, title="Start", default=True)], "More": [report, tools_page]})
        st.sidebar.text(f"page={page.title}")
        page.run()
        st.text("after the page")
        """,
    )
    write(
        tmp_path / "views" / "report.py",
        """
        import streamlit as st
        st.title("Report")
        st.text(f"name={__name__} file={__file__.rsplit('/', 1)[-1]} user={st.session_state.name}")
        """,
    )
    return main


def test_navigation_runs_the_default_page_and_describes_the_pages(v2_app: Path) -> None:
    at = AppTest.from_file(v2_app)
    messages = listen(at)
    at.run()
    assert titles(at) == ["Home"]
    assert at.main.text.values == ["after the page"]
    nav = navigations(messages)[-1]
    assert [(p["title"], p["url_path"], p["section"], p["icon"]) for p in nav.pages] == [
        ("Start", "", None, ""),
        ("report", "report", "More", "📄"),
        ("tools", "tools", "More", ""),
    ]
    assert nav.pages[0]["is_default"] and not nav.pages[1]["is_default"]
    assert (nav.position, nav.expanded, nav.current_url_path) == ("sidebar", False, "")


def test_file_pages_run_in_a_page_module_with_their_file(v2_app: Path) -> None:
    at = AppTest.from_file(v2_app).run()
    at.sidebar.text_input[0].input("Ada").run()
    at.switch_page("views/report.py").run()
    assert titles(at) == ["Report"]
    assert at.main.text[0].value == "name=__page__ file=report.py user=Ada"
    assert at.sidebar.text[0].value == "page=report"


def test_switch_page_by_path_and_from_a_callback(v2_app: Path) -> None:
    at = AppTest.from_file(v2_app).run()
    at.button[0].click().run()
    assert titles(at) == ["Report"]
    at.switch_page("app.py").run()  # not a page of st.navigation: the default page, with a notice
    assert titles(at) == ["Home"]
    assert at.session.navigator.not_found is not None
    at.button[1].click().run()
    assert titles(at) == ["Tools"]


def test_main_script_widgets_keep_their_state_and_page_widgets_do_not(v2_app: Path) -> None:
    at = AppTest.from_file(v2_app).run()
    at.sidebar.text_input[0].input("Ada").run()
    home_box = at.main.checkbox[0]
    home_box.check().run()
    at.button[1].click().run()
    assert titles(at) == ["Tools"]
    tools_box = at.main.checkbox[0]
    assert tools_box.value is False and tools_box.id != home_box.id
    assert at.sidebar.text_input[0].value == "Ada"
    at.switch_page("app.py").run()
    assert at.main.checkbox[0].value is False
    assert at.session_state["name"] == "Ada"
    assert at.session_state["runs"] == 5  # a switch from a callback needs no second run


def test_the_client_picks_a_v2_page_on_first_load(v2_app: Path) -> None:
    at = AppTest.from_file(v2_app)
    messages = listen(at)
    at.session.handle(Hello(page="tools"))
    assert at.session.wait_idle(3)
    assert navigations(messages)[-1].current_url_path == "tools"
    at.session.handle(Rerun(page="nope"))
    assert at.session.wait_idle(3)
    nav = navigations(messages)[-1]
    assert (nav.current_url_path, nav.not_found) == ("", "nope")


def test_only_the_selected_page_runs_and_only_once() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def a(): st.text("a")
        def b(): st.text("b")
        pa, pb = st.Page(a), st.Page(b)
        page = st.navigation([pa, pb])
        page.run()
        choice = st.radio("again", ["same", "other"])
        (page if choice == "same" else pb).run()
        """
    ).run()
    assert "st.Page.run: the page already ran in this run" in at.exception[0].message
    at.radio[0].set_value("other").run()
    assert "only the page that st.navigation returned can run, not 'b'" in at.exception[0].message


def test_switch_page_with_a_page_and_query_params() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def a():
            if st.button("keep"):
                st.switch_page(pb, query_params={"id": "7"})
            if st.button("clear"):
                st.switch_page(pb)
        def b(): st.text(f"b {st.query_params.to_dict()}")
        pb = st.Page(b)
        st.navigation([st.Page(a), pb]).run()
        """
    )
    at.query_params["x"] = "1"
    messages = listen(at)
    at.run()
    at.button[0].click().run()
    assert at.text.values == ["b {'id': '7'}"]
    at.session.handle(Rerun(query_string="x=2", page=""))
    assert at.session.wait_idle(3)
    at.button[1].click().run()
    assert at.text.values == ["b {}"]
    assert [m.query_string for m in messages if isinstance(m, QueryString)] == ["id=7", ""]


def test_switch_page_to_a_page_not_in_navigation_shows_the_default_page() -> None:
    """As in Streamlit: a page st.navigation does not list is asked for anyway, and the next run,
    finding no such page, shows the default one (widget state of the page left is dropped)."""
    at = AppTest.from_string(
        """
        import streamlit as st
        def a():
            st.title("A")
            if st.checkbox("Leave"):
                st.switch_page(st.Page(c))
        def c():
            st.title("C")
        st.navigation([st.Page(a)]).run()
        """
    ).run()
    at.checkbox[0].check().run()
    assert titles(at) == ["A"] and not at.exception
    assert at.checkbox[0].value is False


def test_page_may_set_its_own_page_config() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.set_page_config(page_title="App", layout="wide")
        st.sidebar.text("frame")
        def a():
            st.set_page_config(page_title="Page A", page_icon="🅰")
            st.text("a")
        st.navigation([st.Page(a)]).run()
        """
    )
    messages = listen(at)
    at.run()
    assert not at.exception
    assert [(m.title, m.layout) for m in messages if isinstance(m, PageConfig)] == [("App", "wide"), ("Page A", "centered")]


def test_a_fragment_on_a_page_keeps_its_widget_ids() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def a(): st.text("a")
        def b():
            @st.fragment
            def part():
                n = st.number_input("n", value=1)
                st.text(f"n={n}")
            part()
        st.navigation([st.Page(a), st.Page(b)]).run()
        """
    ).run()
    at.session.handle(Rerun(page="b"))
    assert at.session.wait_idle(3)
    at.run()
    wid = at.number_input[0].id
    at.number_input[0].increment().run()  # a fragment rerun
    assert at.text.values == ["n=2"]
    assert at.number_input[0].id == wid
    at.number_input[0].increment().run()
    assert at.text.values == ["n=3"]


def test_hidden_position_and_hidden_pages() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def a(): pass
        def b(): pass
        st.navigation([st.Page(a), st.Page(b, visibility="hidden"), st.Page("https://example.org", title="Docs")],
                      position="hidden", expanded=True).run()
        """
    )
    messages = listen(at)
    at.run()
    nav = navigations(messages)[-1]
    assert (nav.position, nav.expanded) == ("hidden", True)
    assert [(p["title"], p["hidden"], p["external_url"]) for p in nav.pages] == [
        ("a", False, None),
        ("b", True, None),
        ("Docs", False, "https://example.org"),
    ]


def test_a_pages_folder_next_to_a_navigation_app_is_ignored(v2_app: Path) -> None:
    write(v2_app.parent / "pages" / "tools.py", "import streamlit as st\nst.title('v1 tools')\n")
    at = AppTest.from_file(v2_app)
    at.session.handle(Hello(page="tools"))
    assert at.session.wait_idle(3)
    at.run()
    assert titles(at) == ["Tools"]


# ---------------------------------------------------------------- page_link targets


def test_page_link_resolves_navigation_pages(v2_app: Path) -> None:
    write(
        v2_app.parent / "links.py",
        """
        import streamlit as st
        def home():
            st.page_link("views/report.py")
            st.page_link(st.Page(other), label="Other page")
        def other(): pass
        report = st.Page("views/report.py", title="The report", icon="📄")
        st.navigation([st.Page(home), report, st.Page(other)]).run()
        """,
    )
    at = AppTest.from_file(v2_app.parent / "links.py").run()
    report, other = at.page_link
    assert (report.label, report.icon, report.url, report.page) == ("The report", "📄", "report", "views/report.py")
    assert (other.label, other.url) == ("Other page", "other")
    assert report.page_script_hash != other.page_script_hash


def test_page_link_resolves_pages_folder_pages(v1_app: Path) -> None:
    write(v1_app.parent / "links.py", "import streamlit as st\nst.page_link('pages/2_🎯_other.py')\n")
    write(v1_app.parent / "pages" / "2_🎯_other.py", "import streamlit as st\nst.page_link('links.py')\n")
    at = AppTest.from_file(v1_app.parent / "links.py").run()
    link = at.page_link[0]
    assert (link.label, link.icon, link.url) == ("other", "🎯", "other")


# ---------------------------------------------------------------- the examples


def test_multipage_example_dashboard() -> None:
    at = AppTest.from_file(EXAMPLES / "multipage" / "app.py", default_timeout=20)
    messages = listen(at)
    at.run()
    assert not at.exception
    assert titles(at) == ["Overview"]
    nav = navigations(messages)[-1]
    assert [(p["title"], p["section"]) for p in nav.pages] == [
        ("Overview", "Dashboard"),
        ("Sales by month", "Dashboard"),
        ("Settings", "App"),
        ("About", "App"),
    ]
    assert at.metric[0].value == "€3,009k"
    at.sidebar.selectbox[0].select("North").run()
    assert at.metric[0].value == "€894k"
    at.button[0].click().run()  # "See the monthly figures": st.switch_page
    assert titles(at) == ["Sales by month"]
    assert at.session_state["region"] == "North"  # a widget of the main script keeps its value
    assert "Best month in North: **Jun**" in at.markdown.values
    at.toggle[0].set_value(False).run()
    assert at.get("table")[0].num_rows == 3
    at.switch_page("pages/settings.py").run()
    at.radio[0].set_value("USD").run()
    assert "Figures are shown in USD." in at.markdown.values
    at.switch_page("pages/overview.py").run()
    assert at.metric[0].value == "$966k"
    assert at.caption.values[0] == "Region: North · Currency: USD"
    at.session.handle(Rerun(page="about"))
    assert at.session.wait_idle(3)
    at.run()
    assert titles(at) == ["About"]
    assert at.page_link[0].url == ""


def test_pages_v1_example_shopping_list() -> None:
    main = EXAMPLES / "pages_v1" / "Home.py"
    at = AppTest.from_file(main, default_timeout=20)
    messages = listen(at)
    at.run()
    assert not at.exception
    assert [(p["title"], p["icon"]) for p in navigations(messages)[-1].pages] == [
        ("Home", ""),
        ("Summary", "📋"),
        ("Check out", ""),
    ]
    for item in ("apples", "bread"):
        at.text_input[0].input(item)
        at.button[0].click().run()
    assert at.markdown.values == ["- apples", "- bread"]
    assert at.page_link[0].url == "Summary"
    at.switch_page("pages/1_📋_Summary.py").run()
    assert titles(at) == ["Summary"]
    assert at.metric[0].value == "2"
    at.checkbox[0].check().run()
    assert at.json[0].value == '["apples"]'
    at.switch_page("Home.py").run()
    at.button[1].click().run()  # "Check out"
    assert titles(at) == ["Check out"]
    assert at.markdown.values == ["You are buying 2 items."]
    at.button[0].click().run()  # pay: empties the list and switches back home
    assert titles(at) == ["🛒 Shopping list"]
    assert at.caption.values == ["0 items"]
    configs = [(m.title, m.icon) for m in messages if isinstance(m, PageConfig)]
    assert ("Summary", "📋") in configs and configs[-1] == ("Shopping list", "🛒")


def test_page_help_is_the_tooltip_sent_with_the_menu(tmp_path: Path) -> None:
    main = write(
        tmp_path / "app.py",
        """
        import streamlit as st
        def home():
            st.title("Home")

        def other():
            st.title("Other")

        st.navigation([st.Page(home, help="Where it starts", default=True), st.Page(other)]).run()
        """,
    )
    at = AppTest.from_file(main)
    messages = listen(at)
    at.run()
    assert [p["help"] for p in navigations(messages)[-1].pages] == ["Where it starts", ""]
    bad = write(tmp_path / "bad.py", "import streamlit as st\nst.Page(lambda: None, title='x', url_path='x', help=3)\n")
    assert AppTest.from_file(bad).run().exception[0].message.startswith("st.Page: help must be a string")
