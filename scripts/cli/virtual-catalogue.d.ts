// The catalogue scripts/cli/build.ts puts into the doku-errors bundle, built from content/ at bundle time.
declare module "virtual:doku-catalogue" {
  const catalogue: import("../../lib/decode/catalogue").DecodeCatalogue;
  export default catalogue;
}
