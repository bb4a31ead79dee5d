import { defineNode } from "./types";
import { TextField } from "./TextInput";
import { TextArea } from "../nodes.gen";

export default defineNode(TextArea, ({ props, entry }) => <TextField props={props} entry={entry} multiline={true} />);
