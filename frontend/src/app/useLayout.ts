// The page layout: what each root (main, sidebar, bottom, event) holds, where the page
// navigation sits, whether the sidebar is open, and the page width.

import { useState } from "react";
import { visiblePages } from "../Navigation";
import type { Navigation } from "../protocol.gen";
import { ROOT_BOTTOM, ROOT_EVENT, ROOT_MAIN, ROOT_SIDEBAR } from "../protocol.gen";
import type { AppState, ChildIndex, Entry } from "../store";

export interface Layout {
  main: Entry[];
  sidebar: Entry[];
  bottom: Entry[];
  event: Entry[];
  /** The page navigation shown in the sidebar, or at the top, when there is more than one page. */
  sidebarNav: Navigation | null;
  topNav: Navigation | null;
  hasSidebar: boolean;
  sidebarOpen: boolean;
  setSidebarOpen: (open: boolean) => void;
  wide: boolean;
}

export function useLayout(state: AppState, index: ChildIndex): Layout {
  const [chosen, setSidebarOpen] = useState<boolean | null>(null);
  const rootEntries = (root: number) => index.get(String(root)) ?? [];
  const sidebar = rootEntries(ROOT_SIDEBAR);
  const nav = state.navigation;
  const manyPages = visiblePages(nav).length > 1;
  const sidebarNav = nav !== null && nav.position === "sidebar" && manyPages ? nav : null;
  const topNav = nav !== null && nav.position === "top" && manyPages ? nav : null;
  // Until the user opens or closes it, the sidebar follows initial_sidebar_state ("auto": open on wide screens).
  const initial = state.pageConfig?.initial_sidebar_state ?? "auto";
  const sidebarOpen = chosen ?? (initial === "collapsed" ? false : initial === "expanded" ? true : window.innerWidth > 768);
  return {
    main: rootEntries(ROOT_MAIN),
    sidebar,
    bottom: rootEntries(ROOT_BOTTOM),
    event: rootEntries(ROOT_EVENT),
    sidebarNav,
    topNav,
    hasSidebar: sidebar.length > 0 || sidebarNav !== null,
    sidebarOpen,
    setSidebarOpen,
    wide: state.pageConfig?.layout === "wide",
  };
}
