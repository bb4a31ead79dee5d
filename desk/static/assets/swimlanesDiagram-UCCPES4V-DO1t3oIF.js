import{r as e,t}from"./chunk-FGVZ23HU--TXHMjYr.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-DlmEtGQE.js";import"./mermaid-CmDkhXHu.js";import"./chunk-D5HYT7QG-D5X-VPjq.js";import"./chunk-F3AE6A5H-DfGh0Ss5.js";import"./chunk-MDAHDJXZ-N40tuwvN.js";import"./chunk-MPYPSXSE-BwoMT1Jt.js";import"./chunk-GZTWQ64R-CNdl0uDe.js";import"./chunk-DZSZGQHW-Ce4_Wj9v.js";import"./chunk-ND7LMLKX-CxKv-Ysi.js";import"./chunk-T47YP6PS-CSgymKbM.js";import"./chunk-OWCVCYLK-CtWU3-xK.js";import"./chunk-QDWOWVBQ-BpnOE_Iq.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};