import { useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { optionLabels, selectedIndex, useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { Multiselect } from "../nodes.gen";
import { ComboBox, NEW_OPTION } from "./ComboBox";

export default defineNode(Multiselect, ({ props, entry }) => {
  const labels = optionLabels(props.options);
  const initial = Array.isArray(props.value) ? props.value : [];
  const byLabel = initial.length > 0 && typeof initial[0] === "string";
  const [value, setValue] = useWidgetValue<unknown[]>(props, []);
  const [query, setQuery] = useState("");
  const { change } = useWidgetSender(entry);
  const id = useFieldId();
  const selected = (Array.isArray(value) ? value : []).map((v) => selectedIndex(v, labels)).filter((i): i is number => i !== null);
  // accept_new_options: typed options that are none of the list's, kept as their text.
  const added = (Array.isArray(value) ? value : []).filter((v): v is string => typeof v === "string" && selectedIndex(v, labels) === null);
  const update = (next: number[], extra: string[] = added) => {
    const wire = [...next.map((i) => (byLabel ? labels[i] : i)), ...extra];
    setValue(wire);
    change(wire);
  };
  const full = typeof props.max_selections === "number" && selected.length + added.length >= props.max_selections;
  const remaining = labels.map((l, i) => [l, i] as const).filter(([l, i]) => !selected.includes(i) && l.toLowerCase().includes(query.toLowerCase()));
  // filter_mode "fuzzy", "contains" or "prefix": a box to type in over the list; None: the plain list.
  const typed = props.filter_mode !== null && props.filter_mode !== undefined;
  // select_all: offer "Select all" while 2 to select_all (1000 by default) options remain selectable.
  const threshold = typeof props.select_all === "number" ? props.select_all : 1000;
  const offerAll = !full && remaining.length >= 2 && remaining.length <= threshold;
  const selectAll = () => {
    const room = typeof props.max_selections === "number" ? props.max_selections - selected.length - added.length : remaining.length;
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
        {added.map((text) => (
          <span key={`new-${text}`} className="chip">
            {text}
            <button
              type="button"
              aria-label={`Remove ${text}`}
              disabled={props.disabled === true}
              onClick={() => update(selected, added.filter((t) => t !== text))}
            >
              ×
            </button>
          </span>
        ))}
        {typed ? (
          <ComboBox
            id={id}
            label={props.label}
            options={remaining.map(([label, i]) => ({ key: String(i), label }))}
            mode={props.filter_mode ?? "fuzzy"}
            text=""
            placeholder={full ? "Maximum reached" : selected.length + added.length > 0 ? "" : (props.placeholder ?? "Choose options")}
            disabled={props.disabled === true || full}
            acceptNew={props.accept_new_options === true}
            keepOpen
            extra={offerAll ? [{ key: "all", label: "Select all" }] : []}
            onPick={(key, text) => {
              if (key === "all") selectAll();
              else if (key === NEW_OPTION) update(selected, added.includes(text) ? added : [...added, text]);
              else update([...selected, Number(key)]);
            }}
          />
        ) : (
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
        )}
        {selected.length + added.length > 0 ? (
          <button type="button" className="clear-all" aria-label="Clear all" disabled={props.disabled === true} onClick={() => update([], [])}>
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
});
