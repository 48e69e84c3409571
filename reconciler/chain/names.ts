/**
 * The on-chain encodings the reconciler shares with the contracts: left-aligned ASCII `bytes32` names
 * (ids, components, parameters, beacon kinds), keccak256 kinds, rate-limit identifiers and keys.
 * Mirrors contracts/src/factory/deployers/FactoryNames.sol and contracts/src/pau/RateLimitKeys.sol.
 */
import { type Address, type Hex, encodeAbiParameters, hexToString, keccak256, stringToHex, toBytes, zeroAddress } from "viem";
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
  return remembered(fromNames, value, hexToString(value, { size: 32 }).replace(/\0+$/, ""));
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
  for (const [name, value] of Object.entries(SENIORITY_CODES)) if (value === code) return name;
  return code;
}

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
  // abi.encode(bytes32, address, address) is three static words: built by hand (viem's encoder checksums both
  // addresses, a keccak each), remembered per run (every refresh of a plan asks the same keys again).
  const id = `${limitId}${asset}${counterparty}`.toLowerCase();
  let key = counterpartyKeys.get(id);
  if (key === undefined) {
    // js-sha3 (model/keccak.ts, as model/address.ts's checksums): about 3× viem's keccak256 on these 96 bytes
    key = HEX32.test(limitId) && HEX20.test(asset) && HEX20.test(counterparty)
      ? keccak256Bytes(Buffer.from(`${limitId.slice(2)}${PAD12}${asset.slice(2)}${PAD12}${counterparty.slice(2)}`, "hex"))
      : keccak256(
          encodeAbiParameters(
            [{ type: "bytes32" }, { type: "address" }, { type: "address" }],
            [limitId, asset, counterparty],
          ),
        );
    if (counterpartyKeys.size >= 1_000_000) counterpartyKeys.clear();
    counterpartyKeys.set(id, key);
  }
  return key;
}
const counterpartyKeys = new Map<string, Hex>();
const HEX32 = /^0x[0-9a-fA-F]{64}$/;
const HEX20 = /^0x[0-9a-fA-F]{40}$/;
const PAD12 = "0".repeat(24);

/** OpenZeppelin role ids: `keccak256("NAME")`; DEFAULT_ADMIN_ROLE is zero (defined in model/roles.ts). */
export { roleId } from "../model/roles.js";
