import{r as e,t}from"./chunk-FGVZ23HU-CaBS5hzz.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CQo2lE4M.js";import"./mermaid-HGCo63G_.js";import"./chunk-D5HYT7QG-B3hrIPNl.js";import"./chunk-F3AE6A5H-jG_WHYW1.js";import"./chunk-MDAHDJXZ-yeh3hkAB.js";import"./chunk-MPYPSXSE-wZR7xM1W.js";import"./chunk-GZTWQ64R-CKZjJ0v2.js";import"./chunk-DZSZGQHW-WZWzXym2.js";import"./chunk-ND7LMLKX-Cy0hR11M.js";import"./chunk-T47YP6PS-Bhyn1jbJ.js";import"./chunk-OWCVCYLK-COTb9nDU.js";import"./chunk-QDWOWVBQ-Dd0C4lNi.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};