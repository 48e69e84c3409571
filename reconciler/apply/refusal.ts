/**
 * A transaction of a plan the chain refused, said in the plan's terms: which batch and actor, which resource and
 * what the action does, the decoded reason (every ABI of the system and PAS's revert strings, apply/signer.ts
 * `describeRevert`) and the next step:
 *
 *     halo: batch-12 (govops): raise rate limit acme-mmf-senior.subscribe-settle of class acme-mmf (SORL increase,
 *       step 2 of 3): the chain refused: Error(Configurator/exceeds-max-amount)
 *     hint: the rate limit was changed on chain since the plan was made: run `halo plan` again; the ramp restarts
 *       from the chain's value
 */
import type { Action, Batch, Plan } from "../model/plan-doc.js";
import { ChainError, HaloError } from "../errors.js";
import { RevertError } from "./signer.js";

/** The batch of a unit id (`batch-3`, `batch-3#1`) and the index of its transaction. */
export function unitBatch(plan: Plan, unit: string): { batch: Batch; index: number } | undefined {
  const [id, i] = unit.split("#");
  const batch = plan.batches.find((b) => b.id === id);
  return batch === undefined ? undefined : { batch, index: i === undefined ? 0 : Number(i) };
}

/** The plan's actions behind one transaction of a batch (a timelock batch's transaction carries all of them). */
function actionsOf(plan: Plan, batch: Batch, index: number): Action[] {
  const all = batch.actionIds.map((id) => plan.actions.find((a) => a.id === id)).filter((a): a is Action => a !== undefined);
  if (batch.transactions.length === all.length) return all[index] !== undefined ? [all[index]] : all;
  return all;
}

/** `rate limit acme-mmf-senior.subscribe-settle of class acme-mmf`, or the resource address as it is. */
export function resourceWords(resource: string): string {
  const m = /^class\.([^.]+)\.rateLimit\.(.+)$/.exec(resource);
  if (m !== null) return `rate limit ${m[2]} of class ${m[1]}`;
  const d = /^class\.([^.]+)\.destination\.(.+)$/.exec(resource);
  if (d !== null) return `destination ${d[2]} of class ${d[1]}`;
  const r = /^class\.([^.]+)\.(relayer|freezer|govOps)\.(.+)$/.exec(resource);
  if (r !== null) return `${r[2]} ${r[3]} of class ${r[1]}`;
  return resource;
}

function actionWords(a: Action): string {
  const what = resourceWords(a.resource);
  const reason = a.reason !== undefined ? ` (${a.reason})` : "";
  if (a.function === "setRateLimit") {
    const verb = a.reason?.includes("decrease") ? "lower" : a.reason?.includes("instantiate") ? "instantiate" : "raise";
    return `${verb} ${what}${reason}`;
  }
  return `${a.function ?? a.kind} for ${what}${reason}`;
}

/** What to do next, from the decoded reason (PAS's revert strings, our custom errors). */
export function nextStep(reason: string): string {
  if (/exceeds-max-amount|exceeds-max-slope|IncreaseTooLarge/.test(reason))
    return "the rate limit was changed on chain since the plan was made: run `halo plan` again; the ramp restarts from the chain's value";
  if (/increment-too-soon/.test(reason))
    return "the key was raised less than one hop ago (by hand, or by another apply): run `halo plan` again for the next allowed time (`halo devnet warp --next` on a devnet)";
  if (/hop-not-set/.test(reason))
    return "PAS has no hop for this RateLimits: the Core Council sets one (BeamState.setHop through the PAS Timelock); then `halo plan`";
  if (/not-authorized-(ratelimits|controller)-cBeam/.test(reason))
    return "the signer is not a cBEAM on this class: the Core Council's grant (BeamState.setCBeamForRateLimits / setCBeamForController, direct) must come first; run `halo plan` to see it";
  if (/Configurator\/stopped/.test(reason))
    return "BeamState is stopped: nothing passes the Configurator until start() (Core Council, timelocked)";
  if (/not-valid-data/.test(reason))
    return "the controller action is not enabled in BeamState (addInitControllerActions through the PAS Timelock): run `halo plan`";
  if (/TimelockUnexpectedOperationState|TimelockUnexecutedPredecessor/.test(reason))
    return "the PAS Timelock operation is not in the state the plan expects (cancelled, executed or not ready): run `halo plan` again";
  return "run `halo plan` to see what the chain holds now, and apply the new plan";
}

/** The refusal of `unit` (a plan's transaction) as a one-line error; other errors are returned unchanged. */
export function refusalError(plan: Plan, unit: string, error: unknown, mined?: { txHash: string; reason?: string }): unknown {
  if (mined === undefined && !(error instanceof RevertError)) return error;
  const where = unitBatch(plan, unit);
  if (where === undefined) return error;
  const { batch, index } = where;
  const actions = actionsOf(plan, batch, index);
  const what =
    actions.length === 1
      ? actionWords(actions[0]!)
      : actions.length > 1
        ? `${batch.kind} of ${actions.length} actions (${[...new Set(actions.map((a) => resourceWords(a.resource)))].slice(0, 3).join("; ")}${actions.length > 3 ? "; …" : ""})`
        : batch.kind;
  const reason = error instanceof RevertError ? error.revert : (mined?.reason ?? "reverted");
  const how = mined !== undefined ? `reverted on chain in ${mined.txHash}` : "the chain refused it (nothing was sent)";
  return new ChainError(`${unit} (${batch.actor}): ${what}: ${how}: ${reason}`, {
    code: "chain.batch-refused",
    hint: nextStep(reason),
    ...(error instanceof HaloError || error instanceof Error ? { cause: error } : {}),
  });
}
