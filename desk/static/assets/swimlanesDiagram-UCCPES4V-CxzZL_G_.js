import{r as e,t}from"./chunk-FGVZ23HU-0AMSX436.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CDOJSFto.js";import"./mermaid-4c1hrnY5.js";import"./chunk-D5HYT7QG-B7hJBKU2.js";import"./chunk-F3AE6A5H-Bx1Jqa87.js";import"./chunk-MDAHDJXZ-DoJ-Qgeg.js";import"./chunk-MPYPSXSE-D5KJBLTA.js";import"./chunk-GZTWQ64R-oDN2K8qY.js";import"./chunk-DZSZGQHW-BOZxI1EG.js";import"./chunk-ND7LMLKX-B3OYbMJC.js";import"./chunk-T47YP6PS-Boy4MYhG.js";import"./chunk-OWCVCYLK-BU-g4N2J.js";import"./chunk-QDWOWVBQ-Cm3DDOE7.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};