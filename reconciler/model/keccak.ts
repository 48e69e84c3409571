/**
 * keccak256 for the refresh's hot paths: js-sha3 (a dependency of its own, the same package solc-js uses) hashes the
 * short inputs the refresh hashes by the ten thousand — deployment parameter lists (chain/refresh-shared.ts
 * `namedValuesHash`) and EIP-55 address checksums (model/address.ts) — about 4× faster than viem's
 * @noble/hashes keccak256. Everywhere else the reconciler keeps viem's `keccak256`; the two are compared on random and
 * edge inputs in reconciler/test/chain/keccak.test.ts.
 */
import sha3 from "js-sha3";
import type { Hex } from "viem";

/** keccak256 of `bytes` (a Buffer or Uint8Array), as 0x-prefixed lower-case hex (viem's `keccak256(bytes)`). */
export function keccak256Bytes(bytes: Uint8Array): Hex {
  return `0x${sha3.keccak256(bytes)}`;
}

/**
 * EIP-55 checksum of an address given as its 40 lower-case hex digits (no 0x, not checked here): a letter is upper
 * case where the matching nibble of keccak256(the 40 ASCII digits) is 8 or more.
 */
export function checksumLower40(lower: string): Hex {
  const hash = sha3.keccak256(lower); // ASCII in, 64 hex digits out: nibble i is hash[i]
  let out = "0x";
  for (let i = 0; i < 40; i++) {
    const c = lower[i]!;
    // '8'..'9' are 56..57 and 'a'..'f' 97..102: a nibble ≥ 8 is a char code ≥ 56
    out += c >= "a" && hash.charCodeAt(i) >= 56 ? c.toUpperCase() : c;
  }
  return out as Hex;
}
