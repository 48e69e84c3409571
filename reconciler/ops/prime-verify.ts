/**
 * `halo verify prime <id>`: the onboarding checklist of a Prime declared in halos/primes.yaml, read from the chain.
 *
 *   pau.code                           the Prime's RateLimits, controller and ALMProxy have code
 *   pau.configuratorAdmin              the PAS Configurator is DEFAULT_ADMIN of the Prime's RateLimits (PASAuthorizeInPAU)
 *   pas.registered                     `BeamState.rateLimits(rl) == 1`
 *   pas.beamState / pas.timelock       BeamState not stopped, the PAS Timelock not paused
 *   cbeam.grant                        the Prime's GovOps is a cBEAM (`cBeams`) granted on its RateLimits (`rateLimitsCBeams`);
 *                                      for a Prime with `offboard: true`, that the grant is revoked
 *   cbeam.undeclared                   no other account holds a cBEAM grant on the Prime's RateLimits (the
 *                                      `SetCBeamForRateLimits` logs of that RateLimits from block 0, each re-read)
 *   target.<target>                    the target is in the HaloRegistry (a unit / a Term class) with the contracts the key uses
 *   init.<target>.<flow>               `initRateLimits(key, rl)` equals the declared init
 *   ratelimit.<target>.<flow>          the limit on the Prime's RateLimits is set, at most the declared target (a value
 *                                      between the init and the target is reported as ramping, a pass)
 */
import type { Address, Client, Hex } from "viem";
import { getCode, readContract } from "viem/actions";
import { haloRegistryAbi, pasBeamStateAbi, pasTimelockAbi, rateLimitsAbi } from "../abi/index.js";
import { fromBytes32Name, toBytes32Name } from "../chain/names.js";
import { type PrimeTargetContracts, primeCBeamGrantees, primeKey } from "../chain/prime.js";
import { resolvePrimeTarget } from "../load/prime.js";
import type { DesiredState } from "../model/desired.js";
import type { DesiredPrime } from "../model/prime.js";
import type { OpsSystem } from "./common.js";
import { type Check, checksTable } from "./verify.js";

export interface PrimeVerifyResult {
  target: { type: "prime"; id: string };
  block: string;
  ok: boolean;
  checks: Check[];
}

const DEFAULT_ADMIN_ROLE: Hex = `0x${"00".repeat(32)}`;

/** The target's contracts from the HaloRegistry (chain truth, not predictions). */
async function targetContracts(
  client: Client,
  system: OpsSystem,
  state: DesiredState,
  target: string,
  at: { blockNumber: bigint },
): Promise<PrimeTargetContracts | string> {
  const t = resolvePrimeTarget(state.classes, target);
  if (t === undefined) return `"${target}" is not a Portfolio unit or Term class of the tree`;
  try {
    const rec = (await readContract(client, {
      address: system.haloRegistry,
      abi: haloRegistryAbi,
      functionName: t.kind === "unit" ? "getUnit" : "getClass",
      args: [toBytes32Name(t.kind === "unit" ? t.unitId : t.classId)],
      ...at,
    })) as unknown as { contracts: readonly { name: Hex; addr: Address }[]; depositAsset?: Address };
    const named = Object.fromEntries(rec.contracts.map((c) => [fromBytes32Name(c.name), c.addr]));
    if (t.kind === "unit") {
      const sub = named.SubscribeQueue;
      const red = named.RedeemQueue;
      return sub && red ? { kind: "unit", subscribeQueue: sub, redeemQueue: red } : `unit ${target} lists no SubscribeQueue / RedeemQueue`;
    }
    const facility = named.NfatFacility;
    return facility && rec.depositAsset ? { kind: "term-class", facility, asset: rec.depositAsset } : `class ${target} lists no NfatFacility`;
  } catch {
    return `${t.kind === "unit" ? "unit" : "class"} ${target} is not in the HaloRegistry (not deployed yet)`;
  }
}

const fmt = (v: bigint) => v.toString();

export async function verifyPrime(
  client: Client,
  system: OpsSystem,
  state: DesiredState,
  prime: DesiredPrime,
  blockNumber: bigint,
): Promise<PrimeVerifyResult> {
  const at = { blockNumber } as const;
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const rl = prime.rateLimits;
  const bs = <T>(functionName: string, args: readonly unknown[]) =>
    readContract(client, { address: system.beamState, abi: pasBeamStateAbi, functionName, args, ...at } as never) as Promise<T>;

  const codes = await Promise.all(
    [prime.rateLimits, prime.controller, prime.almProxy].map(async (a) => {
      const c = await getCode(client, { address: a, ...at });
      return c !== undefined && c !== "0x";
    }),
  );
  const hasCode = codes.every(Boolean);
  check("pau.code", hasCode, hasCode ? "RateLimits, controller and ALMProxy deployed" : `no code at ${["RateLimits", "controller", "ALMProxy"].filter((_, i) => !codes[i]).join(", ")}`);
  const admin = codes[0]
    ? await readContract(client, { address: rl, abi: rateLimitsAbi, functionName: "hasRole", args: [DEFAULT_ADMIN_ROLE, system.configurator], ...at }).catch(() => false)
    : false;
  check("pau.configuratorAdmin", admin, admin ? "the PAS Configurator is DEFAULT_ADMIN of the RateLimits" : "the Prime's governance has not authorised the PAS Configurator (PASAuthorizeInPAU)");
  const [registered, stopped, cBeam, granted] = await Promise.all([
    bs<bigint>("rateLimits", [rl]),
    bs<boolean>("stopped", []),
    bs<bigint>("cBeams", [prime.govOps]),
    bs<bigint>("rateLimitsCBeams", [rl, prime.govOps]),
  ]);
  const paused = await readContract(client, { address: system.timelock, abi: pasTimelockAbi, functionName: "paused", ...at }).catch(() => false);
  check("pas.registered", registered === 1n, registered === 1n ? `BeamState.rateLimits(${rl}) = 1` : "the Prime's RateLimits is not registered in BeamState");
  check("pas.beamState", !stopped, stopped ? "BeamState is stopped" : "running");
  check("pas.timelock", !paused, paused ? "the PAS Timelock is paused" : "not paused");
  check(
    "cbeam.grant",
    prime.offboard ? granted === 0n : cBeam === 1n && granted === 1n,
    `${prime.govOps}: cBEAM ${cBeam === 1n ? "yes" : "no"}, granted on the Prime's RateLimits ${granted === 1n ? "yes" : "no"}${prime.offboard ? " (offboard: the grant is revoked)" : ""}`,
  );
  const others = (await primeCBeamGrantees(client, system.beamState, rl, blockNumber)).filter(
    (who) => who !== prime.govOps.toLowerCase(),
  );
  const stillGranted = (
    await Promise.all(others.map(async (who) => ((await bs<bigint>("rateLimitsCBeams", [rl, who])) === 1n ? [who] : [])))
  ).flat();
  check(
    "cbeam.undeclared",
    stillGranted.length === 0,
    stillGranted.length === 0
      ? "no other account is granted on the Prime's RateLimits"
      : `granted on the Prime's RateLimits but not declared in halos/primes.yaml: ${stillGranted.join(", ")} (halo plan revokes them: unsetCBeamForRateLimits, Core Council direct)`,
  );

  for (const a of prime.allocations) {
    const contracts = await targetContracts(client, system, state, a.target, at);
    if (typeof contracts === "string") {
      check(`target.${a.target}`, false, contracts);
      continue;
    }
    check(`target.${a.target}`, true, contracts.kind === "unit" ? `subscribe queue ${contracts.subscribeQueue}` : `facility ${contracts.facility}`);
    for (const l of a.limits) {
      const key = primeKey(contracts, l.flow);
      const init = await bs<readonly [bigint, bigint]>("initRateLimits", [key, rl]);
      const initOk = init[0] === l.init.maxAmount && init[1] === l.init.slopePerSecond;
      check(
        `init.${a.target}.${l.flow}`,
        initOk,
        `${fmt(init[0])} / ${fmt(init[1])} per s${initOk ? "" : ` (declared ${fmt(l.init.maxAmount)} / ${fmt(l.init.slopePerSecond)})`}`,
      );
      if (!codes[0]) continue;
      const d = await readContract(client, { address: rl, abi: rateLimitsAbi, functionName: "getRateLimitData", args: [key], ...at });
      const atTarget = d.maxAmount === l.target.maxAmount && d.slope === l.target.slopePerSecond;
      const within = d.maxAmount > 0n && d.maxAmount <= l.target.maxAmount && d.slope <= l.target.slopePerSecond;
      check(
        `ratelimit.${a.target}.${l.flow}`,
        atTarget || within,
        atTarget
          ? `at target ${fmt(d.maxAmount)} / ${fmt(d.slope)} per s`
          : within
            ? `ramping: ${fmt(d.maxAmount)} of ${fmt(l.target.maxAmount)}`
            : d.maxAmount === 0n
              ? "not set on the Prime's RateLimits"
              : `${fmt(d.maxAmount)} / ${fmt(d.slope)} above the declared target ${fmt(l.target.maxAmount)} / ${fmt(l.target.slopePerSecond)}`,
      );
    }
  }
  return { target: { type: "prime", id: prime.id }, block: blockNumber.toString(), ok: checks.every((c) => c.ok), checks };
}

export function renderPrimeTable(result: PrimeVerifyResult): string {
  return checksTable(`halo verify prime ${result.target.id} at block ${result.block}`, result.checks);
}
