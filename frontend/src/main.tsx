// Entry point: mount the app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles.css";
import "./icons/fonts.css";
import "./icons/emoji.css";

const platform = navigator.platform;
if (/Mac|iPhone|iPad/.test(platform)) document.documentElement.classList.add("os-mac");
else if (/Win/.test(platform)) document.documentElement.classList.add("os-windows");

// Start loading the bundled emoji font now (a local file): text laid out before it arrives
// keeps the boxes of the first fallback font instead of swapping to colour emoji.
void document.fonts?.load('1em "desk emoji"', "\u{1F600}").catch(() => undefined);

const root = document.getElementById("root");
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
