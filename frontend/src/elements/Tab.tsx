import { defineNode } from "./types";
import { Tab } from "../nodes.gen";

export default defineNode(Tab, ({ renderChildren }) => <div className="block tab-body">{renderChildren()}</div>);
