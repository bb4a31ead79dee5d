import{r as e,t}from"./chunk-FGVZ23HU-fz_3UMbi.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BhcUOF0O.js";import"./mermaid-BIWgmKJG.js";import"./chunk-D5HYT7QG-IBmq5OJl.js";import"./chunk-F3AE6A5H-BJyo8X8Q.js";import"./chunk-MDAHDJXZ-BXTIwFz_.js";import"./chunk-MPYPSXSE-BcxXCmnE.js";import"./chunk-GZTWQ64R-B2EgP4MZ.js";import"./chunk-DZSZGQHW-RWUIJwA4.js";import"./chunk-ND7LMLKX-CwC8aTH8.js";import"./chunk-T47YP6PS-DeLR8xVF.js";import"./chunk-OWCVCYLK-Bj3cwKvs.js";import"./chunk-QDWOWVBQ-DIaiNT2S.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};