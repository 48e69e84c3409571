/** hash-wasm's per-algorithm build of keccak (a UMD file: CommonJS in node), typed as the package types it. */
declare module "hash-wasm/dist/keccak.umd.min.js" {
  const keccakBuild: { createKeccak: typeof import("hash-wasm").createKeccak };
  export default keccakBuild;
}
