import { LabelText } from "../icons/LabelText";
import { defineElement } from "./types";
import { Icon } from "./common";
import { optional, str } from "../utils/schema";

interface P {
  label: string;
  icon?: string | null;
  color?: string | null;
}

export default defineElement<P>({
  type: "Badge",
  schema: { label: str, icon: optional(str), color: optional(str) },
  Component: ({ props }) => (
    <span className={`badge badge-${props.color ?? "blue"}`}>
      <Icon icon={props.icon} />
      <LabelText text={props.label} />
    </span>
  ),
});
