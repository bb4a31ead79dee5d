import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { bridge } from "../bridge";
import { FilePicker } from "../nodes.gen";

const DIALOG_KIND: Record<string, string> = { open: "file", save: "save", folder: "folder" };

/** desk.file_picker: a local path from the native dialog (desktop window), or typed in a text box. */
export default defineNode(FilePicker, ({ props, entry }) => {
  const [value, setValue] = useWidgetValue<string | null>(props, null);
  const [draft, setDraft] = useState(value ?? "");
  useEffect(() => setDraft(value ?? ""), [value]);
  const { change } = useWidgetSender(entry);
  const id = useFieldId();
  const native = bridge();
  const commit = (next: string) => {
    const wire = next.trim() === "" ? null : next.trim();
    if (wire === value) return;
    setValue(wire);
    change(wire);
  };
  const browse = async () => {
    if (!native?.pick_path) return;
    const picked = await native.pick_path(DIALOG_KIND[props.kind ?? "open"] ?? "file", props.types?.length ? props.types : null);
    const path = Array.isArray(picked) ? picked[0] : picked;
    if (typeof path === "string") {
      setDraft(path);
      commit(path);
    }
  };
  const placeholder = props.kind === "folder" ? "Folder path" : props.kind === "save" ? "Path to save to" : "File path";
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <div className="row file-picker">
        <input
          id={id}
          className="input"
          aria-label={props.label}
          value={draft}
          placeholder={placeholder}
          disabled={props.disabled === true}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit(draft);
          }}
        />
        {native?.pick_path ? (
          <button type="button" className="btn btn-secondary" disabled={props.disabled === true} onClick={() => void browse()}>
            Browse…
          </button>
        ) : null}
      </div>
    </div>
  );
});
