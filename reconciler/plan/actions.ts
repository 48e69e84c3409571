/**
 * The plan's data model (actions, batches) and the action builders for what Sky's PAS owns for a class: rate
 * limits (GovOps `Configurator.setRateLimit` under SORL), relayers / freezers and destination approvals
 * (controller actions: enabled by the Core Council through the PAS Timelock, executed by GovOps through
 * `Configurator.callControllerAction`), the cBEAM grant (`addCBeam` timelocked, `setCBeamFor…` direct) and
 * inits (`addInitRateLimits` timelocked, `delInitRateLimits` direct). Builders for the factory and the
 * registries are supplied by the caller (plan/factory.ts) through the same `ActionBuilder` signature.
 */
import { type Address, type Hex, encodeFunctionData, zeroAddress } from "viem";
import { getAddress } from "../model/address.js";
import type { ObservedState, ResourceMap, ResourceType } from "../model/observed.js";
import { classIdOf, sorlOf } from "../model/observed.js";
import type { Actor } from "./actors.js";
import type { ResourceChange } from "./diff.js";
import {
  type ControllerAction,
  beamStateAbi,
  configuratorAbi,
  controllerActionKey,
  roleAction,
  setDestinationAction,
} from "./pas.js";
import { day0Gate } from "./day0-gate.js";
import { type RampPlan, type RateLimitValues, planRamp } from "./sorl.js";
import { explainBlockedRamp } from "./sorl-recovery.js";
import type { TimelockOperation } from "./timelock.js";

export { beamStateAbi, configuratorAbi, controllerActionKey, setDestinationAction };
// The plan document types are defined in model/plan-doc.ts (below plan and apply).
export type { Action, ActionApproval, ActionKind, Batch, BatchKind, JsonValue, Transaction } from "../model/plan-doc.js";
import type { ActionApproval, ActionKind, JsonValue } from "../model/plan-doc.js";


/** One dependency of a draft: a resource in the plan (→ its completing action) or a sibling draft. */
export interface DraftDependency {
  resource?: string;
  /** `key` of another draft of the same change. */
  sibling?: string;
  /** Minimum seconds between the dependency's earliest time and this one's. */
  gap?: bigint;
}

/** What a builder returns for one change; the planner assigns ids, wraps timelock calls and resolves times. */
export interface ActionDraft {
  key: string;
  kind: ActionKind;
  target: Address;
  function: string;
  args: JsonValue[];
  calldata: Hex;
  value?: bigint;
  /**
   * Who signs. `core-council-timelocked` drafts are calls the PAS Timelock makes: the planner schedules them
   * (`scheduleBatch`) and adds the `executeBatch`.
   */
  actor: Actor;
  signer?: Address;
  /** Absolute earliest time (before dependencies push it later). */
  earliestAt?: bigint;
  dependsOn?: DraftDependency[];
  /** Other resources this call creates as a side effect (e.g. the factory registers the Day-0 inits). */
  provides?: string[];
  /**
   * Resources this call creates, with the values they will have (e.g. the Day-0 inits the factory registers
   * from the template): later builders read them, so a new class's rate limits instantiate up to them.
   */
  expects?: ResourceMap;
  /** A timelock operation this call schedules itself (the factory's `addCBeam`) and what it creates. */
  schedules?: { op: TimelockOperation; delay: bigint; provides: string[] };
  reason?: string;
  /** The APPROVER whose signed instance approval this deployment needs (Action.approval). */
  approval?: ActionApproval;
  /** For a deployUnit: its class's template (Action.template). */
  template?: { id: string; version: number };
}

export interface BuildContext {
  observed: ObservedState;
  desired: ResourceMap;
  /** Resources earlier actions of this plan will create (`expects` of the drafts built so far). */
  expected: ResourceMap;
  now: bigint;
}

export type BuildResult = ActionDraft[] | { refused: string };
export type ActionBuilder = (change: ResourceChange, ctx: BuildContext) => BuildResult;
export type Builders = Partial<Record<ResourceType, ActionBuilder>>;

export function toJsonValue(v: unknown): JsonValue {
  if (typeof v === "bigint") return v.toString();
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (typeof v === "object" && v !== undefined) {
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toJsonValue(x)]));
  }
  throw new Error(`cannot represent ${String(v)} in a plan`);
}

// ---------------------------------------------------------------------------------------------------------
// Helpers reading the two models

function field(map: ResourceMap, address: string, name: string): unknown {
  return map[address]?.fields[name];
}

function asBigint(v: unknown, what: string): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "string" && /^[0-9]+$/.test(v)) return BigInt(v);
  throw new Error(`${what}: expected an integer, got ${String(v)}`);
}

function asAddress(v: unknown): Address | undefined {
  return typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? getAddress(v) : undefined;
}

/** The class's PAS contracts (RateLimits, HaloController): observed, or predicted and carried on the desired class. */
export function classContracts(
  ctx: Pick<BuildContext, "observed" | "desired">,
  classId: string,
): { rateLimits?: Address; controller?: Address } {
  const a = `class.${classId}`;
  const pick = (name: string) =>
    asAddress(field(ctx.observed.resources, a, name)) ?? asAddress(field(ctx.desired, a, name));
  const out: { rateLimits?: Address; controller?: Address } = {};
  const rl = pick("rateLimits");
  const ctrl = pick("controller");
  if (rl) out.rateLimits = rl;
  if (ctrl) out.controller = ctrl;
  return out;
}

/** The GovOps that signs Configurator calls for the class: declared first, observed otherwise. */
export function classGovOps(ctx: Pick<BuildContext, "observed" | "desired">, classId: string): Address | undefined {
  const a = `class.${classId}`;
  const declared = asAddress(field(ctx.desired, a, "govOps"));
  if (declared) return declared;
  const observed = field(ctx.observed.resources, a, "govOps");
  return asAddress(Array.isArray(observed) ? observed[0] : observed);
}

function lastSegment(address: string): string {
  return address.split(".").pop()!;
}

/** A class's GovOps calls wait for the class and for that GovOps' cBEAM grant on it. */
function govOpsDeps(classId: string, signer: Address | undefined): DraftDependency[] {
  const deps: DraftDependency[] = [{ resource: `class.${classId}` }];
  if (signer !== undefined) deps.push({ resource: `class.${classId}.govOps.${signer.toLowerCase()}` });
  return deps;
}

function need(
  change: ResourceChange,
  ctx: BuildContext,
  what: "rateLimits" | "controller",
): { classId: string; address: Address } | { refused: string } {
  const classId = classIdOf(change.address);
  if (classId === undefined) return { refused: `${change.address} is not inside a class` };
  const address = classContracts(ctx, classId)[what];
  if (address === undefined)
    return {
      refused: `the ${what === "rateLimits" ? "RateLimits" : "HaloController"} of class ${classId} is unknown (neither deployed nor predicted)`,
    };
  return { classId, address };
}

/** One PAS call as an action's `function` / `args` / `calldata` (shared by the class and Prime builders). */
export function call(
  abi: typeof beamStateAbi | typeof configuratorAbi,
  functionName: string,
  args: readonly unknown[],
): { function: string; args: JsonValue[]; calldata: Hex } {
  return {
    function: functionName,
    args: toJsonValue(args) as JsonValue[],
    calldata: encodeFunctionData({ abi, functionName, args } as Parameters<typeof encodeFunctionData>[0]),
  };
}

/**
 * `addCBeam(who)` through the PAS Timelock (Core Council), the vetting a GovOps needs before its per-RateLimits
 * cBEAM grant (a class's and a Prime's alike); undefined when `who` is a cBEAM already (in PAS as observed, or per
 * the grant resource's observed `cBeam` field `have`).
 */
export function cBeamVetting(
  ctx: BuildContext,
  who: Address,
  have: Readonly<Record<string, unknown>>,
  reason: string,
): ActionDraft | undefined {
  if (ctx.observed.pas.cBeams.includes(who.toLowerCase()) || have.cBeam === true) return undefined;
  return {
    key: "addCBeam",
    kind: "schedule",
    target: ctx.observed.system.beamState,
    ...call(beamStateAbi, "addCBeam", [who]),
    actor: "core-council-timelocked",
    reason,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Builders

export interface RampSummary {
  resource: string;
  plan: RampPlan;
}

/** Rate limits: GovOps `setRateLimit` steps under PAS's SORL (the first now, the rest as ramp steps). */
export function rateLimitBuilder(onRamp?: (r: RampSummary) => void): ActionBuilder {
  return (change, ctx) => {
    const where = need(change, ctx, "rateLimits");
    if ("refused" in where) return where;
    const { classId, address: rl } = where;
    const signer = classGovOps(ctx, classId);
    const key = (field(ctx.desired, change.address, "key") ?? field(ctx.observed.resources, change.address, "key")) as
      | Hex
      | undefined;
    if (key === undefined) return { refused: `${change.address}: the rate-limit key is unknown` };
    const base = { target: ctx.observed.system.configurator, actor: "govops" as const, ...(signer ? { signer } : {}) };
    const obs = ctx.observed.resources[change.address]?.fields ?? {};
    const current: RateLimitValues = {
      maxAmount: obs.maxAmount === undefined ? 0n : asBigint(obs.maxAmount, "maxAmount"),
      slope: obs.slope === undefined ? 0n : asBigint(obs.slope, "slope"),
    };
    const desired: RateLimitValues =
      change.kind === "delete"
        ? { maxAmount: 0n, slope: 0n }
        : {
            maxAmount: asBigint(change.desired!.fields.maxAmount, `${change.address}.maxAmount`),
            slope: asBigint(change.desired!.fields.slope, `${change.address}.slope`),
          };
    const flow = change.address.split(".").slice(3).join(".");
    const initAddress = `class.${classId}.init.${flow}`;
    const initFields =
      ctx.desired[initAddress]?.fields ?? ctx.expected[initAddress]?.fields ?? ctx.observed.resources[initAddress]?.fields;
    let init: RateLimitValues | undefined;
    if (initFields !== undefined)
      init = { maxAmount: asBigint(initFields.maxAmount, "init.maxAmount"), slope: asBigint(initFields.slope, "init.slope") };
    else if (obs["init.maxAmount"] !== undefined)
      init = { maxAmount: asBigint(obs["init.maxAmount"], "init.maxAmount"), slope: asBigint(obs["init.slope"], "init.slope") };
    const zzz = obs.zzz === undefined ? 0n : asBigint(obs.zzz, "zzz");
    // Day-0 (model/day0.ts): no ramp above the Day-0 value until the registry records the end of Day-0
    const gate = change.kind === "delete" ? { target: desired } : day0Gate(change.address, desired, init, ctx.observed.resources, ctx.desired, ctx.now);
    const rampInput = { current, desired: gate.target, init, zzz, now: ctx.now, sorl: sorlOf(ctx.observed, rl) };
    const ramp = planRamp(rampInput);
    if (ramp.blocked !== undefined) return { refused: explainBlockedRamp(ramp.blocked, rampInput, { rateLimits: rl, key }) };
    if (gate.waiting !== undefined && ramp.steps.length === 0)
      return { refused: `${gate.waiting}: the limit stays at its Day-0 value ${gate.target.maxAmount} / ${gate.target.slope} until Day-0 ends; plan again then` };
    onRamp?.({ resource: change.address, plan: ramp });
    const deps = [...govOpsDeps(classId, signer), { resource: initAddress }];
    // a unit flow (`<unit>.<flow>`) needs the unit's queues and Day-0 inits, which deploying the unit creates
    if (flow.includes(".")) deps.push({ resource: `class.${classId}.unit.${flow.split(".")[0]}` });
    return ramp.steps.map((step, i): ActionDraft => {
      const prev = ramp.steps[i - 1];
      return {
        ...base,
        ...call(configuratorAbi, "setRateLimit", [rl, key, step.maxAmount, step.slope]),
        key: `setRateLimit#${i}`,
        kind: i > 0 ? "ramp-step" : change.kind === "create" ? "create" : change.kind === "delete" ? "delete" : "update",
        earliestAt: step.earliestAt,
        dependsOn:
          prev === undefined ? deps : [{ sibling: `setRateLimit#${i - 1}`, gap: step.earliestAt - prev.earliestAt }],
        reason:
          change.kind === "delete"
            ? "PAS has no removal: the rate limit is set to 0 / 0 (a decrease, allowed at once)"
            : `SORL ${step.kind}, step ${i + 1} of ${ramp.steps.length}${gate.waiting !== undefined && i === ramp.steps.length - 1 ? `; stops at the Day-0 value, ${gate.waiting}` : ""}`,
      };
    });
  };
}

/**
 * A controller action in two steps: the Core Council enables its calldata for the controller through the PAS
 * Timelock (`addInitControllerActions(data, controller)`; skipped when already enabled, for this controller or
 * for all), then the class's GovOps executes it (`callControllerAction(controller, data)`).
 */
function controllerActionDrafts(
  ctx: BuildContext,
  classId: string,
  controller: Address,
  act: ControllerAction,
  kind: ActionDraft["kind"],
  why: string,
): ActionDraft[] {
  const enabled = [controller, zeroAddress].some((c) => ctx.observed.controllerActions.includes(controllerActionKey(c, act.hash)));
  const signer = classGovOps(ctx, classId);
  const drafts: ActionDraft[] = [];
  if (!enabled)
    drafts.push({
      key: "addInitControllerActions",
      kind: "schedule",
      target: ctx.observed.system.beamState,
      ...call(beamStateAbi, "addInitControllerActions", [act.data, controller]),
      actor: "core-council-timelocked",
      dependsOn: [{ resource: `class.${classId}` }],
      reason: `the Core Council enables the controller action ${act.describe} for the class's HaloController`,
    });
  drafts.push({
    key: "callControllerAction",
    kind,
    target: ctx.observed.system.configurator,
    ...call(configuratorAbi, "callControllerAction", [controller, act.data]),
    actor: "govops",
    ...(signer ? { signer } : {}),
    dependsOn: [...govOpsDeps(classId, signer), ...(enabled ? [] : [{ sibling: "addInitControllerActions" }])],
    reason: `GovOps ${why}: ${act.describe} through the Configurator (the HaloController's admin)`,
  });
  return drafts;
}

/** Relayer / freezer membership: `grantRole` / `revokeRole` on the HaloController as controller actions. */
export function roleBuilder(role: "relayer" | "freezer"): ActionBuilder {
  return (change, ctx) => {
    const where = need(change, ctx, "controller");
    if ("refused" in where) return where;
    const who = asAddress(lastSegment(change.address));
    if (who === undefined) return { refused: `${change.address}: the last segment must be an address` };
    const grant = change.kind !== "delete";
    return controllerActionDrafts(
      ctx,
      where.classId,
      where.address,
      roleAction(role, who, grant),
      grant ? "create" : "delete",
      grant ? `grants ${role.toUpperCase()}` : `revokes ${role.toUpperCase()}`,
    );
  };
}

/**
 * The cBEAM grant of a class's GovOps on its RateLimits and Controller (`setCBeamForRateLimits` /
 * `setCBeamForController`, Core Council direct). An account that is no cBEAM yet is vetted first with
 * `addCBeam` through the PAS Timelock (reusing an operation already pending, e.g. the one the factory scheduled
 * when it deployed the class). A removal is the direct `unsetCBeamFor…` pair.
 */
export const govOpsBuilder: ActionBuilder = (change, ctx) => {
  const classId = classIdOf(change.address);
  if (classId === undefined) return { refused: `${change.address} is not inside a class` };
  const { rateLimits, controller } = classContracts(ctx, classId);
  if (rateLimits === undefined || controller === undefined)
    return { refused: `the RateLimits / HaloController of class ${classId} are unknown (neither deployed nor predicted)` };
  const who = asAddress(lastSegment(change.address));
  if (who === undefined) return { refused: `${change.address}: the last segment must be an address` };
  const have = ctx.observed.resources[change.address]?.fields ?? {};
  const direct = (fn: string, target: Address, deps: DraftDependency[], why: string): ActionDraft => ({
    key: fn,
    kind: change.kind === "delete" ? "delete" : change.kind === "create" ? "create" : "update",
    target: ctx.observed.system.beamState,
    ...call(beamStateAbi, fn, [target, who]),
    actor: "core-council-direct",
    dependsOn: deps,
    reason: why,
  });
  if (change.kind === "delete") {
    const out: ActionDraft[] = [];
    if (have.rateLimits !== false)
      out.push(direct("unsetCBeamForRateLimits", rateLimits, [], "the Core Council revokes the cBEAM on the class's RateLimits"));
    if (have.controller !== false)
      out.push(direct("unsetCBeamForController", controller, [], "the Core Council revokes the cBEAM on the class's HaloController"));
    return out;
  }
  const out: ActionDraft[] = [];
  const deps: DraftDependency[] = [{ resource: `class.${classId}` }];
  const vet = cBeamVetting(ctx, who, have, `the Core Council vets ${who} as a cBEAM (timelocked)`);
  if (vet !== undefined) {
    // an identical call already pending (or scheduled by a deployClass of this plan) is executed instead
    out.push({ ...vet, dependsOn: [] });
    deps.push({ sibling: "addCBeam" });
  }
  if (have.rateLimits !== true)
    out.push(direct("setCBeamForRateLimits", rateLimits, deps, "the Core Council grants the cBEAM on the class's RateLimits"));
  if (have.controller !== true)
    out.push(direct("setCBeamForController", controller, deps, "the Core Council grants the cBEAM on the class's HaloController"));
  return out;
};

/**
 * Inits `initRateLimits[key][rateLimits]`: added (or overwritten: PAS's `addInitRateLimits` replaces) by the Core
 * Council through the PAS Timelock; removed directly (`delInitRateLimits`).
 */
export const initBuilder: ActionBuilder = (change, ctx) => {
  const where = need(change, ctx, "rateLimits");
  if ("refused" in where) return where;
  const key = (field(ctx.desired, change.address, "key") ?? field(ctx.observed.resources, change.address, "key")) as
    | Hex
    | undefined;
  if (key === undefined) return { refused: `${change.address}: the rate-limit key is unknown` };
  return initRateLimitsActions(ctx, change, key, where.address, {
    removed: "the Core Council removes the init (direct)",
    ...(change.kind === "update" ? { added: "addInitRateLimits overwrites the init (timelocked)" } : {}),
    dependsOn: [{ resource: `class.${where.classId}` }],
  });
};

/**
 * `initRateLimits[key][rateLimits]` set by the Core Council through the PAS Timelock (`addInitRateLimits`, which
 * also overwrites) or removed directly (`delInitRateLimits`): the actions of a class's and of a Prime's inits.
 */
export function initRateLimitsActions(
  ctx: BuildContext,
  change: ResourceChange,
  key: Hex,
  rateLimits: Address,
  how: { removed: string; added?: string; dependsOn?: ActionDraft["dependsOn"] },
): ActionDraft[] {
  const beamState = ctx.observed.system.beamState;
  if (change.kind === "delete")
    return [
      {
        key: "delInitRateLimits",
        kind: "delete",
        target: beamState,
        ...call(beamStateAbi, "delInitRateLimits", [key, rateLimits]),
        actor: "core-council-direct",
        reason: how.removed,
      },
    ];
  return [
    {
      key: "addInitRateLimits",
      kind: "schedule",
      target: beamState,
      ...call(beamStateAbi, "addInitRateLimits", [
        key,
        rateLimits,
        asBigint(change.desired!.fields.maxAmount, "maxAmount"),
        asBigint(change.desired!.fields.slope, "slope"),
      ]),
      actor: "core-council-timelocked",
      ...(how.dependsOn !== undefined ? { dependsOn: how.dependsOn } : {}),
      ...(how.added !== undefined ? { reason: how.added } : {}),
    },
  ];
}

/**
 * Transfer destinations: `setDestination(d, approved)` on the HaloController, a controller action (enabled by
 * the Core Council through the Timelock, executed by GovOps).
 */
export const destinationBuilder: ActionBuilder = (change, ctx) => {
  const where = need(change, ctx, "controller");
  if ("refused" in where) return where;
  const who = asAddress(lastSegment(change.address));
  if (who === undefined) return { refused: `${change.address}: the last segment must be an address` };
  if (change.kind !== "create" && change.kind !== "delete")
    return { refused: `a destination approval cannot be ${change.kind}d` };
  const approve = change.kind === "create";
  return controllerActionDrafts(
    ctx,
    where.classId,
    where.address,
    setDestinationAction(who, approve),
    approve ? "create" : "delete",
    approve ? "approves the destination" : "withdraws the destination",
  );
};

/** Builders for everything PAS owns for a class. */
export function configuratorBuilders(onRamp?: (r: RampSummary) => void): Builders {
  return {
    rateLimit: rateLimitBuilder(onRamp),
    relayer: roleBuilder("relayer"),
    freezer: roleBuilder("freezer"),
    govOps: govOpsBuilder,
    init: initBuilder,
    destination: destinationBuilder,
  };
}
