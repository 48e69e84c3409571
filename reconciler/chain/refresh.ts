/**
 * refresh: read the observed state (reconciler/model/observed.ts) of a network at ONE pinned block, in a
 * fixed number of batched rounds. Each round is a `Promise.all` of reads that viem's HTTP transport sends as
 * one JSON-RPC batch, so the number of HTTP requests depends on the depth of the read graph, not on the number
 * of resources:
 *
 *   round 0  chain id + the block to pin (number, hash, timestamp); with the history cache (`chainCache`) also the
 *            `finalized` block and the block each cache entry covers up to (refresh-history.ts, history-cache.ts)
 *   round 1  PAS: BeamState `stopped` and the address(0) `hop` / `maxChange`, the Timelock's delay, `paused`
 *            and `getOperationsCount`, the factory's BeamState role and the adapter's PROPOSER role; the first
 *            page of every registry list (templates, agents, classes, units) with the counts, the system
 *            contracts' role holders; logs up to the block: the Timelock's CallScheduled / CallSalt, the
 *            BeamState's cBEAM grants, inits and controller actions (Set/Unset*, Add/DelInit*), the factory's
 *            ClassDeployed / UnitDeployed
 *   round 1b further pages, all at once (only when a list is longer than a page)
 *   round 2  per class: RELAYER / FREEZER holders, PAS registration (`rateLimits(rl)`, `controllers(ctrl)`),
 *            `hop(rl)` / `maxChange(rl)`, per cBEAM candidate (declared GovOps + every cBEAM the logs name on its
 *            RateLimits or Controller) `cBeams`, `rateLimitsCBeams`, `controllersCBeams`; the cBEAM grant
 *            operation, (Term) buybox and deal-token name, the role holders of every class contract; per legacy
 *            class: its PAS registration and SORL; per unit: capacity, minimum deposit, max rate increase, token
 *            name, role holders; per timelock operation seen in the logs or asked for: its timestamp; per class:
 *            the controller's DestinationSet logs
 *   round 3  per (class, key) — Day-0 keys of the deployment events, keys of the BeamState init logs, keys the
 *            caller names: `initRateLimits(key, rl)`, `getInitRateLimits(key, rl)` (address(0) fallback), the
 *            rate-limit data, `Configurator.zzz(rl, key)`; per (class, destination): isApprovedDestination; per
 *            (controller, action key): `isControllerActionEnabled`
 *
 * Every `eth_call` names the pinned block number, so the state is one consistent snapshot.
 * See docs/chain.md for the mapping from on-chain records to resources and for the request budget.
 *
 * Each round is a stage file: refresh-system.ts (rounds 0, 1 and 1b), refresh-registry.ts (the registries' lists),
 * refresh-logs.ts (the log scans), refresh-pas.ts (PAS reads), refresh-live.ts (round 2), refresh-limits.ts (round 3),
 * refresh-timelock.ts (pending operations), refresh-history.ts (the history cache in rounds 0 and 1);
 * refresh-assemble.ts (`assembleState`: the observed state) and refresh-classes.ts turn the reads into resources;
 * refresh-shared.ts holds the record shapes and helpers they share. This module composes them.
 */
import type { Address, Hex } from "viem";
import type { SystemAddresses as ConfigAddresses } from "../config/index.js";
import type { ObservedState, ResourceMap, SystemAddresses } from "../model/observed.js";
import { profileMark, profileSequence } from "../model/profile.js";
import { assembleState } from "./refresh-assemble.js";
import { type RefreshReads, type TreeNames, refreshNames } from "./refresh-names.js";
import { type ClassLensOptions, LensFailedError } from "./lens-classes.js";
import { readLiveThroughLens } from "./lens-live.js";
import { readRound2 } from "./refresh-live.js";
import { controllerActionChecks, readRound3 } from "./refresh-limits.js";
import { openHistory } from "./refresh-history.js";
import { ChainMismatchError, pinBlock, readSystem } from "./refresh-system.js";
import type { RegistryLists, RegistryReadOptions } from "./refresh-registry.js";
import { collectOperations } from "./refresh-timelock.js";
import { type CountingClient, type RpcStats, createCountingClient, remember } from "./rpc.js";

export { ChainMismatchError };

/** Names of rate-limit keys the chain cannot give (a transfer's destination): class id → key (lower case) → flow. */
export type FlowNames = Record<string, Record<string, string>>;

export interface RefreshOptions {
  /** The system's addresses as reconciler/config resolves them (configurator, beamState, timelock required). */
  addresses: ConfigAddresses;
  /** Pin this block instead of the latest. */
  blockNumber?: bigint;
  /** First block of the timelock log scan (the system's deploy block; default 0). */
  fromBlock?: bigint;
  /** Registry page size (records per call; default 100). */
  pageSize?: number;
  /** Flow names of keys the chain cannot name (see `flowNamesFromResources`). */
  flowNames?: FlowNames;
  /**
   * Transfer destinations to read on each class Controller beyond those its `DestinationSet` events name
   * (class id → addresses): the tree's, so a declared one is read even when the log scan starts late.
   */
  destinations?: Record<string, readonly Address[]>;
  /** Further timelock operation ids whose state the caller wants (e.g. a saved plan's operations). */
  watch?: readonly Hex[];
  /**
   * Controller actions to check on each class Controller beyond those the BeamState logs name (class id → action
   * keys `keccak256(calldata)`, or the calldata itself): the tree's (RELAYER grants, destination approvals).
   */
  controllerActions?: Record<string, readonly Hex[]>;
  /** GovOps accounts to check on each class beyond the recorded one and the logs' (class id → accounts). */
  govOps?: Record<string, readonly Address[]>;
  /** The chain the caller expects: checked right after round 0, before any contract is read. */
  chainId?: number;
  /**
   * Rounds 2 and 3 (role members, PAS state, limits, units, destinations, actions, operation timestamps) through the
   * class lens (chain/lens-live.ts), the default: its options, or true. false (or HALO_LENS=0) reads one `eth_call`
   * per value: the reference path, also taken when the lens cannot answer. The registry pages follow it: through the
   * registry lens (in the class lens's `mode`), or with false only the registry's ABI pages — no lens call at all.
   */
  lens?: boolean | ClassLensOptions;
  /**
   * A directory for the verified history cache (chain/history-cache.ts): the factory's deployment events and the
   * role logs below the final block, checked by block hash in round 0. `halo plan` / `halo drift` pass
   * `<project>/out/.cache`; without it (apply, verify, library callers) everything is read from the node.
   */
  chainCache?: string;
  /**
   * Called once with the registry's lists, as soon as they are read (before the live stage): `observe` prepares the
   * tree's side of the plan from them while the node answers the live stage (plan/desired-side.ts). It must neither
   * throw nor change the lists.
   */
  onRegistryLists?: (lists: RegistryLists) => void;
}

export interface RefreshResult {
  state: ObservedState;
  /** `getTimestamp` of every operation seen in the logs, every cBEAM grant and every watched id (0 unknown / cancelled, 1 done). */
  operationTimestamps: Record<Hex, bigint>;
  /**
   * Holders of the roles of the system contracts that enumerate them (`factory.DEPLOYER`, `haloRegistry.REGISTRAR`, …;
   * refresh-shared.ts `SYSTEM_ROLES`): not resources of the desired model, read for audits and drift reports.
   */
  systemRoles: Record<string, Address[]>;
  /** Rounds of batched reads (each one JSON-RPC batch, i.e. one HTTP request while it fits `batchSize`). */
  rounds: number;
  /** What this refresh cost: HTTP requests and JSON-RPC calls (a shared client's earlier traffic excluded). */
  stats: RpcStats;
  /**
   * How the live stage was read: "lens" (the class lens), "per-call" (asked for: `lens: false` / HALO_LENS=0) or
   * "fallback" (the lens could not answer and the per-call reads were taken: correct, but slow at scale).
   */
  live: "lens" | "per-call" | "fallback";
  /** RateLimits (lower case) → every init key BeamState's Add/DelInitRateLimits logs name on it (chain/prime-undeclared.ts). */
  beamInitKeys: ReadonlyMap<string, ReadonlySet<string>>;
}

const PAGE = 100;

/** Flow names of every rate limit and init a desired resource map names with a `key`. */
export function flowNamesFromResources(resources: ResourceMap): FlowNames {
  const out: FlowNames = {};
  for (const [address, resource] of Object.entries(resources)) {
    if (resource.type !== "rateLimit" && resource.type !== "init") continue; // cheap filter before the split
    const parts = address.split(".");
    if (parts[0] !== "class" || (parts[2] !== "rateLimit" && parts[2] !== "init") || parts.length < 4) continue;
    const key = resource.fields.key;
    if (typeof key !== "string") continue;
    const classId = parts[1]!;
    (out[classId] ??= {})[key.toLowerCase()] = parts.slice(3).join(".");
  }
  return out;
}
/** Refresh with a fresh counting client on `rpcUrl`. */
export async function refresh(rpcUrl: string, options: RefreshOptions): Promise<RefreshResult> {
  return refreshWith(createCountingClient(rpcUrl), options);
}

/** The system contracts refresh reads; configurator, beamState and timelock are required. */
function systemAddresses(a: ConfigAddresses): SystemAddresses {
  if (a.configurator === undefined || a.beamState === undefined || a.timelock === undefined) {
    throw new Error("refresh needs the PAS configurator, beamState and timelock addresses of the network");
  }
  return {
    configurator: a.configurator,
    beamState: a.beamState,
    timelock: a.timelock,
    ...(a.factory !== undefined ? { factory: a.factory } : {}),
    ...(a.templateRegistry !== undefined ? { templateRegistry: a.templateRegistry } : {}),
    ...(a.haloRegistry !== undefined ? { haloRegistry: a.haloRegistry } : {}),
    ...(a.cbeamProposer !== undefined ? { cbeamProposer: a.cbeamProposer } : {}),
    ...(a.pauseProxy !== undefined ? { pauseProxy: a.pauseProxy } : {}),
  };
}

export async function refreshWith(rpc: CountingClient, options: RefreshOptions): Promise<RefreshResult> {
  const { client } = rpc;
  const before = { ...rpc.stats };
  const system = systemAddresses(options.addresses);
  const pageSize = options.pageSize ?? PAGE;
  const fromBlock = options.fromBlock ?? 0n;
  let rounds = 0;
  // Stage names for bench/profile-plan.ts ("refresh 1: round 0", …); empty and unused without a profile.
  const p = profileSequence("refresh");
  profileMark(`${p ? "before " : ""}${p}`);

  // ---- round 0: pin the block ----
  rounds++;
  const cache = options.chainCache === undefined ? undefined : openHistory(options.chainCache, system, fromBlock);
  const { chainId, blockNumber, blockHash, blockTimestamp, history } = await pinBlock(client, options, fromBlock, cache);
  profileMark(`${p}: round 0 (pin the block)`);

  // The lenses (registry pages, class lens) by default; `lens: false` or HALO_LENS=0 sends no lens call at all: the
  // per-call reference path (rounds 2 and 3 one `eth_call` per value, the registry's own ABI pages).
  const perCallOnly = options.lens === false || (options.lens === undefined && process.env.HALO_LENS === "0");
  const lensMode = typeof options.lens === "object" ? options.lens.mode : undefined;
  const registryRead: RegistryReadOptions = { packed: !perCallOnly, ...(lensMode !== undefined ? { mode: lensMode } : {}) };

  // ---- rounds 1 and 1b: system parameters, registry lists, logs — once per client and block ----
  // They depend only on the block, the system and the scan range, not on the caller's names: `observe`'s second
  // refresh at the same block takes them from this client's memory instead of reading and decoding them again.
  const systemRead = remember(
    rpc,
    blockHash,
    `system|${JSON.stringify(system)}|${fromBlock}|${pageSize}`,
    () => readSystem(client, system, fromBlock, blockNumber, pageSize, history, registryRead),
  );
  const read = await systemRead.promise;
  if (!systemRead.remembered) rounds += read.rounds;
  const { minDelay, systemRoles, pasGlobals, beam, deployments, scheduled, lists } = read;
  const { templates: allTemplates, agents: allAgents, classes: allClasses, units: allUnits } = lists;
  if (systemRead.remembered) profileMark(`${p}: rounds 1 and 1b remembered`);
  options.onRegistryLists?.(lists);

  // ---- rounds 2 and 3: the live configuration of every class, unit, key, destination, action and operation ----
  const watchIds = [...new Set([...scheduled.keys(), ...(options.watch ?? [])].map((id) => id.toLowerCase() as Hex))];
  const liveInput = {
    client,
    system,
    blockNumber,
    fromBlock,
    beam,
    govOps: options.govOps,
    destinations: options.destinations,
    allUnits,
    day0Keys: deployments.day0Keys,
    flowNames: options.flowNames,
    controllerActions: options.controllerActions,
    history,
  };
  // The class lens by default (chain/lens-live.ts: one log query and a few eth_calls, the same shapes); per call
  // with `lens: false` or HALO_LENS=0 (the reference path), and when the lens cannot answer (LensFailedError: the
  // per-call reads then name the failing read).
  const viaLens = perCallOnly
    ? undefined
    : await readLiveThroughLens(rpc, liveInput, allClasses, watchIds, blockHash, {
        ...(typeof options.lens === "object" ? options.lens : {}),
      }).catch((error: unknown) => {
        if (error instanceof LensFailedError) return undefined;
        throw error;
      });
  let live: Omit<NonNullable<typeof viaLens>, "rounds">;
  const liveMode: RefreshResult["live"] = perCallOnly ? "per-call" : viaLens === undefined ? "fallback" : "lens";
  if (viaLens !== undefined) {
    rounds += viaLens.rounds;
    live = viaLens;
  } else {
    rounds += 2;
    const round2 = await readRound2(liveInput, allClasses, allUnits, watchIds);
    const round3 = await readRound3({ ...liveInput, classLive: round2.classLive });
    live = { ...round2, ...round3 };
  }
  const { classLive, unitLive, timestamps, legacyPas, legacyClasses, limits, destinationStates, enabledActions } =
    live;
  profileMark(`${p}: live stage${liveMode === "lens" ? " (lens: map answers)" : ` (${liveMode})`}`);

  // ---- pending timelock operations (one more round only when the log scan missed some) ----
  const ops = await collectOperations(
    client,
    system.timelock,
    scheduled,
    watchIds,
    timestamps,
    pasGlobals.operationCount,
    blockNumber,
  );
  if (ops.round) rounds++;
  const { operationTimestamps, timelockOperations } = ops;
  profileMark(`${p}: pending operations`);

  // ---- assemble the resources ----
  const { state, assembly } = assembleState({
    pinned: { chainId, blockNumber, blockHash, blockTimestamp },
    system,
    minDelay,
    pasGlobals,
    allTemplates,
    allAgents,
    allUnits,
    legacyClasses,
    legacyPas,
    classLive,
    unitLive,
    limits,
    destinationStates,
    enabledActions,
    operationTimestamps,
    timelockOperations,
    paramsOf: deployments.paramsOf,
    flowNames: options.flowNames,
  });
  profileMark(`${p}: assemble resources`);
  const stats = {
    httpRequests: rpc.stats.httpRequests - before.httpRequests,
    rpcCalls: rpc.stats.rpcCalls - before.rpcCalls,
  };
  const result: RefreshResult = { state, operationTimestamps, systemRoles, rounds, stats, live: liveMode, beamInitKeys: beam.initKeysOn };
  // what `refreshNamed` needs to refresh this block again with other names without reading it again
  readsOf.set(result, {
    rpc,
    blockHash,
    viaLens: liveMode === "lens",
    lensOptions: typeof options.lens === "object" ? options.lens : undefined,
    beam,
    allUnits,
    names: {
      flowNames: options.flowNames,
      destinations: options.destinations,
      controllerActions: options.controllerActions,
      govOps: options.govOps,
    },
    classLive,
    limits,
    destinationStates,
    enabledActions: enabledActions.filter((a): a is string => a !== undefined),
    checkedActions: new Set(
      controllerActionChecks(liveInput, classLive.map((c) => [c.record, c.destinations] as const)).keys(),
    ),
    assembly,
    state,
  });
  return result;
}

const readsOf = new WeakMap<RefreshResult, RefreshReads>();

/**
 * `first`'s block refreshed again with the caller's names (`observe`'s second refresh): equal to
 * `refreshWith(rpc, { ...first's options, blockNumber: first's block, ...names })`, but only what the names add is
 * read (one round, none when they add nothing) and only the classes it changes are assembled again
 * (chain/refresh-names.ts). Takes `first` over: the result may share its resource map and resource objects, so
 * `first.state` is not to be used or changed afterwards. A result `refreshWith` did not make is refreshed in full.
 */
export async function refreshNamed(
  rpc: CountingClient,
  first: RefreshResult,
  names: TreeNames,
  fallback: Omit<RefreshOptions, keyof TreeNames | "blockNumber">,
): Promise<RefreshResult> {
  const reads = readsOf.get(first);
  if (reads === undefined || reads.rpc !== rpc)
    return refreshWith(rpc, { ...fallback, ...names, blockNumber: first.state.blockNumber });
  const p = profileSequence("refresh");
  profileMark(`${p ? "before " : ""}${p}`);
  const before = { ...rpc.stats };
  const named = await refreshNames(reads, names);
  const result: RefreshResult = {
    ...first,
    state: named.state,
    operationTimestamps: { ...first.operationTimestamps },
    rounds: named.rounds,
    stats: {
      httpRequests: rpc.stats.httpRequests - before.httpRequests,
      rpcCalls: rpc.stats.rpcCalls - before.rpcCalls,
    },
  };
  readsOf.set(result, named.reads);
  profileMark(`${p}: the names' additions (read, merged, renamed)`);
  return result;
}
