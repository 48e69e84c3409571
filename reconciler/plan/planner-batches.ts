/**
 * Planner stage (reconciler/plan/planner.ts): batching. The ordered actions are grouped per actor, signer, time and
 * timelock operation into the batches each actor sends (a spell, a Safe batch, a Timelock scheduleBatch /
 * executeBatch), in an order where no batch waits for a later one.
 */
import type { Hex } from "viem";
import type { ObservedState } from "../model/observed.js";
import type { Action, Batch } from "./actions.js";
import type { ScheduledOp } from "./planner-timelock.js";
import { type TimelockOperation, encodeScheduleBatch } from "./timelock.js";

export function makeBatches(
  sorted: Action[],
  scheduledOps: ScheduledOp[],
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
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [a]);
    else group.push(a);
  }
  const position = new Map(sorted.map((a, i) => [a, i]));
  const scheduledById = new Map<Hex, ScheduledOp>();
  for (const o of scheduledOps) if (!scheduledById.has(o.id)) scheduledById.set(o.id, o);
  const stats = new Map<Action[], { at: bigint; level: number; first: number }>();
  for (const g of groups.values()) {
    const at = g.reduce((m, a) => (a.earliestAt! > m ? a.earliestAt! : m), 0n);
    for (const a of g) a.earliestAt = at;
    stats.set(g, { at, level: Math.max(...g.map((a) => level.get(a.id)!)), first: position.get(g[0]!)! });
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
      const s = scheduledById.get(head.timelockOperationId!)!;
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
      const inBatch = new Set(actions.map((a) => a.id));
      batch.actionIds = memberIds.filter((id) => inBatch.has(id));
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
