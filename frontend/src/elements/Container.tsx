import { useEffect, useRef, type CSSProperties } from "react";
import { defineNode } from "./types";
import { Container, type ContainerProps } from "../nodes.gen";

/** Streamlit's gap names as CSS lengths (containers and columns). */
export const GAPS: Record<string, string> = {
  xxsmall: "0.125rem",
  xsmall: "0.25rem",
  small: "1rem",
  medium: "2rem",
  large: "4rem",
  xlarge: "6rem",
  xxlarge: "8rem",
};
const MAIN_AXIS: Record<string, string> = { left: "flex-start", center: "center", right: "flex-end", distribute: "space-between", top: "flex-start", bottom: "flex-end" };
const CROSS_AXIS: Record<string, string> = { left: "flex-start", center: "center", right: "flex-end", top: "flex-start", bottom: "flex-end", distribute: "stretch" };

/** Flex layout of a container: a row (horizontal) or a column, with Streamlit's alignment and gap names. */
export function containerStyle(props: ContainerProps): CSSProperties {
  const style: CSSProperties = {};
  if (typeof props.height === "number") Object.assign(style, { height: props.height, overflowY: "auto" });
  else if (props.height === "stretch") Object.assign(style, { flex: "1 1 auto", minHeight: 0, overflowY: "auto" });
  if (typeof props.width === "number") style.width = props.width;
  else if (props.width === "content") style.width = "fit-content";
  if (props.horizontal === undefined) return style; // the default layout: elements stacked with their own margins
  const horizontal = props.horizontal === true;
  const h = props.horizontal_alignment ?? "left";
  const v = props.vertical_alignment ?? "top";
  Object.assign(style, {
    display: "flex",
    flexDirection: horizontal ? "row" : "column",
    flexWrap: horizontal && props.wrap !== false ? "wrap" : "nowrap",
    gap: props.gap ? GAPS[props.gap] ?? "1rem" : "0",
    justifyContent: horizontal ? MAIN_AXIS[h] : MAIN_AXIS[v],
    alignItems: horizontal ? CROSS_AXIS[v] : CROSS_AXIS[h],
  });
  return style;
}

/**
 * autoscroll: a fixed-height container follows new content down to its bottom; by default only
 * when it holds chat messages (True or False decides for any container).
 */
function useAutoscroll(ref: React.RefObject<HTMLDivElement | null>, props: ContainerProps): void {
  const enabled = typeof props.height === "number" && props.autoscroll !== false;
  const always = props.autoscroll === true;
  useEffect(() => {
    const el = ref.current;
    if (!enabled || el === null) return undefined;
    const follow = () => {
      if (always || el.querySelector(".el-ChatMessage") !== null) el.scrollTop = el.scrollHeight;
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(el, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [ref, enabled, always]);
}

export default defineNode(Container, ({ props, renderChildren }) => {
  const ref = useRef<HTMLDivElement>(null);
  useAutoscroll(ref, props);
  return (
    <div
      ref={ref}
      className={`block container${props.border ? " bordered" : ""}${props.horizontal === undefined ? "" : " flex-layout"}${props.horizontal ? " horizontal" : ""}${props.height === "stretch" ? " stretch-height" : ""}`}
      style={containerStyle(props)}
    >
      {renderChildren()}
    </div>
  );
});
