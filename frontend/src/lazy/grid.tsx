// Lazy chunk: decode Arrow IPC payloads and draw a virtualised grid (only visible rows in the DOM).
// The grid's parts: gridFrame (decoding), gridData (rows, sort, search, virtualisation),
// gridSelection, gridResize, gridKeyboard, gridCsv, and the toolbar, header and row components.

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useCsvDownload } from "./gridCsv";
import { rowScale, useGridData, type FetchRows } from "./gridData";
import { cssFromText, formatCell, isNumeric, type Frame, type FrameProps } from "./gridFrame";
import { GridHeader } from "./gridHeader";
import { gridKeyHandlers } from "./gridKeyboard";
import { useColumnWidths } from "./gridResize";
import { GridRow, type EditingCell, type RowShared } from "./gridRow";
import { useCellSelection } from "./gridSelection";
import { GridToolbar } from "./gridToolbar";

export { csvField } from "./gridCsv";
export { rowScale, type FetchedRows, type FetchRows, type SortKey } from "./gridData";
export { decodeFrame, formatCell, type Column, type Frame, type FrameProps } from "./gridFrame";

export interface GridProps {
  frame: Frame;
  props: FrameProps;
  label?: string;
  editable?: boolean;
  edits?: Record<string, Record<string, unknown>>;
  onEdit?: (row: number, column: string, text: string) => void;
  /** Row selection (st.dataframe on_select): selected row positions, and a click handler. */
  selectedRows?: number[];
  onRowClick?: (row: number) => void;
  /** Clicking a row header toggles this row (data_editor's row selection for deletion). */
  onRowHeaderClick?: (row: number) => void;
  /** The Delete key in the grid (outside a cell editor). */
  onDeleteKey?: () => void;
  /** Rows (original positions) left out of the view: a data_editor's deleted rows. */
  hiddenRows?: number[];
  /** Rows of the whole dataset (the decoded frame may hold only its first window). */
  totalRows?: number;
  /** Fetch rows start..end (Arrow IPC with a trailing __row__ column) of the server's view. */
  fetchRows?: FetchRows;
  /** Extra controls drawn in the grid's toolbar. */
  toolbar?: ReactNode;
}

export function Grid({
  frame,
  props,
  label,
  editable = false,
  edits = {},
  onEdit,
  selectedRows,
  onRowClick,
  onRowHeaderClick,
  onDeleteKey,
  hiddenRows,
  totalRows,
  fetchRows,
  toolbar,
}: GridProps) {
  const ref = useRef<HTMLDivElement>(null);
  const data = useGridData({ frame, props, edits, hiddenRows, totalRows, fetchRows, scroller: ref });
  const selection = useCellSelection(frame, data);
  const { clear } = selection;
  useEffect(() => clear(), [data.search, clear]);
  const widths = useColumnWidths(frame);
  const csv = useCsvDownload(frame, edits, data, fetchRows);
  const [editing, setEditing] = useState<EditingCell>(null);
  const styler = props.styler ?? null;
  const shared: RowShared = {
    frame,
    data,
    template: widths.template,
    selection,
    styler,
    edits,
    editable,
    editing,
    setEditing,
    onEdit,
    selectedRows,
    onRowClick,
    onRowHeaderClick,
  };
  const positions = Array.from({ length: Math.max(0, data.last - data.first) }, (_, k) => data.first + k);
  return (
    <div className="grid-wrap">
      <GridToolbar extra={toolbar} data={data} exporting={csv.exporting} onDownload={() => void csv.download()} />
      <div
        className="grid"
        role="grid"
        aria-label={label}
        aria-rowcount={data.shownTotal + 1}
        aria-colcount={frame.columns.length}
        aria-multiselectable={selectedRows !== undefined && selectedRows.length > 1 ? true : undefined}
        tabIndex={0}
        ref={ref}
        style={{ height: data.bodyHeight, overflow: "auto" }}
        onScroll={(e) => data.onScroll(e.currentTarget.scrollTop)}
        {...gridKeyHandlers(selection.selectionText, onDeleteKey)}
      >
        <GridHeader frame={frame} data={data} widths={widths} />
        <div role="rowgroup" style={{ height: rowScale(data.shownTotal, data.rowHeight, 0, 0).bodyPx, position: "relative" }}>
          {positions.map((pos) => {
            const found = data.rowAt(pos);
            return <GridRow key={found === null ? `loading-${pos}` : found.id} pos={pos} found={found} grid={shared} />;
          })}
        </div>
      </div>
      {styler?.caption ? <div className="caption-text">{styler.caption}</div> : null}
    </div>
  );
}

export function StaticTable({
  frame,
  props,
  label,
}: {
  frame: Frame;
  props: FrameProps & { hide_header?: boolean; width?: number | string | null };
  label?: string;
}) {
  const styler = props.styler ?? null;
  // width: "stretch" fills the container, "content" fits the cells, a number is pixels (never wider than the container).
  const width = typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined;
  // height (st.table): pixels or "stretch" make the rows scroll under a header that stays; "content" shows them all.
  const fixed = typeof props.height === "number" ? { height: `${props.height}px` } : undefined;
  const scrolls = fixed !== undefined || props.height === "stretch";
  return (
    <div
      className={`static-table${props.border === false ? " no-border" : props.border === "horizontal" ? " horizontal" : ""}${props.width === "content" ? " fit-content" : ""}${scrolls ? " scrolls" : ""}${props.height === "stretch" ? " stretch" : ""}`}
      style={{ ...width, ...fixed }}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? "region" : undefined}
      aria-label={scrolls ? label ?? "Table" : undefined}
    >
      <table aria-label={label}>
        {props.hide_header === true ? null : (
          <thead>
            <tr>
              {frame.columns.map((c, i) => (
                <th key={i} className={isNumeric(c.typeId) ? "num" : ""}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {Array.from({ length: frame.numRows }, (_, row) => (
            <tr key={row}>
              {frame.columns.map((c, i) => {
                const Tag = c.isIndex ? "th" : "td";
                const shown = !c.isIndex ? styler?.display_values?.[row]?.[c.dataPos] : undefined;
                const style = styler?.styles?.[`${row},${c.dataPos}`];
                return (
                  <Tag key={i} className={isNumeric(c.typeId) ? "num" : ""} style={style ? cssFromText(style) : undefined}>
                    {shown ?? formatCell(c.get(row), c.typeId)}
                  </Tag>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {styler?.caption ? <div className="caption-text">{styler.caption}</div> : null}
    </div>
  );
}
