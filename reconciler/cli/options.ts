/**
 * Parsers of command-line option values, one per kind of value, shared by every command so that the same kind of
 * value is accepted (and refused, with the same words) everywhere. Commander calls them; an `InvalidArgumentError`
 * becomes its one-line "option '--x <v>' argument 'y' is invalid. must be …" message.
 */
import { InvalidArgumentError } from "commander";
import type { Address, Hex } from "viem";
import { ADDRESS_RULE } from "../config/index.js";
import { getAddress, isAddress } from "../model/address.js";

export { ADDRESS_RULE };

/**
 * An address: `0x` + 40 hex digits; mixed case must be a valid EIP-55 checksum (a mistyped character in a
 * checksummed address is caught here, not sent to). Returned checksummed.
 */
export function addressOption(value: string): Address {
  if (!isAddress(value, { strict: true })) throw new InvalidArgumentError(ADDRESS_RULE);
  return getAddress(value);
}

/** A whole number (decimal digits only), as a bigint; `what` names it in the refusal. */
export function wholeNumberOption(what = "a whole number"): (value: string) => bigint {
  return (value) => {
    if (!/^[0-9]+$/.test(value)) throw new InvalidArgumentError(`must be ${what}`);
    return BigInt(value);
  };
}

/** A block number. */
export const blockNumberOption = wholeNumberOption("a block number");

/** A 32-byte hash (`0x` + 64 hex digits), lower case. */
export function hashOption(value: string): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(value)) throw new InvalidArgumentError("must be a 32-byte hash (0x + 64 hex digits)");
  return value.toLowerCase() as Hex;
}
