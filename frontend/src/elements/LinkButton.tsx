import { defineNode } from "./types";
import { ButtonLabel } from "./Button";
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
    <ButtonLabel props={props} />
  </a>
));
