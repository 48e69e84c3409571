/**
 * The plan's data model (actions, batches) and the action builders for what the Configurator Unit owns:
 * rate limits (with SORL ramps), relayers, freezers, GovOps accordance (cBEAM) and inits. Builders for the
 * factory, the template registry and the Halo registry are supplied by the caller (they depend on those
 * contracts' ABIs), through the same `ActionBuilder` signature.
 */
import { type Address, type Hex, encodeFunctionData, getAddress, keccak256 } from "viem";
import { beamStateAbi as generatedBeamStateAbi } from "../abi/BEAMState.js";
import { configuratorAbi as generatedConfiguratorAbi } from "../abi/Configurator.js";
import { haloControllerAbi } from "../abi/HaloController.js";
import type { ObservedState, ResourceMap, ResourceType } from "../model/observed.js";
import { classIdOf } from "../model/observed.js";
import type { ResourceChange } from "./diff.js";
import { type RampPlan, type RateLimitValues, planRamp } from "./sorl.js";
import type { TimelockOperation } from "./timelock.js";

export type ActionKind = "create" | "update" | "delete" | "replace-refused" | "schedule" | "execute" | "ramp-step";

/**
 * Who must sign. `abeam` (an extension of the four authorities of the brief) signs the instant removals that
 * BEAMState reserves to aBEAM holders: revoke a cBEAM grant, delete an init.
 */
export type Authority = "deployer" | "timelock-proposer" | "abeam" | "govops" | "anyone";

export const AUTHORITY_ORDER: readonly Authority[] = ["deployer", "timelock-proposer", "abeam", "govops", "anyone"];

/** JSON-safe argument values (bigints become decimal strings). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export interface Action {
  id: string;
  kind: ActionKind;
  /** Resource address, e.g. `class.acme-mmf.rateLimit.transfer`. */
  resource: string;
  target?: Address;
  function?: string;
  args?: JsonValue[];
  calldata?: Hex;
  value?: bigint;
  authority: Authority;
  /** The account that must sign, when the plan knows it (the class's GovOps). */
  signer?: Address;
  earliestAt?: bigint;
  dependsOn: string[];
  reason?: string;
  /** For schedule/execute: the BEAMTimeLock operation id. */
  timelockOperationId?: Hex;
}

export type BatchKind = "transactions" | "multicall" | "timelock-schedule" | "timelock-execute";

export interface Transaction {
  to: Address;
  value: bigint;
  data: Hex;
}

export interface Batch {
  id: string;
  kind: BatchKind;
  authority: Authority;
  signer?: Address;
  earliestAt: bigint;
  actionIds: string[];
  transactions: Transaction[];
  /** For timelock-schedule / timelock-execute batches. */
  timelock?: { operationId: Hex; predecessor: Hex; salt: Hex; delay: bigint };
}

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
  authority: Authority;
  signer?: Address;
  /** Absolute earliest time (before dependencies push it later). */
  earliestAt?: bigint;
  /** An addition that must go through BEAMTimeLock: the planner schedules it and adds the execute. */
  viaTimelock?: boolean;
  dependsOn?: DraftDependency[];
  /** Other resources this call creates as a side effect (e.g. the factory registers the Day-0 inits). */
  provides?: string[];
  /**
   * Resources this call creates, with the values they will have (e.g. the Day-0 inits the factory registers
   * from the template): later builders read them, so a new class's rate limits instantiate up to them.
   */
  expects?: ResourceMap;
  /** A timelock operation this call schedules itself (the factory's cBEAM grant) and what it creates. */
  schedules?: { op: TimelockOperation; delay: bigint; provides: string[] };
  reason?: string;
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

// The contracts' ABIs, generated from their Solidity (reconciler/abi), under the names the builders use.
export const configuratorAbi = generatedConfiguratorAbi;
export const beamStateAbi = generatedBeamStateAbi;
/** The HaloController ABI: the plan calls `setDestination` through `Configurator.callControllerAction`. */
export const controllerActionAbi = haloControllerAbi;

/** The calldata of `setDestination(destination, approved)` and its hash (what BEAMState enables). */
export function setDestinationAction(destination: Address, approved: boolean): { data: Hex; hash: Hex } {
  const data = encodeFunctionData({
    abi: controllerActionAbi,
    functionName: "setDestination",
    args: [destination, approved],
  });
  return { data, hash: keccak256(data) };
}

/** The `controllerActions` entry of an enabled (pau, hash). */
export function controllerActionKey(pau: Address, hash: Hex): string {
  return `${pau.toLowerCase()}:${hash.toLowerCase()}`;
}

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

/** The class's PAU (ALMProxy): observed, or predicted by the factory and carried on the desired class. */
export function classPau(ctx: BuildContext, classId: string): Address | undefined {
  const a = `class.${classId}`;
  return asAddress(field(ctx.observed.resources, a, "pau")) ?? asAddress(field(ctx.desired, a, "pau"));
}

/** The GovOps that signs Configurator calls for the class: declared first, observed otherwise. */
export function classGovOps(ctx: BuildContext, classId: string): Address | undefined {
  const a = `class.${classId}`;
  return asAddress(field(ctx.desired, a, "govOps")) ?? asAddress(field(ctx.observed.resources, a, "govOps"));
}

function lastSegment(address: string): string {
  return address.split(".").pop()!;
}

function classDeps(classId: string, signer: Address | undefined): DraftDependency[] {
  const deps: DraftDependency[] = [{ resource: `class.${classId}` }];
  if (signer !== undefined) deps.push({ resource: `class.${classId}.govOps.${signer.toLowerCase()}` });
  return deps;
}

function needPau(change: ResourceChange, ctx: BuildContext): { classId: string; pau: Address } | { refused: string } {
  const classId = classIdOf(change.address);
  if (classId === undefined) return { refused: `${change.address} is not inside a class` };
  const pau = classPau(ctx, classId);
  if (pau === undefined) return { refused: `the PAU of class ${classId} is unknown (neither deployed nor predicted)` };
  return { classId, pau };
}

// ---------------------------------------------------------------------------------------------------------
// Builders

export interface RampSummary {
  resource: string;
  plan: RampPlan;
}

/** Rate limits: `setRateLimit` steps under SORL (the first now, the rest as ramp steps), or removal. */
export function rateLimitBuilder(onRamp?: (r: RampSummary) => void): ActionBuilder {
  return (change, ctx) => {
    const where = needPau(change, ctx);
    if ("refused" in where) return where;
    const { classId, pau } = where;
    const signer = classGovOps(ctx, classId);
    const key = (field(ctx.desired, change.address, "key") ?? field(ctx.observed.resources, change.address, "key")) as
      Hex | undefined;
    if (key === undefined) return { refused: `${change.address}: the rate-limit key is unknown` };
    const base = {
      target: ctx.observed.system.configurator,
      authority: "govops" as const,
      ...(signer ? { signer } : {}),
    };
    if (change.kind === "delete") {
      const args = [pau, key] as const;
      return [
        {
          ...base,
          key: "removeRateLimit",
          kind: "delete",
          function: "removeRateLimit",
          args: toJsonValue(args) as JsonValue[],
          calldata: encodeFunctionData({ abi: configuratorAbi, functionName: "removeRateLimit", args }),
          dependsOn: classDeps(classId, signer),
        },
      ];
    }
    const obs = ctx.observed.resources[change.address]?.fields ?? {};
    const current: RateLimitValues = {
      maxAmount: obs.maxAmount === undefined ? 0n : asBigint(obs.maxAmount, "maxAmount"),
      slope: obs.slope === undefined ? 0n : asBigint(obs.slope, "slope"),
    };
    const desired: RateLimitValues = {
      maxAmount: asBigint(change.desired!.fields.maxAmount, `${change.address}.maxAmount`),
      slope: asBigint(change.desired!.fields.slope, `${change.address}.slope`),
    };
    const flow = change.address.split(".").slice(3).join(".");
    const initAddress = `class.${classId}.init.${flow}`;
    const initFields =
      ctx.desired[initAddress]?.fields ??
      ctx.expected[initAddress]?.fields ??
      ctx.observed.resources[initAddress]?.fields;
    let init: RateLimitValues | undefined;
    if (initFields !== undefined)
      init = {
        maxAmount: asBigint(initFields.maxAmount, "init.maxAmount"),
        slope: asBigint(initFields.slope, "init.slope"),
      };
    else if (obs["init.maxAmount"] !== undefined)
      init = {
        maxAmount: asBigint(obs["init.maxAmount"], "init.maxAmount"),
        slope: asBigint(obs["init.slope"], "init.slope"),
      };
    const lastIncreaseAt = obs.lastIncreaseAt === undefined ? 0n : asBigint(obs.lastIncreaseAt, "lastIncreaseAt");
    const ramp = planRamp({ current, desired, init, lastIncreaseAt, now: ctx.now, sorl: ctx.observed.sorl });
    if (ramp.blocked !== undefined) return { refused: ramp.blocked };
    onRamp?.({ resource: change.address, plan: ramp });
    const deps = [...classDeps(classId, signer), { resource: initAddress }];
    // a unit flow (`<unit>.<flow>`) needs the unit's queues and Day-0 inits, which deploying the unit creates
    if (flow.includes(".")) deps.push({ resource: `class.${classId}.unit.${flow.split(".")[0]}` });
    return ramp.steps.map((step, i): ActionDraft => {
      const args = [pau, key, step.maxAmount, step.slope] as const;
      const prev = ramp.steps[i - 1];
      return {
        ...base,
        key: `setRateLimit#${i}`,
        kind: i > 0 ? "ramp-step" : change.kind === "create" ? "create" : "update",
        function: "setRateLimit",
        args: toJsonValue(args) as JsonValue[],
        calldata: encodeFunctionData({ abi: configuratorAbi, functionName: "setRateLimit", args }),
        earliestAt: step.earliestAt,
        dependsOn:
          prev === undefined ? deps : [{ sibling: `setRateLimit#${i - 1}`, gap: step.earliestAt - prev.earliestAt }],
        reason: `SORL ${step.kind}, step ${i + 1} of ${ramp.steps.length}`,
      };
    });
  };
}

/** Relayer / freezer membership: `setX` on create, `removeX` on delete. */
export function roleBuilder(role: "relayer" | "freezer"): ActionBuilder {
  const Name = role === "relayer" ? "Relayer" : "Freezer";
  return (change, ctx) => {
    const where = needPau(change, ctx);
    if ("refused" in where) return where;
    const who = asAddress(lastSegment(change.address));
    if (who === undefined) return { refused: `${change.address}: the last segment must be an address` };
    const signer = classGovOps(ctx, where.classId);
    const functionName = change.kind === "delete" ? (`remove${Name}` as const) : (`set${Name}` as const);
    const args = [where.pau, who] as const;
    return [
      {
        key: functionName,
        kind: change.kind === "delete" ? "delete" : "create",
        target: ctx.observed.system.configurator,
        function: functionName,
        args: toJsonValue(args) as JsonValue[],
        calldata: encodeFunctionData({ abi: configuratorAbi, functionName, args }),
        authority: "govops",
        ...(signer ? { signer } : {}),
        dependsOn: classDeps(where.classId, signer),
      },
    ];
  };
}

/** cBEAM grant (timelocked `addGovOps`) and its instant revocation by aBEAM. */
export const govOpsBuilder: ActionBuilder = (change, ctx) => {
  const where = needPau(change, ctx);
  if ("refused" in where) return where;
  const who = asAddress(lastSegment(change.address));
  if (who === undefined) return { refused: `${change.address}: the last segment must be an address` };
  const args = [where.pau, who] as const;
  if (change.kind === "delete") {
    return [
      {
        key: "removeGovOps",
        kind: "delete",
        target: ctx.observed.system.beamState,
        function: "removeGovOps",
        args: toJsonValue(args) as JsonValue[],
        calldata: encodeFunctionData({ abi: beamStateAbi, functionName: "removeGovOps", args }),
        authority: "abeam",
      },
    ];
  }
  return [
    {
      key: "addGovOps",
      kind: "schedule",
      target: ctx.observed.system.beamState,
      function: "addGovOps",
      args: toJsonValue(args) as JsonValue[],
      calldata: encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args }),
      authority: "timelock-proposer",
      viaTimelock: true,
      dependsOn: [{ resource: `class.${where.classId}` }],
    },
  ];
};

/** Inits restricted to the class PAU: timelocked addition, instant removal; a change is remove + re-add. */
export const initBuilder: ActionBuilder = (change, ctx) => {
  const where = needPau(change, ctx);
  if ("refused" in where) return where;
  const key = (field(ctx.desired, change.address, "key") ?? field(ctx.observed.resources, change.address, "key")) as
    Hex | undefined;
  if (key === undefined) return { refused: `${change.address}: the rate-limit key is unknown` };
  const removeArgs = [key, where.pau] as const;
  const remove: ActionDraft = {
    key: "removeInitRateLimit",
    kind: "delete",
    target: ctx.observed.system.beamState,
    function: "removeInitRateLimit",
    args: toJsonValue(removeArgs) as JsonValue[],
    calldata: encodeFunctionData({ abi: beamStateAbi, functionName: "removeInitRateLimit", args: removeArgs }),
    authority: "abeam",
  };
  if (change.kind === "delete") return [remove];
  const addArgs = [
    key,
    where.pau,
    asBigint(change.desired!.fields.maxAmount, "maxAmount"),
    asBigint(change.desired!.fields.slope, "slope"),
  ] as const;
  const add: ActionDraft = {
    key: "addInitRateLimit",
    kind: "schedule",
    target: ctx.observed.system.beamState,
    function: "addInitRateLimit",
    args: toJsonValue(addArgs) as JsonValue[],
    calldata: encodeFunctionData({ abi: beamStateAbi, functionName: "addInitRateLimit", args: addArgs }),
    authority: "timelock-proposer",
    viaTimelock: true,
    dependsOn:
      change.kind === "update"
        ? [{ resource: `class.${where.classId}` }, { sibling: "removeInitRateLimit" }]
        : [{ resource: `class.${where.classId}` }],
  };
  if (change.kind === "update") {
    add.reason =
      "BEAMState cannot edit an init: the old one is removed (instant, aBEAM) and the new one added through the timelock";
    return [remove, add];
  }
  return [add];
};

/**
 * Transfer destinations: the Controller's admin is the Configurator, which calls a controller action only when
 * BEAMState enables its calldata hash for the PAU. So an approval (or a withdrawal) is two steps: governance
 * enables `keccak256(setDestination(d, approved))` through the timelock (skipped when already enabled), then
 * the class's GovOps sends `callControllerAction(pau, setDestination(d, approved))` once that is executed.
 */
export const destinationBuilder: ActionBuilder = (change, ctx) => {
  const where = needPau(change, ctx);
  if ("refused" in where) return where;
  const { classId, pau } = where;
  const who = asAddress(lastSegment(change.address));
  if (who === undefined) return { refused: `${change.address}: the last segment must be an address` };
  if (change.kind !== "create" && change.kind !== "delete")
    return { refused: `a destination approval cannot be ${change.kind}d` };
  const approve = change.kind === "create";
  const { data, hash } = setDestinationAction(who, approve);
  const enabled = ctx.observed.controllerActions?.includes(controllerActionKey(pau, hash)) === true;
  const signer = classGovOps(ctx, classId);
  const drafts: ActionDraft[] = [];
  if (!enabled) {
    const enableArgs = [hash, pau] as const;
    drafts.push({
      key: "addInitControllerAction",
      kind: "schedule",
      target: ctx.observed.system.beamState,
      function: "addInitControllerAction",
      args: toJsonValue(enableArgs) as JsonValue[],
      calldata: encodeFunctionData({ abi: beamStateAbi, functionName: "addInitControllerAction", args: enableArgs }),
      authority: "timelock-proposer",
      viaTimelock: true,
      dependsOn: [{ resource: `class.${classId}` }],
      reason: `BEAMState enables the controller action setDestination(${who}, ${approve}) for the PAU`,
    });
  }
  const callArgs = [pau, data] as const;
  drafts.push({
    key: "callControllerAction",
    kind: approve ? "create" : "delete",
    target: ctx.observed.system.configurator,
    function: "callControllerAction",
    args: toJsonValue(callArgs) as JsonValue[],
    calldata: encodeFunctionData({ abi: configuratorAbi, functionName: "callControllerAction", args: callArgs }),
    authority: "govops",
    ...(signer ? { signer } : {}),
    dependsOn: [...classDeps(classId, signer), ...(enabled ? [] : [{ sibling: "addInitControllerAction" }])],
    reason: `the Configurator (the Controller's admin) ${approve ? "approves" : "withdraws"} the destination`,
  });
  return drafts;
};

/** Builders for everything the Configurator Unit owns. */
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
