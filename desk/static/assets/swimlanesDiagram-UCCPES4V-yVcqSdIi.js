import{r as e,t}from"./chunk-FGVZ23HU-DBhblgTN.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BQwLsj16.js";import"./mermaid-8ZueQ4jH.js";import"./chunk-D5HYT7QG-D7hV9MMj.js";import"./chunk-F3AE6A5H-D62-iNpu.js";import"./chunk-MDAHDJXZ-BKOSPuex.js";import"./chunk-MPYPSXSE-BR1fxxPi.js";import"./chunk-GZTWQ64R-COd9ik1o.js";import"./chunk-DZSZGQHW-BsDIR9gW.js";import"./chunk-ND7LMLKX-BmXhXmk7.js";import"./chunk-T47YP6PS-DXO8Sgj1.js";import"./chunk-OWCVCYLK-vWhhlPTP.js";import"./chunk-QDWOWVBQ-bpbdEFn2.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};