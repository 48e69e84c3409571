/**
 * The class lens's calls (chain/lens-classes.ts): one slice of items sent as one `eth_call` and its answer decoded,
 * with every fallback of one failure in one place:
 *
 *   - a packed answer (`observePacked`, state-override mode) that does not decode: the slice is asked again the ABI
 *     way, and so are this client's later calls (decided by what THAT call asked, not by the client's flag, which a
 *     slice failing at the same time may already have cleared);
 *   - one item that runs dry packed: asked once more ABI-encoded (packing costs a little gas);
 *   - a node that does not know state overrides ("auto" mode): deployless from then on, for every lens of the client
 *     (its capability record, chain/lens-capability.ts: a node the registry lens already found without overrides
 *     gets no override call here at all);
 *   - too big for the node (gas, response size, deployless code size) or a bare revert: the slice is halved;
 *   - one item that still fails, or a node that refuses every mode allowed: `LensFailedError` (the refresh reads per
 *     call).
 * A node error is read by the one classifier of every lens (`classifyLensError`).
 */
import { type Hex, getAbiItem, toFunctionSelector, toHex } from "viem";
import { haloClassLensAbi, haloClassLensBytecode, haloClassLensRuntimeBytecode } from "../abi/HaloClassLens.js";
import {
  CLASS_LENS_ADDRESS,
  type ClassLensInput,
  type ClassLensMode,
  type ClassLensResult,
  type ClassLensView,
  LensFailedError,
  type Memory,
} from "./lens-class-types.js";
import { type Item, encodeArgs, toClassView } from "./lens-class-items.js";
import { checkAnswerShape, decodeLensAnswer } from "./lens-decode.js";
import { encodeObserveArgs } from "./lens-encode.js";
import { PackedPageError } from "./lens-pack.js";
import { decodePackedLensAnswer } from "./lens-packed.js";
import {
  classifyLensError,
  type LensCallMode,
  type LensCapability,
  lensModeFor,
  noteAccepted,
  retryInOtherMode,
} from "./lens-capability.js";
import type { CountingClient } from "./rpc.js";

/** `observe`'s and `observePacked`'s selectors (same arguments, hand-encoded: chain/lens-encode.ts). */
const OBSERVE_SELECTOR = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observe" }));
const OBSERVE_PACKED_SELECTOR = toFunctionSelector(getAbiItem({ abi: haloClassLensAbi, name: "observePacked" }));

export interface SliceContext {
  input: ClassLensInput;
  memory: Memory;
  client: CountingClient["client"];
  /** Gas each call asks for. */
  gas: bigint;
  /** Gas a read is assumed to cost (slices are cut by the estimate). */
  gasPerRead: number;
  /** The caller's mode ("auto": override, deployless once the node refused overrides). */
  wanted: ClassLensMode;
  /** What this client's node accepted / refused (shared with the registry lens). */
  capability: LensCapability;
  result: ClassLensResult;
  /** Each item still to read → its memory key. */
  memoryKeys: Map<Item, string>;
}

/** An item's answer into the result, in its query's place. */
export function settle(result: ClassLensResult, item: Item, answer: unknown): void {
  if (item.kind === "class") result.classes[item.index] = answer as ClassLensView;
  else if (item.kind === "action") result.actions[item.index] = answer as boolean;
  else result.operations[item.index] = answer as bigint;
}

/** Reads `items` (one slice) with the fallbacks of the module note; settles every item or throws `LensFailedError`. */
export async function runSlice(ctx: SliceContext, items: Item[], abi = false): Promise<void> {
  if (items.length === 0) return;
  const { memory } = ctx;
  const stats = memory.stats;
  // what THIS call asks (mode, packed): the client's record may change while it is in flight (another slice's error)
  const mode = lensModeFor(ctx.capability, ctx.wanted);
  if (mode === undefined)
    throw new LensFailedError(`the class lens could not read ${describe(items)}: the node refuses every lens call mode allowed`);
  const packed = mode === "override" && memory.packed && !abi;
  try {
    accept(ctx, items, await send(ctx, items, mode, packed));
  } catch (error) {
    // a packed answer that does not decode: this slice and the client's later calls ask for the ABI answer
    if (error instanceof PackedPageError && packed) {
      memory.packed = false;
      return runSlice(ctx, items, true);
    }
    const kind = classifyLensError(error);
    // packing costs a little gas: one item that runs dry packed is asked once more ABI-encoded
    if (packed && items.length === 1 && (kind === "capacity" || kind === "bare-revert")) return runSlice(ctx, items, true);
    // a node that does not understand this call's mode: the other one (when allowed) from now on, for this slice too
    // (also when a slice failing at the same time recorded the refusal first)
    if (retryInOtherMode(ctx.capability, kind, mode, ctx.wanted))
      return runSlice(ctx, items, abi);
    // Too big for the node (gas, response size, deployless code size), or a bare revert — most often a read that
    // ran out of gas (lens-capability.ts, classifyLensError): halve; one item that still fails is a real failure.
    if (items.length > 1 && (kind === "capacity" || kind === "bare-revert")) {
      stats.halvings += 1;
      const half = Math.ceil(items.length / 2);
      const halves = [items.slice(0, half), items.slice(half)];
      await Promise.all(halves.map((h) => runSlice(ctx, h, abi)));
      // both halves answered: the node runs a slice of the larger half's estimate; later reads of this client cut
      // their slices to it instead of halving again (a half that failed for good throws above: nothing learned)
      const fits = BigInt(Math.max(...halves.map((h) => h.reduce((n, i) => n + i.weight, 0))) * ctx.gasPerRead);
      if (ctx.capability.sliceGas === undefined || fits < ctx.capability.sliceGas) ctx.capability.sliceGas = fits;
      return;
    }
    throw new LensFailedError(`the class lens could not read ${describe(items)}: ${firstLine(error)}`, {
      cause: error,
    });
  }
}

// state-override mode asks for the packed answer (observePacked) unless one failed to decode on this client;
// deployless mode runs the constructor, whose answer is ABI-encoded
async function send(
  ctx: SliceContext,
  items: readonly Item[],
  mode: LensCallMode,
  packed: boolean,
): Promise<{ data: Hex; packed: boolean }> {
  const stats = ctx.memory.stats;
  const t = performance.now();
  const args = encodeArgs(ctx.input.system, items);
  const gas = toHex(ctx.gas);
  const block = { blockHash: ctx.input.blockHash, requireCanonical: true };
  const params =
    mode === "override"
      ? [
          {
            to: CLASS_LENS_ADDRESS,
            data: encodeObserveArgs(args, packed ? OBSERVE_PACKED_SELECTOR : OBSERVE_SELECTOR),
            gas,
          },
          block,
          { [CLASS_LENS_ADDRESS]: { code: haloClassLensRuntimeBytecode } },
        ]
      : [{ data: encodeObserveArgs(args, haloClassLensBytecode), gas }, block];
  stats.codecMs += performance.now() - t;
  stats.calls += 1;
  stats.mode = mode;
  stats.queryBytes += ((params[0] as { data: Hex }).data.length - 2) / 2;
  const data = (await ctx.client.request({ method: "eth_call", params } as never)) as Hex;
  noteAccepted(ctx.capability, mode);
  return { data, packed };
}

function accept(ctx: SliceContext, items: readonly Item[], answer: { data: Hex; packed: boolean }): void {
  const { memory, input } = ctx;
  const stats = memory.stats;
  const t = performance.now();
  const data = answer.data;
  stats.answerBytes += (data.length - 2) / 2;
  // packed (chain/lens-packed.ts), or the same ABI value in both modes (observe's return data, or the
  // constructor's): hand-decoded either way, into the same values; nothing is settled before the decode succeeds
  const decoded = answer.packed ? decodePackedLensAnswer(data) : decodeLensAnswer(data);
  checkAnswerShape(items, decoded, answer.packed); // the answer to THIS question: no list shorter or longer than asked
  const [classes, actions, operations] = decoded;
  if (answer.packed) stats.packedCalls += 1;
  let c = 0;
  let a = 0;
  let o = 0;
  for (const item of items) {
    let value: unknown;
    if (item.kind === "class") value = toClassView(item, classes[c++]!, input.system, memory.names);
    else if (item.kind === "action") value = actions[a++]!;
    else value = operations[o++]!;
    stats.reads += item.weight;
    memory.answers.set(ctx.memoryKeys.get(item)!, value);
    settle(ctx.result, item, value);
  }
  stats.codecMs += performance.now() - t;
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