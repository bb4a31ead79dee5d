import { defineNode } from "./types";
import { ButtonLabel, buttonClass, useButtonShortcut } from "./Button";
import { ShortcutHint } from "./shortcut";
import { useWidgetSender } from "./widget";
import { FormSubmitButton } from "../nodes.gen";

export default defineNode(FormSubmitButton, ({ props, entry }) => {
  const { trigger } = useWidgetSender(entry);
  const shortcut = useButtonShortcut(props);
  return (
    <button
      {...shortcut}
      type="button"
      data-form-submit="true"
      className={buttonClass(props)}
      disabled={props.disabled === true}
      title={props.help ?? undefined}
      onClick={(e) => {
        // Let a focused text input commit its value (on blur) before the submit trigger.
        (document.activeElement as HTMLElement | null)?.blur?.();
        const form = e.currentTarget.closest("[data-form-id]");
        window.setTimeout(() => {
          // A box holding a value its validate= refuses keeps the form from submitting.
          const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
          if (invalid) invalid.focus();
          else trigger(true);
        }, 0);
      }}
    >
      <ButtonLabel props={props} />
      <ShortcutHint shortcut={props.shortcut} />
    </button>
  );
});
