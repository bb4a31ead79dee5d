import{r as e,t}from"./chunk-FGVZ23HU-CJRR3tug.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CnSdE3Re.js";import"./mermaid-PYwv1NAV.js";import"./chunk-D5HYT7QG-Cto4AtHU.js";import"./chunk-F3AE6A5H-wnOIY7gn.js";import"./chunk-MDAHDJXZ-JOUEOAIl.js";import"./chunk-MPYPSXSE-jypwdtKL.js";import"./chunk-GZTWQ64R-Cqy9o23U.js";import"./chunk-DZSZGQHW-60lZpa_R.js";import"./chunk-ND7LMLKX-DAFeGMKq.js";import"./chunk-T47YP6PS-BqScJW8I.js";import"./chunk-OWCVCYLK-C4Uk0sX4.js";import"./chunk-QDWOWVBQ-BAa0Gt-b.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};