import { defineNode } from "./types";
import { WidgetLabel, WithIcon, useFieldId } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { TextInput, type TextAreaProps, type TextInputProps } from "../nodes.gen";

/** Text committed on Enter (inputs) or blur; the local draft never waits for the server. */
export function TextField({ props, entry, multiline }: { props: TextInputProps | TextAreaProps; entry: Parameters<typeof useWidgetSender>[0]; multiline: boolean }) {
  const [value, setValue] = useWidgetValue<string | null>(props, "");
  const [draft, setDraft] = useWidgetValue<string | null>(props, "");
  const { change, changeSoon } = useWidgetSender(entry, props.required === true);
  // live=: commit after a pause in typing (not inside a form, whose widgets wait for the submit).
  const live = "live_ms" in props && typeof props.live_ms === "number" && !props.form_id ? props.live_ms : null;
  const edit = (next: string) => {
    setDraft(next);
    if (live === null) return;
    setValue(next);
    changeSoon(next, live);
  };
  const id = useFieldId();
  const commit = () => {
    const next = draft ?? "";
    if (next !== (value ?? "")) {
      setValue(next);
      change(next);
    }
  };
  const common = {
    id,
    className: "input",
    value: draft ?? "",
    placeholder: props.placeholder ?? undefined,
    maxLength: props.max_chars ?? undefined,
    disabled: props.disabled === true,
    "aria-label": props.label,
    onBlur: commit,
  };
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      {multiline ? (
        <textarea
          aria-required={props.required === true ? true : undefined}
          {...common}
          style={"height" in props && typeof props.height === "number" ? { height: props.height } : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) commit();
          }}
        />
      ) : (
        <WithIcon icon={"icon" in props ? props.icon : null}>
          <input
            aria-required={props.required === true ? true : undefined}
            {...common}
            type={"type" in props && props.type === "password" ? "password" : "text"}
            onChange={(e) => edit(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit();
            }}
          />
        </WithIcon>
      )}
      {props.max_chars ? (
        <div className="char-count" aria-hidden="true">
          {(draft ?? "").length}/{props.max_chars}
        </div>
      ) : null}
    </div>
  );
}

export default defineNode(TextInput, ({ props, entry }) => <TextField props={props} entry={entry} multiline={false} />);
