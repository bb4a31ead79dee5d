import{r as e,t}from"./chunk-FGVZ23HU-pGhQvVuv.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-I-lTdDho.js";import"./mermaid-CtqCOuEA.js";import"./chunk-D5HYT7QG-9fBa4r73.js";import"./chunk-F3AE6A5H-Dl7BLEYB.js";import"./chunk-MDAHDJXZ-DdUtWrBS.js";import"./chunk-MPYPSXSE-BugGGuVT.js";import"./chunk-GZTWQ64R-0b27Iit-.js";import"./chunk-DZSZGQHW-B4_ohwPM.js";import"./chunk-ND7LMLKX-DahYYOW2.js";import"./chunk-T47YP6PS-CQFilZMO.js";import"./chunk-OWCVCYLK-BGm-e-1L.js";import"./chunk-QDWOWVBQ-BrmAetwk.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};