import type { CSSProperties } from "react";
import { defineNode } from "./types";
import { Space } from "../nodes.gen";

const SIZES: Record<string, string> = {
  xxsmall: "0.25rem",
  xsmall: "0.5rem",
  small: "0.75rem", // a widget label's height
  medium: "2.5rem", // a button's height
  large: "4.25rem", // a labelled input's height
  xlarge: "6rem",
  xxlarge: "8rem",
};

/** st.space: its length goes along the parent's direction (CSS: .horizontal > .el-Space). */
export default defineNode(Space, ({ props }) => {
  const stretch = props.size === "stretch";
  const length = typeof props.size === "number" ? `${props.size}px` : SIZES[props.size] ?? "0.75rem";
  const style = { "--space": stretch ? "0px" : length } as CSSProperties;
  return <div className={`space${stretch ? " space-stretch" : ""}`} style={style} aria-hidden="true" />;
});
