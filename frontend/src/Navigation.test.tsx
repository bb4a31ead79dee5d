import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { NavMenu } from "./Navigation";
import type { Navigation } from "./protocol.gen";

const nav = (pages: Record<string, unknown>[]): Navigation => ({
  type: "Navigation",
  pages,
  current: "a",
  current_url_path: "",
  position: "sidebar",
  expanded: false,
  not_found: null,
});

describe("NavMenu", () => {
  it("shows a page's help as its entry's tooltip, and no title without help", () => {
    const html = renderToString(
      <NavMenu
        nav={nav([
          { page_script_hash: "a", title: "Home", url_path: "", help: "The start page" },
          { page_script_hash: "b", title: "Sales", url_path: "sales", help: null },
          { title: "Docs", external_url: "https://example.com/", help: "Opens the docs" },
        ])}
        send={() => undefined}
        layout="sidebar"
      />,
    );
    expect(html).toContain('title="The start page"');
    expect(html).toContain('title="Opens the docs"');
    expect(html.match(/title=/g)?.length).toBe(2);
  });
});
