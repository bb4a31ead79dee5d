"""Input widgets: each validates its arguments, registers with the session and returns its value."""

from __future__ import annotations

from typing import Any

from desk.elements.base import WidgetCallback, check_label, help_text, widget
from desk.errors import DeskAPIError

BUTTON_TYPES = ("primary", "secondary", "tertiary")


def _button_type(func: str, type: str) -> str:
    if type not in BUTTON_TYPES:
        raise DeskAPIError(f"st.{func}: type must be 'primary', 'secondary' or 'tertiary', not {type!r}.")
    return type


def button(
    label: str,
    key: str | None = None,
    help: str | None = None,
    on_click: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """A button. Returns True in the run right after it is clicked, else False."""
    check_label("button", label)
    help = help_text("button", help)
    _button_type("button", type)
    return bool(
        widget(
            "Button",
            func="button",
            label=label,
            key=key,
            identity={"label": label, "icon": icon, "help": help, "is_form_submitter": False, "type": type, "ucw": use_container_width},
            default=False,
            props={"help": help, "type": type, "icon": icon, "disabled": bool(disabled), "use_container_width": bool(use_container_width)},
            deserialize=bool,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            trigger=True,
            allowed_in_form=False,
        )
    )


def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    key: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """The button that submits its form. Returns True in the run the form was submitted."""
    from desk.runtime.context import get_run

    check_label("form_submit_button", label)
    help = help_text("form_submit_button", help)
    _button_type("form_submit_button", type)
    ctx = get_run()
    form_id = ctx.target().form_id if ctx is not None else None
    if ctx is not None and form_id is None:
        raise DeskAPIError(
            "st.form_submit_button() must be used inside an st.form(). "
            "Put it in a `with st.form(key):` block, or use st.button instead."
        )
    return bool(
        widget(
            "FormSubmitButton",
            func="form_submit_button",
            label=label,
            key=key,
            identity={"label": label, "icon": icon, "help": help, "is_form_submitter": True, "type": type, "ucw": use_container_width},
            default=False,
            props={"help": help, "type": type, "icon": icon, "disabled": bool(disabled), "use_container_width": bool(use_container_width)},
            deserialize=bool,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            trigger=True,
        )
    )


def checkbox(
    label: str,
    value: bool = False,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> bool:
    """A checkbox. Returns whether it is checked."""
    check_label("checkbox", label, label_visibility)
    help = help_text("checkbox", help)
    return bool(
        widget(
            "Checkbox",
            func="checkbox",
            label=label,
            key=key,
            identity={"label": label, "value": bool(value), "help": help},
            default=bool(value),
            props={"help": help, "disabled": bool(disabled), "label_visibility": label_visibility},
            serialize=bool,
            deserialize=bool,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
        )
    )
