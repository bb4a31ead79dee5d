import{r as e,t}from"./chunk-FGVZ23HU-D2SMIY7w.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BdjwWPdw.js";import"./mermaid-ClPlLlrm.js";import"./chunk-D5HYT7QG-Dn31mJSg.js";import"./chunk-F3AE6A5H-BKnuCQNw.js";import"./chunk-MDAHDJXZ-CvhNv_m5.js";import"./chunk-MPYPSXSE-DwhgfAwX.js";import"./chunk-GZTWQ64R-j0i38j4t.js";import"./chunk-DZSZGQHW-1cPfB5C2.js";import"./chunk-ND7LMLKX-BWLHbU0s.js";import"./chunk-T47YP6PS-BiSeSv6K.js";import"./chunk-OWCVCYLK-Dolg8CO-.js";import"./chunk-QDWOWVBQ-BmERuCDC.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};