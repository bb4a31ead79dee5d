// A date (or date and time) typed in the widget's format or picked from the browser's calendar,
// for st.date_input and st.datetime_input.

import { useRef } from "react";
import { useTypedValue } from "./typedValue";
import { MaterialIcon } from "../icons/LabelText";

/** ISO texts of one kind compare as strings once both carry seconds ("…T14:30" is "…T14:30:00"). */
function comparable(iso: string): string {
  return iso.length === 16 ? `${iso}:00` : iso;
}

/**
 * The text box shows `show(iso)`; a typed text commits on Enter or on leaving the box, through
 * `parse` (null: not a value). A text that is not one, or is outside min..max, is put back. The
 * button opens the hidden native field's calendar, whose value commits the same way.
 */
export function DateField(field: {
  iso: string | null;
  show: (iso: string) => string;
  parse: (text: string) => string | null;
  placeholder: string;
  native: "date" | "datetime-local";
  step?: number;
  label: string;
  id?: string;
  min: string | null;
  max: string | null;
  disabled: boolean;
  required: boolean;
  onCommit: (iso: string | null) => void;
}) {
  const { iso, label, min, max } = field;
  const picker = useRef<HTMLInputElement>(null);
  const { text, setText, commit, handlers } = useTypedValue({
    value: iso,
    show: field.show,
    parse: field.parse,
    required: field.required,
    onCommit: field.onCommit,
    accepts: (value) => (min === null || comparable(value) >= comparable(min)) && (max === null || comparable(value) <= comparable(max)),
  });
  return (
    <div className="date-field">
      <input
        id={field.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="input"
        aria-label={label}
        aria-required={field.required ? true : undefined}
        placeholder={field.placeholder}
        value={text}
        disabled={field.disabled}
        onChange={(e) => setText(e.target.value)}
        {...handlers}
      />
      <button
        type="button"
        className="date-picker-button"
        aria-label={`${label}: pick from a calendar`}
        disabled={field.disabled}
        onClick={() => {
          try {
            picker.current?.showPicker();
          } catch {
            document.getElementById(field.id ?? "")?.focus(); // no calendar here (e.g. in a sandboxed frame): type instead
          }
        }}
      >
        <MaterialIcon name="calendar_today" />
      </button>
      <input
        ref={picker}
        type={field.native}
        className="date-picker-native"
        tabIndex={-1}
        aria-hidden="true"
        step={field.step}
        value={iso ?? ""}
        min={min ?? undefined}
        max={max ?? undefined}
        onChange={(e) => {
          if (e.target.value !== "") commit(e.target.value);
        }}
      />
    </div>
  );
}
