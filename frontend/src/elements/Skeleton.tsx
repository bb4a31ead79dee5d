import { defineNode } from "./types";
import { Skeleton } from "../nodes.gen";

// A shimmering block standing in for content that is still loading; assistive technology hears "Loading".
export default defineNode(Skeleton, ({ props }) => {
  const style: React.CSSProperties = {};
  if (typeof props.width === "number") style.width = `${props.width}px`;
  if (typeof props.height === "number") style.height = `${props.height}px`;
  const stretch = props.height === "stretch" ? " stretch" : "";
  return <div className={`skeleton${stretch}`} style={style} role="status" aria-busy="true" aria-label="Loading" />;
});
