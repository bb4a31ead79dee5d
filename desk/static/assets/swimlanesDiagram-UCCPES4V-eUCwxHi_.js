import{r as e,t}from"./chunk-FGVZ23HU-9fWBwcFX.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-DlyN46Zr.js";import"./mermaid-BtpDVico.js";import"./chunk-D5HYT7QG-BM2pW9Pk.js";import"./chunk-F3AE6A5H-BAIzRc8N.js";import"./chunk-MDAHDJXZ-Ch4zcBF5.js";import"./chunk-MPYPSXSE-CHsx54HK.js";import"./chunk-GZTWQ64R-B2gtaomZ.js";import"./chunk-DZSZGQHW-XWE7-r9F.js";import"./chunk-ND7LMLKX-b7Ue9NU-.js";import"./chunk-T47YP6PS-Cg1Lh7Q2.js";import"./chunk-OWCVCYLK-CfVfFHvZ.js";import"./chunk-QDWOWVBQ-Bbgp7iBZ.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};