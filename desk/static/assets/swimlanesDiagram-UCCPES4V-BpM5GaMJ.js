import{r as e,t}from"./chunk-FGVZ23HU-DsOs6hD7.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CxJBIIYT.js";import"./mermaid-BGzsrYeK.js";import"./chunk-D5HYT7QG-BF6f3pGh.js";import"./chunk-F3AE6A5H-Ob4_ARd7.js";import"./chunk-MDAHDJXZ-7hxsSk7f.js";import"./chunk-MPYPSXSE-BtTD81-A.js";import"./chunk-GZTWQ64R-SZqpHwvo.js";import"./chunk-DZSZGQHW-DESDQ8a8.js";import"./chunk-ND7LMLKX-CdxvMOTm.js";import"./chunk-T47YP6PS-CDR_S5Y4.js";import"./chunk-OWCVCYLK-ChVF1ez4.js";import"./chunk-QDWOWVBQ-WbCj4liQ.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};