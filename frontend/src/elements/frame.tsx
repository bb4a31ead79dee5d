// Shared loader for data elements: decode the Arrow payload in the lazy grid chunk.

import { useEffect, useState } from "react";
import { usePayload } from "../context";
import type { Frame, FrameProps } from "../lazy/grid";

type GridModule = typeof import("../lazy/grid");

let gridModule: Promise<GridModule> | null = null;
export function loadGrid(): Promise<GridModule> {
  gridModule ??= import("../lazy/grid");
  return gridModule;
}

export function useFrame(data: unknown, props: FrameProps): { mod: GridModule; frame: Frame } | { error: string } | null {
  const payload = usePayload(data);
  const [result, setResult] = useState<{ mod: GridModule; frame: Frame } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    if (payload === undefined) {
      setResult({ error: "The data for this table did not arrive." });
      return undefined;
    }
    loadGrid()
      .then((mod) => {
        if (live) setResult({ mod, frame: mod.decodeFrame(payload.bytes, props) });
      })
      .catch((e: unknown) => live && setResult({ error: String(e) }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [payload, JSON.stringify({ ...props, data: undefined })]);
  return result;
}
