/**
 * refresh stage: the event logs up to the pinned block (reconciler/chain/refresh.ts). `startLogReads` starts round
 * 1's log scans, two `eth_getLogs` (the PAS BeamState's grants / inits / controller actions and the PAS Timelock's
 * CallScheduled / CallSalt; the factory's deployments); `collectScheduled` turns the Timelock's into operations, and
 * chain/deployment-records.ts the factory's into deployment records.
 */
import { type Address, type Hex, parseAbiItem, toEventSelector } from "viem";
import { getAddress } from "../model/address.js";
import { CLASS_DEPLOYED, type FactoryLogs, UNIT_DEPLOYED } from "./deployment-records.js";
import { afterThisTurn, historyKey } from "./history-cache.js";
import { type DecodedLog, type RawLog, decodeLogs, getLogsOnce, getRawLogs } from "./lens-logs.js";
import { decodeLogSections, logSectionsAddUp } from "./log-sections.js";
import { BEAM_STATE_EVENTS, type BeamLogIndex, collectBeamLogSections, collectBeamLogs, emptyBeamLogIndex } from "./refresh-pas.js";
import type { CountingClient } from "./rpc.js";

type Client = CountingClient["client"];

const CALL_SCHEDULED = parseAbiItem(
  "event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)",
);
const CALL_SALT = parseAbiItem("event CallSalt(bytes32 indexed id, bytes32 salt)");

/** A log as the refresh reads it (chain/lens-logs.ts: decoded by topic). */
export type TimelockLogs = DecodedLog[];

/**
 * Round 1's log scans, started before the first await so they join the round's batch: one `eth_getLogs` over the PAS
 * BeamState (every cBEAM grant, init and enabled controller action it ever logged: PAS has no lists to page) and the
 * PAS Timelock (CallScheduled / CallSalt), split by contract afterwards, and one over the factory (its canonical events
 * carry every deployed parameter; the registry keeps only their hash), undecoded (`raw`: the refresh reads four
 * fields of each, `decodeDeployment`). Two queries always — with or without the history cache — so each answer is
 * one kind's (the cache's write-back keeps the PAS answer as it is).
 */
export function startLogReads(
  client: Client,
  system: { beamState: Address; timelock: Address; factory?: Address | undefined },
  fromBlock: bigint,
  blockNumber: bigint,
  cached: {
    /** The factory's events are read from this block on (the history cache's deployments: coveredTo + 1). */
    factoryFrom?: bigint | undefined;
    /** The BeamState's and Timelock's logs up to `from − 1` (the history cache's `pas-logs` body), read from `from` on. */
    pas?: { from: bigint; sections: readonly Buffer[] } | undefined;
  } = {},
): {
  /** What the BeamState's logs name (refresh-pas.ts): the cached ones read from the body's bytes, then the later ones. */
  beam: Promise<BeamLogIndex>;
  factory: Promise<FactoryLogs>;
  timelock: () => Promise<TimelockLogs>;
  /**
   * For the history cache's write-back: the cached PAS logs' body and the block it covers up to, when it was used (a
   * body that does not add up is not), and the BeamState's and Timelock's logs read from the node, undecoded.
   */
  pas: { cached: { coveredTo: bigint; sections: readonly Buffer[] } | undefined; later: Promise<RawLog[]> };
} {
  const filter = { address: [system.beamState, system.timelock], events: [...BEAM_STATE_EVENTS, CALL_SCHEDULED, CALL_SALT] };
  // The cached logs (a body that does not add up is not used: all read from the node) are read from the file's bytes
  // once this round's requests have left (a timer queued after the batch's flush: never holding the batch back), while
  // the node works on them: the BeamState's straight into its index (refresh-pas.ts `collectBeamLogSections`: ~22,000
  // logs at 1,000 classes, none decoded), the Timelock's decoded (a few per class).
  const pas = cached.pas !== undefined && logSectionsAddUp(cached.pas.sections) ? cached.pas : undefined;
  const pasFrom = pas?.from ?? fromBlock;
  const later = pasFrom > blockNumber ? Promise.resolve([]) : getRawLogs(client, { ...filter, fromBlock: pasFrom, toBlock: blockNumber });
  const cachedRead =
    pas === undefined
      ? Promise.resolve({ beam: emptyBeamLogIndex(), timelock: [] as DecodedLog[] })
      : Promise.all([
          afterThisTurn(() => collectBeamLogSections(pas.sections, system.beamState) ?? emptyBeamLogIndex()),
          afterThisTurn(() => decodeLogSections(filter, pas.sections, [system.timelock]) ?? []),
        ]).then(([beam, timelock]) => ({ beam, timelock }));
  // the later logs split by contract once (one lower-casing per log)
  const laterByContract = later.then((logs) => {
    const groups = new Map<string, DecodedLog[]>();
    for (const l of decodeLogs(filter, logs)) {
      const at = l.address.toLowerCase();
      const g = groups.get(at);
      if (g === undefined) groups.set(at, [l]);
      else g.push(l);
    }
    return groups;
  });
  const laterFrom = (address: Address) => laterByContract.then((groups) => groups.get(address.toLowerCase()) ?? []);
  const beam = Promise.all([cachedRead, laterFrom(system.beamState)]).then(([early, logs]) => collectBeamLogs(logs, early.beam));
  const timelock = Promise.all([cachedRead, laterFrom(system.timelock)]).then(([early, logs]) => early.timelock.concat(logs));
  const factoryFrom = cached.factoryFrom ?? fromBlock;
  const factory: Promise<FactoryLogs> =
    system.factory === undefined || factoryFrom > blockNumber
      ? Promise.resolve([])
      : getLogsOnce(client, { address: system.factory, events: [], raw: [CLASS_DEPLOYED, UNIT_DEPLOYED], fromBlock: factoryFrom, toBlock: blockNumber });
  return {
    beam,
    factory,
    timelock: () => timelock,
    pas: { cached: pas && { coveredTo: pas.from - 1n, sections: pas.sections }, later },
  };
}

/** The history cache's key of the BeamState's and Timelock's logs: both contracts and every topic asked. */
export function pasLogsKey(system: { beamState: Address; timelock: Address }, fromBlock: bigint): string {
  const topics = [...BEAM_STATE_EVENTS, CALL_SCHEDULED, CALL_SALT].map((e) => toEventSelector(e)).sort();
  return historyKey("pas-logs", [system.beamState, system.timelock, ...topics], fromBlock);
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
