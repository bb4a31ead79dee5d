"""The examples that show the wider st.* surface run here, with real interactions, through AppTest.

chat_llm.py, csv_explorer.py, media_gallery.py, sql_dashboard.py and components_demo.py.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.cache.api import clear_all
from desk.components import v1 as components
from desk.testing import AppTest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SURFACE_EXAMPLES = ("chat_llm.py", "csv_explorer.py", "media_gallery.py", "sql_dashboard.py", "components_demo.py")


def app(name: str) -> AppTest:
    return AppTest.from_file(EXAMPLES / name, default_timeout=15)


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    clear_all()
    yield
    clear_all()


def test_the_surface_examples_exist() -> None:
    assert {name for name in SURFACE_EXAMPLES if (EXAMPLES / name).is_file()} == set(SURFACE_EXAMPLES)


# ---------------------------------------------------------------- chat_llm.py


def test_chat_streams_answers_and_keeps_the_history() -> None:
    at = app("chat_llm.py").run()
    assert not at.exception
    assert [m.proto["name"] for m in at.chat_message] == ["assistant"]
    assert at.chat_input[0].placeholder == "Say something"
    assert at.sidebar.caption[0].value == "1 message so far"
    at.sidebar.slider[0].set_value(500).run()  # stream fast

    at.chat_input[0].set_value("hello there").run()
    assert [m.proto["name"] for m in at.chat_message] == ["assistant", "user", "assistant"]
    assert at.sidebar.caption[0].value == "3 messages so far"
    assert at.chat_message[1].markdown[0].value == "hello there"
    assert at.chat_message[2].markdown[0].value == "Hello! Nice to meet you. What shall we talk about?"
    assert at.session_state["messages"][-1] == {
        "role": "assistant",
        "content": "Hello! Nice to meet you. What shall we talk about?",
    }

    at.chat_input[0].set_value("reverse desk").run()
    assert at.chat_message[-1].markdown[0].value == "Reversed: ksed"
    assert len(at.session_state["messages"]) == 5
    at.run()  # a plain rerun redraws the history from session_state
    assert len(at.chat_message) == 5
    assert at.sidebar.caption[0].value == "5 messages so far"


def test_chat_persona_changes_the_answer_and_clear_empties_the_history() -> None:
    at = app("chat_llm.py").run()
    at.sidebar.slider[0].set_value(500)
    at.sidebar.selectbox[0].select("Pirate").run()
    at.chat_input[0].set_value("count these four words").run()
    assert at.chat_message[-1].markdown[0].value == "Arr! Your message has 4 words and 22 characters."
    at.sidebar.button[0].click().run()
    assert len(at.chat_message) == 0
    assert at.session_state["messages"] == []


# ---------------------------------------------------------------- csv_explorer.py


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_csv_explorer_filters_the_sample_and_downloads_the_result() -> None:
    at = app("csv_explorer.py").run()
    assert not at.exception
    assert "bundled sample" in at.info[0].value
    assert [m.value for m in at.metric] == ["60", "6", "100%"]
    assert len(at.dataframe[0].value) == 60
    assert [w.label for w in at.sidebar.multiselect] == ["region", "product"]
    assert len(at.get("VegaLiteChart")) == 1

    at.sidebar.multiselect[0].unselect("North").unselect("South").run()
    shown = at.dataframe[0].value
    assert set(shown["region"]) == {"East", "West"}
    assert at.metric[0].value == str(len(shown))
    download = at.download_button[0]
    assert download.proto["file_name"] == "filtered_cafe_orders.csv"
    rows = _csv_rows(download.proto["data"].data)
    assert len(rows) == len(shown)
    assert {row["region"] for row in rows} == {"East", "West"}

    at.sidebar.text_input[0].input("bagel").run()
    assert set(at.dataframe[0].value["product"]) == {"Bagel"}
    assert at.caption[-1].value.startswith("Largest: ")


def test_csv_explorer_reads_an_uploaded_file_and_reports_bad_ones() -> None:
    at = app("csv_explorer.py").run()
    at.file_uploader[0].upload("scores.csv", b"team,score\nred,3\nblue,5\nred,4\n").run()
    assert not at.exception
    assert len(at.info) == 0
    assert at.dataframe[0].value["score"].tolist() == [3, 5, 4]
    at.selectbox("measure").select("score").run()
    assert at.caption[-1].value == "Largest: red with 7.00."
    assert at.download_button[0].proto["file_name"] == "filtered_scores.csv"

    at.file_uploader[0].upload("empty.csv", b"").run()
    assert "empty.csv is not a CSV file this app can read" in at.error[0].value


# ---------------------------------------------------------------- media_gallery.py


def _image_size(payload: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(payload)) as picture:
        return picture.size


def test_media_gallery_generates_images_and_sounds() -> None:
    pytest.importorskip("numpy")
    pytest.importorskip("PIL")
    at = app("media_gallery.py").run()
    assert not at.exception
    assert [t.proto["label"] for t in at.tabs] == ["Pictures", "Sounds"]
    pictures = at.tabs[0].image
    assert [img.proto["images"][0]["caption"] for img in pictures[:3]] == [
        "Gradient (shift 0.00)",
        "4 rings",
        "A PIL image",
    ]
    assert _image_size(pictures[0].proto["images"][0]["payload"].data) == (160, 160)
    strip = pictures[3].proto["images"]
    assert [item["caption"] for item in strip] == ["Badge 1", "Badge 2", "Badge 3", "Badge 4"]

    first_gradient = pictures[0].proto["images"][0]["payload"]
    at.slider("shift").set_value(0.5).run()
    assert at.tabs[0].image[0].proto["images"][0]["caption"] == "Gradient (shift 0.50)"
    assert at.tabs[0].image[0].proto["images"][0]["payload"] != first_gradient

    sounds = at.tabs[1]
    assert len(sounds.audio) == 2
    wav = sounds.audio[0].proto["payload"]
    assert wav.mimetype == "audio/wav" and wav.data[:4] == b"RIFF"
    assert sounds.caption[0].value == "A4: 440.00 Hz, 1 s, 22,050 samples at 22,050 Hz."
    at.radio("note").set_value("C5")
    at.select_slider("seconds").set_value(2.0).run()
    assert at.tabs[1].caption[0].value == "C5: 523.25 Hz, 2 s, 44,100 samples at 22,050 Hz."
    assert len(at.tabs[1].audio[0].proto["payload"].data) > len(wav.data)


# ---------------------------------------------------------------- sql_dashboard.py


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example creates its database in the temporary folder: give it a fresh one."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_sql_dashboard_queries_filters_and_records_a_sale(temp_folder: Path) -> None:
    pytest.importorskip("sqlalchemy")
    at = app("sql_dashboard.py").run()
    assert not at.exception
    assert (temp_folder / "desk-examples" / "bookshop.db").is_file()
    assert [(m.label, m.value) for m in at.metric] == [
        ("Orders", "400"),
        ("Copies sold", "1,033"),
        ("Revenue", "$16,113.00"),
    ]
    best = at.dataframe[0].value
    assert best["title"].tolist()[0] == "Bread, Slowly"
    assert len(best) == 5
    assert len(at.get("VegaLiteChart")) == 1

    at.sidebar.multiselect[0].unselect("Fiction").run()
    assert at.metric[0].value == "280"
    assert "Fiction" not in set(at.dataframe[0].value["genre"])
    at.sidebar.slider[0].set_range(1, 6).run()
    first_half = int(at.metric[0].value)
    assert 0 < first_half < 280

    at.selectbox[0].select("Bread, Slowly")
    at.number_input[0].set_value(3)
    at.button[0].click().run()
    assert not at.exception
    assert at.success[0].value == "Saved: 3 × Bread, Slowly on 31 December 2024."
    at.sidebar.slider[0].set_range(1, 12).run()
    assert [m.value for m in at.metric] == ["281", "729", "$12,566.50"]
    assert len(at.success) == 0


def test_sql_dashboard_asks_for_a_genre(temp_folder: Path) -> None:
    pytest.importorskip("sqlalchemy")
    at = app("sql_dashboard.py").run()
    multiselect = at.sidebar.multiselect[0]
    multiselect.set_value([]).run()
    assert at.warning[0].value == "Pick at least one genre in the sidebar."
    assert len(at.metric) == 0


# ---------------------------------------------------------------- components_demo.py


def test_components_demo_shows_html_and_a_path_based_component() -> None:
    at = app("components_demo.py").run()
    assert not at.exception
    frame = at.get("ComponentHtml")[0]
    assert "background: #FF4B4B" in frame.proto["html"] and frame.proto["height"] == 60
    at.color_picker[0].pick("#00AA00").run()
    assert "background: #00AA00" in at.get("ComponentHtml")[0].proto["html"]

    rating = at.get("CustomComponent")[0]
    assert rating.proto["component_name"] == "components_demo.star_rating"
    assert rating.proto["url"] == "/component/components_demo.star_rating/"
    assert rating.proto["args"] == {"label": "How do you like desk?", "max_stars": 5}
    folder = components.registry["components_demo.star_rating"]
    assert folder == (EXAMPLES / "components" / "star_rating").resolve()
    assert components.component_file("components_demo.star_rating", "index.html") is not None
    assert at.markdown[0].value == "Click a star to rate."

    rating.set_value(5).run()
    assert at.markdown[0].value == "You gave **5 of 5** stars. 🎉"
    assert at.caption[1].value == "Ratings sent so far: 1"
    at.slider("max_stars").set_value(8).run()
    assert at.markdown[0].value == "You gave **5 of 8** stars."
    assert at.get("CustomComponent")[0].proto["args"]["max_stars"] == 8


def test_components_demo_tag_picker_keeps_its_selection_and_clears_on_its_trigger() -> None:
    at = app("components_demo.py").run()
    picker = at.get("bidi_component")[0]
    assert picker.proto["component_name"] == "tag_picker"
    assert picker.proto["data"] == {"tags": ["python", "data", "desktop", "charts", "offline"], "selected": []}
    assert at.markdown[1].value == "Picked: nothing yet"

    picker.set_state("selected", ["python", "offline"]).run()
    assert at.markdown[1].value == "Picked: python, offline"
    assert at.get("bidi_component")[0].proto["data"]["selected"] == ["python", "offline"]  # the chips follow
    at.run()
    assert at.markdown[1].value == "Picked: python, offline"

    at.get("bidi_component")[0].trigger("cleared").run()  # its callback empties the selection
    assert at.markdown[1].value == "Picked: nothing yet"
    picker = at.get("bidi_component")[0]
    assert picker.value == {"selected": []} and picker.proto["set_value"] is True
    assert picker.proto["data"]["selected"] == []
