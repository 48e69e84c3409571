/**
 * The class lens's calls (chain/lens-classes.ts): one slice of items sent as one `eth_call` and its answer decoded,
 * with every fallback of one failure in one place:
 *
 *   - a packed answer (`observePacked`, state-override mode) that does not decode: the slice is asked again the ABI
 *     way, and so are this client's later calls (decided by what THAT call asked, not by the client's flag, which a
 *     slice failing at the same time may already have cleared);
 *   - one item that runs dry packed: asked once more ABI-encoded (packing costs a little gas);
 *   - a node that does not know state overrides ("auto" mode): deployless from then on;
 *   - too big for the node (gas, response size, deployless code size) or a bare revert: the slice is halved;
 *   - one item that still fails: `LensFailedError` (the refresh reads per call).
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
import { isBareRevert, isCapacityError, isOverrideUnsupported } from "./lens.js";
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
  /** The mode in force for this read (switches to deployless once, in "auto"). */
  mode: Exclude<ClassLensMode, "auto">;
  auto: boolean;
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
  // what THIS call asks for: the client's flag may change while it is in flight (another slice's bad answer)
  const packed = ctx.mode === "override" && memory.packed && !abi;
  try {
    accept(ctx, items, await send(ctx, items, packed));
  } catch (error) {
    // a packed answer that does not decode: this slice and the client's later calls ask for the ABI answer
    if (error instanceof PackedPageError && packed) {
      memory.packed = false;
      return runSlice(ctx, items, true);
    }
    // packing costs a little gas: one item that runs dry packed is asked once more ABI-encoded
    if (packed && items.length === 1 && (isCapacityError(error) || isBareRevert(error)))
      return runSlice(ctx, items, true);
    if (ctx.auto && ctx.mode === "override" && isOverrideUnsupported(error) && !isCapacityError(error)) {
      ctx.mode = "deployless";
      memory.mode = "deployless";
      stats.mode = "deployless";
      return runSlice(ctx, items);
    }
    // Too big for the node (gas, response size, deployless code size), or a bare revert — most often a read that
    // ran out of gas (lens.ts, isBareRevert): halve; one item that still fails is a real failure.
    if (items.length > 1 && (isCapacityError(error) || /code size/i.test(String(error)) || isBareRevert(error))) {
      stats.halvings += 1;
      const half = Math.ceil(items.length / 2);
      await Promise.all([runSlice(ctx, items.slice(0, half), abi), runSlice(ctx, items.slice(half), abi)]);
      return;
    }
    throw new LensFailedError(`the class lens could not read ${describe(items)}: ${firstLine(error)}`, {
      cause: error,
    });
  }
}

// state-override mode asks for the packed answer (observePacked) unless one failed to decode on this client;
// deployless mode runs the constructor, whose answer is ABI-encoded
async function send(ctx: SliceContext, items: readonly Item[], packed: boolean): Promise<{ data: Hex; packed: boolean }> {
  const stats = ctx.memory.stats;
  const t = performance.now();
  const args = encodeArgs(ctx.input.system, items);
  const gas = toHex(ctx.gas);
  const block = { blockHash: ctx.input.blockHash, requireCanonical: true };
  const params =
    ctx.mode === "override"
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
  stats.queryBytes += ((params[0] as { data: Hex }).data.length - 2) / 2;
  return { data: (await ctx.client.request({ method: "eth_call", params } as never)) as Hex, packed };
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