/**
 * Address checksums once per run. viem's own caches hold 8,192 entries; a tree of 1,000 classes touches tens of
 * thousands of addresses, so at scale every `getAddress` / strict `isAddress` recomputed a keccak256. These
 * drop-in replacements remember every answer for the life of the process in one map (cleared past a million entries,
 * so a long-running beacon cannot grow without bound), keyed by the string asked for and by the checksummed form, and
 * for 20 bytes of a packed answer by the bytes themselves (`addressFromBytes`: no string is built for an address
 * already seen) — and compute a new one from bytes in place
 * (model/keccak.ts: hash-wasm's keccak once started, js-sha3 before): same answers and the same error as viem
 * (reconciler/test/chain/keccak.test.ts compares them on both backends).
 */
import { type Address, InvalidAddressError, isAddress as viemIsAddress } from "viem";
import { checksumBytes20, checksumHex } from "./keccak.js";

const MAX_ENTRIES = 1_000_000;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** Checksummed addresses by the `0x…` string they were asked for (and by their own checksummed form). */
const known = new Map<string, Address>();

function remember(key: string, address: Address): void {
  if (known.size >= MAX_ENTRIES) {
    known.clear();
    clearBytes();
  }
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

/**
 * Checksummed addresses by their 20 bytes: an open-addressing table (linear probing) over the bytes themselves, so
 * an address read from a packed answer or a cache file is looked up without building a string: the answer comes
 * back as the one string the table holds. `byBytes` holds the bytes of entry i at i × 20, `byValue` its address,
 * `slots` entry + 1 (0: empty) at each position; it grows at half full and is cleared with `known`.
 */
let slots = new Int32Array(1 << 12);
let byBytes = Buffer.alloc(20 << 11);
let byValue: Address[] = [];

/** A 20-byte address's slot hash (its first and last four bytes mixed; vanity or small addresses differ at the end). */
function hash20(b: Uint8Array, at: number): number {
  const head = (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!;
  const tail = (b[at + 16]! << 24) | (b[at + 17]! << 16) | (b[at + 18]! << 8) | b[at + 19]!;
  const h = Math.imul(head ^ Math.imul(tail, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** Entry i's bytes equal the 20 bytes at `at` of `b`. */
function sameBytes(i: number, b: Uint8Array, at: number): boolean {
  const o = i * 20;
  for (let k = 0; k < 20; k++) if (byBytes[o + k] !== b[at + k]) return false;
  return true;
}

function placeSlot(i: number): void {
  const mask = slots.length - 1;
  let s = hash20(byBytes, i * 20) & mask;
  while (slots[s] !== 0) s = (s + 1) & mask;
  slots[s] = i + 1;
}

function addBytes(b: Uint8Array, at: number, address: Address): void {
  if (byValue.length >= MAX_ENTRIES) clearBytes();
  const i = byValue.length;
  if ((i + 1) * 20 > byBytes.length) {
    const grown = Buffer.alloc(byBytes.length * 2);
    byBytes.copy(grown);
    byBytes = grown;
  }
  for (let k = 0; k < 20; k++) byBytes[i * 20 + k] = b[at + k]!;
  byValue.push(address);
  if (2 * byValue.length > slots.length) {
    slots = new Int32Array(slots.length * 2);
    for (let j = 0; j < byValue.length; j++) placeSlot(j);
  } else placeSlot(i);
}

function clearBytes(): void {
  slots = new Int32Array(1 << 12);
  byBytes = Buffer.alloc(20 << 11);
  byValue = [];
}

/**
 * The checksummed address of the 20 bytes at `at` of `bytes` (a packed answer's or a cache file's), found by its
 * bytes; a new one is checksummed from the bytes in place and remembered under its bytes and under its checksummed
 * form (which `getAddress` is asked for later: decoded records, names). The caller keeps `at + 20` inside `bytes`.
 */
export function addressFromBytes(bytes: Uint8Array, at: number): Address {
  const mask = slots.length - 1;
  for (let s = hash20(bytes, at) & mask; ; s = (s + 1) & mask) {
    const e = slots[s]!;
    if (e === 0) break;
    if (sameBytes(e - 1, bytes, at)) return byValue[e - 1]!;
  }
  const a = checksumBytes20(bytes, at);
  addBytes(bytes, at, a);
  remember(a, a);
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
