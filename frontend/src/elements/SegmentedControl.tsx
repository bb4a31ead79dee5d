import { defineNode } from "./types";
import { Choices } from "./Choices";
import { SegmentedControl } from "../nodes.gen";

export default defineNode(SegmentedControl, ({ props, entry }) => <Choices props={props} entry={entry} variant="segmented" />);
