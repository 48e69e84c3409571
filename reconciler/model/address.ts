/**
 * Address checksums once per run. viem's own caches hold 8,192 entries; a tree of 1,000 classes touches tens of
 * thousands of addresses, so at scale every `getAddress` / strict `isAddress` recomputed a keccak256. These
 * drop-in replacements remember every answer for the life of the process (cleared past a million entries, so
 * a long-running beacon cannot grow without bound), and compute a new one with js-sha3's keccak (model/keccak.ts,
 * ~4× viem's): same answers and the same error as viem (reconciler/test/chain/keccak.test.ts compares them).
 */
import { type Address, InvalidAddressError, isAddress as viemIsAddress } from "viem";
import { checksumLower40 } from "./keccak.js";

const MAX_ENTRIES = 1_000_000;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const checksummed = new Map<string, Address>();
const strictValid = new Map<string, boolean>();

/** viem's `getAddress` (EIP-55 checksum of any-case input; throws InvalidAddressError on a malformed one), memoized. */
export function getAddress(address: string): Address {
  let known = checksummed.get(address);
  if (known === undefined) {
    if (!ADDRESS.test(address)) throw new InvalidAddressError({ address }); // nothing is remembered
    known = checksumLower40(address.slice(2).toLowerCase());
    if (checksummed.size >= MAX_ENTRIES) checksummed.clear();
    checksummed.set(address, known);
    // the checksummed form is asked for too (records, names already checksummed): remember it under its own key
    checksummed.set(known, known);
  }
  return known;
}

/**
 * viem's `isAddress`, memoized for the strict form (the default): 0x and 40 hex digits, and an address that is not
 * all lower case must carry a valid EIP-55 checksum.
 */
export function isAddress(address: string, options: { strict?: boolean } = {}): address is Address {
  if (options.strict === false) return viemIsAddress(address, { strict: false });
  let known = strictValid.get(address);
  if (known === undefined) {
    known = ADDRESS.test(address) && (address.toLowerCase() === address || getAddress(address) === address);
    if (strictValid.size >= MAX_ENTRIES) strictValid.clear();
    strictValid.set(address, known);
  }
  return known;
}
