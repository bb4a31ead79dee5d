import { defineElement } from "./types";
import { Celebration } from "./Celebration";

export default defineElement<Record<string, unknown>>({
  type: "Balloons",
  schema: {},
  Component: () => <Celebration kind="balloons" />,
});
