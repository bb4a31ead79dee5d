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
  return (
    <div className={`block form${props.border === false ? "" : " bordered"}`} data-form-id={props.form_id} onKeyDown={onKeyDown}>
      {renderChildren()}
    </div>
  );
});
