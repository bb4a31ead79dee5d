import { defineElement } from "./types";
import { any, bool, optional, str } from "../utils/schema";

interface P {
  html: string;
  width?: number | null;
  height?: number | null;
  scrolling?: boolean;
  tab_index?: number | null;
}

/** components.html: the HTML in a sandboxed frame (its own document, no access to the app). */
export default defineElement<P>({
  type: "ComponentHtml",
  schema: { html: str, width: any, height: any, scrolling: optional(bool) },
  Component: ({ props }) => (
    <iframe
      className="component-frame"
      title="HTML component"
      srcDoc={props.html}
      sandbox="allow-scripts allow-forms allow-popups allow-modals allow-downloads"
      scrolling={props.scrolling ? "yes" : "no"}
      tabIndex={props.tab_index ?? undefined}
      style={{ width: props.width ?? "100%", height: props.height ?? 150 }}
    />
  ),
});
