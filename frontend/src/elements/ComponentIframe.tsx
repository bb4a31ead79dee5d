import { defineElement } from "./types";
import { any, bool, optional, str } from "../utils/schema";

interface P {
  src: string;
  width?: number | null;
  height?: number | null;
  scrolling?: boolean;
  tab_index?: number | null;
}

/** components.iframe: a page in a frame. */
export default defineElement<P>({
  type: "ComponentIframe",
  schema: { src: str, width: any, height: any, scrolling: optional(bool) },
  Component: ({ props }) => (
    <iframe
      className="component-frame"
      title="Embedded page"
      src={props.src}
      sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals allow-downloads"
      scrolling={props.scrolling ? "yes" : "no"}
      tabIndex={props.tab_index ?? undefined}
      style={{ width: props.width ?? "100%", height: props.height ?? 150 }}
    />
  ),
});
