import { defineElement } from "./types";
import { TextField, textShape, type TextProps } from "./TextInput";

export default defineElement<TextProps>({
  type: "TextArea",
  schema: textShape,
  Component: ({ props, entry }) => <TextField props={props} entry={entry} multiline={true} />,
});
