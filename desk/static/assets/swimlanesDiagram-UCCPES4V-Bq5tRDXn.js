import{r as e,t}from"./chunk-FGVZ23HU-Civw_DyI.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-Ga-GPpT0.js";import"./mermaid-D7JlhNV5.js";import"./chunk-D5HYT7QG-CDEU6ZP1.js";import"./chunk-F3AE6A5H-Ch9-tAql.js";import"./chunk-MDAHDJXZ-CzpOzf7H.js";import"./chunk-MPYPSXSE-BXYYw-0z.js";import"./chunk-GZTWQ64R-B8MMI8dQ.js";import"./chunk-DZSZGQHW-BSMPDBjy.js";import"./chunk-ND7LMLKX-D1XeiTyQ.js";import"./chunk-T47YP6PS-Biqoaza5.js";import"./chunk-OWCVCYLK-D_zkjsVe.js";import"./chunk-QDWOWVBQ-D8gcJeMf.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};