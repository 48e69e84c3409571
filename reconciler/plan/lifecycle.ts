/**
 * Life after launch: what a deployed class or unit may still change, each through its governed path, and a
 * refusal naming the path (file:line:col, who could, which call) for what this tool does not change.
 *
 * - Unit parameters the unit contracts hold live: `capacity` and `minDeposit` (SubscribeQueue.setCapacity /
 *   setMinDeposit) and `maxRateIncreaseBps` (HaloShareToken.setMaxRateIncreaseBps). The unit contracts'
 *   DEFAULT_ADMIN_ROLE is the factory's governance, the PAS Timelock: the Core Council schedules the call,
 *   it executes after the Timelock's delay. The new value must stay inside the template's on-chain range.
 * - `targetYieldBps` (recorded in the unit's paramsHash only) is refused, naming what would be needed.
 * - A class's beacon operators rotate through plan/beacon-rotation.ts (one PAS Timelock batch: the beacon role on
 *   every contract the beacon serves, and `HaloRegistry.setBeaconOperator`).
 * - Relayer / freezer / GovOps changes are member resources (plan/actions.ts roleBuilder / govOpsBuilder:
 *   the Core Council enables the controller action through the PAS Timelock, GovOps calls it through the
 *   Configurator); the class resource carries them as computed fields, so nothing is built here for them.
 * - Template status changes (approve, deprecate, revoke) are plan/factory.ts templateBuilder; a new template
 *   version with `proposal:` in templates.yaml is proposed by plan/lifecycle-templates.ts (else refused there,
 *   naming TEMPLATE_PROPOSER's `proposeTemplate`).
 *
 * Pure: the caller passes the template's ranges and the artifact builder.
 */
import { type Address, encodeFunctionData } from "viem";
import { haloShareTokenAbi, subscribeQueueAbi } from "../abi/index.js";
import { unitParamValues } from "../chain/requests.js";
import { type DesiredClass, type DesiredPortfolioUnit, type DesiredState, fieldSource, formatAt } from "../model/desired.js";
import type { FieldValue, ObservedState } from "../model/observed.js";
import type { ActionDraft, BuildContext, BuildResult, JsonValue } from "./actions.js";
import { toJsonValue } from "./actions.js";
import { beaconRotation } from "./beacon-rotation.js";
import type { ResourceChange } from "./diff.js";

/** A template range as plan/factory.ts parses it. */
export interface LiveRange {
  scope: "class" | "unit";
  name: string;
  min: bigint;
  max: bigint;
}

/** The unit parameters a governed call changes in place: parameter → (contract field, function). */
export const UNIT_LIVE_PARAMS: Record<string, { contract: "SubscribeQueue" | "HaloShareToken"; fn: string }> = {
  capacity: { contract: "SubscribeQueue", fn: "setCapacity" },
  minDeposit: { contract: "SubscribeQueue", fn: "setMinDeposit" },
  maxRateIncreaseBps: { contract: "HaloShareToken", fn: "setMaxRateIncreaseBps" },
};

/** Why a unit parameter that no contract holds live cannot change, and what the owner does instead. */
const UNIT_FIXED: Record<string, string> = {
  targetYieldBps:
    "is recorded only in the unit's paramsHash at deployment (no contract holds it, no governed call changes it): declare a new unit (factory deployUnit, the DEPLOYER) and wind this one down (capacity 0)",
};

const asAddress = (v: FieldValue | undefined): Address | undefined =>
  typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? (v as Address) : undefined;

/**
 * A deployed unit's update: artifact (through `artifact`), the live parameters (Core Council, timelocked) and a
 * refusal for the rest.
 */
export function unitUpdate(
  change: ResourceChange,
  c: DesiredClass,
  u: DesiredPortfolioUnit,
  ctx: BuildContext,
  ranges: readonly LiveRange[] | undefined,
  artifact: (artifactOnly: ResourceChange) => BuildResult,
): BuildResult {
  const problems: string[] = [];
  const drafts: ActionDraft[] = [];
  const values = unitParamValues(u);
  const have = ctx.observed.resources[change.address]?.fields ?? {};
  for (const f of change.fields) {
    if (!f.field.startsWith("params.")) continue;
    const name = f.field.slice("params.".length);
    const source = fieldSource(u, f.field) ?? u.source;
    const live = UNIT_LIVE_PARAMS[name];
    if (live === undefined) {
      problems.push(formatAt(source, `${name} ${UNIT_FIXED[name] ?? "cannot change after deployment: declare a new unit instead"}`));
      continue;
    }
    const value = values[name]?.value;
    if (value === undefined) continue;
    const range = ranges?.find((r) => r.scope === "unit" && r.name === name);
    if (range !== undefined && (value < range.min || value > range.max)) {
      problems.push(
        formatAt(
          source,
          `${value} is outside template ${c.template.id} v${c.template.version}'s range for ${name}: ${range.min}..${range.max}`,
        ),
      );
      continue;
    }
    const target = asAddress(have[`address.${live.contract}`]);
    if (target === undefined) {
      problems.push(formatAt(source, `the unit's ${live.contract} is unknown: cannot plan ${live.fn}`));
      continue;
    }
    const abi = live.contract === "SubscribeQueue" ? subscribeQueueAbi : haloShareTokenAbi;
    const args = [value];
    drafts.push({
      key: live.fn,
      kind: "schedule",
      target,
      function: live.fn,
      args: toJsonValue(args) as JsonValue[],
      calldata: encodeFunctionData({ abi, functionName: live.fn, args } as Parameters<typeof encodeFunctionData>[0]),
      actor: "core-council-timelocked",
      reason: `the unit's admin (the PAS Timelock) changes ${name} from ${String(f.old)} to ${value} on the ${live.contract}`,
    });
  }
  if (problems.length > 0) return { refused: problems.join("; ") };
  const rest = change.fields.filter((f) => !f.field.startsWith("params."));
  if (rest.length === 0) return drafts;
  const a = artifact({ ...change, fields: rest });
  if (!Array.isArray(a)) return a;
  return [...drafts, ...a];
}

/**
 * A deployed class's update: beacon operator rotations (plan/beacon-rotation.ts: the PAS Timelock grants and
 * revokes the beacon role and rotates the registry record in one batch) and the artifact (through `artifact`).
 * (relayer / freezer / GovOps are member resources, template / params immutable: the diff refuses those.)
 * `units`: the unit resources of every class (plan/beacon-rotation.ts unitResourcesByClass), asked for only when
 * a beacon rotates, so that a plan rotating many classes indexes the observed state once.
 */
export function classUpdate(
  change: ResourceChange,
  c: DesiredClass | undefined,
  observed: ObservedState,
  registryCall: Pick<ActionDraft, "actor" | "kind">,
  artifact: (artifactOnly: ResourceChange) => BuildResult,
  units?: () => ReadonlyMap<string, string[]>,
): BuildResult {
  const beacons = change.fields.filter((f) => f.field.startsWith("beacons."));
  if (beacons.length === 0) return artifact(change);
  const rotation = beaconRotation(change, c, observed, registryCall, units?.());
  if (!Array.isArray(rotation)) return rotation;
  const rest = change.fields.filter((f) => !f.field.startsWith("beacons."));
  if (rest.length === 0) return rotation;
  const a = artifact({ ...change, fields: rest });
  return Array.isArray(a) ? [...rotation, ...a] : a;
}

/**
 * The diff refuses a change of an immutable field of a deployed class or unit (plan/resources.ts); this says
 * where it is declared (file:line:col) and what the governed way out is. Undefined for other refusals.
 */
export function explainImmutable(change: ResourceChange, state: DesiredState): string | undefined {
  if (change.kind !== "refused") return undefined;
  const fixed = change.fields.filter((f) => f.immutable);
  if (fixed.length === 0) return undefined;
  if (change.type === "class") {
    const id = change.address.slice("class.".length);
    const c = state.classes.find((x) => x.id === id);
    if (c === undefined) return undefined;
    const out: string[] = [];
    const template = fixed.filter((f) => f.field.startsWith("template."));
    if (template.length > 0) {
      const from = `${String(change.observed?.fields["template.id"])} v${String(change.observed?.fields["template.version"])}`;
      const to = `${c.template.id} v${c.template.version}`;
      out.push(
        formatAt(
          fieldSource(c, "template.version") ?? fieldSource(c, "template") ?? c.source,
          `class ${id} was deployed from template ${from}; migrating it to ${to} is refused: a factory class's contracts are ` +
            `clones of its template's implementations, fixed at deployment, and no template offers a migrate call (the factory ` +
            `has none): declare a new class (new id) with ${to} (factory deployClass, the DEPLOYER) and move the holdings to it`,
        ),
      );
    }
    for (const f of fixed.filter((x) => !x.field.startsWith("template."))) {
      out.push(
        formatAt(
          fieldSource(c, f.field) ?? c.source,
          `${f.field} is fixed at deployment (the class's registry record and paramsHash); no governed call changes it: ` +
            `declare a new class (new id, factory deployClass, the DEPLOYER) and migrate`,
        ),
      );
    }
    return out.join("; ");
  }
  if (change.type === "unit") {
    const [, classId, unitId] = /^class\.([^.]+)\.unit\.([^.]+)$/.exec(change.address) ?? [];
    const c = state.classes.find((x) => x.id === classId);
    const u = c?.kind === "portfolio-lcts" ? c.units.find((x) => x.id === unitId) : undefined;
    if (u === undefined) return undefined;
    return fixed
      .map((f) =>
        formatAt(
          fieldSource(u, f.field) ?? u.source,
          `${f.field} is fixed at deployment (the unit's token and paramsHash); no governed call changes it: declare a new ` +
            `unit (factory deployUnit, the DEPLOYER) and wind this one down (capacity 0: the PAS Timelock's setCapacity)`,
        ),
      )
      .join("; ");
  }
  return undefined;
}
