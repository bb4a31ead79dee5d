// The browser tab (or window) title and icon: set_page_config first, else the current page's, else the app's name.

import { useEffect } from "react";
import { currentPage } from "../Navigation";
import type { AppState } from "../store";

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

export function usePageTitle({ pageConfig, session, navigation }: Pick<AppState, "pageConfig" | "session" | "navigation">): void {
  useEffect(() => {
    const current = currentPage(navigation);
    document.title = pageConfig?.title ?? current?.title ?? session?.app_name ?? "desk";
    setFavicon(pageConfig?.icon ?? current?.icon ?? null);
  }, [pageConfig, session, navigation]);
}
