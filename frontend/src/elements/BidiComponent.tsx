// st.components.v2: a component's HTML and CSS mounted in the page (in a shadow root when
// isolate_styles), and its JavaScript imported as a module from a blob: URL (nothing is
// fetched), or, for a package's asset_dir files, from the component's route (js_url, css_url). The module's default export is called with the component's arguments on mount
// and again, after the cleanup it returned, whenever the data changes. setStateValue sends
// the whole state dict as the widget's value; setTriggerValue sends the triggers fired in one
// tick to the instance's trigger widget (props.trigger_id). Components are trusted code.
// Binary payloads in the data (top level, or values of a top-level object) reach the module
// as an Arrow Table (Arrow IPC; apache-arrow loads on demand) or a Uint8Array (raw bytes).

import { useEffect, useRef, useState, type CSSProperties } from "react";
import { defineNode } from "./types";
import { useDesk } from "../context";
import { isBinaryRef, type Payload } from "../binary";
import { BidiComponent, type BidiComponentProps as P } from "../nodes.gen";
import type { Entry } from "../store";

type Cleanup = () => void;
type State = Record<string, unknown>;

/** What the default export of a component's module receives. */
export interface RendererArgs {
  parentElement: HTMLElement | ShadowRoot;
  data: unknown;
  key: string;
  name: string;
  setStateValue: (name: string, value: unknown) => void;
  setTriggerValue: (name: string, value: unknown) => void;
}

type Renderer = (args: RendererArgs) => unknown;

const modules = new Map<string, Promise<Renderer | null>>();

/**
 * The default export of the component's module (imported once per source): the file at
 * `jsUrl` (a package's asset, whose relative imports then work), else the text `js` through a
 * blob: URL; null for no JS.
 */
export function loadRenderer(js: string, jsUrl?: string): Promise<Renderer | null> {
  const source = jsUrl ?? js;
  if (source.trim() === "") return Promise.resolve(null);
  let found = modules.get(source);
  if (found === undefined) {
    const url = jsUrl ?? URL.createObjectURL(new Blob([js], { type: "text/javascript" }));
    found = (import(/* @vite-ignore */ url) as Promise<{ default?: unknown }>)
      .then((module) => {
        if (typeof module.default !== "function") {
          throw new Error("the component's js must `export default function (component) { ... }`");
        }
        return module.default as Renderer;
      })
      .finally(() => {
        if (jsUrl === undefined) URL.revokeObjectURL(url);
      });
    modules.set(source, found);
  }
  return found;
}

const ARROW_STREAM = "application/vnd.apache.arrow.stream";

/** The data a module receives: binary payloads become Arrow Tables or Uint8Arrays. */
export async function resolveData(data: unknown, payloads: ReadonlyMap<string, Payload>): Promise<unknown> {
  const convert = async (value: unknown): Promise<unknown> => {
    if (!isBinaryRef(value)) return value;
    const payload = payloads.get(value.$binary);
    if (payload === undefined) throw new Error("the component's data has not arrived");
    if (value.mimetype === ARROW_STREAM) {
      const { tableFromIPC } = await import("apache-arrow");
      return tableFromIPC(payload.bytes);
    }
    return new Uint8Array(payload.bytes);
  };
  if (typeof data === "object" && data !== null && !Array.isArray(data) && !isBinaryRef(data)) {
    const entries = await Promise.all(Object.entries(data).map(async ([name, value]) => [name, await convert(value)] as const));
    return Object.fromEntries(entries);
  }
  return convert(data);
}

/** The state dict a node carries (anything else counts as empty). */
export function asState(value: unknown): State {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? { ...(value as State) } : {};
}

/** The wrapper's size: width "stretch" | "content" | px; height "content" | "stretch" | px (scrolls beyond). */
export function boxStyle(width: string | number, height: string | number): CSSProperties {
  const style: CSSProperties = {};
  if (typeof width === "number") style.width = `${width}px`;
  else style.width = width === "content" ? "fit-content" : "100%";
  if (typeof height === "number") {
    style.height = `${height}px`;
    style.overflow = "auto";
  } else if (height === "stretch") style.height = "100%";
  return style;
}

interface Mounted {
  root: HTMLElement | ShadowRoot;
  renderer: Promise<Renderer | null>;
  cleanup: Cleanup | null;
  alive: boolean;
}

function runCleanup(mounted: Mounted): void {
  const cleanup = mounted.cleanup;
  mounted.cleanup = null;
  if (cleanup === null) return;
  try {
    cleanup();
  } catch (error) {
    console.error("a component's cleanup failed:", error);
  }
}

function BidiView({ props, entry }: { props: P; entry: Entry }) {
  const { send, payloads } = useDesk();
  const host = useRef<HTMLDivElement>(null);
  const mounted = useRef<Mounted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = entry.node.id ?? "";
  const frontendKey = `desk-bidi-${id.split("-")[1] ?? "instance"}`;

  // The state the page holds: what setStateValue made of the node's, which the page takes
  // again only for a new instance or a value the script set (an echo of an older change
  // would undo a newer one that is still on its way).
  const state = useRef<State>(asState(props.value));
  const adopted = useRef<{ id: string; props: P }>({ id, props });
  if (adopted.current.id !== id || (props.set_value === true && adopted.current.props !== props)) {
    state.current = asState(props.value);
  }
  adopted.current = { id, props };

  const latest = useRef({ id, triggerId: props.trigger_id, data: props.data, send, payloads });
  latest.current = { id, triggerId: props.trigger_id, data: props.data, send, payloads };
  const fired = useRef<State | null>(null);
  const api = useRef({
    setStateValue(name: string, value: unknown) {
      if (JSON.stringify(state.current[name] ?? null) === JSON.stringify(value ?? null) && name in state.current) return;
      state.current = { ...state.current, [name]: value ?? null };
      latest.current.send({ type: "WidgetChanged", widget_id: latest.current.id, value: state.current });
    },
    setTriggerValue(name: string, value: unknown) {
      if (fired.current === null) {
        fired.current = {};
        queueMicrotask(() => {
          const value = fired.current;
          fired.current = null;
          latest.current.send({ type: "Trigger", widget_id: latest.current.triggerId, value });
        });
      }
      fired.current[name] = value ?? null;
    },
  });

  // Mount the HTML and CSS; a new definition mounts afresh.
  useEffect(() => {
    const parent = host.current;
    if (parent === null) return;
    const element = document.createElement("div");
    element.className = "bidi-root";
    parent.appendChild(element);
    const root = props.isolate_styles ? element.attachShadow({ mode: "open" }) : element;
    if (props.css_url !== undefined) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = props.css_url;
      root.appendChild(link);
    } else if (props.css !== "") {
      const style = document.createElement("style");
      style.textContent = props.css;
      root.appendChild(style);
    }
    if (props.html !== "") {
      const template = document.createElement("template");
      template.innerHTML = props.html;
      root.appendChild(template.content);
    }
    const current: Mounted = { root, renderer: loadRenderer(props.js, props.js_url), cleanup: null, alive: true };
    mounted.current = current;
    setError(null);
    return () => {
      current.alive = false;
      runCleanup(current);
      element.remove();
      if (mounted.current === current) mounted.current = null;
    };
  }, [props.html, props.css, props.js, props.css_url, props.js_url, props.isolate_styles]);

  // Call the module on mount and whenever the data changes.
  const dataText = JSON.stringify(props.data ?? null);
  useEffect(() => {
    const current = mounted.current;
    if (current === null) return;
    let cancelled = false;
    Promise.all([current.renderer, resolveData(latest.current.data, latest.current.payloads)])
      .then(([render, data]) => {
        if (cancelled || !current.alive || render === null) return;
        runCleanup(current);
        const result = render({
          parentElement: current.root,
          data,
          key: frontendKey,
          name: props.component_name,
          setStateValue: api.current.setStateValue,
          setTriggerValue: api.current.setTriggerValue,
        });
        const keep = (cleanup: unknown) => {
          if (typeof cleanup !== "function") return;
          if (current.alive) current.cleanup = cleanup as Cleanup;
          else (cleanup as Cleanup)();
        };
        setError(null);
        if (result instanceof Promise) result.then(keep, (reason: unknown) => setError(String(reason)));
        else keep(result);
      })
      .catch((reason: unknown) => {
        if (cancelled) return;
        console.error(`component ${props.component_name}:`, reason);
        setError(String(reason));
      });
    return () => {
      cancelled = true;
    };
  }, [props.html, props.css, props.js, props.css_url, props.js_url, props.isolate_styles, dataText, frontendKey, props.component_name]);

  return (
    <div className="bidi-component" data-component={props.component_name} style={boxStyle(props.width, props.height)}>
      {error !== null ? (
        <div className="bidi-error" role="alert">
          Component {props.component_name}: {error}
        </div>
      ) : null}
      <div ref={host} />
    </div>
  );
}

export default defineNode(BidiComponent, ({ props, entry }) => <BidiView props={props} entry={entry} />);
