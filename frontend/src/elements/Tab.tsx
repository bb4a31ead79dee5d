import { defineElement } from "./types";
import { optional, str } from "../utils/schema";

interface P {
  label?: string;
}

export default defineElement<P>({
  type: "Tab",
  schema: { label: optional(str) },
  Component: ({ renderChildren }) => <div className="block tab-body">{renderChildren()}</div>,
});
