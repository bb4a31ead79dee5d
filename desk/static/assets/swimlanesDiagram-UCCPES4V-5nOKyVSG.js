import{r as e,t}from"./chunk-FGVZ23HU-CA1Kp7uh.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-DgMjdvvV.js";import"./mermaid-BV8mJQAV.js";import"./chunk-D5HYT7QG-Dka77ZVz.js";import"./chunk-F3AE6A5H-wRfvZ0Bi.js";import"./chunk-MDAHDJXZ-Ce2oXdYa.js";import"./chunk-MPYPSXSE-D2aE41FZ.js";import"./chunk-GZTWQ64R-ivOJh_bj.js";import"./chunk-DZSZGQHW-DBQH3zJ8.js";import"./chunk-ND7LMLKX-BS8G4OdA.js";import"./chunk-T47YP6PS-CDToxK3p.js";import"./chunk-OWCVCYLK-tUgpE_Tm.js";import"./chunk-QDWOWVBQ-5M-LtslA.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};