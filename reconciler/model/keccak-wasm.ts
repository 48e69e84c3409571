/**
 * hash-wasm's keccak alone (its per-algorithm build, 11 KB with the WebAssembly inline), in a module of its own:
 * model/keccak.ts imports it with `import()` on the first digest of a process, so the bundle
 * (scripts/build-cli.mjs) puts it in a chunk `halo --help` never loads — and not hash-wasm's thirty other algorithms
 * (the package's main file, 270 KB).
 */
import keccakBuild from "hash-wasm/dist/keccak.umd.min.js";

export const createKeccak = keccakBuild.createKeccak;
