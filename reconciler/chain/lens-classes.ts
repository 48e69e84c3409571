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
 *     arguments; "auto" (default): override, then deployless from the first error that says overrides are unknown —
 *     learned once per client for every lens (chain/lens-capability.ts: after the registry lens's pages found a node
 *     without overrides, the class lens sends none);
 *   - every call names the block by hash (EIP-1898, `requireCanonical`), so all slices read the same block and a
 *     reorg fails the read instead of mixing two states;
 *   - answers are remembered per client for the life of a run (keyed by block hash and the item's query), so the
 *     second refresh of `observe` at the same block re-reads only what it asks differently; token names and symbols
 *     never change and are read once per client.
 *
 * A read that reverts fails its slice: once the slice is down to one item the lens gives up (`LensFailedError`) and
 * the refresh falls back to the per-call reads, which report the failing read exactly.
 *
 * Stages, one file each: this file (what is left to read at the block, slices by estimated gas, requests in flight),
 * chain/lens-class-items.ts (an item's weight, memory key, arguments and answer mapping), chain/lens-class-call.ts
 * (one slice's call, its decode and every fallback), chain/lens-class-types.ts (queries, views, options, memory).
 */
import { type ClassLensInput, type ClassLensResult, classLensMemory } from "./lens-class-types.js";
import { lensCapability } from "./lens-capability.js";
import { type Item, classWeight, itemKey, nonZero } from "./lens-class-items.js";
import { type SliceContext, runSlice, settle } from "./lens-class-call.js";
import { lensClient } from "./lens-transport.js";
import type { CountingClient } from "./rpc.js";

export {
  CLASS_LENS_ADDRESS,
  type ActionLensQuery,
  type BuyboxView,
  type ClassLensInput,
  type ClassLensMode,
  type ClassLensOptions,
  type ClassLensQuery,
  type ClassLensResult,
  type ClassLensStats,
  type ClassLensView,
  type GrantOperationView,
  LensFailedError,
  type LensSystem,
  type LimitView,
  type RoleQuery,
  type UnitLensQuery,
  type UnitLensView,
  classLensMemory,
} from "./lens-class-types.js";

/**
 * Read `input` through the class lens at `input.blockHash`: one answer per query, in order. Throws
 * `LensFailedError` when the lens cannot answer (then read per call).
 */
export async function readThroughClassLens(rpc: CountingClient, input: ClassLensInput): Promise<ClassLensResult> {
  const memory = classLensMemory(rpc);
  const stats = memory.stats;
  const options = input.options ?? {};
  const gas = options.gas ?? 50_000_000n;
  const gasPerRead = options.gasPerRead ?? 10_000;
  const capability = lensCapability(rpc.client);
  // slices fit the gas asked for, or what this node was found to run (a slice it ran dry was halved before)
  const sliceGas = capability.sliceGas !== undefined && capability.sliceGas < gas ? capability.sliceGas : gas;
  const readsPerSlice = Math.max(1, Math.floor(Number(sliceGas) / gasPerRead));
  const slicesPerRequest = Math.max(1, options.slicesPerRequest ?? 6);
  const parallelRequests = Math.max(1, options.parallelRequests ?? 2);

  const result: ClassLensResult = {
    classes: new Array(input.classes.length),
    actions: new Array(input.actions.length),
    operations: new Array(input.operations.length),
  };
  const ctx: SliceContext = {
    input,
    memory,
    client: lensClient(rpc),
    gas,
    gasPerRead,
    wanted: options.mode ?? "auto",
    // what the node accepted / refused, one record per client for every lens (the registry lens's pages learn it first)
    capability,
    result,
    // each item's memory key, built once (a class's key spells out its whole query)
    memoryKeys: new Map<Item, string>(),
  };
  // What this run already knows at this block, and what is left to read.
  const todo: Item[] = [];
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
      settle(result, item, known);
    } else {
      ctx.memoryKeys.set(item, key);
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
  // Requests leave one per macrotask (the transport, chain/rpc-batch.ts, batches what starts in the same one), at most `parallelRequests` in flight.
  const groups: Item[][][] = [];
  for (let i = 0; i < slices.length; i += slicesPerRequest) groups.push(slices.slice(i, i + slicesPerRequest));
  let next = 0;
  const worker = async () => {
    while (next < groups.length) {
      const group = groups[next++]!;
      await Promise.all(group.map((slice) => runSlice(ctx, slice)));
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
  return result;
}
