// SegmentedControl and Pills: a row of toggle buttons, single or multi selection.

import { WidgetLabel, useFieldId } from "./common";
import { optionLabels, selectedIndex, useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import type { Entry } from "../store";
import type { PillsProps, SegmentedControlProps } from "../nodes.gen";

export function Choices({ props, entry, variant }: { props: PillsProps | SegmentedControlProps; entry: Entry; variant: "segmented" | "pills" }) {
  const labels = optionLabels(props.options);
  const multi = props.selection_mode === "multi";
  const [value, setValue] = useWidgetValue<unknown>(props, multi ? [] : null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const raw = multi ? (Array.isArray(value) ? value : []) : value === null || value === undefined ? [] : [value];
  const byLabel = raw.length > 0 ? typeof raw[0] === "string" : false;
  const selected = raw.map((v) => selectedIndex(v, labels)).filter((i): i is number => i !== null);
  const toggle = (i: number) => {
    let next: number[];
    if (multi) next = selected.includes(i) ? selected.filter((j) => j !== i) : [...selected, i].sort((a, b) => a - b);
    else if (selected.includes(i) && props.required === true) return; // required: no deselecting
    else next = selected.includes(i) ? [] : [i];
    const mapped = next.map((j) => (byLabel ? labels[j] : j));
    const wire = multi ? mapped : (mapped[0] ?? null);
    setValue(wire);
    change(wire);
  };
  return (
    <div className="field">
      <WidgetLabel props={props} id={id} />
      <div className={`choices ${variant}${props.width === "stretch" ? " stretch" : ""}`} role="group" aria-labelledby={id} aria-label={props.label}>
        {labels.map((label, i) => (
          <button
            key={i}
            type="button"
            className={`choice${selected.includes(i) ? " selected" : ""}`}
            aria-pressed={selected.includes(i)}
            disabled={props.disabled === true}
            onClick={() => toggle(i)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
