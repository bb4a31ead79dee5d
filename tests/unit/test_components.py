"""st.components.v1: html and iframe nodes, and declared components as widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.components import v1 as components
from desk.errors import DeskAPIError
from desk.testing import AppTest


@pytest.fixture(autouse=True)
def clean_registry() -> Iterator[None]:
    saved = dict(components.registry)
    yield
    components.registry.clear()
    components.registry.update(saved)


@pytest.fixture
def component_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "frontend"
    folder.mkdir()
    (folder / "index.html").write_text("<html><body>component</body></html>", encoding="utf-8")
    (folder / "main.js").write_text("console.log('hi')", encoding="utf-8")
    return folder


def test_streamlit_components_v1_is_desk_components_v1() -> None:
    import desk

    assert desk.components.v1 is components
    assert components.html is desk.components.v1.html


def test_html_emits_a_component_html_node() -> None:
    at = AppTest.from_string(
        """
        import streamlit.components.v1 as components
        components.html("<p id='x'>hi</p><script>1</script>", width=300, height=120, scrolling=True, tab_index=0)
        components.html("<i>plain</i>")
        """
    ).run()
    nodes = at.get("ComponentHtml")
    assert len(nodes) == 2
    page = nodes[0].proto["page"]
    assert page.mimetype.startswith("text/html") and page.data == b"<p id='x'>hi</p><script>1</script>"
    assert {k: v for k, v in nodes[0].proto.items() if k != "page"} == {
        "html": "<p id='x'>hi</p><script>1</script>",
        "width": 300,
        "height": 120,
        "scrolling": True,
        "tab_index": 0,
        "allow_popups": False,
    }
    assert nodes[1].proto["height"] is None and nodes[1].proto["scrolling"] is False


def test_iframe_emits_a_component_iframe_node() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.components.v1.iframe("http://127.0.0.1:8000/docs", height=400)
        """
    ).run()
    node = at.get("ComponentIframe")[0]
    assert node.proto["src"] == "http://127.0.0.1:8000/docs"
    assert node.proto["height"] == 400
    assert node.proto["width"] is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: components.html(42), r"components.html: html must be a string, not int \(42\)"),
        (lambda: components.html("x", height=-1), r"components.html: height must be a whole number of pixels"),
        (lambda: components.html("x", width="wide"), r"width must be a whole number of pixels .* not 'wide'"),
        (lambda: components.html("x", scrolling="yes"), r"scrolling must be True or False, not 'yes'"),
        (lambda: components.html("x", tab_index=-2), r"tab_index must be None, -1 .* not -2"),
        (lambda: components.iframe(""), r"components.iframe: src must be a non-empty URL string"),
    ],
)
def test_html_and_iframe_validate_their_arguments(call: object, message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        call()  # type: ignore[operator]


def test_declare_component_names_it_after_the_calling_module(component_dir: Path) -> None:
    component = components.declare_component("picker", path=component_dir)
    assert component.name == f"{__name__}.picker"
    assert components.registry[component.name] == component_dir.resolve()
    assert component.source == f"/component/{__name__}.picker/"


def test_url_component_is_not_registered_and_points_at_its_url() -> None:
    component = components.declare_component("dev", url="http://localhost:3001")
    assert component.source == "http://localhost:3001"
    assert component.name not in components.registry


def test_declare_component_needs_exactly_one_of_path_and_url(component_dir: Path) -> None:
    with pytest.raises(DeskAPIError, match=r"pass either path= .* or url= .*not both and not neither"):
        components.declare_component("x")
    with pytest.raises(DeskAPIError, match="not both and not neither"):
        components.declare_component("x", path=component_dir, url="http://localhost:3001")


def test_declare_component_path_must_be_a_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(DeskAPIError, match=r"path '.*nope' is not a folder \(looked at .*nope\)"):
        components.declare_component("x", path=missing)


def test_relative_path_is_found_next_to_the_calling_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = tmp_path / "app"
    (app / "build").mkdir(parents=True)
    (app / "build" / "index.html").write_text("<p>x</p>", encoding="utf-8")
    script = app / "my_app.py"
    script.write_text(
        "import streamlit.components.v1 as components\n"
        "c = components.declare_component('rel', path='build')\n"
        "c(key='r')\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_file(script).run()
    assert not at.exception
    node = at.get("CustomComponent")[0]
    assert node.proto["component_name"] == "my_app.rel"
    assert components.registry["my_app.rel"] == (app / "build").resolve()


def test_component_file_serves_only_files_inside_the_folder(component_dir: Path) -> None:
    component = components.declare_component("files", path=component_dir)
    assert components.component_file(component.name, "index.html") == component_dir.resolve() / "index.html"
    assert components.component_file(component.name, "/main.js") == component_dir.resolve() / "main.js"
    assert components.component_file(component.name, "../secret.txt") is None
    assert components.component_file(component.name, "missing.js") is None
    assert components.component_file("unknown.component", "index.html") is None


def _component_app(component_dir: Path) -> AppTest:
    return AppTest.from_string(
        f"""
        import streamlit as st
        import streamlit.components.v1 as components

        rating = components.declare_component("rating", path={str(component_dir)!r})

        def changed():
            st.session_state.changes = st.session_state.get("changes", 0) + 1

        value = rating(stars=5, label="Rate it", key="rating", default=0, on_change=changed)
        st.write(f"value: {{value}}")
        st.write(f"changes: {{st.session_state.get('changes', 0)}}")
        """
    )


def test_declared_component_is_a_widget_returning_default_until_the_component_sends_a_value(
    component_dir: Path,
) -> None:
    at = _component_app(component_dir).run()
    node = at.get("CustomComponent")[0]
    assert node.proto["args"] == {"stars": 5, "label": "Rate it"}
    assert node.proto["default"] == 0
    assert node.proto["url"].startswith("/component/") and node.proto["url"].endswith(".rating/")
    assert node.proto["key"] == "rating"
    assert at.markdown.values == ["value: 0", "changes: 0"]

    node.set_value({"stars": 4, "comment": "good"}).run()
    assert at.markdown.values == ["value: {'stars': 4, 'comment': 'good'}", "changes: 1"]
    assert at.session_state["rating"] == {"stars": 4, "comment": "good"}
    at.run()
    assert at.markdown.values[0] == "value: {'stars': 4, 'comment': 'good'}"
    assert at.markdown.values[1] == "changes: 1"


def test_component_takes_keyword_arguments_only(component_dir: Path) -> None:
    component = components.declare_component("kw", path=component_dir)
    with pytest.raises(DeskAPIError, match=r"takes keyword arguments only, got 1 positional argument\(s\) \('a'"):
        component("a")


def test_component_arguments_must_be_json(component_dir: Path) -> None:
    component = components.declare_component("js", path=component_dir)
    with pytest.raises(DeskAPIError, match=r"argument 'when' of component .* must be JSON-serializable"):
        component(when=object())
    pd = pytest.importorskip("pandas")
    with pytest.raises(DeskAPIError, match=r"argument 'data' .* is a DataFrame; .*to_dict\('records'\)"):
        component(data=pd.DataFrame({"a": [1]}))


def test_component_called_outside_a_run_returns_its_default(component_dir: Path) -> None:
    component = components.declare_component("bare", path=component_dir)
    assert component(x=1, default=[1, 2]) == [1, 2]
    assert component.create_instance(x=1, default="d") == "d"


def test_keyed_component_keeps_its_value_when_its_arguments_change(component_dir: Path) -> None:
    at = AppTest.from_string(
        f"""
        import streamlit as st
        import streamlit.components.v1 as components
        counter = components.declare_component("counter", path={str(component_dir)!r})
        step = st.number_input("step", value=1)
        keyed = counter(step=step, key="keyed", default=0)
        plain = counter(step=step, default=0)
        st.markdown(f"{{keyed}} {{plain}}")
        """
    ).run()
    keyed, plain = at.get("CustomComponent")
    keyed.set_value(5)
    plain.set_value(7)
    at.run()
    assert at.markdown[0].value == "5 7"
    at.number_input[0].set_value(2).run()
    assert at.markdown[0].value == "5 0"  # without a key, new arguments make a new instance


def test_component_names_cannot_contain_slashes(component_dir: Path) -> None:
    with pytest.raises(DeskAPIError, match=r"name 'a/b' must not contain slashes"):
        components.declare_component("a/b", path=component_dir)
    with pytest.raises(DeskAPIError, match=r"name must be a non-empty string, not ''"):
        components.declare_component("", path=component_dir)


# ---------------------------------------------------------------- st.iframe


def test_st_iframe_embeds_urls_paths_html_files_and_html_strings(tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text("<h1>Report</h1>", encoding="utf-8")
    at = AppTest.from_string(
        f"""
        from pathlib import Path
        import streamlit as st
        st.iframe("https://example.org/page", height=300)
        st.iframe("/app/static/report.html", width=400, tab_index=-1)
        st.iframe({str(report)!r})
        st.iframe(Path({str(report)!r}), height="stretch")
        st.iframe("<p>inline <b>HTML</b></p>")
        """
    ).run()
    assert not at.exception
    frames = at.get("ComponentIframe")
    assert [f.proto["src"] for f in frames] == ["https://example.org/page", "/app/static/report.html"]
    assert (frames[0].proto["height"], frames[0].proto["width"]) == (300, None)
    assert (frames[1].proto["width"], frames[1].proto["tab_index"]) == (400, -1)
    pages = at.get("ComponentHtml")
    assert [p.proto["html"] for p in pages] == ["<h1>Report</h1>", "<h1>Report</h1>", "<p>inline <b>HTML</b></p>"]
    assert all(p.proto["height"] is None for p in pages)


def test_st_iframe_explains_bad_arguments(tmp_path: Path) -> None:
    import desk

    picture = tmp_path / "cat.png"
    picture.write_bytes(b"\x89PNG")
    with pytest.raises(DeskAPIError, match=r"st.iframe: height must be 'content' or 'stretch' or a positive number of pixels, not 0"):
        desk.iframe("https://example.org", height=0)
    with pytest.raises(DeskAPIError, match=r"st.iframe: width must be 'stretch' or 'content' or a positive number of pixels, not 'wide'"):
        desk.iframe("https://example.org", width="wide")
    with pytest.raises(DeskAPIError, match=r"st.iframe: '.*cat.png' is not an HTML file; desk embeds .html files. Use st.image"):
        desk.iframe(picture)
    with pytest.raises(DeskAPIError, match=r"st.iframe: no file at 'missing.html'"):
        desk.iframe("missing.html")
    with pytest.raises(DeskAPIError, match=r"st.iframe: src must be a URL, a path to an HTML file or an HTML string, not 42"):
        desk.iframe(42)  # type: ignore[arg-type]
