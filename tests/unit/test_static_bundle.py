"""The committed frontend bundle (desk/static): offline, current, split, and complete.

- No http(s) URL with a host in any file, apart from XML namespace (and SVG DTD) identifiers.
- ``SOURCE_HASH`` equals the hash of the frontend sources (same algorithm as
  ``frontend/scripts/source-hash.mjs``), so a source change without a rebuild fails.
- Heavy libraries (Plotly, Vega, KaTeX, the Arrow grid) are lazy chunks, not in the entry.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "desk" / "static"
FRONTEND = ROOT / "frontend"
TEXT_SUFFIXES = {".html", ".js", ".css", ".json", ".svg", ".txt", ".map"}
URL = re.compile(rb"https?://[A-Za-z0-9\[{$][^\s\"'`)<>\\]*")
ALLOWED_URL = re.compile(
    rb"^http://www\.w3\.org/(2000/svg|1999/xlink|1998/Math/MathML|XML/1998/namespace|1999/xhtml|2000/xmlns/"
    rb"|Graphics/SVG/1\.1/DTD/svg11\.dtd"  # the SVG DOCTYPE's system identifier (never fetched)
    rb"|2001/XMLSchema#[A-Za-z]+)$"  # XML Schema datatype names in mermaid's ELK layout (identifiers)
)
ROOT_FILES = {"index.html", "package.json", "package-lock.json", "vite.config.ts"}

pytestmark = pytest.mark.skipif(not (STATIC / "index.html").is_file(), reason="desk/static is not built")


def external_urls(data: bytes) -> list[str]:
    return [m.group().decode("utf-8", "replace") for m in URL.finditer(data) if not ALLOWED_URL.match(m.group())]


def source_files() -> list[str]:
    files = [p for folder in ("src", "public") for p in (FRONTEND / folder).rglob("*") if p.is_file()]
    files += [p for p in FRONTEND.iterdir() if p.is_file() and (p.name in ROOT_FILES or re.fullmatch(r"tsconfig.*\.json", p.name))]
    return sorted(p.relative_to(FRONTEND).as_posix() for p in files)


def source_hash() -> str:
    digest = hashlib.sha256()
    for rel in source_files():
        data = (FRONTEND / rel).read_bytes().replace(b"\r\n", b"\n")
        digest.update(f"{rel}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def test_url_scan_finds_urls() -> None:
    assert external_urls(b'x="https://cdn.example.com/a.js" y="http://www.w3.org/2000/svg"') == ["https://cdn.example.com/a.js"]
    assert external_urls(b"desk-offline://cdn.example.com http:// https://") == []


def test_bundle_has_no_external_urls() -> None:
    offenders: dict[str, list[str]] = {}
    for path in STATIC.rglob("*"):
        if path.is_file() and path.suffix in TEXT_SUFFIXES:
            urls = external_urls(path.read_bytes())
            if urls:
                offenders[path.relative_to(STATIC).as_posix()] = sorted(set(urls))[:10]
    assert offenders == {}


def test_index_loads_only_local_assets() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources, "index.html references no assets"
    assert all(s.startswith("./assets/") or s.startswith("./favicon") for s in sources), sources


@pytest.mark.skipif(not (FRONTEND / "src").is_dir(), reason="frontend sources are not in this checkout")
def test_source_hash_is_current() -> None:
    stored = (STATIC / "SOURCE_HASH").read_text(encoding="utf-8").strip()
    assert stored == source_hash(), "desk/static is stale: run `npm run build` in frontend/ and commit desk/static"


def test_heavy_libraries_are_lazy_chunks() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    entry_name = re.search(r'<script type="module"[^>]*src="\./assets/([^"]+\.js)"', html)
    assert entry_name is not None
    entry = (STATIC / "assets" / entry_name.group(1)).read_bytes()
    assert len(entry) < 700_000, f"the entry chunk is {len(entry)} bytes"
    chunks = {p.name.split("-")[0] for p in (STATIC / "assets").glob("*.js")}
    assert {"plotly", "vega", "katex", "grid", "mermaid", "echarts", "pdf"} <= chunks
    markers = (b"plotly.js", b"vega-lite", b"KaTeX parse error", b"apache-arrow", b"securityLevel", b"registerTheme", b"GlobalWorkerOptions")
    for marker in markers:
        assert marker not in entry, f"{marker!r} is in the entry chunk: import it lazily"


def test_markdown_engine_is_out_of_the_core_chunk() -> None:
    """marked and DOMPurify are a preloaded chunk of their own: the core the first paint waits for
    does not build them (issue 18; text without markdown draws without them)."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    core_name = re.search(r'href="\./assets/(core-[\w-]+\.js)"', html)
    markdown_name = re.search(r'rel="modulepreload" crossorigin href="\./assets/(markdown-[\w-]+\.js)"', html)
    assert core_name is not None and markdown_name is not None, "index.html must preload the core and markdown chunks"
    core = (STATIC / "assets" / core_name.group(1)).read_bytes()
    engine = (STATIC / "assets" / markdown_name.group(1)).read_bytes()
    for marker in (b"marked(): input parameter is undefined", b"uponSanitizeElement"):
        assert marker in engine, f"{marker!r} is not in the markdown chunk: did the markers change?"
        assert marker not in core, f"{marker!r} is in the core chunk: import it from markdownEngine.ts only"
