import{r as e,t}from"./chunk-FGVZ23HU-CbJ4SUBt.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CCjT61RI.js";import"./mermaid-D5Yu1ESP.js";import"./chunk-D5HYT7QG-gOVnNXNz.js";import"./chunk-F3AE6A5H-CuIEqT8B.js";import"./chunk-MDAHDJXZ-BA9QMiOH.js";import"./chunk-MPYPSXSE-DcevprvQ.js";import"./chunk-GZTWQ64R-DRQaaarh.js";import"./chunk-DZSZGQHW-B6FaZMLh.js";import"./chunk-ND7LMLKX-BLlKvZvi.js";import"./chunk-T47YP6PS-DRhrKovk.js";import"./chunk-OWCVCYLK-CPx9hFqB.js";import"./chunk-QDWOWVBQ-KEBFOyiI.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};