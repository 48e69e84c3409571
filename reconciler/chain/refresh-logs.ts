/**
 * refresh stage: the event logs up to the pinned block (reconciler/chain/refresh.ts). `startLogReads` starts round
 * 1's log scan, one `eth_getLogs` (the PAS BeamState's grants / inits / controller actions, the factory's
 * deployments, the PAS Timelock's CallScheduled / CallSalt); `indexDeployments` and `collectScheduled` turn them into what the later
 * rounds and the assembly need.
 */
import { type Address, type Hex, getAbiItem, parseAbiItem } from "viem";
import { haloFactoryAbi } from "../abi/index.js";
import { getAddress } from "../model/address.js";
import { type DecodedLog, getLogsOnce } from "./lens-logs.js";
import { BEAM_STATE_EVENTS } from "./refresh-pas.js";
import { namedValuesHash } from "./refresh-shared.js";
import type { CountingClient } from "./rpc.js";

type Client = CountingClient["client"];

const CALL_SCHEDULED = parseAbiItem(
  "event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)",
);
const CALL_SALT = parseAbiItem("event CallSalt(bytes32 indexed id, bytes32 salt)");
const CLASS_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "ClassDeployed" });
const UNIT_DEPLOYED = getAbiItem({ abi: haloFactoryAbi, name: "UnitDeployed" });

/** A log as the refresh reads it (chain/lens-logs.ts: decoded by topic). */
export type BeamLogs = DecodedLog[];
export type TimelockLogs = DecodedLog[];
/** ClassDeployed / UnitDeployed logs: the canonical deployment records. */
export type FactoryLogs = (DecodedLog & {
  args: {
    deployment?: {
      request?: { classId: Hex; unitId?: Hex; params: readonly { name: Hex; value: bigint }[] };
      day0Limits?: readonly { key: Hex }[];
    };
  };
})[];

/**
 * Round 1's log scans as ONE `eth_getLogs` over the PAS BeamState (every cBEAM grant, init and enabled controller
 * action it ever logged: PAS has no lists to page), the factory (its canonical events carry every deployed parameter;
 * the registry keeps only their hash) and the PAS Timelock (CallScheduled / CallSalt), split by contract afterwards.
 */
export function startLogReads(
  client: Client,
  system: { beamState: Address; timelock: Address; factory?: Address | undefined },
  fromBlock: bigint,
  blockNumber: bigint,
): { beam: Promise<BeamLogs>; factory: Promise<FactoryLogs>; timelock: () => Promise<TimelockLogs> } {
  const all = getLogsOnce(client, {
    address: [system.beamState, system.timelock, ...(system.factory ? [system.factory] : [])],
    events: [...BEAM_STATE_EVENTS, CALL_SCHEDULED, CALL_SALT, ...(system.factory ? [CLASS_DEPLOYED, UNIT_DEPLOYED] : [])],
    fromBlock,
    toBlock: blockNumber,
  });
  const from = (address: Address | undefined) =>
    all.then((logs) =>
      address === undefined ? [] : logs.filter((l) => l.address.toLowerCase() === address.toLowerCase()),
    );
  return {
    beam: from(system.beamState),
    factory: from(system.factory) as Promise<FactoryLogs>,
    timelock: () => from(system.timelock),
  };
}

export interface DeploymentIndex {
  /** Day-0 keys of every deployment, by class id (lower case): the inits the factory added on the class's RateLimits. */
  day0Keys: Map<string, Set<string>>;
  /** The deployed parameters of a record, when the event was found and matches the recorded hash. */
  paramsOf: (kind: "class" | "unit", id: Hex, paramsHash: Hex) => readonly { name: Hex; value: bigint }[] | undefined;
}

/** The factory's ClassDeployed / UnitDeployed events by id; the last event of an id wins. */
export function indexDeployments(factoryLogs: FactoryLogs): DeploymentIndex {
  // Deployed parameters by class / unit id (bytes32, lower case).
  const deployedParams = new Map<string, readonly { name: Hex; value: bigint }[]>();
  const day0Keys = new Map<string, Set<string>>();
  for (const log of factoryLogs) {
    const deployment = log.args.deployment;
    const request = deployment?.request;
    if (request === undefined || deployment === undefined) continue;
    const id = "unitId" in request ? `unit:${request.unitId}` : `class:${request.classId}`;
    deployedParams.set(id.toLowerCase(), request.params);
    const classId = request.classId.toLowerCase();
    const keys = day0Keys.get(classId) ?? new Set<string>();
    for (const l of deployment.day0Limits ?? []) keys.add(l.key.toLowerCase());
    day0Keys.set(classId, keys);
  }
  // each deployment's parameters hashed once (the index is kept for both refreshes of `observe`)
  const hashes = new Map<string, string>();
  const paramsOf = (kind: "class" | "unit", id: Hex, paramsHash: Hex) => {
    const key = `${kind}:${id}`.toLowerCase();
    const params = deployedParams.get(key);
    if (params === undefined) return undefined;
    let hash = hashes.get(key);
    if (hash === undefined) hashes.set(key, (hash = namedValuesHash(params)));
    return hash === paramsHash.toLowerCase() ? params : undefined;
  };
  return { day0Keys, paramsOf };
}

export type ScheduledCalls = Map<
  Hex,
  { calls: { index: bigint; target: Address; value: bigint; data: Hex }[]; predecessor: Hex; salt: Hex }
>;

/** Timelock operations from the logs: calls by index, salt from CallSalt (absent = zero salt). */
export function collectScheduled(logs: TimelockLogs): ScheduledCalls {
  const scheduled: ScheduledCalls = new Map();
  for (const log of logs) {
    const id = log.args.id as Hex;
    const entry = scheduled.get(id) ?? {
      calls: [],
      predecessor: `0x${"00".repeat(32)}` as Hex,
      salt: `0x${"00".repeat(32)}` as Hex,
    };
    if (log.eventName === "CallScheduled") {
      const args = log.args as { index: bigint; target: Address; value: bigint; data: Hex; predecessor: Hex };
      // A re-scheduled id (after a cancel) replaces the earlier calls of the same index.
      entry.calls = entry.calls.filter((c) => c.index !== args.index);
      entry.calls.push({ index: args.index, target: getAddress(args.target), value: args.value, data: args.data });
      entry.predecessor = args.predecessor;
    } else {
      entry.salt = (log.args as { salt: Hex }).salt;
    }
    scheduled.set(id, entry);
  }
  return scheduled;
}
