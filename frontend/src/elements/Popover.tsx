import { useEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { Icon, fillsWidth } from "./common";
import { LabelText, labelPlainText } from "../icons/LabelText";
import { Popover } from "../nodes.gen";
import { useWidgetSender } from "./widget";

export default defineNode(Popover, ({ props, entry, renderChildren }) => {
  const [open, setShown] = useState(props.value === true);
  const { change } = useWidgetSender(entry);
  const stateful = props.on_change !== undefined && entry.node.id != null;
  // With on_change the open state is a widget value: follow the server's, and send the user's opening or closing.
  useEffect(() => {
    if (stateful) setShown(props.value === true);
  }, [stateful, props.value]);
  // The document listeners below keep the setOpen of the render that opened it: read the latest value through refs.
  const latest = useRef({ stateful, value: props.value === true, change });
  latest.current = { stateful, value: props.value === true, change };
  const setOpen = (now: boolean) => {
    setShown(now);
    const { stateful: tracked, value, change: send } = latest.current;
    if (tracked && now !== value) send(now);
  };
  const ref = useRef<HTMLDivElement>(null);
  const full = fillsWidth(props);
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
    <div
      className={`popover${full ? " full" : ""}`}
      data-label-wrap={props.label_wrap === undefined ? undefined : String(props.label_wrap)}
      ref={ref} style={typeof props.width === "number" ? { width: `${props.width}px`, maxWidth: "100%" } : undefined}>
      <button
        type="button"
        className={`btn btn-${props.type}${full || typeof props.width === "number" ? " full" : ""}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        disabled={props.disabled === true}
        title={props.help ?? undefined}
        onClick={() => setOpen(!open)}
      >
        <Icon icon={props.icon} />
        <span className="popover-label" title={props.label_wrap === false && !props.help ? labelPlainText(props.label) : undefined}>
          <LabelText text={props.label} />
        </span>{" "}
        <span aria-hidden="true">▾</span>
      </button>
      <div className="popover-body" role="dialog" aria-label={labelPlainText(props.label)} hidden={!open}>
        {renderChildren()}
      </div>
    </div>
  );
});
