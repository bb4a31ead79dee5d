import{r as e,t}from"./chunk-FGVZ23HU-Cd7NL2nU.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CyI-CV1I.js";import"./mermaid-DxUPHL7P.js";import"./chunk-D5HYT7QG-DRmO2YIJ.js";import"./chunk-F3AE6A5H-DbDDPuxo.js";import"./chunk-MDAHDJXZ-BVzAn3Iz.js";import"./chunk-MPYPSXSE-BGDsBieT.js";import"./chunk-GZTWQ64R-LFKbTBvG.js";import"./chunk-DZSZGQHW-Bwf3DA1q.js";import"./chunk-ND7LMLKX-Cuuby5e-.js";import"./chunk-T47YP6PS-DaFq3rHN.js";import"./chunk-OWCVCYLK-OYth1lD8.js";import"./chunk-QDWOWVBQ-KqZHerpz.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};