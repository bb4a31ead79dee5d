// The text box with a list of options under it that st.selectbox and st.multiselect draw when
// typing filters their options (filter_mode "fuzzy", "contains" or "prefix"): the ARIA combobox
// pattern, with the list's active option followed by aria-activedescendant.

import { useEffect, useRef, useState } from "react";
import { filterOptions, type ComboOption } from "./comboFilter";

export const NEW_OPTION = "\u0000new";

export interface ComboBoxProps {
  id: string;
  /** The accessible name of the box and its list. */
  label: string;
  options: ComboOption[];
  /** filter_mode: "fuzzy", "contains" or "prefix". */
  mode: string;
  /** The text the box shows while the user is not typing (the selected option's label, or ""). */
  text: string;
  placeholder: string;
  disabled: boolean;
  required?: boolean;
  /** accept_new_options: typed text that is no option can be picked as a new one. */
  acceptNew: boolean;
  /** Called with the picked option, or with NEW_OPTION and the typed text. */
  onPick: (key: string, typed: string) => void;
  /** multiselect: the list stays open and the box empties after a pick. */
  keepOpen?: boolean;
  /** Entries above the options that typing does not filter (multiselect's "Select all"). */
  extra?: ComboOption[];
}

export function ComboBox({ id, label, options, mode, text, placeholder, disabled, required, acceptNew, onPick, keepOpen, extra }: ComboBoxProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null); // null: not typing, the box shows `text`
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const typed = query ?? "";
  const filtered = filterOptions(options, typed, mode);
  const exact = options.some((o) => o.label.toLowerCase() === typed.trim().toLowerCase());
  const shown: ComboOption[] = [
    ...(typed.trim() === "" ? extra ?? [] : []),
    ...filtered,
    ...(acceptNew && typed.trim() !== "" && !exact ? [{ key: NEW_OPTION, label: `Add "${typed.trim()}"` }] : []),
  ];
  const current = Math.min(active, shown.length - 1);
  const optionId = (i: number) => `${id}-option-${i}`;
  useEffect(() => {
    if (open && current >= 0) document.getElementById(optionId(current))?.scrollIntoView?.({ block: "nearest" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, current]);
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const pick = (option: ComboOption) => {
    // A typed text that is an option's label, whatever its case, picks that option.
    const match = option.key === NEW_OPTION ? options.find((o) => o.label.toLowerCase() === typed.trim().toLowerCase()) : undefined;
    onPick(match ? match.key : option.key, typed.trim());
    if (keepOpen) {
      setQuery("");
      setActive(0);
    } else close();
  };
  return (
    <div className="combo">
      <input
        id={id}
        type="text"
        role="combobox"
        className="input combo-input"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-required={required ? true : undefined}
        aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query ?? text}
        placeholder={placeholder}
        disabled={disabled}
        onFocus={(e) => e.currentTarget.select()} // typing replaces the shown choice
        onClick={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={close}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            if (!open) {
              setOpen(true);
              return;
            }
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((current + step + shown.length) % Math.max(shown.length, 1));
          } else if (e.key === "Enter") {
            if (!open || current < 0) return;
            e.preventDefault();
            e.stopPropagation(); // picks an option; it does not submit a form
            pick(shown[current]);
          } else if (e.key === "Escape" && open) {
            e.stopPropagation(); // closes the list, not the dialog around it
            close();
          }
        }}
      />
      {open && shown.length === 0 ? <div className="combo-list combo-empty">No results</div> : null}
      {open && shown.length > 0 ? (
        <ul ref={list} id={`${id}-list`} role="listbox" aria-label={label} className="combo-list">
          {shown.map((option, i) => (
            <li
              key={option.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={`combo-option${i === current ? " active" : ""}${option.key === NEW_OPTION ? " new" : ""}`}
              onMouseDown={(e) => e.preventDefault()} // keep the focus in the box
              onMouseMove={() => setActive(i)}
              onClick={() => pick(option)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
