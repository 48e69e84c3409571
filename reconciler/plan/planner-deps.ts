/**
 * Planner stage (reconciler/plan/planner.ts): dependencies. Every active draft becomes an action whose dependencies
 * are resolved to action ids: a resource's dependents wait for the action that completes it (a timelocked call
 * completes with its operation's execute, not its schedule); a draft's parent resource is an implicit dependency.
 */
import { parentOf } from "../model/observed.js";
import type { Action } from "./actions.js";
import type { Wrapped } from "./planner-drafts.js";
import type { TimelockWiring } from "./planner-timelock.js";

/** Stage 4: the actions of the active drafts, with resolved dependencies; records their gaps and floors in `t`. */
export function resolveActions(active: readonly Wrapped[], t: TimelockWiring): Action[] {
  const actions: Action[] = [];
  const completingOfResource = (resource: string): string[] => {
    const p = t.providedBy.get(resource);
    if (p !== undefined) return [p];
    // dependents wait for every draft of the resource except its later ramp steps
    return (t.byResource.get(resource) ?? [])
      .filter((x) => x.draft.kind !== "ramp-step")
      .map((x) => t.completing.get(x.id) ?? x.id);
  };
  for (const w of active) {
    if (t.alreadyScheduled.has(w.id)) continue; // nothing to send: its pending execute stands in for it
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
        const resolved = t.completing.get(id) ?? id;
        if (resolved === w.id || resolved === t.completing.get(w.id)) continue;
        deps.set(resolved, dep.gap ?? 0n);
      }
    }
    const id = w.id;
    t.gaps.set(id, deps);
    if (w.draft.earliestAt !== undefined) t.earliestFloor.set(id, w.draft.earliestAt);
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
    if (w.draft.approval !== undefined) action.approval = { ...w.draft.approval };
    if (w.draft.template !== undefined) action.template = { ...w.draft.template };
    const sched = t.scheduledOpOf.get(w);
    if (sched !== undefined) action.timelockOperationId = sched.id;
    actions.push(action);
  }
  return actions;
}
