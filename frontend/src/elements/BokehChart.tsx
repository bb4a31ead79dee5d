import { defineElement } from "./types";
import { any } from "../utils/schema";

interface P {
  figure: unknown;
}

/** BokehJS is not bundled: say so instead of loading it from a CDN. */
export default defineElement<P>({
  type: "BokehChart",
  schema: { figure: any },
  Component: () => (
    <div className="alert alert-info" role="status">
      Bokeh charts cannot be shown: BokehJS is not bundled with desk. Use st.altair_chart, st.plotly_chart or st.pyplot instead.
    </div>
  ),
});
