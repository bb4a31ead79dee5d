import{r as e,t}from"./chunk-FGVZ23HU-Dy-0HLzn.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-Cbu8OgOZ.js";import"./mermaid-BgM4sXvj.js";import"./chunk-D5HYT7QG-DXibzYDR.js";import"./chunk-F3AE6A5H-JAlmV0rr.js";import"./chunk-MDAHDJXZ-D2KtU-bf.js";import"./chunk-MPYPSXSE-C6n5XUbq.js";import"./chunk-GZTWQ64R-a58I7k_R.js";import"./chunk-DZSZGQHW-0AOEbBhH.js";import"./chunk-ND7LMLKX-Bu9n7kho.js";import"./chunk-T47YP6PS-DU09V7Vv.js";import"./chunk-OWCVCYLK-DvbT-lbr.js";import"./chunk-QDWOWVBQ-DxhzlHjZ.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};