import { beforeAll, describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { DeskContext, type DeskContextValue } from "./context";
import { NodeView } from "./NodeView";
import { elements, registry } from "./elements";
import { loadAllOnDemand } from "./elements/onDemand";
import { loadMarkdownEngine } from "./markdown";
import { formatNumber } from "./elements/common";
import { isEmptyValue, selectedIndex, wireSelection } from "./elements/widget";
import { buildChildIndex, initialState, type Entry } from "./store";
import { effectiveBase, themeVariables } from "./theme";
import { arrayOf, literal, num, optional, str, validate } from "./utils/schema";

// Elements outside the core bundle load as chunks, and so does the markdown engine; load them
// all so renderToString draws them.
beforeAll(async () => {
  expect(await loadAllOnDemand()).toEqual([]);
  await loadMarkdownEngine();
});

function render(entry: Entry): string {
  const ctx: DeskContextValue = {
    send: () => undefined,
    payloads: new Map(),
    token: "",
    sessionId: null,
    maxUploadMb: 200,
    themeType: "light",
    state: initialState,
    index: buildChildIndex(new Map()),
    fadeStale: true,
    requestData: () => Promise.resolve(null),
  };
  return renderToString(
    <DeskContext.Provider value={ctx}>
      <NodeView entry={entry} />
    </DeskContext.Provider>,
  );
}

const markdown = (body: string) => ({ body, allow_html: false, help: null, width: "stretch" });
const slider = { label: "Level", help: null, label_visibility: "visible", disabled: false, data_type: "int", min_value: 0, max_value: 10, step: 1, format: "%d", is_range: false, width: "stretch", value: 3, set_value: false, form_id: null };

const entry = (type: string, props: Record<string, unknown>): Entry => ({
  path: [0, 0],
  node: { type, props, id: "w1", block: false },
  touchedBy: "r1",
});

describe("element registry", () => {
  it("registers each type once", () => {
    expect(registry.size).toBe(elements.length);
    expect(registry.has("Slider")).toBe(true);
  });

  it("renders an error card for an unknown type instead of crashing", () => {
    expect(render(entry("NoSuchThing", {}))).toContain("Unknown element type");
  });

  it("renders an error card when props fail the schema", () => {
    const html = render(entry("Markdown", { body: 42 }));
    expect(html).toContain("Bad props for Markdown");
    expect(html).toContain("prop &quot;body&quot;: expected a string");
  });

  it("checks every generated prop, the widget value included", () => {
    const { value: _value, ...noValue } = slider;
    expect(render(entry("Slider", noValue))).toContain("prop &quot;value&quot;: expected a number, got undefined");
    expect(render(entry("Slider", { ...slider, data_type: "money" }))).toContain("Bad props for Slider");
    expect(render(entry("Slider", { ...slider, is_range: "no" }))).toContain("prop &quot;is_range&quot;: expected a boolean");
  });

  it("renders a slider with its ARIA attributes", () => {
    const html = render(entry("Slider", slider));
    expect(html).toContain('role="slider"');
    expect(html).toContain('aria-label="Level"');
    expect(html).toContain('aria-valuenow="3"');
  });

  it("keeps the thumb of a default outside the bounds on the track", () => {
    const html = render(entry("Slider", { ...slider, value: -5 }));
    expect(html).toContain('aria-valuenow="-5"');
    expect(html).not.toContain("left:-");
    expect(render(entry("Slider", { ...slider, value: 99 }))).toContain("left:100%");
  });

  it("shows a help card's one-line summary only for things without a signature", () => {
    const help = { name: "helper", type: "function", doc: null, members: [] };
    const fn = render(entry("Help", { ...help, signature: "(a, b=2)", value: "__main__.helper(a, b=2)" }));
    expect(fn).toContain("(a, b=2)");
    expect(fn).not.toContain("__main__.helper");
    const obj = render(entry("Help", { ...help, name: "Plain()", type: "__main__.Plain", signature: null, value: "__main__.Plain(a=1)" }));
    expect(obj).toContain("__main__.Plain(a=1)");
  });

  it("shows raw HTML in markdown as text unless allowed", () => {
    expect(render(entry("Markdown", markdown("<b>x</b>")))).not.toContain("<b>x</b>");
  });
});

describe("schema", () => {
  it("accepts extra props and reports the first bad one", () => {
    const shape = { label: str, size: optional(num), kind: literal("a", "b"), items: optional(arrayOf(str)) };
    expect(validate(shape, { label: "x", kind: "a", extra: 1 })).toBeNull();
    expect(validate(shape, { label: "x", kind: "c" })).toContain('prop "kind"');
    expect(validate(shape, { label: "x", kind: "a", items: ["ok", 3] })).toContain("item 1");
  });
});

describe("widget helpers", () => {
  it("maps selections by index or by label", () => {
    expect(selectedIndex(1, ["a", "b"])).toBe(1);
    expect(selectedIndex("b", ["a", "b"])).toBe(1);
    expect(selectedIndex(null, ["a"])).toBeNull();
    expect(wireSelection(1, ["a", "b"], true)).toBe("b");
    expect(wireSelection(1, ["a", "b"], false)).toBe(1);
  });

  it("formats numbers printf-style", () => {
    expect(formatNumber(3.14159, "%0.2f")).toBe("3.14");
    expect(formatNumber(7, "%d")).toBe("7");
    expect(formatNumber(50, "%d%%")).toBe("50%");
    expect(formatNumber(0.5)).toBe("0.5");
  });
});

describe("theme", () => {
  it("prefers the user's choice, then the app config, then the OS", () => {
    expect(effectiveBase("light", { base: "dark" }, true)).toBe("light");
    expect(effectiveBase("system", { base: "dark" }, false)).toBe("dark");
    expect(effectiveBase("system", {}, true)).toBe("dark");
    expect(themeVariables("system", { primaryColor: "#123456", textColor: "url(x)" })).toEqual({ "--primary": "#123456" });
  });
});

describe("markdown math", () => {
  it("marks $...$ for KaTeX and leaves prices alone", () => {
    const html = render(entry("Markdown", markdown("Area $a^2$ costs $5 or $6")));
    expect(html).toContain('class="md-math" data-display="0">a^2</span>');
    expect(html).toContain("costs $5 or $6");
  });
});

describe("alt: accessible names", () => {
  const image = (item: Record<string, unknown>) => entry("Image", { images: [{ src: "data:image/png;base64,AA", caption: "Figure 1", ...item }], width: "content" });

  it("gives an image its alt, marks alt='' decorative and never uses the caption", () => {
    expect(render(image({ alt: "A cat on a mat" }))).toContain('alt="A cat on a mat"');
    // alt="" or its short form, a bare alt (the renderer's choice): both say decorative.
    expect(render(image({ alt: "" }))).toMatch(/<img [^>]*\balt(="")?[ />]/);
    expect(render(image({}))).not.toContain("alt=");
  });

  it("names players, frames and graphs", () => {
    const audio = { format: "audio/wav", start_time: 0, end_time: null, loop: false, autoplay: false, width: "stretch", src: "data:audio/wav;base64,AA" };
    expect(render(entry("Audio", { ...audio, alt: "Interview" }))).toContain('aria-label="Interview"');
    expect(render(entry("Audio", audio))).not.toContain("aria-label");
    const frame = { src: "https://example.com", width: null, height: null, scrolling: false, tab_index: null };
    expect(render(entry("ComponentIframe", { ...frame, title: "Docs" }))).toContain('title="Docs"');
    expect(render(entry("ComponentIframe", frame))).toContain('title="Embedded page"');
    const graph = { dot: "digraph { a -> b }", width: null, height: null, use_container_width: null };
    expect(render(entry("GraphvizChart", { ...graph, alt: "Flow" }))).toContain('aria-label="Flow"');
    expect(render(entry("GraphvizChart", graph))).toContain('aria-label="Graphviz graph"');
  });

  it("names a chart's figure only when the script gave an alt", () => {
    const chart = { spec: {}, data: null, chart_type: null, theme: null, width: null, height: null, use_container_width: null, selection_mode: [] };
    expect(render(entry("VegaLiteChart", { ...chart, alt: "Sales" }))).toMatch(/role="figure" aria-label="Sales"/);
    expect(render(entry("VegaLiteChart", chart))).not.toContain("role=\"figure\"");
  });
});

describe("required widgets", () => {
  it("know an empty value: nothing, blank text, a range without both ends", () => {
    for (const empty of [null, undefined, "", "   ", [], ["2024-01-01"]]) expect(isEmptyValue(empty)).toBe(true);
    for (const filled of ["x", 0, 3, ["2024-01-01", "2024-01-02"]]) expect(isEmptyValue(filled)).toBe(false);
  });
});

describe("image link", () => {
  it("wraps the image in a link, a new window for another site", () => {
    const props = { images: [{ src: "data:image/png;base64,AA", caption: null }], width: "content" };
    const link = (html: string) => html.match(/<a [^>]*>/)?.[0] ?? "";
    const away = link(render(entry("Image", { ...props, link: "https://example.com" })));
    for (const attribute of ['class="image-link"', 'href="https://example.com"', 'target="_blank"', 'rel="noopener noreferrer"']) expect(away).toContain(attribute);
    const here = link(render(entry("Image", { ...props, link: "/reports" })));
    expect(here).toContain('class="image-link"');
    expect(here).toContain('href="/reports"');
    expect(here).not.toContain("target=");
    expect(render(entry("Image", props))).not.toContain("<a ");
  });
});

describe("text and number input icons", () => {
  const base = { help: null, label_visibility: "visible", disabled: false, set_value: false, form_id: null, width: "stretch" };
  it("draw the icon inside the box, left of the value", () => {
    const text = { ...base, label: "Query", value: "", max_chars: null, type: "default", autocomplete: "", placeholder: "" };
    expect(render(entry("TextInput", { ...text, icon: ":material/search:" }))).toMatch(/class="input-with-icon"><span class="input-icon"><span (?=[^>]*class="material-icon")[^>]*data-icon="search"/);
    expect(render(entry("TextInput", { ...text, icon: null }))).not.toContain("input-with-icon");
    const number = { ...base, label: "Price", value: 3, data_type: "int", min_value: null, max_value: null, step: 1, format: "%d", placeholder: null };
    expect(render(entry("NumberInput", { ...number, icon: "💶" }))).toMatch(/class="input-with-icon number-input-field"><span class="input-icon">[^<]*<?[^>]*>?💶/);
    expect(render(entry("NumberInput", { ...number, icon: null }))).not.toContain("input-with-icon");
  });
});

describe("selectbox icon", () => {
  it("draws the icon inside the field, left of the value", () => {
    const props = { label: "Size", help: null, label_visibility: "visible", disabled: false, options: ["S", "M"], index: 0, placeholder: "Choose", accept_new_options: false, filter_mode: "fuzzy", width: "stretch", value: 0, set_value: false, form_id: null };
    expect(render(entry("Selectbox", { ...props, icon: ":material/search:" }))).toMatch(/class="input-with-icon"><span class="input-icon"><span (?=[^>]*class="material-icon")[^>]*data-icon="search"/);
    expect(render(entry("Selectbox", props))).not.toContain("input-with-icon");
  });
  it("is a box to type in over its list, or a plain list with filter_mode None", () => {
    const props = { label: "Size", help: null, label_visibility: "visible", disabled: false, options: ["S", "M"], index: 0, placeholder: "Choose", accept_new_options: false, width: "stretch", value: 1, set_value: false, form_id: null };
    expect(render(entry("Selectbox", { ...props, filter_mode: "prefix" }))).toMatch(/<input[^>]*role="combobox"[^>]*aria-expanded="false"[^>]*value="M"|<input[^>]*value="M"[^>]*role="combobox"/);
    expect(render(entry("Selectbox", { ...props, filter_mode: null }))).toMatch(/<select[^>]*aria-label="Size"/);
  });
});
