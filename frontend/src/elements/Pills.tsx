import { defineElement } from "./types";
import { Choices, type ChoiceProps } from "./Choices";
import { labelShape } from "./widget";
import { any, arrayOf, optional, str } from "../utils/schema";

export default defineElement<ChoiceProps>({
  type: "Pills",
  schema: { ...labelShape, options: arrayOf(any), selection_mode: optional(str) },
  Component: ({ props, entry }) => <Choices props={props} entry={entry} variant="pills" />,
});
