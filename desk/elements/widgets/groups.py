"""Button-group widgets: pills, segmented_control and feedback.

Their definitions sit here with their codecs; options travel as indices (see the package docstring),
through the choice widgets' codecs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast

from desk.elements import urls
from desk.elements.base import WidgetCallback, check_label, check_wrap, help_text, widget
from desk.elements.definitions import LabeledProps, Props, define, omitted
from desk.elements.widgets._common import (
    FormatFunc,
    format_options,
    is_int,
    option_index,
    settle_choice,
    settle_choices,
    to_options,
)
from desk.elements.widgets.choice import (
    FeedbackOptions,
    check_default,
    multi_choice_serde,
    single_choice_serde,
)
from desk.errors import DeskAPIError

SELECTION_MODES = ("single", "multi")


@dataclass(kw_only=True, slots=True)
class PillsProps(LabeledProps):
    """A row of pill buttons, one or several selected (st.pills)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    default: list[int]
    """The indices of the options selected by default."""
    selection_mode: Literal["single", "multi"]
    """Whether one or several options can be selected."""
    multi: bool
    """True when ``selection_mode`` is "multi"."""
    width: str | int
    """"content", "stretch" or a width in pixels."""
    wrap: bool | None = omitted()
    """True lets the options wrap onto more rows, False keeps one scrolling row; absent: by layout."""


@dataclass(kw_only=True, slots=True)
class SegmentedControlProps(PillsProps):
    """A segmented button bar, one or several selected (st.segmented_control)."""


@dataclass(kw_only=True, slots=True)
class FeedbackProps(Props):
    """Thumbs, faces or stars to rate something (st.feedback)."""

    options: FeedbackOptions
    """Which icons to show."""
    count: int
    """How many icons: 2 thumbs, 5 faces or 5 stars."""
    default: int | None
    """The index selected by default, or None."""
    disabled: bool
    """True greys the icons out and ignores clicks."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


PILLS = define(
    "Pills", PillsProps, apptest="button_group", attrs=("help", "disabled", "options", "selection_mode"),
    value=int | str | list[int | str] | None,
)  # fmt: skip


SEGMENTED_CONTROL = define(
    "SegmentedControl", SegmentedControlProps, apptest="button_group",
    attrs=("help", "disabled", "options", "selection_mode"), value=int | str | list[int | str] | None,
)  # fmt: skip


FEEDBACK = define(
    "Feedback", FeedbackProps, apptest="feedback", attrs=("options", "disabled"), value=int | None
)


def _button_group(
    kind: str,
    func: str,
    label: str,
    options: Any,
    selection_mode: str,
    default: Any,
    format_func: FormatFunc | None,
    key: str | None,
    help: str | None,
    on_change: WidgetCallback,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    width: str | int,
    bind: str | None,
    persist_state: str | None,
    wrap: bool | None = None,
    required: bool = False,
) -> Any:
    check_label(func, label, label_visibility)
    help = help_text(func, help)
    if selection_mode not in SELECTION_MODES:
        raise DeskAPIError(f"st.{func}: selection_mode must be 'single' or 'multi', not {selection_mode!r}.")
    opts = to_options(func, options)
    if not opts:
        raise DeskAPIError(f"st.{func}: options must contain at least one option.")
    formatted = format_options(func, opts, format_func)
    defaults = check_default(func, opts, default)
    multi = selection_mode == "multi"
    if required and multi:
        raise DeskAPIError(
            f"st.{func}: required=True needs selection_mode='single' (it stops the user from deselecting "
            "the one option); a multi selection can always be emptied."
        )
    if not multi and len(defaults) > 1:
        raise DeskAPIError(
            f"st.{func}: with selection_mode='single', default must be one option or None, not {len(defaults)} options. "
            "Use selection_mode='multi' to allow several."
        )
    default_indices = [option_index(func, opts, v) for v in defaults]
    if multi:
        serialize, deserialize = multi_choice_serde(func, opts, formatted, format_func, None)
        default_value: Any = defaults
    else:
        serialize, deserialize = single_choice_serde(func, opts, formatted, format_func)
        default_value = defaults[0] if defaults else None
    value = widget(
        kind,
        func=func,
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "default": default_indices,
            "help": help,
            "selection_mode": selection_mode,
        },
        default=default_value,
        props=(PillsProps if kind == "Pills" else SegmentedControlProps)(
            help=help,
            disabled=bool(disabled),
            label_visibility=label_visibility,
            options=formatted,
            default=default_indices,
            selection_mode="multi" if multi else "single",
            multi=multi,
            width=width,
            wrap=check_wrap(func, wrap),
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        required=bool(required),
        url=None
        if bind is None
        else (urls.options(formatted) if multi else urls.option(formatted, clearable=True)),
        settle=settle_choices(opts, formatted, format_func)
        if multi
        else settle_choice(opts, formatted, format_func, default_value),
    )
    value = deserialize(serialize(value))  # this run's option objects
    return list(value) if multi else value


def segmented_control(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    format_func: FormatFunc | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
    wrap: bool | None = None,
) -> Any:
    """A row of segments. Returns the selected option (single) or list of options (multi)."""
    return _button_group(
        "SegmentedControl", "segmented_control", label, options, selection_mode, default, format_func,
        key, help, on_change, args, kwargs, disabled, label_visibility, width, bind, persist_state, wrap, required,
    )  # fmt: skip


def pills(
    label: str,
    options: Any,
    *,
    selection_mode: str = "single",
    default: Any = None,
    format_func: FormatFunc | None = None,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
    wrap: bool | None = None,
) -> Any:
    """A group of pill buttons. Returns the selected option (single) or list of options (multi)."""
    return _button_group(
        "Pills", "pills", label, options, selection_mode, default, format_func,
        key, help, on_change, args, kwargs, disabled, label_visibility, width, bind, persist_state, wrap, required,
    )  # fmt: skip


FEEDBACK_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


def feedback(
    options: str = "thumbs",
    *,
    key: str | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | None:
    """Thumbs, faces or stars. Returns the index of the chosen icon (thumbs: 0 down, 1 up), or None."""
    if options not in FEEDBACK_COUNTS:
        raise DeskAPIError(f"st.feedback: options must be 'thumbs', 'faces' or 'stars', not {options!r}.")
    count = FEEDBACK_COUNTS[options]
    if default is not None and (not is_int(default) or not 0 <= default < count):
        raise DeskAPIError(
            f"st.feedback: default must be None or an integer from 0 to {count - 1} for options={options!r}, not {default!r}."
        )

    def deserialize(wire: Any) -> int | None:
        if wire is None:
            return None
        if not is_int(wire) or not 0 <= wire < count:
            raise DeskAPIError(
                f"st.feedback: value must be None or an integer from 0 to {count - 1}, not {wire!r}."
            )
        return int(wire)

    value = widget(
        "Feedback",
        func="feedback",
        label="",
        key=key,
        identity={"options": options, "default": default},
        default=default,
        props=FeedbackProps(
            options=cast(FeedbackOptions, options),
            count=count,
            default=default,
            disabled=bool(disabled),
            width=width,
        ),
        serialize=deserialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        url=None if bind is None else (urls.number(clearable=True)),
    )
    return None if value is None else int(value)
