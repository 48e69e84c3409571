/**
 * Node doubles for the lens and refresh tests: a counting client (chain/rpc.ts) whose JSON-RPC requests first pass
 * through the test's `request`, which may answer, change or refuse them and forwards the rest to the real node.
 */
import { createClient, custom } from "viem";
import type { CountingClient } from "../../chain/rpc.js";

/** A JSON-RPC request as viem's custom transport hands it over. */
export interface RpcArgs {
  method: string;
  params?: unknown[];
}

/**
 * `real` with its requests sent through `request`. `retryCount` is viem's for the custom transport (default: viem's
 * own); `ownStats` gives the double a copy of `real`'s stats instead of sharing them.
 */
export function interceptedClient(
  real: CountingClient,
  request: (args: RpcArgs) => Promise<unknown>,
  options: { retryCount?: number; ownStats?: boolean } = {},
): CountingClient {
  const config = options.retryCount === undefined ? {} : { retryCount: options.retryCount };
  return {
    ...real,
    ...(options.ownStats === true ? { stats: { ...real.stats } } : {}),
    client: createClient({ transport: custom({ request }, config) }),
  };
}
