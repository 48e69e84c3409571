/**
 * Address checksums once per run. viem's own caches hold 8,192 entries; a tree of 1,000 classes touches tens of
 * thousands of addresses, so at scale every `getAddress` / strict `isAddress` recomputed a keccak256. These
 * drop-in replacements remember every answer for the life of the process (cleared past a million entries, so
 * a long-running beacon cannot grow without bound).
 */
import { type Address, getAddress as viemGetAddress, isAddress as viemIsAddress } from "viem";

const MAX_ENTRIES = 1_000_000;
const checksummed = new Map<string, Address>();
const strictValid = new Map<string, boolean>();

/** viem's `getAddress` (EIP-55 checksum; throws on an invalid address), memoized. */
export function getAddress(address: string): Address {
  let known = checksummed.get(address);
  if (known === undefined) {
    known = viemGetAddress(address); // throws for an invalid address: nothing is remembered
    if (checksummed.size >= MAX_ENTRIES) checksummed.clear();
    checksummed.set(address, known);
  }
  return known;
}

/**
 * viem's `isAddress`, memoized for the strict form (the default): 0x and 40 hex digits, and a mixed-case
 * address must carry a valid EIP-55 checksum.
 */
export function isAddress(address: string, options: { strict?: boolean } = {}): address is Address {
  if (options.strict === false) return viemIsAddress(address, { strict: false });
  let known = strictValid.get(address);
  if (known === undefined) {
    known = viemIsAddress(address, { strict: true });
    if (strictValid.size >= MAX_ENTRIES) strictValid.clear();
    strictValid.set(address, known);
  }
  return known;
}
