import{r as e,t}from"./chunk-FGVZ23HU-CSdAFtpm.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BkS85DVq.js";import"./mermaid-gBzgQibG.js";import"./chunk-D5HYT7QG-C1v_ZOp0.js";import"./chunk-F3AE6A5H-ljgAQabO.js";import"./chunk-MDAHDJXZ-CxGFGaFd.js";import"./chunk-MPYPSXSE-DIFGNuTC.js";import"./chunk-GZTWQ64R-BGPJyjzW.js";import"./chunk-DZSZGQHW-Dd8inBTf.js";import"./chunk-ND7LMLKX-DyEot4MR.js";import"./chunk-T47YP6PS-CSprGOCR.js";import"./chunk-OWCVCYLK-CsJj_Q_g.js";import"./chunk-QDWOWVBQ-DqD95EPo.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};