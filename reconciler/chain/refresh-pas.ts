/**
 * Reads of Sky's PAS for refresh (reconciler/chain/refresh.ts): the BeamState logs that nominate cBEAM, init and
 * controller-action candidates, PAS-wide state (stopped, paused, SORL fallback, the factory's readiness), one
 * PAU's registration / SORL / cBEAM grants, and the PAS Timelock's pending list. Every read names the pinned
 * block; the caller starts them in one round (one JSON-RPC batch).
 */
import { type Address, type Hex, getAbiItem, toEventSelector, toFunctionSelector, zeroAddress } from "viem";
import { readContract } from "viem/actions";
import { pasBeamStateAbi, pasTimelockAbi } from "../abi/index.js";
import { addressFromBytes, getAddress } from "../model/address.js";
import { HALO_FACTORY_ACTIONS, HALO_FACTORY_ROLE, type ObservedPas, type SystemAddresses } from "../model/observed.js";
import { hexAt } from "./history-cache.js";
import { logSections } from "./log-sections.js";
import { ZERO_BYTES32, roleId } from "./names.js";
import type { CountingClient } from "./rpc.js";


export const BEAM_STATE_EVENTS = [
  getAbiItem({ abi: pasBeamStateAbi, name: "SetCBeamForRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "UnsetCBeamForRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "SetCBeamForController" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "UnsetCBeamForController" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "AddInitRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "DelInitRateLimits" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "AddInitControllerActions" }),
  getAbiItem({ abi: pasBeamStateAbi, name: "DelInitControllerActions" }),
] as const;

export interface BeamLogIndex {
  /** RateLimits / Controller (lower case) → every cBEAM a Set- / UnsetCBeamFor… log names on it (the state is read, not replayed). */
  cBeamsOn: Map<string, Set<Address>>;
  /** RateLimits or the zero address (lower case) → every init key an Add/DelInitRateLimits log names (lower case). */
  initKeysOn: Map<string, Set<string>>;
  /** Controller or the zero address (lower case) → every action key an Add/DelInitControllerActions log names. */
  actionKeysOn: Map<string, Set<string>>;
}

/** An index with nothing in it. */
export function emptyBeamLogIndex(): BeamLogIndex {
  return { cBeamsOn: new Map(), initKeysOn: new Map(), actionKeysOn: new Map() };
}

/**
 * Which (contract, account / key) pairs the BeamState logs name: candidates whose current state refresh reads. Added to
 * `index` when given (the logs after the history cache's, after `collectBeamLogSections` read the cached ones).
 */
export function collectBeamLogs(
  logs: readonly { eventName: string; args: Record<string, unknown> }[],
  index: BeamLogIndex = emptyBeamLogIndex(),
): BeamLogIndex {
  const add = <T>(map: Map<string, Set<T>>, at: string, value: T) => {
    const key = at.toLowerCase();
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = new Set<T>()));
    set.add(value);
  };
  for (const log of logs) {
    const a = log.args;
    switch (log.eventName) {
      case "SetCBeamForRateLimits":
      case "UnsetCBeamForRateLimits":
        add(index.cBeamsOn, a.rateLimits_ as string, getAddress(a.cBeam as string));
        break;
      case "SetCBeamForController":
      case "UnsetCBeamForController":
        add(index.cBeamsOn, a.controller as string, getAddress(a.cBeam as string));
        break;
      case "AddInitRateLimits":
      case "DelInitRateLimits":
        add(index.initKeysOn, a.rateLimits_ as string, (a.key as string).toLowerCase());
        break;
      case "AddInitControllerActions":
      case "DelInitControllerActions":
        add(index.actionKeysOn, a.controller as string, (a.key as string).toLowerCase());
        break;
    }
  }
  return index;
}

/**
 * How `collectBeamLogSections` reads each BeamState event from its topics: which map, and which topic (1 or 2) holds
 * the contract; the other holds the account (an address) or the key (bytes32). `data`: the bytes its non-indexed
 * inputs need at least (AddInitRateLimits' maxAmount and slope: a shorter log does not decode and is skipped).
 */
const BEAM_TOPIC_LAYOUT: Record<(typeof BEAM_STATE_EVENTS)[number]["name"], { map: keyof BeamLogIndex; contract: 1 | 2; data: number }> = {
  SetCBeamForRateLimits: { map: "cBeamsOn", contract: 1, data: 0 },
  UnsetCBeamForRateLimits: { map: "cBeamsOn", contract: 1, data: 0 },
  SetCBeamForController: { map: "cBeamsOn", contract: 1, data: 0 },
  UnsetCBeamForController: { map: "cBeamsOn", contract: 1, data: 0 },
  AddInitRateLimits: { map: "initKeysOn", contract: 2, data: 64 },
  DelInitRateLimits: { map: "initKeysOn", contract: 2, data: 0 },
  AddInitControllerActions: { map: "actionKeysOn", contract: 2, data: 0 },
  DelInitControllerActions: { map: "actionKeysOn", contract: 2, data: 0 },
};

interface BeamTopic {
  /** The selector's 8 little-endian 32-bit words. */
  words: Uint32Array;
  map: keyof BeamLogIndex;
  contract: 1 | 2;
  data: number;
}
let beamTopics: Map<number, BeamTopic[]> | undefined;
/** The BeamState events by their selector's first word (then compared on all 32 bytes). */
function beamTopicsByWord(): Map<number, BeamTopic[]> {
  if (beamTopics !== undefined) return beamTopics;
  beamTopics = new Map();
  for (const event of BEAM_STATE_EVENTS) {
    const selector = Buffer.from(toEventSelector(event).slice(2), "hex");
    const words = new Uint32Array(8);
    for (let k = 0; k < 8; k++) words[k] = selector.readUInt32LE(4 * k);
    const list = beamTopics.get(words[0]!) ?? [];
    list.push({ words, ...BEAM_TOPIC_LAYOUT[event.name] });
    beamTopics.set(words[0]!, list);
  }
  return beamTopics;
}

/**
 * `collectBeamLogs` of the BeamState's logs in the history cache's PAS body (log-sections.ts: the BeamState's and the
 * Timelock's logs), read from the topics' bytes: a warm run's ~22,000 cached BeamState logs (1,000 classes) are not
 * decoded into logs first — no hex string per topic, data or position, no checksum of the contract. The same index,
 * in the same order, as `collectBeamLogs` of the decoded logs (the logs of `beamState` whose event is asked; a log
 * that does not decode is skipped); added to `index` when given. Undefined when the sections do not add up (`index`
 * may then hold some of their logs: the caller checks them first, log-sections.ts `logSectionsAddUp`).
 */
export function collectBeamLogSections(
  sections: readonly Buffer[],
  beamState: Address,
  index: BeamLogIndex = emptyBeamLogIndex(),
): BeamLogIndex | undefined {
  const s = logSections(sections);
  if (s === undefined) return undefined;
  const { topicBytes, addressBytes } = s;
  const target = Buffer.from(beamState.slice(2), "hex");
  const ofBeamState: boolean[] = [];
  for (let a = 0; a * 20 < addressBytes.length; a++) ofBeamState.push(addressBytes.compare(target, 0, 20, a * 20, a * 20 + 20) === 0);
  const byWord = beamTopicsByWord();
  const { heads, data } = s;
  // the set of the previous log's contract in the previous log's map: a contract's logs come together (its inits)
  let lastMap: keyof BeamLogIndex | undefined;
  let lastAt = 0;
  let lastSet: Set<string> | undefined;
  // log-sections.ts `walkLogs`, inlined (its checks, in its order): ~22,000 logs at 1,000 classes
  const addresses = addressBytes.length / 20;
  let t = 0;
  let d = 0;
  for (let i = 0; i < s.n; i++) {
    const address = heads.readUInt32LE(i * 16);
    const count = heads.readUInt32LE(i * 16 + 4);
    const length = heads.readUInt32LE(i * 16 + 8);
    if (address >= addresses || (t + count) * 32 > topicBytes.length || d + length > data.length) return undefined;
    const at = t * 32;
    t += count;
    d += length;
    if (count !== 3 || !ofBeamState[address]) continue;
    const candidates = byWord.get(topicBytes.readUInt32LE(at));
    if (candidates === undefined) continue;
    let event: BeamTopic | undefined;
    for (const c of candidates) {
      let k = 1;
      while (k < 8 && topicBytes.readUInt32LE(at + 4 * k) === c.words[k]) k++;
      if (k === 8) {
        event = c;
        break;
      }
    }
    if (event === undefined || length < event.data) continue;
    const contractAt = at + 32 * event.contract + 12;
    const valueAt = at + 32 * (3 - event.contract);
    let set = lastSet;
    if (set === undefined || lastMap !== event.map || !sameAddress(topicBytes, lastAt, contractAt)) {
      const map = index[event.map] as Map<string, Set<string>>;
      const contract = hexAt(topicBytes, contractAt, 20);
      set = map.get(contract);
      if (set === undefined) map.set(contract, (set = new Set()));
      lastMap = event.map;
      lastAt = contractAt;
      lastSet = set;
    }
    set.add(event.map === "cBeamsOn" ? addressFromBytes(topicBytes, valueAt + 12) : hexAt(topicBytes, valueAt, 32));
  }
  return t * 32 === topicBytes.length && d === data.length ? index : undefined;
}

/** Whether the 20 bytes at `a` and at `b` of `bytes` are the same. */
function sameAddress(bytes: Buffer, a: number, b: number): boolean {
  for (let k = 0; k < 20; k += 4) if (bytes.readUInt32LE(a + k) !== bytes.readUInt32LE(b + k)) return false;
  return true;
}

/** PAS-wide state: stopped / paused, the address(0) SORL fallback, the operation count, the factory's readiness. */
export async function readPasGlobals(client: CountingClient["client"], system: SystemAddresses, blockNumber: bigint) {
  const at = { blockNumber } as const;
  const beamState = { address: system.beamState, abi: pasBeamStateAbi, ...at } as const;
  const timelock = { address: system.timelock, abi: pasTimelockAbi, ...at } as const;
  const factory = system.factory;
  const proposer = system.cbeamProposer;
  const [stopped, hop, maxChange, timelockPaused, operationCount, userRole, actions, proposerIsAdapter] =
    await Promise.all([
      readContract(client, { ...beamState, functionName: "stopped" }),
      readContract(client, { ...beamState, functionName: "hop", args: [zeroAddress] }),
      readContract(client, { ...beamState, functionName: "maxChange", args: [zeroAddress] }),
      readContract(client, { ...timelock, functionName: "paused" }),
      readContract(client, { ...timelock, functionName: "getOperationsCount" }),
      factory
        ? readContract(client, { ...beamState, functionName: "hasUserRole", args: [factory, HALO_FACTORY_ROLE] })
        : Promise.resolve(false),
      Promise.all(
        HALO_FACTORY_ACTIONS.map((name) =>
          factory
            ? readContract(client, {
                ...beamState,
                functionName: "isActionInRole",
                args: [FACTORY_SELECTORS[name], HALO_FACTORY_ROLE],
              })
            : Promise.resolve(false),
        ),
      ),
      proposer
        ? readContract(client, { ...timelock, functionName: "hasRole", args: [roleId("PROPOSER_ROLE"), proposer] })
        : Promise.resolve(false),
    ]);
  const factoryRole: ObservedPas["factoryRole"] = factory
    ? {
        role: HALO_FACTORY_ROLE,
        userRole,
        actions: Object.fromEntries(HALO_FACTORY_ACTIONS.map((name, i) => [FACTORY_SELECTORS[name], actions[i]!])),
        proposerIsAdapter,
      }
    : undefined;
  return { stopped, hop, maxChange, timelockPaused, operationCount, factoryRole };
}

/** The PAS Timelock's pending-operation list, first to last (`getFirstOperationId`, `getNextOperationId`). */
export async function walkPendingList(
  client: CountingClient["client"],
  timelock: Address,
  count: bigint,
  blockNumber: bigint,
): Promise<Hex[]> {
  const tl = { address: timelock, abi: pasTimelockAbi, blockNumber } as const;
  const ids: Hex[] = [];
  let id = await readContract(client, { ...tl, functionName: "getFirstOperationId" });
  while (id !== ZERO_BYTES32 && BigInt(ids.length) < count) {
    ids.push(id);
    id = await readContract(client, { ...tl, functionName: "getNextOperationId", args: [id] });
  }
  return ids;
}

/** Selectors (lower case) of the factory's BeamState role, by function name. */
const FACTORY_SELECTORS: Record<(typeof HALO_FACTORY_ACTIONS)[number], Hex> = Object.fromEntries(
  HALO_FACTORY_ACTIONS.map((name) => [
    name,
    toFunctionSelector(getAbiItem({ abi: pasBeamStateAbi, name }) as never).toLowerCase() as Hex,
  ]),
) as Record<(typeof HALO_FACTORY_ACTIONS)[number], Hex>;

/** One PAU in PAS: registration, stored SORL parameters and, per candidate account, its cBEAM grants. */
export async function readPauPas(
  client: CountingClient["client"],
  beamStateAddress: Address,
  rateLimits: Address,
  controller: Address,
  candidates: readonly Address[],
  blockNumber: bigint,
) {
  const beamState = { address: beamStateAddress, abi: pasBeamStateAbi, blockNumber } as const;
  const [rl, ctrl, hop, maxChange, grants] = await Promise.all([
    readContract(client, { ...beamState, functionName: "rateLimits", args: [rateLimits] }),
    readContract(client, { ...beamState, functionName: "controllers", args: [controller] }),
    readContract(client, { ...beamState, functionName: "hop", args: [rateLimits] }),
    readContract(client, { ...beamState, functionName: "maxChange", args: [rateLimits] }),
    Promise.all(
      candidates.map(async (account) => {
        const [cBeam, onRl, onCtrl] = await Promise.all([
          readContract(client, { ...beamState, functionName: "cBeams", args: [account] }),
          readContract(client, { ...beamState, functionName: "rateLimitsCBeams", args: [rateLimits, account] }),
          readContract(client, { ...beamState, functionName: "controllersCBeams", args: [controller, account] }),
        ]);
        return { account, cBeam: cBeam === 1n, rateLimits: onRl === 1n, controller: onCtrl === 1n };
      }),
    ),
  ]);
  return { rateLimitsRegistered: rl === 1n, controllerRegistered: ctrl === 1n, hop, maxChange, grants };
}

/** One PAU's PAS registration, SORL and cBEAM grants as `readPauPas` reads them. */
export type PauPas = Awaited<ReturnType<typeof readPauPas>>;
