/**
 * Planner stage (reconciler/plan/planner.ts): the plan's summary (counts, timelock batches, spells, ramps) and the
 * one-line and per-signer views of it.
 */
import type { Address } from "viem";
import type { Action, Batch, RampSummary } from "./actions.js";
import type { Actor } from "./actors.js";
import type { DiffResult } from "./diff.js";
import type { PlanSummary } from "../model/plan-doc.js";

export type { PlanSummary } from "../model/plan-doc.js";

/** Counts of the changes planned (refused ones apart), the timelock batches and spells, and each multi-step ramp. */
export function summarise(
  diff: DiffResult,
  refused: ReadonlySet<string>,
  timelockBatches: number,
  batches: readonly Batch[],
  ramps: readonly RampSummary[],
  sorted: readonly Action[],
): PlanSummary {
  const refusedChanges = refused;
  return {
    add: diff.changes.filter((c) => c.kind === "create" && !refusedChanges.has(c.address)).length,
    change: diff.changes.filter((c) => c.kind === "update" && !refusedChanges.has(c.address)).length,
    destroy: diff.changes.filter((c) => c.kind === "delete" && !refusedChanges.has(c.address)).length,
    refused: refusedChanges.size,
    timelockBatches,
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

/** Addresses of accounts that must sign something in a plan's batches, by actor. */
export function signersOf(plan: { batches: readonly Batch[] }): Map<Actor, Set<Address | "unknown">> {
  const out = new Map<Actor, Set<Address | "unknown">>();
  for (const b of plan.batches) {
    const set = out.get(b.actor) ?? new Set();
    set.add(b.signer ?? "unknown");
    out.set(b.actor, set);
  }
  return out;
}
