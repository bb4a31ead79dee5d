import{r as e,t}from"./chunk-FGVZ23HU-C6-vhoNB.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BcIo-jni.js";import"./mermaid-DMku5vo4.js";import"./chunk-D5HYT7QG-DMQIxySL.js";import"./chunk-F3AE6A5H-UKrGpGKM.js";import"./chunk-MDAHDJXZ-D-tYKXVa.js";import"./chunk-MPYPSXSE-D80eHK7t.js";import"./chunk-GZTWQ64R-DY01AXJk.js";import"./chunk-DZSZGQHW-D5dF1WO9.js";import"./chunk-ND7LMLKX-CQYCdXYR.js";import"./chunk-T47YP6PS-BtlNTzMV.js";import"./chunk-OWCVCYLK-JVNU8Jal.js";import"./chunk-QDWOWVBQ-D0IIxMlq.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};