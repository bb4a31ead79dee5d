// Lazy chunk: KaTeX and its stylesheet (fonts are bundled by Vite).
import katex from "katex";
import "katex/dist/katex.min.css";

export function renderTex(body: string): string {
  return katex.renderToString(body, { displayMode: true, throwOnError: false, output: "htmlAndMathml" });
}

export function renderTexInto(el: HTMLElement, tex: string, display: boolean): void {
  katex.render(tex, el, { displayMode: display, throwOnError: false });
}
