import { useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { optionLabels, selectedIndex, useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { Multiselect } from "../nodes.gen";

export default defineNode(Multiselect, ({ props, entry }) => {
  const labels = optionLabels(props.options);
  const initial = Array.isArray(props.value) ? props.value : [];
  const byLabel = initial.length > 0 && typeof initial[0] === "string";
  const [value, setValue] = useWidgetValue<unknown[]>(props, []);
  const [query, setQuery] = useState("");
  const { change } = useWidgetSender(entry);
  const id = useFieldId();
  const selected = (Array.isArray(value) ? value : []).map((v) => selectedIndex(v, labels)).filter((i): i is number => i !== null);
  const update = (next: number[]) => {
    const wire = next.map((i) => (byLabel ? labels[i] : i));
    setValue(wire);
    change(wire);
  };
  const full = typeof props.max_selections === "number" && selected.length >= props.max_selections;
  const remaining = labels.map((l, i) => [l, i] as const).filter(([l, i]) => !selected.includes(i) && l.toLowerCase().includes(query.toLowerCase()));
  // select_all: offer "Select all" while 2 to select_all (1000 by default) options remain selectable.
  const threshold = typeof props.select_all === "number" ? props.select_all : 1000;
  const offerAll = !full && remaining.length >= 2 && remaining.length <= threshold;
  const selectAll = () => {
    const room = typeof props.max_selections === "number" ? props.max_selections - selected.length : remaining.length;
    update([...selected, ...remaining.slice(0, room).map(([, i]) => i)]);
  };
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <div className="multiselect input">
        {selected.map((i) => (
          <span key={i} className="chip">
            {labels[i]}
            <button type="button" aria-label={`Remove ${labels[i]}`} disabled={props.disabled === true} onClick={() => update(selected.filter((j) => j !== i))}>
              ×
            </button>
          </span>
        ))}
        <select
          id={id}
          aria-label={props.label}
          value=""
          disabled={props.disabled === true || full}
          onChange={(e) => {
            if (e.target.value === "all") selectAll();
            else if (e.target.value !== "") update([...selected, Number(e.target.value)]);
            setQuery("");
          }}
        >
          <option value="">{full ? "Maximum reached" : props.placeholder ?? "Choose options"}</option>
          {offerAll ? <option value="all">Select all</option> : null}
          {remaining.map(([label, i]) => (
            <option key={i} value={String(i)}>
              {label}
            </option>
          ))}
        </select>
        {selected.length > 0 ? (
          <button type="button" className="clear-all" aria-label="Clear all" disabled={props.disabled === true} onClick={() => update([])}>
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
});
