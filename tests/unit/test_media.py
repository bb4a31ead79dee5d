"""Media elements: image, audio, video and logo."""

from __future__ import annotations

import base64
import builtins
import datetime
import io
import wave
from pathlib import Path
from typing import Any

import pytest

import desk as st
from desk.elements.media import image_item, wav_bytes
from desk.errors import DeskAPIError, MissingDependencyError
from desk.protocol import ROOT_SIDEBAR, BinaryPayload
from desk.testing import AppTest

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    assert not at.exception, f"the script raised: {[e.message for e in at.exception]}"
    return at


def decode(item: dict[str, Any]) -> Any:
    payload = item["payload"]
    assert isinstance(payload, BinaryPayload)
    return Image.open(io.BytesIO(payload.data))


# ---------------------------------------------------------------- image sources


def test_image_from_url_svg_and_bytes() -> None:
    at = run(
        f"""
        import streamlit as st
        st.image("https://example.com/cat.png", caption="A cat")
        st.image({SVG!r})
        st.image({PNG_1PX!r})
        """
    )
    url, svg, raw = (e.images[0] for e in at.get("Image"))
    assert url == {"src": "https://example.com/cat.png", "caption": "A cat"}
    assert svg["src"].startswith("data:image/svg+xml;base64,")
    assert base64.b64decode(svg["src"].split(",", 1)[1]).decode() == SVG
    assert raw["payload"].mimetype == "image/png"
    assert raw["payload"].data == PNG_1PX


def test_image_from_a_file_path_and_a_file_object(tmp_path: Path) -> None:
    picture = tmp_path / "pixel.png"
    picture.write_bytes(PNG_1PX)
    at = run(
        f"""
        import streamlit as st
        from pathlib import Path
        st.image({str(picture)!r})
        st.image(Path({str(picture)!r}))
        with open({str(picture)!r}, "rb") as handle:
            st.image(handle)
        """
    )
    payloads = [e.images[0]["payload"] for e in at.get("Image")]
    assert [p.mimetype for p in payloads] == ["image/png"] * 3
    assert all(p.data == PNG_1PX for p in payloads)


def test_image_path_relative_to_the_script_folder(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG_1PX)
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.image('logo.png')\n", encoding="utf-8")
    at = AppTest.from_file(script).run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.get("Image")[0].images[0]["payload"].data == PNG_1PX


def test_missing_image_file_is_explained() -> None:
    at = AppTest.from_string("import streamlit as st\nst.image('nowhere/cat.png')\n").run()
    assert at.exception[0].message.startswith("st.image: there is no image file at 'nowhere/cat.png'.")


def test_pil_image_is_encoded_as_png_or_jpeg() -> None:
    picture = Image.new("RGBA", (4, 3), (255, 0, 0, 128))
    png = image_item("image", picture)
    assert png["payload"].mimetype == "image/png"
    assert decode(png).size == (4, 3)
    jpeg = image_item("image", picture, output_format="JPEG")
    assert jpeg["payload"].mimetype == "image/jpeg"
    assert decode(jpeg).mode == "RGB"


def test_pil_jpeg_stays_jpeg_in_auto_mode() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), "blue").save(buffer, format="JPEG")
    opened = Image.open(io.BytesIO(buffer.getvalue()))
    assert image_item("image", opened)["payload"].mimetype == "image/jpeg"


# ---------------------------------------------------------------- numpy images


def test_numpy_grayscale_and_rgb() -> None:
    gray = np.full((2, 3), 200, dtype=np.uint8)
    assert decode(image_item("image", gray)).getpixel((0, 0)) == 200
    single = np.full((2, 3, 1), 7, dtype=np.uint8)
    assert decode(image_item("image", single)).size == (3, 2)
    rgba = np.zeros((2, 2, 4), dtype=np.uint8)
    rgba[..., 3] = 255
    assert decode(image_item("image", rgba)).mode == "RGBA"


def test_numpy_bgr_channels_are_swapped() -> None:
    pixel = np.zeros((1, 1, 3), dtype=np.uint8)
    pixel[0, 0] = (10, 20, 30)
    assert decode(image_item("image", pixel, channels="BGR")).getpixel((0, 0)) == (30, 20, 10)
    assert decode(image_item("image", pixel, channels="RGB")).getpixel((0, 0)) == (10, 20, 30)


def test_numpy_floats_are_scaled_from_zero_to_one() -> None:
    data = np.array([[0.0, 0.5, 1.0]])
    assert [decode(image_item("image", data)).getpixel((x, 0)) for x in range(3)] == [0, 127, 255]


def test_out_of_range_values_need_clamp() -> None:
    data = np.array([[-0.5, 2.0]])
    with pytest.raises(DeskAPIError, match=r"st.image: the float image \(expected 0.0 to 1.0\) has values from -0.5 to 2.0. Pass clamp=True"):
        image_item("image", data)
    clamped = decode(image_item("image", data, clamp=True))
    assert [clamped.getpixel((x, 0)) for x in range(2)] == [0, 255]
    with pytest.raises(DeskAPIError, match=r"st.image: the integer image \(expected 0 to 255\) has values from 0 to 300"):
        image_item("image", np.array([[0, 300]]))


def test_numpy_shape_is_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.image: a numpy image must have shape .* not \(2, 2, 2\)"):
        image_item("image", np.zeros((2, 2, 2)))


def test_numpy_image_without_pillow_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pil(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "PIL" or name.startswith("PIL."):
            raise ImportError("No module named 'PIL'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pil)
    with pytest.raises(MissingDependencyError, match=r"st.image: showing a numpy array needs Pillow.*pip install pillow"):
        image_item("image", np.zeros((2, 2), dtype=np.uint8))


# ---------------------------------------------------------------- image options


def test_list_of_images_with_captions() -> None:
    at = run(
        """
        import streamlit as st
        import numpy as np
        st.image([np.zeros((2, 2), dtype=np.uint8), "https://example.com/a.png"], caption=["first", "second"])
        """
    )
    images = at.get("Image")[0].images
    assert [i["caption"] for i in images] == ["first", "second"]
    assert "payload" in images[0] and images[1]["src"] == "https://example.com/a.png"


def test_caption_count_must_match() -> None:
    with pytest.raises(DeskAPIError, match=r"st.image: 2 images were given with 1 captions"):
        st.image(["https://a/1.png", "https://a/2.png"], caption=["only one"])
    with pytest.raises(DeskAPIError, match=r"st.image: 2 images were given but one caption string"):
        st.image(["https://a/1.png", "https://a/2.png"], caption="one")
    with pytest.raises(DeskAPIError, match=r"st.image: the list of images is empty"):
        st.image([])


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "content"),
        ({"width": 120}, 120),
        ({"width": "stretch"}, "stretch"),
        ({"width": None}, "content"),
        ({"use_container_width": True}, "stretch"),
        ({"use_container_width": False, "width": 50}, 50),
        ({"use_column_width": "always"}, "stretch"),
        ({"use_column_width": "auto"}, "content"),
    ],
)
def test_image_width(kwargs: dict[str, Any], expected: Any) -> None:
    at = run(f"import streamlit as st\nst.image('https://example.com/a.png', **{kwargs!r})\n")
    assert at.get("Image")[0].width == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"width": -3}, r"st.image: width must be 'content' or 'stretch' or a positive number of pixels, not -3"),
        ({"channels": "RGBA"}, r"st.image: channels must be 'RGB' or 'BGR', not 'RGBA'"),
        ({"output_format": "TIFF"}, r"st.image: output_format must be 'auto', 'PNG' or 'JPEG', not 'TIFF'"),
        ({"use_column_width": "sometimes"}, r"st.image: use_column_width must be 'auto', 'always', 'never', True or False"),
    ],
)
def test_image_options_are_checked(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        st.image("https://example.com/a.png", **kwargs)


def test_image_type_is_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.image: image must be a URL, a file path, bytes, a PIL image or a numpy array .* not int"):
        st.image(5)


# ---------------------------------------------------------------- audio


def test_audio_from_url_bytes_and_file(tmp_path: Path) -> None:
    song = tmp_path / "song.mp3"
    song.write_bytes(b"ID3fake")
    at = run(
        f"""
        import streamlit as st
        st.audio("https://example.com/a.ogg", format="audio/ogg", loop=True, autoplay=True)
        st.audio(b"RIFFdata")
        st.audio({str(song)!r})
        """
    )
    url, raw, from_file = at.audio
    assert (url.src, url.format, url.loop, url.autoplay, url.start_time, url.end_time) == (
        "https://example.com/a.ogg",
        "audio/ogg",
        True,
        True,
        0,
        None,
    )
    assert raw.payload.data == b"RIFFdata" and raw.payload.mimetype == "audio/wav"
    assert from_file.payload.mimetype == "audio/mpeg"


def test_audio_from_numpy_builds_a_wav() -> None:
    at = run(
        """
        import streamlit as st
        import numpy as np
        tone = np.sin(np.linspace(0, 6.28, 800))
        st.audio(np.stack([tone, -tone]), sample_rate=8000)
        """
    )
    payload = at.audio[0].payload
    assert payload.mimetype == "audio/wav"
    with wave.open(io.BytesIO(payload.data)) as reader:
        assert (reader.getnchannels(), reader.getframerate(), reader.getnframes(), reader.getsampwidth()) == (2, 8000, 800, 2)


def test_wav_bytes_scale_to_full_range_and_handle_silence() -> None:
    loud = np.frombuffer(wave.open(io.BytesIO(wav_bytes(np.array([0.0, 0.5, -0.25]), 100))).readframes(3), dtype="<i2")
    assert list(loud) == [0, 32767, -16383]
    silent = np.frombuffer(wave.open(io.BytesIO(wav_bytes(np.zeros(4), 100))).readframes(4), dtype="<i2")
    assert list(silent) == [0, 0, 0, 0]


def test_audio_numpy_needs_sample_rate() -> None:
    with pytest.raises(DeskAPIError, match=r"st.audio: sample_rate must be a positive int .* when data is a numpy array, not None"):
        st.audio(np.zeros(10))


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, None, (0, None)),
        (2.9, 10, (2, 10)),
        ("1m14s", "2m", (74, 120)),
        (datetime.timedelta(seconds=70), None, (70, None)),
        (None, 5, (0, 5)),
    ],
)
def test_audio_times(start: Any, end: Any, expected: tuple[int, int | None]) -> None:
    at = run(f"import streamlit as st\nimport datetime\nst.audio('https://x/a.wav', start_time={start!r}, end_time={end!r})\n")
    assert (at.audio[0].start_time, at.audio[0].end_time) == expected


def test_audio_times_are_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.audio: start_time must be a number of seconds \(0 or more\), .* not -1"):
        st.audio("https://x/a.wav", start_time=-1)
    with pytest.raises(DeskAPIError, match=r"st.audio: end_time \(3 s\) must be later than start_time \(5 s\)"):
        st.audio("https://x/a.wav", start_time=5, end_time=3)
    with pytest.raises(DeskAPIError, match=r"st.audio: start_time must be .* not 'soon'"):
        st.audio("https://x/a.wav", start_time="soon")


def test_audio_missing_file_is_explained() -> None:
    with pytest.raises(DeskAPIError, match=r"st.audio: there is no file at 'missing.wav'"):
        st.audio("missing.wav")


# ---------------------------------------------------------------- video


def test_video_options_and_srt_subtitles(tmp_path: Path) -> None:
    subs = tmp_path / "en.srt"
    subs.write_text("1\n00:00:01,500 --> 00:00:02,000\nHello\n", encoding="utf-8")
    at = run(
        f"""
        import streamlit as st
        st.video(b"\\x00\\x00\\x00\\x18ftypmp4", start_time=3, end_time=9, loop=True, autoplay=True, muted=True,
                 subtitles={str(subs)!r})
        st.video("https://www.youtube.com/watch?v=abc", subtitles={{"English": "WEBVTT\\n\\n00:01.000 --> 00:02.000\\nHi",
                 "Deutsch": b"1\\n00:00:01,000 --> 00:00:02,000\\nHallo"}})
        """
    )
    first, second = at.video
    assert (first.format, first.start_time, first.end_time, first.loop, first.autoplay, first.muted) == (
        "video/mp4",
        3,
        9,
        True,
        True,
        True,
    )
    assert first.payload.mimetype == "video/mp4"
    track = first.subtitles[0]
    assert track["label"] == "default"
    assert track["payload"].mimetype == "text/vtt"
    assert track["payload"].data.decode() == "WEBVTT\n\n1\n00:00:01.500 --> 00:00:02.000\nHello\n"
    assert second.src == "https://www.youtube.com/watch?v=abc"
    assert [t["label"] for t in second.subtitles] == ["English", "Deutsch"]
    assert second.subtitles[1]["payload"].data.decode().startswith("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000")


def test_video_missing_subtitle_file_is_explained() -> None:
    with pytest.raises(DeskAPIError, match=r"st.video: subtitles 'default': there is no subtitle file at 'none.vtt'"):
        st.video("https://x/v.mp4", subtitles="none.vtt")


def test_video_data_type_is_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.video: data must be a URL, a file path, bytes or a file object, not dict"):
        st.video({"a": 1})


# ---------------------------------------------------------------- logo


def test_logo_goes_to_the_sidebar_root() -> None:
    at = run(
        f"""
        import streamlit as st
        st.logo({PNG_1PX!r}, link="https://example.com", icon_image=":material/home:", size="large")
        st.write("main")
        """
    )
    logos = at.sidebar.get("Logo")
    assert len(logos) == 1
    logo = logos[0]
    assert logo.path[0] == ROOT_SIDEBAR
    assert logo.image["payload"].data == PNG_1PX
    assert logo.icon_image == {"icon": ":material/home:"}
    assert (logo.link, logo.size) == ("https://example.com", "large")
    assert at.markdown.values == ["main"]


def test_logo_accepts_an_emoji_and_a_url() -> None:
    at = run("import streamlit as st\nst.logo('🚀', icon_image='https://example.com/i.png')\n")
    logo = at.sidebar.get("Logo")[0]
    assert logo.image == {"icon": "🚀"}
    assert logo.icon_image == {"src": "https://example.com/i.png"}
    assert logo.size == "medium"


def test_logo_arguments_are_checked() -> None:
    with pytest.raises(DeskAPIError, match=r"st.logo: size must be 'small', 'medium' or 'large', not 'huge'"):
        st.logo("🚀", size="huge")
    with pytest.raises(DeskAPIError, match=r"st.logo: link must be a URL starting with http:// or https://, not 'example.com'"):
        st.logo("🚀", link="example.com")
    with pytest.raises(DeskAPIError, match=r"st.logo: image must be a single image, not a list"):
        st.logo(["https://a/1.png"])


def test_logo_image_file_must_exist() -> None:
    with pytest.raises(DeskAPIError, match=r"st.logo: there is no image file at 'brand'"):
        st.logo("brand")


def test_cmyk_images_are_converted_for_png() -> None:
    assert decode(image_item("image", Image.new("CMYK", (2, 2)))).mode == "RGBA"


def test_uploaded_files_keep_their_type() -> None:
    at = run(
        """
        import streamlit as st
        import io
        class Uploaded(io.BytesIO):
            type = "audio/webm"
        st.audio(Uploaded(b"webm-bytes"))
        st.audio(Uploaded(b"webm-bytes"), format="audio/ogg")
        """
    )
    assert [a.payload.mimetype for a in at.audio] == ["audio/webm", "audio/ogg"]


def test_image_link_makes_the_single_image_a_link() -> None:
    png = 'b"\\x89PNG\\r\\n\\x1a\\n" + bytes(20)'
    at = AppTest.from_string(f"import streamlit as st\nst.image({png}, link='https://example.com')\n").run()
    assert at.imgs[0].link == "https://example.com"
    at = AppTest.from_string(f"import streamlit as st\nst.image({png})\n").run()
    assert "link" not in at.imgs[0].node.props
    at = AppTest.from_string(f"import streamlit as st\nst.image([{png}, {png}], link='/page')\n").run()
    assert "st.image: link works with one image, but 2 were given" in at.exception[0].value
    at = AppTest.from_string(f"import streamlit as st\nst.image({png}, link=3)\n").run()
    assert "st.image: link must be a URL or a path" in at.exception[0].value
