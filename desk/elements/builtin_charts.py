"""The built-in charts (line, area, bar, scatter): a frame's columns planned into a Vega-Lite spec."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.elements.arrow import to_pandas
from desk.elements.base import accessible_name, check_choice
from desk.elements.chart_props import VegaLiteChartProps
from desk.elements.charts import (
    BAR_STACKS,
    DATASET,
    STACKS,
    check_size,
    css_colour,
    data_payload,
    field_name,
    is_colour,
    is_colour_column,
    set_spec_size,
    unique_name,
    vega_type,
)
from desk.elements.data import with_add_rows
from desk.elements.status import show
from desk.errors import DeskAPIError

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class _Plan:
    """What a built-in chart draws: the long-form frame and the fields it encodes."""

    frame: Any
    x: str
    x_from_index: bool
    ys: list[str]
    y_field: str
    series_field: str | None
    color_field: str | None = None
    color_values_are_colours: bool = False
    mark_color: str | None = None
    series_colours: list[str] | None = None
    size_field: str | None = None
    mark_size: float | None = None
    tooltip: list[str] = field(default_factory=list)
    y_named: bool = False
    """Whether the script named the y column(s): only then does a single one title the y axis."""


def _columns_arg(func: str, name: str, value: object, columns: list[str]) -> list[str]:
    names = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    for item in names:
        if not isinstance(item, str) or item not in columns:
            raise DeskAPIError(f"st.{func}: {name} ({item!r}) is not a column of the data. Columns: {', '.join(columns)}.")
    return names


def _prepare(func: str, data: Any, *, x: object, y: object, color: object, size: object) -> _Plan:
    import pandas as pd

    df = to_pandas(data, func).copy(deep=False)
    if isinstance(df.columns, pd.MultiIndex):
        df.columns = [" / ".join(str(level) for level in name) for name in df.columns]
    else:
        df.columns = [str(name) for name in df.columns]
    columns = list(df.columns)
    if x is not None and not isinstance(x, str):
        raise DeskAPIError(f"st.{func}: x must be a column name or None, not {x!r}.")
    if x is None:
        index_name = df.index.name if isinstance(df.index.name, str) and df.index.name not in columns else "index"
        x_name = unique_name(index_name, columns)
        df = df.reset_index(names=x_name) if not isinstance(df.index, pd.MultiIndex) else df.reset_index(drop=True)
        if x_name not in df.columns:
            df.insert(0, x_name, range(len(df)))
        x_from_index = True
    else:
        _columns_arg(func, "x", x, columns)
        x_name, x_from_index = x, False
    color_column = color if isinstance(color, str) and color in columns else None
    size_column = size if isinstance(size, str) and size in columns else None
    if y is None:
        ys = [c for c in df.columns if c not in (x_name, color_column, size_column)]
    else:
        if not isinstance(y, (str, Sequence)):
            raise DeskAPIError(f"st.{func}: y must be a column name, a list of column names or None, not {y!r}.")
        ys = _columns_arg(func, "y", y, columns)
    plan = _melt(func, df, x_name, x_from_index, ys, color_column, size_column)
    _apply_colour(func, plan, color, color_column, df)
    _apply_size(func, plan, size, size_column)
    plan.y_named = y is not None
    return plan


def _melt(
    func: str, df: pd.DataFrame, x: str, x_from_index: bool, ys: list[str], color_column: str | None, size_column: str | None
) -> _Plan:
    keep = list(dict.fromkeys([x, *(c for c in (color_column, size_column) if c)]))
    if len(ys) == 1:
        frame = df[list(dict.fromkeys([*keep, ys[0]]))]
        return _Plan(frame, x, x_from_index, ys, ys[0], None, tooltip=list(frame.columns))
    if color_column is not None:
        raise DeskAPIError(
            f"st.{func}: color can name a column ({color_column!r}) only when one y column is drawn, "
            f"but y has {len(ys)}: {', '.join(ys)}. Pass a single y, or a list of {len(ys)} colours."
        )
    series = unique_name("series", df.columns)
    value = unique_name("value", [*df.columns, series])
    frame = df[list(dict.fromkeys([*keep, *ys]))].melt(id_vars=keep, value_vars=ys, var_name=series, value_name=value)
    return _Plan(frame, x, x_from_index, ys, value, series, tooltip=[*keep, series, value])


def _apply_colour(func: str, plan: _Plan, color: object, color_column: str | None, df: pd.DataFrame) -> None:
    if color is None:
        return
    if color_column is not None:
        plan.color_field = color_column
        plan.color_values_are_colours = is_colour_column(df[color_column])
        return
    if is_colour(color):
        if plan.series_field is not None:
            raise DeskAPIError(
                f"st.{func}: color is one colour ({color!r}) but {len(plan.ys)} y columns are drawn. "
                f"Pass a list of {len(plan.ys)} colours, one per y column."
            )
        plan.mark_color = css_colour(color)
        return
    if isinstance(color, (list, tuple)) and color and all(is_colour(c) for c in color):
        colours = [css_colour(c) for c in color]
        if len(colours) != len(plan.ys):
            raise DeskAPIError(
                f"st.{func}: color has {len(colours)} colours but {len(plan.ys)} y columns are drawn "
                f"({', '.join(plan.ys)}). Pass one colour per y column."
            )
        if plan.series_field is None:
            plan.mark_color = colours[0]
        else:
            plan.series_colours = colours
        return
    raise DeskAPIError(
        f"st.{func}: color ({color!r}) is neither a column of the data nor a colour. Pass a column name, "
        "a hex colour like '#ff0000', an (r, g, b) tuple, or a list of colours (one per y column)."
    )


def _apply_size(func: str, plan: _Plan, size: object, size_column: str | None) -> None:
    if size is None:
        return
    if size_column is not None:
        plan.size_field = size_column
        return
    if isinstance(size, (int, float)) and not isinstance(size, bool) and size > 0:
        plan.mark_size = float(size)
        return
    raise DeskAPIError(f"st.{func}: size must be a column name or a positive number, not {size!r}.")


def _encoding(plan: _Plan, kind: str, x_label: str | None, y_label: str | None) -> dict[str, Any]:
    frame = plan.frame
    discrete_x = kind == "bar"
    x_title = x_label if x_label is not None else (None if plan.x_from_index else plan.x)
    y_title = y_label if y_label is not None else (plan.ys[0] if plan.y_named and len(plan.ys) == 1 else None)
    # As in Streamlit, only the value axis draws grid lines (they follow it when bars turn horizontal).
    encoding: dict[str, Any] = {
        "x": {
            "field": field_name(plan.x),
            "type": vega_type(frame[plan.x], discrete=discrete_x),
            "title": x_title,
            "axis": {"grid": False},
        },
        "y": {"field": field_name(plan.y_field), "type": "quantitative", "title": y_title, "axis": {"grid": True}},
    }
    if plan.series_field is not None:
        colour: dict[str, Any] = {"field": field_name(plan.series_field), "type": "nominal", "title": None}
        if plan.series_colours is not None:
            colour["scale"] = {"domain": plan.ys, "range": plan.series_colours}
        encoding["color"] = colour
    elif plan.color_field is not None:
        column = frame[plan.color_field]
        colour = {"field": field_name(plan.color_field), "type": vega_type(column), "title": plan.color_field}
        if plan.color_values_are_colours:
            colour["scale"] = None
            colour["type"] = "nominal"
        encoding["color"] = colour
    if plan.size_field is not None:
        encoding["size"] = {"field": field_name(plan.size_field), "type": "quantitative", "title": plan.size_field}
    encoding["tooltip"] = [{"field": field_name(name), "type": vega_type(frame[name])} for name in plan.tooltip]
    return encoding


def _stack(encoding: dict[str, Any], mark: dict[str, Any], plan: _Plan, kind: str, stack: object) -> None:
    if stack is None:
        return
    y = encoding["y"]
    if stack is True:
        y["stack"] = "zero"
    elif stack in ("normalize", "center"):
        y["stack"] = stack
    elif stack == "layered" or (stack is False and kind == "area"):
        y["stack"] = None
        mark["opacity"] = 0.7
    elif stack is False:  # bars side by side
        y["stack"] = None
        group = plan.series_field or plan.color_field
        if group is not None:
            encoding["xOffset"] = {"field": field_name(group), "type": "nominal"}


def _sort(func: str, encoding: dict[str, Any], plan: _Plan, sort: object) -> None:
    if sort is True:
        return
    if sort is False or sort is None:
        encoding["x"]["sort"] = None
        return
    if not isinstance(sort, str):
        raise DeskAPIError(f"st.{func}: sort must be True, False or a column name (prefix '-' for descending), not {sort!r}.")
    descending = sort.startswith("-")
    name = sort[1:] if descending else sort
    if name not in plan.frame.columns:
        raise DeskAPIError(f"st.{func}: sort ({sort!r}) is not a column of the data. Columns: {', '.join(plan.frame.columns)}.")
    encoding["x"]["sort"] = {"field": field_name(name), "op": "sum", "order": "descending" if descending else "ascending"}


def _swap_axes(encoding: dict[str, Any]) -> None:
    encoding["x"], encoding["y"] = encoding["y"], encoding["x"]
    if "xOffset" in encoding:
        encoding["yOffset"] = encoding.pop("xOffset")


def _builtin_chart(
    func: str,
    kind: str,
    data: Any,
    *,
    x: object,
    y: object,
    x_label: str | None,
    y_label: str | None,
    color: object,
    size: object = None,
    stack: object = None,
    horizontal: bool = False,
    sort: object = True,
    width: object,
    height: object,
    use_container_width: object,
    alt: object = None,
) -> Any:
    for name, label in (("x_label", x_label), ("y_label", y_label)):
        if label is not None and not isinstance(label, str):
            raise DeskAPIError(f"st.{func}: {name} must be a string or None, not {label!r}.")
    width_value = check_size(func, "width", width)
    height_value = check_size(func, "height", height)
    plan = _prepare(func, data, x=x, y=y, color=color, size=size)
    mark: dict[str, Any] = {"type": "circle" if kind == "scatter" else kind, "tooltip": True}
    if plan.mark_color is not None:
        mark["color"] = plan.mark_color
    if plan.mark_size is not None:
        mark["size"] = plan.mark_size
    encoding = _encoding(plan, kind, x_label, y_label)
    if kind in ("bar", "area"):
        _stack(encoding, mark, plan, kind, stack)
    if kind == "bar":
        _sort(func, encoding, plan, sort)
        if horizontal:
            _swap_axes(encoding)
    spec: dict[str, Any] = {"mark": mark, "encoding": encoding, "data": {"name": DATASET}}
    set_spec_size(spec, width_value, height_value, use_container_width)
    props = VegaLiteChartProps(
        spec=spec,
        data=data_payload(plan.frame),
        chart_type=kind,
        theme="streamlit",
        alt=accessible_name(func, alt),
        width=width_value,
        height=height_value,
        use_container_width=None if use_container_width is None else bool(use_container_width),
        selection_mode=[],
    )
    handle = show(props)

    def redraw(rows: Any) -> Any:
        return _builtin_chart(
            func, kind, rows, x=x, y=y, x_label=x_label, y_label=y_label, color=color, size=size, stack=stack,
            horizontal=horizontal, sort=sort, width=width, height=height, use_container_width=use_container_width,
            alt=alt,
        )  # fmt: skip

    return with_add_rows(handle, redraw, data)


def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: int | str | None = "stretch",
    height: int | str | None = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """A line chart of ``y`` (every other column by default) against ``x`` (the index by default)."""
    return _builtin_chart(
        "line_chart", "line", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
        width=width, height=height, use_container_width=use_container_width, alt=alt,
    )  # fmt: skip


def area_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: bool | str | None = None,
    width: int | str | None = "stretch",
    height: int | str | None = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """An area chart; ``stack`` is True, False (overlapping), 'normalize', 'center' or None."""
    check_choice("area_chart", "stack", stack, STACKS)
    return _builtin_chart(
        "area_chart", "area", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, stack=stack,
        width=width, height=height, use_container_width=use_container_width, alt=alt,
    )  # fmt: skip


def bar_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    stack: bool | str | None = None,
    width: int | str | None = "stretch",
    height: int | str | None = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """A bar chart; ``stack`` is True, False (side by side), 'layered', 'normalize', 'center' or None."""
    check_choice("bar_chart", "stack", stack, BAR_STACKS)
    return _builtin_chart(
        "bar_chart", "bar", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, stack=stack,
        horizontal=bool(horizontal), sort=sort, width=width, height=height, use_container_width=use_container_width,
        alt=alt,
    )  # fmt: skip


def scatter_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: str | float | None = None,
    width: int | str | None = "stretch",
    height: int | str | None = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Any:
    """A scatter chart; ``size`` is a column name or a number of square pixels."""
    return _builtin_chart(
        "scatter_chart", "scatter", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, size=size,
        width=width, height=height, use_container_width=use_container_width, alt=alt,
    )  # fmt: skip
