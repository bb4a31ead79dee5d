import{r as e,t}from"./chunk-FGVZ23HU-y4Do7_Ub.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BihLFla3.js";import"./mermaid-Cxtn1cll.js";import"./chunk-D5HYT7QG-DoZjj2UE.js";import"./chunk-F3AE6A5H-i6ezM6no.js";import"./chunk-MDAHDJXZ-Bkd-4hlB.js";import"./chunk-MPYPSXSE-CsKHIRn8.js";import"./chunk-GZTWQ64R-BPo0uccc.js";import"./chunk-DZSZGQHW-C7VLIF2y.js";import"./chunk-ND7LMLKX-XUSKkh1C.js";import"./chunk-T47YP6PS-DcOkVPv-.js";import"./chunk-OWCVCYLK-BAavFm4P.js";import"./chunk-QDWOWVBQ-8lgmyuBm.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};