/**
 * What `halo apply` checks before sending anything, and which batches it may send now. Chain-independent:
 * the caller refreshes the observed state and opens the journal.
 */
import type { ObservedState } from "../model/observed.js";
import { type Batch, type Plan, observedFingerprint } from "../model/plan-doc.js";
import type { Journal } from "./journal.js";
import { PlanError } from "../errors.js";

export class StalePlanError extends PlanError {
  override name = "StalePlanError";
}

/**
 * Refuses a plan for another chain, or one whose observed state changed since planning. Once the journal
 * records progress, the chain has changed because of this very plan: the journal (not the fingerprint) is
 * then what decides what remains, so the fingerprint is not compared.
 */
export function checkFreshness(plan: Plan, observed: ObservedState, journal?: Journal): void {
  if (observed.chainId !== plan.chainId) {
    throw new StalePlanError(`this plan is for chain ${plan.chainId}, but the RPC serves chain ${observed.chainId}`);
  }
  const started = journal?.entries().some((e) => e.type === "result" && e.status !== "not-sent") ?? false;
  if (started) return;
  const now = observedFingerprint(observed);
  if (now !== plan.observedFingerprint) {
    throw new StalePlanError(
      `the plan is stale: the on-chain state changed since it was made at block ${plan.blockNumber} ` +
        `(fingerprint ${plan.observedFingerprint}, now ${now} at block ${observed.blockNumber}). Run \`halo plan\` again.`,
    );
  }
}

export interface Schedule {
  /** Not yet done and due (earliest time reached). */
  due: Batch[];
  /** Not yet done and not yet due, with their times. */
  later: Batch[];
  done: Batch[];
}

/** Splits the plan's batches by journal state and time; batches keep the plan's order. */
export function scheduleBatches(plan: Plan, now: bigint, journal?: Journal): Schedule {
  const out: Schedule = { due: [], later: [], done: [] };
  for (const b of plan.batches) {
    // a batch of several transactions is journaled per transaction (`batch-3#0`, `batch-3#1`, …)
    const done =
      journal !== undefined &&
      (journal.state(b.id).status === "done" ||
        (b.transactions.length > 1 && b.transactions.every((_, i) => journal.state(`${b.id}#${i}`).status === "done")));
    if (done) out.done.push(b);
    else if (b.earliestAt <= now) out.due.push(b);
    else out.later.push(b);
  }
  return out;
}
