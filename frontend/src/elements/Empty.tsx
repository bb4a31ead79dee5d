import { defineElement } from "./types";

export default defineElement<Record<string, unknown>>({
  type: "Empty",
  schema: {},
  Component: () => null,
});
