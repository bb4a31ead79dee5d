import { useEffect, useLayoutEffect, useState } from "react";
import { defineNode } from "./types";
import { Icon, InlineMarkdown } from "./common";
import { labelPlainText } from "../icons/LabelText";
import { useDesk } from "../context";
import { Dialog, type DialogProps } from "../nodes.gen";

function DialogView({ props, runId, children }: { props: DialogProps; runId: string; children: React.ReactNode }) {
  const { send } = useDesk();
  const [open, setOpenState] = useState(props.is_open !== false);
  // The run in which the user closed the dialog: a later delta of that same run (its props
  // can arrive in more than one) must not open it again; a new run that draws it does.
  const [dismissedIn, setDismissedIn] = useState<string | null>(null);
  useEffect(() => {
    if (runId !== dismissedIn) setOpenState(props.is_open !== false);
  }, [props, runId, dismissedIn]);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    if (!next) setDismissedIn(runId);
    // on_dismiss="rerun" or a callback: the server runs the callback, then reruns the app.
    if (!next && props.fragment_id && props.on_dismiss && props.on_dismiss !== "ignore") send({ type: "DialogDismissed", fragment_id: props.fragment_id });
  };
  const dismissible = props.dismissible !== false;
  // A layout effect: Escape works as soon as the dialog is on screen (a plain effect runs after
  // the paint, so a quick Escape could find no listener yet).
  useLayoutEffect(() => {
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

export default defineNode(Dialog, ({ props, entry, renderChildren }) => (
  <DialogView props={props} runId={entry.touchedBy}>
    {renderChildren()}
  </DialogView>
));
