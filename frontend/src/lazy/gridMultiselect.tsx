// The editor of a MultiselectColumn cell in st.data_editor: a list of the column's options to
// tick (and a field for new ones when accept_new_options is set). It commits the list as JSON
// text through the grid's onEdit; Escape cancels.

import { useEffect, useRef, useState } from "react";

type Option = { value: string; label?: string };

/** The options a cell may take: the column's, then any values of the cell that are not among them. */
export function editorOptions(configured: unknown, current: string[]): Option[] {
  const options = Array.isArray(configured) ? (configured as Option[]).filter((o) => typeof o?.value === "string") : [];
  const known = new Set(options.map((o) => o.value));
  return [...options, ...current.filter((v) => !known.has(v)).map((value) => ({ value }))];
}

export function MultiselectEditor({
  label,
  initial,
  options,
  acceptNew,
  onCommit,
  onCancel,
}: {
  label: string;
  initial: string[];
  options: unknown;
  acceptNew: boolean;
  onCommit: (values: string[]) => void;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>(initial);
  const [extra, setExtra] = useState<string[]>([]);
  const [draft, setDraft] = useState("");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector<HTMLInputElement>("input")?.focus(), []);
  const all = editorOptions(options, [...initial, ...extra]);
  const toggle = (value: string) => setChosen((now) => (now.includes(value) ? now.filter((v) => v !== value) : [...now, value]));
  const commit = () => onCommit(all.map((o) => o.value).filter((v) => chosen.includes(v)));
  return (
    <div
      ref={box}
      className="cell-multiselect-editor"
      role="dialog"
      aria-label={`Edit ${label}`}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
        if (e.key === "Enter" && (e.target as HTMLElement).tagName !== "INPUT") commit();
      }}
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) commit();
      }}
    >
      {all.map((option) => (
        <label key={option.value} className="cell-multiselect-option">
          <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => toggle(option.value)} />
          {option.label ?? option.value}
        </label>
      ))}
      {acceptNew ? (
        <input
          className="cell-multiselect-new"
          placeholder="Add an option"
          aria-label="Add an option"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            const value = draft.trim();
            if (e.key !== "Enter" || value === "") return;
            e.stopPropagation();
            setExtra((now) => (now.includes(value) ? now : [...now, value]));
            setChosen((now) => (now.includes(value) ? now : [...now, value]));
            setDraft("");
          }}
        />
      ) : null}
      <button type="button" className="btn small" onClick={commit}>
        Done
      </button>
    </div>
  );
}
