import { defineElement } from "./types";
import { CheckboxLike } from "./Checkbox";
import { labelShape, type BaseWidgetProps } from "./widget";

export default defineElement<BaseWidgetProps>({
  type: "Toggle",
  schema: labelShape,
  Component: ({ props, entry }) => <CheckboxLike props={props} entry={entry} toggle={true} />,
});
