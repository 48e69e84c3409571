/**
 * Address checksums once per run. viem's own caches hold 8,192 entries; a tree of 1,000 classes touches tens of
 * thousands of addresses, so at scale every `getAddress` / strict `isAddress` recomputed a keccak256. These
 * drop-in replacements remember every answer for the life of the process in one map (cleared past a million entries,
 * so a long-running beacon cannot grow without bound), keyed by the string asked for and by the checksummed form (20 bytes of a packed answer: by their
 * lower-case `0x…` form, `addressFromBytes`, no string concatenation) — and compute a new one from bytes in place
 * (model/keccak.ts: hash-wasm's keccak once started, js-sha3 before): same answers and the same error as viem
 * (reconciler/test/chain/keccak.test.ts compares them on both backends).
 */
import { type Address, InvalidAddressError, isAddress as viemIsAddress } from "viem";
import { checksumBytes20, checksumHex } from "./keccak.js";

const MAX_ENTRIES = 1_000_000;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** Checksummed addresses by the `0x…` string they were asked for (bytes: by their lower-case form). */
const known = new Map<string, Address>();

function remember(key: string, address: Address): void {
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(key, address);
}

/** viem's `getAddress` (EIP-55 checksum of any-case input; throws InvalidAddressError on a malformed one), memoized. */
export function getAddress(address: string): Address {
  let a = known.get(address);
  if (a === undefined) {
    if (!ADDRESS.test(address)) throw new InvalidAddressError({ address }); // nothing is remembered
    a = checksumHex(address);
    remember(address, a);
    // the checksummed form comes back (decoded records, names): remember it under its own key, or it costs a keccak
    if (a !== address) remember(a, a);
  }
  return a;
}

/** "0x" and the 40 lower-case hex digits of the bytes `addressFromBytes` is asked for: the map's key. */
const key = Buffer.alloc(42);
key.write("0x", 0, "latin1");
const HEX_DIGIT = Buffer.from("0123456789abcdef", "latin1");

/**
 * The checksummed address of the 20 bytes at `at` of `bytes` (a packed answer's or a cache file's): the key is the
 * lower-case `0x…` form read out of a scratch buffer, the same key `getAddress` of that form uses. The caller keeps
 * `at + 20` inside `bytes`.
 */
export function addressFromBytes(bytes: Uint8Array, at: number): Address {
  for (let k = 0; k < 20; k++) {
    const b = bytes[at + k]!;
    key[2 + 2 * k] = HEX_DIGIT[b >> 4]!;
    key[3 + 2 * k] = HEX_DIGIT[b & 15]!;
  }
  const lower = key.toString("latin1", 0, 42);
  let a = known.get(lower);
  if (a === undefined) {
    remember(lower, (a = checksumBytes20(bytes, at)));
    if (a !== lower) remember(a, a); // as in getAddress
  }
  return a;
}

/**
 * viem's `isAddress`, memoized for the strict form (the default): 0x and 40 hex digits, and an address that is not
 * all lower case must carry a valid EIP-55 checksum.
 */
export function isAddress(address: string, options: { strict?: boolean } = {}): address is Address {
  if (options.strict === false) return viemIsAddress(address, { strict: false });
  let a = known.get(address);
  if (a === undefined) {
    if (!ADDRESS.test(address)) return false;
    a = getAddress(address);
  }
  return a === address || address.toLowerCase() === address;
}
