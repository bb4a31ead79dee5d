import { defineNode } from "./types";
import { BokehChart } from "../nodes.gen";

/** BokehJS is not bundled: say so instead of loading it from a CDN. */
export default defineNode(BokehChart, () => (
  <div className="alert alert-info" role="status">
    Bokeh charts cannot be shown: BokehJS is not bundled with desk. Use st.altair_chart, st.plotly_chart or st.pyplot instead.
  </div>
));
