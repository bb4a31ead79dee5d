import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { Icon, InlineMarkdown } from "./common";
import { Toast, type ToastProps } from "../nodes.gen";

function ToastView({ props }: { props: ToastProps }) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    if (props.duration === "infinite") return undefined;
    const ms = typeof props.duration === "number" ? props.duration * 1000 : props.duration === "long" ? 10000 : 4000;
    const timer = window.setTimeout(() => setVisible(false), ms);
    return () => window.clearTimeout(timer);
  }, [props]);
  if (!visible) return null;
  return (
    <div className="toast" role="status">
      <Icon icon={props.icon} />
      <InlineMarkdown body={props.body} />
      <button type="button" className="toast-close" aria-label="Close" onClick={() => setVisible(false)}>
        ×
      </button>
    </div>
  );
}

export default defineNode(Toast, ({ props }) => <ToastView props={props} />);
