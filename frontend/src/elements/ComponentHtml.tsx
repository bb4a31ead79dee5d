import { defineNode } from "./types";
import { useDesk, usePayload } from "../context";
import { ComponentHtml } from "../nodes.gen";

/**
 * components.html: the HTML in a sandboxed frame (its own document, no access to the app).
 * The frame loads the page from /media, where the server gives it a policy that lets its
 * inline scripts run; a srcdoc frame would inherit the app's stricter policy.
 *
 * Such HTML is often untrusted (model output, user content), so its URL carries the key
 * the server sent with the page's bytes, which opens that one page of this session, and
 * never the token. Popups are allowed only when the app asked for them (allow_popups).
 */
export default defineNode(ComponentHtml, ({ props }) => {
  const { sessionId } = useDesk();
  const payload = usePayload(props.page);
  const common = {
    className: "component-frame",
    title: props.title ?? "HTML component",
    sandbox: `allow-scripts allow-forms allow-modals allow-downloads${props.allow_popups === true ? " allow-popups" : ""}`,
    scrolling: props.scrolling ? "yes" : "no",
    tabIndex: props.tab_index ?? undefined,
    style: { width: props.width ?? "100%", height: props.height ?? 150 },
  };
  if (payload?.frame !== undefined && sessionId !== null) {
    const query = new URLSearchParams({ session: sessionId, frame: payload.frame });
    return <iframe {...common} src={`/media/${payload.digest}?${query.toString()}`} />;
  }
  return <iframe {...common} srcDoc={props.html} />;
});
