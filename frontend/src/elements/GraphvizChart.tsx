import { defineElement } from "./types";
import { CodeView } from "./Code";
import { str } from "../utils/schema";

interface P {
  dot: string;
}

/** No Graphviz layout engine is bundled yet: the DOT source is shown instead. */
export default defineElement<P>({
  type: "GraphvizChart",
  schema: { dot: str },
  Component: ({ props }) => (
    <div className="graphviz">
      <div className="caption-text">Graphviz diagram (DOT source; rendering is not available in this build)</div>
      <CodeView body={props.dot} language="dot" />
    </div>
  ),
});
