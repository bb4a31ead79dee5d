import{r as e,t}from"./chunk-FGVZ23HU-CemR4afD.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-8gZ8KbpA.js";import"./mermaid-w2tyB5fc.js";import"./chunk-D5HYT7QG-gkhDOkao.js";import"./chunk-F3AE6A5H-Dtnylb2W.js";import"./chunk-MDAHDJXZ-DAUg-YCw.js";import"./chunk-MPYPSXSE-4Z1NBy-3.js";import"./chunk-GZTWQ64R-CdbRLtoC.js";import"./chunk-DZSZGQHW-ByYbgYzd.js";import"./chunk-ND7LMLKX-Nms48ej7.js";import"./chunk-T47YP6PS-D6vpTCZx.js";import"./chunk-OWCVCYLK-BBwb_Aii.js";import"./chunk-QDWOWVBQ-DTiTOY4G.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};