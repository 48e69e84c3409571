/**
 * The Prime side on chain: the rate-limit keys a Prime's controller derives for a Halo target, and the refresh of
 * what PAS and the Prime's RateLimits hold for every declared Prime (halos/primes.yaml), as resources of the
 * observed model:
 *
 *   prime.<id>                               the Prime's PAU: fields rateLimits / controller / almProxy, `code`
 *                                            (the RateLimits has code), `pas.configuratorAdmin` (the PAS Configurator
 *                                            holds DEFAULT_ADMIN on the RateLimits: PASAuthorizeInPAU, the Prime's governance)
 *   prime.<id>.pas                           the Prime's RateLimits registered in PAS (`BeamState.rateLimits(rl) == 1`;
 *                                            absent when not)
 *   prime.<id>.govOps.<address>              `cBeams(account)` as `cBeam`, `rateLimitsCBeams(rl, account)` as `rateLimits`:
 *                                            the declared GovOps when it is either; any other account (found by the
 *                                            `SetCBeamForRateLimits` logs of the Prime's RateLimits, from block 0)
 *                                            while it is granted on the Prime's RateLimits (`primeCBeamGrantees`)
 *   prime.<id>.init.<target>.<flow>          `BeamState.initRateLimits(key, rl)` (maxAmount, slope), with key, rateLimits
 *   prime.<id>.rateLimit.<target>.<flow>     `RateLimits.getRateLimitData(key)` (maxAmount, slope), `Configurator.zzz`,
 *                                            `getInitRateLimits` as init.maxAmount / init.slope
 *
 * and, for offboarding (docs/operations.md, "Offboarding a Prime"), the same two resources of every flow of a deployed
 * Halo target the Prime no longer declares (`PrimeOffboardTarget`, `primeOffboardTargets`), while the limit or the init is not 0 / 0, with what
 * the Prime's ALMProxy still holds in the target as `held` / `queued` on the redeem flow's resources;
 *
 * plus the Prime RateLimits' own `hop` / `maxChange` into `observed.pas` (so `sorlOf` gives the effective SORL) and
 * the GovOps' cBEAM status into `observed.pas.cBeams`. Every read is at the observed block.
 */
import {
  type Address,
  type Client,
  type Hex,
  encodeAbiParameters,
  getAddress,
  keccak256,
  parseAbiParameters,
  stringToBytes,
} from "viem";
import { getCode, getLogs, readContract } from "viem/actions";
import {
  haloShareTokenAbi,
  nfatDealTokenAbi,
  nfatFacilityAbi,
  pasBeamStateAbi,
  pasConfiguratorAbi,
  rateLimitsAbi,
  redeemQueueAbi,
  subscribeQueueAbi,
} from "../abi/index.js";
import type { DesiredState } from "../model/desired.js";
import type { DesiredPrime, PrimeFlow } from "../model/prime.js";
import type { FieldValue, ObservedState, Resource, ResourceMap } from "../model/observed.js";

const name = (s: string): Hex => keccak256(stringToBytes(s));

/** The base keys of the Prime controller (spark-alm-controller's constants). */
export const PRIME_LIMIT = {
  LIMIT_7540_DEPOSIT: name("LIMIT_7540_DEPOSIT"),
  LIMIT_7540_REDEEM: name("LIMIT_7540_REDEEM"),
  LIMIT_NFAT_PRIME_SUBSCRIBE: name("LIMIT_NFAT_PRIME_SUBSCRIBE"),
  LIMIT_NFAT_PRIME_WITHDRAW: name("LIMIT_NFAT_PRIME_WITHDRAW"),
} as const;

/** `keccak256(abi.encode(key, a))` (RateLimitHelpers.makeAddressKey). */
export function makeAddressKey(key: Hex, a: Address): Hex {
  return keccak256(encodeAbiParameters(parseAbiParameters("bytes32, address"), [key, a]));
}

/** `keccak256(abi.encode(key, a, b))` (RateLimitHelpers.makeAddressAddressKey). */
export function makeAddressAddressKey(key: Hex, a: Address, b: Address): Hex {
  return keccak256(encodeAbiParameters(parseAbiParameters("bytes32, address, address"), [key, a, b]));
}

/** The contracts of a Halo target the Prime's controller calls (and keys on). */
export type PrimeTargetContracts =
  | { kind: "unit"; subscribeQueue: Address; redeemQueue: Address }
  | { kind: "term-class"; facility: Address; asset: Address };

/**
 * The key the Prime's controller spends for `flow` into / out of the target (keyDerivation `spark-alm`):
 * a Portfolio unit is an asynchronous (ERC-7540-like) request queue, keyed on the queue the controller calls; a Term
 * class is an NFAT facility, keyed as Spark's NFAT Prime facet keys it (subscribe: asset and facility; withdraw:
 * facility).
 */
export function primeKey(target: PrimeTargetContracts, flow: PrimeFlow): Hex {
  if (target.kind === "unit")
    return flow === "deposit"
      ? makeAddressKey(PRIME_LIMIT.LIMIT_7540_DEPOSIT, target.subscribeQueue)
      : makeAddressKey(PRIME_LIMIT.LIMIT_7540_REDEEM, target.redeemQueue);
  return flow === "deposit"
    ? makeAddressAddressKey(PRIME_LIMIT.LIMIT_NFAT_PRIME_SUBSCRIBE, target.asset, target.facility)
    : makeAddressKey(PRIME_LIMIT.LIMIT_NFAT_PRIME_WITHDRAW, target.facility);
}

const DEFAULT_ADMIN_ROLE: Hex = `0x${"00".repeat(32)}`;

/** The keys refresh reads, per `prime.<id>.rateLimit.<target>.<flow>` address (from the desired resources). */
export function primeKeysFromResources(desired: ResourceMap): Record<string, Hex> {
  const out: Record<string, Hex> = {};
  for (const [address, r] of Object.entries(desired))
    if (r.type === "primeRateLimit" && typeof r.fields.key === "string") out[address] = r.fields.key as Hex;
  return out;
}

/**
 * A deployed Halo target a Prime may still hold limits toward though halos/primes.yaml no longer allocates it (or
 * the Prime is offboarded): read for the teardown. `shareToken` (a unit) is where the Prime's shares are.
 */
export interface PrimeOffboardTarget {
  /** The target's id (a Portfolio unit or a Term class). */
  id: string;
  contracts: PrimeTargetContracts;
  /** A unit's HaloShareToken. */
  shareToken?: Address;
  /** A Term class's NfatDealToken (the deals the Prime holds are still to be redeemed). */
  dealToken?: Address;
}

/**
 * The tree's deployed Halo targets (Portfolio units, Term classes) with the contracts the Prime's keys and holdings
 * are read on, from the observed registry records: what refresh reads for the flows a Prime no longer declares.
 */
export function primeOffboardTargets(state: DesiredState, observed: ObservedState): PrimeOffboardTarget[] {
  if ((state.primes ?? []).length === 0) return [];
  return deployedPrimeTargets(state, observed);
}

/** Every deployed Halo target of the tree a Prime may allocate into (whether or not a Prime is declared). */
export function deployedPrimeTargets(state: DesiredState, observed: ObservedState): PrimeOffboardTarget[] {
  const out: PrimeOffboardTarget[] = [];
  const addr = (resource: string, field: string) => {
    const v = observed.resources[resource]?.fields[field];
    return typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? getAddress(v) : undefined;
  };
  for (const c of state.classes) {
    const cls = `class.${c.id}`;
    if (c.kind === "term-nfat") {
      const facility = addr(cls, "address.NfatFacility");
      const dealToken = addr(cls, "address.NfatDealToken");
      if (facility !== undefined)
        out.push({ id: c.id, contracts: { kind: "term-class", facility, asset: c.params.depositAsset }, ...(dealToken ? { dealToken } : {}) });
    } else if (c.kind === "portfolio-lcts") {
      for (const u of c.units) {
        const ua = `${cls}.unit.${u.id}`;
        const subscribeQueue = addr(ua, "address.SubscribeQueue");
        const redeemQueue = addr(ua, "address.RedeemQueue");
        const shareToken = addr(ua, "address.HaloShareToken");
        if (subscribeQueue !== undefined && redeemQueue !== undefined)
          out.push({ id: u.id, contracts: { kind: "unit", subscribeQueue, redeemQueue }, ...(shareToken ? { shareToken } : {}) });
      }
    }
  }
  return out;
}

const SET_CBEAM_FOR_RATE_LIMITS = pasBeamStateAbi.find(
  (x) => x.type === "event" && x.name === "SetCBeamForRateLimits",
)! as Extract<(typeof pasBeamStateAbi)[number], { type: "event"; name: "SetCBeamForRateLimits" }>;

/**
 * Every account ever granted a cBEAM on `rateLimits` (BeamState's `SetCBeamForRateLimits` logs up to `blockNumber`),
 * lower case. The scan starts at block 0, not at the system's deploy block: a Prime's grants are as old as its PAS
 * onboarding, which may precede the Halo Factory; the filter (BeamState, the event, the RateLimits) keeps the answer
 * to that Prime's grants. `fromBlock` narrows it for providers that cap a log range (at or before BeamState's
 * deployment loses nothing). The caller reads each candidate's current grant.
 */
export async function primeCBeamGrantees(
  client: Client,
  beamState: Address,
  rateLimits: Address,
  blockNumber: bigint,
  fromBlock = 0n,
): Promise<string[]> {
  const logs = await getLogs(client, {
    address: beamState,
    event: SET_CBEAM_FOR_RATE_LIMITS,
    args: { rateLimits_: rateLimits },
    fromBlock,
    toBlock: blockNumber,
  });
  return [...new Set(logs.map((l) => (l.args.cBeam as Address).toLowerCase()))];
}

/**
 * What the Prime's ALMProxy still has in a target, every way money can still come out of it:
 * - `held`: shares of a unit it holds or may claim from the subscribe queue (a Term class: its facility position);
 * - `queued`: deposits still queued in the subscribe queue (the deposit asset);
 * - `redeeming`: shares queued in the unit's redeem queue, not yet settled (`RedeemQueue.underlyingOf`);
 * - `owed`: what a settled redemption pays it and it has not claimed yet (`RedeemQueue.pendingReward`, the asset);
 * - `deals`: deal NFTs of a Term class it holds (`NfatDealToken.balanceOf`), each still to be redeemed.
 */
export interface PrimeHoldings {
  held: bigint;
  queued: bigint;
  redeeming: bigint;
  owed: bigint;
  deals: bigint;
}

/** What the Prime's ALMProxy still has in a target (PrimeHoldings), read at `blockNumber`. */
export async function primeHoldings(
  client: Client,
  target: PrimeOffboardTarget,
  holder: Address,
  blockNumber: bigint,
): Promise<PrimeHoldings> {
  const at = { blockNumber } as const;
  const none = { held: 0n, queued: 0n, redeeming: 0n, owed: 0n, deals: 0n };
  if (target.contracts.kind === "term-class") {
    const [held, deals] = await Promise.all([
      readContract(client, { address: target.contracts.facility, abi: nfatFacilityAbi, functionName: "sharesOf", args: [holder], ...at }),
      target.dealToken === undefined
        ? Promise.resolve(0n)
        : readContract(client, { address: target.dealToken, abi: nfatDealTokenAbi, functionName: "balanceOf", args: [holder], ...at }),
    ]);
    return { ...none, held, deals };
  }
  const queue = target.contracts.subscribeQueue;
  const redeem = target.contracts.redeemQueue;
  const [balance, claimable, queued, redeeming, owed] = await Promise.all([
    target.shareToken === undefined
      ? Promise.resolve(0n)
      : readContract(client, { address: target.shareToken, abi: haloShareTokenAbi, functionName: "balanceOf", args: [holder], ...at }),
    readContract(client, { address: queue, abi: subscribeQueueAbi, functionName: "pendingReward", args: [holder], ...at }),
    readContract(client, { address: queue, abi: subscribeQueueAbi, functionName: "underlyingOf", args: [holder], ...at }),
    // the redeem queue has the same LCTS views (redeemQueueAbi): shares queued, and the asset a settlement owes
    readContract(client, { address: redeem, abi: redeemQueueAbi, functionName: "underlyingOf", args: [holder], ...at }),
    readContract(client, { address: redeem, abi: redeemQueueAbi, functionName: "pendingReward", args: [holder], ...at }),
  ]);
  return { ...none, held: balance + claimable, queued, redeeming, owed };
}

/**
 * Read every declared Prime's PAS state at `observed.blockNumber` and add it to `observed` (resources, SORL
 * parameters of the Prime RateLimits, cBEAM status of the Prime GovOps). `keys` are the derived keys by
 * `prime.<id>.rateLimit.<target>.<flow>` address; flows without a key (target not deployed nor predicted) are skipped.
 * `targets` are the tree's deployed Halo targets: the flows toward them a Prime does not declare are read too (the
 * teardown of an allocation removed from halos/primes.yaml).
 */
export async function refreshPrimes(
  client: Client,
  observed: ObservedState,
  primes: readonly DesiredPrime[],
  keys: Record<string, Hex>,
  targets: readonly PrimeOffboardTarget[] = [],
): Promise<void> {
  const at = { blockNumber: observed.blockNumber } as const;
  const { beamState, configurator } = observed.system;
  const bs = <T>(functionName: string, args: readonly unknown[]) =>
    readContract(client, { address: beamState, abi: pasBeamStateAbi, functionName, args, ...at } as never) as Promise<T>;
  await Promise.all(
    primes.map(async (prime) => {
      const rl = prime.rateLimits;
      const base = `prime.${prime.id}`;
      const declaredGovOps = prime.offboard ? undefined : prime.govOps.toLowerCase();
      const [code, grantees] = await Promise.all([
        getCode(client, { address: rl, ...at }),
        primeCBeamGrantees(client, beamState, rl, observed.blockNumber),
      ]);
      const hasCode = code !== undefined && code !== "0x";
      const fields: Record<string, FieldValue> = {
        rateLimits: rl,
        controller: prime.controller,
        almProxy: prime.almProxy,
        code: hasCode,
      };
      const accounts = [...new Set([prime.govOps.toLowerCase(), ...grantees])] as Address[];
      // one round: the PAS state and the Configurator's admin role on the Prime RateLimits
      const [registered, hop, maxChange, statuses, configuratorAdmin] = await Promise.all([
        bs<bigint>("rateLimits", [rl]),
        bs<bigint>("hop", [rl]),
        bs<bigint>("maxChange", [rl]),
        Promise.all(accounts.map((a) => Promise.all([bs<bigint>("cBeams", [a]), bs<bigint>("rateLimitsCBeams", [rl, a])]))),
        hasCode
          ? readContract(client, {
              address: rl,
              abi: rateLimitsAbi,
              functionName: "hasRole",
              args: [DEFAULT_ADMIN_ROLE, configurator],
              ...at,
            }).catch(() => false)
          : false,
      ]);
      fields["pas.configuratorAdmin"] = configuratorAdmin;
      observed.resources[base] = { type: "prime", fields };
      if (registered === 1n) observed.resources[`${base}.pas`] = { type: "prime", fields: { rateLimits: rl } };
      const lower = rl.toLowerCase();
      if (hop !== 0n) observed.pas.hop[lower] = hop;
      if (maxChange !== 0n) observed.pas.maxChange[lower] = maxChange;
      accounts.forEach((who, i) => {
        const [cBeam, granted] = statuses[i]!;
        if (cBeam === 1n && !observed.pas.cBeams.includes(who)) observed.pas.cBeams.push(who);
        // the declared GovOps is reported while it is vetted or granted; any other account while it is granted on
        // the Prime's RateLimits (its vetting as a cBEAM may serve other grants: it is not the Prime's to revoke)
        if (who === declaredGovOps ? cBeam === 1n || granted === 1n : granted === 1n)
          observed.resources[`${base}.govOps.${who}`] = {
            type: "primeGovOps",
            fields: { cBeam: cBeam === 1n, rateLimits: granted === 1n },
          };
      });

      const flows = Object.entries(keys).filter(([address]) => address.startsWith(`${base}.rateLimit.`));
      // the declared flows and the undeclared ones (their teardown) are read in the same rounds
      await Promise.all([
        refreshUndeclaredFlows(client, observed, prime, keys, targets, hasCode),
        ...flows.map(async ([address, key]) => {
          const [init, effectiveInit, zzz] = await Promise.all([
            bs<readonly [bigint, bigint]>("initRateLimits", [key, rl]),
            bs<{ maxAmount: bigint; slope: bigint }>("getInitRateLimits", [key, rl]),
            readContract(client, { address: configurator, abi: pasConfiguratorAbi, functionName: "zzz", args: [rl, key], ...at }),
          ]);
          const initAddress = address.replace(".rateLimit.", ".init.");
          if (init[0] !== 0n || init[1] !== 0n)
            observed.resources[initAddress] = {
              type: "primeInit",
              fields: { key, rateLimits: rl, maxAmount: init[0], slope: init[1] },
            };
          if (!hasCode) return;
          const data = await readContract(client, {
            address: rl,
            abi: rateLimitsAbi,
            functionName: "getRateLimitData",
            args: [key],
            ...at,
          });
          if (data.maxAmount === 0n && data.slope === 0n && data.lastUpdated === 0n) return;
          const r: Resource = {
            type: "primeRateLimit",
            fields: {
              key,
              rateLimits: rl,
              maxAmount: data.maxAmount,
              slope: data.slope,
              zzz,
              "init.maxAmount": effectiveInit.maxAmount,
              "init.slope": effectiveInit.slope,
            },
          };
          observed.resources[address] = r;
        }),
      ]);
    }),
  );
}

const FLOWS: readonly PrimeFlow[] = ["deposit", "redeem"];

/**
 * The flows of `prime` toward deployed Halo targets that halos/primes.yaml does not declare: the init and the limit
 * while either is not 0 / 0 (a limit torn down to 0 / 0 with its init deleted is gone), and on the redeem flow what
 * the Prime's ALMProxy still holds in the target (`held`: shares; `queued`: deposits not yet settled).
 */
async function refreshUndeclaredFlows(
  client: Client,
  observed: ObservedState,
  prime: DesiredPrime,
  keys: Record<string, Hex>,
  targets: readonly PrimeOffboardTarget[],
  hasCode: boolean,
): Promise<void> {
  const at = { blockNumber: observed.blockNumber } as const;
  const rl = prime.rateLimits;
  const reads = targets.flatMap((t) =>
    FLOWS.map((flow) => ({ t, flow, address: `prime.${prime.id}.rateLimit.${t.id}.${flow}` })).filter(
      (x) => keys[x.address] === undefined,
    ),
  );
  await Promise.all(
    reads.map(async ({ t, flow, address }) => {
      const key = primeKey(t.contracts, flow);
      const [init, data] = await Promise.all([
        readContract(client, { address: observed.system.beamState, abi: pasBeamStateAbi, functionName: "initRateLimits", args: [key, rl], ...at }),
        hasCode
          ? readContract(client, { address: rl, abi: rateLimitsAbi, functionName: "getRateLimitData", args: [key], ...at })
          : Promise.resolve(undefined),
      ]);
      const initSet = init[0] !== 0n || init[1] !== 0n;
      const limitSet = data !== undefined && (data.maxAmount !== 0n || data.slope !== 0n);
      if (!initSet && !limitSet) return;
      const holdings: Record<string, FieldValue> = {};
      if (flow === "redeem") {
        const h = await primeHoldings(client, t, prime.almProxy, observed.blockNumber);
        holdings.held = h.held;
        holdings.queued = h.queued;
        // the redeem queue's position and a Term class's deals, only when there are any
        if (h.redeeming > 0n) holdings.redeeming = h.redeeming;
        if (h.owed > 0n) holdings.owed = h.owed;
        if (h.deals > 0n) holdings.deals = h.deals;
      }
      if (initSet)
        observed.resources[address.replace(".rateLimit.", ".init.")] = {
          type: "primeInit",
          fields: { key, rateLimits: rl, maxAmount: init[0], slope: init[1], ...holdings },
        };
      if (limitSet)
        observed.resources[address] = {
          type: "primeRateLimit",
          fields: { key, rateLimits: rl, maxAmount: data!.maxAmount, slope: data!.slope, ...holdings },
        };
    }),
  );
}
