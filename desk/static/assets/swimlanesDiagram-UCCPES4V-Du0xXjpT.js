import{r as e,t}from"./chunk-FGVZ23HU-plgbClsi.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-DJAm591R.js";import"./mermaid-BM9wxxHw.js";import"./chunk-D5HYT7QG-XlC_wzBe.js";import"./chunk-F3AE6A5H-aUuUhxCh.js";import"./chunk-MDAHDJXZ-l4TKSyk1.js";import"./chunk-MPYPSXSE-CDOfCx9c.js";import"./chunk-GZTWQ64R-8sjZOHzf.js";import"./chunk-DZSZGQHW-DDW6GEhM.js";import"./chunk-ND7LMLKX-B9rPfWZc.js";import"./chunk-T47YP6PS-BVunv9ZR.js";import"./chunk-OWCVCYLK-By_4PJsQ.js";import"./chunk-QDWOWVBQ-Bz4HArbV.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};