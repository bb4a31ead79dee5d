import { useEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { Icon } from "./common";
import { LabelText, labelPlainText } from "../icons/LabelText";
import { Popover } from "../nodes.gen";

export default defineNode(Popover, ({ props, renderChildren }) => {
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
});
