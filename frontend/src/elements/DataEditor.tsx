import { defineNode } from "./types";
import { ErrorCard } from "./common";
import { useFrame } from "./frame";
import { useWidgetSender } from "./widget";
import { useDesk, useWidgetValue } from "../context";
import { DataEditor, type DataEditorEdits as Edits } from "../nodes.gen";
import { useState } from "react";
import { datasetFetcher } from "./gridFetch";

function parseCell(text: string, type: string): unknown {
  if (/^(Int|Uint|Float|Decimal|int|uint|float|double)/i.test(type)) {
    if (text.trim() === "") return null;
    const n = Number(text);
    return Number.isFinite(n) ? n : null;
  }
  if (/^bool/i.test(type)) return text.trim().toLowerCase() === "true";
  if (/^List/.test(type)) return listCell(text);
  return text;
}

/** A list cell's edit: the JSON list a MultiselectColumn editor sends, else comma-separated text. */
export function listCell(text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    /* not JSON: split below */
  }
  return text.split(",").map((item) => item.trim()).filter((item) => item !== "");
}

const EMPTY: Edits = { edited_rows: {}, added_rows: [], deleted_rows: [] };

export default defineNode(DataEditor, ({ props, entry }) => {
  const loaded = useFrame(props.data, props);
  const fetchRows = datasetFetcher(useDesk(), props.dataset);
  const [edits, setEdits] = useWidgetValue<Edits>(props, EMPTY);
  const [picked, setPicked] = useState<number[]>([]);
  const { change } = useWidgetSender(entry);
  if (loaded === null) return <div className="grid-loading" aria-busy="true" />;
  if ("error" in loaded) return <ErrorCard title="Could not show the data" detail={loaded.error} />;
  const { Grid } = loaded.mod;
  const disabled = props.disabled === true;
  const current = edits ?? EMPTY;
  const base = loaded.frame;
  const added = current.added_rows ?? [];
  // Rows added in the editor follow the data rows.
  const frame = {
    numRows: base.numRows + added.length,
    columns: base.columns.map((c) => ({
      ...c,
      get: (row: number) => (row < base.numRows ? c.get(row) : c.isIndex ? null : (added[row - base.numRows]?.[c.name] ?? null)),
    })),
  };
  const update = (next: Edits) => {
    setEdits(next);
    change(next);
  };
  const parsed = (column: string, text: string): { value: unknown } | null => {
    const col = base.columns.find((c) => c.name === column);
    if (col === undefined) return null;
    return { value: parseCell(text, col.typeId) };
  };
  /** An edit of an existing data row (row = its position in the data). */
  const editRow = (row: number, column: string, text: string) => {
    const cell = parsed(column, text);
    if (cell === null) return;
    const rowEdits = { ...(current.edited_rows[String(row)] ?? {}), [column]: cell.value };
    update({ ...current, edited_rows: { ...current.edited_rows, [String(row)]: rowEdits } });
  };
  const onEdit = (row: number, column: string, text: string) => {
    const cell = parsed(column, text);
    if (cell === null) return;
    const value = cell.value;
    if (row >= base.numRows) {
      const rows = added.map((r, i) => (i === row - base.numRows ? { ...r, [column]: value } : r));
      update({ ...current, added_rows: rows });
      return;
    }
    editRow(row, column, text);
  };
  const total = Math.max(props.total_rows ?? base.numRows, base.numRows);
  if (total > base.numRows && fetchRows !== undefined) {
    // A large table: rows come from the server as the user scrolls (added rows are not shown).
    return <Grid frame={base} props={props} label={props.alt} editable={!disabled} edits={current.edited_rows} onEdit={editRow} totalRows={total} fetchRows={fetchRows} />;
  }
  const dynamic = props.num_rows === "dynamic" && !disabled;
  /** Delete the picked rows: data rows go to deleted_rows, added rows leave added_rows. */
  const deletePicked = () => {
    if (picked.length === 0) return;
    const gone = new Set(picked);
    const deleted = [...new Set([...(current.deleted_rows ?? []), ...picked.filter((r) => r < base.numRows)])].sort((a, b) => a - b);
    const edited = Object.fromEntries(Object.entries(current.edited_rows).filter(([row]) => !gone.has(Number(row))));
    const keptAdded = added.filter((_, i) => !gone.has(base.numRows + i));
    setPicked([]);
    update({ edited_rows: edited, added_rows: keptAdded, deleted_rows: deleted });
  };
  const togglePick = (row: number) => setPicked((now) => (now.includes(row) ? now.filter((r) => r !== row) : [...now, row].sort((a, b) => a - b)));
  return (
    <div className="data-editor">
      <Grid
        frame={frame}
        props={props}
        label={props.alt}
        editable={!disabled}
        edits={current.edited_rows}
        onEdit={onEdit}
        hiddenRows={current.deleted_rows}
        selectedRows={dynamic ? picked : undefined}
        onRowHeaderClick={dynamic ? togglePick : undefined}
        onDeleteKey={dynamic ? deletePicked : undefined}
        toolbar={
          dynamic ? (
              <button type="button" className="grid-tool" aria-label="Delete selected rows" title="Delete selected rows" disabled={picked.length === 0} onClick={deletePicked}>
                🗑
              </button>
          ) : null
        }
      />
      {dynamic ? (
        <button type="button" className="btn btn-tertiary small" onClick={() => update({ ...current, added_rows: [...added, {}] })}>
          + Add row
        </button>
      ) : null}
    </div>
  );
});
