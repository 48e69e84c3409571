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
 *   prime.<id>.govOps.<address>              `cBeams(govOps)` as `cBeam`, `rateLimitsCBeams(rl, govOps)` as `rateLimits`
 *   prime.<id>.init.<target>.<flow>          `BeamState.initRateLimits(key, rl)` (maxAmount, slope), with key, rateLimits
 *   prime.<id>.rateLimit.<target>.<flow>     `RateLimits.getRateLimitData(key)` (maxAmount, slope), `Configurator.zzz`,
 *                                            `getInitRateLimits` as init.maxAmount / init.slope
 *
 * plus the Prime RateLimits' own `hop` / `maxChange` into `observed.pas` (so `sorlOf` gives the effective SORL) and
 * the GovOps' cBEAM status into `observed.pas.cBeams`. Every read is at the observed block.
 */
import {
  type Address,
  type Client,
  type Hex,
  encodeAbiParameters,
  keccak256,
  parseAbiParameters,
  stringToBytes,
} from "viem";
import { getCode, readContract } from "viem/actions";
import { pasBeamStateAbi, pasConfiguratorAbi, rateLimitsAbi } from "../abi/index.js";
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
 * Read every declared Prime's PAS state at `observed.blockNumber` and add it to `observed` (resources, SORL
 * parameters of the Prime RateLimits, cBEAM status of the Prime GovOps). `keys` are the derived keys by
 * `prime.<id>.rateLimit.<target>.<flow>` address; flows without a key (target not deployed nor predicted) are skipped.
 */
export async function refreshPrimes(
  client: Client,
  observed: ObservedState,
  primes: readonly DesiredPrime[],
  keys: Record<string, Hex>,
): Promise<void> {
  const at = { blockNumber: observed.blockNumber } as const;
  const { beamState, configurator } = observed.system;
  const bs = <T>(functionName: string, args: readonly unknown[]) =>
    readContract(client, { address: beamState, abi: pasBeamStateAbi, functionName, args, ...at } as never) as Promise<T>;
  await Promise.all(
    primes.map(async (prime) => {
      const rl = prime.rateLimits;
      const base = `prime.${prime.id}`;
      const code = await getCode(client, { address: rl, ...at });
      const hasCode = code !== undefined && code !== "0x";
      const fields: Record<string, FieldValue> = {
        rateLimits: rl,
        controller: prime.controller,
        almProxy: prime.almProxy,
        code: hasCode,
      };
      const [registered, hop, maxChange, cBeam, granted] = await Promise.all([
        bs<bigint>("rateLimits", [rl]),
        bs<bigint>("hop", [rl]),
        bs<bigint>("maxChange", [rl]),
        bs<bigint>("cBeams", [prime.govOps]),
        bs<bigint>("rateLimitsCBeams", [rl, prime.govOps]),
      ]);
      fields["pas.configuratorAdmin"] = hasCode
        ? await readContract(client, {
            address: rl,
            abi: rateLimitsAbi,
            functionName: "hasRole",
            args: [DEFAULT_ADMIN_ROLE, configurator],
            ...at,
          }).catch(() => false)
        : false;
      observed.resources[base] = { type: "prime", fields };
      if (registered === 1n) observed.resources[`${base}.pas`] = { type: "prime", fields: { rateLimits: rl } };
      const lower = rl.toLowerCase();
      if (hop !== 0n) observed.pas.hop[lower] = hop;
      if (maxChange !== 0n) observed.pas.maxChange[lower] = maxChange;
      const who = prime.govOps.toLowerCase();
      if (cBeam === 1n && !observed.pas.cBeams.includes(who)) observed.pas.cBeams.push(who);
      if (cBeam === 1n || granted === 1n)
        observed.resources[`${base}.govOps.${who}`] = {
          type: "primeGovOps",
          fields: { cBeam: cBeam === 1n, rateLimits: granted === 1n },
        };

      const flows = Object.entries(keys).filter(([address]) => address.startsWith(`${base}.rateLimit.`));
      await Promise.all(
        flows.map(async ([address, key]) => {
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
      );
    }),
  );
}
