/**
 * The on-chain encodings the reconciler shares with the contracts: left-aligned ASCII `bytes32` names
 * (ids, components, parameters, beacon kinds), keccak256 kinds, rate-limit identifiers and keys.
 * Mirrors contracts/src/factory/deployers/FactoryNames.sol and contracts/src/pau/RateLimitKeys.sol.
 */
import { type Address, type Hex, encodeAbiParameters, hexToString, keccak256, stringToHex, toBytes, zeroAddress } from "viem";
import { writeHexDigits } from "../model/hex-digits.js";
import { keccak256Bytes } from "../model/keccak.js";

// Names are converted tens of thousands of times per plan at scale (every record, unit and component): each
// distinct value once per run (cleared past 100,000 entries).
const toNames = new Map<string, Hex>();
const fromNames = new Map<string, string>();
const remembered = <K, V>(map: Map<K, V>, key: K, value: V): V => {
  if (map.size >= 100_000) map.clear();
  map.set(key, value);
  return value;
};

/** `"acme-mmf"` → `0x61636d652d6d6d66000…` (left-aligned, zero-padded; at most 32 ASCII bytes). */
export function toBytes32Name(name: string): Hex {
  const known = toNames.get(name);
  if (known !== undefined) return known;
  if (!/^[\x20-\x7e]*$/.test(name)) throw new Error(`"${name}" is not printable ASCII: it cannot be an on-chain name`);
  if (name.length > 32) throw new Error(`"${name}" is longer than 32 bytes: it cannot be an on-chain name`);
  return remembered(toNames, name, stringToHex(name, { size: 32 }));
}

/** The inverse of `toBytes32Name`: trailing zero bytes dropped. */
export function fromBytes32Name(value: Hex): string {
  const known = fromNames.get(value);
  if (known !== undefined) return known;
  return remembered(fromNames, value, asciiName(value) ?? hexToString(value, { size: 32 }).replace(/\0+$/, ""));
}

const nameBytes = Buffer.alloc(32);
/**
 * `fromBytes32Name`'s common case without viem: `0x` and 64 hex digits whose bytes are ASCII (under 0x80), decoded
 * byte for byte with the trailing zero bytes dropped — what `hexToString` (TextDecoder, UTF-8) gives for such bytes
 * (compared on random inputs in names.test.ts). Anything else: undefined (the caller takes viem's path, its errors).
 */
function asciiName(value: string): string | undefined {
  if (value.length !== 66 || value.charCodeAt(0) !== 48 || value.charCodeAt(1) !== 120) return undefined;
  if (!writeHexDigits(nameBytes, 0, value, 32)) return undefined;
  let end = 32;
  while (end > 0 && nameBytes[end - 1] === 0) end--;
  for (let i = 0; i < end; i++) if (nameBytes[i]! >= 0x80) return undefined;
  return nameBytes.toString("latin1", 0, end);
}

export const ZERO_BYTES32: Hex = `0x${"00".repeat(32)}`;

/** A unit record's deal when the unit has none (every field zero: an LCTS or legacy unit), as a new object. */
export function noDeal(): { dealToken: Address; tokenId: bigint; depositor: Address; principal: bigint; bookId: Hex; termsHash: Hex } {
  return { dealToken: zeroAddress, tokenId: 0n, depositor: zeroAddress, principal: 0n, bookId: ZERO_BYTES32, termsHash: ZERO_BYTES32 };
}

export const KIND = {
  PORTFOLIO_LCTS: keccak256(toBytes("PORTFOLIO_LCTS")),
  TERM_NFAT: keccak256(toBytes("TERM_NFAT")),
} as const;

/** The desired model's kind names (reconciler/model/desired.ts TemplateKind) by on-chain kind hash. */
export function kindName(kind: Hex): "portfolio-lcts" | "term-nfat" | Hex {
  if (kind.toLowerCase() === KIND.PORTFOLIO_LCTS) return "portfolio-lcts";
  if (kind.toLowerCase() === KIND.TERM_NFAT) return "term-nfat";
  return kind;
}

export const BEACON = { LCTS: "lpha-lcts", NFAT: "lpha-nfat", ATTEST: "lpha-attest" } as const;

/** Beacon kinds (on-chain names) → the desired model's `beacons.*` keys. */
export const BEACON_FIELD: Record<string, string> = {
  "lpha-lcts": "lphaLcts",
  "lpha-nfat": "lphaNfat",
  "lpha-attest": "lphaAttest",
};

export const COMPONENT = {
  ALM_PROXY: "ALMProxy",
  RATE_LIMITS: "RateLimits",
  CONTROLLER: "HaloController",
  NFAT_FACILITY: "NfatFacility",
  NFAT_DEAL_TOKEN: "NfatDealToken",
  NFAT_REDEEM: "NfatRedeem",
  SHARE_TOKEN: "HaloShareToken",
  SUBSCRIBE_QUEUE: "SubscribeQueue",
  REDEEM_QUEUE: "RedeemQueue",
} as const;

/**
 * Unit seniority as a template parameter. The v1 Portfolio template accepts 0 (senior) and 1 (junior);
 * `mezzanine` (2) is representable so that a tree declaring it is refused by the template's range at plan time.
 */
export const SENIORITY_CODES = { senior: 0n, junior: 1n, mezzanine: 2n } as const;

export function seniorityName(code: bigint): string | bigint {
  for (const [name, value] of SENIORITY_ENTRIES) if (value === code) return name;
  return code;
}
const SENIORITY_ENTRIES = Object.entries(SENIORITY_CODES);

export const LIMIT = {
  LIMIT_TRANSFER: keccak256(toBytes("LIMIT_TRANSFER")),
  LIMIT_UNIT_INFLOW: keccak256(toBytes("LIMIT_UNIT_INFLOW")),
  LIMIT_UNIT_OUTFLOW: keccak256(toBytes("LIMIT_UNIT_OUTFLOW")),
} as const;

/**
 * FactoryLib.scaleDay0: a template's Day-0 amount (18-decimal reference units) in the deposit asset's own units,
 * rounded down; unlimited (max uint256) stays unlimited. The factory refuses assets with more than 36 decimals.
 */
export function scaleDay0(amount: bigint, decimals: number): bigint {
  const MAX = (1n << 256n) - 1n;
  if (amount === MAX || decimals === 18) return amount;
  if (decimals < 18) return amount / 10n ** BigInt(18 - decimals);
  return amount * 10n ** BigInt(decimals - 18);
}

/** RateLimitKeys.assetCounterpartyKey(limitId, asset, counterparty). */
export function assetCounterpartyKey(limitId: Hex, asset: Address, counterparty: Address): Hex {
  // abi.encode(bytes32, address, address) is three static words: written by hand into one 96-byte buffer (viem's
  // encoder checksums both addresses, a keccak each) and hashed with js-sha3 / the WASM keccak (model/keccak.ts),
  // remembered per run (the refresh and the plan ask the same keys) by limit id → asset → counterparty as given:
  // no key string is built, and the strings the map keeps are the caller's own (a second spelling of an address
  // is only a second entry).
  let byAsset = counterpartyKeys.get(limitId);
  if (byAsset === undefined) counterpartyKeys.set(limitId, (byAsset = new Map()));
  let byCounterparty = byAsset.get(asset);
  if (byCounterparty === undefined) byAsset.set(asset, (byCounterparty = new Map()));
  let key = byCounterparty.get(counterparty);
  if (key === undefined) {
    key = keyBytes(limitId, asset, counterparty)
      ? keccak256Bytes(keyWords)
      : keccak256(
          encodeAbiParameters(
            [{ type: "bytes32" }, { type: "address" }, { type: "address" }],
            [limitId, asset, counterparty],
          ),
        );
    if (++counterpartyKeyCount > 1_000_000) {
      counterpartyKeys.clear();
      counterpartyKeyCount = 0;
    } else byCounterparty.set(counterparty, key);
  }
  return key;
}
const counterpartyKeys = new Map<string, Map<string, Map<string, Hex>>>();
let counterpartyKeyCount = 0;
/** The three words `keyBytes` writes: limit id, asset (left-padded), counterparty (left-padded). */
const keyWords = Buffer.alloc(96);

/**
 * Writes the three words of (limitId, asset, counterparty) into `keyWords`; false unless each is `0x` and exactly
 * 64 / 40 / 40 hex digits (model/hex-digits.ts), in which case viem's encoder answers (and throws what it throws).
 */
function keyBytes(limitId: string, asset: string, counterparty: string): boolean {
  return hexWord(limitId, 0, 32) && hexWord(asset, 32 + 12, 20) && hexWord(counterparty, 64 + 12, 20);
}
function hexWord(value: string, at: number, bytes: number): boolean {
  return (
    value.length === 2 + 2 * bytes &&
    value.charCodeAt(0) === 48 &&
    value.charCodeAt(1) === 120 &&
    writeHexDigits(keyWords, at, value, bytes)
  );
}

/** OpenZeppelin role ids: `keccak256("NAME")`; DEFAULT_ADMIN_ROLE is zero (defined in model/roles.ts). */
export { roleId } from "../model/roles.js";
