import{r as e,t}from"./chunk-FGVZ23HU-BOnc5rTi.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CLgRJyv3.js";import"./mermaid-CLVTIGzv.js";import"./chunk-D5HYT7QG-B6kSJWau.js";import"./chunk-F3AE6A5H-B9o-BrPX.js";import"./chunk-MDAHDJXZ-Bzni_Kr5.js";import"./chunk-MPYPSXSE-BuA9g7om.js";import"./chunk-GZTWQ64R-D5-IaNFh.js";import"./chunk-DZSZGQHW-Co8pkYVH.js";import"./chunk-ND7LMLKX-CmqW1jX3.js";import"./chunk-T47YP6PS-Bxo4diGn.js";import"./chunk-OWCVCYLK-BEfs4TM8.js";import"./chunk-QDWOWVBQ-b0gbvVPg.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};