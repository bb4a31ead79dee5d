import { LabelText } from "../icons/LabelText";
import { defineElement } from "./types";
import { Icon } from "./common";
import { buttonShape, type ButtonProps } from "./Button";
import { str } from "../utils/schema";

interface P extends ButtonProps {
  url: string;
}

export default defineElement<P>({
  type: "LinkButton",
  schema: { ...buttonShape, url: str },
  Component: ({ props }) => (
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
  ),
});
