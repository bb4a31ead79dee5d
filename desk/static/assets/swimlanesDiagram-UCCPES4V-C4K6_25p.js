import{r as e,t}from"./chunk-FGVZ23HU-D3GDAsKl.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-COr0_m0L.js";import"./mermaid-BA7Jtj19.js";import"./chunk-D5HYT7QG-F4ST87Yi.js";import"./chunk-F3AE6A5H-D1GVHXJ-.js";import"./chunk-MDAHDJXZ-vcx1MzUG.js";import"./chunk-MPYPSXSE-BrhElRFN.js";import"./chunk-GZTWQ64R-DVadmWKo.js";import"./chunk-DZSZGQHW-DAPM3c0y.js";import"./chunk-ND7LMLKX-B4pzpdeb.js";import"./chunk-T47YP6PS-Bh7yIPqt.js";import"./chunk-OWCVCYLK-D0aHDr6f.js";import"./chunk-QDWOWVBQ-DeQsy_xP.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};