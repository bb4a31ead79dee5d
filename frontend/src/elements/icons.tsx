// Small inline SVG icons (no icon fonts, no emoji fonts needed).

export function UserIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="currentColor">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z" />
    </svg>
  );
}

export function AssistantIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="currentColor">
      <rect x="4" y="7" width="16" height="12" rx="3" />
      <rect x="11" y="3" width="2" height="4" />
      <circle cx="9" cy="13" r="1.6" fill="#fff" />
      <circle cx="15" cy="13" r="1.6" fill="#fff" />
    </svg>
  );
}

export function ThumbIcon({ down = false }: { down?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" style={down ? { transform: "rotate(180deg)" } : undefined}>
      <path d="M7 10v11H3V10zM7 10l4-8c1.7 0 3 1.3 3 3v4h5.5c1.2 0 2.1 1.1 1.9 2.3l-1.4 8c-.2 1-1 1.7-2 1.7H7" />
    </svg>
  );
}

export function FaceIcon({ mood }: { mood: number }) {
  // mood 0..4: very unhappy .. very happy
  const mouth = ["M8 17c2-3 6-3 8 0", "M8.5 16.5c2-1.5 5-1.5 7 0", "M8.5 16h7", "M8.5 15c2 1.5 5 1.5 7 0", "M8 14.5c2 3 6 3 8 0"][mood] ?? "M8.5 16h7";
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <circle cx="12" cy="12" r="9.5" />
      <circle cx="9" cy="10" r="0.8" fill="currentColor" />
      <circle cx="15" cy="10" r="0.8" fill="currentColor" />
      <path d={mouth} />
    </svg>
  );
}

/** A metric delta's arrow, up or down. */
export function DeltaArrowIcon({ down = false }: { down?: boolean }) {
  return (
    <svg className="delta-arrow" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" style={down ? { transform: "rotate(180deg)" } : undefined}>
      <path d="M12 19V5M5.5 11.5 12 5l6.5 6.5" />
    </svg>
  );
}
