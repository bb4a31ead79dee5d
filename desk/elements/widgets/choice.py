"""Choice widgets: checkbox, toggle, radio, selectbox and multiselect (pills, segmented_control and
feedback are in ``groups``).

Their definitions sit here with their codecs: options travel as indices (see the package docstring).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from desk.elements import urls
from desk.elements.base import WidgetCallback, check_label, check_wrap, help_text, widget
from desk.elements.definitions import LabeledProps, define, omitted
from desk.elements.status import check_icon
from desk.elements.widgets._common import (
    FormatFunc,
    as_list,
    check_index,
    check_positive_int,
    format_options,
    index_of,
    label_lookup,
    option_at,
    option_index,
    settle_choice,
    settle_choices,
    short_repr,
    to_options,
)
from desk.errors import DeskAPIError

FeedbackOptions = Literal["thumbs", "faces", "stars"]


@dataclass(kw_only=True, slots=True)
class CheckboxProps(LabeledProps):
    """A checkbox (st.checkbox)."""

    width: str | int
    """"content", "stretch" or a width in pixels."""
    wrap: bool | None = omitted()
    """True wraps the label onto more lines, False keeps one line with an ellipsis; absent: by layout."""


@dataclass(kw_only=True, slots=True)
class ToggleProps(CheckboxProps):
    """A toggle switch (st.toggle)."""


@dataclass(kw_only=True, slots=True)
class RadioProps(LabeledProps):
    """Radio buttons, one option selected (st.radio)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    index: int | None
    """The option selected by default, or None."""
    horizontal: bool
    """True lays the options out in a row."""
    captions: list[str] | None
    """A caption (markdown) under each option, or None."""
    width: str | int
    """"content", "stretch" or a width in pixels."""


@dataclass(kw_only=True, slots=True)
class SelectboxProps(LabeledProps):
    """A drop-down list, one option selected (st.selectbox)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    index: int | None
    """The option selected by default, or None."""
    placeholder: str
    """Text shown while nothing is selected."""
    accept_new_options: bool
    """True lets the user type an option that is not in the list."""
    width: str | int
    """"stretch" or a width in pixels."""
    filter_mode: str | None
    """How typed text filters the options: "fuzzy", "contains", "prefix", or None for a plain list without typing."""
    icon: str | None = omitted()
    """An emoji or ":material/name:" icon inside the field, left of the value."""


@dataclass(kw_only=True, slots=True)
class MultiselectProps(LabeledProps):
    """A list of options, any number selected (st.multiselect)."""

    options: list[str]
    """The options as the user sees them (formatted)."""
    default: list[int]
    """The indices of the options selected by default."""
    max_selections: int | None
    """The most options that can be selected, or None for no limit."""
    placeholder: str
    """Text shown while nothing is selected."""
    accept_new_options: bool
    """True lets the user type options that are not in the list."""
    width: str | int
    """"stretch" or a width in pixels."""
    filter_mode: str | None
    """How typed text filters the options: "fuzzy", "contains", "prefix", or None for a plain list without typing."""
    wrap: bool | None = omitted()
    """True lets the selected options wrap onto more rows, False keeps one scrolling row; absent: by layout."""
    select_all: int | None = omitted()
    """The most selectable options for which the list offers "Select all" (0: never); absent: 1000."""


CHECKBOX = define("Checkbox", CheckboxProps, apptest="checkbox", attrs=("help", "disabled"), value=bool)


TOGGLE = define("Toggle", ToggleProps, apptest="toggle", attrs=("help", "disabled"), value=bool)


RADIO = define(
    "Radio",
    RadioProps,
    apptest="radio",
    attrs=("help", "disabled", "options", "horizontal"),
    value=int | str | None,
)


SELECTBOX = define(
    "Selectbox", SelectboxProps, apptest="selectbox", attrs=("help", "disabled", "options", "placeholder"),
    value=int | str | None,
)  # fmt: skip


MULTISELECT = define(
    "Multiselect", MultiselectProps, apptest="multiselect", attrs=("help", "disabled", "options", "max_selections"),
    value=list[int | str],
)  # fmt: skip


def _boolean(
    kind: str,
    func: str,
    label: str,
    value: bool,
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
) -> bool:
    check_label(func, label, label_visibility)
    help = help_text(func, help)
    if value is not None and not isinstance(value, (bool, int)):
        raise DeskAPIError(f"st.{func}: value must be True or False, not {short_repr(value)}.")
    return bool(
        widget(
            kind,
            func=func,
            label=label,
            key=key,
            identity={"label": label, "value": bool(value), "help": help},
            default=bool(value),
            props=(CheckboxProps if kind == "Checkbox" else ToggleProps)(
                help=help,
                disabled=bool(disabled),
                label_visibility=label_visibility,
                width=width,
                wrap=check_wrap(func, wrap),
            ),
            serialize=bool,
            deserialize=bool,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            bind=bind,
            persist_state=persist_state,
            url=None if bind is None else (urls.boolean()),
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
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """A checkbox. Returns whether it is checked."""
    return _boolean(
        "Checkbox",
        "checkbox",
        label,
        value,
        key,
        help,
        on_change,
        args,
        kwargs,
        disabled,
        label_visibility,
        width,
        bind,
        persist_state,
        wrap,
    )


def toggle(
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
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """A toggle switch. Returns whether it is on."""
    return _boolean(
        "Toggle",
        "toggle",
        label,
        value,
        key,
        help,
        on_change,
        args,
        kwargs,
        disabled,
        label_visibility,
        width,
        bind,
        persist_state,
        wrap,
    )


def single_choice_serde(
    func: str,
    options: list[Any],
    formatted: list[str],
    format_func: FormatFunc | None,
    accept_new: bool = False,
) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    by_label = label_lookup(formatted, format_func)

    def serialize(value: Any) -> Any:
        if value is None:
            return None
        index = index_of(options, value, None if accept_new else by_label)
        if index is not None:
            return index
        if accept_new and isinstance(value, str):
            return value
        return option_index(func, options, value, by_label=by_label)

    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        if isinstance(wire, str):
            if wire in formatted:
                return options[formatted.index(wire)]
            if accept_new:
                return wire
            raise DeskAPIError(
                f"st.{func}: {wire!r} is not one of the options, and new options are not accepted."
            )
        return option_at(func, options, wire)

    return serialize, deserialize


def radio(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: str = "visible",
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Radio buttons. Returns the selected option, or None when ``index`` is None and nothing is chosen."""
    check_label("radio", label, label_visibility)
    help = help_text("radio", help)
    opts = to_options("radio", options)
    formatted = format_options("radio", opts, format_func)
    index = check_index("radio", index, len(opts))
    caption_list: list[str] | None = None
    if captions is not None:
        caption_list = [str(c) for c in as_list(captions)]
        if len(caption_list) != len(opts):
            raise DeskAPIError(
                f"st.radio: captions must have one entry per option: got {len(caption_list)} captions for {len(opts)} options."
            )
    serialize, deserialize = single_choice_serde("radio", opts, formatted, format_func)
    value = widget(
        "Radio",
        func="radio",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "index": index,
            "help": help,
            "horizontal": bool(horizontal),
            "captions": caption_list,
        },
        default=opts[index] if index is not None else None,
        props=RadioProps(
            help=help,
            disabled=bool(disabled),
            label_visibility=label_visibility,
            options=formatted,
            index=index,
            horizontal=bool(horizontal),
            captions=caption_list,
            width=width,
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        url=None if bind is None else (urls.option(formatted, clearable=index is None)),
        settle=settle_choice(opts, formatted, format_func, opts[index] if index is not None else None),
    )
    return deserialize(serialize(value))  # this run's option objects


FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_filter_mode(func: str, filter_mode: object, accept_new_options: bool) -> str | None:
    """``filter_mode`` of selectbox and multiselect; None (no typing) cannot take new options."""
    if filter_mode not in FILTER_MODES:
        raise DeskAPIError(f"st.{func}: filter_mode must be 'fuzzy', 'contains', 'prefix' or None, not {filter_mode!r}.")
    if filter_mode is None and accept_new_options:
        raise DeskAPIError(
            f"st.{func}: filter_mode=None shows the options without a text box, so accept_new_options=True "
            "has nowhere to type a new one. Use filter_mode 'fuzzy', 'contains' or 'prefix'."
        )
    return None if filter_mode is None else str(filter_mode)


def selectbox(
    label: str,
    options: Any,
    index: int | None = 0,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    required: bool = False,
    icon: str | None = None,
) -> Any:
    """A drop-down list. Returns the selected option, or None when nothing is selected.

    Typing in the box filters the options as ``filter_mode`` says: "fuzzy" (the typed letters in
    order, best matches first), "contains" or "prefix" (ignoring case); None shows a plain list
    that takes no typing.
    """
    check_label("selectbox", label, label_visibility)
    mode = check_filter_mode("selectbox", filter_mode, bool(accept_new_options))
    help = help_text("selectbox", help)
    opts = to_options("selectbox", options)
    formatted = format_options("selectbox", opts, format_func)
    index = check_index("selectbox", index, len(opts))
    if placeholder is not None and not isinstance(placeholder, str):
        raise DeskAPIError(f"st.selectbox: placeholder must be a string, not {short_repr(placeholder)}.")
    if placeholder is None:
        placeholder = "Choose or add an option" if accept_new_options else "Choose an option"
    serialize, deserialize = single_choice_serde(
        "selectbox", opts, formatted, format_func, bool(accept_new_options)
    )
    value = widget(
        "Selectbox",
        func="selectbox",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "index": index,
            "help": help,
            "placeholder": placeholder,
            "accept_new_options": bool(accept_new_options),
        },
        default=opts[index] if index is not None else None,
        props=SelectboxProps(
            help=help,
            disabled=bool(disabled),
            label_visibility=label_visibility,
            options=formatted,
            index=index,
            placeholder=placeholder,
            accept_new_options=bool(accept_new_options),
            width=width,
            filter_mode=mode,
            icon=check_icon("selectbox", icon),
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
        else (urls.option(formatted, clearable=index is None, accept_new=bool(accept_new_options))),
        settle=settle_choice(
            opts, formatted, format_func, opts[index] if index is not None else None, bool(accept_new_options)
        ),
    )
    return deserialize(serialize(value))  # this run's option objects


def multi_choice_serde(
    func: str,
    options: list[Any],
    formatted: list[str],
    format_func: FormatFunc | None,
    max_selections: int | None,
    accept_new: bool = False,
) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    by_label = label_lookup(formatted, format_func)

    def check_count(values: list[Any]) -> None:
        if max_selections is not None and len(values) > max_selections:
            raise DeskAPIError(
                f"st.{func}: at most {max_selections} option{'s' if max_selections != 1 else ''} can be selected "
                f"(max_selections), but {len(values)} were given."
            )

    def serialize(value: Any) -> list[Any]:
        values = as_list(value)
        check_count(values)
        wire: list[Any] = []
        for item in values:
            index = index_of(options, item, None if accept_new else by_label)
            if index is None and accept_new and isinstance(item, str):
                wire.append(item)
            else:
                wire.append(option_index(func, options, item, by_label=by_label))
        return wire

    def deserialize(wire: Any) -> list[Any]:
        values = as_list(wire)
        check_count(values)
        result = []
        for item in values:
            if isinstance(item, str):
                if item in formatted:
                    result.append(options[formatted.index(item)])
                elif accept_new:
                    result.append(item)
                else:
                    raise DeskAPIError(f"st.{func}: {item!r} is not one of the options.")
            else:
                result.append(option_at(func, options, item))
        return result

    return serialize, deserialize


def check_default(func: str, options: list[Any], default: Any) -> list[Any]:
    values = as_list(default)
    for value in values:
        if index_of(options, value) is None:
            raise DeskAPIError(
                f"st.{func}: the default value {short_repr(value)} is not one of the options. "
                "Every default must be in options."
            )
    return values


def multiselect(
    label: str,
    options: Any,
    default: Any = None,
    format_func: FormatFunc = str,
    key: str | None = None,
    help: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
    wrap: bool | None = None,
    select_all: bool | int = 1000,
) -> list[Any]:
    """A multi-choice list. Returns the list of selected options.

    Typing in the box filters the options as ``filter_mode`` says (see st.selectbox); None
    shows a plain list that takes no typing.
    """
    check_label("multiselect", label, label_visibility)
    mode = check_filter_mode("multiselect", filter_mode, bool(accept_new_options))
    help = help_text("multiselect", help)
    opts = to_options("multiselect", options)
    formatted = format_options("multiselect", opts, format_func)
    max_selections = check_positive_int("multiselect", "max_selections", max_selections)
    defaults = check_default("multiselect", opts, default)
    if max_selections is not None and len(defaults) > max_selections:
        raise DeskAPIError(
            f"st.multiselect: {len(defaults)} default values were given, but max_selections is {max_selections}. "
            "Remove some defaults or raise max_selections."
        )
    if placeholder is not None and not isinstance(placeholder, str):
        raise DeskAPIError(f"st.multiselect: placeholder must be a string, not {short_repr(placeholder)}.")
    if placeholder is None:
        placeholder = "Choose or add options" if accept_new_options else "Choose options"
    serialize, deserialize = multi_choice_serde(
        "multiselect", opts, formatted, format_func, max_selections, bool(accept_new_options)
    )
    default_indices = [option_index("multiselect", opts, v) for v in defaults]
    value = widget(
        "Multiselect",
        func="multiselect",
        label=label,
        key=key,
        identity={
            "label": label,
            "options": formatted,
            "default": default_indices,
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "accept_new_options": bool(accept_new_options),
        },
        default=defaults,
        props=MultiselectProps(
            help=help,
            disabled=bool(disabled),
            label_visibility=label_visibility,
            options=formatted,
            default=default_indices,
            max_selections=max_selections,
            placeholder=placeholder,
            accept_new_options=bool(accept_new_options),
            width=width,
            filter_mode=mode,
            wrap=check_wrap("multiselect", wrap),
            select_all=_select_all(select_all),
        ),
        serialize=serialize,
        deserialize=deserialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        bind=bind,
        persist_state=persist_state,
        url=None
        if bind is None
        else (urls.options(formatted, max_count=max_selections, accept_new=bool(accept_new_options))),
        settle=settle_choices(opts, formatted, format_func, bool(accept_new_options)),
    )
    return list(deserialize(serialize(value)))


ALWAYS = 2**31 - 1


def _select_all(select_all: object) -> int | None:
    """The ``select_all`` prop: a threshold of selectable options (True: always, False: never); None for 1000."""
    if select_all is True:
        return ALWAYS
    if select_all is False:
        return 0
    if not isinstance(select_all, int) or select_all < 0:
        raise DeskAPIError(
            f"st.multiselect: select_all must be True, False or a number of options (0 or more), not {select_all!r}."
        )
    return None if select_all == 1000 else select_all
