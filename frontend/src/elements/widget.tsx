// Helpers shared by input widgets: sending values and mapping selections.

import { useCallback, useRef } from "react";
import { useDesk } from "../context";
import type { Entry } from "../store";

/** change(value) sends WidgetChanged; trigger(value) sends Trigger; changeSoon debounces. */
/** What a required widget may not send: nothing, blank text, or a date range without both ends. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length < 2;
}

/** Send a widget's changes; a `required` widget sends no empty value (the server keeps the last one). */
export function useWidgetSender(entry: Entry, required = false) {
  const { send } = useDesk();
  const id = entry.node.id ?? "";
  const timer = useRef<number | null>(null);
  const change = useCallback(
    (value: unknown) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      if (required && isEmptyValue(value)) return;
      send({ type: "WidgetChanged", widget_id: id, value });
    },
    [send, id, required],
  );
  const changeSoon = useCallback(
    (value: unknown, ms = 40) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (required && isEmptyValue(value)) return;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        send({ type: "WidgetChanged", widget_id: id, value });
      }, ms);
    },
    [send, id, required],
  );
  const trigger = useCallback((value: unknown = true) => send({ type: "Trigger", widget_id: id, value }), [send, id]);
  return { change, changeSoon, trigger };
}

/** Options as display strings (servers send them already formatted). */
export function optionLabels(options: unknown): string[] {
  return Array.isArray(options) ? options.map((o) => (typeof o === "string" ? o : JSON.stringify(o))) : [];
}

/** Index of the selected option: the wire value is an index, or (tolerated) the option label. */
export function selectedIndex(value: unknown, labels: string[]): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const i = labels.indexOf(value);
    return i >= 0 ? i : null;
  }
  return null;
}

/** Wire value for a selected index, in the same shape the server used for props.value. */
export function wireSelection(index: number | null, labels: string[], byLabel: boolean): unknown {
  if (index === null) return null;
  return byLabel ? labels[index] : index;
}
