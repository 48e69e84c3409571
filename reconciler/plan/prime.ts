/**
 * The Prime side of a plan (halos/primes.yaml): the desired resources of each declared Prime and the builders that
 * turn their changes into calls by the real actors of PAS, as a new Prime is onboarded (sky-ecosystem/pas,
 * NewPrimeInitializationIntegration):
 *
 * | resource                              | create / update                                     | actor                     |
 * |---------------------------------------|-----------------------------------------------------|---------------------------|
 * | `prime.<id>`                          | none: the Prime's PAU as deployed (refused, naming the step, when it is not there or not authorised) | — |
 * | `prime.<id>.pas`                      | `BeamState.addRateLimits(rl)`                        | core-council-timelocked   |
 * | `prime.<id>.init.<target>.<flow>`     | `BeamState.addInitRateLimits(key, rl, max, slope)`   | core-council-timelocked   |
 * | `prime.<id>.govOps.<address>`         | `addCBeam(govOps)` (if no cBEAM yet, timelocked), then `setCBeamForRateLimits(rl, govOps)` | core-council-direct |
 * | `prime.<id>.rateLimit.<target>.<flow>`| `Configurator.setRateLimit(rl, key, max, slope)`, SORL steps from the init to the target | govops (the Prime's) |
 *
 * Offboarding (an allocation or a flow removed from halos/primes.yaml, or `offboard: true`; docs/operations.md): the
 * deletes of the same resources, in this order — the Prime's GovOps sets the limit to 0 / 0 (a decrease: allowed at
 * once); the Core Council deletes its init (`delInitRateLimits`, direct) after it, so the limit cannot be raised again;
 * a redeem flow waits (refused, "waiting: …") while the Prime's ALMProxy still holds shares or queued deposits in the
 * target; with `offboard: true`, the Core Council then revokes the GovOps' grant on the Prime's RateLimits
 * (`unsetCBeamForRateLimits`, direct) once every limit is torn down. The Prime's registration in PAS stays (the
 * RateLimits may carry the Prime's other limits; `delRateLimits` is the Core Council's call, by hand).
 *
 * The Prime's own governance authorises the PAS Configurator in its PAU (PASAuthorizeInPAU: DEFAULT_ADMIN on the
 * RateLimits); that is no PAS action, so a plan cannot carry it: the ramp is refused, naming the step, until the
 * chain shows it. Keys are derived as the Prime's controller derives them (chain/prime.ts `primeKey`) from the
 * target's contracts, observed or predicted.
 */
import { type Address, type Hex } from "viem";
import { getAddress } from "../model/address.js";
import { type PrimeTargetContracts, primeKey } from "../chain/prime.js";
import { resolvePrimeTarget } from "../load/prime.js";
import type { DesiredState } from "../model/desired.js";
import { type FieldValue, type ResourceMap, sorlOf } from "../model/observed.js";
import type { DesiredPrime } from "../model/prime.js";
import {
  type ActionBuilder,
  type ActionDraft,
  type Builders,
  type DraftDependency,
  type JsonValue,
  type RampSummary,
  call,
  cBeamVetting,
  initRateLimitsActions,
  toJsonValue,
} from "./actions.js";
import { formatAmount } from "./format.js";
import type { Predictions } from "./from-desired.js";
import { beamStateAbi, configuratorAbi } from "./pas.js";
import { type RateLimitValues, planRamp } from "./sorl.js";

/** `prime.<id>` … */
export const primeAddress = (id: string) => `prime.${id}`;
export const primeRegistrationAddress = (id: string) => `prime.${id}.pas`;
export const primeLimitAddress = (id: string, target: string, flow: string) => `prime.${id}.rateLimit.${target}.${flow}`;
export const primeInitAddress = (id: string, target: string, flow: string) => `prime.${id}.init.${target}.${flow}`;
export const primeGovOpsAddress = (id: string, who: Address) => `prime.${id}.govOps.${who.toLowerCase()}`;

/** The Halo resource a target's key depends on (its address must exist or be deployed first). */
function targetResource(state: DesiredState, target: string): string | undefined {
  const t = resolvePrimeTarget(state.classes, target);
  if (t === undefined) return undefined;
  return t.kind === "unit" ? `class.${t.classId}.unit.${t.unitId}` : `class.${t.classId}`;
}

/** The target's contracts, observed or predicted; undefined when the target is neither deployed nor predicted. */
export function primeTargetContracts(
  state: DesiredState,
  predictions: Predictions,
  target: string,
): PrimeTargetContracts | undefined {
  const t = resolvePrimeTarget(state.classes, target);
  if (t === undefined) return undefined;
  const p = predictions[t.classId];
  if (t.kind === "unit") {
    const u = p?.units?.[t.unitId];
    const sub = u?.["subscribe-queue"];
    const red = u?.["redeem-queue"];
    return sub !== undefined && red !== undefined ? { kind: "unit", subscribeQueue: sub, redeemQueue: red } : undefined;
  }
  const facility = p?.contracts?.facility;
  const cls = state.classes.find((c) => c.id === t.classId)!;
  return facility !== undefined ? { kind: "term-class", facility, asset: cls.params.depositAsset } : undefined;
}

/**
 * The desired resources of every declared Prime. A flow whose target has no address yet (neither deployed nor
 * predicted) carries no key: its builders refuse, saying so.
 */
export function primeDesiredResources(state: DesiredState, predictions: Predictions): ResourceMap {
  const out: ResourceMap = {};
  for (const prime of state.primes ?? []) {
    const rl = prime.rateLimits;
    out[primeAddress(prime.id)] = {
      type: "prime",
      fields: {
        rateLimits: rl,
        controller: prime.controller,
        almProxy: prime.almProxy,
        code: true,
        "pas.configuratorAdmin": true,
        // who signs the Prime's limits (also while offboarding, when its grant is no longer desired)
        govOps: prime.govOps,
      },
    };
    out[primeRegistrationAddress(prime.id)] = { type: "prime", fields: { rateLimits: rl } };
    if (!prime.offboard)
      out[primeGovOpsAddress(prime.id, prime.govOps)] = { type: "primeGovOps", fields: { cBeam: true, rateLimits: true } };
    for (const a of prime.allocations) {
      const contracts = primeTargetContracts(state, predictions, a.target);
      const depends = targetResource(state, a.target);
      for (const limit of a.limits) {
        const key: Record<string, FieldValue> = contracts ? { key: primeKey(contracts, limit.flow) } : {};
        const extra: Record<string, FieldValue> = depends ? { target: depends } : {};
        out[primeInitAddress(prime.id, a.target, limit.flow)] = {
          type: "primeInit",
          fields: { ...key, rateLimits: rl, maxAmount: limit.init.maxAmount, slope: limit.init.slopePerSecond },
        };
        out[primeLimitAddress(prime.id, a.target, limit.flow)] = {
          type: "primeRateLimit",
          fields: {
            ...key,
            rateLimits: rl,
            maxAmount: limit.target.maxAmount,
            slope: limit.target.slopePerSecond,
            ...extra,
          },
        };
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Builders

const PRIME_RE = /^prime\.([^.]+)/;

function primeIdOf(address: string): string | undefined {
  return PRIME_RE.exec(address)?.[1];
}

function asAddress(v: unknown): Address | undefined {
  return typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? getAddress(v) : undefined;
}

function asBigint(v: unknown): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" || (typeof v === "string" && /^[0-9]+$/.test(v))) return BigInt(v);
  return 0n;
}

/** The Prime's RateLimits and GovOps: declared (carried on the desired `prime.<id>`), else observed. */
function primeContext(
  ctx: Parameters<ActionBuilder>[1],
  id: string,
): { rateLimits?: Address; govOps?: Address; observed?: Record<string, FieldValue> } {
  const a = primeAddress(id);
  const observed = ctx.observed.resources[a]?.fields;
  const rateLimits = asAddress(ctx.desired[a]?.fields.rateLimits) ?? asAddress(observed?.rateLimits);
  const govOps =
    asAddress(ctx.desired[a]?.fields.govOps) ??
    Object.keys(ctx.desired)
      .filter((k) => k.startsWith(`${a}.govOps.`))
      .map((k) => asAddress(k.split(".").pop()))
      .find((x) => x !== undefined);
  return { ...(rateLimits ? { rateLimits } : {}), ...(govOps ? { govOps } : {}), ...(observed ? { observed } : {}) };
}

function noCode(id: string, rl: Address): { refused: string } {
  return {
    refused: `no contract at the RateLimits of Prime ${id} (${rl}): the Prime deploys its PAU first (halos/primes.yaml pau.rateLimits)`,
  };
}

/** The target and flow of `prime.<id>.(rateLimit|init).<target>.<flow>`. */
function flowOf(address: string): { target: string; flow: string } {
  const parts = address.split(".");
  return { target: parts.slice(3, -1).join("."), flow: parts[parts.length - 1]! };
}

/**
 * A redeem flow being torn down waits while the Prime's ALMProxy still holds something in the target (refresh reads
 * it onto the observed resources as `held` / `queued`): its redeem path stays open until then.
 */
function stillHolds(
  id: string,
  address: string,
  fields: Record<string, FieldValue> | undefined,
  decimalsOf?: DecimalsOf,
): string | undefined {
  const held = asBigint(fields?.held);
  const queued = asBigint(fields?.queued);
  const redeeming = asBigint(fields?.redeeming);
  const owed = asBigint(fields?.owed);
  const deals = asBigint(fields?.deals);
  if (held === 0n && queued === 0n && redeeming === 0n && owed === 0n && deals === 0n) return undefined;
  const { target } = flowOf(address);
  // amounts of the deposit asset are counted in the target's decimals (A-02; 18 when unknown), shares in 18
  const decimals = decimalsOf?.(target);
  const parts = [
    ...(held > 0n ? [`${formatAmount(held)} shares`] : []),
    ...(queued > 0n ? [`${formatAmount(queued, decimals)} of deposits queued`] : []),
    ...(redeeming > 0n ? [`${formatAmount(redeeming)} shares queued for redemption`] : []),
    ...(owed > 0n ? [`${formatAmount(owed, decimals)} redeemed but not yet claimed`] : []),
    ...(deals > 0n ? [`${deals} deal NFT${deals === 1n ? "" : "s"} not yet redeemed`] : []),
  ];
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0]!;
  return `waiting: Prime ${id} still holds ${what} in ${target}: its redeem limit stays open until the Prime has redeemed them (re-plan then)`;
}

/**
 * `prime.<id>.pas`: the Prime's RateLimits registered in BeamState (Core Council, timelocked). `prime.<id>`: the
 * Prime's PAU itself, which no PAS actor changes: a difference is refused with the step that is missing.
 */
export const primeBuilder: ActionBuilder = (change, ctx) => {
  const id = primeIdOf(change.address)!;
  const { rateLimits: rl, observed } = primeContext(ctx, id);
  if (rl === undefined) return { refused: `${change.address}: the Prime's RateLimits is unknown` };
  if (observed?.code !== true) return noCode(id, rl);
  if (change.address !== primeRegistrationAddress(id)) {
    if (observed["pas.configuratorAdmin"] !== true)
      return {
        refused: `the PAS Configurator is not DEFAULT_ADMIN of the RateLimits of Prime ${id} (${rl}): the Prime's governance grants it first (PASAuthorizeInPAU: grantRole(DEFAULT_ADMIN_ROLE, configurator) on its controller and RateLimits); no PAS actor can`,
      };
    return { refused: `${change.address}: the Prime's PAU is the Prime's own: no PAS actor changes it` };
  }
  if (change.kind === "delete")
    return { refused: "offboarding a Prime from PAS is not planned: the Core Council calls delRateLimits by hand" };
  return [
    {
      key: "addRateLimits",
      kind: "schedule",
      target: ctx.observed.system.beamState,
      ...call(beamStateAbi, "addRateLimits", [rl]),
      actor: "core-council-timelocked",
      reason: `the Core Council registers the RateLimits of Prime ${id} in PAS BeamState (timelocked), as for a new Prime`,
    },
  ];
};

/** The decimals of a target's deposit asset (a Portfolio unit's or a Term class's id), when known and not 18. */
export type DecimalsOf = (target: string) => number | undefined;

/** `prime.<id>.init.<target>.<flow>`: `addInitRateLimits` (timelocked) / `delInitRateLimits` (direct). */
export const primeInitBuilder: ActionBuilder = (change, ctx) => primeInitBuilderWith()(change, ctx);

export const primeInitBuilderWith = (decimalsOf?: DecimalsOf): ActionBuilder => (change, ctx) => {
  const id = primeIdOf(change.address)!;
  const { rateLimits: rl, observed } = primeContext(ctx, id);
  const key = (change.desired?.fields.key ?? change.observed?.fields.key) as Hex | undefined;
  if (rl === undefined || key === undefined)
    return { refused: `${change.address}: the rate-limit key is unknown (the target is neither deployed nor predicted)` };
  if (observed?.code === false) return noCode(id, rl);
  const limitAddress = change.address.replace(".init.", ".rateLimit.");
  if (change.kind === "delete") {
    const waiting = stillHolds(id, change.address, change.observed?.fields, decimalsOf);
    if (waiting !== undefined) return { refused: waiting };
  }
  const drafts = initRateLimitsActions(ctx, change, key, rl, {
    removed: `the Core Council deletes the init of Prime ${id}'s limit (direct), after the limit went to 0: its GovOps cannot raise it again`,
    added:
      change.kind === "update"
        ? "addInitRateLimits overwrites the Prime's init (timelocked)"
        : `the Core Council sets the init of Prime ${id}'s limit: what its GovOps may set at once (timelocked)`,
  });
  // a teardown deletes the init after the limit went to 0 (when the limit is still set: else at once)
  return change.kind === "delete" ? drafts.map((d) => ({ ...d, dependsOn: [{ resource: limitAddress }] })) : drafts;
};

const govOpsOf = (ctx: Parameters<ActionBuilder>[1], id: string) => primeContext(ctx, id).govOps;

/** `prime.<id>.govOps.<address>`: vet as a cBEAM (timelocked, when needed), grant on the Prime's RateLimits (direct). */
export const primeGovOpsBuilder: ActionBuilder = (change, ctx) => primeGovOpsBuilderWith()(change, ctx);

export const primeGovOpsBuilderWith = (decimalsOf?: DecimalsOf): ActionBuilder => (change, ctx) => {
  const id = primeIdOf(change.address)!;
  const { rateLimits: rl, observed } = primeContext(ctx, id);
  const who = asAddress(change.address.split(".").pop());
  if (rl === undefined || who === undefined) return { refused: `${change.address}: the RateLimits or the GovOps is unknown` };
  if (observed?.code === false) return noCode(id, rl);
  const have = change.observed?.fields ?? {};
  if (change.kind === "delete") {
    if (have.rateLimits !== true) return [];
    // offboarding (no grant declared any more): the GovOps tears the Prime's limits down first, so the grant goes last
    const offboarding = !Object.keys(ctx.desired).some((k) => k.startsWith(`${primeAddress(id)}.govOps.`));
    const flows = offboarding
      ? Object.entries(ctx.observed.resources).filter(
          ([a, r]) =>
            (r.type === "primeRateLimit" || r.type === "primeInit") && a.startsWith(`${primeAddress(id)}.`) && ctx.desired[a] === undefined,
        )
      : [];
    for (const [a, r] of flows) {
      const waiting = stillHolds(id, a, r.fields, decimalsOf);
      if (waiting !== undefined) return { refused: `${waiting}; the cBEAM grant on its RateLimits is revoked after that` };
    }
    return [
      {
        key: "unsetCBeamForRateLimits",
        kind: "delete",
        target: ctx.observed.system.beamState,
        ...call(beamStateAbi, "unsetCBeamForRateLimits", [rl, who]),
        actor: "core-council-direct",
        ...(flows.length > 0 ? { dependsOn: flows.map(([a]) => ({ resource: a })) } : {}),
        reason: offboarding
          ? `the Core Council revokes ${who}'s cBEAM grant on Prime ${id}'s RateLimits (direct), once its limits are torn down`
          : `the Core Council revokes the cBEAM grant of ${who} on Prime ${id}'s RateLimits (direct): halos/primes.yaml declares ${govOpsOf(ctx, id) ?? "another account"} as its GovOps`,
      },
    ];
  }
  const out: ActionDraft[] = [];
  const deps: DraftDependency[] = [{ resource: primeRegistrationAddress(id) }];
  const vet = cBeamVetting(ctx, who, have, `the Core Council vets ${who}, Prime ${id}'s GovOps, as a cBEAM (timelocked)`);
  if (vet !== undefined) {
    out.push(vet);
    deps.push({ sibling: "addCBeam" });
  }
  if (have.rateLimits !== true)
    out.push({
      key: "setCBeamForRateLimits",
      kind: change.kind === "create" ? "create" : "update",
      target: ctx.observed.system.beamState,
      ...call(beamStateAbi, "setCBeamForRateLimits", [rl, who]),
      actor: "core-council-direct",
      dependsOn: deps,
      reason: `the Core Council grants the cBEAM on Prime ${id}'s RateLimits (direct)`,
    });
  return out;
};

/** `prime.<id>.rateLimit.<target>.<flow>`: the Prime's GovOps `setRateLimit` steps under SORL. */
export function primeRateLimitBuilder(onRamp?: (r: RampSummary) => void, decimalsOf?: DecimalsOf): ActionBuilder {
  return (change, ctx) => {
    const id = primeIdOf(change.address)!;
    const { rateLimits: rl, govOps, observed } = primeContext(ctx, id);
    const key = (change.desired?.fields.key ?? change.observed?.fields.key) as Hex | undefined;
    if (rl === undefined || key === undefined)
      return { refused: `${change.address}: the rate-limit key is unknown (the target is neither deployed nor predicted)` };
    if (observed?.code === false) return noCode(id, rl);
    if (observed?.["pas.configuratorAdmin"] !== true)
      return {
        refused: `GovOps cannot set Prime ${id}'s limits: the PAS Configurator is not DEFAULT_ADMIN of its RateLimits (${rl}); the Prime's governance grants it first (PASAuthorizeInPAU)`,
      };
    const obs = change.observed?.fields ?? {};
    if (change.kind === "delete") {
      const waiting = stillHolds(id, change.address, obs, decimalsOf);
      if (waiting !== undefined) return { refused: waiting };
    }
    const current: RateLimitValues = { maxAmount: asBigint(obs.maxAmount), slope: asBigint(obs.slope) };
    const desired: RateLimitValues =
      change.kind === "delete"
        ? { maxAmount: 0n, slope: 0n }
        : { maxAmount: asBigint(change.desired!.fields.maxAmount), slope: asBigint(change.desired!.fields.slope) };
    const initAddress = change.address.replace(".rateLimit.", ".init.");
    const initFields =
      ctx.desired[initAddress]?.fields ?? ctx.expected[initAddress]?.fields ?? ctx.observed.resources[initAddress]?.fields;
    const init: RateLimitValues | undefined =
      initFields !== undefined
        ? { maxAmount: asBigint(initFields.maxAmount), slope: asBigint(initFields.slope) }
        : obs["init.maxAmount"] !== undefined
          ? { maxAmount: asBigint(obs["init.maxAmount"]), slope: asBigint(obs["init.slope"]) }
          : undefined;
    const ramp = planRamp({ current, desired, init, zzz: asBigint(obs.zzz), now: ctx.now, sorl: sorlOf(ctx.observed, rl) });
    if (ramp.blocked !== undefined) return { refused: ramp.blocked };
    onRamp?.({ resource: change.address, plan: ramp });
    // a teardown (delete) goes first: the init's deletion and the grant's revocation wait for it
    const deps: DraftDependency[] =
      change.kind === "delete" ? [] : [{ resource: primeRegistrationAddress(id) }, { resource: initAddress }];
    if (govOps !== undefined && change.kind !== "delete") deps.push({ resource: primeGovOpsAddress(id, govOps) });
    const target = change.desired?.fields.target;
    if (typeof target === "string") deps.push({ resource: target });
    return ramp.steps.map((step, i): ActionDraft => {
      const prev = ramp.steps[i - 1];
      return {
        key: `setRateLimit#${i}`,
        kind: i > 0 ? "ramp-step" : change.kind === "create" ? "create" : change.kind === "delete" ? "delete" : "update",
        target: ctx.observed.system.configurator,
        ...call(configuratorAbi, "setRateLimit", [rl, key, step.maxAmount, step.slope]),
        actor: "govops",
        ...(govOps ? { signer: govOps } : {}),
        earliestAt: step.earliestAt,
        dependsOn: prev === undefined ? deps : [{ sibling: `setRateLimit#${i - 1}`, gap: step.earliestAt - prev.earliestAt }],
        reason:
          change.kind === "delete"
            ? `Prime ${id}'s GovOps sets the limit to 0 / 0 (a decrease: allowed at once; PAS has no removal)`
            : `Prime ${id}'s GovOps, SORL ${step.kind}, step ${i + 1} of ${ramp.steps.length}`,
      };
    });
  };
}

/** Every Prime builder. `decimalsOf`: the targets' deposit-asset decimals, for the amounts their reasons show. */
export function primeBuilders(onRamp?: (r: RampSummary) => void, decimalsOf?: DecimalsOf): Builders {
  return {
    prime: primeBuilder,
    primeInit: primeInitBuilderWith(decimalsOf),
    primeGovOps: primeGovOpsBuilderWith(decimalsOf),
    primeRateLimit: primeRateLimitBuilder(onRamp, decimalsOf),
  };
}

/** The Primes a tree declares, by id (for `halo verify prime`). */
export function findPrime(state: DesiredState, id: string): DesiredPrime | undefined {
  return state.primes?.find((p) => p.id === id);
}
