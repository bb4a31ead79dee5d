// Lazy chunk: lay out DOT text to SVG with Graphviz compiled to WebAssembly (bundled, no fetch).

import { Graphviz } from "@hpcc-js/wasm-graphviz";
import DOMPurify from "dompurify";

let engine: Promise<Graphviz> | null = null;

/** The DOT graph as sanitised SVG markup (Graphviz's "dot" layout). */
export async function renderDot(dot: string): Promise<string> {
  engine ??= Graphviz.load();
  const graphviz = await engine;
  const svg = graphviz.dot(dot, "svg");
  return DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true } }) as unknown as string;
}
