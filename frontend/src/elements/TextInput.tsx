import { useMemo, useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel, WithIcon, useFieldId } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { TextInput, type TextAreaProps, type TextInputProps } from "../nodes.gen";

/** The message of a value that fails validate= without a message of its own. */
export const GENERIC_INVALID = "Enter a value in the expected format.";

/** validate='s pattern as a RegExp (not anchored, as in Streamlit), or null when there is none or it does not compile. */
export function validationPattern(source: string | undefined): RegExp | null {
  if (source === undefined || source === "") return null;
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try without the unicode flag, then give up
    }
  }
  console.warn(`text_input: validate=${JSON.stringify(source)} is not a JavaScript regular expression; nothing is checked`);
  return null;
}

/** Text committed on Enter (inputs) or blur; the local draft never waits for the server. */
export function TextField({ props, entry, multiline }: { props: TextInputProps | TextAreaProps; entry: Parameters<typeof useWidgetSender>[0]; multiline: boolean }) {
  const [value, setValue] = useWidgetValue<string | null>(props, "");
  const [draft, setDraft] = useWidgetValue<string | null>(props, "");
  const { change, changeSoon } = useWidgetSender(entry, props.required === true);
  // validate=: a non-empty value that does not match stays in the box, marked, and is not sent.
  const source = "validate_regex" in props ? props.validate_regex : undefined;
  const pattern = useMemo(() => validationPattern(source), [source]);
  const [invalid, setInvalid] = useState(false);
  const fails = (text: string) => pattern !== null && text !== "" && !pattern.test(text);
  // live=: commit after a pause in typing (not inside a form, whose widgets wait for the submit).
  const live = "live_ms" in props && typeof props.live_ms === "number" && !props.form_id ? props.live_ms : null;
  const edit = (next: string) => {
    setDraft(next);
    if (invalid && !fails(next)) setInvalid(false); // the mark goes as soon as the text is fixed
    if (live === null || fails(next)) return;
    setValue(next);
    changeSoon(next, live);
  };
  const id = useFieldId();
  const commit = () => {
    const next = draft ?? "";
    if (fails(next)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (next !== (value ?? "")) {
      setValue(next);
      change(next);
    }
  };
  const message = "validate_message" in props && props.validate_message ? props.validate_message : GENERIC_INVALID;
  const common = {
    id,
    className: "input",
    value: draft ?? "",
    placeholder: props.placeholder ?? undefined,
    maxLength: props.max_chars ?? undefined,
    disabled: props.disabled === true,
    "aria-label": props.label,
    "aria-invalid": invalid ? true : undefined,
    "aria-describedby": invalid ? `${id}-invalid` : undefined,
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
            autoComplete={"autocomplete" in props && props.autocomplete !== "" ? props.autocomplete : undefined}
            onChange={(e) => edit(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit();
            }}
          />
        </WithIcon>
      )}
      {invalid ? (
        <div className="field-error field-invalid" id={`${id}-invalid`} role="alert">
          {message}
        </div>
      ) : null}
      {props.max_chars ? (
        <div className="char-count" aria-hidden="true">
          {(draft ?? "").length}/{props.max_chars}
        </div>
      ) : null}
    </div>
  );
}

export default defineNode(TextInput, ({ props, entry }) => <TextField props={props} entry={entry} multiline={false} />);
