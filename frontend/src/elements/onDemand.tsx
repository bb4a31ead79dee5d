// Elements whose module is a chunk of its own, loaded the first time a node of the type is
// drawn (or once the page is idle): the bundle the first paint waits for holds only the core
// elements of index.ts. Until the chunk has run, the node shows a light placeholder; a chunk
// that fails to load is thrown to the node's error boundary.

import { useEffect, useState, type FC } from "react";
import type { NodeSpec } from "../utils/schema";
import type { ElementDef, ElementProps } from "./types";
import { loadOnce } from "../utils/loadOnce";
import { whenIdleAfterLoad } from "../utils/whenIdle";

/** What an element module exports (its default export is the element's definition). */
export interface ElementModule<P> {
  default: ElementDef<P>;
}

/** Every on-demand element's loader, in registry order. */
const loaders: (() => Promise<unknown>)[] = [];

/**
 * The registry entry of an element drawn by the module that ``load`` imports (written
 * ``() => import("./Name")`` so the bundler makes it a chunk). Its type and props schema come
 * from the generated spec, so props are checked before the module arrives.
 */
export function onDemand<P>(spec: NodeSpec<P>, load: () => Promise<ElementModule<P>>): ElementDef<P> {
  const component = loadOnce((): Promise<FC<ElementProps<P>>> =>
    load().then((mod) => {
      if (mod.default.type !== spec.type) throw new Error(`the module of ${spec.type} draws ${mod.default.type}`);
      return mod.default.Component;
    }),
  );
  const start = component.load;

  function OnDemand(props: ElementProps<P>) {
    const [Component, setComponent] = useState<FC<ElementProps<P>> | null>(() => {
      if (component.loaded() === null) void start().catch(() => undefined); // fetch at once, not after the commit
      return component.loaded();
    });
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (Component !== null) return undefined;
      let live = true;
      start().then(
        (loadedComponent) => live && setComponent(() => loadedComponent),
        (failure: Error) => live && setError(failure),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (error !== null) throw error;
    if (Component === null) return <div className="el-loading" aria-busy="true" data-testid="el-loading" />;
    return <Component {...props} />;
  }
  OnDemand.displayName = `OnDemand(${spec.type})`;
  loaders.push(start);
  return { type: spec.type, schema: spec.schema, Component: OnDemand, sizesItself: spec.sizesItself };
}

/** Load every on-demand element's module; settles when all have loaded or failed, with the failures. */
export async function loadAllOnDemand(): Promise<Error[]> {
  const results = await Promise.allSettled(loaders.map((load) => load()));
  return results.flatMap((result) => (result.status === "rejected" ? [result.reason as Error] : []));
}


/**
 * Once the page has loaded and is idle, load the on-demand elements, so that a chart or table
 * that appears later (after a click, on another page) draws at once, with no placeholder.
 */
export function preloadOnDemandWhenIdle(win: Window & typeof globalThis = window): void {
  whenIdleAfterLoad(() => void loadAllOnDemand().catch(() => undefined), win);
}
