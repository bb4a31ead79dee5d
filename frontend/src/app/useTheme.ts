// The colour theme: the user's choice from the menu (remembered), the app's [theme] config and the system preference.

import { useCallback, useEffect, useState } from "react";
import { effectiveBase, loadChoice, saveChoice, systemPrefersDark, themeVariables, type ThemeChoice } from "../theme";

function usePrefersDark(): boolean {
  const [dark, setDark] = useState(systemPrefersDark());
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => setDark(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return dark;
}

export interface Theme {
  choice: ThemeChoice;
  /** Switch to a choice and remember it. */
  choose: (choice: ThemeChoice) => void;
  base: "light" | "dark";
  /** CSS variables of the theme. */
  vars: Record<string, string>;
}

export function useTheme(config: Record<string, unknown> | undefined): Theme {
  const [choice, setChoice] = useState<ThemeChoice>(loadChoice());
  const prefersDark = usePrefersDark();
  const choose = useCallback((next: ThemeChoice) => {
    setChoice(next);
    saveChoice(next);
  }, []);
  return { choice, choose, base: effectiveBase(choice, config, prefersDark), vars: themeVariables(choice, config) };
}
