"""The window's local pages: the loading page shown at once, and the error page.

Both are self-contained HTML strings (inline CSS, no script, no network), so the window
never shows a blank page while the server starts and never needs anything but itself.
"""

from __future__ import annotations

import html

_STYLE = """
:root { color-scheme: light dark; }
html, body { height: 100%; margin: 0; }
body {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  background: #ffffff; color: #2f2d2b;
  display: flex; align-items: center; justify-content: center;
}
@media (prefers-color-scheme: dark) { body { background: #171614; color: #edebe8; } }
.box { max-width: 46rem; padding: 2rem; }
.center { text-align: center; }
.spinner {
  width: 2.5rem; height: 2.5rem; margin: 0 auto 1.25rem;
  border: 0.3rem solid rgba(128, 128, 128, 0.25); border-top-color: #c53948;
  border-radius: 50%; animation: spin 0.8s linear infinite;
}
@keyframes spin { to { transform: rotate(360deg); } }
h1 { font-size: 1.4rem; font-weight: 600; margin: 0 0 0.5rem; }
p { margin: 0.4rem 0; line-height: 1.5; }
.muted { opacity: 0.65; font-size: 0.9rem; }
pre {
  white-space: pre-wrap; word-break: break-word; text-align: left;
  background: rgba(255, 43, 43, 0.09); color: inherit; border-radius: 0.5rem;
  padding: 1rem; font-size: 0.85rem; max-height: 60vh; overflow: auto;
}
.error h1 { color: #ff2b2b; }
"""


def _page(title: str, body: str, page_id: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f'<body><main class="box" id="{page_id}">{body}</main></body></html>'
    )


def loading_html(app_name: str) -> str:
    """The page shown while the server starts: a spinner and the app's name."""
    name = html.escape(app_name)
    body = f'<div class="center"><div class="spinner" role="progressbar"></div><h1>{name}</h1><p class="muted">Starting…</p></div>'
    return _page(app_name, body, "desk-loading")


def error_html(app_name: str, headline: str, details: str = "", hint: str = "") -> str:
    """A page that explains why the app could not start: a headline, details (preformatted) and a hint."""
    parts = [f"<h1>{html.escape(headline)}</h1>"]
    if details:
        parts.append(f"<pre>{html.escape(details)}</pre>")
    if hint:
        parts.append(f'<p class="muted">{html.escape(hint)}</p>')
    return _page(f"{app_name} — error", '<div class="error">' + "".join(parts) + "</div>", "desk-error")
