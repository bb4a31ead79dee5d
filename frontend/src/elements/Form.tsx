import { defineElement } from "./types";
import { any, bool, optional, str } from "../utils/schema";

interface P {
  form_id: string;
  clear_on_submit?: boolean;
  enter_to_submit?: boolean;
  border?: boolean;
}

export default defineElement<P>({
  type: "Form",
  schema: { form_id: str, clear_on_submit: optional(bool), enter_to_submit: optional(bool), border: any },
  Component: ({ props, renderChildren }) => {
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
  },
});
