/**
 * Action builders for what the factory and the two registries own: template status changes (the registries'
 * admin: the PAS Timelock, i.e. the Core Council timelocked, or the PauseProxy, i.e. a spell), agents
 * (registrar), pre-factory Halos (the registries' admin, plus their PAU's registration in PAS through the
 * Timelock), classes and units (factory
 * `deployClass` / `deployUnit`, signed by a DEPLOYER). They complete `configuratorBuilders` (actions.ts).
 *
 * The builders are pure: everything they need from the chain beyond the observed state (the factory's
 * `predict…` views, who holds DEPLOYER / REGISTRAR, who administers the registries)
 * is read beforehand (plan/session.ts) and passed in as `FactoryPlanContext`.
 *
 * Requests carry exactly the template's parameters, each checked against the on-chain template's range at
 * plan time: a value outside it is refused with the `file:line:col path` of its declaration.
 */
import { type Address, type Hex, encodeFunctionData, keccak256, toBytes, zeroAddress } from "viem";
import { getAddress } from "../model/address.js";
import { haloFactoryAbi, haloRegistryAbi, templateRegistryAbi } from "../abi/index.js";
import {
  BEACON_FIELD,
  LIMIT,
  SENIORITY_CODES,
  assetCounterpartyKey,
  scaleDay0,
  toBytes32Name,
} from "../chain/names.js";
import {
  type DesiredApproval,
  type DesiredClass,
  type DesiredPortfolioUnit,
  type DesiredState,
  type SourceRef,
  formatAt,
} from "../model/desired.js";
import type { FieldValue, ObservedState, ResourceMap } from "../model/observed.js";
import { classParamValues, unitParamValues } from "../chain/requests.js";
import { type ActionApproval, type ActionBuilder, type ActionDraft, type Builders, type JsonValue, toJsonValue } from "./actions.js";
import type { ResourceChange } from "./diff.js";
import type { Actor } from "./actors.js";
import { cbeamGrantOperation } from "./pas.js";
import { classUpdate, unitUpdate } from "./lifecycle.js";
import { unitResourcesByClass } from "./beacon-rotation.js";
import { type TemplateProposals, proposalDrafts } from "./lifecycle-templates.js";
import type { TimelockOperation } from "./timelock.js";
import { legacyBuilder, legacyUnitBuilder } from "./legacy.js";

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
   * block: the factory scales a template's Day-0 amounts (18-decimal reference units) to it (A-02). Absent: 18.
   */
  assetDecimals?: Record<string, number | undefined>;
}

/** The factory's limit on a deposit asset's decimals (FactoryLib: `Factory_DepositAssetDecimals` above it). */
export const MAX_ASSET_DECIMALS = 36;

/**
 * The decimals the factory will scale `asset`'s Day-0 amounts to, or why it will refuse the asset
 * (`Factory_DepositAssetNoDecimals` / `Factory_DepositAssetDecimals`) or one of the template's Day-0 amounts
 * `day0` (`Factory_Day0LimitOverflow`: scaled up past uint256). Without a reading (hand-made contexts): 18.
 */
export function assetDecimalsOf(
  fctx: FactoryPlanContext,
  asset: Address,
  day0: readonly { flow: string; maxAmount: bigint; slope: bigint }[] = [],
): { decimals: number } | { refused: string } {
  if (fctx.assetDecimals === undefined) return { decimals: 18 };
  const d = fctx.assetDecimals[asset.toLowerCase()];
  if (d === undefined)
    return { refused: `the deposit asset ${asset} has no readable decimals(): the factory refuses it (Factory_DepositAssetNoDecimals)` };
  if (d > MAX_ASSET_DECIMALS)
    return { refused: `the deposit asset ${asset} has ${d} decimals: the factory accepts at most ${MAX_ASSET_DECIMALS} (Factory_DepositAssetDecimals)` };
  for (const limit of day0)
    for (const amount of [limit.maxAmount, limit.slope])
      if (scaleDay0(amount, d) > UINT256_MAX)
        return {
          refused: `the template's Day-0 ${limit.flow} amount ${amount} scaled to the deposit asset's ${d} decimals exceeds uint256: the factory refuses it (Factory_Day0LimitOverflow)`,
        };
  return { decimals: d };
}

const UINT256_MAX = (1n << 256n) - 1n;

export interface TemplateRange {
  scope: "class" | "unit";
  name: string;
  min: bigint;
  max: bigint;
}

/** Parses the observed template's `ranges` (`class.termMin=2592000..315360000`). */
export function templateRanges(observed: ObservedState, id: string, version: number): TemplateRange[] | undefined {
  const t = observed.resources[`template.${id}.v${version}`];
  if (t === undefined) return undefined;
  const raw = t.fields.ranges;
  if (!Array.isArray(raw)) return [];
  return raw.map((r) => {
    const m = /^(class|unit)\.([^=]+)=([0-9]+)\.\.([0-9]+)$/.exec(String(r));
    if (m === null) throw new Error(`template ${id} v${version}: unreadable range ${String(r)}`);
    return { scope: m[1] as "class" | "unit", name: m[2]!, min: BigInt(m[3]!), max: BigInt(m[4]!) };
  });
}

/** Parses the observed template's `day0.limits` (`LIMIT_UNIT_INFLOW=1000…@1157…/s`). */
export function templateDay0(
  observed: ObservedState,
  id: string,
  version: number,
): { flow: string; maxAmount: bigint; slope: bigint }[] {
  const raw = observed.resources[`template.${id}.v${version}`]?.fields["day0.limits"];
  if (!Array.isArray(raw)) return [];
  return raw.map((r) => {
    const m = /^([^=]+)=([0-9]+)@([0-9]+)\/s$/.exec(String(r));
    if (m === null) throw new Error(`template ${id} v${version}: unreadable Day-0 limit ${String(r)}`);
    return { flow: m[1]!, maxAmount: BigInt(m[2]!), slope: BigInt(m[3]!) };
  });
}

function templateBeacons(observed: ObservedState, id: string, version: number): string[] {
  const raw = observed.resources[`template.${id}.v${version}`]?.fields.beacon;
  return Array.isArray(raw) ? raw.map(String) : [];
}

/**
 * The request's `params`: exactly the template's ranges of `scope`, in the template's order, each inside its
 * range. Problems are `file:line:col path: message` strings.
 */
function paramsFor(
  ranges: TemplateRange[],
  scope: "class" | "unit",
  values: Record<string, { value: bigint; source: SourceRef }>,
  template: string,
  fallback: SourceRef,
): { params: { name: Hex; value: bigint }[]; problems: string[] } {
  const params: { name: Hex; value: bigint }[] = [];
  const problems: string[] = [];
  for (const r of ranges.filter((x) => x.scope === scope)) {
    const v = values[r.name];
    if (v === undefined) {
      problems.push(
        formatAt(
          fallback,
          `template ${template} requires the ${scope} parameter ${r.name}, which halos/ cannot declare`,
        ),
      );
      continue;
    }
    if (v.value < r.min || v.value > r.max) {
      problems.push(
        formatAt(v.source, `${v.value} is outside template ${template}'s range for ${r.name}: ${r.min}..${r.max}`),
      );
    }
    params.push({ name: toBytes32Name(r.name), value: v.value });
  }
  return { params, problems };
}

/** `file:line:col template.version: …` for a class whose template version the registry does not hold. */
function missingTemplate(c: DesiredState["classes"][number], observed: ObservedState): string {
  const prefix = `template.${c.template.id}.v`;
  const versions = Object.keys(observed.resources)
    .filter((k) => k.startsWith(prefix) && /^[0-9]+$/.test(k.slice(prefix.length)))
    .map((k) => Number(k.slice(prefix.length)))
    .sort((x, y) => x - y);
  const known =
    versions.length === 0
      ? `the template registry holds no version of ${c.template.id}`
      : `the template registry holds ${versions.map((v) => `v${v}`).join(", ")}`;
  return formatAt(
    c.fieldSources["template.version"] ?? c.source,
    `template ${c.template.id} v${c.template.version} is not on chain (${known}); a new version is proposed by a TEMPLATE_PROPOSER and approved by governance before a class can use it`,
  );
}

/**
 * Every declared value outside its template's on-chain range (or a template parameter the tree cannot give,
 * or a template version the registry does not hold), as `file:line:col path: message`. Only for classes and
 * units that are still to be deployed: a deployed one's parameters are immutable and compared by the diff instead.
 */
export function checkTemplateRanges(state: DesiredState, observed: ObservedState): string[] {
  const out: string[] = [];
  for (const c of state.classes) {
    const template = `${c.template.id} v${c.template.version}`;
    const ranges = templateRanges(observed, c.template.id, c.template.version);
    if (ranges === undefined) {
      // a deployed class's template is compared by the diff; a new class cannot be deployed from nothing
      if (observed.resources[`class.${c.id}`] === undefined) out.push(missingTemplate(c, observed));
      continue;
    }
    if (observed.resources[`class.${c.id}`] === undefined)
      out.push(...paramsFor(ranges, "class", classParamValues(c), template, c.source).problems);
    for (const u of c.kind === "portfolio-lcts" ? c.units : []) {
      if (observed.resources[`class.${c.id}.unit.${u.id}`] === undefined)
        out.push(...paramsFor(ranges, "unit", unitParamValues(u), template, u.source).problems);
    }
  }
  return out;
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

function classRequest(c: DesiredClass, observed: ObservedState, template: string) {
  const ranges = templateRanges(observed, c.template.id, c.template.version) ?? [];
  const { params, problems } = paramsFor(ranges, "class", classParamValues(c), template, c.source);
  const beacons: { kind: Hex; operator: Address }[] = [];
  for (const kind of templateBeacons(observed, c.template.id, c.template.version)) {
    const field = BEACON_FIELD[kind] as keyof DesiredClass["beacons"] | undefined;
    const who = field === undefined ? undefined : c.beacons[field];
    if (who === undefined) problems.push(formatAt(c.source, `template ${template} needs a ${kind} beacon operator`));
    else beacons.push({ kind: toBytes32Name(kind), operator: who });
  }
  const request = {
    classId: toBytes32Name(c.id),
    agentId: toBytes32Name(c.agent),
    templateId: toBytes32Name(c.template.id),
    templateVersion: c.template.version,
    operator: c.operator,
    freezer: c.freezer,
    govOps: c.govOps,
    depositAsset: c.params.depositAsset,
    name: c.kind === "term-nfat" ? c.dealToken.name : "",
    symbol: c.kind === "term-nfat" ? c.dealToken.symbol : "",
    beacons,
    params,
    artifact: { uri: c.artifact.uri, sha256: c.artifact.sha256 },
  };
  return { request, problems };
}

function initResource(key: Hex, rateLimits: Address, maxAmount: bigint, slope: bigint): ResourceMap[string] {
  return { type: "init", fields: { key, rateLimits, maxAmount, slope } };
}

/**
 * The Day-0 inits a deployment registers: inflow to `inflow`, outflow to `outflow`, of the deposit asset, at the
 * template's amounts scaled to the asset's `decimals` as the factory scales them (A-02, FactoryLib.scaleDay0).
 */
function day0Inits(
  observed: ObservedState,
  c: DesiredClass,
  rateLimits: Address,
  names: { inflow: string; outflow: string },
  counterparties: { inflow?: Address; outflow?: Address },
  decimals: number,
): ResourceMap {
  const out: ResourceMap = {};
  for (const d of templateDay0(observed, c.template.id, c.template.version)) {
    const inflow = d.flow === "LIMIT_UNIT_INFLOW";
    const cp = inflow ? counterparties.inflow : counterparties.outflow;
    if (cp === undefined || (d.flow !== "LIMIT_UNIT_INFLOW" && d.flow !== "LIMIT_UNIT_OUTFLOW")) continue;
    const key = assetCounterpartyKey(LIMIT[d.flow], c.params.depositAsset, cp);
    out[`class.${c.id}.init.${inflow ? names.inflow : names.outflow}`] = initResource(
      key,
      rateLimits,
      scaleDay0(d.maxAmount, decimals),
      scaleDay0(d.slope, decimals),
    );
  }
  return out;
}

export function classBuilder(fctx: FactoryPlanContext): ActionBuilder {
  // the unit resources of every class, indexed once per observed state: a rotation of many classes' beacons would
  // otherwise scan every observed resource once per class
  let indexed: { observed: ObservedState; units: Map<string, string[]> } | undefined;
  const unitsOf = (observed: ObservedState) => {
    if (indexed?.observed !== observed) indexed = { observed, units: unitResourcesByClass(observed) };
    return indexed.units;
  };
  return (change, ctx) => {
    const id = change.address.slice("class.".length);
    const c = fctx.state.classes.find((x) => x.id === id);
    if (change.kind === "update")
      return classUpdate(
        change,
        c,
        ctx.observed,
        admin(fctx.registryAdmin),
        (rest) => artifactUpdate(rest, id, ctx, "class", fctx.registryAdmin),
        () => unitsOf(ctx.observed),
      );
    if (change.kind !== "create" || c === undefined) return { refused: `a class cannot be ${change.kind}d` };
    const factory = ctx.observed.system.factory;
    if (factory === undefined) return { refused: "the factory's address is not configured" };
    const template = `${c.template.id} v${c.template.version}`;
    const templateAddress = `template.${c.template.id}.v${c.template.version}`;
    const onChain = ctx.observed.resources[templateAddress];
    if (onChain === undefined) return { refused: formatAt(c.source, `template ${template} is not on chain`) };
    const willBeApproved =
      onChain.fields.status === "approved" ||
      (onChain.fields.status === "proposed" && ctx.desired[templateAddress]?.fields.status === "approved");
    if (!willBeApproved)
      return {
        refused: formatAt(
          c.source,
          `template ${template} is ${String(onChain.fields.status)}: the factory deploys only approved templates`,
        ),
      };
    if (fctx.deployer === undefined) return { refused: "nobody holds DEPLOYER on the factory" };
    const p = fctx.classes[id];
    if (p === undefined) return { refused: `the factory could not predict the addresses of class ${id}` };
    const { request, problems } = classRequest(c, ctx.observed, template);
    if (problems.length > 0) return { refused: problems.join("; ") };
    const asset = assetDecimalsOf(fctx, c.params.depositAsset, templateDay0(ctx.observed, c.template.id, c.template.version));
    if ("refused" in asset) return { refused: formatAt(c.source, asset.refused) };
    const expects =
      c.kind === "term-nfat"
        ? day0Inits(
            ctx.observed,
            c,
            p.rateLimits,
            { inflow: "facility-claim", outflow: "redeem-fund" },
            { inflow: p.facility, outflow: p.redeem },
            asset.decimals,
          )
        : {};
    const approval = approvalOf(c.approval, fctx, "class", id);
    if (approval !== undefined && "refused" in approval) return approval;
    const d = draft("deployClass", "create", factory, haloFactoryAbi, "deployClass", [request, DEPLOY_SALT], {
      actor: "deployer",
      signer: fctx.deployer,
      dependsOn: [{ resource: `agent.${c.agent}` }, { resource: templateAddress }],
      // the controller is initialised with the freezer
      provides: [`class.${id}.freezer.${c.freezer.toLowerCase()}`],
      expects,
      reason: `factory deploys the ${c.kind} class at PAU ${p.almProxy} (predicted${approval !== undefined ? ` for the approver; ${approval.note}` : ""})`,
      ...(approval !== undefined ? { approval: approval.approval } : {}),
    });
    // the cBEAM grant (docs/pas-handoff.md §3): immediate when the GovOps is a cBEAM already, else the factory
    // schedules `addCBeam` through HaloCBeamProposer and the per-class grant waits for the Core Council (direct)
    if (ctx.observed.pas.cBeams.includes(c.govOps.toLowerCase()))
      d.provides = [...(d.provides ?? []), `class.${id}.govOps.${c.govOps.toLowerCase()}`];
    else
      d.schedules = {
        op: p.grant ?? cbeamGrantOperation(ctx.observed.system.beamState, c.govOps, toBytes32Name(c.id)),
        delay: ctx.observed.timelockMinDelay,
        provides: [],
      };
    return [d];
  };
}

export function unitBuilder(fctx: FactoryPlanContext): ActionBuilder {
  return (change, ctx) => {
    const [, classId, unitId] = /^class\.([^.]+)\.unit\.([^.]+)$/.exec(change.address) ?? [];
    const c = fctx.state.classes.find((x) => x.id === classId);
    const u = c?.kind === "portfolio-lcts" ? c.units.find((x) => x.id === unitId) : undefined;
    if (change.kind === "update" && c !== undefined && u !== undefined)
      return unitUpdate(change, c, u, ctx, templateRanges(ctx.observed, c.template.id, c.template.version), (rest) =>
        artifactUpdate(rest, unitId!, ctx, "unit", fctx.registryAdmin),
      );
    if (change.kind !== "create" || c === undefined || u === undefined)
      return { refused: `a unit cannot be ${change.kind}d` };
    const factory = ctx.observed.system.factory;
    if (factory === undefined) return { refused: "the factory's address is not configured" };
    if (fctx.deployer === undefined) return { refused: "nobody holds DEPLOYER on the factory" };
    const template = `${c.template.id} v${c.template.version}`;
    const ranges = templateRanges(ctx.observed, c.template.id, c.template.version);
    if (ranges === undefined) return { refused: formatAt(c.source, `template ${template} is not on chain`) };
    const { params, problems } = paramsFor(ranges, "unit", unitParamValues(u), template, u.source);
    if (problems.length > 0) return { refused: problems.join("; ") };
    const p = fctx.units[u.id];
    const rl = asAddress(ctx.observed.resources[`class.${c.id}`]?.fields.rateLimits) ?? fctx.classes[c.id]?.rateLimits;
    if (p === undefined || rl === undefined)
      return { refused: `the factory could not predict the addresses of unit ${u.id}` };
    const request = {
      unitId: toBytes32Name(u.id),
      classId: toBytes32Name(c.id),
      name: u.token.name,
      symbol: u.token.symbol,
      params,
      artifact: { uri: u.artifact.uri, sha256: u.artifact.sha256 },
    };
    const asset = assetDecimalsOf(fctx, c.params.depositAsset, templateDay0(ctx.observed, c.template.id, c.template.version));
    if ("refused" in asset) return { refused: formatAt(u.source, asset.refused) };
    const expects = day0Inits(
      ctx.observed,
      c,
      rl,
      { inflow: `${u.id}.subscribe-settle`, outflow: `${u.id}.redeem-settle` },
      { inflow: p.subscribeQueue, outflow: p.redeemQueue },
      asset.decimals,
    );
    const approval = approvalOf(u.approval, fctx, "unit", u.id);
    if (approval !== undefined && "refused" in approval) return approval;
    return [
      draft("deployUnit", "create", factory, haloFactoryAbi, "deployUnit", [request, DEPLOY_SALT], {
        actor: "deployer",
        signer: fctx.deployer,
        expects,
        reason: `factory deploys the unit: share token ${p.shareToken}, queues ${p.subscribeQueue} / ${p.redeemQueue} (predicted${approval !== undefined ? ` for the approver; ${approval.note}` : ""})`,
        ...(approval !== undefined ? { approval: approval.approval } : {}),
        template: { id: c.template.id, version: c.template.version },
      }),
    ];
  };
}

/**
 * A deployment the tree declares `approval:` for: the approver must hold APPROVER on the factory (else the
 * change is refused, naming the declaration); the action then carries the approval it needs, and its reason says so.
 */
function approvalOf(
  a: DesiredApproval | undefined,
  fctx: FactoryPlanContext,
  kind: "class" | "unit",
  id: string,
): { approval: ActionApproval; note: string } | { refused: string } | undefined {
  if (a === undefined) return undefined;
  if (!(fctx.approvers ?? []).some((x) => x.toLowerCase() === a.signer.toLowerCase()))
    return {
      refused: formatAt(
        a.source,
        `${a.signer} does not hold APPROVER on the factory: governance grants it (HaloFactory.grantRole(APPROVER, ${a.signer}), the factory's admin), or name an APPROVER`,
      ),
    };
  return {
    approval: { signer: a.signer, kind: a.kind },
    note: `needs a signed approval by ${a.signer}${a.kind === "safe" ? " (Safe, ERC-1271)" : ""}: halo approve ${kind} ${id} <plan>`,
  };
}

function asAddress(v: FieldValue | undefined): Address | undefined {
  return typeof v === "string" && /^0x[0-9a-fA-F]{40}$/.test(v) ? getAddress(v) : undefined;
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
