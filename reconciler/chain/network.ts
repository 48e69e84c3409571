/**
 * refreshNetwork: the refresh as the CLI commands need it, from a network resolved by reconciler/config —
 * its RPC URL, its system addresses, the first block of the log scan (the `deployBlock` a devnet writes to
 * its addresses file) — after checking that the RPC serves the network's chain. `desired` (the desired
 * resource map) names the rate-limit flows the chain cannot name.
 */
import { existsSync, readFileSync } from "node:fs";
import { BaseError, type Hex, HttpRequestError } from "viem";
import type { ResolvedNetwork } from "../config/index.js";
import type { ResourceMap } from "../model/observed.js";
import { ChainMismatchError, type RefreshResult, flowNamesFromResources, refreshWith } from "./refresh.js";
import { type CountingClient, createCountingClient } from "./rpc.js";

export class NetworkError extends Error {
  override name = "NetworkError";
}

export interface RefreshNetworkOptions {
  /** The desired resources (plan/from-desired.ts `desiredResources`): their rate-limit keys name the flows. */
  desired?: ResourceMap;
  /** Pin this block instead of the latest. */
  blockNumber?: bigint;
  /** Timelock operation ids whose state is wanted (e.g. a saved plan's). */
  watch?: readonly Hex[];
  /** First block of the timelock log scan when the addresses file does not say (default 0). */
  fromBlock?: bigint;
  /** Reuse a client (and its request counter), e.g. across a plan and its apply. */
  rpc?: CountingClient;
}

/** The `deployBlock` of a network's addresses file, if it has one. */
export function deployBlockOf(network: ResolvedNetwork): bigint | undefined {
  const file = network.addressesFile;
  if (file === undefined || !file.found || !existsSync(file.path)) return undefined;
  try {
    const raw = JSON.parse(readFileSync(file.path, "utf8")) as { deployBlock?: unknown };
    return typeof raw.deployBlock === "string" && /^[0-9]+$/.test(raw.deployBlock)
      ? BigInt(raw.deployBlock)
      : undefined;
  } catch {
    return undefined;
  }
}

export async function refreshNetwork(
  network: ResolvedNetwork,
  options: RefreshNetworkOptions = {},
): Promise<RefreshResult> {
  const missing = (["configurator", "beamState", "timelock"] as const).filter(
    (c) => network.addresses[c] === undefined,
  );
  if (missing.length > 0) {
    const where = network.addressesFile
      ? network.addressesFile.found
        ? ` (nor in ${network.addressesFile.path})`
        : ` and ${network.addressesFile.path} does not exist: is the devnet running (halo devnet)?`
      : "";
    throw new NetworkError(`network ${network.name}: no address for ${missing.join(", ")}${where}`);
  }
  const rpc = options.rpc ?? createCountingClient(network.rpcUrl);
  const fromBlock = deployBlockOf(network) ?? options.fromBlock;
  let result: RefreshResult;
  try {
    result = await refreshWith(rpc, {
      addresses: network.addresses,
      ...(options.blockNumber !== undefined ? { blockNumber: options.blockNumber } : {}),
      ...(fromBlock !== undefined ? { fromBlock } : {}),
      ...(options.desired !== undefined ? { flowNames: flowNamesFromResources(options.desired) } : {}),
      ...(options.watch !== undefined ? { watch: options.watch } : {}),
      chainId: network.chainId,
    });
  } catch (error) {
    if (error instanceof ChainMismatchError) {
      throw new NetworkError(
        `network ${network.name}: ${network.rpcUrl} serves chain ${error.actual}, not ${error.expected}`,
      );
    }
    if (error instanceof BaseError && error.walk((e) => e instanceof HttpRequestError) !== null) {
      throw new NetworkError(`network ${network.name}: ${network.rpcUrl} does not answer: ${error.shortMessage}`);
    }
    throw error;
  }
  return result;
}
