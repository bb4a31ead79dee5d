// "Download as CSV": the whole view (sorted, searched, with edits) as RFC 4180 CSV, fetched
// from the server in chunks for large datasets, saved through the desktop dialog or a download.

import { tableFromIPC } from "apache-arrow";
import { useState } from "react";
import { bridge, toBase64 } from "../bridge";
import { tableRow, type FetchRows, type GridData, type RowRef } from "./gridData";
import { formatCell, type Frame } from "./gridFrame";

/** Rows asked for at once when downloading the whole view (the server's limit is 10,000). */
const EXPORT_CHUNK = 10_000;

/** One CSV field (RFC 4180 quoting). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A file name for an export, like 2026-01-31_12-00-00_export.csv. */
function exportName(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}_${p(d.getHours())}-${p(d.getMinutes())}-${p(d.getSeconds())}_export.csv`;
}

/** Save bytes: through the desktop window's save dialog when present, else a browser download. */
async function saveBytes(name: string, bytes: Uint8Array, mimetype: string): Promise<void> {
  const api = bridge();
  if (api?.save_file) {
    await api.save_file(name, toBase64(bytes));
    return;
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimetype }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useCsvDownload(frame: Frame, edits: Record<string, Record<string, unknown>>, data: GridData, fetchRows: FetchRows | undefined) {
  const [exporting, setExporting] = useState(false);
  const download = async () => {
    setExporting(true);
    try {
      const lines = [frame.columns.map((c) => csvField(c.label)).join(",")];
      const line = (found: RowRef) =>
        frame.columns.map((c) => csvField(formatCell(edits[String(found.id)]?.[c.name] ?? found.value(c), c.typeId))).join(",");
      if (data.remote && fetchRows !== undefined) {
        let count = data.viewTotal ?? data.total;
        for (let start = 0; start < count; ) {
          const got = await fetchRows(start, Math.min(count, start + EXPORT_CHUNK), data.serverSort, data.search === "" ? null : data.search);
          if (got === null) throw new Error("the server did not send the rows");
          const table = tableFromIPC(got.bytes);
          if (got.total !== null) count = got.total;
          for (let i = 0; i < table.numRows; i++) lines.push(line(tableRow(table, i, start + i)));
          if (table.numRows === 0) break;
          start += table.numRows;
        }
      } else {
        for (let pos = 0; pos < data.localRows; pos++) {
          const found = data.rowAt(pos);
          if (found !== null) lines.push(line(found));
        }
      }
      await saveBytes(exportName(), new TextEncoder().encode(lines.join("\n") + "\n"), "text/csv");
    } catch (error) {
      console.warn("desk: CSV download failed:", error);
    } finally {
      setExporting(false);
    }
  };
  return { exporting, download };
}
