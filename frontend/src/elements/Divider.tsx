import { defineElement } from "./types";

export default defineElement<Record<string, unknown>>({
  type: "Divider",
  schema: {},
  Component: () => <hr className="divider" />,
});
