// A text box that holds a value typed in a format (a time, a date, a date and time) and commits
// it on Enter or on leaving the box: st.time_input, st.date_input and st.datetime_input.

import { useEffect, useState, type FocusEvent, type KeyboardEvent } from "react";

/**
 * The box's text and handlers for a value shown as `show(value)`. A committed text goes through
 * `parse` (null: not a value): one that is not a value, is left empty while `required`, or fails
 * `accepts` (e.g. outside min..max) is put back; another becomes the shown text, and `onCommit`
 * hears it when it differs from `value`. Escape puts the shown text back.
 */
export function useTypedValue({
  value,
  show,
  parse,
  required,
  onCommit,
  accepts,
}: {
  value: string | null;
  show: (value: string) => string;
  parse: (text: string) => string | null;
  required: boolean;
  onCommit: (value: string | null) => void;
  accepts?: (value: string) => boolean;
}) {
  const shown = value === null ? "" : show(value);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = (typed: string) => {
    const blank = typed.trim() === "";
    const parsed = blank ? null : parse(typed);
    if ((parsed === null && (!blank || required)) || (parsed !== null && accepts !== undefined && !accepts(parsed))) {
      setText(shown); // not a value the widget takes: keep the last one
      return;
    }
    setText(parsed === null ? "" : show(parsed));
    if (parsed !== value) onCommit(parsed);
  };
  const handlers = {
    onBlur: (e: FocusEvent<HTMLInputElement>) => commit(e.currentTarget.value),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === "Enter") commit(e.currentTarget.value);
      else if (e.key === "Escape") setText(shown);
    },
  };
  return { text, setText, commit, handlers };
}
