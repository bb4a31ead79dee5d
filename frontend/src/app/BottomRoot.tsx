// The bottom root (st.bottom, a main-page chat_input): pinned to the window's bottom. Its height
// is published as --bottom-height so the main area keeps room for it however much it holds.

import { useEffect, useRef } from "react";
import { NodeList } from "../NodeView";
import type { Entry } from "../store";

export function BottomRoot({ entries, wide }: { entries: Entry[]; wide: boolean }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = root.current;
    if (node === null) return undefined;
    const publish = () => document.documentElement.style.setProperty("--bottom-height", `${node.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(node);
    return () => {
      observer.disconnect();
      document.documentElement.style.removeProperty("--bottom-height");
    };
  }, []);
  return (
    <div ref={root} className={`bottom-root ${wide ? "wide" : "centered"}`}>
      <NodeList entries={entries} />
    </div>
  );
}
