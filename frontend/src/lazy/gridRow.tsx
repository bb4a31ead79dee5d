// One body row of the grid: its cells (typed rendering, Styler styles, picked cells), row
// selection and row-header clicks, and the cell editor of st.data_editor (double-click).

import type { ReactNode } from "react";
import { renderTyped, selectboxOptions } from "./cells";
import { MultiselectEditor } from "./gridMultiselect";
import type { GridData, RowRef } from "./gridData";
import { alignClass, cssFromText, type Column, type Frame, type FrameProps } from "./gridFrame";
import type { CellSelection } from "./gridSelection";
import { focusOnMount } from "../utils/focusOnMount";

export type EditingCell = { row: number; col: number } | null;

/** What every row of one grid shares. */
export interface RowShared {
  frame: Frame;
  data: Pick<GridData, "cellText" | "rowHeight" | "rowTop" | "shownTotal">;
  template: string;
  selection: Pick<CellSelection, "isPicked" | "pick">;
  styler: FrameProps["styler"];
  edits: Record<string, Record<string, unknown>>;
  editable: boolean;
  editing: EditingCell;
  setEditing: (cell: EditingCell) => void;
  onEdit?: (row: number, column: string, text: string) => void;
  selectedRows?: number[];
  onRowClick?: (row: number) => void;
  onRowHeaderClick?: (row: number) => void;
}

/** A list cell's values as strings (Arrow lists, arrays or nothing). */
function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "object" && value !== null && typeof (value as { toArray?: unknown }).toArray === "function") {
    return Array.from((value as { toArray: () => ArrayLike<unknown> }).toArray(), String);
  }
  return [];
}

/** A boolean column drawn as checkboxes: Arrow booleans without another configured type. */
function isCheckboxColumn(c: Column): boolean {
  const type = c.config?.type_config?.type;
  return !c.isIndex && c.typeId === "Bool" && (type === undefined || type === "checkbox");
}

export function GridRow({ pos, found, grid }: { pos: number; found: RowRef | null; grid: RowShared }) {
  const { frame, data, edits, selectedRows, onRowClick, editing } = grid;
  const row = found?.id ?? -1 - pos;
  const cellContent = (c: Column, value: unknown): ReactNode => {
    const text = data.cellText(row, c, value);
    const edited = edits[String(row)]?.[c.name];
    if (grid.editable && isCheckboxColumn(c) && c.config?.disabled !== true) {
      // st.data_editor: a click toggles a boolean cell, as in Streamlit.
      const checked = edited !== undefined ? edited === true : value === true;
      return (
        <input
          type="checkbox"
          className="cell-checkbox editable"
          checked={checked}
          aria-label={`${c.label} row ${row + 1}`}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => grid.onEdit?.(row, c.name, e.target.checked ? "true" : "false")}
        />
      );
    }
    if (edited !== undefined && c.config?.type_config?.type === "selectbox") return renderTyped(edited, text, c.config) ?? text;
    if (edited !== undefined) return text;
    return renderTyped(value, text, c.config, c.typeId, row) ?? text;
  };
  return (
    <div
      role="row"
      aria-rowindex={pos + 2}
      aria-selected={selectedRows ? selectedRows.includes(row) : undefined}
      className={`grid-row${selectedRows?.includes(row) ? " selected" : ""}${pos === data.shownTotal - 1 ? " last" : ""}`}
      onClick={onRowClick ? () => onRowClick(row) : undefined}
      style={{ gridTemplateColumns: grid.template, position: "absolute", top: data.rowTop(pos), height: data.rowHeight, left: 0, right: 0 }}
    >
      {frame.columns.map((c, i) => {
        const isEditing = editing !== null && editing.row === row && editing.col === i;
        const style = grid.styler?.styles?.[`${row},${c.dataPos}`];
        const picked = grid.selection.isPicked(pos, i);
        return (
          <div
            key={i}
            role={c.isIndex ? "rowheader" : "gridcell"}
            aria-colindex={i + 1}
            aria-selected={picked ? true : undefined}
            className={`grid-cell${alignClass(c)}${c.isIndex ? " index" : ""}${picked ? " picked" : ""}`}
            style={style ? cssFromText(style) : undefined}
            onClick={(e) => {
              grid.selection.pick(pos, i, e.shiftKey);
              if (c.isIndex && grid.onRowHeaderClick && found !== null) grid.onRowHeaderClick(row);
            }}
            onDoubleClick={() => grid.editable && !c.isIndex && c.config?.disabled !== true && !isCheckboxColumn(c) && grid.setEditing({ row, col: i })}
          >
            {found === null ? (
              <span className="cell-loading">…</span>
            ) : isEditing && c.config?.type_config?.type === "multiselect" ? (
              <MultiselectEditor
                label={`${c.label} row ${row + 1}`}
                initial={listOf(edits[String(row)]?.[c.name] ?? found.value(c))}
                options={c.config.type_config.options}
                acceptNew={c.config.type_config.accept_new_options === true}
                onCommit={(values) => {
                  grid.onEdit?.(row, c.name, JSON.stringify(values));
                  grid.setEditing(null);
                }}
                onCancel={() => grid.setEditing(null)}
              />
            ) : isEditing && c.config?.type_config?.type === "selectbox" && Array.isArray(c.config.type_config.options) ? (
              <select
                ref={focusOnMount}
                className="cell-editor"
                aria-label={`Edit ${c.label} row ${row + 1}`}
                defaultValue={String(edits[String(row)]?.[c.name] ?? found.value(c) ?? "")}
                onChange={(e) => {
                  grid.onEdit?.(row, c.name, e.target.value);
                  grid.setEditing(null);
                }}
                onBlur={() => grid.setEditing(null)}
                onKeyDown={(e) => {
                  if (e.key === "Escape") grid.setEditing(null);
                }}
              >
                {/* a cell without one of the options (empty, or edited otherwise) shows none picked */}
                {selectboxOptions(c.config.type_config.options).some((o) => String(o.value) === String(edits[String(row)]?.[c.name] ?? found.value(c) ?? "")) ? null : (
                  <option value="" disabled>
                    Choose an option
                  </option>
                )}
                {selectboxOptions(c.config.type_config.options).map((o) => (
                  <option key={String(o.value)} value={String(o.value)}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : isEditing ? (
              <input
                ref={focusOnMount}
                className="cell-editor"
                aria-label={`Edit ${c.label} row ${row + 1}`}
                defaultValue={data.cellText(row, c, found.value(c))}
                onBlur={(e) => {
                  grid.onEdit?.(row, c.name, e.target.value);
                  grid.setEditing(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter") (e.target as HTMLInputElement).blur();
                  if (e.key === "Escape") grid.setEditing(null);
                }}
              />
            ) : (
              cellContent(c, found.value(c))
            )}
          </div>
        );
      })}
    </div>
  );
}
