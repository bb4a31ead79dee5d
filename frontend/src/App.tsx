// The app: connects to the server and lays out the top bar, sidebar, main area, bottom and event roots.
// Each concern lives in its own hook or part under app/.

import { useCallback, useMemo, useRef, useState } from "react";
import { AppMenu } from "./app/AppMenu";
import { BottomRoot } from "./app/BottomRoot";
import { ClearCacheDialog } from "./app/ClearCacheDialog";
import { useAppShortcuts } from "./app/shortcuts";
import { TopBar } from "./app/TopBar";
import { useAutoReruns } from "./app/useAutoReruns";
import { useCellTriggers } from "./app/cellTriggers";
import { useConnection } from "./app/useConnection";
import { useLayout } from "./app/useLayout";
import { usePageTitle } from "./app/usePageTitle";
import { usePreloadAfterFirstRun } from "./app/usePreloadAfterFirstRun";
import { useTheme } from "./app/useTheme";
import { useUrlSync } from "./app/useUrlSync";
import { appQueryString } from "./connection";
import { DeskContext, type DeskContextValue } from "./context";
import { ExceptionView } from "./elements/Exception";
import { NavMenu } from "./Navigation";
import { NodeList } from "./NodeView";
import { buildChildIndex } from "./store";
import type { LogoProps } from "./nodes.gen";

export function App() {
  // The socket asks for the theme when it says Hello; the theme depends on the app's config it receives.
  const themeType = useRef<"light" | "dark">("light");
  const { state, status, send, payloads, token, requestData, requestWindow } = useConnection(() => themeType.current);
  const theme = useTheme(state.session?.theme);
  themeType.current = theme.base;
  const rerun = useCallback(() => send({ type: "Rerun", query_string: appQueryString(), fragment_id: null }), [send]);
  const clearCache = useCallback(() => send({ type: "ClearCache" }), [send]);
  const [confirmClear, setConfirmClear] = useState(false);
  const closeConfirm = useCallback(() => setConfirmClear(false), []);

  usePageTitle(state);
  useUrlSync(state, send);
  useAutoReruns(state.autoReruns, send);
  useCellTriggers(send);
  useAppShortcuts({ rerun, clearCache: () => setConfirmClear(true) });
  usePreloadAfterFirstRun(state.lastStatus !== null);

  const index = useMemo(() => buildChildIndex(state.nodes), [state.nodes]);
  const layout = useLayout(state, index);
  const ctx: DeskContextValue = {
    send,
    payloads,
    token,
    sessionId: state.session?.session_id ?? null,
    maxUploadMb: state.session?.max_upload_mb ?? 200,
    xsrfToken: state.session?.xsrf_token ?? "",
    themeType: theme.base,
    state,
    index,
    fadeStale: true,
    requestData,
    requestWindow,
  };
  const { hasSidebar, sidebarOpen, wide, bottom } = layout;
  const nav = state.navigation;
  const running = state.runningRunId !== null;
  const logo = (layout.sidebar.find((entry) => entry.node.type === "Logo")?.node.props ?? null) as LogoProps | null;
  const menu = (
    <AppMenu
      choice={theme.choice}
      onChoice={theme.choose}
      onRerun={rerun}
      onClearCache={clearCache}
      appName={state.session?.app_name ?? "desk app"}
      menuItems={state.pageConfig?.menu_items ?? null}
    />
  );

  return (
    <DeskContext.Provider value={ctx}>
      <div className={`app theme-${theme.base}${hasSidebar && sidebarOpen ? " with-sidebar" : ""}`} style={theme.vars as React.CSSProperties} data-theme={theme.base}
        data-connection={status}
        data-running={running ? "true" : "false"}
        data-last-status={state.lastStatus ?? ""}
      >
        <TopBar status={status} running={running} onOpenSidebar={hasSidebar && !sidebarOpen ? () => layout.setSidebarOpen(true) : null} topNav={layout.topNav} send={send} menu={menu} logo={logo} />
        {hasSidebar && sidebarOpen ? (
          <aside className="sidebar" aria-label="Sidebar">
            <button type="button" className="icon-button sidebar-close" aria-label="Close sidebar" onClick={() => layout.setSidebarOpen(false)}>
              ×
            </button>
            <div className="sidebar-content">
              {layout.sidebarNav !== null ? <NavMenu nav={layout.sidebarNav} send={send} layout="sidebar" /> : null}
              <NodeList entries={layout.sidebar} />
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
          <NodeList entries={layout.main} />
        </main>
        {bottom.length > 0 ? <BottomRoot entries={bottom} wide={wide} /> : null}
        <div className="event-root">
          <NodeList entries={layout.event} />
        </div>
        {confirmClear ? (
          <ClearCacheDialog
            onConfirm={() => {
              closeConfirm();
              clearCache();
            }}
            onClose={closeConfirm}
          />
        ) : null}
      </div>
    </DeskContext.Provider>
  );
}
