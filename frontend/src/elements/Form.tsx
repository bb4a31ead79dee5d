import { defineNode } from "./types";
import { Form } from "../nodes.gen";

export default defineNode(Form, ({ props, renderChildren }) => {
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Enter" || props.enter_to_submit === false) return;
    const target = e.target as HTMLElement;
    if (target.tagName !== "INPUT" || (target as HTMLInputElement).type === "checkbox") return;
    const form = e.currentTarget;
    // Let the input commit its value first, then press the form's first submit button.
    window.setTimeout(() => {
      const submit = form.querySelector<HTMLButtonElement>("[data-form-submit]:not([disabled])");
      submit?.click();
    }, 0);
  };
  // width: "content" or pixels (never wider than the parent); height: pixels (scrolls) or "stretch" (fills the parent).
  const style: React.CSSProperties = {};
  if (typeof props.width === "number") Object.assign(style, { width: props.width, maxWidth: "100%" });
  else if (props.width === "content") Object.assign(style, { width: "fit-content", maxWidth: "100%" });
  if (typeof props.height === "number") Object.assign(style, { height: props.height, overflowY: "auto" });
  const stretch = props.height === "stretch" ? " stretch-height" : "";
  return (
    <div className={`block form${props.border === false ? "" : " bordered"}${stretch}`} style={style} data-form-id={props.form_id} onKeyDown={onKeyDown}>
      {renderChildren()}
    </div>
  );
});
