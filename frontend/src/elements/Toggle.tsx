import { defineNode } from "./types";
import { CheckboxLike } from "./Checkbox";
import { Toggle } from "../nodes.gen";

export default defineNode(Toggle, ({ props, entry }) => <CheckboxLike props={props} entry={entry} toggle={true} />);
