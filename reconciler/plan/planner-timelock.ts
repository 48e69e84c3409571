/**
 * Planner stage (reconciler/plan/planner.ts): the Core Council's timelocked calls. A call already pending on the PAS
 * Timelock reuses that operation, a call a deployment of this plan schedules (the factory's addCBeam) waits for that
 * one; the rest are grouped into new batch operations by timelock depth (a call that waits for another timelocked
 * call of this plan goes into a later operation). Every operation gets one permissionless execute action.
 */
import type { Hex } from "viem";
import type { ObservedState } from "../model/observed.js";
import type { Action, ActionDraft } from "./actions.js";
import type { Wrapped } from "./planner-drafts.js";
import { formatDuration } from "./planner-summary.js";
import {
  DONE_TIMESTAMP,
  type TimelockCall,
  type TimelockOperation,
  ZERO_BYTES32,
  encodeExecuteBatch,
  hashOperationBatch,
  planSalt,
  sameCall,
} from "./timelock.js";

/** A new timelock operation of this plan: its calls, its id (hashed once) and the drafts it carries. */
export interface ScheduledOp {
  index: number;
  op: TimelockOperation;
  id: Hex;
  members: Wrapped[];
}

const isTimelocked = (d: ActionDraft) => d.actor === "core-council-timelocked" && d.kind === "schedule";

/** What the timelock stage decided, for the dependency, ordering and batching stages. */
export class TimelockWiring {
  /** operation id → execute action id */
  readonly executeIds = new Map<Hex, string>();
  /** execute action id → operation */
  readonly executeOps = new Map<string, TimelockOperation>();
  /** draft id → id dependents must wait for (its operation's execute) */
  readonly completing = new Map<string, string>();
  /** action id → absolute floor of its earliest time */
  readonly earliestFloor = new Map<string, bigint>();
  /** the execute actions */
  readonly extraActions: Action[] = [];
  /** action id → dependency id → minimum gap */
  readonly gaps = new Map<string, Map<string, bigint>>();
  /** resource → id of the action that completes it (a call that provides it, or the execute that does) */
  readonly providedBy = new Map<string, string>();
  /** the new operations of this plan, in salt order */
  readonly scheduledOps: ScheduledOp[] = [];
  /** member draft → its new operation */
  readonly scheduledOpOf = new Map<Wrapped, ScheduledOp>();
  /** ids of timelocked drafts already scheduled (pending on chain, or by this plan's deployment): nothing to send */
  alreadyScheduled = new Set<string>();
  /** resource → its active drafts */
  readonly byResource = new Map<string, Wrapped[]>();

  constructor(private readonly observed: ObservedState) {}

  /** The execute action of `op` (one per operation id), waiting `delay` after its schedule actions. */
  addExecute(
    op: TimelockOperation,
    readyFloor: bigint | undefined,
    scheduleIds: string[],
    delay: bigint,
    label: string,
  ): string {
    const opId = hashOperationBatch(op);
    const existing = this.executeIds.get(opId);
    if (existing !== undefined) return existing;
    const id = `timelock/execute-${label}`;
    this.executeIds.set(opId, id);
    this.executeOps.set(id, op);
    this.extraActions.push({
      id,
      kind: "execute",
      resource: `timelock.${label}`,
      target: this.observed.system.timelock,
      function: "executeBatch",
      args: [],
      calldata: encodeExecuteBatch(op),
      actor: "core-council-timelocked",
      dependsOn: scheduleIds,
      timelockOperationId: opId,
      reason:
        `executes ${op.calls.length} call(s) scheduled ${delay > 0n ? `with a delay of ${formatDuration(delay)}` : ""}`.trim(),
    });
    if (readyFloor !== undefined) this.earliestFloor.set(id, readyFloor);
    this.gaps.set(id, new Map(scheduleIds.map((s) => [s, delay])));
    return id;
  }
}

/** Stage 3: reuse pending operations, group the rest into new operations by timelock depth. */
export function wireTimelock(
  active: readonly Wrapped[],
  drafts: readonly Wrapped[],
  observed: ObservedState,
  /** The plan's seed, read only when a new operation needs a salt. */
  seed: () => Hex,
): TimelockWiring {
  const t = new TimelockWiring(observed);
  const byCalls = scheduledByCalls(t, active);
  const newTimelock = reuseScheduled(t, active, byCalls, observed);
  for (const w of active) {
    const list = t.byResource.get(w.change.address);
    if (list === undefined) t.byResource.set(w.change.address, [w]);
    else list.push(w);
  }
  const operations = operationsByDepth(t, newTimelock, drafts);
  scheduleOperations(t, operations, observed, seed);
  for (const w of active)
    for (const r of [...(w.draft.provides ?? []), ...Object.keys(w.draft.expects ?? {})]) t.providedBy.set(r, w.id);
  return t;
}

/** Operations scheduled by a call of this plan itself (the factory's addCBeam for a new class). */
function scheduledByCalls(t: TimelockWiring, active: readonly Wrapped[]): { op: TimelockOperation; exec: string }[] {
  const byCalls: { op: TimelockOperation; exec: string }[] = [];
  for (const w of active) {
    const s = w.draft.schedules;
    if (s === undefined) continue;
    const exec = t.addExecute(s.op, undefined, [w.id], s.delay, `by-${w.change.address}`);
    byCalls.push({ op: s.op, exec });
    for (const r of s.provides) t.providedBy.set(r, exec);
  }
  return byCalls;
}

/**
 * Timelocked drafts whose call is already pending on chain, or scheduled by this plan's deployment, complete with that
 * operation's execute; the others (returned) need a new operation.
 */
function reuseScheduled(
  t: TimelockWiring,
  active: readonly Wrapped[],
  byCalls: readonly { op: TimelockOperation; exec: string }[],
  observed: ObservedState,
): Wrapped[] {
  const pending = observed.timelockOperations.filter((o) => o.timestamp !== DONE_TIMESTAMP && o.timestamp !== 0n);
  const newTimelock: Wrapped[] = [];
  for (const w of active) {
    if (!isTimelocked(w.draft)) continue;
    const call: TimelockCall = { target: w.draft.target, value: w.draft.value ?? 0n, data: w.draft.calldata };
    const op = pending.find((o) => o.calls.some((c) => sameCall(c, call)));
    if (op !== undefined) {
      const exec = t.addExecute(op, op.timestamp, [], 0n, `pending-${op.id.slice(2, 10)}`);
      t.completing.set(w.id, exec);
      w.draft = { ...w.draft, reason: `already scheduled on the PAS Timelock as ${op.id} (ready at ${op.timestamp})` };
      continue;
    }
    const mine = byCalls.find((o) => o.op.calls.some((c) => sameCall(c, call)));
    if (mine !== undefined) {
      t.completing.set(w.id, mine.exec);
      w.draft = { ...w.draft, reason: "scheduled by the deployment of this plan (HaloCBeamProposer)" };
      continue;
    }
    newTimelock.push(w);
  }
  const newTimelockSet = new Set(newTimelock);
  t.alreadyScheduled = new Set(active.filter((w) => isTimelocked(w.draft) && !newTimelockSet.has(w)).map((w) => w.id));
  return newTimelock;
}

/** Depth: a timelocked call that waits for another timelocked call of this plan goes into a later operation. */
function operationsByDepth(
  t: TimelockWiring,
  newTimelock: readonly Wrapped[],
  drafts: readonly Wrapped[],
): Map<number, Wrapped[]> {
  const newTimelockSet = new Set(newTimelock);
  const draftById = new Map<string, Wrapped[]>();
  for (const x of drafts) {
    const list = draftById.get(x.id);
    if (list === undefined) draftById.set(x.id, [x]);
    else list.push(x);
  }
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
          ? (draftById.get(`${w.change.address}/${dep.sibling}`) ?? [])
          : (t.byResource.get(dep.resource ?? "") ?? []);
      // non-timelocked drafts are walked through: they may themselves wait for a timelocked call
      for (const x of targets) out.push({ w: x, timelocked: newTimelockSet.has(x) });
    }
    return out;
  };
  const operations = new Map<number, Wrapped[]>();
  for (const w of newTimelock) {
    const d = depthOf(w, new Set());
    const list = operations.get(d);
    if (list === undefined) operations.set(d, [w]);
    else list.push(w);
  }
  return operations;
}

/** One new operation per depth, in depth order: its salt derives from the plan's seed and its index. */
function scheduleOperations(
  t: TimelockWiring,
  operations: ReadonlyMap<number, Wrapped[]>,
  observed: ObservedState,
  seed: () => Hex,
): void {
  [...operations.keys()]
    .sort((a, b) => a - b)
    .forEach((d, index) => {
      const members = operations.get(d)!;
      const op: TimelockOperation = {
        calls: members.map((m) => ({ target: m.draft.target, value: m.draft.value ?? 0n, data: m.draft.calldata })),
        predecessor: ZERO_BYTES32,
        salt: planSalt(seed(), index),
      };
      // the id is hashed once per operation: hashing it per member made planning quadratic in its size
      const scheduled: ScheduledOp = { index, op, id: hashOperationBatch(op), members };
      t.scheduledOps.push(scheduled);
      for (const m of members) t.scheduledOpOf.set(m, scheduled);
      const exec = t.addExecute(
        op,
        undefined,
        members.map((m) => m.id),
        observed.timelockMinDelay,
        `${index}`,
      );
      for (const m of members) t.completing.set(m.id, exec);
    });
}
