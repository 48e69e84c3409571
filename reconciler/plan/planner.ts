/**
 * From a diff to an ordered, batched plan: builders turn each change into calls, each naming its actor
 * (docs/pas-handoff.md §5); the planner adds the spell that authorises the factory in PAS when the chain shows
 * it missing, wraps the Core Council's timelocked calls into PAS Timelock batch operations (reusing operations
 * already pending on chain or scheduled by a deployment of this plan), resolves dependencies and earliest
 * times, orders everything topologically and groups it into batches per actor, signer and time.
 */
import type { Address, Hex } from "viem";
import type { ObservedState, ResourceMap } from "../model/observed.js";
import { parentOf } from "../model/observed.js";
import {
  type Action,
  type ActionDraft,
  type Batch,
  type BuildContext,
  type Builders,
  type RampSummary,
  configuratorBuilders,
  toJsonValue,
  type JsonValue,
} from "./actions.js";
import { type Actor, actorRank } from "./actors.js";
import { factoryAuthorisationCalls } from "./pas.js";
import { canonicalHash } from "./canonical.js";
import { type DiffResult, type ResourceChange, diffResources } from "./diff.js";
import { RESOURCE_TYPES } from "./resources.js";
import {
  DONE_TIMESTAMP,
  type TimelockCall,
  type TimelockOperation,
  ZERO_BYTES32,
  encodeExecuteBatch,
  encodeScheduleBatch,
  hashOperationBatch,
  planSalt,
  sameCall,
} from "./timelock.js";

export interface PlanSummary {
  add: number;
  change: number;
  destroy: number;
  refused: number;
  timelockBatches: number;
  /** Batches that need an executive spell (sky-governance). */
  spellBatches: number;
  ramps: { resource: string; steps: number; durationSeconds: bigint }[];
}

export interface Plan {
  /** Hash of what the plan was made from; the timelock salts derive from it. */
  seed: Hex;
  now: bigint;
  chainId: number;
  blockNumber: bigint;
  blockHash: Hex;
  observedFingerprint: Hex;
  desiredHash: Hex;
  changes: ResourceChange[];
  undeclared: string[];
  actions: Action[];
  batches: Batch[];
  summary: PlanSummary;
}

export interface PlanInput {
  desired: ResourceMap;
  observed: ObservedState;
  /** Builders for the factory / registries; the Configurator Unit's builders are always included. */
  builders?: Builders;
  /** Defaults to the observed block's timestamp. */
  now?: bigint;
  /** Hash of the desired tree as loaded (file contents); defaults to a hash of the desired resources. */
  desiredHash?: Hex;
}

export class PlanCycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`the plan's actions depend on each other in a cycle: ${cycle.join(" -> ")}`);
  }
}

/**
 * Fingerprint of the observed state: keccak of the canonical JSON of everything but the block it was read at,
 * so that apply can re-read at a later block and tell "nothing changed" from "something changed".
 */
export function observedFingerprint(observed: ObservedState): Hex {
  const { blockNumber: _n, blockHash: _h, blockTimestamp: _t, ...state } = observed;
  return canonicalHash(state);
}

/**
 * Kahn's algorithm; among ready nodes the lowest `rank`, then the lowest id, goes first so the order is
 * stable. Throws `PlanCycleError` naming one cycle.
 */
export function topoSort<T extends { id: string; dependsOn: readonly string[] }>(
  nodes: readonly T[],
  rank: (n: T) => number,
): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const indegree = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const n of nodes) {
    indegree.set(n.id, 0);
    dependents.set(n.id, []);
  }
  for (const n of nodes) {
    for (const d of new Set(n.dependsOn)) {
      if (!byId.has(d)) throw new Error(`${n.id} depends on unknown action ${d}`);
      indegree.set(n.id, indegree.get(n.id)! + 1);
      dependents.get(d)!.push(n.id);
    }
  }
  const cmp = (a: T, b: T) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ready = nodes.filter((n) => indegree.get(n.id) === 0).sort(cmp);
  const out: T[] = [];
  while (ready.length > 0) {
    const n = ready.shift()!;
    out.push(n);
    for (const m of dependents.get(n.id)!) {
      const left = indegree.get(m)! - 1;
      indegree.set(m, left);
      if (left === 0) {
        ready.push(byId.get(m)!);
        ready.sort(cmp);
      }
    }
  }
  if (out.length < nodes.length)
    throw new PlanCycleError(
      findCycle(
        nodes.filter((n) => indegree.get(n.id)! > 0),
        byId,
      ),
    );
  return out;
}

function findCycle<T extends { id: string; dependsOn: readonly string[] }>(stuck: T[], byId: Map<string, T>): string[] {
  const stuckIds = new Set(stuck.map((n) => n.id));
  // every stuck node has a stuck dependency: walk until a node repeats
  const path: string[] = [];
  const seen = new Map<string, number>();
  let cur = stuck[0]!.id;
  while (!seen.has(cur)) {
    seen.set(cur, path.length);
    path.push(cur);
    cur = byId.get(cur)!.dependsOn.find((d) => stuckIds.has(d))!;
  }
  return [...path.slice(seen.get(cur)!), cur];
}

interface Wrapped {
  draft: ActionDraft;
  change: ResourceChange;
  id: string;
}

/** The synthetic resource of the spell that authorises the factory in PAS: before any deployment. */
export const FACTORY_AUTHORISATION = "pas.factory-authorisation";

const isTimelocked = (d: ActionDraft) => d.actor === "core-council-timelocked" && d.kind === "schedule";

const tierOf = (resource: string): number => {
  const parts = resource.split(".");
  if (resource === FACTORY_AUTHORISATION) return -1;
  if (parts[0] === "timelock") return 7;
  const type = parts[0] === "class" && parts.length >= 4 ? parts[2] : parts[0];
  const spec = (RESOURCE_TYPES as Record<string, { tier: number } | undefined>)[type ?? ""];
  return spec?.tier ?? 8;
};

export function buildPlan(input: PlanInput): Plan {
  const { observed, desired } = input;
  const now = input.now ?? observed.blockTimestamp;
  const fingerprint = observedFingerprint(observed);
  const desiredHash = input.desiredHash ?? canonicalHash(desired);
  const seed = canonicalHash({
    chainId: observed.chainId,
    blockNumber: observed.blockNumber,
    blockHash: observed.blockHash,
    observedFingerprint: fingerprint,
    desiredHash,
  });
  const diff: DiffResult = diffResources(desired, observed.resources);
  const ramps: RampSummary[] = [];
  const builders: Builders = { ...configuratorBuilders((r) => ramps.push(r)), ...input.builders };
  const ctx: BuildContext = { observed, desired, expected: {}, now };

  const actions: Action[] = [];
  const refuse = (change: ResourceChange, reason: string) =>
    actions.push({
      id: `${change.address}/refused`,
      kind: "replace-refused",
      resource: change.address,
      actor: "deployer",
      dependsOn: [],
      reason,
    });

  // 1. drafts per change
  const built: { change: ResourceChange; drafts: ActionDraft[] }[] = [];
  const refusedChanges = new Set<string>();
  // build in pipeline order so that what a deployment creates (`expects`) is known to the later builders
  const buildOrder = [...diff.changes].sort((a, b) => RESOURCE_TYPES[a.type].tier - RESOURCE_TYPES[b.type].tier);
  for (const change of buildOrder) {
    if (change.kind === "refused") {
      refuse(change, change.reason ?? "cannot change in place");
      refusedChanges.add(change.address);
      continue;
    }
    const parent = parentOf(change.address);
    if (parent !== undefined && refusedChanges.has(parent) && observed.resources[parent] === undefined) {
      refuse(change, `depends on ${parent}, which does not exist and cannot be planned`);
      refusedChanges.add(change.address);
      continue;
    }
    const builder = builders[change.type];
    if (builder === undefined) {
      refuse(
        change,
        `no builder is configured to ${change.kind} a ${change.type} (its contract's ABI is not known to this plan)`,
      );
      refusedChanges.add(change.address);
      continue;
    }
    const result = builder(change, ctx);
    if (!Array.isArray(result)) {
      refuse(change, result.refused);
      refusedChanges.add(change.address);
      continue;
    }
    built.push({ change, drafts: result });
    for (const d of result) Object.assign(ctx.expected, d.expects ?? {});
  }

  // 1b. the factory acts in PAS only once a spell has given it its BeamState role (and its adapter PROPOSER)
  const deploys = built.some(({ drafts: ds }) => ds.some((d) => d.actor === "deployer" && /^deploy(Class|Unit)$/.test(d.function)));
  const role = observed.pas.factoryRole;
  if (deploys && role !== undefined && observed.system.factory !== undefined) {
    const calls = factoryAuthorisationCalls(role, {
      beamState: observed.system.beamState,
      timelock: observed.system.timelock,
      factory: observed.system.factory,
      ...(observed.system.cbeamProposer !== undefined ? { cbeamProposer: observed.system.cbeamProposer } : {}),
    });
    if (calls.length > 0) {
      const change: ResourceChange = { address: FACTORY_AUTHORISATION, type: "class", kind: "create", fields: [] };
      built.unshift({
        change,
        drafts: calls.map((c, i) => ({
          key: `spell#${i}`,
          kind: "spell",
          target: c.target,
          function: c.signature.split("(")[0]!,
          args: toJsonValue(c.args) as JsonValue[],
          calldata: c.data,
          actor: "sky-governance",
          reason:
            c.names !== undefined
              ? `Sky governance lets the factory's BeamState role ${role.role} call ${c.names}`
              : c.contract === "Timelock"
                ? "Sky governance makes HaloCBeamProposer a PROPOSER of the PAS Timelock (it schedules only addCBeam of a class the factory deploys)"
                : `Sky governance gives the HaloFactory BeamState role ${role.role}`,
        })),
      });
      for (const b of built)
        for (const d of b.drafts)
          if (d.actor === "deployer" && /^deploy(Class|Unit)$/.test(d.function))
            d.dependsOn = [...(d.dependsOn ?? []), { resource: FACTORY_AUTHORISATION }];
    }
  }

  // 2. resources created as side effects of other calls are not built again
  const providedBy = new Map<string, string>(); // resource → id of the completing action
  const drafts: Wrapped[] = [];
  for (const { change, drafts: ds } of built)
    for (const d of ds) drafts.push({ draft: d, change, id: `${change.address}/${d.key}` });
  const provided = new Set<string>();
  for (const w of drafts) {
    for (const r of [...(w.draft.provides ?? []), ...Object.keys(w.draft.expects ?? {})]) provided.add(r);
    for (const r of w.draft.schedules?.provides ?? []) provided.add(r);
  }
  let active = drafts.filter((w) => !(provided.has(w.change.address) && w.change.kind === "create"));

  // a change that needs a resource which does not exist and will not be created is refused too
  const missing = (r: string) => refusedChanges.has(r) && observed.resources[r] === undefined;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of active) {
      if (refusedChanges.has(w.change.address)) continue;
      const parent = parentOf(w.change.address);
      const needs = [...(w.draft.dependsOn ?? []).map((d) => d.resource), parent].filter(
        (r): r is string => r !== undefined,
      );
      const blocker = needs.find(missing);
      if (blocker !== undefined) {
        refuse(w.change, `depends on ${blocker}, which does not exist and cannot be planned`);
        refusedChanges.add(w.change.address);
        changed = true;
      }
    }
    active = active.filter((w) => !refusedChanges.has(w.change.address));
  }

  // 3. timelock: reuse pending operations, group the rest into new operations by timelock depth
  const pending = observed.timelockOperations.filter((o) => o.timestamp !== DONE_TIMESTAMP && o.timestamp !== 0n);
  const executeIds = new Map<Hex, string>(); // operation id → execute action id
  const executeOps = new Map<string, TimelockOperation>(); // execute action id → operation
  const completing = new Map<string, string>(); // draft id → id dependents must wait for
  const earliestFloor = new Map<string, bigint>(); // action id → absolute floor
  const extraActions: Action[] = [];
  const gaps = new Map<string, Map<string, bigint>>(); // action id → dependency id → minimum gap
  const addExecute = (
    op: TimelockOperation,
    readyFloor: bigint | undefined,
    scheduleIds: string[],
    delay: bigint,
    label: string,
  ): string => {
    const opId = hashOperationBatch(op);
    const existing = executeIds.get(opId);
    if (existing !== undefined) return existing;
    const id = `timelock/execute-${label}`;
    executeIds.set(opId, id);
    executeOps.set(id, op);
    extraActions.push({
      id,
      kind: "execute",
      resource: `timelock.${label}`,
      target: observed.system.timelock,
      function: "executeBatch",
      args: [],
      calldata: encodeExecuteBatch(op),
      actor: "core-council-timelocked",
      dependsOn: scheduleIds,
      timelockOperationId: opId,
      reason:
        `executes ${op.calls.length} call(s) scheduled ${delay > 0n ? `with a delay of ${formatDuration(delay)}` : ""}`.trim(),
    });
    if (readyFloor !== undefined) earliestFloor.set(id, readyFloor);
    gaps.set(id, new Map(scheduleIds.map((s) => [s, delay])));
    return id;
  };

  // operations scheduled by a call of this plan itself (the factory's addCBeam for a new class)
  const byCalls: { op: TimelockOperation; exec: string }[] = [];
  for (const w of active) {
    const s = w.draft.schedules;
    if (s === undefined) continue;
    const exec = addExecute(s.op, undefined, [w.id], s.delay, `by-${w.change.address}`);
    byCalls.push({ op: s.op, exec });
    for (const r of s.provides) providedBy.set(r, exec);
  }

  const newTimelock: Wrapped[] = [];
  for (const w of active) {
    if (!isTimelocked(w.draft)) continue;
    const call: TimelockCall = { target: w.draft.target, value: w.draft.value ?? 0n, data: w.draft.calldata };
    const op = pending.find((o) => o.calls.some((c) => sameCall(c, call)));
    if (op !== undefined) {
      const exec = addExecute(op, op.timestamp, [], 0n, `pending-${op.id.slice(2, 10)}`);
      completing.set(w.id, exec);
      w.draft = { ...w.draft, reason: `already scheduled on the PAS Timelock as ${op.id} (ready at ${op.timestamp})` };
      continue;
    }
    const mine = byCalls.find((o) => o.op.calls.some((c) => sameCall(c, call)));
    if (mine !== undefined) {
      completing.set(w.id, mine.exec);
      w.draft = { ...w.draft, reason: "scheduled by the deployment of this plan (HaloCBeamProposer)" };
      continue;
    }
    newTimelock.push(w);
  }
  const alreadyScheduled = new Set(active.filter((w) => isTimelocked(w.draft) && !newTimelock.includes(w)).map((w) => w.id));

  // depth: a timelocked call that waits for another timelocked call of this plan goes into a later operation
  const byResource = new Map<string, Wrapped[]>();
  for (const w of active) byResource.set(w.change.address, [...(byResource.get(w.change.address) ?? []), w]);
  const depth = new Map<string, number>();
  const depthOf = (w: Wrapped, stack: Set<string>): number => {
    if (depth.has(w.id)) return depth.get(w.id)!;
    if (stack.has(w.id)) return 0; // a cycle is reported by the sort
    stack.add(w.id);
    let d = 0;
    for (const dep of resolveDraftDeps(w)) {
      if (dep.timelocked) d = Math.max(d, depthOf(dep.w, stack) + 1);
      else d = Math.max(d, depthOf(dep.w, stack));
    }
    stack.delete(w.id);
    depth.set(w.id, d);
    return d;
  };
  const resolveDraftDeps = (w: Wrapped): { w: Wrapped; timelocked: boolean }[] => {
    const out: { w: Wrapped; timelocked: boolean }[] = [];
    for (const dep of w.draft.dependsOn ?? []) {
      const targets =
        dep.sibling !== undefined
          ? drafts.filter((x) => x.id === `${w.change.address}/${dep.sibling}`)
          : (byResource.get(dep.resource ?? "") ?? []);
      // non-timelocked drafts are walked through: they may themselves wait for a timelocked call
      for (const t of targets) out.push({ w: t, timelocked: newTimelock.includes(t) });
    }
    return out;
  };
  const operations = new Map<number, Wrapped[]>();
  for (const w of newTimelock) {
    const d = depthOf(w, new Set());
    operations.set(d, [...(operations.get(d) ?? []), w]);
  }
  const scheduledOps: { index: number; op: TimelockOperation; members: Wrapped[] }[] = [];
  [...operations.keys()]
    .sort((a, b) => a - b)
    .forEach((d, index) => {
      const members = operations.get(d)!;
      const op: TimelockOperation = {
        calls: members.map((m) => ({ target: m.draft.target, value: m.draft.value ?? 0n, data: m.draft.calldata })),
        predecessor: ZERO_BYTES32,
        salt: planSalt(seed, index),
      };
      scheduledOps.push({ index, op, members });
      const exec = addExecute(
        op,
        undefined,
        members.map((m) => m.id),
        observed.timelockMinDelay,
        `${index}`,
      );
      for (const m of members) completing.set(m.id, exec);
    });

  for (const w of active)
    for (const r of [...(w.draft.provides ?? []), ...Object.keys(w.draft.expects ?? {})]) providedBy.set(r, w.id);

  // 4. actions with resolved dependencies
  const completingOfResource = (resource: string): string[] => {
    const p = providedBy.get(resource);
    if (p !== undefined) return [p];
    // dependents wait for every draft of the resource except its later ramp steps
    return (byResource.get(resource) ?? [])
      .filter((x) => x.draft.kind !== "ramp-step")
      .map((x) => completing.get(x.id) ?? x.id);
  };
  for (const w of active) {
    if (alreadyScheduled.has(w.id)) continue; // nothing to send: its pending execute stands in for it
    const deps = new Map<string, bigint>();
    const implicitParent = parentOf(w.change.address);
    const declared = [...(w.draft.dependsOn ?? [])];
    if (implicitParent !== undefined && !declared.some((d) => d.resource === implicitParent))
      declared.push({ resource: implicitParent });
    for (const dep of declared) {
      const ids =
        dep.sibling !== undefined ? [`${w.change.address}/${dep.sibling}`] : completingOfResource(dep.resource ?? "");
      for (const id of ids) {
        // a timelocked dependency completes with its execute (new or already pending), not with its schedule
        const resolved = completing.get(id) ?? id;
        if (resolved === w.id || resolved === completing.get(w.id)) continue;
        deps.set(resolved, dep.gap ?? 0n);
      }
    }
    const id = w.id;
    gaps.set(id, deps);
    if (w.draft.earliestAt !== undefined) earliestFloor.set(id, w.draft.earliestAt);
    const action: Action = {
      id,
      kind: w.draft.kind,
      resource: w.change.address,
      target: w.draft.target,
      function: w.draft.function,
      args: w.draft.args,
      calldata: w.draft.calldata,
      actor: w.draft.actor,
      dependsOn: [...deps.keys()],
    };
    if (w.draft.value !== undefined && w.draft.value !== 0n) action.value = w.draft.value;
    if (w.draft.signer !== undefined) action.signer = w.draft.signer;
    if (w.draft.reason !== undefined) action.reason = w.draft.reason;
    const sched = scheduledOps.find((s) => s.members.includes(w));
    if (sched !== undefined) action.timelockOperationId = hashOperationBatch(sched.op);
    actions.push(action);
  }
  actions.push(...extraActions);

  // 5. order, then earliest times in that order
  const sorted = topoSort(actions, (a) => tierOf(a.resource) * 10 + actorRank(a.actor));
  const byId = new Map(sorted.map((a) => [a.id, a]));
  for (const a of sorted) {
    if (a.kind === "replace-refused") continue;
    let t = earliestFloor.get(a.id) ?? now;
    if (t < now) t = now;
    for (const d of a.dependsOn) {
      const dep = byId.get(d)!;
      const gap = gaps.get(a.id)?.get(d) ?? 0n;
      if (dep.earliestAt !== undefined && dep.earliestAt + gap > t) t = dep.earliestAt + gap;
    }
    a.earliestAt = t;
  }

  // 6. batches
  const batches = makeBatches(sorted, scheduledOps, executeOps, observed);
  const summary: PlanSummary = {
    add: diff.changes.filter((c) => c.kind === "create" && !refusedChanges.has(c.address)).length,
    change: diff.changes.filter((c) => c.kind === "update" && !refusedChanges.has(c.address)).length,
    destroy: diff.changes.filter((c) => c.kind === "delete" && !refusedChanges.has(c.address)).length,
    refused: refusedChanges.size,
    timelockBatches: scheduledOps.length,
    spellBatches: batches.filter((b) => b.kind === "spell").length,
    ramps: ramps
      .filter((r) => r.plan.steps.length > 1)
      .map((r) => {
        const steps = sorted.filter((a) => a.resource === r.resource && a.function === "setRateLimit");
        const first = steps[0]?.earliestAt ?? 0n;
        const last = steps[steps.length - 1]?.earliestAt ?? 0n;
        return { resource: r.resource, steps: r.plan.steps.length, durationSeconds: last - first };
      }),
  };
  return {
    seed,
    now,
    chainId: observed.chainId,
    blockNumber: observed.blockNumber,
    blockHash: observed.blockHash,
    observedFingerprint: fingerprint,
    desiredHash,
    // the resources themselves stay out of the plan: it carries the field changes, which is what is reviewed
    changes: diff.changes.map(({ desired: _d, observed: _o, ...c }) => c),
    undeclared: diff.undeclared,
    actions: sorted,
    batches,
    summary,
  };
}

function makeBatches(
  sorted: Action[],
  scheduledOps: { index: number; op: TimelockOperation; members: Wrapped[] }[],
  executeOps: Map<string, TimelockOperation>,
  observed: ObservedState,
): Batch[] {
  // level: how many hand-overs between batches precede an action, so a batch never waits for itself
  const level = new Map<string, number>();
  const keyOf = new Map<string, string>();
  const byId = new Map(sorted.map((a) => [a.id, a]));
  const groups = new Map<string, Action[]>();
  for (const a of sorted) {
    if (a.kind === "replace-refused") continue;
    const opGroup = a.kind === "schedule" ? `op:${a.timelockOperationId}` : a.kind === "execute" ? `exec:${a.id}` : "";
    const base = `${a.actor}|${a.signer ?? ""}|${a.earliestAt}|${opGroup}`;
    let l = 0;
    for (const d of a.dependsOn) {
      const dep = byId.get(d)!;
      const dl = level.get(d) ?? 0;
      const sameGroup = keyOf.get(d)?.startsWith(`${base}|`) ?? false;
      l = Math.max(l, sameGroup && dep.kind !== "execute" ? dl : dl + 1);
    }
    level.set(a.id, l);
    // all calls of one timelock operation are scheduled by one scheduleBatch, whatever their own times
    const key = a.kind === "schedule" ? `schedule|${a.timelockOperationId}` : `${base}|${l}`;
    keyOf.set(a.id, key);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const stats = new Map<Action[], { at: bigint; level: number; first: number }>();
  for (const g of groups.values()) {
    const at = g.reduce((m, a) => (a.earliestAt! > m ? a.earliestAt! : m), 0n);
    for (const a of g) a.earliestAt = at;
    stats.set(g, { at, level: Math.max(...g.map((a) => level.get(a.id)!)), first: sorted.indexOf(g[0]!) });
  }
  const ordered = [...groups.values()].sort((x, y) => {
    const sx = stats.get(x)!;
    const sy = stats.get(y)!;
    if (sx.at !== sy.at) return sx.at < sy.at ? -1 : 1;
    if (sx.level !== sy.level) return sx.level - sy.level;
    return sx.first - sy.first;
  });
  return ordered.map((actions, i): Batch => {
    const head = actions[0]!;
    const batch: Batch = {
      id: `batch-${i + 1}`,
      kind: head.actor === "sky-governance" ? "spell" : "transactions",
      actor: head.actor,
      earliestAt: head.earliestAt!,
      actionIds: actions.map((a) => a.id),
      transactions: [],
    };
    if (head.signer !== undefined) batch.signer = head.signer;
    if (head.kind === "schedule") {
      const s = scheduledOps.find((o) => hashOperationBatch(o.op) === head.timelockOperationId)!;
      batch.kind = "timelock-schedule";
      batch.transactions = [
        { to: observed.system.timelock, value: 0n, data: encodeScheduleBatch(s.op, observed.timelockMinDelay) },
      ];
      batch.timelock = {
        operationId: head.timelockOperationId!,
        predecessor: s.op.predecessor,
        salt: s.op.salt,
        delay: observed.timelockMinDelay,
      };
      // the schedule batch must carry every member call in operation order
      const memberIds = s.members.map((m) => m.id);
      batch.actionIds = memberIds.filter((id) => actions.some((a) => a.id === id));
    } else if (head.kind === "execute") {
      batch.kind = "timelock-execute";
      batch.permissionless = true;
      batch.transactions = [{ to: head.target!, value: 0n, data: head.calldata! }];
      const op = executeOps.get(head.id)!;
      batch.timelock = {
        operationId: head.timelockOperationId!,
        predecessor: op.predecessor,
        salt: op.salt,
        delay: 0n,
      };
    } else {
      batch.transactions = actions.map((a) => ({ to: a.target!, value: a.value ?? 0n, data: a.calldata! }));
    }
    return batch;
  });
}

export function formatDuration(seconds: bigint): string {
  const hours = Number(seconds) / 3600;
  if (Number.isInteger(hours)) return `${hours} h`;
  return `${(Math.round(hours * 10) / 10).toString()} h`;
}

/** `Plan: 2 to add, 1 to change, 0 to destroy; 1 timelock batch; 1 rate-limit ramp of 4 steps over 54 h` */
export function summaryLine(s: PlanSummary): string {
  const parts = [`Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy`];
  if (s.refused > 0) parts.push(`${s.refused} refused`);
  if (s.spellBatches > 0) parts.push(`${s.spellBatches} spell${s.spellBatches === 1 ? "" : "s"}`);
  if (s.timelockBatches > 0) parts.push(`${s.timelockBatches} timelock batch${s.timelockBatches === 1 ? "" : "es"}`);
  if (s.ramps.length === 1) {
    const r = s.ramps[0]!;
    parts.push(`1 rate-limit ramp of ${r.steps} steps over ${formatDuration(r.durationSeconds)}`);
  } else if (s.ramps.length > 1) {
    const steps = s.ramps.reduce((n, r) => n + r.steps, 0);
    const longest = s.ramps.reduce((m, r) => (r.durationSeconds > m ? r.durationSeconds : m), 0n);
    parts.push(`${s.ramps.length} rate-limit ramps of ${steps} steps in all over up to ${formatDuration(longest)}`);
  }
  return parts.join("; ");
}

/** Addresses of accounts that must sign something in this plan, by actor. */
export function signersOf(plan: Plan): Map<Actor, Set<Address | "unknown">> {
  const out = new Map<Actor, Set<Address | "unknown">>();
  for (const b of plan.batches) {
    const set = out.get(b.actor) ?? new Set();
    set.add(b.signer ?? "unknown");
    out.set(b.actor, set);
  }
  return out;
}
