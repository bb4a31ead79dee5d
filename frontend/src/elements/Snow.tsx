import { defineElement } from "./types";
import { Celebration } from "./Celebration";

export default defineElement<Record<string, unknown>>({
  type: "Snow",
  schema: {},
  Component: () => <Celebration kind="snow" />,
});
