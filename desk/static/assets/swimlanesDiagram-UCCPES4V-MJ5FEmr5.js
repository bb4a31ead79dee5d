import{r as e,t}from"./chunk-FGVZ23HU-DnUHyg3q.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CrjW0n7r.js";import"./mermaid-BLbj1HWw.js";import"./chunk-D5HYT7QG-B-jJrCWI.js";import"./chunk-F3AE6A5H-DXOf9ifp.js";import"./chunk-MDAHDJXZ-Ch2z9IFO.js";import"./chunk-MPYPSXSE-DuYuyRst.js";import"./chunk-GZTWQ64R-BMwIl6_E.js";import"./chunk-DZSZGQHW-CAwyAa7R.js";import"./chunk-ND7LMLKX-B30DUEh0.js";import"./chunk-T47YP6PS-QvhRhj9U.js";import"./chunk-OWCVCYLK-DYvt0vrC.js";import"./chunk-QDWOWVBQ-DX5IwWO4.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};