import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel, WithIcon, formatNumber, useFieldId } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { NumberInput } from "../nodes.gen";

export default defineNode(NumberInput, ({ props, entry }) => {
  const [value, setValue] = useWidgetValue<number | null>(props, null);
  const show = (v: number | null) => (v === null ? "" : formatNumber(v, props.format));
  const [draft, setDraft] = useState(show(value));
  useEffect(() => setDraft(show(value)), [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const isInt = props.data_type === "int" || (props.data_type == null && Number.isInteger(props.step ?? 1) && (value === null || Number.isInteger(value)));
  const step = props.step ?? 1;
  const clamp = (v: number) => Math.min(props.max_value ?? Infinity, Math.max(props.min_value ?? -Infinity, v));
  const commit = (next: number | null) => {
    const fixed = next === null ? null : clamp(isInt ? Math.round(next) : Number(next.toFixed(10)));
    setValue(fixed);
    setDraft(show(fixed));
    if (fixed !== value) change(fixed);
  };
  const parseDraft = (): number | null => {
    const t = draft.trim();
    if (t === "") return null;
    const n = Number(t.replace(/[^0-9eE+\-.]/g, ""));
    return Number.isFinite(n) ? n : value;
  };
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <div className="number-input">
        <WithIcon icon={props.icon} className="number-input-field">
          <input
            aria-required={props.required === true ? true : undefined}
            id={id}
            className="input"
            inputMode="decimal"
            aria-label={props.label}
            value={draft}
            placeholder={props.placeholder ?? undefined}
            disabled={props.disabled === true}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => commit(parseDraft())}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit(parseDraft());
              if (e.key === "ArrowUp") {
                e.preventDefault();
                commit((value ?? 0) + step);
              }
              if (e.key === "ArrowDown") {
                e.preventDefault();
                commit((value ?? 0) - step);
              }
            }}
          />
        </WithIcon>
        <button type="button" aria-label="Decrement" disabled={props.disabled === true || (props.min_value != null && value !== null && value <= props.min_value)} onClick={() => commit((value ?? 0) - step)}>
          −
        </button>
        <button type="button" aria-label="Increment" disabled={props.disabled === true || (props.max_value != null && value !== null && value >= props.max_value)} onClick={() => commit((value ?? 0) + step)}>
          +
        </button>
      </div>
    </div>
  );
});
