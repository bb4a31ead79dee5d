// What expanders and status boxes share: their look by `type` ("compact", "step", or a bordered box).

/** The classes of an expandable block: `expander`, plus its look; a step with content may join the next step. */
export function expandableClass(type: string | undefined, hasContent: boolean): string {
  if (type === "compact") return "expander expander-compact";
  if (type === "step") return `expander expander-step${hasContent ? " step-has-content" : ""}`;
  return "expander";
}

/** The chevron that leads a header, pointing right when closed and down when open (as in Streamlit 1.67). */
export function Chevron() {
  return (
    <svg className="expander-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
