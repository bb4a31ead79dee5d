import { LabelText } from "../icons/LabelText";
import { defineNode } from "./types";
import { Icon } from "./common";
import { Badge } from "../nodes.gen";

export default defineNode(Badge, ({ props }) => (
  <span className={`badge badge-${props.color ?? "blue"}`}>
    <Icon icon={props.icon} />
    <LabelText text={props.label} />
  </span>
));
