import{r as e,t}from"./chunk-FGVZ23HU-JPusiV03.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-DifgLl_R.js";import"./mermaid-BpWAoESC.js";import"./chunk-D5HYT7QG-BlCSDbSc.js";import"./chunk-F3AE6A5H-XYeEM4Jt.js";import"./chunk-MDAHDJXZ-BFnRA6ZO.js";import"./chunk-MPYPSXSE-CTmMluLH.js";import"./chunk-GZTWQ64R-CpGHDHdg.js";import"./chunk-DZSZGQHW-DO3Oy57d.js";import"./chunk-ND7LMLKX-DA80lSTS.js";import"./chunk-T47YP6PS-DwTTruFz.js";import"./chunk-OWCVCYLK-D90LH-RP.js";import"./chunk-QDWOWVBQ-CHvLYLFa.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};