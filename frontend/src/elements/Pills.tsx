import { defineNode } from "./types";
import { Choices } from "./Choices";
import { Pills } from "../nodes.gen";

export default defineNode(Pills, ({ props, entry }) => <Choices props={props} entry={entry} variant="pills" />);
