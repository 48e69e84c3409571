/**
 * `halo index`: turn the factory's and the HaloRegistry's events into one Synome / Artifact record per agent,
 * class and unit (schemas/records/). Logs are read with eth_getLogs over a few large block ranges (both
 * contracts in one query per range), decoded strictly, and folded in (block, log index) order. A log from
 * either contract that no known event matches, or that does not decode, stops the run: it is reported with
 * its transaction hash and log index and nothing is written, so a record can never silently miss a fact.
 *
 * Parameters come from the factory's canonical ClassDeployed / UnitDeployed events: the registry keeps only
 * `paramsHash`, which is read back (pinned to the last block) and must equal the hash of the event's values.
 * A legacy entry's parameters are not on chain at all: its record carries the hash and `params: null`.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { type Abi, type Address, type Client, type Hex, type Log, AbiEventSignatureNotFoundError, decodeEventLog, getAddress } from "viem";
import { getBlockNumber, getLogs, readContract } from "viem/actions";
import { haloFactoryAbi, haloRegistryAbi } from "../abi/index.js";
import { fromBytes32Name, kindName } from "../chain/names.js";
import { canonicalJson, idText } from "./common.js";
import { classContracts, paramsHashOf } from "./registry.js";
import {
  type AgentRecord,
  type ArtifactUpdate,
  type ClassRecord,
  type Day0,
  type LogRef,
  type UnitRecord,
  RECORD_SCHEMA_VERSION,
  validateRecord,
} from "./records.js";
import { ChainError } from "../errors.js";

export class IndexError extends ChainError {
  override name = "IndexError";
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems while indexing`, problems.length === 1 ? {} : { details: problems });
  }
}

export interface IndexOptions {
  chainId: number;
  factory: Address;
  haloRegistry: Address;
  fromBlock?: bigint;
  /** Last block to read (default: the head at the start of the run; every read is pinned to it). */
  toBlock?: bigint;
  /** Blocks per eth_getLogs query (default 100 000: a handful of queries for a year of mainnet blocks). */
  blockRange?: bigint;
}

export interface IndexResult {
  agents: AgentRecord[];
  classes: ClassRecord[];
  units: UnitRecord[];
  fromBlock: bigint;
  toBlock: bigint;
  logCount: number;
  /** eth_getLogs queries made. */
  queries: number;
}

interface Decoded {
  source: "factory" | "registry";
  eventName: string;
  args: Record<string, unknown>;
  at: LogRef;
}

const ORIGIN = ["none", "factory", "legacy"] as const;
/** OpenZeppelin AccessControl / EIP-712 events the two contracts emit that carry no record data. */
// IdReserved / IdReleased: the factory's id reservations (D3) belong to no record until the id is deployed.
const IGNORED = new Set(["RoleGranted", "RoleRevoked", "RoleAdminChanged", "EIP712DomainChanged", "NonceInvalidated", "IdReserved", "IdReleased"]);
/** Deal-unit ids are `(classNumber << 128) | tokenId`, always below 2^192; no chosen id may be (HaloRegistry, A-01). */
const DEAL_ID_LIMIT = 1n << 192n;

const addr = (value: unknown): string => getAddress(value as string);
const hex = (value: unknown): string => (value as string).toLowerCase();
const dec = (value: unknown): string => (value as bigint).toString();
const name = (value: unknown): string => fromBytes32Name(value as Hex);
const ZERO32 = `0x${"00".repeat(32)}`;

function emptyDay0(cycles: number, limits: Day0["limits"]): Day0 {
  return { cycles, limits, reviews: [], reviewCount: 0, ended: false, endedAt: null };
}

function refOf(log: Log): LogRef {
  if (log.blockNumber === null || log.transactionHash === null || log.logIndex === null) {
    throw new IndexError([`a pending log was returned (no block number / tx hash / log index)`]);
  }
  return { blockNumber: log.blockNumber.toString(), transactionHash: log.transactionHash.toLowerCase(), logIndex: log.logIndex };
}

function where(at: LogRef): string {
  return `tx ${at.transactionHash} log ${at.logIndex} (block ${at.blockNumber})`;
}

/** Decode one log strictly; unknown and malformed logs become problems naming the transaction and log index. */
function decode(log: Log, factory: Address, problems: string[]): Decoded | undefined {
  const at = refOf(log);
  const source = getAddress(log.address) === factory ? "factory" : "registry";
  const abi: Abi = source === "factory" ? haloFactoryAbi : haloRegistryAbi;
  const contract = source === "factory" ? "HaloFactory" : "HaloRegistry";
  try {
    const decoded = decodeEventLog({ abi, data: log.data, topics: log.topics as [Hex, ...Hex[]], strict: true });
    return { source, eventName: decoded.eventName ?? "", args: (decoded.args ?? {}) as Record<string, unknown>, at };
  } catch (error) {
    if (error instanceof AbiEventSignatureNotFoundError || log.topics.length === 0) {
      problems.push(`unknown event from ${contract} ${log.address}: ${where(at)}, topic0 ${log.topics[0] ?? "(none)"}`);
    } else {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      problems.push(`malformed event from ${contract} ${log.address}: ${where(at)}: ${reason}`);
    }
    return undefined;
  }
}

/** Read and decode every log of the factory and the registry in [from, to], in block / log order. */
async function readLogs(client: Client, opts: IndexOptions, from: bigint, to: bigint): Promise<{ logs: Decoded[]; count: number; queries: number }> {
  const range = opts.blockRange ?? 100_000n;
  const raw: Log[] = [];
  let queries = 0;
  for (let start = from; start <= to; start += range) {
    const end = start + range - 1n < to ? start + range - 1n : to;
    raw.push(...(await getLogs(client, { address: [opts.factory, opts.haloRegistry], fromBlock: start, toBlock: end })));
    queries += 1;
  }
  raw.sort((a, b) => (a.blockNumber === b.blockNumber ? (a.logIndex ?? 0) - (b.logIndex ?? 0) : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n) ? -1 : 1));
  const problems: string[] = [];
  const logs: Decoded[] = [];
  for (const log of raw) {
    const d = decode(log, getAddress(opts.factory), problems);
    if (d !== undefined) logs.push(d);
  }
  if (problems.length > 0) throw new IndexError(problems);
  return { logs, count: raw.length, queries };
}

interface RegistryArtifact {
  uri: string;
  sha256: Hex;
}
interface RegistryNamed {
  name: Hex;
  addr: Address;
}
interface RegistryValue {
  name: Hex;
  value: bigint;
}
interface RegistryDay0 {
  cycles: number;
}

/** Build the records from the logs. Pure apart from the reads of legacy entries (pinned to `blockNumber`). */
export async function buildRecords(client: Client, opts: IndexOptions): Promise<IndexResult> {
  const toBlock = opts.toBlock ?? (await getBlockNumber(client));
  const fromBlock = opts.fromBlock ?? 0n;
  const { logs, count, queries } = await readLogs(client, opts, fromBlock, toBlock);
  const chainId = opts.chainId;
  const agents = new Map<string, AgentRecord>();
  const classes = new Map<string, ClassRecord>();
  const units = new Map<string, UnitRecord>();
  const problems: string[] = [];
  const pendingFactory: { id: string; at: LogRef; what: string; has: () => boolean }[] = [];

  const entry = (idHex: string): { artifact: AgentRecord["artifact"]; artifactHistory: ArtifactUpdate[]; day0?: Day0 } | undefined =>
    agents.get(idHex) ?? classes.get(idHex) ?? units.get(idHex);

  // Two passes in log order: entries first, then what happens to them. The registry emits its own events
  // (a Day-0 end for zero cycles, say) before the factory's canonical event of the same deployment.
  const updates = new Set(["registry.AgentOperatorSet", "registry.BeaconOperatorSet", "registry.ArtifactUpdated", "registry.Day0Reviewed", "registry.Day0Ended"]);
  const ordered = [...logs.filter((l) => !updates.has(`${l.source}.${l.eventName}`)), ...logs.filter((l) => updates.has(`${l.source}.${l.eventName}`))];
  for (const { source, eventName, args, at } of ordered) {
    if (IGNORED.has(eventName)) continue;
    const key = `${source}.${eventName}`;
    switch (key) {
      case "registry.AgentRegistered": {
        const id = hex(args.agentId);
        agents.set(id, {
          schemaVersion: RECORD_SCHEMA_VERSION,
          recordType: "agent",
          chainId,
          agentId: idText(id as Hex),
          agentIdHex: id,
          operator: addr(args.operator),
          artifact: { uri: args.artifactUri as string, sha256: hex(args.artifactSha256) },
          artifactHistory: [],
          classIds: [],
          registered: at,
        });
        break;
      }
      case "registry.AgentOperatorSet": {
        const agent = agents.get(hex(args.agentId));
        if (agent === undefined) problems.push(`AgentOperatorSet for unknown agent ${idText(args.agentId as Hex)}: ${where(at)}`);
        else agent.operator = addr(args.operator);
        break;
      }
      case "factory.ClassDeployed": {
        const d = args.deployment as {
          request: {
            classId: Hex; agentId: Hex; templateId: Hex; templateVersion: number; operator: Address; freezer: Address; govOps: Address;
            depositAsset: Address; name: string; symbol: string; beacons: readonly { kind: Hex; operator: Address }[];
            params: readonly RegistryValue[]; artifact: RegistryArtifact;
          };
          kind: Hex;
          addresses: { almProxy: Address; rateLimits: Address; controller: Address; facility: Address; dealToken: Address; redeem: Address };
          authoriser: Address; salt: Hex; day0Limits: readonly { key: Hex; maxAmount: bigint; slope: bigint }[]; day0Cycles: number;
          cbeamOperationId: Hex; cbeamReadyAt: bigint;
        };
        const r = d.request;
        const id = hex(r.classId);
        const agent = agents.get(hex(r.agentId));
        if (agent === undefined) problems.push(`ClassDeployed ${idText(r.classId)} names unknown agent ${idText(r.agentId)}: ${where(at)}`);
        const term = kindName(d.kind) === "term-nfat";
        const a = d.addresses;
        classes.set(id, {
          schemaVersion: RECORD_SCHEMA_VERSION,
          recordType: "class",
          chainId,
          classId: idText(id as Hex),
          classIdHex: id,
          agentId: idText(r.agentId),
          origin: "factory",
          kind: kindName(d.kind),
          template: { id: name(r.templateId), version: Number(r.templateVersion) },
          conformsToTemplate: true,
          addresses: {
            almProxy: addr(a.almProxy),
            rateLimits: addr(a.rateLimits),
            controller: addr(a.controller),
            ...(term ? { facility: addr(a.facility), dealToken: addr(a.dealToken), redeem: addr(a.redeem) } : {}),
          },
          operator: addr(r.operator),
          freezer: addr(r.freezer),
          govOps: addr(r.govOps),
          depositAsset: addr(r.depositAsset),
          ...(term ? { dealTokenName: r.name, dealTokenSymbol: r.symbol } : {}),
          beacons: r.beacons.map((b) => ({ kind: name(b.kind), operator: addr(b.operator) })),
          params: r.params.map((p) => ({ name: name(p.name), value: dec(p.value) })),
          paramsHash: paramsHashOf(r.params),
          artifact: { uri: r.artifact.uri, sha256: hex(r.artifact.sha256) },
          artifactHistory: [],
          deployment: { metadataSchemaVersion: Number(args.schemaVersion), authoriser: addr(d.authoriser), salt: hex(d.salt), at },
          day0: emptyDay0(Number(d.day0Cycles), d.day0Limits.map((l) => ({ key: hex(l.key), maxAmount: dec(l.maxAmount), slope: dec(l.slope) }))),
          // The PAS Timelock operation addCBeam(govOps) the HaloCBeamProposer scheduled; both zero when GovOps
          // already was a cBEAM and the factory granted it on the class's RateLimits and Controller at once.
          cbeamGrant: { operationId: hex(d.cbeamOperationId), readyAt: dec(d.cbeamReadyAt) },
          unitIds: [],
        });
        agent?.classIds.push(idText(id as Hex));
        break;
      }
      case "factory.UnitDeployed": {
        const d = args.deployment as {
          request: { unitId: Hex; classId: Hex; name: string; symbol: string; params: readonly RegistryValue[]; artifact: RegistryArtifact };
          templateId: Hex; templateVersion: number; almProxy: Address;
          addresses: { shareToken: Address; subscribeQueue: Address; redeemQueue: Address };
          authoriser: Address; salt: Hex; day0Limits: readonly { key: Hex; maxAmount: bigint; slope: bigint }[]; day0Cycles: number;
        };
        const r = d.request;
        const id = hex(r.unitId);
        const cls = classes.get(hex(r.classId));
        if (cls === undefined) {
          problems.push(`UnitDeployed ${idText(r.unitId)} names unknown class ${idText(r.classId)}: ${where(at)}`);
          break;
        }
        units.set(id, {
          schemaVersion: RECORD_SCHEMA_VERSION,
          recordType: "unit",
          chainId,
          unitId: idText(id as Hex),
          unitIdHex: id,
          classId: cls.classId,
          agentId: cls.agentId,
          origin: "factory",
          kind: "lcts-unit",
          template: { id: name(d.templateId), version: Number(d.templateVersion) },
          almProxy: addr(d.almProxy),
          addresses: { shareToken: addr(d.addresses.shareToken), subscribeQueue: addr(d.addresses.subscribeQueue), redeemQueue: addr(d.addresses.redeemQueue) },
          shareTokenName: r.name,
          shareTokenSymbol: r.symbol,
          beacons: cls.beacons,
          params: r.params.map((p) => ({ name: name(p.name), value: dec(p.value) })),
          paramsHash: paramsHashOf(r.params),
          artifact: { uri: r.artifact.uri, sha256: hex(r.artifact.sha256) },
          artifactHistory: [],
          deployment: { metadataSchemaVersion: Number(args.schemaVersion), authoriser: addr(d.authoriser), salt: hex(d.salt), at },
          day0: emptyDay0(Number(d.day0Cycles), d.day0Limits.map((l) => ({ key: hex(l.key), maxAmount: dec(l.maxAmount), slope: dec(l.slope) }))),
        });
        cls.unitIds.push(idText(id as Hex));
        break;
      }
      case "registry.DealUnitRecorded": {
        // The HaloRegistry records a deal for the class's own facility (factory or legacy class) and emits its
        // UnitRecorded first; this event carries the whole record.
        const id = hex(args.unitId);
        const cls = classes.get(hex(args.classId));
        if (cls === undefined) {
          problems.push(`DealUnitRecorded ${id} names unknown class ${idText(args.classId as Hex)}: ${where(at)}`);
          break;
        }
        units.set(id, {
          schemaVersion: RECORD_SCHEMA_VERSION,
          recordType: "unit",
          chainId,
          unitId: idText(id as Hex),
          unitIdHex: id,
          classId: cls.classId,
          agentId: cls.agentId,
          origin: cls.origin,
          kind: "nfat-deal",
          template: cls.template,
          deal: {
            dealToken: addr(args.dealToken),
            tokenId: dec(args.tokenId),
            depositor: addr(args.depositor),
            principal: dec(args.principal),
            bookId: idText(args.bookId as Hex),
            termsHash: hex(args.termsHash),
          },
          beacons: cls.beacons,
          params: [],
          // A deal unit has no parameters: the registry records a zero hash (checked against it below).
          paramsHash: ZERO32,
          artifact: { uri: "", sha256: `0x${"00".repeat(32)}` },
          artifactHistory: [],
          deployment: { metadataSchemaVersion: Number(args.schemaVersion), at },
          day0: emptyDay0(cls.day0.cycles, []),
        });
        cls.unitIds.push(idText(id as Hex));
        break;
      }
      case "registry.ClassRecorded": {
        const origin = ORIGIN[Number(args.origin)] ?? "none";
        if (origin === "factory") {
          // The registry records before the factory emits its canonical event: checked once every log is folded.
          pendingFactory.push({ id: hex(args.classId), at, what: "ClassRecorded (factory)", has: () => classes.has(hex(args.classId)) });
        } else if (origin === "legacy") {
          classes.set(hex(args.classId), await legacyClass(client, opts, hex(args.classId) as Hex, at, toBlock, agents));
        } else problems.push(`ClassRecorded with origin ${String(args.origin)}: ${where(at)}`);
        break;
      }
      case "registry.UnitRecorded": {
        const origin = ORIGIN[Number(args.origin)] ?? "none";
        if (BigInt(args.unitId as Hex) < DEAL_ID_LIMIT) {
          // A deal unit: its DealUnitRecorded (same transaction, next log) makes the record.
          pendingFactory.push({ id: hex(args.unitId), at, what: "UnitRecorded (deal)", has: () => units.has(hex(args.unitId)) });
        } else if (origin === "factory") {
          pendingFactory.push({ id: hex(args.unitId), at, what: "UnitRecorded (factory)", has: () => units.has(hex(args.unitId)) });
        } else if (origin === "legacy") {
          const cls = classes.get(hex(args.classId));
          if (cls === undefined) problems.push(`UnitRecorded ${idText(args.unitId as Hex)} names unknown class: ${where(at)}`);
          else {
            units.set(hex(args.unitId), await legacyUnit(client, opts, hex(args.unitId) as Hex, cls, at, toBlock));
            cls.unitIds.push(idText(args.unitId as Hex));
          }
        } else problems.push(`UnitRecorded with origin ${String(args.origin)}: ${where(at)}`);
        break;
      }
      case "registry.BeaconOperatorSet": {
        // A governed rotation (issue 16): the class's record (and its units', which share its beacons) names the
        // new operator from here on, as the registry's views do.
        const beacon = classes.get(hex(args.classId))?.beacons.find((b) => b.kind === name(args.kind as Hex));
        if (beacon === undefined) problems.push(`BeaconOperatorSet for unknown class or beacon ${idText(args.classId as Hex)} ${name(args.kind as Hex)}: ${where(at)}`);
        else beacon.operator = addr(args.operator);
        break;
      }
      case "registry.ArtifactUpdated": {
        const target = entry(hex(args.id));
        if (target === undefined) {
          problems.push(`ArtifactUpdated for unknown id ${idText(args.id as Hex)}: ${where(at)}`);
          break;
        }
        target.artifactHistory.push({ previousSha256: hex(args.previousSha256), sha256: hex(args.sha256), uri: args.uri as string, updatedBy: addr(args.updatedBy), at });
        target.artifact = { uri: args.uri as string, sha256: hex(args.sha256) };
        break;
      }
      case "registry.Day0Reviewed": {
        const target = entry(hex(args.id));
        if (target?.day0 === undefined) {
          problems.push(`Day0Reviewed for unknown class or unit ${idText(args.id as Hex)}: ${where(at)}`);
          break;
        }
        target.day0.reviews.push({ index: dec(args.index), reportHash: hex(args.reportHash), reviewer: addr(args.reviewer), at });
        target.day0.reviewCount = target.day0.reviews.length;
        break;
      }
      case "registry.Day0Ended": {
        const target = entry(hex(args.id));
        if (target?.day0 === undefined) {
          problems.push(`Day0Ended for unknown class or unit ${idText(args.id as Hex)}: ${where(at)}`);
          break;
        }
        target.day0.ended = true;
        target.day0.endedAt = dec(args.endedAt);
        break;
      }
      default:
        // The ABI knows it but this indexer does not fold it: refuse rather than drop a fact silently.
        problems.push(`event ${key} is not handled by this indexer: ${where(at)}`);
    }
  }
  for (const p of pendingFactory) if (!p.has()) problems.push(`${p.what} ${idText(p.id as Hex)} without the factory's event: ${where(p.at)}`);
  if (problems.length === 0) await checkParamsHashes(client, opts, toBlock, classes, units, problems);
  if (problems.length > 0) throw new IndexError(problems);
  return { agents: [...agents.values()], classes: [...classes.values()], units: [...units.values()], fromBlock, toBlock, logCount: count, queries };
}

/**
 * Every factory entry's parameters (from its canonical event) must hash to the registry's `paramsHash`: a
 * mismatch means the event and the registry disagree about what was deployed, and nothing is written.
 */
async function checkParamsHashes(client: Client, opts: IndexOptions, blockNumber: bigint, classes: Map<string, ClassRecord>, units: Map<string, UnitRecord>, problems: string[]): Promise<void> {
  const recorded = async (functionName: "getClass" | "getUnit", id: Hex): Promise<string> =>
    hex(((await readContract(client, { address: opts.haloRegistry, abi: haloRegistryAbi, functionName, args: [id], blockNumber })) as unknown as { paramsHash: Hex }).paramsHash);
  const entries: { what: string; id: Hex; record: ClassRecord | UnitRecord; read: () => Promise<string> }[] = [
    ...[...classes.entries()].map(([id, record]) => ({ what: "class", id: id as Hex, record, read: () => recorded("getClass", id as Hex) })),
    ...[...units.entries()].map(([id, record]) => ({ what: "unit", id: id as Hex, record, read: () => recorded("getUnit", id as Hex) })),
  ];
  for (const e of entries) {
    if (e.record.origin !== "factory") continue;
    const onChain = await e.read();
    if (onChain !== e.record.paramsHash) {
      problems.push(`${e.what} ${idText(e.id)}: the factory event's parameters hash to ${e.record.paramsHash}, the HaloRegistry records ${onChain}: ${where(e.record.deployment.at)}`);
    }
  }
}

async function legacyClass(client: Client, opts: IndexOptions, classId: Hex, at: LogRef, blockNumber: bigint, agents: Map<string, AgentRecord>): Promise<ClassRecord> {
  const c = (await readContract(client, { address: opts.haloRegistry, abi: haloRegistryAbi, functionName: "getClass", args: [classId], blockNumber })) as unknown as {
    agentId: Hex; kind: Hex; templateId: Hex; templateVersion: number; conformsToTemplate: boolean; almProxy: Address; controller: Address;
    rateLimits: Address; operator: Address; freezer: Address; govOps: Address; depositAsset: Address; beacons: readonly { kind: Hex; operator: Address }[];
    paramsHash: Hex; artifact: RegistryArtifact; day0: RegistryDay0; contracts: readonly RegistryNamed[];
  };
  agents.get(hex(c.agentId))?.classIds.push(idText(classId));
  const noTemplate = BigInt(c.templateId) === 0n;
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    recordType: "class",
    chainId: opts.chainId,
    classId: idText(classId),
    classIdHex: classId.toLowerCase(),
    agentId: idText(c.agentId),
    origin: "legacy",
    kind: kindName(c.kind),
    template: noTemplate ? null : { id: name(c.templateId), version: Number(c.templateVersion) },
    conformsToTemplate: c.conformsToTemplate,
    addresses: { almProxy: addr(c.almProxy), rateLimits: addr(c.rateLimits), controller: addr(c.controller) },
    contracts: c.contracts.map((x) => ({ name: name(x.name), address: addr(x.addr) })),
    operator: addr(c.operator),
    freezer: addr(c.freezer),
    govOps: addr(c.govOps),
    depositAsset: addr(c.depositAsset),
    beacons: c.beacons.map((b) => ({ kind: name(b.kind), operator: addr(b.operator) })),
    // Governance recorded only the hash: the values are not on chain.
    params: null,
    paramsHash: hex(c.paramsHash),
    artifact: { uri: c.artifact.uri, sha256: hex(c.artifact.sha256) },
    artifactHistory: [],
    deployment: { at },
    day0: emptyDay0(Number(c.day0.cycles), []),
    cbeamGrant: null,
    unitIds: [],
  };
}

async function legacyUnit(client: Client, opts: IndexOptions, unitId: Hex, cls: ClassRecord, at: LogRef, blockNumber: bigint): Promise<UnitRecord> {
  const u = (await readContract(client, { address: opts.haloRegistry, abi: haloRegistryAbi, functionName: "getUnit", args: [unitId], blockNumber })) as unknown as {
    contracts: readonly RegistryNamed[]; paramsHash: Hex; artifact: RegistryArtifact; day0: RegistryDay0;
  };
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    recordType: "unit",
    chainId: opts.chainId,
    unitId: idText(unitId),
    unitIdHex: unitId.toLowerCase(),
    classId: cls.classId,
    agentId: cls.agentId,
    origin: "legacy",
    kind: "legacy",
    template: cls.template,
    contracts: u.contracts.map((c) => ({ name: name(c.name), address: addr(c.addr) })),
    beacons: cls.beacons,
    params: null,
    paramsHash: hex(u.paramsHash),
    artifact: { uri: u.artifact.uri, sha256: hex(u.artifact.sha256) },
    artifactHistory: [],
    deployment: { at },
    day0: emptyDay0(Number(u.day0.cycles), []),
  };
}

/** A record's file, relative to the output directory: agents/<id>.json, classes/<id>.json, units/<id>.json. */
export function recordPath(record: AgentRecord | ClassRecord | UnitRecord): string {
  // An id that is not a safe file name (a path separator, a leading dot) is written under its hex form.
  const safe = (id: string, idHex: string) => (/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(id) ? id : idHex);
  if (record.recordType === "agent") return join("agents", `${safe(record.agentId, record.agentIdHex)}.json`);
  if (record.recordType === "class") return join("classes", `${safe(record.classId, record.classIdHex)}.json`);
  return join("units", `${safe(record.unitId, record.unitIdHex)}.json`);
}

export interface WriteResult {
  written: string[];
  unchanged: string[];
}

/**
 * Validate every record against its schema (all or nothing), then write the files. A file whose bytes would
 * not change is left untouched, so re-running on the same chain changes nothing.
 */
export function writeRecords(out: string, result: IndexResult): WriteResult {
  const all = [...result.agents, ...result.classes, ...result.units];
  const problems: string[] = [];
  for (const record of all) {
    for (const p of validateRecord(record)) problems.push(`${recordPath(record)}: ${p}`);
  }
  if (problems.length > 0) throw new IndexError(problems.map((p) => `schema: ${p}`));
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const record of all) {
    const rel = recordPath(record);
    const file = join(out, rel);
    const body = canonicalJson(record);
    if (existsSync(file) && readFileSync(file, "utf8") === body) {
      unchanged.push(rel);
      continue;
    }
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, body);
    written.push(rel);
  }
  return { written, unchanged };
}
