// Light/dark themes: the user's choice (menu), the app's [theme] config, or the OS preference.

export type ThemeChoice = "light" | "dark" | "system";
const KEY = "desk.theme";

export function loadChoice(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    if (v === "light" || v === "dark" || v === "system") return v;
  } catch {
    /* storage unavailable */
  }
  return "system";
}

export function saveChoice(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(KEY, choice);
  } catch {
    /* storage unavailable */
  }
}

export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** The base in effect: an explicit choice, else the app's configured base, else the OS preference. */
export function effectiveBase(choice: ThemeChoice, config: Record<string, unknown> | undefined, prefersDark: boolean): "light" | "dark" {
  if (choice !== "system") return choice;
  const base = config?.base;
  if (base === "light" || base === "dark") return base;
  return prefersDark ? "dark" : "light";
}

const COLOR = /^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,\s%]+\)|[a-zA-Z]+)$/;

const VARS: Record<string, string> = {
  primaryColor: "--primary",
  backgroundColor: "--bg",
  secondaryBackgroundColor: "--bg2",
  textColor: "--text",
};

/** CSS variables from the app's [theme] config (only applied with the "system"/app theme). */
export function themeVariables(choice: ThemeChoice, config: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (choice !== "system" || !config) return out;
  for (const [key, cssVar] of Object.entries(VARS)) {
    const value = config[key];
    if (typeof value === "string" && COLOR.test(value.trim())) out[cssVar] = value.trim();
  }
  const font = config.font;
  if (font === "serif") out["--font"] = 'Georgia, "Times New Roman", serif';
  else if (font === "monospace") out["--font"] = "var(--mono)";
  return out;
}
