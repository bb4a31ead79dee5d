"""Which AppTest class wraps a node: by node type for text-like nodes, else by AppTest name."""

from __future__ import annotations

from desk.protocol import Node
from desk.testing.elements import Element
from desk.testing.names import apptest_name
from desk.testing.text_elements import (
    Badge,
    Divider,
    ExceptionElement,
    Heading,
    Help,
    Image,
    Latex,
    Link,
    LinkButton,
    Space,
    TextElement,
)
from desk.testing.widgets import (
    BidiComponent,
    Button,
    ButtonGroup,
    ChatInput,
    Checkbox,
    ColorPicker,
    DateInput,
    Feedback,
    FileUploader,
    MenuButton,
    Multiselect,
    MultiSelectWidget,
    NumberInput,
    Pagination,
    SelectSlider,
    SelectWidget,
    SliderWidget,
    TextInput,
    TimeInput,
)

ELEMENT_CLASSES: dict[str, type[Element]] = {
    "link_button": LinkButton,
    "page_link": Link,
    "space": Space,
    "image": Image,
    "title": Heading,
    "header": Heading,
    "subheader": Heading,
    "button": Button,
    "download_button": Button,
    "chat_input": ChatInput,
    "checkbox": Checkbox,
    "toggle": Checkbox,
    "text_input": TextInput,
    "file_picker": TextInput,
    "text_area": TextInput,
    "menu_button": MenuButton,
    "number_input": NumberInput,
    "pagination": Pagination,
    "selectbox": SelectWidget,
    "radio": SelectWidget,
    "multiselect": Multiselect,
    "button_group": ButtonGroup,
    "feedback": Feedback,
    "slider": SliderWidget,
    "select_slider": SelectSlider,
    "date_input": DateInput,
    "time_input": TimeInput,
    "color_picker": ColorPicker,
    "file_uploader": FileUploader,
    "camera_input": FileUploader,
    "audio_input": FileUploader,
    "bidi_component": BidiComponent,
}
"""The element class of headings, widgets and the elements whose value is not a prop, by AppTest name."""


NODE_CLASSES: dict[str, type[Element]] = {
    "Markdown": TextElement,
    "Caption": TextElement,
    "Latex": Latex,
    "Divider": Divider,
    "Badge": Badge,
    "Exception": ExceptionElement,
    "Help": Help,
}
"""The element class of text-like nodes, by node type (a badge is named "markdown", as in Streamlit)."""


def element_class(node: Node) -> type[Element] | None:
    by_type = NODE_CLASSES.get(node.type)
    if by_type is not None:
        return by_type
    name = apptest_name(node)
    if name == "button_group" and node.props.get("multi"):
        return MultiSelectWidget
    return ELEMENT_CLASSES.get(name)
