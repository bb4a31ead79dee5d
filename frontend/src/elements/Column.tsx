import { defineElement } from "./types";
import { any, num, optional } from "../utils/schema";

interface P {
  weight?: number;
  border?: boolean;
}

export default defineElement<P>({
  type: "Column",
  schema: { weight: optional(num), border: any },
  Component: ({ props, renderChildren }) => <div className={`block column${props.border ? " bordered" : ""}`}>{renderChildren()}</div>,
});
