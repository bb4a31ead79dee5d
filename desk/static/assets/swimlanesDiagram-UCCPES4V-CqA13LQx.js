import{r as e,t}from"./chunk-FGVZ23HU-7aENQBvQ.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BQPUngyl.js";import"./mermaid-CiJC417S.js";import"./chunk-D5HYT7QG-cfRurWK3.js";import"./chunk-F3AE6A5H-w2xtnGZP.js";import"./chunk-MDAHDJXZ-BdbOhOU_.js";import"./chunk-MPYPSXSE-BRDQpIOr.js";import"./chunk-GZTWQ64R-BsnBqjxQ.js";import"./chunk-DZSZGQHW-CESPwuM9.js";import"./chunk-ND7LMLKX-IyrqIJnN.js";import"./chunk-T47YP6PS-Q_KL1SMm.js";import"./chunk-OWCVCYLK-C-oBP8Sd.js";import"./chunk-QDWOWVBQ-Dk3ubkub.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};