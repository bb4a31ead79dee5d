import{r as e,t}from"./chunk-FGVZ23HU-D2iHpqo1.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-Dl1ZxXFP.js";import"./mermaid-B7hvJwMj.js";import"./chunk-D5HYT7QG-CMem5Cje.js";import"./chunk-F3AE6A5H-ByHhcN-a.js";import"./chunk-MDAHDJXZ-Cjgx4vV6.js";import"./chunk-MPYPSXSE-BEhBX1I6.js";import"./chunk-GZTWQ64R-Dfj9NE2h.js";import"./chunk-DZSZGQHW-DX1KNBaC.js";import"./chunk-ND7LMLKX-DGmnRiQ5.js";import"./chunk-T47YP6PS-hqjS9mPB.js";import"./chunk-OWCVCYLK-DhQ76VHE.js";import"./chunk-QDWOWVBQ-D0HL50OG.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};