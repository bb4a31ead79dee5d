import { beforeAll, describe, expect, it } from "vitest";
import { anchorHeadings, headingSlug, loadMarkdownEngine, renderMarkdown, sanitizeHtml } from "./markdown";
import { renderMarkdownFull } from "./markdownEngine";
import { plainMarkdown } from "./markdownPlain";

// Runs first, before any test of this file loads the engine (its module state is this file's).
describe("before the markdown engine has loaded", () => {
  it("draws plain text at once and holds back (null) only what needs the engine", () => {
    expect(renderMarkdown("Count: 0")).toBe("<p>Count: 0</p>\n");
    expect(renderMarkdown("Count: 0", false, true)).toBe("Count: 0");
    expect(renderMarkdown("**bold** text")).toBeNull();
    expect(renderMarkdown("# Title", false, true, { links: true })).toBe("# Title"); // inline: no block syntax
    expect(sanitizeHtml("no tags at all")).toBe("no tags at all");
    expect(sanitizeHtml("<b>x</b>")).toBeNull();
  });
});

describe("st.markdown heading anchors", () => {
  beforeAll(async () => {
    await loadMarkdownEngine();
  });
  it("gives markdown headings ids from their text, and links unless anchors=False", () => {
    const html = renderMarkdown("# Sales *report*\n\ntext\n\n## Sales report\n\n### Q&A", false, false, { links: true });
    expect(html).toContain('<h1 id="sales-report">Sales <em>report</em><a class="anchor-link" href="#sales-report"');
    expect(html).toContain('<h2 id="sales-report-1">'); // the second heading of a name
    expect(html).toContain('<h3 id="q-a">');
    const plain = renderMarkdown("# Sales", false, false, { links: false });
    expect(plain).toContain('<h1 id="sales">Sales</h1>');
    expect(plain).not.toContain("anchor-link");
  });
  it("leaves other markdown alone", () => {
    expect(renderMarkdown("# Title")).toBe("<h1>Title</h1>\n");
    expect(anchorHeadings("<h2>!!!</h2>", true)).toBe("<h2>!!!</h2>");
    expect(headingSlug("  Hello, World! ")).toBe("hello-world");
  });
});

/** Text the fast path must draw itself (what first pages show: titles, labels, counters...). */
const PLAIN = [
  "Count: 0", "Count: 12", "a: b", "Note: this is fine", "12:30", "12:30:45", "Time 09:05 - 10:00",
  "Hello", "Hello, world!", "Hello world.", "Why?", "Wow!", "x!", "a; b", "a, b", "(a) b", "a/b", "a / b",
  "50% off", "3.14", "3.14 is pi", "1.5 x", "2024", "1,234.56", "-5", "-5 degrees", "+1", "a - b", "a -- b",
  "a + b", "a = b", "1 + 1 = 2", "Total=5", "a^b", "{x}", "a...b", "x.", "Item #3", "Step 1 of 3", "v1.2.3",
  "It's 5 o'clock", 'He said "hi"', "'quoted'", "Price: €12", "£5 or ¥600", "é ü ß ñ", "中文文本", "日本語テキスト",
  "Привет, мир", "مرحبا بالعالم", "שלום", "😀", "👨‍👩‍👧 family", "🧑‍💻 coder", "✅ Done", "🚀 Launch",
  ":rocket: Launch", ":smile:", "Go :material/home:", "a:b:c", "ratio 3:2", "a  b", "mailto:x", "ftp:", "http: x",
  "Streamlit-like app", "st.write", "x%y", "C#", "F# and C++", "e.g. this", "i.e. that", "Mr. Smith", "1.0.0-beta",
];

/** Text that renders differently through marked (or desk's extensions): the fast path must decline it. */
const NEEDS_MARKDOWN = [
  "**bold**", "*it*", "_it_", "__b__", "~~del~~", "~x~", "`code`", "a\\*b", "[link](x)", "![img](x.png)",
  "<b>x</b>", "<br>", "<!-- note -->", "&copy; 2024", "&amp;", "$x$", "$$x^2$$", "cost $x$ here",
  "user@example.com", "see http://x.y", "https://example.com", "www.example.com",
  ":red[warn]", ":blue-background[x]", "two  \nlines",
];

/** Only block markdown: inline text (titles, labels) may still take the fast path. */
const BLOCK_ONLY = ["a\n\nb", "# Title", "## Sub", "> quote", "- item", "+ item", "1. item", "1) item", "2024. A year", "---", "- - -", "-"];

/**
 * Rendered the same by marked, but declined anyway (the fast path stays on the safe side; a
 * no-break space comes out of DOMPurify as "&nbsp;").
 */
const DECLINED = ["a < b", "a > b", "AT&T", "Visit WWW.EXAMPLE.COM", "line\nbreak", "a\u00a0b", "snake_case", "a~b", "a|b", "a | b", "cost $5", "a\\b", " leading", "trailing ", "tab\there", "\ufeffbom", "a\u2028b", "x\u0000y", "x\ud800y", "x\udc00", "===", "#hashtag", "=x"];

const full = (text: string, inline: boolean, allowHtml = false) => renderMarkdownFull(text, allowHtml, inline, inline ? undefined : { links: true });
/** The text escaped as marked escapes text, alone or in a paragraph: what it would be with no markdown in it. */
const naive = (text: string, inline: boolean) => {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  return inline ? escaped : `<p>${escaped}</p>\n`;
};

/** The cases where the fast path answers and differs from the engine (empty when correct). */
function mismatches(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const inline of [false, true]) {
      const fast = plainMarkdown(text, inline);
      if (fast === null) continue;
      for (const allowHtml of [false, true]) {
        const engine = renderMarkdownFull(text, allowHtml, inline, inline ? undefined : { links: true });
        if (fast !== engine) out.push(`${JSON.stringify(text)} inline=${inline} allowHtml=${allowHtml}: ${JSON.stringify(fast)} != ${JSON.stringify(engine)}`);
      }
    }
  }
  return out;
}

describe("the plain-text fast path", () => {
  it("draws plain text exactly as marked and desk's extensions would", () => {
    for (const text of PLAIN) for (const inline of [false, true]) expect(plainMarkdown(text, inline), JSON.stringify(text)).not.toBeNull();
    expect(mismatches([...PLAIN, ...BLOCK_ONLY, ...DECLINED, ...NEEDS_MARKDOWN, ""])).toEqual([]);
    expect(plainMarkdown(":rocket: Launch", false)).toBe("<p>🚀 Launch</p>\n");
    expect(plainMarkdown("Go :material/home:", true)).toContain('data-icon="home"');
    expect(plainMarkdown("", false)).toBe("");
  });

  it("declines text that needs markdown", () => {
    const wrong: string[] = [];
    for (const text of NEEDS_MARKDOWN) for (const inline of [false, true]) if (full(text, inline) === naive(text, inline) && full(text, inline, true) === naive(text, inline)) wrong.push(`${JSON.stringify(text)} ${inline}`);
    expect(wrong).toEqual([]);
    for (const text of NEEDS_MARKDOWN) {
      for (const inline of [false, true]) {
        expect(plainMarkdown(text, inline), JSON.stringify(text)).toBeNull();
      }
    }
    for (const text of BLOCK_ONLY) {
      expect(full(text, false), `${JSON.stringify(text)} is no block`).not.toBe(naive(text, false));
      expect(plainMarkdown(text, false), JSON.stringify(text)).toBeNull();
    }
    for (const text of DECLINED) expect(plainMarkdown(text, false), JSON.stringify(text)).toBeNull();
  });

  it("agrees with the engine on random text", () => {
    // A fixed-seed generator: the same strings on every run.
    let seed = 18;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = (alphabet: readonly string[], length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    const allowed = [..."aZ09 .,:;!?'\"()+-=/#%^{}€é中😀", "\u200d", ":smile:", ":material/home:", "1. ", "- ", "www", "http:"];
    const every = [...allowed, ..."*_~`\\[]<>&$|@\n\t", "\u00a0", "  \n", "://", "www."];
    const texts = [...Array.from({ length: 3000 }, () => pick(allowed, 1 + Math.floor(next() * 10))), ...Array.from({ length: 3000 }, () => pick(every, 1 + Math.floor(next() * 10)))];
    expect(mismatches(texts)).toEqual([]);
    expect(texts.filter((text) => plainMarkdown(text, false) !== null).length).toBeGreaterThan(1000); // the check is not vacuous
  });
});
