import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { DateInput } from "../nodes.gen";

/** Dates travel as ISO strings "YYYY-MM-DD"; a range is a list of up to two. */
export default defineNode(DateInput, ({ props, entry }) => {
  const [value, setValue] = useWidgetValue<string | string[] | null>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const isRange = Array.isArray(value);
  const parts: (string | null)[] = isRange ? [(value as string[])[0] ?? null, (value as string[])[1] ?? null] : [value as string | null];
  const update = (i: number, v: string) => {
    const nextParts = [...parts];
    nextParts[i] = v === "" ? null : v;
    const wire = isRange ? nextParts.filter((p): p is string => p !== null) : nextParts[0];
    setValue(wire as string | string[] | null);
    change(wire);
  };
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <div className="date-inputs">
        {parts.map((p, i) => (
          <input
            aria-required={props.required === true ? true : undefined}
            key={i}
            id={i === 0 ? id : undefined}
            type="date"
            className="input"
            aria-label={isRange ? `${props.label} ${i === 0 ? "start" : "end"}` : props.label}
            value={p ?? ""}
            min={props.min_value ?? undefined}
            max={props.max_value ?? undefined}
            disabled={props.disabled === true}
            onChange={(e) => update(i, e.target.value)}
          />
        ))}
      </div>
    </div>
  );
});
