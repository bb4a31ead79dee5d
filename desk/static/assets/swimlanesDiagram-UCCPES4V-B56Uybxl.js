import{r as e,t}from"./chunk-FGVZ23HU-BRokUGDi.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-DFVekZ8J.js";import"./mermaid-CSOgfM1c.js";import"./chunk-D5HYT7QG-DitYCSpb.js";import"./chunk-F3AE6A5H-cmH0wYR6.js";import"./chunk-MDAHDJXZ-DYiFAHjs.js";import"./chunk-MPYPSXSE-CbEWKaQW.js";import"./chunk-GZTWQ64R-VeQ4CHBT.js";import"./chunk-DZSZGQHW-DMCCCXCj.js";import"./chunk-ND7LMLKX-DhFUUioH.js";import"./chunk-T47YP6PS-DYmuFGNW.js";import"./chunk-OWCVCYLK-Dg4Xjyba.js";import"./chunk-QDWOWVBQ-DA1Y9udj.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};