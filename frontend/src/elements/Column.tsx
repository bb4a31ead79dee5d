import { defineNode } from "./types";
import { Column } from "../nodes.gen";

export default defineNode(Column, ({ props, renderChildren }) => <div className={`block column${props.border ? " bordered" : ""}`}>{renderChildren()}</div>);
