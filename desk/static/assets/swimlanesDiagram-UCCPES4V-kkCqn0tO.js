import{r as e,t}from"./chunk-FGVZ23HU-D--sAufy.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-tUKUZked.js";import"./mermaid-DK_0gix3.js";import"./chunk-D5HYT7QG-Cbdr9nCv.js";import"./chunk-F3AE6A5H-CnsJtoxx.js";import"./chunk-MDAHDJXZ-DSABtcyN.js";import"./chunk-MPYPSXSE-BHxaYWrv.js";import"./chunk-GZTWQ64R-DaWMp4aO.js";import"./chunk-DZSZGQHW-DA8BInUZ.js";import"./chunk-ND7LMLKX-B318Ssdi.js";import"./chunk-T47YP6PS-BGrSI0uE.js";import"./chunk-OWCVCYLK-BUQWvQVV.js";import"./chunk-QDWOWVBQ-LHg7g-jC.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};