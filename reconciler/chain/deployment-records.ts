/**
 * The factory's deployment records (its ClassDeployed / UnitDeployed events: every deployed parameter; the registry
 * keeps only their hash): the fields the refresh reads, decoded from the event's data without an ABI decoder, their
 * index by id, and their encoding in the history cache (chain/history-cache.ts: `deploymentSections`, appended to as
 * blocks become final, read back with `deploymentsFromSections`). The log scan that finds them is refresh-logs.ts's.
 */
import { type Address, type Hex, getAbiItem, toEventSelector } from "viem";
import { haloFactoryAbi } from "../abi/index.js";
import { keccak256Bytes } from "../model/keccak.js";
import { hexAt, hexSection, historyKey } from "./history-cache.js";
import type { DecodedLog } from "./lens-logs.js";

export const CLASS_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "ClassDeployed" });
export const UNIT_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "UnitDeployed" });

/** ClassDeployed / UnitDeployed logs (the canonical deployment records), undecoded: see `decodeDeployment`. */
export type FactoryLogs = DecodedLog[];

/** The fields of a ClassDeployed / UnitDeployed event the refresh uses. */
export interface DeploymentRecord {
  kind: "class" | "unit";
  /** `request.classId` of a class, `request.unitId` of a unit (lower-case hex). */
  id: Hex;
  /** `request.classId` (lower-case hex). */
  classId: Hex;
  /** `day0Limits[].key` (lower-case hex). */
  day0Keys: Hex[];
  /** `request.params` as abi-encoded in the event: its length word, then (name, value) word pairs. */
  params: Buffer;
  /**
   * `encodedParamsHash(params)`, the registry's `paramsHash` of a faithful record: kept in the history cache beside the
   * record (a warm plan of 1,000 classes hashed ~11,000 lists again, ~0.3 s); computed when first asked otherwise.
   */
  paramsHash?: Hex;
}

const W = 32;
// Head positions (in words) inside the event's structs (IHaloFactory.sol): ClassDeployment.day0Limits is its 11th head
// word (request, kind, the 6 ClassAddresses, authoriser, salt), UnitDeployment.day0Limits its 10th (request,
// templateId, templateVersion, almProxy, the 3 UnitAddresses, authoriser, salt); ClassRequest.params its 12th,
// UnitRequest.params its 5th. An InitRateLimit is 3 static words (key, maxAmount, slope).
const LAYOUT = {
  ClassDeployed: { day0Limits: 10, params: 11, classIdWord: 0 },
  UnitDeployed: { day0Limits: 9, params: 4, classIdWord: 1 },
} as const;

/**
 * The fields the refresh uses of a factory deployment event's data (`abi.encode(ClassDeployment)` /
 * `abi.encode(UnitDeployment)`), read in place instead of decoding the whole record: the ~11,000 events of a
 * 1,000-class tree are megabytes of nested structs of which the refresh needs the ids, the Day-0 keys and the
 * parameter list (hashed against the registry's `paramsHash`, decoded only when asked). Offsets and lengths are bounds
 * checked; undefined when the data does not hold such a record (the log is then skipped, as an undecodable log is).
 * Tested against viem's decoder (deployment-logs.test.ts).
 */
export function decodeDeployment(eventName: string, data: Hex): DeploymentRecord | undefined {
  const layout = eventName === "ClassDeployed" ? LAYOUT.ClassDeployed : eventName === "UnitDeployed" ? LAYOUT.UnitDeployed : undefined;
  if (layout === undefined || !/^0x/i.test(data) || data.length % 2 !== 0) return undefined;
  const b = Buffer.from(data.slice(2), "hex");
  if (b.length * 2 !== data.length - 2) return undefined;
  /** A word that must be an offset or length inside the data. */
  const size = (at: number): number => {
    if (at < 0 || at + W > b.length) throw new RangeError("outside");
    for (let i = at; i < at + 28; i++) if (b[i] !== 0) throw new RangeError("too large");
    const v = b.readUInt32BE(at + 28);
    if (v > b.length) throw new RangeError("too large");
    return v;
  };
  const word = (at: number): Hex => {
    if (at < 0 || at + W > b.length) throw new RangeError("outside");
    return `0x${b.toString("hex", at, at + W)}`;
  };
  try {
    const deployment = size(0); // abi.encode of one dynamic tuple: its offset first
    const request = deployment + size(deployment);
    const limits = deployment + size(deployment + layout.day0Limits * W);
    const n = size(limits);
    if (limits + W + n * 3 * W > b.length) return undefined;
    const day0Keys: Hex[] = new Array<Hex>(n);
    for (let i = 0; i < n; i++) day0Keys[i] = word(limits + W + i * 3 * W);
    const params = request + size(request + layout.params * W);
    const count = size(params);
    if (params + W + count * 2 * W > b.length) return undefined;
    return {
      kind: eventName === "ClassDeployed" ? "class" : "unit",
      id: word(request),
      classId: word(request + layout.classIdWord * W),
      day0Keys,
      // a copy: the index keeps ~400 bytes per deployment, not the whole event (~1.5 KB) for the life of the run
      params: Buffer.from(b.subarray(params, params + W + count * 2 * W)),
    };
  } catch {
    return undefined;
  }
}

/** keccak256(abi.encode(NamedValue[])) of a parameter list as the event encodes it: an offset word 0x20, then it. */
export function encodedParamsHash(params: Buffer): Hex {
  const buf = Buffer.alloc(W + params.length);
  buf[W - 1] = 0x20;
  params.copy(buf, W);
  return keccak256Bytes(buf);
}

/** A record's `paramsHash`: the one it carries (the history cache's), else computed once and kept on it. */
function paramsHashOf(record: DeploymentRecord): Hex {
  return (record.paramsHash ??= encodedParamsHash(record.params));
}

/**
 * Parameter names already seen, by a hash of their first 12 bytes: a tree of 1,000 classes has ~6 distinct names
 * over ~60,000 parameters. Each name is one shared string, so the lookups that follow (`fromBytes32Name`) hash it
 * once, instead of a new `0x…` string per parameter (a cons string each lookup flattened and hashed).
 */
const paramNames = new Map<number, { word: Buffer; name: Hex }[]>();
let paramNameCount = 0;
function paramName(params: Buffer, at: number): Hex {
  const h = params.readInt32BE(at) ^ params.readInt32BE(at + 4) ^ params.readInt32BE(at + 8);
  let list = paramNames.get(h);
  if (list !== undefined) for (const known of list) if (params.compare(known.word, 0, W, at, at + W) === 0) return known.name;
  if (paramNameCount >= 1_000) {
    paramNames.clear(); // names chosen by whoever deploys: bounded
    paramNameCount = 0;
    list = undefined;
  }
  const name: Hex = `0x${params.toString("hex", at, at + W)}`;
  const entry = { word: Buffer.from(params.subarray(at, at + W)), name };
  if (list === undefined) paramNames.set(h, [entry]);
  else list.push(entry);
  paramNameCount++;
  return name;
}

/** The (name, value) pairs of a parameter list as the event encodes it. */
export function decodeEncodedParams(params: Buffer): { name: Hex; value: bigint }[] {
  const count = params.readUInt32BE(W - 4);
  const out = new Array<{ name: Hex; value: bigint }>(count);
  for (let i = 0; i < count; i++) {
    const at = W + i * 2 * W;
    const v = at + W;
    // most values fit 64 bits: read those without a hex string
    const small = params.readUInt32BE(v) === 0 && params.readUInt32BE(v + 4) === 0 && params.readUInt32BE(v + 8) === 0 &&
      params.readUInt32BE(v + 12) === 0 && params.readUInt32BE(v + 16) === 0 && params.readUInt32BE(v + 20) === 0;
    out[i] = {
      name: paramName(params, at),
      value: small ? params.readBigUInt64BE(v + 24) : BigInt(`0x${params.toString("hex", v, v + W)}`),
    };
  }
  return out;
}

export interface DeploymentIndex {
  /** Day-0 keys of every deployment, by class id (lower case): the inits the factory added on the class's RateLimits. */
  day0Keys: Map<string, Set<string>>;
  /** The deployed parameters of a record, when the event was found and matches the recorded hash. */
  paramsOf: (kind: "class" | "unit", id: Hex, paramsHash: Hex) => readonly { name: Hex; value: bigint }[] | undefined;
}

/** A deployment record with the block of its event (the history cache stores only records of final blocks). */
export interface PlacedDeployment extends DeploymentRecord {
  block: bigint;
}

/** The records of the factory's ClassDeployed / UnitDeployed events, in the logs' (chain) order. */
export function decodeDeploymentLogs(factoryLogs: FactoryLogs): PlacedDeployment[] {
  const out: PlacedDeployment[] = [];
  for (const log of factoryLogs) {
    if (log.raw === undefined) continue;
    const record = decodeDeployment(log.eventName, log.raw.data);
    if (record !== undefined) out.push({ ...record, block: log.blockNumber });
  }
  return out;
}

/** The factory's ClassDeployed / UnitDeployed events by id; the last event of an id wins. */
export function indexDeployments(factoryLogs: FactoryLogs): DeploymentIndex {
  return indexDeploymentRecords(decodeDeploymentLogs(factoryLogs));
}

/** `indexDeployments` of records in chain order (the history cache's, then the later blocks'). */
export function indexDeploymentRecords(records: readonly DeploymentRecord[]): DeploymentIndex {
  // The records by kind, then class / unit id (bytes32, lower case).
  const deployed = { class: new Map<string, DeploymentRecord>(), unit: new Map<string, DeploymentRecord>() };
  const day0Keys = new Map<string, Set<string>>();
  let lastClass: string | undefined;
  let keys: Set<string> | undefined;
  for (const record of records) {
    deployed[record.kind].set(record.id, record);
    // a class's units follow it: its set is found without a lookup
    if (keys === undefined || lastClass !== record.classId) {
      keys = day0Keys.get(record.classId);
      if (keys === undefined) day0Keys.set(record.classId, (keys = new Set<string>()));
      lastClass = record.classId;
    }
    for (const key of record.day0Keys) keys.add(key);
  }
  // each deployment's parameters hashed (kept on the record: the history cache writes that hash) and decoded once,
  // when asked (the index is kept for both refreshes of `observe`)
  const decoded = new Map<DeploymentRecord, readonly { name: Hex; value: bigint }[]>();
  const paramsOf = (kind: "class" | "unit", id: Hex, paramsHash: Hex) => {
    const record = deployed[kind].get(id.toLowerCase());
    if (record === undefined) return undefined;
    const hash = paramsHashOf(record);
    if (hash !== paramsHash && hash !== paramsHash.toLowerCase()) return undefined;
    let params = decoded.get(record);
    if (params === undefined) decoded.set(record, (params = decodeEncodedParams(record.params)));
    return params;
  };
  return { day0Keys, paramsOf };
}

/**
 * The history cache's body of deployment records (chain/history-cache.ts): per record its kind, Day-0 key count
 * and parameter bytes (u32 each), its block (f64), id and class id (32 bytes each); then every Day-0 key and the
 * parameter lists, concatenated; then each parameter list's hash (32 bytes, `encodedParamsHash`).
 */
export function deploymentSections(records: readonly PlacedDeployment[]): Buffer[] {
  const heads = Buffer.alloc(records.length * 12);
  const blocks = Buffer.alloc(records.length * 8);
  const ids = Buffer.alloc(records.length * 64);
  const keys: Hex[] = [];
  records.forEach((r, i) => {
    heads.writeUInt32LE(r.kind === "class" ? 0 : 1, i * 12);
    heads.writeUInt32LE(r.day0Keys.length, i * 12 + 4);
    heads.writeUInt32LE(r.params.length, i * 12 + 8);
    blocks.writeDoubleLE(Number(r.block), i * 8);
    ids.write(r.id.slice(2), i * 64, 32, "hex");
    ids.write(r.classId.slice(2), i * 64 + 32, 32, "hex");
    keys.push(...r.day0Keys);
  });
  const hashes = Buffer.alloc(records.length * 32);
  records.forEach((r, i) => hashes.write(paramsHashOf(r).slice(2), i * 32, 32, "hex"));
  return [heads, blocks, ids, hexSection(keys, 32), Buffer.concat(records.map((r) => r.params)), hashes];
}

/**
 * `base` (a body as `deploymentSections` writes it, that `deploymentsFromSections` reads back) with `records` after its
 * own: the same bytes as `deploymentSections` of all the records, without encoding the base's again (the history
 * cache's write-back at a later final block). The base's own six sections when there is nothing to append.
 */
export function appendDeploymentSections(base: readonly Buffer[], records: readonly PlacedDeployment[]): Buffer[] {
  const added = deploymentSections(records);
  return added.map((section, i) => (section.length === 0 ? base[i]! : Buffer.concat([base[i]!, section])));
}

/** The six sections of `deploymentSections`' body and their record count, when their sizes agree; else undefined. */
function deploymentBody(sections: readonly Buffer[]) {
  const [heads, blocks, ids, keys, params, hashes] = sections;
  if (heads === undefined || blocks === undefined || ids === undefined || keys === undefined || params === undefined || hashes === undefined)
    return undefined;
  const n = heads.length / 12;
  if (!Number.isInteger(n) || blocks.length !== n * 8 || ids.length !== n * 64 || hashes.length !== n * 32) return undefined;
  return { heads, blocks, ids, keys, params, hashes, n };
}

/**
 * The one walk over the records of a body: `visit(i, key offset, key count, params offset, params length)` for each
 * record whose keys and parameters lie inside their sections. False, with no further visit, at the first that does
 * not, or when the records do not use up the key and parameter sections exactly.
 */
function walkDeployments(
  b: NonNullable<ReturnType<typeof deploymentBody>>,
  visit?: (i: number, k: number, count: number, p: number, length: number) => void,
): boolean {
  let k = 0;
  let p = 0;
  for (let i = 0; i < b.n; i++) {
    const count = b.heads.readUInt32LE(i * 12 + 4);
    const length = b.heads.readUInt32LE(i * 12 + 8);
    if ((k + count) * 32 > b.keys.length || p + length > b.params.length) return false;
    visit?.(i, k, count, p, length);
    k += count;
    p += length;
  }
  return k * 32 === b.keys.length && p === b.params.length;
}

/**
 * Whether `deploymentSections`' body adds up — the case in which `deploymentsFromSections` gives undefined — without
 * building a record: round 1 decides from it which blocks to ask the node for, the records are read afterwards.
 */
export function deploymentSectionsAddUp(sections: readonly Buffer[]): boolean {
  const b = deploymentBody(sections);
  return b !== undefined && walkDeployments(b);
}

/** The records of `deploymentSections`' body; undefined when the sections do not add up. */
export function deploymentsFromSections(sections: readonly Buffer[]): PlacedDeployment[] | undefined {
  const b = deploymentBody(sections);
  if (b === undefined) return undefined;
  const { heads, blocks, ids, keys, params, hashes } = b;
  const out = new Array<PlacedDeployment>(b.n);
  let classId: Hex | undefined;
  const whole = walkDeployments(b, (i, k, count, p, length) => {
    // a class's units follow it: its id string is shared (`indexDeploymentRecords` keys its Day-0 keys by it)
    if (classId === undefined || ids.compare(ids, i * 64 - 32, i * 64, i * 64 + 32, i * 64 + 64) !== 0) classId = hexAt(ids, i * 64 + 32, 32);
    const day0Keys = new Array<Hex>(count);
    for (let j = 0; j < count; j++) day0Keys[j] = hexAt(keys, (k + j) * 32, 32);
    out[i] = {
      kind: heads.readUInt32LE(i * 12) === 0 ? "class" : "unit",
      id: hexAt(ids, i * 64, 32),
      classId,
      day0Keys,
      params: params.subarray(p, p + length),
      paramsHash: hexAt(hashes, i * 32, 32),
      block: BigInt(blocks.readDoubleLE(i * 8)),
    };
  });
  return whole ? out : undefined;
}

/** The history cache's key of the factory's deployment events: the factory and the two events' topics. */
export function deploymentsKey(factory: Address, fromBlock: bigint): string {
  return historyKey("deployments", [factory, toEventSelector(CLASS_DEPLOYED), toEventSelector(UNIT_DEPLOYED)], fromBlock);
}

