/**
 * Pre-factory (legacy) Halos in the plan: `legacy.<id>` (the Halo: its PAU) and `legacy.<id>.unit.<unitId>` (its
 * units). Governance records them in the Halo registry's inventory — `recordLegacyClass` / `recordLegacyUnit`, the
 * registry admin's calls (the PAS Timelock: the Core Council, timelocked; or a spell when the PauseProxy is the
 * admin) — and the Core Council registers the PAU in PAS (`addRateLimits` / `addController`, timelocked) so that
 * GovOps can operate it. Only the artifact can change afterwards (`setArtifact`); addresses never do.
 *
 * Whether the declared contracts conform to the template named in `conformsTo` is checked against the chain before
 * anything is planned (chain/legacy.ts, called from plan/session.ts): a declaration that does not conform is an
 * input error, so a plan never records a false statement.
 */
import { type Address, type Hex, zeroAddress } from "viem";
import { haloRegistryAbi } from "../abi/index.js";
import { KIND, ZERO_BYTES32, noDeal, toBytes32Name } from "../chain/names.js";
import { componentName } from "../load/normalize.js";
import { type DesiredLegacyHalo, type DesiredLegacyUnit, type DesiredState, templateOf } from "../model/desired.js";
import type { ActionBuilder, ActionDraft } from "./actions.js";
import { type FactoryPlanContext, admin, artifactUpdate, draft } from "./factory-context.js";
import { beamStateAbi } from "./pas.js";



/**
 * Pre-factory Halos are recorded by the registry's admin with `recordLegacyClass`, filed under
 * the agent `legacy.yaml` names (registered first when it is new: the record depends on it). The record
 * carries what the tree declares; the fields a legacy Halo has no value for (operator, freezer, GovOps,
 * deposit asset, parameters) are zero, and Day-0 is 0 cycles (the Halo has been live for a long time).
 */
export function legacyBuilder(fctx: FactoryPlanContext): ActionBuilder {
  return (change, ctx) => {
    const id = change.address.slice("legacy.".length);
    const registry = ctx.observed.system.haloRegistry;
    if (registry === undefined) return { refused: "the Halo registry's address is not configured" };
    const l = fctx.state.legacy.find((x) => x.id === id);
    if (l === undefined) return { refused: `legacy Halo ${id} is not declared` };
    // its PAU in PAS: registered by the Core Council through the Timelock (the factory registers only its own)
    const have = ctx.observed.resources[change.address]?.fields ?? {};
    const register: ActionDraft[] = [];
    if (have["pas.rateLimits"] !== true)
      register.push(
        draft("addRateLimits", "schedule", ctx.observed.system.beamState, beamStateAbi, "addRateLimits", [l.addresses.rateLimits], {
          actor: "core-council-timelocked",
          reason: "the Core Council registers the pre-factory Halo's RateLimits in PAS",
        }),
      );
    if (have["pas.controller"] !== true)
      register.push(
        draft("addController", "schedule", ctx.observed.system.beamState, beamStateAbi, "addController", [l.addresses.controller], {
          actor: "core-council-timelocked",
          reason: "the Core Council registers the pre-factory Halo's Controller in PAS",
        }),
      );
    if (change.kind === "update") {
      const rest = { ...change, fields: change.fields.filter((f) => !f.field.startsWith("pas.")) };
      if (rest.fields.length === 0) return register;
      const a = artifactUpdate(rest, id, ctx, "pre-factory Halo", fctx.registryAdmin);
      return Array.isArray(a) ? [...register, ...a] : a;
    }
    if (change.kind !== "create") return { refused: `a pre-factory record cannot be ${change.kind}d` };
    return [
      ...register,
      draft("recordLegacyClass", "schedule", registry, haloRegistryAbi, "recordLegacyClass", [legacyRecord(fctx.state, l)], {
        ...admin(fctx.registryAdmin),
        dependsOn: [{ resource: `agent.${l.agent}` }],
        reason: `the Halo registry's admin records the pre-factory Halo under agent ${l.agent}`,
      }),
    ];
  };
}

/**
 * A unit of a pre-factory Halo: `recordLegacyUnit` by the registry's admin, after its Halo is recorded (the
 * registry refuses a unit of an unknown class); afterwards only its artifact can change.
 */
export function legacyUnitBuilder(fctx: FactoryPlanContext): ActionBuilder {
  return (change, ctx) => {
    const m = /^legacy\.([^.]+)\.unit\.([^.]+)$/.exec(change.address);
    if (m === null) return { refused: `${change.address} is not a pre-factory unit address` };
    const [, haloId, unitId] = m as unknown as [string, string, string];
    const registry = ctx.observed.system.haloRegistry;
    if (registry === undefined) return { refused: "the Halo registry's address is not configured" };
    const unit = fctx.state.legacy.find((x) => x.id === haloId)?.units.find((u) => u.id === unitId);
    if (unit === undefined) return { refused: `pre-factory unit ${unitId} of ${haloId} is not declared` };
    if (change.kind === "update") return artifactUpdate(change, unitId, ctx, "pre-factory unit", fctx.registryAdmin);
    if (change.kind !== "create") return { refused: `a pre-factory record cannot be ${change.kind}d` };
    return [
      draft("recordLegacyUnit", "schedule", registry, haloRegistryAbi, "recordLegacyUnit", [legacyUnitRecord(haloId, unit)], {
        ...admin(fctx.registryAdmin),
        // no dependsOn: a dependency on another timelocked action would wait for its execution (a second
        // 14-day round); the unit's tier (after the Halo's, plan/resources.ts) puts it after the Halo's record in
        // the same scheduleBatch, whose calls the Timelock executes in order
        reason: `the Halo registry's admin records the pre-factory unit under ${haloId}, after the Halo's own record`,
      }),
    ];
  };
}

/** Beacon kind of a legacy Halo's operator: the one its template's classes use, else a plain "legacy". */
const LEGACY_BEACON: Record<string, string> = { "portfolio-lcts": "lpha-lcts", "term-nfat": "lpha-nfat" };
const KIND_OF: Record<string, Hex> = { "portfolio-lcts": KIND.PORTFOLIO_LCTS, "term-nfat": KIND.TERM_NFAT };

/**
 * The `ClassRecord` `recordLegacyClass` takes for a declared pre-factory Halo. Further contracts are recorded
 * under their PascalCase names (`nfatFacility` → `NfatFacility`: the template's component name, and the name the
 * registry looks a class's facility up by).
 */
export function legacyRecord(state: DesiredState, l: DesiredLegacyHalo) {
  const template = l.conformsTo === null ? undefined : templateOf(state, l.conformsTo);
  const kind = template === undefined ? undefined : template.kind;
  return {
    classId: toBytes32Name(l.id),
    agentId: toBytes32Name(l.agent),
    kind: kind === undefined ? ZERO_BYTES32 : (KIND_OF[kind] ?? ZERO_BYTES32),
    templateId: l.conformsTo === null ? ZERO_BYTES32 : toBytes32Name(l.conformsTo.id),
    templateVersion: l.conformsTo === null ? 0 : l.conformsTo.version,
    origin: 2, // LEGACY (the registry sets it anyway)
    conformsToTemplate: l.conformsTo !== null,
    almProxy: l.addresses.almProxy,
    controller: l.addresses.controller,
    recordedAt: 0n,
    rateLimits: l.addresses.rateLimits,
    operator: zeroAddress,
    freezer: zeroAddress,
    govOps: zeroAddress,
    depositAsset: zeroAddress,
    paramsHash: ZERO_BYTES32,
    contracts: Object.entries(l.addresses.others).map(([name, addr]) => ({ name: toBytes32Name(componentName(name)), addr })),
    beacons: [{ kind: toBytes32Name((kind && LEGACY_BEACON[kind]) ?? "legacy"), operator: l.beaconOperator }],
    artifact: { uri: l.artifact.uri, sha256: l.artifact.sha256 },
    day0: { cycles: 0, reviewCount: 0, endedAt: 0n },
    unitIds: [] as Hex[],
  };
}

/** The `UnitRecord` `recordLegacyUnit` takes: its contracts under their recorded names, no parameters, no Day-0. */
export function legacyUnitRecord(haloId: string, u: DesiredLegacyUnit) {
  return {
    unitId: toBytes32Name(u.id),
    classId: toBytes32Name(haloId),
    origin: 2, // LEGACY (the registry sets it anyway)
    recordedAt: 0n,
    paramsHash: ZERO_BYTES32,
    contracts: Object.entries(u.contracts).map(([name, addr]) => ({ name: toBytes32Name(name), addr })),
    deal: noDeal(),
    artifact: { uri: u.artifact.uri, sha256: u.artifact.sha256 },
    day0: { cycles: 0, reviewCount: 0, endedAt: 0n },
  };
}
