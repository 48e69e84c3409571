/**
 * The factory's request structs (IHaloFactory.ClassRequest / UnitRequest) and the registry's agent
 * registration, built from the desired model (reconciler/model/desired.ts): the one place where a declared
 * class or unit becomes calldata. Used by the factory builders of `halo plan` and by the tests that deploy a
 * tree without planning.
 */
import type { Address, Hex } from "viem";
import type { DesiredAgent, DesiredClass, DesiredPortfolioUnit } from "../model/desired.js";
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

function beacon(kind: string, operator: Address | undefined, classId: string): { kind: Hex; operator: Address } {
  if (operator === undefined) throw new Error(`class ${classId}: beacon ${kind} is not declared`);
  return { kind: toBytes32Name(kind), operator };
}

/** `deployClass(request, salt)`'s request for a declared class. */
export function classRequest(c: DesiredClass): ClassRequest {
  const common = {
    classId: toBytes32Name(c.id),
    agentId: toBytes32Name(c.agent),
    templateId: toBytes32Name(c.template.id),
    templateVersion: c.template.version,
    operator: c.operator,
    freezer: c.freezer,
    govOps: c.govOps,
    depositAsset: c.params.depositAsset,
    artifact: { uri: c.artifact.uri, sha256: c.artifact.sha256 },
  };
  if (c.kind === "portfolio-lcts") {
    return { ...common, name: "", symbol: "", beacons: [beacon(BEACON.LCTS, c.beacons.lphaLcts, c.id)], params: [] };
  }
  const b = c.params.buybox;
  return {
    ...common,
    name: c.dealToken.name,
    symbol: c.dealToken.symbol,
    beacons: [beacon(BEACON.NFAT, c.beacons.lphaNfat, c.id), beacon(BEACON.ATTEST, c.beacons.lphaAttest, c.id)],
    // The template's class ranges, by name; tags travel as their bytes32 value.
    params: [
      param("termMin", b.termMinSeconds),
      param("termMax", b.termMaxSeconds),
      param("sizeMin", b.sizeMin),
      param("sizeMax", b.sizeMax),
      param("apyMinBps", BigInt(b.apyMinBps)),
      param("apyMaxBps", BigInt(b.apyMaxBps)),
      param("restrictedDepositors", b.restrictedDepositors ? 1n : 0n),
      param("transferAllowList", b.transferAllowList ? 1n : 0n),
      param("assetType", BigInt(toBytes32Name(b.assetType))),
      param("jurisdiction", BigInt(toBytes32Name(b.jurisdiction))),
    ],
  };
}

/** `deployUnit(request, salt)`'s request for a declared Portfolio unit. */
export function unitRequest(u: DesiredPortfolioUnit): UnitRequest {
  const p = u.params;
  return {
    unitId: toBytes32Name(u.id),
    classId: toBytes32Name(u.classId),
    name: u.token.name,
    symbol: u.token.symbol,
    params: [
      param("capacity", p.capacity),
      param("seniority", SENIORITY_CODES[p.seniority]),
      param("targetYieldBps", BigInt(p.targetYieldBps)),
      param("maxRateIncreaseBps", BigInt(p.maxRateIncreaseBps)),
      param("minDeposit", p.minDeposit),
      param("initialExchangeRate", p.initialExchangeRate),
    ],
    artifact: { uri: u.artifact.uri, sha256: u.artifact.sha256 },
  };
}

/** `HaloRegistry.registerAgent(agentId, operator, artifact)`'s arguments for a declared agent. */
export function registerAgentArgs(a: DesiredAgent): readonly [Hex, Address, { uri: string; sha256: Hex }] {
  return [toBytes32Name(a.id), a.operator, { uri: a.artifact.uri, sha256: a.artifact.sha256 }];
}
