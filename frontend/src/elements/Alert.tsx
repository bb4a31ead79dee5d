import { defineElement } from "./types";
import { Icon, MarkdownBlock } from "./common";
import { literal, optional, str } from "../utils/schema";

interface P {
  kind: "error" | "warning" | "info" | "success";
  body: string;
  icon?: string | null;
}

export default defineElement<P>({
  type: "Alert",
  schema: { kind: literal("error", "warning", "info", "success"), body: str, icon: optional(str) },
  Component: ({ props }) => (
    <div className={`alert alert-${props.kind}`} role={props.kind === "error" || props.kind === "warning" ? "alert" : "status"}>
      {props.icon ? <Icon icon={props.icon} /> : null}
      <MarkdownBlock body={props.body} />
    </div>
  ),
});
