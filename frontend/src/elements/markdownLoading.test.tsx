import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { HelpIcon, InlineMarkdown, MarkdownBlock } from "./common";
import HtmlEl from "./Html";
import { loadMarkdownEngine } from "../markdown";

// This file's modules are its own: the markdown engine has not loaded until the test loads it.
describe("markdown elements while the engine's chunk loads", () => {
  it("draw plain text at once, and text that needs the engine empty (never raw) until it has loaded", async () => {
    expect(renderToString(<MarkdownBlock body="Count: 0" />)).toBe('<div class="markdown"><p>Count: 0</p>\n</div>');
    const waiting = renderToString(<MarkdownBlock body="**Count** `0`" />);
    expect(waiting).toBe('<div aria-busy="true" class="markdown"></div>');
    expect(renderToString(<InlineMarkdown body="*x*" />)).toBe('<span aria-busy="true"></span>');
    expect(renderToString(<HelpIcon text="**help**" />)).toContain('class="help-tip"></span>'); // (its title is the text, as before)
    const Html = HtmlEl.Component;
    const htmlProps = { props: { body: "<b>x</b>", sanitize: true, allow_javascript: false, width: "stretch" } };
    expect(renderToString(<Html {...(htmlProps as unknown as Parameters<typeof Html>[0])} />)).toBe('<div aria-busy="true" class="html-block"></div>');

    await loadMarkdownEngine();
    expect(renderToString(<MarkdownBlock body="**Count** `0`" />)).toBe('<div class="markdown"><p><strong>Count</strong> <code>0</code></p>\n</div>');
    expect(renderToString(<InlineMarkdown body="*x*" />)).toBe("<span><em>x</em></span>");
    expect(renderToString(<HelpIcon text="**help**" />)).toContain("<strong>help</strong>");
  });
});
