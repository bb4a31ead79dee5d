import { LabelText } from "../icons/LabelText";
import { defineNode } from "./types";
import { Icon } from "./common";
import { LinkButton } from "../nodes.gen";

export default defineNode(LinkButton, ({ props }) => (
  <a
    className={`btn btn-${props.type ?? "secondary"}${props.use_container_width ? " full" : ""}${props.disabled ? " disabled" : ""}`}
    href={props.disabled ? undefined : props.url}
    target="_blank"
    rel="noopener noreferrer"
    title={props.help ?? undefined}
    aria-disabled={props.disabled === true}
  >
    <Icon icon={props.icon} />
    <LabelText text={props.label} />
  </a>
));
