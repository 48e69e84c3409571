/**
 * The typed per-class lens (contracts/lens/HaloClassLens.sol): the live state of every class, unit, rate-limit key,
 * destination, controller action and timelock operation the refresh asks about, read in a few `eth_call`s at one
 * block and decoded once per call (not once per read).
 *
 * The caller (the refresh's live stage) decides WHAT is read — which (contract, role) pairs, keys, cBEAM candidates,
 * destinations — and maps the answers to resources; this module only moves the questions on chain and the answers
 * back:
 *
 *   - queries are cut into slices whose estimated gas fits the node's `eth_call` cap (geth / erigon default 50M);
 *     a slice the node refuses for gas, size or code-size reasons is halved (that slice only), down to one item;
 *   - "override" mode: `eth_call(to = CLASS_LENS_ADDRESS, observe(...))` with a state override placing the lens's
 *     runtime code there; "deployless" (nodes without overrides): `eth_call` without `to`, data = creation code ++
 *     arguments; "auto" (default): override, then deployless from the first error that says overrides are unknown;
 *   - every call names the block by hash (EIP-1898, `requireCanonical`), so all slices read the same block and a
 *     reorg fails the read instead of mixing two states;
 *   - answers are remembered per client for the life of a run (keyed by block hash and the item's query), so the
 *     second refresh of `observe` at the same block re-reads only what it asks differently; token names and symbols
 *     never change and are read once per client.
 *
 * A read that reverts fails its slice: once the slice is down to one item the lens gives up (`LensFailedError`) and
 * the refresh falls back to the per-call reads, which report the failing read exactly.
 */
import { type Address, type Hex, getAbiItem, toFunctionSelector, toHex, zeroAddress } from "viem";
import { haloClassLensAbi, haloClassLensBytecode, haloClassLensRuntimeBytecode } from "../abi/HaloClassLens.js";
import { type LensClassArgs, type ObserveArgs, encodeObserveArgs } from "./lens-encode.js";
import { isBareRevert, isCapacityError, isOverrideUnsupported } from "./lens.js";
import { type RawBuybox, type RawClassView, type RawGrantOperation, decodeLensAnswer } from "./lens-decode.js";
import { decodePackedLensAnswer } from "./lens-packed.js";
import { PackedPageError } from "./registry-packed.js";
import { lensClient } from "./lens-transport.js";
import { ZERO_BYTES32 } from "./names.js";
import type { CountingClient } from "./rpc.js";

/** Where the state override puts the class lens (no key controls it; nothing is ever deployed there). */
export const CLASS_LENS_ADDRESS: Address = "0x00000000000000000000000000000000434c454e";

/** `observe`'s and `observePacked`'s selectors (same arguments, hand-encoded: chain/lens-encode.ts). */
const OBSERVE_SELECTOR = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observe" }));
const OBSERVE_PACKED_SELECTOR = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observePacked" }));


/** One (contract, role) read with `getRoleMembers`; `field` is the caller's name for the answer. */
export interface RoleQuery {
  field: string;
  target: Address;
  role: Hex;
}

export interface UnitLensQuery {
  queue?: Address;
  token?: Address;
  roles: readonly RoleQuery[];
}

export interface ClassLensQuery {
  /** Undefined for a pre-factory PAU (no grant operation is read). */
  classId?: Hex;
  rateLimits: Address;
  controller: Address;
  facility?: Address;
  dealToken?: Address;
  roles: readonly RoleQuery[];
  candidates: readonly Address[];
  keys: readonly Hex[];
  destinations: readonly Address[];
  units: readonly UnitLensQuery[];
}

export interface ActionLensQuery {
  /** The zero address reads the scope-wide `initControllerActions`. */
  controller: Address;
  key: Hex;
}

export interface LensSystem {
  beamState: Address;
  configurator: Address;
  timelock: Address;
  factory?: Address;
}

/** A class's pending grant operation as the lens returns it (the decoder's shape). */
export type GrantOperationView = RawGrantOperation;

/** A Term class's buybox as the lens returns it (the decoder's shape). */
export type BuyboxView = RawBuybox;

export interface LimitView {
  key: Hex;
  own: readonly [bigint, bigint];
  init: { maxAmount: bigint; slope: bigint };
  data: { maxAmount: bigint; slope: bigint; lastAmount: bigint; lastUpdated: bigint };
  zzz: bigint;
}

export interface UnitLensView {
  capacity?: bigint;
  minDeposit?: bigint;
  maxRateIncreaseBps?: bigint;
  name?: string;
  symbol?: string;
  /** field → members, in the order the contract returns them. */
  roles: Record<string, readonly Address[]>;
}

export interface ClassLensView {
  roles: Record<string, readonly Address[]>;
  pas: {
    rateLimitsRegistered: boolean;
    controllerRegistered: boolean;
    hop: bigint;
    maxChange: bigint;
    grants: { account: Address; cBeam: boolean; rateLimits: boolean; controller: boolean }[];
  };
  /** Undefined without a factory or for a pre-factory PAU. */
  grant?: GrantOperationView;
  buybox?: BuyboxView;
  dealName?: string;
  dealSymbol?: string;
  limits: LimitView[];
  /** isApprovedDestination, in the query's order. */
  destinations: readonly boolean[];
  units: UnitLensView[];
}

export type ClassLensMode = "auto" | "override" | "deployless";

export interface ClassLensOptions {
  mode?: ClassLensMode;
  /** Gas each lens call may use: the node's `eth_call` cap (default 50M, geth / erigon's default). */
  gas?: bigint;
  /**
   * Gas a read is assumed to cost when slices are cut (default 10,000: cold account, cold slots, copying, memory;
   * 7,000 made 34-class slices that ran out of 50M gas).
   */
  gasPerRead?: number;
  /**
   * Slices sent together in one HTTP request (one JSON-RPC batch; default 6: about 3 MB of answer for full slices;
   * anvil dropped answers from batches of 8 full slices at 1,000 classes).
   */
  slicesPerRequest?: number;
  /** HTTP requests in flight at once (default 2: a node answers concurrent requests on several cores). */
  parallelRequests?: number;
}

export interface ClassLensStats {
  /** Lens `eth_call`s sent (retries after a halving included). */
  calls: number;
  /** Items (classes, actions, operations) answered from a lens call / from this client's memory. */
  items: number;
  remembered: number;
  /** Reads the lens performed on chain (estimated from the queries). */
  reads: number;
  /** Halvings after a gas / size error. */
  halvings: number;
  mode: Exclude<ClassLensMode, "auto">;
  /** Time spent encoding queries and decoding answers (ms). */
  codecMs: number;
  /** Bytes of the queries sent and of the answers received (ABI bytes: the JSON text is twice as long). */
  queryBytes: number;
  answerBytes: number;
  /** Lens calls answered packed (`observePacked`, state-override mode); the others are ABI-encoded. */
  packedCalls: number;
}

/** The lens could not answer (a read reverted, or the node refuses even one item): read per call instead. */
export class LensFailedError extends Error {
  override name = "LensFailedError";
}

interface Memory {
  /** Answers of one block (`answersBlock`): a call at another block starts them afresh, so a long-lived client keeps one block's answers, not every block's. */
  answers: Map<string, unknown>;
  answersBlock?: string;
  names: Map<string, { name: string; symbol: string }>;
  mode?: Exclude<ClassLensMode, "auto">;
  /** False once a packed answer did not decode: this client's later calls ask for ABI answers. */
  packed: boolean;
  stats: ClassLensStats;
}

const memories = new WeakMap<object, Memory>();

/** This client's lens memory (the latest block's answers by query, token names for the life of the client) and counters. */
export function classLensMemory(rpc: CountingClient): Memory {
  let m = memories.get(rpc);
  if (m === undefined) {
    m = {
      answers: new Map(),
      names: new Map(),
      packed: true,
      stats: {
        calls: 0,
        items: 0,
        remembered: 0,
        reads: 0,
        halvings: 0,
        mode: "override",
        codecMs: 0,
        queryBytes: 0,
        answerBytes: 0,
        packedCalls: 0,
      },
    };
    memories.set(rpc, m);
  }
  return m;
}

type Item =
  | { kind: "class"; index: number; query: ClassLensQuery; names: boolean[]; dealNames: boolean; weight: number }
  | { kind: "action"; index: number; query: ActionLensQuery; weight: number }
  | { kind: "operation"; index: number; id: Hex; weight: number };


const classWeight = (q: ClassLensQuery, names: boolean[], dealNames: boolean) =>
  4 +
  q.roles.length +
  3 * q.candidates.length +
  1 +
  (q.facility ? 1 : 0) +
  (dealNames ? 2 : 0) +
  4 * q.keys.length +
  q.destinations.length +
  q.units.reduce((n, u, i) => n + (u.queue ? 2 : 0) + (u.token ? 1 : 0) + (names[i] ? 2 : 0) + u.roles.length, 0);

/** A stable key of an item's question (for the per-run memory): the query itself, lower case. */
function itemKey(item: Item): string {
  switch (item.kind) {
    case "class": {
      const q = item.query;
      const roles = (list: readonly RoleQuery[]) => list.map((r) => `${r.target}/${r.role}`).join(",");
      return [
        "class",
        q.classId ?? "",
        q.rateLimits,
        q.controller,
        q.facility ?? "",
        q.dealToken ?? "",
        roles(q.roles),
        q.candidates.join(","),
        q.keys.join(","),
        q.destinations.join(","),
        q.units.map((u) => `${u.queue ?? ""}/${u.token ?? ""}/${roles(u.roles)}`).join(";"),
      ]
        .join("|")
        .toLowerCase();
    }
    case "action":
      return `action:${item.query.controller.toLowerCase()}:${item.query.key.toLowerCase()}`;
    case "operation":
      return `operation:${item.id.toLowerCase()}`;
  }
}

const orZero = (a: Address | undefined) => a ?? zeroAddress;

function encodeArgs(system: LensSystem, items: readonly Item[]): ObserveArgs {
  const classes: LensClassArgs[] = [];
  const actions: ActionLensQuery[] = [];
  const operations: Hex[] = [];
  for (const it of items) {
    if (it.kind === "action") actions.push(it.query);
    else if (it.kind === "operation") operations.push(it.id);
    else {
      const q = it.query;
      classes.push({
        classId: q.classId ?? ZERO_BYTES32,
        rateLimits: q.rateLimits,
        controller: q.controller,
        facility: orZero(q.facility),
        dealToken: it.dealNames ? orZero(q.dealToken) : zeroAddress,
        roles: q.roles,
        candidates: q.candidates,
        keys: q.keys,
        destinations: q.destinations,
        units: q.units.map((u, i) => ({ queue: orZero(u.queue), token: orZero(u.token), names: it.names[i]!, roles: u.roles })),
      });
    }
  }
  const ctx = {
    beamState: system.beamState,
    configurator: system.configurator,
    timelock: system.timelock,
    factory: orZero(system.factory),
  };
  return [ctx, classes, actions, operations];
}

const nonZero = (a: Address | undefined): a is Address => a !== undefined && a !== zeroAddress;

/** One class's answer in the refresh's terms. */
function toClassView(
  item: Extract<Item, { kind: "class" }>,
  raw: RawClassView,
  system: LensSystem,
  names: Memory["names"],
): ClassLensView {
  const q = item.query;
  const roles: Record<string, readonly Address[]> = {};
  q.roles.forEach((r, i) => (roles[r.field] = raw.roleMembers[i]!));
  const view: ClassLensView = {
    roles,
    pas: {
      rateLimitsRegistered: raw.rateLimitsRegistered === 1n,
      controllerRegistered: raw.controllerRegistered === 1n,
      hop: raw.hop,
      maxChange: raw.maxChange,
      grants: q.candidates.map((account, i) => ({
        account,
        cBeam: raw.grants[i]!.cBeam === 1n,
        rateLimits: raw.grants[i]!.onRateLimits === 1n,
        controller: raw.grants[i]!.onController === 1n,
      })),
    },
    limits: q.keys.map((key, i) => {
      const l = raw.limits[i]!;
      // the decoder's own objects (fresh per answer, never changed), not copies
      return { key, own: [l.ownMaxAmount, l.ownSlope] as const, init: l.init, data: l.data, zzz: l.zzz };
    }),
    destinations: raw.destinations,
    units: q.units.map((u, i) => {
      const r = raw.units[i]!;
      const uroles: Record<string, readonly Address[]> = {};
      u.roles.forEach((role, j) => (uroles[role.field] = r.roleMembers[j]!));
      const out: UnitLensView = { roles: uroles };
      if (nonZero(u.queue)) {
        out.capacity = r.capacity;
        out.minDeposit = r.minDeposit;
      }
      if (nonZero(u.token)) {
        out.maxRateIncreaseBps = r.maxRateIncreaseBps;
        const key = u.token.toLowerCase();
        if (item.names[i]) names.set(key, { name: r.name, symbol: r.symbol });
        const known = names.get(key)!;
        out.name = known.name;
        out.symbol = known.symbol;
      }
      return out;
    }),
  };
  if (q.classId !== undefined && nonZero(system.factory)) view.grant = { ...raw.grant };
  if (nonZero(q.facility)) view.buybox = { ...raw.buybox };
  if (nonZero(q.dealToken)) {
    const key = q.dealToken.toLowerCase();
    if (item.dealNames) names.set(key, { name: raw.dealName, symbol: raw.dealSymbol });
    const known = names.get(key)!;
    view.dealName = known.name;
    view.dealSymbol = known.symbol;
  }
  return view;
}

export interface ClassLensInput {
  system: LensSystem;
  /** The pinned block: every lens call names it by hash. */
  blockHash: Hex;
  classes: readonly ClassLensQuery[];
  actions: readonly ActionLensQuery[];
  operations: readonly Hex[];
  options?: ClassLensOptions;
}

export interface ClassLensResult {
  classes: ClassLensView[];
  actions: boolean[];
  operations: bigint[];
}

/**
 * Read `input` through the class lens at `input.blockHash`: one answer per query, in order. Throws
 * `LensFailedError` when the lens cannot answer (then read per call).
 */
export async function readThroughClassLens(rpc: CountingClient, input: ClassLensInput): Promise<ClassLensResult> {
  const memory = classLensMemory(rpc);
  const stats = memory.stats;
  const options = input.options ?? {};
  const gas = options.gas ?? 50_000_000n;
  const readsPerSlice = Math.max(1, Math.floor(Number(gas) / (options.gasPerRead ?? 10_000)));
  const slicesPerRequest = Math.max(1, options.slicesPerRequest ?? 6);
  const parallelRequests = Math.max(1, options.parallelRequests ?? 2);
  let mode: Exclude<ClassLensMode, "auto"> =
    memory.mode ?? (options.mode === "deployless" ? "deployless" : "override");
  const auto = (options.mode ?? "auto") === "auto";
  const block = { blockHash: input.blockHash, requireCanonical: true };
  const client = lensClient(rpc);

  const result: ClassLensResult = {
    classes: new Array(input.classes.length),
    actions: new Array(input.actions.length),
    operations: new Array(input.operations.length),
  };
  // What this run already knows at this block, and what is left to read.
  const todo: Item[] = [];
  const settle = (item: Item, answer: unknown) => {
    if (item.kind === "class") result.classes[item.index] = answer as ClassLensView;
    else if (item.kind === "action") result.actions[item.index] = answer as boolean;
    else result.operations[item.index] = answer as bigint;
  };
  // each item's memory key, built once (a class's key spells out its whole query)
  const memoryKeys = new Map<Item, string>();
  if (memory.answersBlock !== input.blockHash) {
    memory.answers.clear();
    memory.answersBlock = input.blockHash;
  }
  const consider = (item: Item) => {
    const key = `${input.blockHash}:${itemKey(item)}`;
    const known = memory.answers.get(key);
    stats.items += 1;
    if (known !== undefined) {
      stats.remembered += 1;
      settle(item, known);
    } else {
      memoryKeys.set(item, key);
      todo.push(item);
    }
  };
  input.classes.forEach((query, index) => {
    const names = query.units.map((u) => nonZero(u.token) && !memory.names.has(u.token.toLowerCase()));
    const dealNames = nonZero(query.dealToken) && !memory.names.has(query.dealToken.toLowerCase());
    consider({ kind: "class", index, query, names, dealNames, weight: classWeight(query, names, dealNames) });
  });
  input.actions.forEach((query, index) => consider({ kind: "action", index, query, weight: 1 }));
  input.operations.forEach((id, index) => consider({ kind: "operation", index, id, weight: 1 }));

  // state-override mode asks for the packed answer (observePacked) unless one failed to decode on this client;
  // deployless mode runs the constructor, whose answer is ABI-encoded
  const send = async (items: readonly Item[], packed: boolean): Promise<{ data: Hex; packed: boolean }> => {
    const t = performance.now();
    const args = encodeArgs(input.system, items);
    const params =
      mode === "override"
        ? [
            {
              to: CLASS_LENS_ADDRESS,
              data: encodeObserveArgs(args, packed ? OBSERVE_PACKED_SELECTOR : OBSERVE_SELECTOR),
              gas: toHex(gas),
            },
            block,
            { [CLASS_LENS_ADDRESS]: { code: haloClassLensRuntimeBytecode } },
          ]
        : [
            {
              data: encodeObserveArgs(args, haloClassLensBytecode),
              gas: toHex(gas),
            },
            block,
          ];
    stats.codecMs += performance.now() - t;
    stats.calls += 1;
    stats.queryBytes += ((params[0] as { data: Hex }).data.length - 2) / 2;
    return { data: (await client.request({ method: "eth_call", params } as never)) as Hex, packed };
  };

  const accept = (items: readonly Item[], answer: { data: Hex; packed: boolean }) => {
    const t = performance.now();
    const data = answer.data;
    stats.answerBytes += (data.length - 2) / 2;
    // packed (chain/lens-packed.ts), or the same ABI value in both modes (observe's return data, or the
    // constructor's): hand-decoded either way, into the same values; nothing is settled before the decode succeeds
    const [classes, actions, operations] = answer.packed ? decodePackedLensAnswer(data) : decodeLensAnswer(data);
    if (answer.packed) stats.packedCalls += 1;
    let c = 0;
    let a = 0;
    let o = 0;
    for (const item of items) {
      let answer: unknown;
      if (item.kind === "class") answer = toClassView(item, classes[c++]!, input.system, memory.names);
      else if (item.kind === "action") answer = actions[a++]!;
      else answer = operations[o++]!;
      stats.reads += item.weight;
      memory.answers.set(memoryKeys.get(item)!, answer);
      settle(item, answer);
    }
    stats.codecMs += performance.now() - t;
  };

  const run = async (items: Item[], abi = false): Promise<void> => {
    if (items.length === 0) return;
    // what THIS call asks for: the client's flag may change while it is in flight (another slice's bad answer)
    const packed = mode === "override" && memory.packed && !abi;
    try {
      accept(items, await send(items, packed));
    } catch (error) {
      // a packed answer that does not decode: this slice and the client's later calls ask for the ABI answer
      // (every slice in flight whose packed answer fails is asked again, not only the first one to fail)
      if (error instanceof PackedPageError && packed) {
        memory.packed = false;
        return run(items, true);
      }
      // packing costs a little gas: one item that runs dry packed is asked once more ABI-encoded
      if (packed && items.length === 1 && (isCapacityError(error) || isBareRevert(error))) return run(items, true);
      if (auto && mode === "override" && isOverrideUnsupported(error) && !isCapacityError(error)) {
        mode = "deployless";
        memory.mode = mode;
        stats.mode = mode;
        return run(items);
      }
      // Too big for the node (gas, response size, deployless code size), or a bare revert — most often a read that
      // ran out of gas (lens.ts, isBareRevert): halve; one item that still fails is a real failure.
      if (items.length > 1 && (isCapacityError(error) || /code size/i.test(String(error)) || isBareRevert(error))) {
        stats.halvings += 1;
        const half = Math.ceil(items.length / 2);
        await Promise.all([run(items.slice(0, half)), run(items.slice(half))]);
        return;
      }
      throw new LensFailedError(`the class lens could not read ${describe(items)}: ${firstLine(error)}`, {
        cause: error,
      });
    }
  };

  // Slices by estimated gas; one JSON-RPC batch (one HTTP request) carries up to `slicesPerRequest` of them.
  const slices: Item[][] = [];
  let current: Item[] = [];
  let weight = 0;
  for (const item of todo) {
    if (current.length > 0 && weight + item.weight > readsPerSlice) {
      slices.push(current);
      current = [];
      weight = 0;
    }
    current.push(item);
    weight += item.weight;
  }
  if (current.length > 0) slices.push(current);
  // Requests leave one per macrotask (viem batches what starts in the same one), at most `parallelRequests` in flight.
  const groups: Item[][][] = [];
  for (let i = 0; i < slices.length; i += slicesPerRequest) groups.push(slices.slice(i, i + slicesPerRequest));
  let next = 0;
  const worker = async () => {
    while (next < groups.length) {
      const group = groups[next++]!;
      await Promise.all(group.map((slice) => run(slice)));
    }
  };
  const workers: Promise<void>[] = [];
  for (let w = 0; w < Math.min(parallelRequests, groups.length); w++) {
    const w0 = worker();
    w0.catch(() => {}); // handled below, by Promise.all; a failure before then must not go unhandled
    workers.push(w0);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await Promise.all(workers);
  stats.mode = mode;
  return result;
}

function describe(items: readonly Item[]): string {
  const first = items[0]!;
  const what =
    first.kind === "class"
      ? `class ${first.query.classId ?? first.query.rateLimits}`
      : first.kind === "action"
        ? `action ${first.query.key}`
        : `operation ${first.id}`;
  return items.length === 1 ? what : `${items.length} items from ${what}`;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error);
  return text.split("\n")[0]!;
}
