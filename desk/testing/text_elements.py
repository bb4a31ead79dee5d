"""AppTest classes of text-like elements and images: headings, markdown, latex, dividers,
links, badges, exceptions, help and images."""

from __future__ import annotations

import textwrap
from typing import Any

from desk.testing.elements import AppTestError, Element
from desk.testing.help_value import shown_value


class Heading(Element):
    """``st.title``, ``st.header`` and ``st.subheader``: ``.type`` is the one that made it, ``.tag`` its HTML tag."""

    @property
    def tag(self) -> str:
        return f"h{int(self.node.props.get('level', 2))}"


class TextElement(Element):
    """Markdown and caption: ``is_caption`` tells them apart, as in Streamlit."""

    @property
    def is_caption(self) -> bool:
        return self.node.type == "Caption"


class Latex(TextElement):
    """``st.latex``: ``.value`` is the dedented formula between ``$$`` lines, as Streamlit's AppTest
    shows it; ``.body`` is the formula."""

    @property
    def value(self) -> str:
        body = textwrap.dedent(str(self.node.props.get("body", ""))).strip()
        return f"$$\n{body}\n$$"


class Divider(TextElement):
    """``st.divider``: its value is ``'---'``, the markdown rule Streamlit writes for it."""

    @property
    def value(self) -> str:
        return "---"


class Link(Element):
    """``st.link_button`` and ``st.page_link``: the value is the label, as in Streamlit's AppTest."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("label", ""))


class LinkButton(Link):
    """``st.link_button``: ``click()`` works when it was given an ``on_click`` (a widget then), and
    clicks it in the next run; the URL itself is not opened. Streamlit's AppTest cannot click it."""

    def click(self) -> LinkButton:
        """Click the button in the next run (only with ``on_click="rerun"`` or a function)."""
        if self.node.id is None:
            raise AppTestError(
                f"link_button {self.value!r} has on_click='ignore': a click only opens its URL and "
                "does not rerun the app. Give it on_click='rerun' or a function to click it in a test."
            )
        self.root._triggers.append((self.node.id, True))
        return self


class Space(Element):
    """``st.space``: the value is its size (``"small"``, ``"medium"``, ``"large"`` or pixels)."""

    @property
    def value(self) -> Any:
        return self.node.props.get("size")


class Badge(TextElement):
    """``st.badge``: a markdown element in Streamlit, whose value is its ``:color-badge[...]`` directive."""

    @property
    def value(self) -> str:
        props = self.node.props
        icon = props.get("icon")
        text = f"{icon} {props.get('label', '')}" if icon else str(props.get("label", ""))
        return f":{props.get('color', 'blue')}-badge[{text}]"


class ExceptionElement(Element):
    """An exception: ``.value``/``.message`` its message, ``.stack_trace`` its traceback lines."""

    @property
    def value(self) -> str:
        return str(self.node.props.get("message", ""))

    @property
    def stack_trace(self) -> list[str]:
        return list(self.node.props.get("traceback", []))

    @property
    def is_markdown(self) -> bool:
        """False: desk draws exception messages as plain text."""
        return False


class Help(Element):
    """``st.help``: ``.doc_string`` is the documented object's docstring."""

    @property
    def doc_string(self) -> str | None:
        value = self.node.props.get("doc")
        return None if value is None else str(value)

    @property
    def value(self) -> str:
        """The card's one-line summary, or the name the calling line gave the object in place of a
        signature (``helper`` for ``st.help(helper)``), as Streamlit's AppTest shows it."""
        props = self.node.props
        type_name = str(props.get("type") or "")
        return shown_value(props.get("value"), props.get("call_name"), type_name, type_name == "class")


class Image(Element):
    """``st.image``: ``value`` lists each image's URL (``/media/<digest>`` for bytes), ``captions`` theirs."""

    @property
    def value(self) -> list[str]:
        return [_media_url(item) for item in self.node.props.get("images", [])]

    @property
    def captions(self) -> list[str]:
        return [str(item.get("caption") or "") for item in self.node.props.get("images", [])]


def _media_url(item: Any) -> str:
    if item.get("src"):
        return str(item["src"])
    payload = item.get("payload")
    return f"/media/{payload.digest}" if payload is not None else ""
