import{r as e,t}from"./chunk-FGVZ23HU-B3mNMs_l.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-ChScSZad.js";import"./mermaid-BFZb6RA9.js";import"./chunk-D5HYT7QG-DpLUERKk.js";import"./chunk-F3AE6A5H-BoTNYl3o.js";import"./chunk-MDAHDJXZ-q3Ze5yJk.js";import"./chunk-MPYPSXSE-BGppHevy.js";import"./chunk-GZTWQ64R-DMLnigRE.js";import"./chunk-DZSZGQHW-BGjpOMJc.js";import"./chunk-ND7LMLKX-C6bLTte-.js";import"./chunk-T47YP6PS-CDtQZHCe.js";import"./chunk-OWCVCYLK-CEP5dJdZ.js";import"./chunk-QDWOWVBQ-Ck3LN1eu.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};