/**
 * The class lens's own HTTP client: the run's transport (chain/rpc.ts `rpcTransport`: timeout, retries, JSON-RPC
 * batches, the same request / call counters) with its own batch queue, so the lens's large calls travel in batches
 * of their own, of the run's client's batch size. Its answers are read like every answer of the run: without a
 * UTF-8 decode and, for the usual all-results shape, without `JSON.parse` (rpc-fetch.ts `parseRpcText`).
 */
import { createClient } from "viem";
import { type CountingClient, countRequests, rpcTransport } from "./rpc.js";
import { rpcBatchSize } from "./rpc-timeout.js";

const clients = new WeakMap<object, CountingClient["client"]>();

/**
 * The client the class lens sends its calls with: `rpc`'s node, counters and batch size (`createCountingClient(url,
 * { batchSize })`); `rpc.client` itself when it is not an HTTP client (a test's custom transport).
 */
export function lensClient(rpc: CountingClient): CountingClient["client"] {
  let client = clients.get(rpc);
  if (client !== undefined) return client;
  const transport = rpc.client.transport as { url?: unknown; type?: unknown; batchSize?: unknown };
  if (typeof transport.url !== "string" || transport.type !== "http") client = rpc.client;
  else {
    const batchSize = typeof transport.batchSize === "number" ? transport.batchSize : rpcBatchSize();
    client = createClient({ transport: rpcTransport(transport.url, { batchSize, onRequest: countRequests(rpc.stats) }) });
  }
  clients.set(rpc, client);
  return client;
}
