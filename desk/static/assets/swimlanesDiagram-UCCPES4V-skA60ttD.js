import{r as e,t}from"./chunk-FGVZ23HU-BPCx7QWn.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CO_hLNd3.js";import"./mermaid-DDO87dEF.js";import"./chunk-D5HYT7QG-UbSLj8qz.js";import"./chunk-F3AE6A5H-rAHXDfX6.js";import"./chunk-MDAHDJXZ-PHbOncIF.js";import"./chunk-MPYPSXSE-Lp0rFH1k.js";import"./chunk-GZTWQ64R-BF1uEjZy.js";import"./chunk-DZSZGQHW-DS0DobUi.js";import"./chunk-ND7LMLKX-B1IGFn4M.js";import"./chunk-T47YP6PS-CvUemci0.js";import"./chunk-OWCVCYLK-t5k5s9cy.js";import"./chunk-QDWOWVBQ-BzRUhT46.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};