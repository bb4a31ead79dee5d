import{r as e,t}from"./chunk-FGVZ23HU-o0j0AFX8.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BU644IpR.js";import"./mermaid-B5EQmdEQ.js";import"./chunk-D5HYT7QG-CYYbPKWc.js";import"./chunk-F3AE6A5H-BJVO0L_u.js";import"./chunk-MDAHDJXZ-BjOgZcw9.js";import"./chunk-MPYPSXSE-xIqklbgX.js";import"./chunk-GZTWQ64R-DOIRlKu_.js";import"./chunk-DZSZGQHW-CShIBHGS.js";import"./chunk-ND7LMLKX-DHsZgoWj.js";import"./chunk-T47YP6PS-BSXorhYy.js";import"./chunk-OWCVCYLK-B-YtgU93.js";import"./chunk-QDWOWVBQ-D7fCES_y.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};