/**
 * The factory's request structs (IHaloFactory.ClassRequest / UnitRequest) and the registry's agent
 * registration, built from the desired model (reconciler/model/desired.ts). The parameter mapping
 * (`classParamValues` / `unitParamValues`: declared value → the template's named on-chain value) is the one place
 * a declared parameter becomes a number; `halo plan`'s factory builders use it too, adding the template's order
 * and range checks. The request builders here serve the tests and benchmarks that deploy a tree without planning.
 */
import type { Address, Hex } from "viem";
import { type DesiredAgent, type DesiredClass, type DesiredPortfolioUnit, type SourceRef, fieldSource } from "../model/desired.js";
import { BEACON, SENIORITY_CODES, toBytes32Name } from "./names.js";

export interface ClassRequest {
  classId: Hex;
  agentId: Hex;
  templateId: Hex;
  templateVersion: number;
  operator: Address;
  freezer: Address;
  govOps: Address;
  depositAsset: Address;
  name: string;
  symbol: string;
  beacons: readonly { kind: Hex; operator: Address }[];
  params: readonly { name: Hex; value: bigint }[];
  artifact: { uri: string; sha256: Hex };
}

export interface UnitRequest {
  unitId: Hex;
  classId: Hex;
  name: string;
  symbol: string;
  params: readonly { name: Hex; value: bigint }[];
  artifact: { uri: string; sha256: Hex };
}

const param = (name: string, value: bigint) => ({ name: toBytes32Name(name), value });

/** A declared parameter's on-chain value and where it was declared (for file:line:col messages). */
export interface ParamValue {
  value: bigint;
  source: SourceRef;
}

const params = (values: Record<string, ParamValue>) => Object.entries(values).map(([n, v]) => param(n, v.value));

const bool = (b: boolean) => (b ? 1n : 0n);
const tag = (s: string) => BigInt(toBytes32Name(s));

/** Class parameters by template name, with where they were declared. */
export function classParamValues(c: DesiredClass): Record<string, ParamValue> {
  if (c.kind !== "term-nfat") return {};
  const b = c.params.buybox;
  const src = (k: string) => fieldSource(c, `params.buybox.${k}`) ?? c.source;
  return {
    termMin: { value: b.termMinSeconds, source: src("termMin") },
    termMax: { value: b.termMaxSeconds, source: src("termMax") },
    sizeMin: { value: b.sizeMin, source: src("sizeMin") },
    sizeMax: { value: b.sizeMax, source: src("sizeMax") },
    apyMinBps: { value: BigInt(b.apyMinBps), source: src("apyMinBps") },
    apyMaxBps: { value: BigInt(b.apyMaxBps), source: src("apyMaxBps") },
    restrictedDepositors: { value: bool(b.restrictedDepositors), source: src("restrictedDepositors") },
    transferAllowList: { value: bool(b.transferAllowList), source: src("transferAllowList") },
    assetType: { value: tag(b.assetType), source: src("assetType") },
    jurisdiction: { value: tag(b.jurisdiction), source: src("jurisdiction") },
  };
}

/** Portfolio unit parameters by template name, with where they were declared. */
export function unitParamValues(u: DesiredPortfolioUnit): Record<string, ParamValue> {
  const p = u.params;
  const src = (k: string) => fieldSource(u, `params.${k}`) ?? u.source;
  return {
    capacity: { value: p.capacity, source: src("capacity") },
    seniority: { value: SENIORITY_CODES[p.seniority], source: src("seniority") },
    targetYieldBps: { value: BigInt(p.targetYieldBps), source: src("targetYieldBps") },
    maxRateIncreaseBps: { value: BigInt(p.maxRateIncreaseBps), source: src("maxRateIncreaseBps") },
    // minDeposit defaults to 0 when not declared: point at the unit's params then
    minDeposit: { value: p.minDeposit, source: fieldSource(u, "params.minDeposit") ?? src("capacity") },
    initialExchangeRate: { value: p.initialExchangeRate, source: src("initialExchangeRate") },
  };
}



function beacon(kind: string, operator: Address | undefined, classId: string): { kind: Hex; operator: Address } {
  if (operator === undefined) throw new Error(`class ${classId}: beacon ${kind} is not declared`);
  return { kind: toBytes32Name(kind), operator };
}

/**
 * The fields of `deployClass`'s request a declared class gives by itself: all but its beacons and parameters, which
 * depend on the template (the planner reads them from the on-chain template: plan/factory-deploy.ts).
 */
export function classRequestFields(c: DesiredClass): Omit<ClassRequest, "beacons" | "params" | "artifact"> {
  return {
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
  };
}

/** `deployClass(request, salt)`'s request for a declared class, with its kind's fixed beacons and every parameter. */
export function classRequest(c: DesiredClass): ClassRequest {
  return {
    ...classRequestFields(c),
    beacons:
      c.kind === "portfolio-lcts"
        ? [beacon(BEACON.LCTS, c.beacons.lphaLcts, c.id)]
        : [beacon(BEACON.NFAT, c.beacons.lphaNfat, c.id), beacon(BEACON.ATTEST, c.beacons.lphaAttest, c.id)],
    params: params(classParamValues(c)),
    artifact: { uri: c.artifact.uri, sha256: c.artifact.sha256 },
  };
}

/** `deployUnit(request, salt)`'s request for a declared Portfolio unit. */
export function unitRequest(u: DesiredPortfolioUnit): UnitRequest {
  return {
    unitId: toBytes32Name(u.id),
    classId: toBytes32Name(u.classId),
    name: u.token.name,
    symbol: u.token.symbol,
    params: params(unitParamValues(u)),
    artifact: { uri: u.artifact.uri, sha256: u.artifact.sha256 },
  };
}

/** `HaloRegistry.registerAgent(agentId, operator, artifact)`'s arguments for a declared agent. */
export function registerAgentArgs(a: DesiredAgent): readonly [Hex, Address, { uri: string; sha256: Hex }] {
  return [toBytes32Name(a.id), a.operator, { uri: a.artifact.uri, sha256: a.artifact.sha256 }];
}
