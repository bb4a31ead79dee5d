import { defineElement } from "./types";
import { any, optional, num } from "../utils/schema";

interface P {
  height?: number | null;
  border?: boolean | null;
}

export default defineElement<P>({
  type: "Container",
  schema: { height: optional(num), border: any },
  Component: ({ props, renderChildren }) => (
    <div
      className={`block container${props.border ? " bordered" : ""}`}
      style={props.height ? { height: props.height, overflowY: "auto" } : undefined}
    >
      {renderChildren()}
    </div>
  ),
});
