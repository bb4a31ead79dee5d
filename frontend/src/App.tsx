// The app chrome: top bar (running indicator, Stop, menu), sidebar, main area, bottom and event roots.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Payload } from "./binary";
import { Connection, appQueryString, type ConnectionStatus } from "./connection";
import { DeskContext, type DataWindowRows, type DeskContextValue } from "./context";
import { ExceptionView } from "./elements/Exception";
import { NodeList } from "./NodeView";
import { NavMenu, currentPage, followHistory, syncPageUrl, visiblePages } from "./Navigation";
import type { ClientMessage, ServerMessage } from "./protocol.gen";
import { ROOT_BOTTOM, ROOT_EVENT, ROOT_MAIN, ROOT_SIDEBAR } from "./protocol.gen";
import { buildChildIndex, initialState, reduceAll, referencedDigests, type AppState } from "./store";
import { effectiveBase, loadChoice, saveChoice, systemPrefersDark, themeVariables, type ThemeChoice } from "./theme";

function usePrefersDark(): boolean {
  const [dark, setDark] = useState(systemPrefersDark());
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => setDark(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return dark;
}

function setFavicon(icon: string | null): void {
  if (!icon) return;
  let href: string;
  if (icon.startsWith("data:") || icon.startsWith("/")) href = icon;
  else {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&>]/g, "")}</text></svg>`;
    href = "data:image/svg+xml," + encodeURIComponent(svg);
  }
  // A new <link> (rather than a changed href) so every browser engine picks the icon up.
  document.querySelectorAll("link[rel='icon']").forEach((old) => old.remove());
  const link = document.createElement("link");
  link.rel = "icon";
  link.href = href;
  document.head.appendChild(link);
}

export function App() {
  const [state, setState] = useState<AppState>(initialState);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [choice, setChoice] = useState<ThemeChoice>(loadChoice());
  const prefersDark = usePrefersDark();
  const payloads = useRef(new Map<string, Payload>());
  const connection = useRef<Connection | null>(null);
  const themeRef = useRef<"light" | "dark">("light");
  const stateRef = useRef<AppState>(initialState);
  stateRef.current = state;
  const pendingData = useRef(new Map<number, (window: DataWindowRows | null) => void>());
  const nextRequestId = useRef(1);
  const config = state.session?.theme;
  const base = effectiveBase(choice, config, prefersDark);
  themeRef.current = base;

  useEffect(() => {
    const conn = new Connection({
      onMessages: (all: ServerMessage[]) => {
        const messages: ServerMessage[] = [];
        for (const message of all) {
          if (message.type !== "DataWindow") {
            messages.push(message);
            continue;
          }
          // A grid asked for these rows: hand it the bytes, then forget them unless a node uses them.
          const resolve = pendingData.current.get(message.request_id);
          pendingData.current.delete(message.request_id);
          const digest = message.data?.$binary;
          const payload = digest !== undefined ? payloads.current.get(digest) : undefined;
          if (message.error) console.warn("desk: data request refused:", message.error);
          resolve?.(payload !== undefined ? { bytes: payload.bytes, total: message.total_rows } : null);
          if (digest !== undefined && !referencedDigests(stateRef.current.nodes).has(digest)) payloads.current.delete(digest);
        }
        if (messages.length === 0) return;
        setState((prev) => {
          const next = reduceAll(prev, messages);
          if (messages.some((m) => m.type === "RunFinished" && m.status !== "rerun")) {
            const keep = referencedDigests(next.nodes);
            for (const digest of [...payloads.current.keys()]) if (!keep.has(digest)) payloads.current.delete(digest);
          }
          return next;
        });
      },
      onPayload: (payload) => payloads.current.set(payload.digest, payload),
      onStatus: (next) => {
        setStatus(next);
        if (next === "disconnected") {
          // Answers to data requests on the old socket will never come.
          pendingData.current.forEach((resolve) => resolve(null));
          pendingData.current.clear();
        }
      },
      themeType: () => themeRef.current,
    });
    connection.current = conn;
    conn.start();
    return () => conn.stop();
  }, []);

  const send = useCallback((message: ClientMessage) => connection.current?.send(message), []);
  const requestWindow = useCallback(
    (dataset: string, start: number, end: number, sort: { column: string; ascending: boolean }[] | null, search: string | null) =>
      new Promise<DataWindowRows | null>((resolve) => {
        const request_id = nextRequestId.current++;
        pendingData.current.set(request_id, resolve);
        send({ type: "DataRequest", request_id, dataset, start, end, sort, search });
      }),
    [send],
  );
  const requestData = useCallback(
    (dataset: string, start: number, end: number, sort: { column: string; ascending: boolean }[] | null) =>
      requestWindow(dataset, start, end, sort, null).then((window) => window?.bytes ?? null),
    [requestWindow],
  );
  const rerun = useCallback(() => send({ type: "Rerun", query_string: appQueryString(), fragment_id: null }), [send]);

  // Page title and icon.
  useEffect(() => {
    // set_page_config wins; a multipage app otherwise shows the current page's title and icon.
    const current = currentPage(state.navigation);
    const title = state.pageConfig?.title ?? current?.title ?? state.session?.app_name ?? "desk";
    document.title = title;
    setFavicon(state.pageConfig?.icon ?? current?.icon ?? null);
  }, [state.pageConfig, state.session, state.navigation]);

  // The script changed st.query_params: update the URL (keeping the token if it is there).
  useEffect(() => {
    if (state.queryString === null) return;
    const params = new URLSearchParams(state.queryString);
    const token = new URLSearchParams(window.location.search).get("token");
    if (token) params.set("token", token);
    const qs = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (qs ? `?${qs}` : "") + window.location.hash);
  }, [state.queryString]);

  // Multipage apps: the address bar shows the current page.
  useEffect(() => {
    if (state.navigation !== null) syncPageUrl(state.navigation);
  }, [state.navigation]);
  useEffect(() => followHistory(send), [send]);

  // Fragments with run_every.
  useEffect(() => {
    const timers = Object.entries(state.autoReruns).map(([fragment_id, interval]) =>
      window.setInterval(() => send({ type: "Rerun", query_string: appQueryString(), fragment_id }), Math.max(100, interval * 1000)),
    );
    return () => timers.forEach((t) => window.clearInterval(t));
  }, [state.autoReruns, send]);

  // Keyboard shortcuts: R reruns, C clears the cache (outside text fields).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable) return;
      if (e.key === "r") rerun();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [rerun]);

  const index = useMemo(() => buildChildIndex(state.nodes), [state.nodes]);
  const ctx: DeskContextValue = {
    send,
    payloads: payloads.current,
    token: connection.current?.token ?? "",
    sessionId: state.session?.session_id ?? null,
    maxUploadMb: state.session?.max_upload_mb ?? 200,
    xsrfToken: state.session?.xsrf_token ?? "",
    themeType: base,
    state,
    index,
    fadeStale: true,
    requestData,
    requestWindow,
  };
  const rootEntries = (root: number) => index.get(String(root)) ?? [];
  const sidebar = rootEntries(ROOT_SIDEBAR);
  const bottom = rootEntries(ROOT_BOTTOM);
  const nav = state.navigation;
  const navPages = visiblePages(nav);
  const sidebarNav = nav !== null && nav.position === "sidebar" && navPages.length > 1;
  const topNav = nav !== null && nav.position === "top" && navPages.length > 1;
  const hasSidebar = sidebar.length > 0 || sidebarNav;
  const initialSidebar = state.pageConfig?.initial_sidebar_state ?? "auto";
  const [sidebarOpen, setSidebarOpen] = useState<boolean | null>(null);
  const open = sidebarOpen ?? (initialSidebar === "collapsed" ? false : initialSidebar === "expanded" ? true : window.innerWidth > 768);
  const wide = state.pageConfig?.layout === "wide";
  const running = state.runningRunId !== null;
  const vars = themeVariables(choice, config);

  return (
    <DeskContext.Provider value={ctx}>
      <div className={`app theme-${base}${hasSidebar && open ? " with-sidebar" : ""}`} style={vars as React.CSSProperties} data-theme={base}
        data-connection={status}
        data-running={running ? "true" : "false"}
        data-last-status={state.lastStatus ?? ""}
      >
        <header className="topbar">
          {hasSidebar && !open ? (
            <button type="button" className="icon-button" aria-label="Open sidebar" onClick={() => setSidebarOpen(true)}>
              ☰
            </button>
          ) : (
            <span />
          )}
          {topNav && nav !== null ? <NavMenu nav={nav} send={send} layout="top" /> : null}
          <div className="topbar-right">
            {status !== "connected" ? (
              <span className="conn-status" role="status">
                <span className="spinner small" aria-hidden="true" /> {status === "connecting" ? "Connecting..." : "Reconnecting..."}
              </span>
            ) : null}
            {running ? (
              <>
                <span className="running" role="status" aria-live="polite">
                  <span className="spinner small" aria-hidden="true" /> Running...
                </span>
                <button type="button" className="btn btn-tertiary small" onClick={() => send({ type: "StopScript" })}>
                  Stop
                </button>
              </>
            ) : null}
            <AppMenu
              choice={choice}
              onChoice={(c) => {
                setChoice(c);
                saveChoice(c);
              }}
              onRerun={rerun}
              onClearCache={() => send({ type: "ClearCache" })}
              appName={state.session?.app_name ?? "desk app"}
              menuItems={state.pageConfig?.menu_items ?? null}
            />
          </div>
        </header>
        {hasSidebar && open ? (
          <aside className="sidebar" aria-label="Sidebar">
            <button type="button" className="icon-button sidebar-close" aria-label="Close sidebar" onClick={() => setSidebarOpen(false)}>
              ×
            </button>
            <div className="sidebar-content">
              {sidebarNav && nav !== null ? <NavMenu nav={nav} send={send} layout="sidebar" /> : null}
              <NodeList entries={sidebar} />
            </div>
          </aside>
        ) : null}
        <main className={`main ${wide ? "wide" : "centered"}${bottom.length > 0 ? " has-bottom" : ""}`}>
          {nav?.not_found ? (
            <div className="alert alert-warning" role="alert">
              There is no page “{nav.not_found}” in this app; showing the main page instead.
            </div>
          ) : null}
          {state.scriptError !== null ? (
            <ExceptionView type="Script error" message={state.scriptError.message} traceback={state.scriptError.traceback} />
          ) : null}
          <NodeList entries={rootEntries(ROOT_MAIN)} />
        </main>
        {bottom.length > 0 ? (
          <div className={`bottom-root ${wide ? "wide" : "centered"}`}>
            <NodeList entries={bottom} />
          </div>
        ) : null}
        <div className="event-root">
          <NodeList entries={rootEntries(ROOT_EVENT)} />
        </div>
      </div>
    </DeskContext.Provider>
  );
}

interface MenuProps {
  choice: ThemeChoice;
  onChoice: (c: ThemeChoice) => void;
  onRerun: () => void;
  onClearCache: () => void;
  appName: string;
  menuItems: Record<string, unknown> | null;
}

function AppMenu({ choice, onChoice, onRerun, onClearCache, appName, menuItems }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  const item = (label: string, action: () => void) => (
    <button
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        setOpen(false);
        action();
      }}
    >
      {label}
    </button>
  );
  const aboutText = typeof menuItems?.about === "string" ? menuItems.about : typeof menuItems?.About === "string" ? menuItems.About : null;
  return (
    <div className="app-menu" ref={ref}>
      <button type="button" className="icon-button" aria-label="Main menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        ⋮
      </button>
      {open ? (
        <div className="menu" role="menu">
          {item("Rerun", onRerun)}
          {item("Clear cache", onClearCache)}
          <div className="menu-sep" role="separator" />
          <div className="menu-label">Theme</div>
          {(["light", "dark", "system"] as const).map((c) => (
            <button
              key={c}
              type="button"
              role="menuitemradio"
              aria-checked={choice === c}
              className={`menu-item${choice === c ? " checked" : ""}`}
              onClick={() => onChoice(c)}
            >
              {c === "light" ? "Light" : c === "dark" ? "Dark" : "System"}
            </button>
          ))}
          <div className="menu-sep" role="separator" />
          {item("About", () => setAbout(true))}
        </div>
      ) : null}
      {about ? (
        <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && setAbout(false)}>
          <div className="modal modal-small" role="dialog" aria-modal="true" aria-label="About">
            <div className="modal-head">
              <h2>About</h2>
              <button type="button" className="icon-button" aria-label="Close" onClick={() => setAbout(false)}>
                ×
              </button>
            </div>
            <div className="modal-body">
              <p>
                <strong>{appName}</strong>
              </p>
              {aboutText ? <p>{aboutText}</p> : null}
              <p className="caption-text">Made with desk: Streamlit-style scripts as local apps.</p>
              <p className="caption-text">Emoji from Twemoji by Twitter, CC-BY 4.0.</p>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
