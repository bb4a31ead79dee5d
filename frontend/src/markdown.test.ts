import { describe, expect, it } from "vitest";
import { anchorHeadings, headingSlug, renderMarkdown } from "./markdown";

describe("st.markdown heading anchors", () => {
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
