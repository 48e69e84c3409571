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
import type { DeploymentIndex } from "./refresh-logs.js";
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

/**
 * Every class, in the order of its resource addresses: classes by id, and each class's resources in address order
 * (`putClass`), so that the sink's one sort finds them already sorted (a merge of a few runs instead of sorting
 * 54,000 addresses at 1,000 classes). The sink still sorts and still refuses duplicates: the order is only a speed-up.
 */
export function putClasses(ctx: ClassAssembly, classLive: readonly ClassLive[]): void {
  const units = new Map<string, UnitLive[]>();
  for (const u of ctx.unitLive) {
    const list = units.get(u.record.classId);
    if (list === undefined) units.set(u.record.classId, [u]);
    else list.push(u);
  }
  // what the classes add to the SORL and the operations, in the registry's order (the maps' insertion order)
  for (const live of classLive) notePas(ctx, live);
  const ids = classLive.map((live) => fromBytes32Name(live.record.classId));
  for (const i of sortedIndices(ids)) putClass(ctx, classLive[i]!, ids[i]!, units.get(classLive[i]!.record.classId) ?? []);
}

/** The indices of `names` in their order as strings (UTF-16 code units, as the sink sorts). */
function sortedIndices(names: readonly string[]): number[] {
  const order = names.map((_, i) => i);
  // already in order (a run the sink's sort would find anyway): no sort
  for (let i = 1; i < names.length; i++)
    if (names[i - 1]! > names[i]!) return order.sort((x, y) => (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : x - y));
  return order;
}

/** `list`'s addresses in lower case, sorted. */
function lowerSorted(list: readonly string[]): string[] {
  const out = list.map((a) => a.toLowerCase());
  return out.length > 1 ? out.sort() : out;
}

/** A class's SORL parameters, cBEAMs and pending cBEAM grant operation (with its timestamp). */
function notePas(ctx: ClassAssembly, live: ClassLive): void {
  const { hop, maxChange, cBeams } = ctx.sorl;
  const c = live.record;
  const pas = live.pas;
  hop[c.rateLimits.toLowerCase()] = pas.hop;
  maxChange[c.rateLimits.toLowerCase()] = pas.maxChange;
  for (const g of pas.grants) if (g.cBeam) cBeams.add(g.account.toLowerCase());
  const grant = live.grant;
  if (grant === undefined || grant.id === ZERO_BYTES32) return;
  const id = grant.id.toLowerCase();
  ctx.operationTimestamps[id as Hex] = grant.timestamp;
  if (grantPending(grant) && !ctx.timelockOperations.has(id)) {
    ctx.timelockOperations.set(id, {
      id: grant.id,
      calls: [{ target: getAddress(grant.target), value: grant.value, data: grant.data }],
      predecessor: grant.predecessor,
      salt: grant.salt,
      timestamp: grant.timestamp,
    });
  }
}

/** The factory's addCBeam is still pending (not immediate, scheduled, not done). */
const grantPending = (grant: NonNullable<ClassLive["grant"]>) => !grant.immediate && grant.timestamp > 1n;

/**
 * One class and its member resources, units, inits and rate limits, put in address order: `class.<id>`, then its
 * `.destination.`, `.freezer.`, `.govOps.`, `.init.`, `.rateLimit.`, `.relayer.` and `.unit.` resources (the suffixes'
 * order), each kind sorted by the rest of its address.
 */
function putClass(ctx: ClassAssembly, live: ClassLive, classId: string, classUnits: readonly UnitLive[]): void {
  const { pasGlobals, templateStatus, allUnits, destinationStates } = ctx;
  const sink = ctx.sink;
  const effective = (own: bigint, fallback: bigint) => (own !== 0n ? own : fallback);
  const c = live.record;
  const base = `class.${classId}`;
  const term = c.kind.toLowerCase() === KIND_TERM;
  const templateId = fromBytes32Name(c.templateId);
  const depositAsset = getAddress(c.depositAsset);
  const pas = live.pas;
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
  // `timelockOperations` (notePas).
  const grant = live.grant;
  const granted = pas.grants.filter((g) => g.rateLimits && g.controller).map((g) => g.account);
  fields.govOps = granted.length === 0 && grant !== undefined && grantPending(grant) ? getAddress(c.govOps) : holders(granted);
  if (grant !== undefined) fields["cbeamGrant.immediate"] = grant.immediate;
  if (grant !== undefined && grant.id !== ZERO_BYTES32) {
    fields["cbeamGrant.id"] = grant.id;
    fields["cbeamGrant.readyAt"] = grant.timestamp;
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
  sink.put(base, { type: "class", fields });

  // the member resources, units and limits in address order (see putClass)
  const approved: string[] = [];
  for (const d of ofClass(destinationStates, c.classId)) if (d.approved) approved.push(d.destination);
  for (const d of lowerSorted(approved)) sink.put(`${base}.destination.${d}`, { type: "destination", fields: {} });
  for (const f of lowerSorted(live.freezers)) sink.put(`${base}.freezer.${f}`, { type: "freezer", fields: {} });
  // every cBEAM granted on either contract: an undeclared one is a resource the desired model lacks (drift)
  const grants = pas.grants
    .filter((x) => x.rateLimits || x.controller)
    .map((g) => [g.account.toLowerCase(), g] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (const [account, g] of grants)
    sink.put(`${base}.govOps.${account}`, {
      type: "govOps",
      fields: { cBeam: g.cBeam, rateLimits: g.rateLimits, controller: g.controller },
    });
  // Flow names: what the chain can derive (unit queues, the Term facility and redeem), then the caller's names.
  const registry = registryFlowsShared(c, ofClass(allUnits, c.classId));
  const named = ctx.flowNames?.[classId];
  // the caller's names win over the chain's (as `Object.assign(registry, named)` would, without the copy)
  putLimits(ctx, base, c.classId, (key) => (named !== undefined && Object.hasOwn(named, key) ? named[key]! : registry[key]));
  for (const r of lowerSorted(live.relayers)) sink.put(`${base}.relayer.${r}`, { type: "relayer", fields: {} });
  const unitIds = classUnits.map((u) => fromBytes32Name(u.record.unitId));
  for (const i of sortedIndices(unitIds)) putUnit(ctx, base, c.kind, classUnits[i]!, unitIds[i]!);
}

/** One Portfolio unit of a class: its parameters (live, else as deployed), addresses, roles and Day-0 record. */
function putUnit(ctx: ClassAssembly, base: string, kind: Hex, u: UnitLive, unitId: string): void {
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

/**
 * A class's inits (stored under its own RateLimits) and rate limits, named by flow (else by key): the inits by flow,
 * then the rate limits by flow (address order).
 */
function putLimits(ctx: ClassAssembly, base: string, classId: Hex, flowOf: (key: string) => string | undefined): void {
  const sink = ctx.sink;
  const limits = ofClass(ctx.limits, classId);
  const flows = limits.map((l) => {
    const key = l.key.toLowerCase();
    return flowOf(key) ?? key;
  });
  const order = sortedIndices(flows);
  // An init stored under the class's RateLimits is the class's resource; a scope-wide one only bounds its limit.
  for (const i of order) {
    const l = limits[i]!;
    const [ownMax, ownSlope] = l.own;
    if (ownMax !== 0n || ownSlope !== 0n)
      sink.put(`${base}.init.${flows[i]!}`, {
        type: "init",
        fields: { key: l.key, rateLimits: getAddress(l.rateLimits), maxAmount: ownMax, slope: ownSlope },
      });
  }
  for (const i of order) {
    const l = limits[i]!;
    const flow = flows[i]!;
    const [ownMax, ownSlope] = l.own;
    const ownExists = ownMax !== 0n || ownSlope !== 0n;
    const initExists = l.init.maxAmount !== 0n || l.init.slope !== 0n;
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
      sink.put(`${base}.rateLimit.${flow}`, { type: "rateLimit", fields: rl });
    }
  }
}
