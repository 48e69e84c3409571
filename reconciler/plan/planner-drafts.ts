/**
 * Planner stages (reconciler/plan/planner.ts): drafts. Each change of the diff goes to its builder, in pipeline order
 * (what a deployment creates is known to the later builders); a change that cannot be built is refused, with the
 * changes that need it. When the plan deploys and the chain shows the factory not yet authorised in PAS, the spell
 * that authorises it goes first. Drafts of resources another call creates as a side effect are dropped.
 */
import type { ObservedState } from "../model/observed.js";
import { parentOf } from "../model/observed.js";
import {
  type Action,
  type ActionDraft,
  type BuildContext,
  type Builders,
  type JsonValue,
  toJsonValue,
} from "./actions.js";
import type { DiffResult, ResourceChange } from "./diff.js";
import { factoryAuthorisationCalls } from "./pas.js";
import { FACTORY_AUTHORISATION } from "./planner-order.js";
import { RESOURCE_TYPES } from "./resources.js";

/** A draft of the plan with the change it implements and its action id (`<resource>/<key>`). */
export interface Wrapped {
  draft: ActionDraft;
  change: ResourceChange;
  id: string;
}

/** The changes refused so far, and their `replace-refused` actions (in the order they were refused). */
export class Refusals {
  readonly actions: Action[] = [];
  readonly changes = new Set<string>();

  refuse(change: ResourceChange, reason: string): void {
    this.actions.push({
      id: `${change.address}/refused`,
      kind: "replace-refused",
      resource: change.address,
      actor: "deployer",
      dependsOn: [],
      reason,
    });
    this.changes.add(change.address);
  }

  has(address: string): boolean {
    return this.changes.has(address);
  }
}

export type Built = { change: ResourceChange; drafts: ActionDraft[] }[];

/** Stage 1: drafts per change, built in pipeline order; refusals recorded. */
export function draftChanges(
  diff: DiffResult,
  builders: Builders,
  ctx: BuildContext,
  observed: ObservedState,
  refusals: Refusals,
  explain?: (change: ResourceChange) => string | undefined,
): Built {
  const built: { change: ResourceChange; drafts: ActionDraft[] }[] = [];
  // build in pipeline order so that what a deployment creates (`expects`) is known to the later builders
  const buildOrder = [...diff.changes].sort((a, b) => RESOURCE_TYPES[a.type].tier - RESOURCE_TYPES[b.type].tier);
  for (const change of buildOrder) {
    if (change.kind === "refused") {
      refusals.refuse(change, explain?.(change) ?? change.reason ?? "cannot change in place");
      continue;
    }
    const parent = parentOf(change.address);
    if (parent !== undefined && refusals.has(parent) && observed.resources[parent] === undefined) {
      refusals.refuse(change, `depends on ${parent}, which does not exist and cannot be planned`);
      continue;
    }
    const builder = builders[change.type];
    if (builder === undefined) {
      refusals.refuse(
        change,
        `no builder is configured to ${change.kind} a ${change.type} (its contract's ABI is not known to this plan)`,
      );
      continue;
    }
    const result = builder(change, ctx);
    if (!Array.isArray(result)) {
      refusals.refuse(change, result.refused);
      continue;
    }
    built.push({ change, drafts: result });
    for (const d of result) Object.assign(ctx.expected, d.expects ?? {});
  }
  return built;
}

const isDeploy = (d: ActionDraft) => d.actor === "deployer" && /^deploy(Class|Unit)$/.test(d.function);

/**
 * Stage 1b: the factory acts in PAS only once a spell has given it its BeamState role (and its adapter PROPOSER).
 * When the plan deploys and calls are missing, the spell goes first and every deployment waits for it.
 */
export function addFactoryAuthorisation(built: Built, observed: ObservedState): void {
  const deploys = built.some(({ drafts: ds }) => ds.some(isDeploy));
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
          if (isDeploy(d)) d.dependsOn = [...(d.dependsOn ?? []), { resource: FACTORY_AUTHORISATION }];
    }
  }
}

/**
 * Stage 2: every draft wrapped with its id; the active ones are those not created as a side effect of another call,
 * and not needing a resource that does not exist and will not be created (those are refused too).
 */
export function activeDrafts(
  built: Built,
  observed: ObservedState,
  refusals: Refusals,
): { drafts: Wrapped[]; active: Wrapped[] } {
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
  const missing = (r: string) => refusals.has(r) && observed.resources[r] === undefined;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of active) {
      if (refusals.has(w.change.address)) continue;
      const parent = parentOf(w.change.address);
      const needs = [...(w.draft.dependsOn ?? []).map((d) => d.resource), parent].filter(
        (r): r is string => r !== undefined,
      );
      const blocker = needs.find(missing);
      if (blocker !== undefined) {
        refusals.refuse(w.change, `depends on ${blocker}, which does not exist and cannot be planned`);
        changed = true;
      }
    }
    active = active.filter((w) => !refusals.has(w.change.address));
  }
  return { drafts, active };
}
