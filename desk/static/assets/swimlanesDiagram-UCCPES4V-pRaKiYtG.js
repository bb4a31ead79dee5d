import{r as e,t}from"./chunk-FGVZ23HU-TlwdMzzd.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-_KRQZvEm.js";import"./mermaid-rcs3O_xr.js";import"./chunk-D5HYT7QG-CUiPFTWw.js";import"./chunk-F3AE6A5H-U75oqM-k.js";import"./chunk-MDAHDJXZ-DJxdJ_31.js";import"./chunk-MPYPSXSE-O0BaabGz.js";import"./chunk-GZTWQ64R-BjDmRTjT.js";import"./chunk-DZSZGQHW-FD3FyBgx.js";import"./chunk-ND7LMLKX-BDv0Hq05.js";import"./chunk-T47YP6PS-COQnUX2k.js";import"./chunk-OWCVCYLK-Dbi03HNq.js";import"./chunk-QDWOWVBQ-DAmxnDJV.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};