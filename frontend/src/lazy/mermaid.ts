// Lazy chunk: lay out Mermaid diagrams to SVG with the bundled mermaid (no fetch, no eval).

import mermaid from "mermaid";
import DOMPurify from "dompurify";

let counter = 0;
let initialisedFor: boolean | null = null;

function setUp(dark: boolean): void {
  if (initialisedFor === dark) return;
  mermaid.initialize({
    startOnLoad: false,
    // "strict" encodes HTML in labels and turns off click callbacks: a diagram is data.
    securityLevel: "strict",
    theme: dark ? "dark" : "default",
    fontFamily: '"Source Sans 3", system-ui, sans-serif',
    // Labels as SVG text rather than HTML in <foreignObject>, which the sanitiser below would empty.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
  });
  initialisedFor = dark;
}

/** The diagram as sanitised SVG markup; rejects with mermaid's message when the text does not parse. */
export async function renderMermaid(body: string, dark: boolean): Promise<string> {
  setUp(dark);
  counter += 1;
  const id = `desk-mermaid-${counter}`;
  try {
    // Parse first, so a mistake rejects with its message instead of drawing mermaid's error diagram.
    await mermaid.parse(body);
    const { svg } = await mermaid.render(id, body);
    return DOMPurify.sanitize(svg, {
      USE_PROFILES: { svg: true, svgFilters: true, html: true },
      // Diagrams that still put HTML in <foreignObject> keep it (sanitised like the rest).
      ADD_TAGS: ["foreignObject"],
      HTML_INTEGRATION_POINTS: { foreignobject: true },
    }) as unknown as string;
  } finally {
    // mermaid leaves its scratch element behind when rendering fails.
    document.getElementById(`d${id}`)?.remove();
    document.getElementById(id)?.remove();
  }
}
