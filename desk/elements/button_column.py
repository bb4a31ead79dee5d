"""Clicks in ``st.column_config.ButtonColumn`` cells: each button column with a key is a trigger.

``ButtonColumn(..., key=..., on_click=...)`` returns a ``ButtonColumnConfig``: the column's JSON
config plus the callback, which never reaches the wire. When ``st.dataframe`` or
``st.data_editor`` normalises its ``column_config``, ``register_button_columns`` registers one
trigger widget per such column (its id goes to the page as ``type_config.trigger_id``). A click
sends ``Trigger{widget_id, value: {"row", "label"}}``: during the run it starts,
``st.session_state[key]`` is a ``ButtonColumnClickState`` (``.row``, ``.label``) and the
callback has run; afterwards the key holds None again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desk.elements.base import check_key
from desk.errors import DeskAPIError
from desk.runtime.context import get_run
from desk.runtime.state import WidgetMeta, widget_id


class ButtonColumnConfig(dict[str, Any]):
    """A ButtonColumn's config (the dict items, sent to the page) and its click handling (attributes)."""

    def __init__(
        self,
        config: Mapping[str, Any],
        *,
        key: str | None,
        on_click: Callable[..., Any] | None,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        super().__init__(config)
        self.key = key
        self.on_click = on_click
        self.args = args
        self.kwargs = kwargs


class ButtonColumnClickState(dict[str, Any]):
    """The click of a button column cell: ``row`` (the row's position in the data) and ``label`` (the button's)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"ButtonColumnClickState has no attribute {name!r}; it has 'row' and 'label'.") from None


def click_state(value: Any) -> ButtonColumnClickState | None:
    """A click from the page (``{"row": int, "label": str}``) as the script sees it."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValueError(f"a button column click must be an object, not {value!r}")
    row, label = value.get("row"), value.get("label")
    if isinstance(row, bool) or not isinstance(row, int) or row < 0 or not isinstance(label, str):
        raise ValueError(f"a button column click needs a row number and a label, not {value!r}")
    return ButtonColumnClickState(row=row, label=label)


def _click_wire(value: Any) -> Any:
    return None if value is None else {"row": value["row"], "label": value["label"]}


def register_button_columns(func: str, given: Mapping[Any, Any], normalized: dict[str, Any]) -> None:
    """Register the trigger of each keyed ButtonColumn in ``given``; put its id in ``normalized``."""
    ctx = get_run()
    for name, config in given.items():
        if not isinstance(config, ButtonColumnConfig) or config.key is None:
            continue
        key = check_key(func, config.key)
        column = f"_pos:{name}" if isinstance(name, int) else str(name)
        if ctx is None:
            continue
        target = ctx.target()
        if target.form_id is not None and config.on_click is not None:
            raise DeskAPIError(
                f"st.{func}: the ButtonColumn {column!r} has an on_click callback, and widgets inside a form cannot "
                "have callbacks. Move the table out of the form, or remove on_click."
            )
        wid = widget_id("ButtonColumn", key, {"column": column}, target.form_id, ctx.session.page_hash)
        meta = WidgetMeta(
            id=wid,
            kind="ButtonColumn",
            key=key,
            default=None,
            deserialize=click_state,
            serialize=_click_wire,
            on_change=config.on_click,
            args=config.args,
            kwargs=config.kwargs,
            trigger=True,
            trigger_reset=None,
            form_id=target.form_id,
            fragment_id=target.fragment_id or ctx.fragment_id,
        )
        ctx.session.state.register(ctx, meta)
        normalized[column] = {**normalized[column], "type_config": {**normalized[column]["type_config"], "trigger_id": wid}}
