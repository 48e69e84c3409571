/**
 * The reconciler's read client: viem over HTTP with JSON-RPC batching, and a count of the HTTP requests it
 * made (the refresh's request budget is measured with it, and the benchmarks report it).
 *
 * Every call started in the same event-loop turn (a `Promise.all` round) leaves in one HTTP request carrying
 * up to `batchSize` JSON-RPC calls, so a round costs one request however many resources it reads.
 */
import { type Client, type Transport, createClient, http } from "viem";

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

/** JSON-RPC calls per HTTP request; anvil and mainstream providers accept batches of this size. */
export const DEFAULT_BATCH_SIZE = 500;

export function createCountingClient(url: string, options: { batchSize?: number } = {}): CountingClient {
  const stats: RpcStats = { httpRequests: 0, rpcCalls: 0 };
  const transport = http(url, {
    batch: { batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE, wait: 0 },
    // Reads are cheap and idempotent; a flaky node is retried by viem, and each retry is counted.
    retryCount: 2,
    onFetchRequest: (_request, init) => {
      stats.httpRequests += 1;
      try {
        const body: unknown = JSON.parse(String(init.body));
        stats.rpcCalls += Array.isArray(body) ? body.length : 1;
      } catch {
        stats.rpcCalls += 1;
      }
    },
  });
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
