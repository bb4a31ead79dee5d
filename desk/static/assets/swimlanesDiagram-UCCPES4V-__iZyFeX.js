import{r as e,t}from"./chunk-FGVZ23HU-C03_JS4x.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-_cL3sm7n.js";import"./mermaid-CF850SEa.js";import"./chunk-D5HYT7QG-syedrF73.js";import"./chunk-F3AE6A5H-_A2ywPc7.js";import"./chunk-MDAHDJXZ-CvYTnFhF.js";import"./chunk-MPYPSXSE-BvhXQXUp.js";import"./chunk-GZTWQ64R-DgEeW1mZ.js";import"./chunk-DZSZGQHW-BoA4EJrb.js";import"./chunk-ND7LMLKX-BJHxwTQr.js";import"./chunk-T47YP6PS-CN0To0qJ.js";import"./chunk-OWCVCYLK-BSoAOPBb.js";import"./chunk-QDWOWVBQ-BSG2C7Ic.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};