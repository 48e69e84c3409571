/**
 * Planner stage (reconciler/plan/planner.ts): ordering. `topoSort` orders the actions by dependency (lowest tier and
 * actor rank first among the ready ones; a cycle is a `PlanCycleError`), `earliestTimes` then gives every action the
 * earliest time its floor, its dependencies and their gaps allow.
 */
import type { Action } from "./actions.js";
import { actorRank } from "./actors.js";
import { RESOURCE_TYPES } from "./resources.js";

/** The synthetic resource of the spell that authorises the factory in PAS: before any deployment. */
export const FACTORY_AUTHORISATION = "pas.factory-authorisation";

export class PlanCycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`the plan's actions depend on each other in a cycle: ${cycle.join(" -> ")}`);
  }
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
        // binary insertion after any equal node: the same order as push-then-stable-sort, without re-sorting
        const node = byId.get(m)!;
        let lo = 0;
        let hi = ready.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cmp(ready[mid]!, node) <= 0) lo = mid + 1;
          else hi = mid;
        }
        ready.splice(lo, 0, node);
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

/** Pipeline tier of a resource address: the factory authorisation first, timelock executes late. */
export const tierOf = (resource: string): number => {
  const parts = resource.split(".");
  if (resource === FACTORY_AUTHORISATION) return -1;
  if (parts[0] === "timelock") return 7;
  const type = parts[0] === "class" && parts.length >= 4 ? parts[2] : parts[0];
  const spec = (RESOURCE_TYPES as Record<string, { tier: number } | undefined>)[type ?? ""];
  return spec?.tier ?? 8;
};

/**
 * Topological order (tier, then actor rank), then the earliest time of every action in that order: its floor (or
 * `now`), raised to each dependency's time plus the gap it must keep.
 */
export function orderActions(
  actions: Action[],
  earliestFloor: ReadonlyMap<string, bigint>,
  gaps: ReadonlyMap<string, ReadonlyMap<string, bigint>>,
  now: bigint,
): Action[] {
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
  return sorted;
}
