/**
 * What the factory's action builders share (plan/factory.ts, factory-deploy.ts, legacy.ts): the chain reads they are
 * given (`FactoryPlanContext`, read by plan/session.ts), the fixed deployment salt, who administers the registries,
 * and the drafting helpers (`draft`, `admin`, `artifactUpdate`).
 */
import { type Address, type Hex, encodeFunctionData, keccak256, toBytes } from "viem";
import { haloRegistryAbi } from "../abi/index.js";
import { toBytes32Name } from "../chain/names.js";
import type { DesiredState } from "../model/desired.js";
import type { ObservedState } from "../model/observed.js";
import { type ActionDraft, type JsonValue, toJsonValue } from "./actions.js";
import type { Actor } from "./actors.js";
import type { ResourceChange } from "./diff.js";
import type { TemplateProposals } from "./lifecycle-templates.js";
import type { TimelockOperation } from "./timelock.js";

/** The salt of every `deployClass` / `deployUnit` the tool sends: fixed, so predictions survive re-planning. */
export const DEPLOY_SALT: Hex = keccak256(toBytes("halo-factory/reconciler/deploy-salt/v1"));

export interface PredictedClass {
  almProxy: Address;
  rateLimits: Address;
  controller: Address;
  facility?: Address;
  dealToken?: Address;
  redeem?: Address;
  /**
   * The `addCBeam` operation the factory schedules through HaloCBeamProposer when it deploys the class and its
   * GovOps is no cBEAM yet (absent when the grant is immediate).
   */
  grant?: TimelockOperation;
}

export interface PredictedUnit {
  shareToken: Address;
  subscribeQueue: Address;
  redeemQueue: Address;
}

export interface FactoryPlanContext {
  state: DesiredState;
  /** The DEPLOYER that sends deployClass / deployUnit: the `authoriser` of the predictions. */
  deployer?: Address;
  /** APPROVER holders of the factory (the signers `approval:` may name). */
  approvers?: Address[];
  /** A REGISTRAR of the Halo registry (registers agents). */
  registrar?: Address;
  /** Who administers the registries (default: the PAS Timelock). */
  registryAdmin?: RegistryAdmin;
  /** What proposing template versions from templates.yaml needs (plan/lifecycle-templates.ts). */
  templateProposals?: TemplateProposals;
  /** Predictions for classes and units not deployed yet, by id. */
  classes: Record<string, PredictedClass>;
  units: Record<string, PredictedUnit>;
  /**
   * `decimals()` of every declared deposit asset (lower-case address; undefined: unreadable), read at the plan's
   * block: the factory scales a template's Day-0 amounts (18-decimal reference units) to it. Absent: 18.
   */
  assetDecimals?: Record<string, number | undefined>;
}

export function draft(
  key: string,
  kind: ActionDraft["kind"],
  target: Address,
  abi: Parameters<typeof encodeFunctionData>[0]["abi"],
  functionName: string,
  args: readonly unknown[],
  rest: Partial<ActionDraft> & Pick<ActionDraft, "actor">,
): ActionDraft {
  return {
    key,
    kind,
    target,
    function: functionName,
    args: toJsonValue(args) as JsonValue[],
    calldata: encodeFunctionData({ abi, functionName, args } as Parameters<typeof encodeFunctionData>[0]),
    ...rest,
  };
}

/**
 * The registries' admin: the PAS Timelock (the Core Council, timelocked: scheduled by the planner) or Sky's
 * PauseProxy (a spell), as session.ts reads it on chain (`DEFAULT_ADMIN_ROLE` on the Halo registry).
 */
export type RegistryAdmin = Extract<Actor, "core-council-timelocked" | "sky-governance">;

export function admin(who: RegistryAdmin | undefined): Pick<ActionDraft, "actor" | "kind"> {
  return who === "sky-governance" ? { actor: "sky-governance", kind: "spell" } : { actor: "core-council-timelocked", kind: "schedule" };
}

/** Fields of an update other than `prefix.*`. */
const othersThan = (change: ResourceChange, prefix: string) =>
  change.fields.filter((f) => !f.field.startsWith(`${prefix}.`)).map((f) => f.field);

/** `setArtifact` through the timelock (the Halo registry's admin) when only the artifact changed. */
export function artifactUpdate(
  change: ResourceChange,
  id: string,
  ctx: { observed: ObservedState },
  what: string,
  who: RegistryAdmin | undefined,
) {
  const registry = ctx.observed.system.haloRegistry;
  if (registry === undefined) return { refused: "the Halo registry's address is not configured" };
  const others = othersThan(change, "artifact");
  if (others.length > 0)
    return { refused: `${others.join(", ")} of a ${what} cannot be changed by any governance call this tool makes` };
  const f = change.desired!.fields;
  const artifact = { uri: String(f["artifact.uri"]), sha256: String(f["artifact.sha256"]) as Hex };
  return [
    draft("setArtifact", "schedule", registry, haloRegistryAbi, "setArtifact", [toBytes32Name(id), artifact], {
      ...admin(who),
      reason: `the Halo registry's admin updates the ${what}'s artifact`,
    }),
  ];
}
