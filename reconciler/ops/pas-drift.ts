/**
 * Drift of the PAS hand-off in PAS's own terms, from an observed state (and the desired resources): what the
 * resource diff cannot say by itself because it is not one resource's field.
 *   pas.beamState        BeamState is stopped (the Configurator refuses every GovOps call)           drift
 *   pas.timelock         the PAS Timelock is paused (nothing schedules, cancels or executes)         drift
 *   pas.factory          the factory is not (fully) authorised in PAS: role 3, its five selectors,
 *                        the HaloCBeamProposer as PROPOSER — the `sky-governance` spell is pending    expected
 *   cbeam.<class>.<acct> an undeclared cBEAM on a class's RateLimits or HaloController                drift
 *   pas.<class>          a class's RateLimits / HaloController no longer registered in BeamState      drift
 */
import type { ObservedState, ResourceMap } from "../model/observed.js";

export interface PasDriftItem {
  code: string;
  detail: string;
  /** True for a difference that is part of the hand-off in progress (a pending spell), not drift. */
  expected: boolean;
}

export function pasDrift(observed: ObservedState, desired: ResourceMap = {}): PasDriftItem[] {
  const items: PasDriftItem[] = [];
  const pas = observed.pas;
  if (pas.stopped)
    items.push({
      code: "pas.beamState",
      detail: "BeamState is stopped: the PAS Configurator refuses every GovOps call until it is started",
      expected: false,
    });
  if (pas.timelockPaused)
    items.push({
      code: "pas.timelock",
      detail: "PAS Timelock is paused: no Core Council operation can be scheduled, cancelled or executed",
      expected: false,
    });
  const role = pas.factoryRole;
  if (role !== undefined) {
    const missing = [
      role.userRole ? "" : `the factory does not hold BeamState role ${role.role}`,
      ...Object.entries(role.actions).filter(([, on]) => !on).map(([sel]) => `role ${role.role} may not call ${sel}`),
      role.proposerIsAdapter ? "" : "the HaloCBeamProposer is not a PROPOSER of the PAS Timelock",
    ].filter(Boolean);
    if (missing.length > 0)
      items.push({
        code: "pas.factory",
        detail: `the factory is not authorised in PAS (${missing.join("; ")}): the sky-governance spell is pending`,
        expected: true,
      });
  }
  // one pass over every resource (~54,000 at 1,000 classes): only a class or a govOps resource is looked at further
  const resources = observed.resources;
  for (const address in resources) {
    const resource = resources[address]!;
    if (resource.type === "class") {
      const f = resource.fields;
      if (f["pas.rateLimits"] !== false && f["pas.controller"] !== false) continue;
      const lost = [
        f["pas.rateLimits"] === false ? `RateLimits ${String(f.rateLimits)}` : "",
        f["pas.controller"] === false ? `HaloController ${String(f.controller)}` : "",
      ].filter(Boolean);
      const classId = address.split(".")[1];
      items.push({
        code: `pas.${classId}`,
        detail: `${lost.join(" and ")} of ${classId} not registered in BeamState (delRateLimits / delController?)`,
        expected: false,
      });
      continue;
    }
    if (resource.type !== "govOps" || !address.startsWith("class.") || desired[address] !== undefined) continue;
    const on = [resource.fields.rateLimits === true ? "RateLimits" : "", resource.fields.controller === true ? "HaloController" : ""].filter(Boolean);
    if (on.length === 0) continue;
    const parts = address.split(".");
    items.push({
      code: `cbeam.${parts[1]}.${parts[3]}`,
      detail: on.map((c) => `undeclared cBEAM ${parts[3]} on ${c} of ${parts[1]}`).join("; "),
      expected: false,
    });
  }
  return items;
}

/** One line per item, drift first. */
export function renderPasDrift(items: readonly PasDriftItem[]): string[] {
  return [...items]
    .sort((a, b) => Number(a.expected) - Number(b.expected))
    .map((i) => `${i.expected ? "  expected" : "  DRIFT   "} ${i.code}: ${i.detail}`);
}
