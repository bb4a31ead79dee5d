// Modules shipped without type declarations.
declare module "plotly.js-strict-dist-min";
