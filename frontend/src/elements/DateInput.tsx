import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { DateField } from "./DateField";
import { formatDate, parseDate } from "./dateFormat";
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
            show={(iso) => formatDate(iso, props.format)}
            parse={(text) => parseDate(text, props.format)}
            placeholder={props.format}
            native="date"
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
