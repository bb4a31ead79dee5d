import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { InlineMarkdown } from "./common";
import { Spinner } from "../nodes.gen";

function Elapsed() {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 100);
    return () => window.clearInterval(timer);
  }, []);
  return <span className="caption-text">({((now - start) / 1000).toFixed(1)} seconds)</span>;
}

export default defineNode(Spinner, ({ props }) => (
  <div className="spinner-row" role="status">
    <span className="spinner" aria-hidden="true" />
    <InlineMarkdown body={props.text ?? ""} />
    {props.show_time ? <Elapsed /> : null}
  </div>
));
