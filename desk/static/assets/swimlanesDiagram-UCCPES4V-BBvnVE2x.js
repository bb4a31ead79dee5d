import{r as e,t}from"./chunk-FGVZ23HU-CMIcKIid.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-Bw9jLVQV.js";import"./mermaid-Be0E8vaD.js";import"./chunk-D5HYT7QG-D36avBw5.js";import"./chunk-F3AE6A5H-C6C5JoNy.js";import"./chunk-MDAHDJXZ-Bcn56Iha.js";import"./chunk-MPYPSXSE-Deu6cWNA.js";import"./chunk-GZTWQ64R-OWCBMG38.js";import"./chunk-DZSZGQHW-DdNIVNIO.js";import"./chunk-ND7LMLKX-DNFEFcjf.js";import"./chunk-T47YP6PS-DYEUUyb0.js";import"./chunk-OWCVCYLK-1zOeNp0R.js";import"./chunk-QDWOWVBQ-Zvc3xdQP.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};