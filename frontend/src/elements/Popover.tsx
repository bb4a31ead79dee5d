import { useEffect, useRef, useState } from "react";
import { defineElement } from "./types";
import { Icon } from "./common";
import { LabelText, labelPlainText } from "../icons/LabelText";
import { bool, optional, str } from "../utils/schema";

interface P {
  label: string;
  help?: string | null;
  icon?: string | null;
  disabled?: boolean;
  use_container_width?: boolean;
}

export default defineElement<P>({
  type: "Popover",
  schema: { label: str, help: optional(str), icon: optional(str), disabled: optional(bool), use_container_width: optional(bool) },
  Component: ({ props, renderChildren }) => {
    const [open, setOpen] = useState(false);
    const ref = useRef<HTMLDivElement>(null);
    useEffect(() => {
      if (!open) return undefined;
      const onDown = (e: MouseEvent) => {
        if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== "Escape") return;
        setOpen(false);
        ref.current?.querySelector<HTMLButtonElement>(":scope > button")?.focus(); // focus back on the trigger
      };
      document.addEventListener("mousedown", onDown);
      document.addEventListener("keydown", onKey);
      return () => {
        document.removeEventListener("mousedown", onDown);
        document.removeEventListener("keydown", onKey);
      };
    }, [open]);
    return (
      <div className="popover" ref={ref}>
        <button
          type="button"
          className={`btn btn-secondary${props.use_container_width ? " full" : ""}`}
          aria-expanded={open}
          aria-haspopup="dialog"
          disabled={props.disabled === true}
          title={props.help ?? undefined}
          onClick={() => setOpen(!open)}
        >
          <Icon icon={props.icon} />
          <LabelText text={props.label} /> <span aria-hidden="true">▾</span>
        </button>
        <div className="popover-body" role="dialog" aria-label={labelPlainText(props.label)} hidden={!open}>
          {renderChildren()}
        </div>
      </div>
    );
  },
});
