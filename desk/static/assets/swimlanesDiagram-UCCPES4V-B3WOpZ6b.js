import{r as e,t}from"./chunk-FGVZ23HU-D3IMD3TW.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-C9I9vjPP.js";import"./mermaid-D9K01D-5.js";import"./chunk-D5HYT7QG-BrApwfsB.js";import"./chunk-F3AE6A5H-Df4iIHMU.js";import"./chunk-MDAHDJXZ-BJMRGBqG.js";import"./chunk-MPYPSXSE-Zfnk6rj4.js";import"./chunk-GZTWQ64R-CXV-VlEv.js";import"./chunk-DZSZGQHW-CmZTe58H.js";import"./chunk-ND7LMLKX-DzJO7VSL.js";import"./chunk-T47YP6PS-ByGEkJe8.js";import"./chunk-OWCVCYLK-Du-yNlra.js";import"./chunk-QDWOWVBQ-CV5YJPd0.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};