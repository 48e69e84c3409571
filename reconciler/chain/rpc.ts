/**
 * The reconciler's RPC transport and read client: our own JSON-RPC batching over HTTP (chain/rpc-batch.ts), a
 * timeout per request (`--rpc-timeout`, default 10 s of silence) after which the node is declared silent instead
 * of retried, and a count of the HTTP requests made (the refresh's request budget is measured with it, and the
 * benchmarks report it).
 *
 * Every call started in the same event-loop turn (a `Promise.all` round) leaves in one HTTP request carrying
 * up to `batchSize` JSON-RPC calls, so a round costs one request however many resources it reads.
 */
import { BaseError, type Client, HttpRequestError, TimeoutError, type Transport, createClient } from "viem";
import { RpcError } from "../errors.js";
import { profileRequest } from "../model/profile.js";
import { RpcAnswerError, batchTransport } from "./rpc-batch.js";
import { rpcBatchSize, rpcTimeout } from "./rpc-timeout.js";

export interface RpcStats {
  /** HTTP requests sent (one per JSON-RPC batch). */
  httpRequests: number;
  /** JSON-RPC calls carried by those requests. */
  rpcCalls: number;
}

export interface CountingClient {
  client: Client<Transport>;
  stats: RpcStats;
  /** Zero the counters (e.g. between a deployment and the refresh being measured). */
  reset(): void;
}

export { DEFAULT_RPC_TIMEOUT_MS, rpcTimeout, setRpcTimeout } from "./rpc-timeout.js";
export { RpcAnswerError } from "./rpc-batch.js";

export interface RpcTransportConfig {
  /** Calls per HTTP request (calls started in one event-loop turn travel together); without it each call alone. */
  batchSize?: number;
  /** Called once per HTTP request sent, with the JSON-RPC calls it carries (`countRequests`). */
  onRequest?: (calls: number) => void;
}

/**
 * The HTTP transport with the configured timeout (chain/rpc-batch.ts). Errors the node may recover from (rate
 * limits, 5xx, a refused connection) are retried twice for requests of reads only; a request that may change state
 * only when it cannot have been executed (a refused connection, a rate limit). A timeout is not retried: a node that
 * accepts connections and never answers would otherwise cost three timeouts before the user hears of it.
 */
export function rpcTransport(url: string, config: RpcTransportConfig = {}): Transport {
  return batchTransport(url, { ...config, timeout: rpcTimeout() });
}

export function createCountingClient(url: string, options: { batchSize?: number } = {}): CountingClient {
  const stats: RpcStats = { httpRequests: 0, rpcCalls: 0 };
  const transport = rpcTransport(url, { batchSize: options.batchSize ?? rpcBatchSize(), onRequest: countRequests(stats) });
  const client = createClient({ transport });
  return {
    client,
    stats,
    reset() {
      stats.httpRequests = 0;
      stats.rpcCalls = 0;
    },
  };
}

/** The transport hook that counts each HTTP request and the JSON-RPC calls it carries into `stats` (and the profile). */
export function countRequests(stats: RpcStats): (calls: number) => void {
  return (calls) => {
    stats.httpRequests += 1;
    stats.rpcCalls += calls;
    profileRequest(calls);
  };
}

/**
 * The RpcError for a failed request to `url` (network `name`), or undefined when `error` is not a transport
 * failure (a revert, a decoding error… are someone else's to explain).
 */
export function rpcFailure(error: unknown, name: string, url: string): RpcError | undefined {
  if (!(error instanceof BaseError)) return undefined;
  if (error.walk((e) => e instanceof TimeoutError) !== null)
    return new RpcError(`network ${name}: ${url} did not answer within ${formatSeconds(rpcTimeout())}`, {
      code: "rpc.timeout",
      hint: "check that the node is up and synced, or give it longer with --rpc-timeout <seconds>",
      cause: error,
    });
  const answer = error.walk((e) => e instanceof RpcAnswerError) as RpcAnswerError | null;
  if (answer !== null)
    return new RpcError(`network ${name}: ${url} gave an answer that does not match the request: ${answer.details}`, {
      code: "rpc.bad-answer",
      hint: "the node (or a proxy in front of it) answered the JSON-RPC batch incorrectly; try another node, or a smaller batch",
      cause: error,
    });
  const http = error.walk((e) => e instanceof HttpRequestError) as HttpRequestError | null;
  if (http !== null)
    return new RpcError(
      `network ${name}: ${url} ${http.status !== undefined ? `answered HTTP ${http.status}` : "cannot be reached"}: ${(http.details || http.shortMessage).split("\n")[0]}`,
      {
        code: "rpc.unreachable",
        hint: "check the network's rpcUrl in halo.config.ts (or its environment variable) and that the node is running",
        cause: error,
      },
    );
  return undefined;
}

const formatSeconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/**
 * What one client already read at one block, by key (the query): `observe`'s two refreshes at one block share the
 * reads that do not depend on the caller's names. Only the latest block asked about is kept (a client that follows
 * the chain does not accumulate one system read per block); a read that fails is forgotten.
 */
const memories = new WeakMap<CountingClient, { block: string; entries: Map<string, Promise<unknown>> }>();

export function remember<T>(
  rpc: CountingClient,
  block: string,
  key: string,
  read: () => Promise<T>,
): { promise: Promise<T>; remembered: boolean } {
  let memory = memories.get(rpc);
  if (memory === undefined || memory.block !== block) memories.set(rpc, (memory = { block, entries: new Map() }));
  const entries = memory.entries;
  const known = entries.get(key);
  if (known !== undefined) return { promise: known as Promise<T>, remembered: true };
  const promise = read();
  entries.set(key, promise);
  promise.catch(() => entries.delete(key));
  return { promise, remembered: false };
}
