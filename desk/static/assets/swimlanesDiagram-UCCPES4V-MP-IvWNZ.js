import{r as e,t}from"./chunk-FGVZ23HU-yuiBoTjY.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-cv8-J6QP.js";import"./mermaid-BxhO65en.js";import"./chunk-D5HYT7QG-D_vdOv7-.js";import"./chunk-F3AE6A5H-CNFEEJnY.js";import"./chunk-MDAHDJXZ-cKChvnUw.js";import"./chunk-MPYPSXSE-C2tRkpY4.js";import"./chunk-GZTWQ64R-CFotVa1d.js";import"./chunk-DZSZGQHW-BZIGclpA.js";import"./chunk-ND7LMLKX-C6l0zw5_.js";import"./chunk-T47YP6PS-DoP9F8Lm.js";import"./chunk-OWCVCYLK-BCUVJ-3h.js";import"./chunk-QDWOWVBQ-irsONjIw.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};