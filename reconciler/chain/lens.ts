/**
 * The lens reader: the refresh's reads, aggregated on chain. `withLens` wraps a counting client so that every
 * `eth_call` a refresh round starts in one event-loop turn is collected and sent as ONE `eth_call` per slice to
 * the HaloLens (contracts/lens/HaloLens.sol), a read-only batch reader that is never deployed:
 *
 *   - "override" mode: `eth_call(to = LENS_ADDRESS, read(calls))` with a state override placing the lens's runtime
 *     code at LENS_ADDRESS;
 *   - "deployless" mode: `eth_call` without `to`, data = creation code ++ abi.encode(calls); the constructor does the
 *     reads and returns their results, for nodes without state overrides;
 *   - "auto" (default): override, and deployless from the first error that says overrides are not understood.
 *
 * What the node refused is recorded once per client (chain/lens-capability.ts, shared with the registry and class
 * lenses under this wrapper), and its errors are read by the one classifier there (`classifyLensError`).
 *
 * The refresh itself (chain/refresh.ts) is unchanged and unaware: each of its `readContract`s gets exactly the
 * return data (or revert) its own `eth_call` would have had, at the same pinned block. So `observeWithLens` returns
 * the same observed state as `refreshWith`, from one JSON-RPC call per slice per round instead of one per read.
 *
 * Slices adapt to the node: a slice holds up to `sliceSize` reads and is split in halves (recursively, that slice
 * only) when the node answers with an out-of-gas, gas-cap or response-size error (geth / erigon cap an
 * `eth_call` at 50M gas by default). Every lens call names the pinned block by hash (EIP-1898) once the refresh has
 * read that block, so all slices are checked to come from the same block: a reorg fails the refresh instead of
 * mixing two states. Logs, blocks and the chain id pass through untouched (the refresh already fetches its logs in
 * a few `eth_getLogs`).
 */
import {
  type Address,
  type EIP1193RequestFn,
  type Hex,
  createClient,
  custom,
  decodeAbiParameters,
  decodeFunctionResult,
  encodeDeployData,
  encodeFunctionData,
  getAbiItem,
  http,
  toHex,
} from "viem";
import { haloLensAbi, haloLensBytecode, haloLensRuntimeBytecode } from "../abi/HaloLens.js";
import { type RefreshOptions, type RefreshResult, refreshWith } from "./refresh.js";
import {
  classifyLensError,
  type LensCallMode,
  lensCapability,
  type LensCapability,
  lensModeFor,
  noteAccepted,
  retryInOtherMode,
} from "./lens-capability.js";
import { registryLensStats } from "./registry-packed.js";
import type { CountingClient } from "./rpc.js";

/** Where the state override puts the lens (an address no key controls; nothing is ever deployed there). */
export const LENS_ADDRESS: Address = "0x00000000000000000000000000000000004c454e";

export type LensMode = LensCallMode | "auto";

export interface LensOptions {
  /** Reads per lens call to start with (halved on gas / size errors). Default 2,000. */
  sliceSize?: number;
  mode?: LensMode;
  /**
   * Gas each lens call asks for: the node's `eth_call` cap (geth / erigon default 50M). A node with a lower cap
   * lowers it itself; a slice that needs more is halved.
   */
  gas?: bigint;
  /** Calldata bytes of the slices sent together in one HTTP request (default 1 MB). */
  waveBytes?: number;
}

const sliceBytes = (calls: readonly { data: Hex }[]) => calls.reduce((n, c) => n + 100 + c.data.length / 2, 0);

export interface LensStats {
  /** `eth_call`s the refresh asked for (each answered from a lens result). */
  reads: number;
  /** Lens `eth_call`s sent (slices), retries after a halving included. */
  lensCalls: number;
  /** The configured slice size. */
  sliceSize: number;
  /** The smallest slice a halving produced (= sliceSize when nothing was halved). */
  smallestSlice: number;
  /** The mode in force at the end. */
  mode: Exclude<LensMode, "auto">;
}

export interface LensClient extends CountingClient {
  lens: LensStats;
}

interface Pending {
  to: Address;
  data: Hex;
  resolve: (value: Hex) => void;
  reject: (reason: unknown) => void;
}


/** The error an `eth_call` that reverted gives (JSON-RPC code 3 with the revert data), for viem to decode. */
class LensRevertError extends Error {
  readonly code = 3;
  constructor(readonly data: Hex) {
    super("execution reverted");
  }
}

const READ = getAbiItem({ abi: haloLensAbi, name: "read" });
const RESULTS = READ.outputs;

/** Wrap `rpc` so that each round's `eth_call`s go through the lens; the HTTP counters stay `rpc`'s. */
export function withLens(rpc: CountingClient, options: LensOptions = {}): LensClient {
  const inner = rpc.client;
  const lens: LensStats = {
    reads: 0,
    lensCalls: 0,
    sliceSize: Math.max(1, options.sliceSize ?? 2000),
    smallestSlice: Math.max(1, options.sliceSize ?? 2000),
    mode: options.mode === "deployless" ? "deployless" : "override",
  };
  // Lens calls leave one per HTTP request (no JSON-RPC batching: a batch of large calls is what nodes refuse),
  // counted in `rpc.stats` like every other request.
  const url = (inner.transport as { url?: string }).url;
  const direct =
    url !== undefined
      ? createClient({
          transport: http(url, {
            retryCount: 0,
            timeout: 120_000,
            onFetchRequest: () => {
              rpc.stats.httpRequests += 1;
              rpc.stats.rpcCalls += 1;
            },
          }),
        })
      : inner;
  const waveBytes = options.waveBytes ?? 1_000_000;
  const gas = toHex(options.gas ?? 50_000_000n);
  const wanted = options.mode ?? "auto";
  // what the node accepted / refused: the record of the client the refresh reads with (this wrapper), which the
  // class lens under it shares (chain/lens-capability.ts); set once the wrapper exists, before any call
  let capability: LensCapability | undefined;
  /** Block number (hex) → hash, from the blocks the refresh read: lens calls name the block by hash. */
  const hashes = new Map<string, Hex>();
  let queue = new Map<string, Pending[]>();
  let scheduled = false;

  const send = (calls: readonly Pending[], block: unknown, mode: LensCallMode): Promise<unknown> => {
    const encoded = calls.map((c) => ({ target: c.to, data: c.data }));
    lens.lensCalls += 1;
    if (mode === "override") {
      const data = encodeFunctionData({
        abi: haloLensAbi,
        functionName: "read",
        args: [encoded],
      });
      return direct.request({
        method: "eth_call",
        params: [{ to: LENS_ADDRESS, data, gas }, block, { [LENS_ADDRESS]: { code: haloLensRuntimeBytecode } }],
      } as never);
    }
    const data = encodeDeployData({
      abi: haloLensAbi,
      bytecode: haloLensBytecode,
      args: [encoded],
    });
    return direct.request({
      method: "eth_call",
      params: [{ data, gas }, block],
    } as never);
  };

  const decode = (raw: Hex, mode: LensCallMode): readonly { success: boolean; returnData: Hex }[] =>
    mode === "override"
      ? decodeFunctionResult({
          abi: haloLensAbi,
          functionName: "read",
          data: raw,
        })
      : decodeAbiParameters(RESULTS, raw)[0];

  const runSlice = async (calls: Pending[], block: unknown): Promise<void> => {
    const mode = lensModeFor(capability!, wanted);
    if (mode === undefined) {
      const error = new Error("lens: the node refuses both state overrides and deployless calls");
      for (const c of calls) c.reject(error);
      return;
    }
    lens.mode = mode;
    try {
      const raw = (await send(calls, block, mode)) as Hex;
      noteAccepted(capability!, mode);
      const results = decode(raw, mode);
      if (results.length !== calls.length)
        throw new Error(`lens returned ${results.length} results for ${calls.length} reads`);
      results.forEach((r, i) => {
        const c = calls[i]!;
        if (r.success) c.resolve(r.returnData);
        else c.reject(new LensRevertError(r.returnData));
      });
    } catch (error) {
      const kind = classifyLensError(error);
      if (calls.length > 1 && kind === "capacity") {
        // Split this slice in halves (recursively); other slices keep the configured size.
        const half = Math.ceil(calls.length / 2);
        lens.smallestSlice = Math.min(lens.smallestSlice, half);
        await runSlice(calls.slice(0, half), block);
        await runSlice(calls.slice(half), block);
      } else if (retryInOtherMode(capability!, kind, mode, wanted)) {
        // the node does not understand this mode: the other one from now on (this client), when the caller allows it
        await runAll(calls, block);
      } else if (calls.length === 1 && kind === "capacity") {
        calls[0]!.reject(
          new Error(`lens: a single read of ${calls[0]!.to} needs more gas than a lens call may use (${gas} gas)`, {
            cause: error,
          }),
        );
      } else {
        for (const c of calls) c.reject(error);
      }
    }
  };

  const runAll = async (calls: Pending[], block: unknown): Promise<void> => {
    const slices: Pending[][] = [];
    for (let i = 0; i < calls.length; i += lens.sliceSize) slices.push(calls.slice(i, i + lens.sliceSize));
    // Slices leave in waves of at most `waveBytes` of calldata: a wave is one JSON-RPC batch (one HTTP request),
    // and a node refuses (or truncates) a batch whose body or answer is too large.
    for (let i = 0; i < slices.length;) {
      const wave: Pending[][] = [];
      let bytes = 0;
      while (i < slices.length && (wave.length === 0 || bytes + sliceBytes(slices[i]!) <= waveBytes)) {
        bytes += sliceBytes(slices[i]!);
        wave.push(slices[i++]!);
      }
      await Promise.all(wave.map((s) => runSlice(s, block)));
    }
  };

  const flush = () => {
    scheduled = false;
    const rounds = queue;
    queue = new Map();
    for (const [blockKey, calls] of rounds) {
      const block: unknown = JSON.parse(blockKey);
      const pinned = typeof block === "string" ? hashes.get(block) : undefined;
      void runAll(calls, pinned !== undefined ? { blockHash: pinned } : block);
    }
  };

  const request: EIP1193RequestFn = async (args) => {
    const { method, params } = args as { method: string; params?: unknown[] };
    const p = params ?? [];
    if (method === "eth_call" && p.length <= 2) {
      const tx = p[0] as { to?: Address; data?: Hex } & Record<string, unknown>;
      const plain = tx.to !== undefined && Object.keys(tx).every((k) => k === "to" || k === "data");
      if (plain) {
        lens.reads += 1;
        const blockKey = JSON.stringify(p[1] ?? "latest");
        return new Promise<Hex>((resolve, reject) => {
          const list = queue.get(blockKey) ?? [];
          list.push({ to: tx.to!, data: tx.data ?? "0x", resolve, reject });
          queue.set(blockKey, list);
          if (!scheduled) {
            scheduled = true;
            setTimeout(flush, 0);
          }
        }) as never;
      }
    }
    const result = await inner.request(args as never);
    if (method === "eth_getBlockByNumber" && result !== null && typeof result === "object") {
      const b = result as { number?: Hex; hash?: Hex };
      if (b.number !== undefined && b.hash !== undefined) hashes.set(b.number, b.hash);
    }
    return result as never;
  };

  const client = createClient({
    transport: custom({ request }, { retryCount: 0 }),
  });
  capability = lensCapability(client);
  // registry pages as plain reads: this lens aggregates them with the round's other reads (the registry lens's
  // state-override calls would pass it by, one call each)
  registryLensStats(client).packed = false;
  return { client, stats: rpc.stats, reset: () => rpc.reset(), lens };
}

export interface LensRefreshResult extends RefreshResult {
  lens: LensStats;
}

/** The observed state through the lens: the refresh's result, with the lens's own counters. */
export async function observeWithLens(
  rpc: CountingClient,
  options: RefreshOptions & { lens?: LensOptions },
): Promise<LensRefreshResult> {
  const client = withLens(rpc, options.lens);
  const result = await refreshWith(client, options);
  return { ...result, lens: client.lens };
}
