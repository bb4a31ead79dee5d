import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { ButtonLabel } from "./Button";
import { useWidgetSender } from "./widget";
import { LabelText, labelPlainText } from "../icons/LabelText";
import { MenuButton } from "../nodes.gen";

// The ARIA menu-button pattern: the button opens a menu whose items take focus; arrows move
// between them, Enter/Space picks one (sent as a trigger, like a click), Escape closes.
export default defineNode(MenuButton, ({ props, entry }) => {
  const { trigger } = useWidgetSender(entry);
  const [open, setOpen] = useState(false);
  const [focusFirst, setFocusFirst] = useState<"first" | "last" | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const items = () => Array.from(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  // A layout effect: the item has the focus before the next key is handled (a passive effect may
  // wait for the next frame, and a quick ArrowDown, End, Enter would reach the closed button).
  useLayoutEffect(() => {
    if (!open || focusFirst === null) return;
    const all = items();
    (focusFirst === "first" ? all[0] : all[all.length - 1])?.focus();
    setFocusFirst(null);
  }, [open, focusFirst]);
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = (index: number) => {
    close();
    trigger(index);
  };
  const onButtonKey = (e: React.KeyboardEvent) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    setOpen(true);
    setFocusFirst(e.key === "ArrowDown" ? "first" : "last");
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next =
      e.key === "ArrowDown" ? (at + 1) % all.length
      : e.key === "ArrowUp" ? (at - 1 + all.length) % all.length
      : e.key === "Home" ? 0
      : e.key === "End" ? all.length - 1
      : null;
    if (e.key === "Escape") {
      e.preventDefault();
      close();
    } else if (e.key === "Tab") {
      setOpen(false);
    } else if (next !== null) {
      e.preventDefault();
      all[next]?.focus();
    }
  };
  const width = typeof props.width === "number" ? { width: `${props.width}px` } : undefined;
  return (
    <div className={`menu-button${props.width === "stretch" ? " full" : ""}`} ref={root} style={width}>
      <button
        ref={button}
        type="button"
        className={`btn btn-${props.type}${props.width === "content" ? "" : " full"}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={props.disabled === true}
        title={props.help ?? undefined}
        onClick={() => {
          setOpen(!open);
          if (!open) setFocusFirst("first");
        }}
        onKeyDown={onButtonKey}
      >
        <ButtonLabel props={props} /> <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="menu-list" role="menu" id={menuId} aria-label={labelPlainText(props.label)} onKeyDown={onMenuKey}>
          {props.options.map((option, i) => (
            <button key={i} type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => pick(i)}>
              <LabelText text={option} />
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
});
