/**
 * Action builders for what the factory and the two registries own: template status changes (the registries'
 * admin: the PAS Timelock, i.e. the Core Council timelocked, or the PauseProxy, i.e. a spell), agents
 * (registrar), pre-factory Halos (plan/legacy.ts: the registries' admin, plus their PAU's registration in PAS through
 * the Timelock), classes and units (plan/factory-deploy.ts: factory `deployClass` / `deployUnit`, signed by a
 * DEPLOYER). They complete `configuratorBuilders` (actions.ts).
 *
 * The builders are pure: everything they need from the chain beyond the observed state (the factory's
 * `predict…` views, who holds DEPLOYER / REGISTRAR, who administers the registries)
 * is read beforehand (plan/session.ts) and passed in as `FactoryPlanContext` (plan/factory-context.ts).
 */
import type { Hex } from "viem";
import { getAddress } from "../model/address.js";
import { haloRegistryAbi, templateRegistryAbi } from "../abi/index.js";
import { toBytes32Name } from "../chain/names.js";
import type { ActionBuilder, ActionDraft, Builders } from "./actions.js";
import { type FactoryPlanContext, type RegistryAdmin, admin, artifactUpdate, draft } from "./factory-context.js";
import { classBuilder, unitBuilder } from "./factory-deploy.js";
import { proposalDrafts } from "./lifecycle-templates.js";
import { legacyBuilder, legacyUnitBuilder } from "./legacy.js";

const TEMPLATE_FUNCTIONS: Record<string, Record<string, "approveTemplate" | "deprecateTemplate" | "revokeTemplate">> = {
  proposed: { approved: "approveTemplate", revoked: "revokeTemplate" },
  approved: { deprecated: "deprecateTemplate", revoked: "revokeTemplate" },
  deprecated: { revoked: "revokeTemplate" },
};

export function templateBuilder(who?: RegistryAdmin, fctx?: FactoryPlanContext): ActionBuilder {
  return (change, ctx) => {
    const [, id, v] = /^template\.(.+)\.v([0-9]+)$/.exec(change.address) ?? [];
    const registry = ctx.observed.system.templateRegistry;
    if (registry === undefined) return { refused: "the template registry's address is not configured" };
    const declared = fctx?.state.templates.find((t) => t.id === id && t.version === Number(v));
    if (change.kind === "create" && declared !== undefined)
      return proposalDrafts(declared, fctx?.templateProposals ?? { bases: {} }, registry, who);
    if (change.kind === "create")
      return {
        refused: `template ${id} v${v} is not proposed on chain: a TEMPLATE_PROPOSER proposes it with its implementations and code hashes (not part of halos/); governance then approves it`,
      };
    if (change.kind !== "update") return { refused: `a template version cannot be ${change.kind}d` };
    const status = change.fields.find((f) => f.field === "status");
    const other = change.fields.filter((f) => f.field !== "status");
    if (other.length > 0 || status === undefined)
      return { refused: `only a template's status can change (${other.map((f) => f.field).join(", ")} differ)` };
    const from = String(status.old);
    const to = String(status.new);
    const fn = TEMPLATE_FUNCTIONS[from]?.[to];
    if (fn === undefined) return { refused: `a template cannot go from ${from} back to ${to}: publish a new version` };
    return [
      draft(fn, "schedule", registry, templateRegistryAbi, fn, [toBytes32Name(id!), Number(v)], {
        ...admin(who),
        reason: `governance ${to === "approved" ? "approves" : to === "deprecated" ? "deprecates" : "revokes"} the template (${from} → ${to})`,
      }),
    ];
  };
}

export function agentBuilder(fctx: FactoryPlanContext): ActionBuilder {
  return (change, ctx) => {
    const id = change.address.slice("agent.".length);
    const registry = ctx.observed.system.haloRegistry;
    if (registry === undefined) return { refused: "the Halo registry's address is not configured" };
    const f = change.desired!.fields;
    if (change.kind === "create") {
      if (fctx.registrar === undefined) return { refused: "nobody holds REGISTRAR on the Halo registry" };
      const artifact = { uri: String(f["artifact.uri"]), sha256: String(f["artifact.sha256"]) as Hex };
      return [
        draft(
          "registerAgent",
          "create",
          registry,
          haloRegistryAbi,
          "registerAgent",
          [toBytes32Name(id), getAddress(String(f.operator)), artifact],
          { actor: "deployer", signer: fctx.registrar, reason: "the registrar registers the agent" },
        ),
      ];
    }
    if (change.kind !== "update") return { refused: `an agent cannot be ${change.kind}d` };
    const drafts: ActionDraft[] = [];
    if (change.fields.some((x) => x.field === "operator"))
      drafts.push(
        draft(
          "setAgentOperator",
          "schedule",
          registry,
          haloRegistryAbi,
          "setAgentOperator",
          [toBytes32Name(id), getAddress(String(f.operator))],
          {
            ...admin(fctx.registryAdmin),
            reason: "the Halo registry's admin changes the agent's operator",
          },
        ),
      );
    if (change.fields.some((x) => x.field.startsWith("artifact."))) {
      const onlyArtifact = { ...change, fields: change.fields.filter((x) => x.field !== "operator") };
      const a = artifactUpdate(onlyArtifact, id, ctx, "agent", fctx.registryAdmin);
      if (!Array.isArray(a)) return a;
      drafts.push(...a);
    }
    return drafts;
  };
}

/** Builders for templates, agents, pre-factory Halos, classes and units. */
export function factoryBuilders(fctx: FactoryPlanContext): Builders {
  return {
    template: templateBuilder(fctx.registryAdmin, fctx),
    agent: agentBuilder(fctx),
    legacy: legacyBuilder(fctx),
    legacyUnit: legacyUnitBuilder(fctx),
    class: classBuilder(fctx),
    unit: unitBuilder(fctx),
  };
}
