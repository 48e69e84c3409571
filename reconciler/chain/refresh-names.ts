/**
 * refresh stage: the SAME block again with the caller's names (`observe`'s second refresh, chain/refresh.ts
 * `refreshNamed`), without reading or assembling again what the first refresh already has.
 *
 * What names change, compared with a refresh without them (or with other names):
 *   - ADD reads: rate-limit keys the caller names that no other source named (a transfer's key, while the log scan
 *     started after its init), destinations, controller actions and cBEAM candidates (GovOps) the first refresh did
 *     not check;
 *   - RENAME resources: a limit / init whose key the first refresh named by its hex (or by the registry's flow) and the
 *     caller names otherwise (`class.<id>.rateLimit.<flow>`).
 * Only the added items are read (one lens call, or the per-call reads, in one round), merged into the first
 * refresh's reads; a class whose added reads found something (a grant, an approved destination, a limit or init) is
 * assembled again, a class whose limits only change names has those resources renamed, every other resource is the
 * first refresh's own object. The result equals a full refresh with the names at the same block
 * (test/plan/observe-names.test.ts compares both paths on a devnet).
 */
import type { Address, Hex } from "viem";
import { getAddress } from "../model/address.js";
import type { ObservedState, Resource, ResourceMap } from "../model/observed.js";
import { type ClassLensOptions, LensFailedError, readThroughClassLens } from "./lens-classes.js";
import { fromBytes32Name } from "./names.js";
import { ResourceSink } from "./refresh-assemble.js";
import { type ClassAssembly, putClasses } from "./refresh-classes.js";
import { type Round3, controllerActionChecks, readActionEnabled, readDestination, readLimit } from "./refresh-limits.js";
import type { ClassLive } from "./refresh-live.js";
import { readPauPas } from "./refresh-pas.js";
import type { BeamLogIndex } from "./refresh-pas.js";
import { type ClassRecord, type UnitRecord, ZERO_ADDRESS, ofClass, registryFlowsShared } from "./refresh-shared.js";
import type { CountingClient } from "./rpc.js";

/** The caller's names (refresh.ts `RefreshOptions`: flowNames, destinations, controllerActions, govOps). */
export interface TreeNames {
  flowNames?: Record<string, Record<string, string>> | undefined;
  destinations?: Record<string, readonly Address[]> | undefined;
  controllerActions?: Record<string, readonly Hex[]> | undefined;
  govOps?: Record<string, readonly Address[]> | undefined;
}

/** What a refresh read and assembled, kept for a later refresh at the same block with other names. */
export interface RefreshReads {
  rpc: CountingClient;
  blockHash: Hex;
  /** How the live stage was read: additions are read the same way (the lens, else per call). */
  viaLens: boolean;
  lensOptions?: ClassLensOptions | undefined;
  beam: BeamLogIndex;
  allUnits: readonly UnitRecord[];
  names: TreeNames;
  classLive: readonly ClassLive[];
  limits: Round3["limits"];
  destinationStates: Round3["destinationStates"];
  /** Enabled controller-action ids (`<controller>:<key>`, lower case) and every id that was checked. */
  enabledActions: readonly string[];
  checkedActions: ReadonlySet<string>;
  /** The assembly's context (its sink, SORL and operation maps are the first refresh's: never written again). */
  assembly: ClassAssembly;
  state: ObservedState;
}

/** The additions of one class: what the names ask that the first refresh did not read. */
interface ClassAddition {
  live: ClassLive;
  keys: Hex[];
  candidates: Address[];
  destinations: Address[];
}

type Limit = Round3["limits"][number];
type Grant = ClassLive["pas"]["grants"][number];

interface AddedAnswers {
  limits: Limit[][];
  grants: Grant[][];
  approved: boolean[][];
  actions: boolean[];
  /** Request rounds the reads took (0 or 1). */
  rounds: number;
}

/** The additions per class and the controller actions to check, in the order of `reads.classLive`. */
function additions(reads: RefreshReads, names: TreeNames) {
  const added: ClassAddition[] = [];
  const destinationsOf = new Map<ClassLive, Address[]>();
  for (const live of reads.classLive) {
    const c = live.record;
    const id = fromBytes32Name(c.classId);
    // keys: every key a limit was read for (the first refresh's classKeys), then the caller's
    const named = names.flowNames?.[id];
    const keys: Hex[] = [];
    if (named !== undefined) {
      const known = new Set<string>();
      for (const l of ofClass(reads.limits, c.classId)) known.add(l.key.toLowerCase());
      for (const k of Object.keys(named)) {
        const key = k.toLowerCase();
        if (!known.has(key)) {
          known.add(key);
          keys.push(key as Hex);
        }
      }
    }
    // cBEAM candidates: cBeamCandidates' rule (no zero address, one per account)
    const candidates: Address[] = [];
    const govOps = names.govOps?.[id];
    if (govOps !== undefined && govOps.length > 0) {
      const known = new Set(live.pas.grants.map((g) => g.account.toLowerCase()));
      for (const g of govOps) {
        const a = g.toLowerCase();
        if (g === ZERO_ADDRESS || known.has(a)) continue;
        known.add(a);
        candidates.push(getAddress(g));
      }
    }
    // destinations: the logs' and the first caller's, then these
    const destinations: Address[] = [];
    const wanted = names.destinations?.[id];
    if (wanted !== undefined && wanted.length > 0) {
      const known = new Set(live.destinations.map((d) => d.toLowerCase()));
      for (const d of wanted) {
        const a = d.toLowerCase();
        if (known.has(a)) continue;
        known.add(a);
        destinations.push(getAddress(d));
      }
    }
    destinationsOf.set(live, destinations.length === 0 ? (live.destinations as Address[]) : [...live.destinations, ...destinations]);
    if (keys.length > 0 || candidates.length > 0 || destinations.length > 0) added.push({ live, keys, candidates, destinations });
  }
  // controller actions: the logs', the caller's and each destination's, less those already checked
  const checks = controllerActionChecks(
    { beam: reads.beam, controllerActions: names.controllerActions },
    reads.classLive.map((live) => [live.record, destinationsOf.get(live)!] as const),
  );
  const actions: { id: string; controller: Address; key: Hex }[] = [];
  for (const [id, check] of checks) if (!reads.checkedActions.has(id)) actions.push({ id, ...check });
  return { added, actions };
}

/** The added items through the class lens: one query per class with only its added keys, candidates, destinations. */
async function readAddedThroughLens(
  reads: RefreshReads,
  added: readonly ClassAddition[],
  actions: readonly { controller: Address; key: Hex }[],
): Promise<AddedAnswers> {
  const system = reads.state.system;
  const before = reads.rpc.stats.httpRequests;
  const read = await readThroughClassLens(reads.rpc, {
    system: {
      beamState: system.beamState,
      configurator: system.configurator,
      timelock: system.timelock,
      ...(system.factory !== undefined ? { factory: system.factory } : {}),
    },
    blockHash: reads.blockHash,
    // no class id (no grant operation), no roles, no units: only what is added
    classes: added.map((a) => ({
      rateLimits: a.live.record.rateLimits,
      controller: a.live.record.controller,
      roles: [],
      candidates: a.candidates,
      keys: a.keys,
      destinations: a.destinations,
      units: [],
    })),
    actions: actions.map(({ controller, key }) => ({ controller, key })),
    operations: [],
    ...(reads.lensOptions !== undefined ? { options: reads.lensOptions } : {}),
  });
  return {
    limits: added.map((a, i) =>
      read.classes[i]!.limits.map((l) => ({
        classId: a.live.record.classId,
        pau: a.live.record.almProxy,
        rateLimits: a.live.record.rateLimits,
        key: l.key,
        own: l.own,
        init: l.init,
        data: l.data,
        zzz: l.zzz,
      })),
    ),
    grants: added.map((_, i) => read.classes[i]!.pas.grants),
    approved: added.map((_, i) => [...read.classes[i]!.destinations]),
    actions: read.actions,
    rounds: reads.rpc.stats.httpRequests > before ? 1 : 0,
  };
}

/** The added items per call (the reference path), all in one round. */
async function readAddedPerCall(
  reads: RefreshReads,
  added: readonly ClassAddition[],
  actions: readonly { controller: Address; key: Hex }[],
): Promise<AddedAnswers> {
  const { client } = reads.rpc;
  const system = reads.state.system;
  const at = { blockNumber: reads.state.blockNumber };
  const [limits, grants, approved, enabled] = await Promise.all([
    Promise.all(added.map((a) => Promise.all(a.keys.map((key) => readLimit(client, system, a.live.record, key, at))))),
    Promise.all(
      added.map((a) =>
        a.candidates.length === 0
          ? []
          : readPauPas(client, system.beamState, a.live.record.rateLimits, a.live.record.controller, a.candidates, at.blockNumber).then(
              (p) => p.grants,
            ),
      ),
    ),
    Promise.all(
      added.map((a) =>
        Promise.all(a.destinations.map((d) => readDestination(client, a.live.record, d, at).then((x) => x.approved))),
      ),
    ),
    Promise.all(actions.map((check) => readActionEnabled(client, system, check, at))),
  ]);
  const any = added.length > 0 || actions.length > 0;
  return { limits, grants, approved, actions: enabled, rounds: any ? 1 : 0 };
}

/** A limit's key named otherwise with the new names than with the first refresh's: its class id, old and new flow. */
interface Rename {
  id: string;
  from: string;
  to: string;
}

/**
 * Every limit the first refresh read whose flow name changes with `names` (built once: whether anything is renamed at
 * all, and what to rename). A class whose names did not change is skipped without looking at its limits.
 */
function flowRenames(reads: RefreshReads, names: TreeNames): Rename[] {
  const out: Rename[] = [];
  for (const live of reads.classLive) {
    const c = live.record;
    const id = fromBytes32Name(c.classId);
    const before = reads.names.flowNames?.[id];
    const after = names.flowNames?.[id];
    if (before === after) continue;
    const flowBefore = flowNamer(c, reads.allUnits, before);
    const flowAfter = flowNamer(c, reads.allUnits, after);
    for (const l of ofClass(reads.limits, c.classId)) {
      const key = l.key.toLowerCase();
      const from = flowBefore(key);
      const to = flowAfter(key);
      if (from !== to) out.push({ id, from, to });
    }
  }
  return out;
}

/** `flowOf` as the assembly names a class's limit (refresh-classes.ts putClass): the caller's name, else the registry's. */
function flowNamer(c: ClassRecord, allUnits: readonly UnitRecord[], named: Record<string, string> | undefined) {
  const registry = registryFlowsShared(c, ofClass(allUnits, c.classId));
  return (key: string) => (named !== undefined && Object.hasOwn(named, key) ? named[key]! : registry.get(key)) ?? key;
}

const duplicate = (address: string) => new Error(`refresh: two on-chain records map to the resource ${address}`);

/** The id of a class resource's class (`class.<id>` / `class.<id>.…`), else undefined. */
function classOf(address: string): string | undefined {
  if (!address.startsWith("class.")) return undefined;
  const dot = address.indexOf(".", 6);
  return dot < 0 ? address.slice(6) : address.slice(6, dot);
}

/**
 * `resources` without `removed` and with `inserted` (sorted by address), in address order as `ResourceSink.sorted`
 * builds it; an inserted address that is still present is the sink's duplicate error.
 */
function mergeSorted(resources: ResourceMap, removed: ReadonlySet<string>, inserted: readonly [string, Resource][]): ResourceMap {
  const out: ResourceMap = {};
  let j = 0;
  for (const address of Object.keys(resources)) {
    if (removed.has(address)) continue;
    while (j < inserted.length && inserted[j]![0] < address) {
      out[inserted[j]![0]] = inserted[j]![1];
      j++;
    }
    if (j < inserted.length && inserted[j]![0] === address) throw duplicate(address);
    out[address] = resources[address]!;
  }
  for (; j < inserted.length; j++) out[inserted[j]![0]] = inserted[j]![1];
  return out;
}

export interface NamedRefresh {
  state: ObservedState;
  reads: RefreshReads;
  rounds: number;
}

/**
 * The first refresh's reads with `names` instead of its own: the added items read, merged, renamed. The first
 * refresh's state is not changed (a resource object the two share is never written).
 */
export async function refreshNames(reads: RefreshReads, names: TreeNames): Promise<NamedRefresh> {
  const { added, actions } = additions(reads, names);
  let answers: AddedAnswers = { limits: [], grants: [], approved: [], actions: [], rounds: 0 };
  if (added.length > 0 || actions.length > 0) {
    answers = reads.viaLens
      ? await readAddedThroughLens(reads, added, actions).catch((error: unknown) => {
          if (error instanceof LensFailedError) return readAddedPerCall(reads, added, actions);
          throw error;
        })
      : await readAddedPerCall(reads, added, actions);
  }

  // nothing added and nothing renamed (the common case: a tree the chain already matches): the first refresh's state
  const renames = flowRenames(reads, names);
  if (added.length === 0 && actions.length === 0 && renames.length === 0)
    return { state: reads.state, reads: { ...reads, names }, rounds: 0 };

  // ---- merge the answers into the reads ----
  const classLive = [...reads.classLive];
  const index = new Map(reads.classLive.map((live, i) => [live, i] as const));
  const limits = [...reads.limits];
  const destinationStates = [...reads.destinationStates];
  const cBeams = new Set(reads.state.pas.cBeams);
  const assemble = new Set<ClassLive>();
  added.forEach((a, i) => {
    const live = a.live;
    const newLimits = answers.limits[i]!;
    const grants = answers.grants[i]!;
    const approved = answers.approved[i]!;
    const merged: ClassLive = {
      ...live,
      pas: a.candidates.length === 0 ? live.pas : { ...live.pas, grants: [...live.pas.grants, ...grants] },
      destinations: a.destinations.length === 0 ? live.destinations : [...live.destinations, ...a.destinations],
    };
    classLive[index.get(live)!] = merged;
    limits.push(...newLimits);
    a.destinations.forEach((destination, j) =>
      destinationStates.push({ classId: live.record.classId, destination, approved: approved[j]! }),
    );
    for (const g of grants) if (g.cBeam) cBeams.add(g.account.toLowerCase());
    // the class's resources change only when an added read found something
    const found =
      grants.some((g) => g.rateLimits || g.controller) ||
      approved.some((x) => x) ||
      newLimits.some((l) => l.own[0] !== 0n || l.own[1] !== 0n || l.data.maxAmount !== 0n || l.data.slope !== 0n);
    if (found) assemble.add(merged);
  });
  const enabled = [...reads.enabledActions];
  const checkedActions = new Set(reads.checkedActions);
  actions.forEach((a, i) => {
    checkedActions.add(a.id);
    if (answers.actions[i]) enabled.push(a.id);
  });

  // ---- resources: assemble the classes the additions changed, rename the limits whose flow name changed ----
  const removed = new Set<string>();
  const inserted: [string, Resource][] = [];
  const first = reads.state.resources;
  const assembleIds = new Set([...assemble].map((live) => fromBytes32Name(live.record.classId)));
  // a class assembled again takes its new names there; a limit read only now (an added key) was found empty unless its
  // class is assembled again, so the first refresh's limits name every resource to rename
  for (const { id, from, to } of renames) {
    if (assembleIds.has(id)) continue;
    for (const kind of ["init", "rateLimit"]) {
      const address = `class.${id}.${kind}.${from}`;
      const resource = first[address];
      if (resource === undefined) continue;
      removed.add(address);
      inserted.push([`class.${id}.${kind}.${to}`, resource]);
    }
  }
  if (assemble.size > 0) {
    for (const address of Object.keys(first)) {
      const id = classOf(address);
      if (id !== undefined && assembleIds.has(id)) removed.add(address);
    }
    const sink = new ResourceSink();
    // scratch SORL and operation maps: the classes write what the first assembly already wrote (same block)
    putClasses(
      {
        ...reads.assembly,
        sink,
        sorl: { hop: {}, maxChange: {}, cBeams: new Set() },
        operationTimestamps: {},
        timelockOperations: new Map(),
        limits,
        destinationStates,
        flowNames: names.flowNames,
      },
      [...assemble],
    );
    inserted.push(...Object.entries(sink.sorted()));
  }
  inserted.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  for (let i = 1; i < inserted.length; i++) if (inserted[i]![0] === inserted[i - 1]![0]) throw duplicate(inserted[i]![0]);
  const resources = inserted.length === 0 && removed.size === 0 ? first : mergeSorted(first, removed, inserted);

  const enabledSorted = enabled.length === reads.enabledActions.length ? reads.state.controllerActions : [...enabled].sort();
  const state: ObservedState = {
    ...reads.state,
    pas: { ...reads.state.pas, cBeams: cBeams.size === reads.state.pas.cBeams.length ? reads.state.pas.cBeams : [...cBeams].sort() },
    resources,
    controllerActions: enabledSorted,
  };
  return {
    state,
    reads: {
      ...reads,
      names,
      classLive,
      limits,
      destinationStates,
      enabledActions: enabled,
      checkedActions,
      state,
    },
    rounds: answers.rounds,
  };
}
