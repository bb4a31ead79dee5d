import { defineElement } from "./types";
import { any, bool, optional, str } from "../utils/schema";
import { useDesk } from "../context";
import { isBinaryRef } from "../binary";

interface P {
  html: string;
  page?: unknown;
  width?: number | null;
  height?: number | null;
  scrolling?: boolean;
  tab_index?: number | null;
}

/**
 * components.html: the HTML in a sandboxed frame (its own document, no access to the app).
 * The frame loads the page from /media, where the server gives it a policy that lets its
 * inline scripts run; a srcdoc frame would inherit the app's stricter policy.
 */
export default defineElement<P>({
  type: "ComponentHtml",
  schema: { html: str, page: any, width: any, height: any, scrolling: optional(bool) },
  Component: ({ props }) => {
    const { token, sessionId } = useDesk();
    const common = {
      className: "component-frame",
      title: "HTML component",
      sandbox: "allow-scripts allow-forms allow-popups allow-modals allow-downloads",
      scrolling: props.scrolling ? "yes" : "no",
      tabIndex: props.tab_index ?? undefined,
      style: { width: props.width ?? "100%", height: props.height ?? 150 },
    };
    if (isBinaryRef(props.page)) {
      const query = new URLSearchParams({ token });
      if (sessionId !== null) query.set("session", sessionId);
      return <iframe {...common} src={`/media/${props.page.$binary}?${query.toString()}`} />;
    }
    return <iframe {...common} srcDoc={props.html} />;
  },
});
