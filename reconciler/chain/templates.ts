/**
 * The two v1 templates a fresh system starts with, exactly as `HaloTemplateSpecs` in
 * contracts/script/DeploySystem.s.sol (used by the deploy script and SystemFixture) defines them: LCTS Portfolio
 * (`lcts-portfolio` v1) and NFAT Term (`nfat-term` v1). Implementations are filled in by `deploySystem`; code
 * hashes are the implementations' `extcodehash`. A change there must be mirrored here (system.test.ts checks
 * the kinds, components and code hashes on chain).
 */
import type { Address, Hex } from "viem";
import { BEACON, COMPONENT, KIND, LIMIT, toBytes32Name } from "./names.js";

export const LCTS_TEMPLATE = { id: "lcts-portfolio", version: 1 } as const;
export const NFAT_TEMPLATE = { id: "nfat-term", version: 1 } as const;

/** Day-0 rate limit of both templates (reference: 100k USD, refilled over a day) and the Day-0 cycle count. */
export const DAY0_LIMIT = 100_000n * 10n ** 18n;
export const DAY0_SLOPE = DAY0_LIMIT / 86_400n;
export const DAY0_CYCLES = 7;

export interface ComponentInput {
  name: Hex;
  implementation: Address;
  codeHash: Hex;
}

/** ITemplateRegistry.TemplateSpec as viem encodes it. */
export interface TemplateSpecInput {
  kind: Hex;
  beaconKinds: readonly Hex[];
  classComponents: readonly ComponentInput[];
  unitComponents: readonly ComponentInput[];
  classRanges: readonly { name: Hex; min: bigint; max: bigint }[];
  unitRanges: readonly { name: Hex; min: bigint; max: bigint }[];
  day0Limits: readonly { flow: Hex; maxAmount: bigint; slope: bigint }[];
  day0Cycles: number;
  audit: { hash: Hex; uri: string };
  /** Deposit assets the template accepts; empty = any asset with readable decimals (Day-0 amounts are 18-decimal
   *  reference units, scaled by the factory to the asset's decimals). */
  depositAssets: readonly Address[];
}

/** Implementation addresses and their code hashes, by component name. */
export type Implementations = Record<(typeof COMPONENT)[keyof typeof COMPONENT], { address: Address; codeHash: Hex }>;

const DAY = 86_400n;
const E18 = 10n ** 18n;
const MAX_UINT256 = (1n << 256n) - 1n;

function component(impls: Implementations, name: keyof Implementations): ComponentInput {
  return { name: toBytes32Name(name), implementation: impls[name].address, codeHash: impls[name].codeHash };
}

const range = (name: string, min: bigint, max: bigint) => ({ name: toBytes32Name(name), min, max });

function day0(): TemplateSpecInput["day0Limits"] {
  return [
    { flow: LIMIT.LIMIT_UNIT_INFLOW, maxAmount: DAY0_LIMIT, slope: DAY0_SLOPE },
    { flow: LIMIT.LIMIT_UNIT_OUTFLOW, maxAmount: DAY0_LIMIT, slope: DAY0_SLOPE },
  ];
}

export function lctsPortfolioSpec(impls: Implementations, audit: { uri: string; hash: Hex }): TemplateSpecInput {
  return {
    kind: KIND.PORTFOLIO_LCTS,
    beaconKinds: [toBytes32Name(BEACON.LCTS)],
    classComponents: [component(impls, "ALMProxy"), component(impls, "RateLimits"), component(impls, "HaloController")],
    unitComponents: [
      component(impls, "HaloShareToken"),
      component(impls, "SubscribeQueue"),
      component(impls, "RedeemQueue"),
    ],
    classRanges: [],
    unitRanges: [
      range("capacity", 0n, 10n ** 27n),
      range("seniority", 0n, 1n), // 0 senior, 1 junior
      range("targetYieldBps", 0n, 2000n),
      range("maxRateIncreaseBps", 1n, 100n),
      range("minDeposit", 0n, 1_000_000n * E18),
      range("initialExchangeRate", E18 / 2n, 2n * E18),
    ],
    day0Limits: day0(),
    day0Cycles: DAY0_CYCLES,
    audit: { hash: audit.hash, uri: audit.uri },
    depositAssets: [],
  };
}

export function nfatTermSpec(impls: Implementations, audit: { uri: string; hash: Hex }): TemplateSpecInput {
  return {
    kind: KIND.TERM_NFAT,
    beaconKinds: [toBytes32Name(BEACON.NFAT), toBytes32Name(BEACON.ATTEST)],
    classComponents: [
      component(impls, "ALMProxy"),
      component(impls, "RateLimits"),
      component(impls, "HaloController"),
      component(impls, "NfatFacility"),
      component(impls, "NfatDealToken"),
      component(impls, "NfatRedeem"),
    ],
    unitComponents: [],
    classRanges: [
      range("termMin", 30n * DAY, 3650n * DAY),
      range("termMax", 30n * DAY, 3650n * DAY),
      range("sizeMin", 1000n * E18, 10n ** 27n),
      range("sizeMax", 1000n * E18, 10n ** 27n),
      range("apyMinBps", 0n, 3000n),
      range("apyMaxBps", 0n, 3000n),
      range("restrictedDepositors", 0n, 1n),
      range("transferAllowList", 0n, 1n),
      range("assetType", 0n, MAX_UINT256),
      range("jurisdiction", 0n, MAX_UINT256),
    ],
    unitRanges: [],
    day0Limits: day0(),
    day0Cycles: DAY0_CYCLES,
    audit: { hash: audit.hash, uri: audit.uri },
    depositAssets: [],
  };
}
