// Shared pieces for element components: error card, labels, help tooltips, markdown blocks.

import { useEffect, useId, useRef, type ReactNode } from "react";
import { useMarkdown } from "../markdown";
import { LabelText, MaterialIcon } from "../icons/LabelText";

/** Whether an element fills its container's width: width="stretch", or the older use_container_width=True. */
export function fillsWidth(props: { use_container_width?: boolean | null; width?: string | number | null }): boolean {
  return props.use_container_width === true || props.width === "stretch";
}

export function ErrorCard({ title, detail }: { title: string; detail?: string }) {
  return (
    <div className="alert alert-error" role="alert">
      <strong>{title}</strong>
      {detail ? <pre className="error-detail">{detail}</pre> : null}
    </div>
  );
}

export function HelpIcon({ text }: { text?: string | null }) {
  const html = useMarkdown(text ?? "", false, true);
  if (!text) return null;
  return (
    <span className="help-icon" tabIndex={0} aria-label="Help" title={text}>
      ?<span className="help-tip" role="tooltip" dangerouslySetInnerHTML={{ __html: html ?? "" }} />
    </span>
  );
}

/** Draw the `.md-math` spans of a rendered markdown block with KaTeX (loaded on first use). */
function useMath(ref: React.RefObject<HTMLElement | null>, html: string): void {
  useEffect(() => {
    const nodes = ref.current?.querySelectorAll<HTMLElement>(".md-math:not([data-done])");
    if (!nodes || nodes.length === 0) return;
    let live = true;
    void import("../lazy/katex").then(({ renderTexInto }) => {
      if (!live) return;
      nodes.forEach((node) => {
        renderTexInto(node, node.textContent ?? "", node.dataset.display === "1");
        node.dataset.done = "1";
      });
    });
    return () => {
      live = false;
    };
  }, [ref, html]);
}

export function MarkdownBlock({
  body,
  allowHtml = false,
  className = "markdown",
  anchors,
}: {
  body: string;
  allowHtml?: boolean;
  className?: string;
  /** st.markdown: its headings get ids, and with links an anchor link on hover. */
  anchors?: { links: boolean };
}) {
  const ref = useRef<HTMLDivElement>(null);
  const html = useMarkdown(body, allowHtml, false, anchors);
  useMath(ref, html ?? "");
  // Empty (never raw markdown) while the engine loads: see useMarkdown.
  return <div ref={ref} className={className} aria-busy={html === null ? true : undefined} dangerouslySetInnerHTML={{ __html: html ?? "" }} />;
}

export function InlineMarkdown({ body }: { body: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const html = useMarkdown(body, false, true);
  useMath(ref, html ?? "");
  return <span ref={ref} aria-busy={html === null ? true : undefined} dangerouslySetInnerHTML={{ __html: html ?? "" }} />;
}

export interface LabelProps {
  label?: string | null;
  help?: string | null;
  label_visibility?: string | null;
}

/** A widget label; hidden keeps the space, collapsed removes it (both stay accessible). */
export function WidgetLabel({ props, htmlFor, id }: { props: LabelProps; htmlFor?: string; id?: string }) {
  const visibility = props.label_visibility ?? "visible";
  if (visibility === "collapsed") return null;
  return (
    <div className={`widget-label${visibility === "hidden" ? " label-hidden" : ""}`}>
      <label htmlFor={htmlFor} id={id}>
        {props.label ?? ""}
      </label>
      <HelpIcon text={props.help} />
    </div>
  );
}

export function Field({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`field ${className}`}>{children}</div>;
}

export function useFieldId(): string {
  return "w" + useId().replace(/[^a-zA-Z0-9]/g, "");
}

export function Icon({ icon }: { icon?: string | null }) {
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) return <MaterialIcon name={material[1]} />;
  return (
    <span className="icon" aria-hidden="true">
      <LabelText text={icon} />
    </span>
  );
}

/** A field with an icon inside its box, left of the value (the widgets' ``icon=``); the field alone without one. */
export function WithIcon({ icon, className, children }: { icon?: string | null; className?: string; children: ReactNode }) {
  if (!icon) return <>{children}</>;
  return (
    <div className={className ? `input-with-icon ${className}` : "input-with-icon"}>
      <span className="input-icon">
        <Icon icon={icon} />
      </span>
      {children}
    </div>
  );
}

export { formatNumber } from "../utils/numberFormat";
