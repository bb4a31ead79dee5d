import{r as e,t}from"./chunk-FGVZ23HU-CANYncPH.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CViNQTsQ.js";import"./mermaid-BK0jnQ-6.js";import"./chunk-D5HYT7QG-BqhpmE7C.js";import"./chunk-F3AE6A5H-CZVBmcX7.js";import"./chunk-MDAHDJXZ-V-YZ2pR6.js";import"./chunk-MPYPSXSE-K9_Zvvnk.js";import"./chunk-GZTWQ64R-DaGZ9pnZ.js";import"./chunk-DZSZGQHW-u3tMAHQ3.js";import"./chunk-ND7LMLKX-zQtWXde7.js";import"./chunk-T47YP6PS-V2OQ7K61.js";import"./chunk-OWCVCYLK-DgLaqqpB.js";import"./chunk-QDWOWVBQ-Ct9QG_Cy.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};