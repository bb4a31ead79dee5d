import{r as e,t}from"./chunk-FGVZ23HU-CH_MQhhv.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-B71Gkrig.js";import"./mermaid-CrkXL4y2.js";import"./chunk-D5HYT7QG-pdbCwZGF.js";import"./chunk-F3AE6A5H-DKoxK6Ob.js";import"./chunk-MDAHDJXZ-BjCgh3Vs.js";import"./chunk-MPYPSXSE-C2OjoyRg.js";import"./chunk-GZTWQ64R-DD_KkUsS.js";import"./chunk-DZSZGQHW-CUOtMV57.js";import"./chunk-ND7LMLKX-DwrOA88H.js";import"./chunk-T47YP6PS-DlfTR_uW.js";import"./chunk-OWCVCYLK-DzWUMCCC.js";import"./chunk-QDWOWVBQ-F8gr34hp.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};