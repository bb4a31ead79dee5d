import { useEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { formatDate, parseDate } from "./dateFormat";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { MaterialIcon } from "../icons/LabelText";
import { DateInput } from "../nodes.gen";

/**
 * One date, shown as `format` says ("YYYY/MM/DD": 2024/05/17), typed or picked from the browser's
 * calendar. A text that is not a date, or is outside min..max, is put back when the box commits
 * (Enter, leaving it).
 */
function DateField(field: {
  iso: string | null;
  format: string;
  label: string;
  id?: string;
  min: string | null;
  max: string | null;
  disabled: boolean;
  required: boolean;
  onCommit: (iso: string | null) => void;
}) {
  const { iso, format, label, min, max } = field;
  const shown = iso === null ? "" : formatDate(iso, format);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const picker = useRef<HTMLInputElement>(null);
  const commit = (typed: string) => {
    const blank = typed.trim() === "";
    const parsed = blank ? null : parseDate(typed, format);
    const outside = parsed !== null && ((min !== null && parsed < min) || (max !== null && parsed > max));
    if ((parsed === null && (!blank || field.required)) || outside) {
      setText(shown); // not a date the widget takes: keep the last one
      return;
    }
    setText(parsed === null ? "" : formatDate(parsed, format));
    if (parsed !== iso) field.onCommit(parsed);
  };
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
        placeholder={format}
        value={text}
        disabled={field.disabled}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(e.currentTarget.value);
          else if (e.key === "Escape") setText(shown);
        }}
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
        type="date"
        className="date-picker-native"
        tabIndex={-1}
        aria-hidden="true"
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

/** Dates travel as ISO strings "YYYY-MM-DD"; a range is a list of up to two. */
export default defineNode(DateInput, ({ props, entry }) => {
  const [value, setValue] = useWidgetValue<string | string[] | null>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const isRange = Array.isArray(value);
  const parts: (string | null)[] = isRange ? [(value as string[])[0] ?? null, (value as string[])[1] ?? null] : [value as string | null];
  const update = (i: number, v: string | null) => {
    const nextParts = [...parts];
    nextParts[i] = v;
    const wire = isRange ? nextParts.filter((p): p is string => p !== null) : nextParts[0];
    setValue(wire as string | string[] | null);
    change(wire);
  };
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <div className="date-inputs">
        {parts.map((p, i) => (
          <DateField
            key={i}
            id={i === 0 ? id : undefined}
            iso={p}
            format={props.format}
            label={isRange ? `${props.label} ${i === 0 ? "start" : "end"}` : props.label}
            min={props.min_value}
            max={props.max_value}
            disabled={props.disabled === true}
            required={props.required === true}
            onCommit={(v) => update(i, v)}
          />
        ))}
      </div>
    </div>
  );
});
