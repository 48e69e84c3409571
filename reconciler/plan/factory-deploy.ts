/**
 * The class and unit builders (factory `deployClass` / `deployUnit`, signed by a DEPLOYER, or by an APPROVER's
 * signature when the tree declares `approval:`; updates of deployed ones go to plan/lifecycle.ts). Requests carry
 * exactly the template's parameters, each checked against the on-chain template's range (plan/factory-templates.ts),
 * and expect the Day-0 inits the factory registers, scaled to the deposit asset's decimals.
 */
import type { Address, Hex } from "viem";
import { getAddress } from "../model/address.js";
import { haloFactoryAbi } from "../abi/index.js";
import { BEACON_FIELD, LIMIT, assetCounterpartyKey, scaleDay0, toBytes32Name } from "../chain/names.js";
import { classParamValues, classRequestFields, unitParamValues } from "../chain/requests.js";
import { type DesiredApproval, type DesiredClass, formatAt } from "../model/desired.js";
import type { FieldValue, ObservedState, ResourceMap } from "../model/observed.js";
import type { ActionApproval, ActionBuilder } from "./actions.js";
import { unitResourcesByClass } from "./beacon-rotation.js";
import { DEPLOY_SALT, type FactoryPlanContext, admin, artifactUpdate, draft } from "./factory-context.js";
import { assetDecimalsOf, paramsFor, templateBeacons, templateDay0, templateRanges } from "./factory-templates.js";
import { classUpdate, unitUpdate } from "./lifecycle.js";
import { cbeamGrantOperation } from "./pas.js";

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
    ...classRequestFields(c),
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
