"""Data elements: dataframe, data_editor, table and metric.

Their props are defined in ``desk.elements.data_props`` (``DataframeProps``, ``TableProps``,
``DataEditorProps``, which share ``FrameProps``). Every data input is converted by
``desk.elements.arrow`` and travels as an Arrow IPC stream in the ``data`` prop: the whole
table when it has at most ``desk.runtime.datasets.WINDOW_ROWS`` rows, else only its first
window of rows. The whole table stays on the server in the session's dataset store
(``desk.runtime.datasets``) under the ``dataset`` prop; the client asks for other rows,
sorted or searched, with a ``DataRequest``.

``st.dataframe`` with ``on_select`` other than ``"ignore"`` is a widget of kind
``Dataframe`` (its ``selection_mode`` prop lists the modes) whose wire value is a
``DataframeSelection``; the script gets it as an attribute-accessible dict
(``event.selection.rows``). ``st.data_editor`` is a widget of kind ``DataEditor`` whose
value is the edit set ``{"edited_rows": {row: {column: value}}, "added_rows": [...],
"deleted_rows": [...]}`` (row positions refer to the input data; on the wire, a
``DataEditorEdits``, ``edited_rows`` keys are strings). It returns the input with the edits
applied, in the input's own type. The edit set's codec, and applying or diffing edits, live
in ``desk.elements.edits``.

The handle returned by ``st.dataframe`` and ``st.table`` (without selections) supports
``add_rows(df)``, which redraws the element in place with the rows appended.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from desk.column_config import ColumnConfig
from desk.elements.arrow import (
    ARROW_STREAM_MIMETYPE,
    column_types,
    index_columns,
    ipc_bytes,
    is_styler,
    module_of,
    to_arrow,
    to_pandas,
)
from desk.elements.base import WidgetCallback, accessible_name, check_choice, check_label, help_text, widget
from desk.elements.button_column import register_button_columns
from desk.elements.data_props import (
    DataEditorProps,
    DataframeProps,
    DataframeSelection,
    FrameProps,
    StyledCells,
    TableProps,
)
from desk.elements.display_props import MetricProps
from desk.elements.edits import apply_edits, edits_wire, empty_edits, is_missing, parse_edits
from desk.elements.status import check_icon, show
from desk.errors import DeskAPIError, ValueAssignmentNotAllowedError
from desk.protocol import BinaryPayload
from desk.runtime.emitter import Container

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger("desk.data")

SELECTION_MODES = ("single-row", "multi-row", "single-column", "multi-column", "single-cell", "multi-cell")
NUM_ROWS = ("fixed", "dynamic", "add", "delete")
DELTA_COLORS = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
DELTA_ARROWS = ("auto", "up", "down", "off")
CHART_TYPES = ("line", "bar", "area")


class AttributeDict(dict[str, Any]):
    """A dict whose keys are also attributes: ``event.selection.rows``."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no attribute or key '{name}'; keys: {', '.join(self)}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


# ------------------------------------------------------------------ shared validation


def _check_size(func: str, name: str, value: object, keywords: tuple[str, ...]) -> int | str | None:
    if value is None or (isinstance(value, str) and value in keywords):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    words = " or ".join(repr(k) for k in keywords)
    raise DeskAPIError(f"st.{func}: {name} must be a positive number of pixels, {words} or None, not {value!r}.")


def normalize_column_config(func: str, column_config: object) -> dict[str, ColumnConfig]:
    """``column_config`` as a JSON-ready dict keyed by column name, ``_index`` or ``_pos:<n>``."""
    if column_config is None:
        return {}
    if not isinstance(column_config, Mapping):
        raise DeskAPIError(
            f"st.{func}: column_config must be a dict mapping column names to st.column_config.* values, "
            f"labels or None, not {type(column_config).__name__}."
        )
    result: dict[str, ColumnConfig] = {}
    for name, config in column_config.items():
        if isinstance(name, int) and not isinstance(name, bool):
            key = f"_pos:{name}"
        elif isinstance(name, str):
            key = name
        else:
            raise DeskAPIError(f"st.{func}: column_config keys must be column names or positions, not {name!r}.")
        if config is None:
            result[key] = {"hidden": True}
        elif isinstance(config, str):
            result[key] = {"label": config}
        elif isinstance(config, Mapping):
            result[key] = _json_ready(func, key, dict(config))
        else:
            raise DeskAPIError(
                f"st.{func}: column_config[{name!r}] must be an st.column_config.* value, a label or None, "
                f"not {type(config).__name__}."
            )
    register_button_columns(func, column_config, result)
    return result


def _json_ready(func: str, key: str, config: dict[str, Any]) -> ColumnConfig:
    """A column's config as given (an ``st.column_config`` value or the script's own dict), once it is JSON-ready."""
    try:
        json.dumps(config)
    except (TypeError, ValueError) as error:
        raise DeskAPIError(f"st.{func}: column_config[{key!r}] holds a value that is not JSON-compatible: {error}.")
    return cast(ColumnConfig, config)


def _column_order(func: str, column_order: object) -> list[str] | None:
    if column_order is None:
        return None
    if isinstance(column_order, str):
        return [column_order]
    if not isinstance(column_order, Iterable):
        raise DeskAPIError(f"st.{func}: column_order must be a list of column names or None, not {column_order!r}.")
    return [str(name) for name in column_order]


def _styler_props(styler: Any) -> StyledCells | None:
    """Display strings, cell CSS and caption of a pandas Styler (best effort)."""
    try:
        styler._compute()
        translated = styler._translate(False, False)
    except Exception:  # a Styler feature pandas cannot render; the raw data still shows
        log.debug("could not render the pandas Styler", exc_info=True)
        return None
    display = [[str(cell.get("display_value", "")) for cell in row if cell.get("type") == "td"] for row in translated["body"]]
    styles = {f"{r},{c}": "; ".join(f"{prop}: {value}" for prop, value in props) for (r, c), props in styler.ctx.items() if props}
    caption = translated.get("caption")
    return StyledCells(display_values=display, styles=styles, caption=caption if isinstance(caption, str) else None)


def frame_props(
    func: str,
    data: Any,
    *,
    width: object = None,
    height: object = None,
    use_container_width: object = None,
    hide_index: object = None,
    column_order: object = None,
    column_config: object = None,
    row_height: object = None,
    lazy: bool | None = None,
) -> FrameProps:
    """The props every data node shares. ``lazy`` (st.dataframe's) sets how many rows go with the
    node: all of them (False), a first window of ``LAZY_FIRST_ROWS`` (True), or of ``WINDOW_ROWS`` (None)."""
    width = _check_size(func, "width", width, ("stretch", "content"))
    height = _check_size(func, "height", height, ("auto", "stretch", "content"))
    if hide_index is not None and not isinstance(hide_index, bool):
        raise DeskAPIError(f"st.{func}: hide_index must be True, False or None, not {hide_index!r}.")
    if row_height is not None and (isinstance(row_height, bool) or not isinstance(row_height, int) or row_height <= 0):
        raise DeskAPIError(f"st.{func}: row_height must be a positive number of pixels or None, not {row_height!r}.")
    table = to_arrow(data, func)
    index = index_columns(table)
    payload, dataset, window_rows = first_window(table, _window_size(table.num_rows, lazy))
    return FrameProps(
        data=payload,
        dataset=dataset,
        total_rows=table.num_rows,
        window_rows=window_rows,
        num_columns=table.num_columns - len(index),
        columns=column_types(table),
        index_columns=index,
        column_config=normalize_column_config(func, column_config),
        column_order=_column_order(func, column_order),
        hide_index=hide_index,
        width=width,
        height=height,
        use_container_width=None if use_container_width is None else bool(use_container_width),
        row_height=row_height,
        styler=_styler_props(data) if is_styler(data) else None,
    )


LAZY_FIRST_ROWS = 1_000
"""st.dataframe(lazy=True): the rows that go with the node; a table of at most this many goes whole."""


def _window_size(total: int, lazy: bool | None) -> int | None:
    """The first window's size for ``lazy``: None for the default (``WINDOW_ROWS``)."""
    if lazy is None:
        return None
    return max(total, 1) if lazy is False else LAZY_FIRST_ROWS


def first_window(table: pa.Table, size: int | None = None) -> tuple[BinaryPayload, str, int]:
    """The rows a data node carries (Arrow IPC), the id of the dataset kept for the rest, and their count.

    The whole table is kept in the session's dataset store; the client asks for other rows
    with ``DataRequest``. A table of at most ``size`` rows (``WINDOW_ROWS`` by default) goes
    whole, and its dataset id is the digest of its data.
    """
    from desk.runtime import datasets

    size = datasets.WINDOW_ROWS if size is None else size
    window = table if table.num_rows <= size else table.slice(0, size)
    payload = BinaryPayload(ipc_bytes(window), ARROW_STREAM_MIMETYPE)
    key = payload.digest if window is table else datasets.fingerprint(table, payload.digest)
    return payload, keep_dataset(table, key), window.num_rows


def keep_dataset(table: pa.Table, fingerprint: str) -> str:
    """Keep ``table`` for the running session's client and return its dataset id.

    Outside a run there is no session to keep it for: the id is returned and the table
    is not stored.
    """
    from desk.runtime.context import get_run

    ctx = get_run()
    return fingerprint if ctx is None else ctx.session.keep_dataset(table, fingerprint)


def refuse_preset_key(func: str, kind: str, key: object) -> None:
    """Streamlit refuses values set through session_state for these widgets' keys."""
    from desk.runtime.context import get_run

    ctx = get_run()
    if key is None or ctx is None:
        return
    if ctx.session.state.set_before_its_widget(str(key)):
        raise ValueAssignmentNotAllowedError(
            f"Values for the {kind} widget with key '{key}' cannot be set using st.session_state. "
            f"Remove the assignment to st.session_state['{key}'], or use another key."
        )


# ------------------------------------------------------------------ add_rows


class DataHandle(Container):
    """The handle of a data element or built-in chart: a locked slot that can ``add_rows``."""

    def __init__(self, handle: Container, redraw: Callable[[Any], Any], data: Any) -> None:
        super().__init__(handle.path, handle.slot, handle.kind)
        self.form_id = handle.form_id
        self.fragment_id = handle.fragment_id
        self._redraw = redraw
        self._data = data

    def add_rows(self, data: Any = None, **named: Any) -> DataHandle:
        """Append rows to the data shown and redraw the element in place."""
        import pandas as pd

        from desk.runtime.context import get_run

        if data is None and len(named) == 1:
            data = next(iter(named.values()))
        if data is None:
            return self
        old = to_pandas(self._data, "add_rows")
        new = to_pandas(data, "add_rows")
        if isinstance(old.index, pd.RangeIndex) and isinstance(new.index, pd.RangeIndex):
            new = new.set_axis(pd.RangeIndex(len(old), len(old) + len(new)), axis=0)
        combined = pd.concat([frame for frame in (old, new) if len(frame.columns)]) if len(old.columns) else new
        self._data = combined
        ctx = get_run()
        if ctx is None:
            self._redraw(combined)
        else:
            with ctx.using(self):
                self._redraw(combined)
        return self


def with_add_rows(handle: Any, redraw: Callable[[Any], Any], data: Any) -> Any:
    """Wrap an element handle so that ``handle.add_rows(df)`` redraws it with more rows."""
    if not isinstance(handle, Container) or handle.slot is None:
        return handle
    return DataHandle(handle, redraw, data)


# ------------------------------------------------------------------ dataframe


def selection_modes(func: str, selection_mode: object) -> list[str]:
    """``selection_mode`` as a list, at most one row, one column and one cell mode."""
    modes = [selection_mode] if isinstance(selection_mode, str) else selection_mode
    if not isinstance(modes, Iterable) or isinstance(modes, Mapping):
        raise DeskAPIError(f"st.{func}: selection_mode must be a string or a list of strings, not {selection_mode!r}.")
    result = list(dict.fromkeys(modes))
    if not result:
        raise DeskAPIError(f"st.{func}: selection_mode must name at least one mode, e.g. 'multi-row'.")
    for mode in result:
        check_choice(func, "selection_mode", mode, SELECTION_MODES)
    for target in ("row", "column", "cell"):
        if f"single-{target}" in result and f"multi-{target}" in result:
            raise DeskAPIError(
                f"st.{func}: selection_mode can hold only one of 'single-{target}' and 'multi-{target}', "
                f"not both ({result!r})."
            )
    return result


def _check_on_select(func: str, on_select: object) -> None:
    if on_select in ("ignore", "rerun") or callable(on_select):
        return
    raise DeskAPIError(f"st.{func}: on_select must be 'ignore', 'rerun' or a function, not {on_select!r}.")


def empty_selection() -> AttributeDict:
    return AttributeDict(selection=AttributeDict(rows=[], columns=[], cells=[]))


def parse_selection(value: Any) -> AttributeDict:
    """A selection from the wire (JSON text or dict) as an attribute-accessible dict."""
    if isinstance(value, str):
        try:
            value = json.loads(value) if value else {}
        except ValueError:
            log.warning("ignoring a malformed dataframe selection: %r", value[:200])
            value = {}
    if not isinstance(value, Mapping):
        return empty_selection()
    inner = value.get("selection", value)
    if not isinstance(inner, Mapping):
        return empty_selection()
    rows = [int(r) for r in inner.get("rows", []) or []]
    columns = [str(c) for c in inner.get("columns", []) or []]
    cells = [(int(cell[0]), str(cell[1])) for cell in inner.get("cells", []) or [] if len(cell) == 2]
    return AttributeDict(selection=AttributeDict(rows=rows, columns=columns, cells=cells))


def _selection_wire(value: Any) -> DataframeSelection:
    selection = parse_selection(value)["selection"]
    return {"selection": {"rows": list(selection["rows"]), "columns": list(selection["columns"]), "cells": [list(c) for c in selection["cells"]]}}


def dataframe(
    data: Any = None,
    width: int | str | None = "stretch",
    height: int | str | None = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    key: str | None = None,
    on_select: str | Callable[..., Any] = "ignore",
    selection_mode: str | Iterable[str] = "multi-row",
    selection_default: Mapping[str, Any] | None = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> Any:
    """An interactive table. With ``on_select`` it returns the user's selection.

    The grid always fetches the rows it shows from the session as they scroll into view;
    ``lazy`` sets how many come with the table itself: every row (False), the first 1,000 (True),
    or the first 2,000 (None, the default).
    """
    _check_on_select("dataframe", on_select)
    if lazy is not None and not isinstance(lazy, bool):
        raise DeskAPIError(f"st.dataframe: lazy must be True, False or None, not {lazy!r}.")
    label = accessible_name("dataframe", alt)
    frame = frame_props(
        "dataframe",
        data,
        width=width,
        height=height,
        use_container_width=use_container_width,
        hide_index=hide_index,
        column_order=column_order,
        column_config=column_config,
        row_height=row_height,
        lazy=lazy,
    )
    if on_select == "ignore":

        def redraw(rows: Any) -> Any:
            return dataframe(
                rows, width, height, use_container_width=use_container_width, hide_index=hide_index,
                column_order=column_order, column_config=column_config, row_height=row_height, placeholder=placeholder,
                lazy=lazy, alt=alt,
            )  # fmt: skip

        props = DataframeProps(
            **frame.shared(), num_rows=frame.total_rows, placeholder=placeholder, selection_mode=[], alt=label
        )
        return with_add_rows(show(props), redraw, data)
    modes = selection_modes("dataframe", selection_mode)
    props = DataframeProps(
        **frame.shared(), num_rows=frame.total_rows, placeholder=placeholder, selection_mode=modes, alt=label
    )
    refuse_preset_key("dataframe", "Dataframe", key)
    if key is not None:
        identity: dict[str, Any] = {"selection_mode": modes}
    else:
        identity = {
            "data": frame.dataset,
            "selection_mode": modes,
            "column_order": frame.column_order,
            "column_config": frame.column_config,
            "hide_index": hide_index,
        }
    return widget(
        "Dataframe",
        func="dataframe",
        label="",
        key=key,
        identity=identity,
        default=empty_selection() if selection_default is None else parse_selection(selection_default),
        props=props,
        serialize=_selection_wire,
        deserialize=parse_selection,
        on_change=on_select if callable(on_select) else None,
    )


def table(
    data: Any = None,
    *,
    border: bool | str = True,
    width: str | int = "stretch",
    height: str | int = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> Any:
    """A static table: every row shown, no sorting or editing.

    ``hide_index`` and ``hide_header`` leave out the index column and the header row;
    ``width`` is "stretch", "content" or pixels; ``height`` is "content" (every row, no
    scrolling), "stretch" (the parent's height) or pixels, where the rows scroll under a header
    that stays; ``alt`` is the table's accessible name.
    """
    if not (
        (isinstance(height, str) and height in ("content", "stretch"))
        or (isinstance(height, int) and not isinstance(height, bool) and height > 0)
    ):
        raise DeskAPIError(f"st.table: height must be 'content', 'stretch' or a positive number of pixels, not {height!r}.")
    if border not in (True, False, "horizontal"):
        raise DeskAPIError(f"st.table: border must be True, False or 'horizontal', not {border!r}.")
    if hide_header is not None and not isinstance(hide_header, bool):
        raise DeskAPIError(f"st.table: hide_header must be True, False or None, not {hide_header!r}.")
    if hide_index is None:
        hide_index = _has_range_index(data)
    frame = frame_props("table", data, width=width, height=height, hide_index=hide_index)
    props = TableProps(
        **frame.shared(),
        num_rows=frame.total_rows,
        border=border,
        hide_header=_names_no_columns(data) if hide_header is None else hide_header,
        alt=accessible_name("table", alt),
    )

    def more(rows: Any) -> Any:
        return table(
            rows, border=border, width=width, height=height, hide_index=hide_index, hide_header=hide_header, alt=alt
        )

    return with_add_rows(show(props), more, data)


def _has_range_index(data: Any) -> bool:
    """st.table(hide_index=None) hides a default RangeIndex (0, 1, 2...) and shows any other index."""
    import pandas as pd

    return data is not None and isinstance(to_pandas(data, "table").index, pd.RangeIndex)


def _names_no_columns(data: Any) -> bool:
    """st.table(hide_header=None) hides the header of data whose columns the script never named:
    a dict of single values, a list, tuple or set of values or rows, a numpy array, a pandas or
    Arrow array. A frame, a dict of columns and a list of records keep theirs."""
    import pandas as pd

    if isinstance(data, dict):
        return not any(isinstance(value, (list, tuple, set, range, dict)) or hasattr(value, "__array__") for value in data.values())
    if isinstance(data, (list, tuple, set, frozenset)):
        return not any(isinstance(item, dict) for item in data)
    if module_of(data) == "numpy" and hasattr(data, "ndim"):
        return True
    if isinstance(data, pd.api.extensions.ExtensionArray):
        return True
    return _is_arrow_array(data)


def _is_arrow_array(data: Any) -> bool:
    if module_of(data) != "pyarrow":
        return False
    import pyarrow as pa

    return isinstance(data, (pa.Array, pa.ChunkedArray))


# ------------------------------------------------------------------ data_editor


def data_editor(
    data: Any,
    *,
    width: int | str | None = "stretch",
    height: int | str | None = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    num_rows: str = "fixed",
    disabled: bool | Iterable[str] = False,
    key: str | None = None,
    on_change: WidgetCallback = None,
    args: Any = None,
    kwargs: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """An editable table. Returns ``data`` with the user's edits applied, in its own type."""
    check_choice("data_editor", "num_rows", num_rows, NUM_ROWS)
    config = normalize_column_config("data_editor", column_config)
    if isinstance(disabled, bool):
        all_disabled = disabled
    elif isinstance(disabled, Iterable) and not isinstance(disabled, (str, Mapping)):
        all_disabled = False
        for name in disabled:
            config.setdefault(str(name), {})["disabled"] = True
    else:
        raise DeskAPIError(f"st.data_editor: disabled must be True, False or a list of column names, not {disabled!r}.")
    frame = frame_props(
        "data_editor",
        data,
        width=width,
        height=height,
        use_container_width=use_container_width,
        hide_index=hide_index,
        column_order=column_order,
        column_config=config,
        row_height=row_height,
    )
    props = DataEditorProps(
        **frame.shared(), num_rows=num_rows, disabled=all_disabled, placeholder=placeholder,
        alt=accessible_name("data_editor", alt),
    )  # fmt: skip
    refuse_preset_key("data_editor", "DataEditor", key)
    if key is not None:
        identity: dict[str, Any] = {"num_rows": num_rows}
    else:
        identity = {
            "data": frame.dataset,
            "num_rows": num_rows,
            "column_order": frame.column_order,
            "column_config": frame.column_config,
            "hide_index": hide_index,
            "disabled": all_disabled,
        }
    edits = widget(
        "DataEditor",
        func="data_editor",
        label="",
        key=key,
        identity=identity,
        default=empty_edits(),
        props=props,
        serialize=edits_wire,
        deserialize=parse_edits,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
    )
    return apply_edits(data, edits)


# ------------------------------------------------------------------ metric


def _metric_text(name: str, value: Any) -> str | None:
    import decimal

    if value is None:
        return None
    if hasattr(value, "item") and module_of(value) == "numpy":
        value = value.item()
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, decimal.Decimal)):
        return str(value)
    raise DeskAPIError(
        f"st.metric: {name} must be an int, float, decimal.Decimal, str or None, "
        f"not {type(value).__name__} ({value!r})."
    )


def _direction(delta: Any, text: str | None) -> str | None:
    if text is None or text == "":
        return None
    if isinstance(delta, str):
        return "down" if delta.strip().startswith("-") else "up"
    return "down" if text.startswith("-") else "up"


def _delta_color(direction: str | None, delta_color: str) -> str:
    if direction is None or delta_color == "off":
        return "gray"
    if delta_color == "normal":
        return "green" if direction == "up" else "red"
    if delta_color == "inverse":
        return "red" if direction == "up" else "green"
    return "gray" if delta_color == "grey" else delta_color


def _chart_values(chart_data: Any) -> list[float | None] | None:
    if chart_data is None:
        return None
    import pandas as pd

    frame = to_pandas(chart_data, "metric")
    if frame.shape[1] == 0:
        return []
    column = pd.to_numeric(frame.iloc[:, 0], errors="coerce")
    return [None if is_missing(v) else float(v) for v in column.tolist()]


METRIC_FORMATS = (
    "plain", "localized", "percent", "dollar", "euro", "yen", "accounting", "bytes", "compact", "scientific", "engineering",
)  # fmt: skip


def _metric_format(format: object) -> str | None:
    """None, a preset name, or a printf string such as "%.1f" or "%,d"."""
    if format is None:
        return None
    if isinstance(format, str) and (format in METRIC_FORMATS or "%" in format):
        return format
    raise DeskAPIError(
        f"st.metric: format must be None, one of {', '.join(METRIC_FORMATS)}, or a printf string like '%.2f' "
        f"or '%,d', not {format!r}."
    )


def _as_number(value: Any) -> float | None:
    """``value`` as a float when it is a number (not a bool), for the page to format; else None."""
    import decimal

    if hasattr(value, "item") and module_of(value) == "numpy":
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float, decimal.Decimal)):
        return None
    return float(value)


def metric(
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: int | str | None = "stretch",
    height: int | str | None = "content",
    chart_data: Any = None,
    chart_type: str = "line",
    delta_arrow: str = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> Any:
    """A big number with an optional change indicator (and sparkline).

    ``format`` ("dollar", "percent", "compact", "%.1f"...) formats a numeric value and delta
    in the page; ``delta_description`` ("month over month") shows beside the delta.
    """
    check_label("metric", label, label_visibility)
    help = help_text("metric", help)
    check_choice("metric", "delta_color", delta_color, DELTA_COLORS)
    check_choice("metric", "chart_type", chart_type, CHART_TYPES)
    check_choice("metric", "delta_arrow", delta_arrow, DELTA_ARROWS)
    value_text = _metric_text("value", value)
    delta_text = _metric_text("delta", delta)
    direction = _direction(delta, delta_text)
    number_format = _metric_format(format)
    if delta_description is not None and not isinstance(delta_description, str):
        raise DeskAPIError(f"st.metric: delta_description must be a string, not {type(delta_description).__name__}.")
    return show(
        MetricProps(
            label=label,
            value="\u2014" if value_text is None else value_text,
            delta=delta_text or None,
            delta_direction=direction,
            delta_color=delta_color,
            color=_delta_color(direction, delta_color),
            delta_arrow=delta_arrow,
            help=help,
            label_visibility=label_visibility,
            border=bool(border),
            width=_check_size("metric", "width", width, ("stretch", "content")),
            height=_check_size("metric", "height", height, ("stretch", "content")),
            chart_data=_chart_values(chart_data),
            chart_type=chart_type,
            format=number_format,
            value_number=None if number_format is None else _as_number(value),
            delta_number=None if number_format is None else _as_number(delta),
            delta_description=delta_description,
            icon=check_icon("metric", icon),
        )
    )
