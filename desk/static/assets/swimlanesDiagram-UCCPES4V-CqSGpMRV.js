import{r as e,t}from"./chunk-FGVZ23HU-DzanCaNf.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BOVD5PYu.js";import"./mermaid-CGaa1ovX.js";import"./chunk-D5HYT7QG-BX2PqwJT.js";import"./chunk-F3AE6A5H-BnKysYoo.js";import"./chunk-MDAHDJXZ-NY1cKib0.js";import"./chunk-MPYPSXSE-CgTIAzZ2.js";import"./chunk-GZTWQ64R-gxGejj7v.js";import"./chunk-DZSZGQHW-CfLk0XnI.js";import"./chunk-ND7LMLKX-DtaVMKj2.js";import"./chunk-T47YP6PS-CBU1wywK.js";import"./chunk-OWCVCYLK-BO5gEzcG.js";import"./chunk-QDWOWVBQ-C3glXP0W.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};