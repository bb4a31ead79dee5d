import{r as e,t}from"./chunk-FGVZ23HU-DsXdlrIu.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-CKAvh1ye.js";import"./mermaid-CIa5O_Jf.js";import"./chunk-D5HYT7QG-Now9TUPJ.js";import"./chunk-F3AE6A5H-BCo_ShBa.js";import"./chunk-MDAHDJXZ-BHTfEhqz.js";import"./chunk-MPYPSXSE-DdiDFBta.js";import"./chunk-GZTWQ64R-BG5rftta.js";import"./chunk-DZSZGQHW-zNf--qI_.js";import"./chunk-ND7LMLKX-C7JJNSEk.js";import"./chunk-T47YP6PS-Dkb7hkbc.js";import"./chunk-OWCVCYLK-CnR5N8kD.js";import"./chunk-QDWOWVBQ-CUWdgvzb.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};