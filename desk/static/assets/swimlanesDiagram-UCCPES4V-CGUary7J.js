import{r as e,t}from"./chunk-FGVZ23HU-DRJLDuM2.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-BppGxbp8.js";import"./mermaid-DOykj_x1.js";import"./chunk-D5HYT7QG-DUac8Yb8.js";import"./chunk-F3AE6A5H-DzBKCWjC.js";import"./chunk-MDAHDJXZ-CddJAKIy.js";import"./chunk-MPYPSXSE-D3j-02zM.js";import"./chunk-GZTWQ64R-Dr5WtjNs.js";import"./chunk-DZSZGQHW-C2p7V1vN.js";import"./chunk-ND7LMLKX-DCdI5JeU.js";import"./chunk-T47YP6PS-YJgnt0tJ.js";import"./chunk-OWCVCYLK-Bt4h4EzL.js";import"./chunk-QDWOWVBQ-bI0NK0-s.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};