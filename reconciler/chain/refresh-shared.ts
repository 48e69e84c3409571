/**
 * refresh's shared vocabulary (reconciler/chain/refresh.ts): the registry record shapes as viem decodes them, the
 * role tables read on system and component contracts, and small pure helpers the read and assemble stages share.
 * Nothing here reads the chain except `readRoles`, which only starts its reads (the caller awaits them in its round).
 */
import {
  type Address,
  type ContractFunctionReturnType,
  type Hex,
  encodeFunctionData,
  getAbiItem,
  keccak256,
  toFunctionSelector,
  zeroAddress,
} from "viem";
import { readContract } from "viem/actions";
import { haloControllerAbi, type haloRegistryAbi, type templateRegistryAbi } from "../abi/index.js";
import { getAddress } from "../model/address.js";
import { keccak256Bytes } from "../model/keccak.js";
import type { FieldValue, SystemAddresses } from "../model/observed.js";
import { COMPONENT, KIND, LIMIT, assetCounterpartyKey, fromBytes32Name, roleId, toBytes32Name } from "./names.js";
import type { CountingClient } from "./rpc.js";

export type Rec = Record<string, FieldValue>;

export const TEMPLATE_STATUS = ["none", "proposed", "approved", "deprecated", "revoked"] as const;

/** One holder → its address; none → null; several → the sorted list (as the desired model declares one). */
export function holders(list: readonly Address[]): FieldValue {
  const sorted = [...list].map((a) => getAddress(a)).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  if (sorted.length === 0) return null;
  if (sorted.length === 1) return sorted[0]!;
  return sorted;
}

export function artifactFields(prefix: string, artifact: { uri: string; sha256: Hex }, out: Rec): void {
  // the two field names once per prefix (one prefix, 11,000 records): no string built and looked up per record
  let names = artifactNames.get(prefix);
  if (names === undefined) artifactNames.set(prefix, (names = [`${prefix}.uri`, `${prefix}.sha256`]));
  out[names[0]] = artifact.uri;
  out[names[1]] = artifact.sha256;
}
const artifactNames = new Map<string, readonly [string, string]>();

/** Small parameters (bps) as numbers, like the desired model; anything larger stays exact. */
export const toNumber = (v: bigint): number | bigint => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

// Record shapes (as viem decodes the registries' structs) and small helpers

/** Roles read on every contract of a class or unit (RELAYER / FREEZER of the controller are member resources). */
export const COMPONENT_ROLES: Record<string, readonly string[]> = {
  ALMProxy: ["DEFAULT_ADMIN_ROLE", "CONTROLLER"],
  RateLimits: ["DEFAULT_ADMIN_ROLE", "CONTROLLER"],
  HaloController: ["DEFAULT_ADMIN_ROLE", "UNIT"],
  NfatFacility: ["DEFAULT_ADMIN_ROLE", "OPERATOR", "NFAT_BEACON", "ATTEST_BEACON"],
  NfatDealToken: ["DEFAULT_ADMIN_ROLE", "OPERATOR"],
  NfatRedeem: ["DEFAULT_ADMIN_ROLE", "NFAT_BEACON"],
  HaloShareToken: ["DEFAULT_ADMIN_ROLE", "BEACON_ROLE"],
  SubscribeQueue: ["DEFAULT_ADMIN_ROLE", "BEACON_ROLE"],
  RedeemQueue: ["DEFAULT_ADMIN_ROLE", "BEACON_ROLE"],
};

/**
 * Roles of the system contracts, keyed as `SystemAddresses` names them (enumerable AccessControl only: PAS's
 * Timelock is OpenZeppelin's non-enumerable TimelockController and BeamState uses wards and role bitmasks, so
 * their readiness is read as `pas.factoryRole` instead).
 */
export const SYSTEM_ROLES: Record<keyof SystemAddresses, readonly string[]> = {
  timelock: [],
  beamState: [],
  configurator: [],
  cbeamProposer: [],
  pauseProxy: [],
  factory: ["DEFAULT_ADMIN_ROLE", "DEPLOYER", "APPROVER"],
  templateRegistry: ["DEFAULT_ADMIN_ROLE", "TEMPLATE_PROPOSER"],
  haloRegistry: ["DEFAULT_ADMIN_ROLE", "REGISTRAR", "REVIEWER", "FACTORY"],
};

/**
 * `getRoleMembers` of every (contract, role): `<prefix>.<ROLE>` → sorted holders. Every call starts before the
 * first await, so they all travel in the caller's round.
 */
export function readRoles(
  client: CountingClient["client"],
  targets: readonly { prefix: string; address: Address; roles: readonly string[] }[],
  blockNumber: bigint,
): Promise<Record<string, Address[]>> {
  const reads = targets.flatMap((t) =>
    t.roles.map((role) => ({
      field: `${t.prefix}.${role}`,
      members: readContract(client, {
        address: t.address,
        abi: haloControllerAbi,
        functionName: "getRoleMembers",
        args: [roleId(role)],
        blockNumber,
      }),
    })),
  );
  return Promise.all(reads.map((r) => r.members)).then((all) =>
    Object.fromEntries(
      reads.map((r, i) => [
        r.field,
        [...all[i]!].map((a) => getAddress(a)).sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())),
      ]),
    ),
  );
}

/**
 * The rate-limit keys a class's registry records imply: the Term facility's claim and redeem's funding, each
 * Portfolio unit's subscribe / redeem settlement (keyed by the class's deposit asset and the counterparty), in that
 * order (a key listed twice: its later entry names it). Computed once per class record and unit list; the names
 * are built only when asked (`registryFlowsShared`): the key choice (`classKeys`) needs the keys alone, before the
 * class lens's slices leave.
 */
export function registryFlowKeys(c: ClassRecord, units: readonly UnitRecord[]): readonly string[] {
  return flowsOf(c, units).keys;
}

/**
 * The keys `registryFlowKeys` lists, named (key → flow, `facility-claim`, `redeem-fund`,
 * `<unitId>.subscribe-settle`, `<unitId>.redeem-settle`): the remembered map itself, which the caller must not change.
 */
export function registryFlowsShared(c: ClassRecord, units: readonly UnitRecord[]): ReadonlyMap<string, string> {
  const flows = flowsOf(c, units);
  if (flows.names === undefined) {
    const names = new Map<string, string>();
    const { keys, owners, suffixes } = flows;
    for (let i = 0; i < keys.length; i++) {
      const owner = owners[i];
      names.set(keys[i]!, owner === undefined ? suffixes[i]! : `${fromBytes32Name(owner.unitId)}${suffixes[i]!}`);
    }
    flows.names = names;
  }
  return flows.names;
}

/** A class's registry flows: keys in order, each named by its unit (if any) and a suffix; the names once asked. */
interface RegistryFlows {
  units: readonly UnitRecord[];
  keys: string[];
  owners: (UnitRecord | undefined)[];
  suffixes: string[];
  names?: Map<string, string>;
}

// keccak256 per key: computed once per record (the key choice, the assembly and the second look all ask)
const flowsCache = new WeakMap<ClassRecord, RegistryFlows>();
function flowsOf(c: ClassRecord, units: readonly UnitRecord[]): RegistryFlows {
  const known = flowsCache.get(c);
  if (known !== undefined && known.units === units) return known;
  const flows = computeFlowKeys(c, units);
  flowsCache.set(c, flows);
  return flows;
}

function computeFlowKeys(c: ClassRecord, units: readonly UnitRecord[]): RegistryFlows {
  const flows: RegistryFlows = { units, keys: [], owners: [], suffixes: [] };
  const add = (key: Hex, owner: UnitRecord | undefined, suffix: string) => {
    flows.keys.push(key.toLowerCase());
    flows.owners.push(owner);
    flows.suffixes.push(suffix);
  };
  const asset = getAddress(c.depositAsset);
  const facility = named(c.contracts, COMPONENT.NFAT_FACILITY);
  const redeem = named(c.contracts, COMPONENT.NFAT_REDEEM);
  if (facility) add(assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, asset, facility), undefined, "facility-claim");
  if (redeem) add(assetCounterpartyKey(LIMIT.LIMIT_UNIT_OUTFLOW, asset, redeem), undefined, "redeem-fund");
  for (const u of units) {
    if (u.classId !== c.classId || u.origin !== ORIGIN_FACTORY) continue;
    const sub = named(u.contracts, COMPONENT.SUBSCRIBE_QUEUE);
    const red = named(u.contracts, COMPONENT.REDEEM_QUEUE);
    if (sub) add(assetCounterpartyKey(LIMIT.LIMIT_UNIT_INFLOW, asset, sub), u, ".subscribe-settle");
    if (red) add(assetCounterpartyKey(LIMIT.LIMIT_UNIT_OUTFLOW, asset, red), u, ".redeem-settle");
  }
  return flows;
}

/** The calldata of `HaloController.setDestination(destination, approved)` (an enabled controller action). */
export function setDestinationData(destination: Address, approved: boolean): Hex {
  return encodeFunctionData({ abi: haloControllerAbi, functionName: "setDestination", args: [destination, approved] });
}

const SET_DESTINATION = toFunctionSelector(getAbiItem({ abi: haloControllerAbi, name: "setDestination" }));
const actionIds = new Map<string, Hex>();

/**
 * keccak256(`setDestinationData(destination, approved)`), the controller-action id the refresh checks for each
 * destination: the calldata written by hand (selector, the address word, the bool word; viem's encoder checksums
 * the address), hashed with js-sha3 (model/keccak.ts), remembered per run. Tested against viem (refresh-assemble.test.ts).
 */
export function setDestinationActionId(destination: Address, approved: boolean): Hex {
  const id = `${destination.toLowerCase()}:${approved}`;
  let hash = actionIds.get(id);
  if (hash === undefined) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(destination)) return keccak256(setDestinationData(destination, approved));
    const data = `${SET_DESTINATION.slice(2)}${"0".repeat(24)}${destination.slice(2)}${"0".repeat(63)}${approved ? 1 : 0}`;
    hash = keccak256Bytes(Buffer.from(data, "hex"));
    if (actionIds.size >= 1_000_000) actionIds.clear();
    actionIds.set(id, hash);
  }
  return hash;
}

/** Every contract of a class, the PAU's three (kept in their own record fields) first. */
export function pauContracts(c: {
  almProxy: Address;
  rateLimits: Address;
  controller: Address;
  contracts: readonly { name: Hex; addr: Address }[];
}): { name: Hex; addr: Address }[] {
  return [
    { name: toBytes32Name(COMPONENT.ALM_PROXY), addr: c.almProxy },
    { name: toBytes32Name(COMPONENT.RATE_LIMITS), addr: c.rateLimits },
    { name: toBytes32Name(COMPONENT.CONTROLLER), addr: c.controller },
    ...c.contracts,
  ];
}

/**
 * The registry's `paramsHash`: keccak256(abi.encode(NamedValue[])), the encoding written by hand (an offset word,
 * the length, then (name, value) pairs of two words each) into one buffer and hashed from its bytes with js-sha3
 * (model/keccak.ts): viem's generic encoder, a hex round trip and noble's keccak cost more than the hash at 10,000
 * units. Tested against viem (lens-codec.test.ts).
 */
export function namedValuesHash(params: readonly { name: Hex; value: bigint }[]): string {
  const buf = Buffer.alloc(64 + 64 * params.length);
  buf[31] = 0x20;
  buf.writeUInt32BE(params.length, 60);
  params.forEach((p, i) => {
    const at = 64 + 64 * i;
    if (!/^0x[0-9a-fA-F]{64}$/.test(p.name)) throw new Error(`namedValuesHash: ${p.name} is not a bytes32`);
    if (p.value < 0n || p.value >= 1n << 256n) throw new Error(`namedValuesHash: ${p.value} is not a uint256`);
    buf.write(p.name.slice(2), at, "hex");
    for (let limb = 0; limb < 4; limb++)
      buf.writeBigUInt64BE((p.value >> BigInt(192 - 64 * limb)) & 0xffffffffffffffffn, at + 32 + 8 * limb);
  });
  return keccak256Bytes(buf);
}

export function componentRoleTargets(contracts: readonly { name: Hex; addr: Address }[]) {
  const out: { prefix: string; address: Address; roles: readonly string[] }[] = [];
  for (const n of contracts) {
    const name = fromBytes32Name(n.name);
    const roles = COMPONENT_ROLES[name];
    if (roles === undefined || n.addr === ZERO_ADDRESS) continue;
    // `roles.<name>` once per name (a few names, 40,000 contracts at 1,000 classes)
    let prefix = rolePrefixes.get(name);
    if (prefix === undefined) rolePrefixes.set(name, (prefix = `roles.${name}`));
    out.push({ prefix, address: n.addr, roles });
  }
  return out;
}
const rolePrefixes = new Map<string, string>();

export const ORIGIN_FACTORY = 1;
export const ORIGIN_LEGACY = 2;
/** viem's `zeroAddress`, under the name the refresh stages use. */
export const ZERO_ADDRESS = zeroAddress;
export { ZERO_BYTES32 } from "./names.js";
export const KIND_TERM = KIND.TERM_NFAT.toLowerCase();

export function named(list: readonly { name: Hex; addr: Address }[], name: string): Address | undefined {
  let wanted = wantedNames.get(name);
  if (wanted === undefined) wantedNames.set(name, (wanted = toBytes32Name(name).toLowerCase()));
  // names come lower case from the decoders: compare as they are first, in lower case only when they differ
  for (const n of list)
    if (n.name === wanted || n.name.toLowerCase() === wanted)
      return n.addr === ZERO_ADDRESS ? undefined : getAddress(n.addr);
  return undefined;
}
const wantedNames = new Map<string, string>();

export function flowIdName(flow: Hex): string {
  for (const [name, hash] of Object.entries(LIMIT)) if (hash === flow.toLowerCase()) return name;
  return flow;
}

export type TemplateVersion = ContractFunctionReturnType<
  typeof templateRegistryAbi,
  "view",
  "getTemplatesPage"
>[number];
export type AgentRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getAgentsPage">[number];
export type ClassRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getClassesPage">[number];
export type UnitRecord = ContractFunctionReturnType<typeof haloRegistryAbi, "view", "getUnitsPage">[number];

/**
 * `list` grouped by `classId` (as stored, bytes32), computed once per list: the assembly and the key choice look
 * up a class's units, limits and destinations without scanning every list once per class (no quadratic step).
 */
const groupCache = new WeakMap<object, Map<string, unknown[]>>();
export function ofClass<T extends { classId: Hex }>(list: readonly T[], classId: Hex): readonly T[] {
  let groups = groupCache.get(list) as Map<string, T[]> | undefined;
  if (groups === undefined) {
    groups = new Map<string, T[]>();
    for (const x of list) {
      const g = groups.get(x.classId) ?? [];
      g.push(x);
      groups.set(x.classId, g);
    }
    groupCache.set(list, groups as Map<string, unknown[]>);
  }
  return groups.get(classId) ?? [];
}
