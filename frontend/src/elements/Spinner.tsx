import { useEffect, useState } from "react";
import { defineElement } from "./types";
import { InlineMarkdown } from "./common";
import { bool, optional, str } from "../utils/schema";

interface P {
  text?: string | null;
  show_time?: boolean;
}

function Elapsed() {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 100);
    return () => window.clearInterval(timer);
  }, []);
  return <span className="caption-text">({((now - start) / 1000).toFixed(1)} seconds)</span>;
}

export default defineElement<P>({
  type: "Spinner",
  schema: { text: optional(str), show_time: optional(bool) },
  Component: ({ props }) => (
    <div className="spinner-row" role="status">
      <span className="spinner" aria-hidden="true" />
      <InlineMarkdown body={props.text ?? ""} />
      {props.show_time ? <Elapsed /> : null}
    </div>
  ),
});
