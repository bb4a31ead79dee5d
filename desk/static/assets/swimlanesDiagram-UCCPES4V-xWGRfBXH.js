import{r as e,t}from"./chunk-FGVZ23HU-Czcih7SJ.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-C86N2zvl.js";import"./mermaid-ByUudgTe.js";import"./chunk-D5HYT7QG-BcA1Ynsk.js";import"./chunk-F3AE6A5H-DhHI63Z-.js";import"./chunk-MDAHDJXZ-DUgj-ndF.js";import"./chunk-MPYPSXSE-B96PGwln.js";import"./chunk-GZTWQ64R-BQpQUbsv.js";import"./chunk-DZSZGQHW-Cf4anFRF.js";import"./chunk-ND7LMLKX-Bfv6msZf.js";import"./chunk-T47YP6PS-CRg3VuXf.js";import"./chunk-OWCVCYLK-BonGfL63.js";import"./chunk-QDWOWVBQ-ET93mqKe.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};