/**
 * The RPC settings of the run (`--rpc-timeout`, `--rpc-batch-size`), kept apart from chain/rpc.ts so that the CLI can
 * set them without loading viem (`halo --help` / `--version` load no command and no chain code).
 */

/** How long one JSON-RPC request may take before the node is declared silent (ms). */
export const DEFAULT_RPC_TIMEOUT_MS = 10_000;

let rpcTimeoutMs = DEFAULT_RPC_TIMEOUT_MS;

/** Set the timeout of every transport made from now on (the CLI's `--rpc-timeout`). */
export function setRpcTimeout(ms: number): void {
  if (!Number.isFinite(ms) || ms <= 0) throw new RangeError(`rpc timeout must be a positive number of ms, got ${ms}`);
  rpcTimeoutMs = ms;
}

export function rpcTimeout(): number {
  return rpcTimeoutMs;
}

/**
 * The most JSON-RPC calls one HTTP request carries. Hosted providers cap a batch (often between 100 and 1,000 calls,
 * some lower) and refuse a longer one; a lower size costs more requests, never other answers.
 */
export const DEFAULT_RPC_BATCH_SIZE = 500;

let rpcBatchSizeCalls = DEFAULT_RPC_BATCH_SIZE;

/** Set the batch size of every client made from now on without its own (the CLI's `--rpc-batch-size`). */
export function setRpcBatchSize(calls: number): void {
  if (!Number.isSafeInteger(calls) || calls < 1) throw new RangeError(`rpc batch size must be a whole number of calls ≥ 1, got ${calls}`);
  rpcBatchSizeCalls = calls;
}

export function rpcBatchSize(): number {
  return rpcBatchSizeCalls;
}
