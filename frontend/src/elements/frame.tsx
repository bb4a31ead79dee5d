// Shared loader for data elements: decode the Arrow payload in the lazy grid chunk.

import { useEffect, useMemo, useState } from "react";
import { usePayload } from "../context";
import type { Frame, FrameProps } from "../lazy/grid";
import { whenIdleAfterLoad } from "../utils/whenIdle";

type GridModule = typeof import("../lazy/grid");

let gridModule: Promise<GridModule> | null = null;
/** The grid chunk once it has loaded (data elements then decode and draw in their first render). */
let gridLoaded: GridModule | null = null;

export function loadGrid(): Promise<GridModule> {
  gridModule ??= import("../lazy/grid").then((mod) => (gridLoaded = mod));
  return gridModule;
}

/** The grid chunk if it has loaded already (for tests). */
export function loadedGrid(): GridModule | null {
  return gridLoaded;
}

/**
 * Load the grid chunk (and apache-arrow) once the page is idle after it loaded, so that the
 * first table does not wait for the chunk to be fetched, compiled and run (about 20 ms of the
 * click-to-grid time). Apps without tables pay that once, in idle time, after the first paint.
 */
export function preloadGridWhenIdle(win: Window & typeof globalThis = window): void {
  whenIdleAfterLoad(() => void loadGrid().catch(() => undefined), win);
}



type Loaded = { mod: GridModule; frame: Frame } | { error: string } | null;

export function useFrame(data: unknown, props: FrameProps): Loaded {
  const payload = usePayload(data);
  const [mod, setMod] = useState<GridModule | null>(gridLoaded);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (mod !== null) return undefined;
    let live = true;
    loadGrid()
      .then((loaded) => live && setMod(loaded))
      .catch((e: unknown) => live && setFailed(String(e)));
    return () => {
      live = false;
    };
  }, [mod]);
  const propsKey = JSON.stringify({ ...props, data: undefined });
  return useMemo((): Loaded => {
    if (payload === undefined) return { error: "The data for this table did not arrive." };
    if (failed !== null) return { error: failed };
    if (mod === null) return null;
    try {
      return { mod, frame: mod.decodeFrame(payload.bytes, props) };
    } catch (e: unknown) {
      return { error: String(e) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [payload, propsKey, mod, failed]);
}
