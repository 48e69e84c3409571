/**
 * keccak256 for the refresh's hot paths: the short inputs hashed by the ten thousand — deployment parameter lists
 * (chain/refresh-shared.ts `namedValuesHash`), limit ids (chain/names.ts) and EIP-55 address checksums
 * (model/address.ts). Two backends give the same digests:
 * - hash-wasm's WebAssembly keccak (model/keccak-wasm.ts; a checksum ~2.5× cheaper than with js-sha3, docs/reconciler-scale.md
 *   "Session 7 (hash14)") once compiled: asynchronous, so the first digest of a process starts it
 *   (`startKeccakWasm`, also callable earlier) and goes on with js-sha3 until it is ready — never at module load:
 *   `halo --help` / `--version` load no WASM (reconciler/test/bin.test.ts);
 * - js-sha3 (the package solc-js uses) until then, and wherever the WASM cannot be compiled.
 * Everywhere else the reconciler keeps viem's `keccak256`; both backends are compared with it on random and edge
 * inputs in reconciler/test/chain/keccak.test.ts.
 */
import sha3 from "js-sha3";
import type { Hex } from "viem";

/** The WebAssembly hasher once compiled (hash-wasm's `IHasher`, the part used here). */
interface WasmKeccak {
  init(): unknown;
  update(data: Uint8Array): unknown;
  digest(outputType: "binary"): Uint8Array;
  digest(outputType?: "hex"): string;
}

let wasm: WasmKeccak | undefined;
let wasmStart: Promise<boolean> | undefined;
/** Which backend new digests use (tests). */
let useWasm = true;

/**
 * Compile hash-wasm's keccak in the background (idempotent); true once it is used. Until it resolves, and when it
 * fails (no WebAssembly), digests come from js-sha3 — the same values.
 */
export function startKeccakWasm(): Promise<boolean> {
  wasmStart ??= import("./keccak-wasm.js")
    .then((m) => m.createKeccak(256))
    .then(
      (hasher) => {
        wasm = hasher as unknown as WasmKeccak;
        return true;
      },
      () => false,
    );
  return wasmStart;
}

/** The backend of new digests: "wasm" once `startKeccakWasm()` has resolved, "js" before or when told (tests). */
export function keccakBackend(): "wasm" | "js" {
  return wasm !== undefined && useWasm ? "wasm" : "js";
}

/** Tests: force js-sha3 (`false`) or let the WASM be used when ready (`true`, the default). */
export function useKeccakWasm(on: boolean): void {
  useWasm = on;
}

/** The WASM hasher fed with `bytes` when it is ready and chosen; else undefined (starting its compilation). */
function wasmFed(bytes: Uint8Array): WasmKeccak | undefined {
  if (wasm === undefined) {
    void startKeccakWasm();
    return undefined;
  }
  if (!useWasm) return undefined;
  wasm.init();
  wasm.update(bytes);
  return wasm;
}

/** keccak256 of `bytes` as 32 bytes (a new array). */
export function keccakDigest(bytes: Uint8Array): Uint8Array {
  return wasmFed(bytes)?.digest("binary") ?? new Uint8Array(sha3.keccak256.arrayBuffer(bytes));
}

/** keccak256 of `bytes` (a Buffer or Uint8Array), as 0x-prefixed lower-case hex (viem's `keccak256(bytes)`). */
export function keccak256Bytes(bytes: Uint8Array): Hex {
  const hasher = wasmFed(bytes);
  return `0x${hasher !== undefined ? hasher.digest("hex") : sha3.keccak256(bytes)}`;
}

/** "0x" and then 40 hex digits: the checksum is built here in place and read out as one flat string. */
const scratch = Buffer.alloc(42);
scratch[0] = 0x30; // 0
scratch[1] = 0x78; // x
const digits = scratch.subarray(2);
const HEX_DIGIT = Buffer.from("0123456789abcdef", "latin1");

/**
 * EIP-55: a letter of the 40 lower-case hex digits is upper case where the matching nibble of keccak256(the 40 ASCII
 * digits) is 8 or more — digit 2k takes the high nibble of hash byte k, digit 2k + 1 the low one. `digits` holds
 * them; 'a'..'f' are 97..102, upper case 32 less.
 */
function checksumDigits(): Hex {
  const hash = keccakDigest(digits);
  for (let k = 0; k < 20; k++) {
    const h = hash[k]!;
    const hi = digits[2 * k]!;
    const lo = digits[2 * k + 1]!;
    if (h & 0x80 && hi >= 97) digits[2 * k] = hi - 32;
    if (h & 0x08 && lo >= 97) digits[2 * k + 1] = lo - 32;
  }
  return scratch.toString("latin1", 0, 42) as Hex;
}

/**
 * EIP-55 checksum of an address given as its 40 lower-case hex digits (no 0x, not checked here: the caller has
 * checked them).
 */
export function checksumLower40(lower: string): Hex {
  digits.write(lower, 0, 40, "latin1");
  return checksumDigits();
}

/**
 * EIP-55 checksum of `0x` and 40 hex digits in any case (not checked here: the caller has matched
 * /^0x[0-9a-fA-F]{40}$/), lower-cased in place: no string is built but the answer.
 */
export function checksumHex(address: string): Hex {
  scratch.write(address, 0, 42, "latin1");
  for (let i = 2; i < 42; i++) {
    const c = scratch[i]!;
    if (c >= 65 && c <= 70) scratch[i] = c + 32; // 'A'..'F'
  }
  return checksumDigits();
}

/** EIP-55 checksum of the 20 bytes of `bytes` at `at` (not bounds checked: the caller reads inside its data). */
export function checksumBytes20(bytes: Uint8Array, at: number): Hex {
  for (let k = 0; k < 20; k++) {
    const b = bytes[at + k]!;
    digits[2 * k] = HEX_DIGIT[b >> 4]!;
    digits[2 * k + 1] = HEX_DIGIT[b & 15]!;
  }
  return checksumDigits();
}
