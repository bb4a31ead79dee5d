import{r as e,t}from"./chunk-FGVZ23HU-TSPfO8Vj.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CyySNPdG.js";import"./mermaid-C9kU7iYt.js";import"./chunk-D5HYT7QG-CT-Hl1KA.js";import"./chunk-F3AE6A5H-CeqAaZ9A.js";import"./chunk-MDAHDJXZ-B1EqoVVx.js";import"./chunk-MPYPSXSE-yb0UJkCw.js";import"./chunk-GZTWQ64R-Bi_PRUWx.js";import"./chunk-DZSZGQHW-CVb_yXRP.js";import"./chunk-ND7LMLKX-DEbj5I1E.js";import"./chunk-T47YP6PS-zKBYYiAZ.js";import"./chunk-OWCVCYLK-Cl2If-KJ.js";import"./chunk-QDWOWVBQ-By44195q.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};