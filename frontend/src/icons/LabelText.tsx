// A label with `:material/name:` icons and emoji shortcodes drawn (icons are hidden from screen readers).

import { parseShortcodes } from "./shortcodes";
import "./icons.css";

export function MaterialIcon({ name }: { name: string }) {
  return (
    <span className="material-icon" aria-hidden="true" translate="no" data-icon={name}>
      {name}
    </span>
  );
}

export function LabelText({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  const parts = parseShortcodes(text);
  if (parts.length === 1 && parts[0].kind === "text") return <>{parts[0].text}</>;
  return (
    <>
      {parts.map((part, i) => (part.kind === "text" ? <span key={i}>{part.text}</span> : <MaterialIcon key={i} name={part.name} />))}
    </>
  );
}

/** Plain text of a label for aria-label/title: icons dropped, emoji kept. */
export function labelPlainText(text: string | null | undefined): string {
  if (!text) return "";
  return parseShortcodes(text)
    .map((part) => (part.kind === "text" ? part.text : ""))
    .join("")
    .trim();
}
