// The address bar follows the app: st.query_params and the current page of a multipage app;
// the browser's back and forward buttons move between pages.

import { useEffect, useLayoutEffect } from "react";
import { followHistory, syncPageUrl } from "../Navigation";
import type { ClientMessage } from "../protocol.gen";
import type { AppState } from "../store";

export function useUrlSync({ queryString, navigation }: Pick<AppState, "queryString" | "navigation">, send: (message: ClientMessage) => void): void {
  // The script changed st.query_params: update the URL (keeping the token if it is there).
  useEffect(() => {
    if (queryString === null) return;
    const params = new URLSearchParams(queryString);
    const token = new URLSearchParams(window.location.search).get("token");
    if (token) params.set("token", token);
    const qs = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (qs ? `?${qs}` : "") + window.location.hash);
  }, [queryString]);

  // In the commit that shows the page, not a frame later (Preact runs passive effects after
  // the next frame): what reads the address once the page is drawn finds the page's path.
  useLayoutEffect(() => {
    if (navigation !== null) syncPageUrl(navigation);
  }, [navigation]);
  useEffect(() => followHistory(send), [send]);
}
