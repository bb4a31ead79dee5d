// Lazy chunk: Vega-Lite charts through vega-embed (bundled; no remote loading).

import embed, { type VisualizationSpec } from "vega-embed";
import { tableFromIPC } from "apache-arrow";
import { expressionInterpreter } from "vega-interpreter";
import { vegaStreamlitConfig } from "./chartTheme";

export function arrowRows(bytes: Uint8Array): Record<string, unknown>[] {
  const table = tableFromIPC(bytes);
  const rows: Record<string, unknown>[] = [];
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => table.getChildAt(i));
  for (let r = 0; r < table.numRows; r++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const v = columns[i]?.get(r);
      row[name] = typeof v === "bigint" ? Number(v) : v;
    });
    rows.push(row);
  }
  return rows;
}

export async function renderVega(
  el: HTMLElement,
  spec: Record<string, unknown>,
  dark: boolean,
  theme: { streamlit: boolean; builtin: boolean } = { streamlit: false, builtin: false },
): Promise<() => void> {
  const result = await embed(el, spec as VisualizationSpec, {
    actions: false,
    // The page's Content-Security-Policy forbids eval: interpret Vega expressions instead.
    ast: true,
    expr: expressionInterpreter,
    renderer: "svg",
    theme: dark && !theme.streamlit ? "dark" : undefined,
    config: theme.streamlit ? vegaStreamlitConfig(dark, theme.builtin) : { background: "transparent" },
    loader: { mode: "http", http: { credentials: "same-origin" } },
  });
  return () => result.finalize();
}
