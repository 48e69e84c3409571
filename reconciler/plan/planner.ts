/**
 * From a diff to an ordered, batched plan: builders turn each change into calls, each naming its actor
 * (docs/pas-handoff.md §5); the planner adds the spell that authorises the factory in PAS when the chain shows
 * it missing, wraps the Core Council's timelocked calls into PAS Timelock batch operations (reusing operations
 * already pending on chain or scheduled by a deployment of this plan), resolves dependencies and earliest
 * times, orders everything topologically and groups it into batches per actor, signer and time.
 *
 * Each stage is its own module; this one composes them:
 *   planner-drafts.ts    1. drafts per change (refusals), 1b. the factory-authorisation spell, 2. side effects
 *   planner-timelock.ts  3. timelocked calls: pending operations reused, new operations by depth, executes
 *   planner-deps.ts      4. actions with resolved dependencies
 *   planner-order.ts     5. topological order and earliest times
 *   planner-batches.ts   6. batches per actor, signer, time and operation
 *   planner-summary.ts   the summary and its one-line view
 */
import type { Hex } from "viem";
import type { ObservedState, ResourceMap } from "../model/observed.js";
import { profileMark } from "../model/profile.js";
import { type Action, type BuildContext, type Builders, type RampSummary, configuratorBuilders } from "./actions.js";
import { canonicalHash } from "./canonical.js";
import { type DiffResult, type ResourceChange, diffResources } from "./diff.js";
import { makeBatches } from "./planner-batches.js";
import { Refusals, activeDrafts, addFactoryAuthorisation, draftChanges } from "./planner-drafts.js";
import { resolveActions } from "./planner-deps.js";
import { orderActions } from "./planner-order.js";
import { summarise } from "./planner-summary.js";
import { wireTimelock } from "./planner-timelock.js";

export { FACTORY_AUTHORISATION, PlanCycleError, topoSort } from "./planner-order.js";
export { formatDuration, signersOf, summaryLine } from "./planner-summary.js";
// The plan document (Plan, PlanSummary) and the observed fingerprint are defined in model/plan-doc.ts.
export { type Plan, type PlanSummary, observedFingerprint } from "../model/plan-doc.js";
import { type Plan, observedFingerprint } from "../model/plan-doc.js";

export interface PlanInput {
  desired: ResourceMap;
  observed: ObservedState;
  /**
   * Builders for the factory / registries / Primes; the Configurator Unit's builders are always included. As a
   * function, it is given the planner's ramp collector, so the ramps its builders plan (a Prime's SORL ramps) are
   * counted in the summary like the Halo side's.
   */
  builders?: Builders | ((onRamp: (r: RampSummary) => void) => Builders);
  /** Defaults to the observed block's timestamp. */
  now?: bigint;
  /** Hash of the desired tree as loaded (file contents); defaults to a hash of the desired resources. */
  desiredHash?: Hex;
  /** Where an immutable field refused by the diff is declared and the governed way out (plan/lifecycle.ts). */
  explainRefusal?: (change: ResourceChange) => string | undefined;
}

/** `f` evaluated on the first call only. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

export function buildPlan(input: PlanInput): Plan {
  const { observed, desired } = input;
  const now = input.now ?? observed.blockTimestamp;
  const desiredHash = input.desiredHash ?? canonicalHash(desired);
  // The observed fingerprint (SHA-256 over the canonical JSON of the whole observed state: about 30 MB and 0.7 s
  // at 1,000 classes) and the seed derived from it are computed when first read — by a new timelock operation's
  // salt, a saved or markdown / JSON plan, apply — and not at all for a plan only printed as text.
  const fingerprint = once(() => observedFingerprint(observed));
  const seed = once(() =>
    canonicalHash({
      chainId: observed.chainId,
      blockNumber: observed.blockNumber,
      blockHash: observed.blockHash,
      observedFingerprint: fingerprint(),
      desiredHash,
    }),
  );
  const diff: DiffResult = diffResources(desired, observed.resources);
  profileMark("plan: diff");
  const ramps: RampSummary[] = [];
  const onRamp = (r: RampSummary) => ramps.push(r);
  const extra = typeof input.builders === "function" ? input.builders(onRamp) : input.builders;
  const builders: Builders = { ...configuratorBuilders(onRamp), ...extra };
  const ctx: BuildContext = { observed, desired, expected: {}, now };

  // 1. drafts per change; 1b. the factory-authorisation spell; 2. drafts of resources created as side effects dropped
  const refusals = new Refusals();
  const built = draftChanges(diff, builders, ctx, observed, refusals, input.explainRefusal);
  addFactoryAuthorisation(built, observed);
  const { drafts, active } = activeDrafts(built, observed, refusals);

  // 3. timelock: reuse pending operations, group the rest into new operations by timelock depth
  const timelock = wireTimelock(active, drafts, observed, seed);

  // 4. actions with resolved dependencies (refusals first, executes last)
  const resolved = resolveActions(active, timelock);
  const actions: Action[] = [...refusals.actions, ...resolved, ...timelock.extraActions];

  // 5. order, then earliest times in that order
  const sorted = orderActions(actions, timelock.earliestFloor, timelock.gaps, now);

  profileMark("plan: drafts, timelock, order");
  // 6. batches
  const batches = makeBatches(sorted, timelock.scheduledOps, timelock.executeOps, observed);
  const summary = summarise(diff, refusals.changes, timelock.scheduledOps.length, batches, ramps, sorted);
  return {
    get seed(): Hex {
      return seed();
    },
    set seed(value: Hex) {
      Object.defineProperty(this, "seed", { value, writable: true, enumerable: true, configurable: true });
    },
    now,
    chainId: observed.chainId,
    blockNumber: observed.blockNumber,
    blockHash: observed.blockHash,
    get observedFingerprint(): Hex {
      return fingerprint();
    },
    set observedFingerprint(value: Hex) {
      Object.defineProperty(this, "observedFingerprint", { value, writable: true, enumerable: true, configurable: true });
    },
    desiredHash,
    // the resources themselves stay out of the plan: it carries the field changes, which is what is reviewed
    changes: diff.changes.map(({ desired: _d, observed: _o, ...c }) => c),
    undeclared: diff.undeclared,
    actions: sorted,
    batches,
    summary,
  };
}
