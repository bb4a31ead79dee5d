import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { Icon, InlineMarkdown } from "./common";
import { labelPlainText } from "../icons/LabelText";
import { useDesk } from "../context";
import { Dialog, type DialogProps } from "../nodes.gen";

function DialogView({ props, children }: { props: DialogProps; children: React.ReactNode }) {
  const { send } = useDesk();
  const [open, setOpenState] = useState(props.is_open !== false);
  useEffect(() => setOpenState(props.is_open !== false), [props]);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    // on_dismiss="rerun" or a callback: the server runs the callback, then reruns the app.
    if (!next && props.fragment_id && props.on_dismiss && props.on_dismiss !== "ignore") send({ type: "DialogDismissed", fragment_id: props.fragment_id });
  };
  const dismissible = props.dismissible !== false;
  useEffect(() => {
    if (!open || !dismissible) return undefined;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, dismissible]);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onMouseDown={(e) => dismissible && e.target === e.currentTarget && setOpen(false)}>
      <div className={`modal modal-${props.width ?? "small"}${props.position ? ` modal-drawer modal-${props.position}` : ""}`} role="dialog" aria-modal="true" aria-label={labelPlainText(props.title) || "Dialog"}>
        <div className="modal-head">
          <h2>
            {props.icon ? (
              <span className="modal-icon">
                <Icon icon={props.icon} />
              </span>
            ) : null}
            <InlineMarkdown body={props.title ?? ""} />
          </h2>
          {dismissible ? (
            <button type="button" className="icon-button" aria-label="Close" onClick={() => setOpen(false)}>
              ×
            </button>
          ) : null}
        </div>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}

export default defineNode(Dialog, ({ props, renderChildren }) => <DialogView props={props}>{renderChildren()}</DialogView>);
