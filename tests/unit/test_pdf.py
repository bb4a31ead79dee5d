"""st.pdf: what it accepts (bytes, paths, file:// URLs, file objects), what it refuses, and that
its bytes are streamed from /media instead of riding the socket."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import desk as st
from desk.errors import DeskAPIError
from desk.protocol import BinaryPayload
from desk.server.wire import is_streamed
from desk.testing import AppTest


def sample_pdf(pages: tuple[str, ...] = ("Hello from desk",)) -> bytes:
    """A small valid PDF with one line of Helvetica text per page (offsets computed, not guessed)."""
    count = len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(f"{4 + 2 * i} 0 R".encode() for i in range(count)) + b"] /Count %d >>" % count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, text in enumerate(pages):
        stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_from_bytes_path_url_and_file_object(tmp_path: Path) -> None:
    data = sample_pdf()
    path = tmp_path / "report.pdf"
    path.write_bytes(data)

    def app(path: str) -> None:
        import io
        from pathlib import Path

        import streamlit as st

        st.pdf(Path(path).read_bytes())
        st.pdf(path, height=300, alt="The report")
        st.pdf(Path(path).as_uri())
        st.pdf(io.BytesIO(Path(path).read_bytes()), height="stretch")

    at = AppTest.from_function(app, args=(str(path),)).run()
    assert not at.exception, [e.message for e in at.exception]
    viewers = at.pdf
    assert [v.height for v in viewers] == [500, 300, 500, "stretch"]
    assert [v.alt for v in viewers] == [None, "The report", None, None]
    for viewer in viewers:
        payload = viewer.proto["payload"]
        assert isinstance(payload, BinaryPayload) and payload.data == data and payload.mimetype == "application/pdf"


def test_pdf_bytes_are_streamed_from_media() -> None:
    assert is_streamed(BinaryPayload(sample_pdf(), "application/pdf"))


@pytest.mark.parametrize(
    ("data", "kwargs", "message"),
    [
        ("https://example.com/a.pdf", {}, r"st.pdf: desk works offline and does not fetch 'https://example.com/a.pdf'"),
        ("missing.pdf", {}, r"st.pdf: there is no file at 'missing.pdf'"),
        (42, {}, r"st.pdf: data must be a file path, bytes or a file object, not int."),
        (b"hello", {}, r"st.pdf: data is not a PDF document"),
        (io.BytesIO(sample_pdf()), {"height": 0}, r"st.pdf: height must be a positive number of pixels or 'stretch', not 0."),
        (sample_pdf(), {"height": "content"}, r"st.pdf: height must be a positive number of pixels or 'stretch'"),
        (sample_pdf(), {"alt": 3}, r"st.pdf: alt must be a string or None, not int."),
    ],
)
def test_pdf_refuses_with_the_fix(data: object, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(DeskAPIError, match=message):
        st.pdf(data, **kwargs)  # type: ignore[arg-type]
