import{r as e,t}from"./chunk-FGVZ23HU-DojXwqzQ.js";import"./chunk-KTR4FSNJ-DSr3q0Xy.js";import"./chunk-CNRTWJTD-X-o9nO3o.js";import"./mermaid-CCqU_YAj.js";import"./chunk-D5HYT7QG-Dw-CDBMn.js";import"./chunk-F3AE6A5H-BIXx1uCp.js";import"./chunk-MDAHDJXZ-9uC2ZrJh.js";import"./chunk-MPYPSXSE-BiArUR8O.js";import"./chunk-GZTWQ64R-Dx7zs_FG.js";import"./chunk-DZSZGQHW-BVNZBTaM.js";import"./chunk-ND7LMLKX-DUSE44FH.js";import"./chunk-T47YP6PS-B-Ra1vWd.js";import"./chunk-OWCVCYLK-C7F6Sysz.js";import"./chunk-QDWOWVBQ-vm5-Ry_p.js";import"./d3-selection-COWvaQNI.js";import{n}from"./chunk-Y2CYZVJY-DsF7k-Jl.js";var r=t({styles:n(t=>`${e(t)}
  .swimlane.cluster:not([data-color-id]) rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};