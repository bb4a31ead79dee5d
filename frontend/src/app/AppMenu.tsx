// The app menu (⋮ in the top bar): Rerun, Clear cache, the theme choice and About.

import { useEffect, useRef, useState } from "react";
import type { ThemeChoice } from "../theme";

interface MenuProps {
  choice: ThemeChoice;
  onChoice: (c: ThemeChoice) => void;
  onRerun: () => void;
  onClearCache: () => void;
  appName: string;
  menuItems: Record<string, unknown> | null;
}

export function AppMenu({ choice, onChoice, onRerun, onClearCache, appName, menuItems }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onDown = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);
  const item = (label: string, action: () => void) => (
    <button
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        setOpen(false);
        action();
      }}
    >
      {label}
    </button>
  );
  const aboutText = typeof menuItems?.about === "string" ? menuItems.about : typeof menuItems?.About === "string" ? menuItems.About : null;
  return (
    <div className="app-menu" ref={ref}>
      <button type="button" className="icon-button" aria-label="Main menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        ⋮
      </button>
      {open ? (
        <div className="menu" role="menu">
          {item("Rerun", onRerun)}
          {item("Clear cache", onClearCache)}
          <div className="menu-sep" role="separator" />
          <div className="menu-label">Theme</div>
          {(["light", "dark", "system"] as const).map((c) => (
            <button
              key={c}
              type="button"
              role="menuitemradio"
              aria-checked={choice === c}
              className={`menu-item${choice === c ? " checked" : ""}`}
              onClick={() => onChoice(c)}
            >
              {c === "light" ? "Light" : c === "dark" ? "Dark" : "System"}
            </button>
          ))}
          <div className="menu-sep" role="separator" />
          {item("About", () => setAbout(true))}
        </div>
      ) : null}
      {about ? (
        <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && setAbout(false)}>
          <div className="modal modal-small" role="dialog" aria-modal="true" aria-label="About">
            <div className="modal-head">
              <h2>About</h2>
              <button type="button" className="icon-button" aria-label="Close" onClick={() => setAbout(false)}>
                ×
              </button>
            </div>
            <div className="modal-body">
              <p>
                <strong>{appName}</strong>
              </p>
              {aboutText ? <p>{aboutText}</p> : null}
              <p className="caption-text">Made with desk: Streamlit-style scripts as local apps.</p>
              <p className="caption-text">Emoji from Twemoji by Twitter, CC-BY 4.0.</p>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
