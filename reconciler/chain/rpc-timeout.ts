/**
 * The RPC timeout of the run (`--rpc-timeout`), kept apart from chain/rpc.ts so that the CLI can set it without
 * loading viem (`halo --help` / `--version` load no command and no chain code).
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
