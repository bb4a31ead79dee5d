// Shared CSS animation for Balloons and Snow: a few items float across the page once.
import { useEffect, useMemo, useState } from "react";

export function Celebration({ kind }: { kind: "balloons" | "snow" }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setDone(true), 5000);
    return () => window.clearTimeout(timer);
  }, []);
  const items = useMemo(
    () => Array.from({ length: 24 }, (_, i) => ({ left: (i * 37) % 100, delay: (i % 8) * 0.25, hue: (i * 47) % 360 })),
    [],
  );
  if (done) return null;
  return (
    <div className={`celebration ${kind}`} aria-hidden="true">
      {items.map((item, i) => (
        <span
          key={i}
          className="celebration-item"
          style={{ left: `${item.left}%`, animationDelay: `${item.delay}s`, color: `hsl(${item.hue} 80% 55%)` }}
        >
          {kind === "balloons" ? "●" : "❄"}
        </span>
      ))}
    </div>
  );
}
