/**
 * refresh stage: assembling every factory class (reconciler/chain/refresh.ts) — its record and live configuration,
 * its GovOps and cBEAM grant operation, its member resources (relayers, freezers, cBEAM holders, destinations), its
 * Portfolio units and its rate limits and inits, named by flow. Pure: no reads.
 */
import type { Hex } from "viem";
import { getAddress } from "../model/address.js";
import type { ObservedTimelockOperation } from "../model/observed.js";
import { BEACON_FIELD, fromBytes32Name, kindName, seniorityName } from "./names.js";
import type { ResourceSink, Sorl } from "./refresh-assemble.js";
import type { DeploymentIndex } from "./deployment-records.js";
import type { ClassLive, UnitLive } from "./refresh-live.js";
import type { Round3 } from "./refresh-limits.js";
import {
  KIND_TERM,
  type Rec,
  type UnitRecord,
  ZERO_ADDRESS,
  ZERO_BYTES32,
  artifactFields,
  holders,
  ofClass,
  pauContracts,
  registryFlowsShared,
  toNumber,
} from "./refresh-shared.js";

export interface ClassAssembly {
  sink: ResourceSink;
  sorl: Sorl;
  /** The scope-wide SORL fallback (address(0)). */
  pasGlobals: { hop: bigint; maxChange: bigint };
  templateStatus: Map<string, string>;
  /** Filled in: a class's pending cBEAM grant operation and its timestamp. */
  operationTimestamps: Record<Hex, bigint>;
  timelockOperations: Map<string, ObservedTimelockOperation>;
  allUnits: readonly UnitRecord[];
  unitLive: readonly UnitLive[];
  destinationStates: Round3["destinationStates"];
  limits: Round3["limits"];
  paramsOf: DeploymentIndex["paramsOf"];
  /** The caller's flow names (class id → key → flow). */
  flowNames?: Record<string, Record<string, string>> | undefined;
}

export function putClasses(ctx: ClassAssembly, classLive: readonly ClassLive[]): void {
  const units = new Map<string, UnitLive[]>();
  for (const u of ctx.unitLive) {
    const list = units.get(u.record.classId) ?? [];
    list.push(u);
    units.set(u.record.classId, list);
  }
  for (const live of classLive) putClass(ctx, live, units.get(live.record.classId) ?? []);
}

function putClass(ctx: ClassAssembly, live: ClassLive, classUnits: readonly UnitLive[]): void {
  const { sorl, pasGlobals, templateStatus, operationTimestamps, timelockOperations, allUnits, destinationStates } =
    ctx;
  const { hop, maxChange, cBeams } = sorl;
  const put = ctx.sink.put.bind(ctx.sink);
  const effective = (own: bigint, fallback: bigint) => (own !== 0n ? own : fallback);
  const c = live.record;
  const classId = fromBytes32Name(c.classId);
  const base = `class.${classId}`;
  const term = c.kind.toLowerCase() === KIND_TERM;
  const templateId = fromBytes32Name(c.templateId);
  const depositAsset = getAddress(c.depositAsset);
  const pas = live.pas;
  hop[c.rateLimits.toLowerCase()] = pas.hop;
  maxChange[c.rateLimits.toLowerCase()] = pas.maxChange;
  for (const g of pas.grants) if (g.cBeam) cBeams.add(g.account.toLowerCase());
  const fields: Rec = {
    kind: kindName(c.kind),
    agent: fromBytes32Name(c.agentId),
    "template.id": templateId,
    "template.version": c.templateVersion,
    "template.status": templateStatus.get(`${templateId}.v${c.templateVersion}`) ?? "unknown",
    "params.depositAsset": depositAsset,
    operator: getAddress(c.operator),
    relayer: holders(live.relayers),
    freezer: holders(live.freezers),
    pau: getAddress(c.almProxy),
    almProxy: getAddress(c.almProxy),
    controller: getAddress(c.controller),
    rateLimits: getAddress(c.rateLimits),
    "day0.cycles": c.day0.cycles,
    "day0.reviewCount": c.day0.reviewCount,
    "day0.endedAt": c.day0.endedAt,
    "pas.rateLimits": pas.rateLimitsRegistered,
    "pas.controller": pas.controllerRegistered,
    "pas.hop": effective(pas.hop, pasGlobals.hop),
    "pas.maxChange": effective(pas.maxChange, pasGlobals.maxChange),
  };
  for (const n of pauContracts(c)) fields[addressFieldOf(n.name)] = getAddress(n.addr);
  fields.paramsHash = c.paramsHash;
  Object.assign(fields, live.roles);
  for (const b of c.beacons) {
    const kind = fromBytes32Name(b.kind);
    fields[`beacons.${BEACON_FIELD[kind] ?? kind}`] = getAddress(b.operator);
  }
  artifactFields("artifact", c.artifact, fields);

  // GovOps: the cBEAMs granted on both the RateLimits and the Controller; while the factory's addCBeam is still
  // pending, its beneficiary (recorded at deployment) is what the class expects, and the operation is in
  // `timelockOperations`.
  const grant = live.grant;
  const grantPending = grant !== undefined && !grant.immediate && grant.timestamp > 1n;
  const granted = pas.grants.filter((g) => g.rateLimits && g.controller).map((g) => g.account);
  fields.govOps = granted.length === 0 && grantPending ? getAddress(c.govOps) : holders(granted);
  if (grant !== undefined) fields["cbeamGrant.immediate"] = grant.immediate;
  if (grant !== undefined && grant.id !== ZERO_BYTES32) {
    fields["cbeamGrant.id"] = grant.id;
    fields["cbeamGrant.readyAt"] = grant.timestamp;
    operationTimestamps[grant.id.toLowerCase() as Hex] = grant.timestamp;
    if (grantPending && !timelockOperations.has(grant.id.toLowerCase())) {
      timelockOperations.set(grant.id.toLowerCase(), {
        id: grant.id,
        calls: [{ target: getAddress(grant.target), value: grant.value, data: grant.data }],
        predecessor: grant.predecessor,
        salt: grant.salt,
        timestamp: grant.timestamp,
      });
    }
  }

  if (term) {
    const bb = live.buybox;
    if (bb !== undefined) {
      fields["params.buybox.termMinSeconds"] = bb.termMin;
      fields["params.buybox.termMaxSeconds"] = bb.termMax;
      fields["params.buybox.sizeMin"] = bb.sizeMin;
      fields["params.buybox.sizeMax"] = bb.sizeMax;
      fields["params.buybox.apyMinBps"] = bb.apyMinBps;
      fields["params.buybox.apyMaxBps"] = bb.apyMaxBps;
      fields["params.buybox.restrictedDepositors"] = bb.restrictedDepositors;
      fields["params.buybox.transferAllowList"] = bb.transferAllowList;
      fields["params.buybox.assetType"] = fromBytes32Name(bb.assetType);
      fields["params.buybox.jurisdiction"] = fromBytes32Name(bb.jurisdiction);
    }
    if (live.dealName !== undefined) fields["dealToken.name"] = live.dealName;
    if (live.dealSymbol !== undefined) fields["dealToken.symbol"] = live.dealSymbol;
    // Deal units are minted by the beacon inside the buybox, never declared: counted, not listed.
    fields.deals = ofClass(allUnits, c.classId).filter((u) => u.deal.dealToken !== ZERO_ADDRESS).length;
  }
  put(base, { type: "class", fields });

  for (const r of live.relayers) put(`${base}.relayer.${r.toLowerCase()}`, { type: "relayer", fields: {} });
  for (const f of live.freezers) put(`${base}.freezer.${f.toLowerCase()}`, { type: "freezer", fields: {} });
  // every cBEAM granted on either contract: an undeclared one is a resource the desired model lacks (drift)
  for (const g of pas.grants.filter((x) => x.rateLimits || x.controller))
    put(`${base}.govOps.${g.account.toLowerCase()}`, {
      type: "govOps",
      fields: { cBeam: g.cBeam, rateLimits: g.rateLimits, controller: g.controller },
    });
  for (const d of ofClass(destinationStates, c.classId).filter((x) => x.approved))
    put(`${base}.destination.${d.destination.toLowerCase()}`, { type: "destination", fields: {} });

  // Flow names: what the chain can derive (unit queues, the Term facility and redeem), then the caller's names.
  for (const u of classUnits) putUnit(ctx, base, c.kind, u);
  const registry = registryFlowsShared(c, ofClass(allUnits, c.classId));
  const named = ctx.flowNames?.[classId];
  // the caller's names win over the chain's (as `Object.assign(registry, named)` would, without the copy)
  putLimits(ctx, base, c.classId, (key) => (named !== undefined && Object.hasOwn(named, key) ? named[key]! : registry.get(key)));
}

/** One Portfolio unit of a class: its parameters (live, else as deployed), addresses, roles and Day-0 record. */
function putUnit(ctx: ClassAssembly, base: string, kind: Hex, u: UnitLive): void {
  const unitId = fromBytes32Name(u.record.unitId);
  const deployed = ctx.paramsOf("unit", u.record.unitId, u.record.paramsHash);
  // the deployed parameters by name in one pass, the first of a name (as a search from the front finds)
  let seniority: bigint | undefined;
  let capacity: bigint | undefined;
  let targetYield: bigint | undefined;
  let maxIncrease: bigint | undefined;
  let minDeposit: bigint | undefined;
  let rate: bigint | undefined;
  if (deployed !== undefined)
    for (const p of deployed) {
      switch (fromBytes32Name(p.name)) {
        case "seniority":
          seniority ??= p.value;
          break;
        case "capacity":
          capacity ??= p.value;
          break;
        case "targetYieldBps":
          targetYield ??= p.value;
          break;
        case "maxRateIncreaseBps":
          maxIncrease ??= p.value;
          break;
        case "minDeposit":
          minDeposit ??= p.value;
          break;
        case "initialExchangeRate":
          rate ??= p.value;
          break;
      }
    }
  const ufields: Rec = { kind: kindName(kind) };
  if (u.name !== undefined) ufields["token.name"] = u.name;
  if (u.symbol !== undefined) ufields["token.symbol"] = u.symbol;
  if (seniority !== undefined) ufields["params.seniority"] = seniorityName(seniority);
  ufields["params.capacity"] = u.capacity ?? capacity ?? null;
  if (targetYield !== undefined) ufields["params.targetYieldBps"] = toNumber(targetYield);
  const increase = u.maxRateIncreaseBps ?? maxIncrease;
  if (increase !== undefined) ufields["params.maxRateIncreaseBps"] = toNumber(increase);
  ufields["params.minDeposit"] = u.minDeposit ?? minDeposit ?? null;
  if (rate !== undefined) ufields["params.initialExchangeRate"] = rate;
  ufields.paramsHash = u.record.paramsHash;
  for (const n of u.record.contracts) ufields[addressFieldOf(n.name)] = getAddress(n.addr);
  Object.assign(ufields, u.roles);
  artifactFields("artifact", u.record.artifact, ufields);
  ufields["day0.cycles"] = u.record.day0.cycles;
  ufields["day0.reviewCount"] = u.record.day0.reviewCount;
  ufields["day0.endedAt"] = u.record.day0.endedAt;
  ctx.sink.put(`${base}.unit.${unitId}`, { type: "unit", fields: ufields });
}

/** `address.<component>` of a contract name (bytes32), built once per name: a few distinct names, 30,000 contracts. */
const addressFields = new Map<string, string>();
function addressFieldOf(name: Hex): string {
  let field = addressFields.get(name);
  if (field === undefined) {
    if (addressFields.size >= 10_000) addressFields.clear();
    addressFields.set(name, (field = `address.${fromBytes32Name(name)}`));
  }
  return field;
}

/** A class's inits (stored under its own RateLimits) and rate limits, named by flow (else by key). */
function putLimits(ctx: ClassAssembly, base: string, classId: Hex, flowOf: (key: string) => string | undefined): void {
  const put = ctx.sink.put.bind(ctx.sink);
  for (const l of ofClass(ctx.limits, classId)) {
    const key = l.key.toLowerCase();
    const flow = flowOf(key) ?? key;
    const [ownMax, ownSlope] = l.own;
    const ownExists = ownMax !== 0n || ownSlope !== 0n;
    const initExists = l.init.maxAmount !== 0n || l.init.slope !== 0n;
    // An init stored under the class's RateLimits is the class's resource; a scope-wide one only bounds its limit.
    if (ownExists) {
      put(`${base}.init.${flow}`, {
        type: "init",
        fields: { key: l.key, rateLimits: getAddress(l.rateLimits), maxAmount: ownMax, slope: ownSlope },
      });
    }
    // A removed limit is (0, 0): nothing to reconcile. lastAmount / lastUpdated move with every flow: not configuration.
    if (l.data.maxAmount !== 0n || l.data.slope !== 0n) {
      const rl: Rec = {
        key: l.key,
        pau: getAddress(l.pau),
        rateLimits: getAddress(l.rateLimits),
        maxAmount: l.data.maxAmount,
        slope: l.data.slope,
        zzz: l.zzz,
      };
      if (initExists) {
        rl["init.maxAmount"] = l.init.maxAmount;
        rl["init.slope"] = l.init.slope;
        rl["init.scope"] = ownExists ? "rateLimits" : "global";
      }
      put(`${base}.rateLimit.${flow}`, { type: "rateLimit", fields: rl });
    }
  }
}
