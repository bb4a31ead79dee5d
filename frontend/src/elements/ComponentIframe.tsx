import { defineNode } from "./types";
import { ComponentIframe } from "../nodes.gen";

/** components.iframe: a page in a frame. */
export default defineNode(ComponentIframe, ({ props }) => (
  <iframe
    className="component-frame"
    title={props.title ?? "Embedded page"}
    src={props.src}
    sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals allow-downloads"
    scrolling={props.scrolling ? "yes" : "no"}
    tabIndex={props.tab_index ?? undefined}
    style={{ width: props.width ?? "100%", height: props.height ?? 150 }}
  />
));
