// The page menu of a multipage app (from the Navigation message), in the sidebar or the top bar.

import type { Navigation } from "./protocol.gen";
import { appQueryString, urlPage } from "./connection";
import type { ClientMessage } from "./protocol.gen";
import { Icon } from "./elements/common";

interface PageItem {
  page_script_hash?: string;
  title?: string;
  icon?: string | null;
  url_path?: string;
  section?: string | null;
  hidden?: boolean;
  external_url?: string | null;
  /** The page's summary: its tooltip in the menu. */
  help?: string;
}

/** Ask the server for a page (by url_path); the URL follows when Navigation arrives. */
/** Open a page; `queryString` (st.page_link's query_params, "" to clear) replaces the URL's query first. */
export function goToPage(send: (m: ClientMessage) => void, urlPath: string, queryString?: string | null): void {
  if (typeof queryString === "string") {
    const params = new URLSearchParams(queryString);
    const token = new URLSearchParams(window.location.search).get("token");
    if (token) params.set("token", token);
    const qs = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (qs ? `?${qs}` : "") + window.location.hash);
  }
  send({ type: "Rerun", query_string: appQueryString(), fragment_id: null, page: urlPath });
}

let firstPageShown = true;

/** Show /<current_url_path> in the address bar, keeping the query (and token).
 * A page switch adds a history entry, so the browser's Back returns to the previous page;
 * the first page shown replaces the entry (a bad or empty path is corrected, not stacked). */
export function syncPageUrl(nav: Navigation): void {
  const path = "/" + encodeURIComponent(nav.current_url_path ?? "").replace(/%2F/g, "/");
  if (window.location.pathname !== path) {
    const url = path + window.location.search + window.location.hash;
    if (firstPageShown) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
  }
  firstPageShown = false;
}

/** Back/Forward in the browser: show the page the address bar now names. */
export function followHistory(send: (m: ClientMessage) => void): () => void {
  const onPop = () => goToPage(send, urlPage() ?? "");
  window.addEventListener("popstate", onPop);
  return () => window.removeEventListener("popstate", onPop);
}

/** The page the app shows now, or null outside a multipage app. */
export function currentPage(nav: Navigation | null): PageItem | null {
  if (nav === null) return null;
  return (nav.pages as PageItem[]).find((p) => p.page_script_hash === nav.current) ?? null;
}

export function visiblePages(nav: Navigation | null): PageItem[] {
  if (nav === null || nav.position === "hidden") return [];
  return (nav.pages as PageItem[]).filter((p) => p.hidden !== true);
}

export function NavMenu({ nav, send, layout }: { nav: Navigation; send: (m: ClientMessage) => void; layout: "sidebar" | "top" }) {
  const pages = visiblePages(nav);
  if (pages.length < 2) return null;
  const groups: [string | null, PageItem[]][] = [];
  for (const page of pages) {
    const section = page.section ?? null;
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0] === section) last[1].push(page);
    else groups.push([section, [page]]);
  }
  return (
    <nav className={`page-nav page-nav-${layout}`} aria-label="Pages">
      {groups.map(([section, items], gi) => (
        <div key={gi} className="page-nav-group">
          {section ? <div className="page-nav-section">{section}</div> : null}
          {items.map((page) => {
            const current = page.page_script_hash === nav.current;
            if (page.external_url) {
              return (
                <a key={page.external_url} className="page-link" href={page.external_url} title={page.help || undefined} target="_blank" rel="noopener noreferrer">
                  <Icon icon={page.icon} />
                  {page.title}
                </a>
              );
            }
            const path = page.url_path ?? "";
            return (
              <a
                key={page.page_script_hash ?? path}
                className={`page-link${current ? " active" : ""}`}
                href={"/" + path}
                title={page.help || undefined}
                aria-current={current ? "page" : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  goToPage(send, path);
                }}
              >
                <Icon icon={page.icon} />
                {page.title}
              </a>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
