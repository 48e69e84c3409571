/**
 * refresh stage: the history cache's part of rounds 0 and 1 (chain/history-cache.ts, docs/chain.md "The history
 * cache"): which entries a refresh opens, a block as round 0 reads it, and the write-back of the factory's deployment
 * records and the PAS BeamState / Timelock logs at final blocks. The role logs' part is roles-from-logs.ts's
 * `readRoleBookCached`.
 */
import type { Hex } from "viem";
import type { SystemAddresses } from "../model/observed.js";
import { type BlockRef, type HistoryCache, type VerifiedHistory, openHistoryCache } from "./history-cache.js";
import { type RawLog, rawLogSections } from "./lens-logs.js";
import {
  type FactoryLogs,
  type PlacedDeployment,
  decodeDeploymentLogs,
  deploymentSections,
  deploymentsKey,
  pasLogsKey,
} from "./refresh-logs.js";
import { rolesKey } from "./roles-from-logs.js";

/** A block's number and hash; undefined when the node does not know it or refuses the request. */
export function blockRef(read: Promise<{ number: bigint | null; hash: Hex | null }>): Promise<BlockRef> {
  return read.then(
    (b) => (b.number === null || b.hash === null ? undefined : { number: b.number, hash: b.hash }),
    () => undefined,
  );
}

/** The history cache's entries a refresh of `system` uses (the factory's deployments, the role logs, the PAS logs). */
export function openHistory(dir: string, system: SystemAddresses, fromBlock: bigint): HistoryCache {
  return openHistoryCache(dir, {
    ...(system.factory !== undefined ? { deployments: deploymentsKey(system.factory, fromBlock) } : {}),
    roles: rolesKey(system.factory, fromBlock),
    "pas-logs": pasLogsKey(system, fromBlock),
  });
}

/**
 * The history cache's BeamState / Timelock logs (round 1's PAS query: no other contract's logs): those at final
 * blocks, when the cache can grow (never throws). `raw` builds the undecoded logs only then.
 */
export async function writePasLogs(
  history: VerifiedHistory,
  raw: () => Promise<readonly RawLog[]>,
  coveredTo: bigint | undefined,
  finalRead: Promise<BlockRef> | undefined,
): Promise<void> {
  const final = await finalRead;
  if (final === undefined || (coveredTo !== undefined && final.number <= coveredTo)) return;
  const kept = (await raw()).filter((l) => BigInt(l.blockNumber) <= final.number);
  history.write("pas-logs", final, rawLogSections(kept));
}

/** The factory's deployment records: the cache's, then the events after its block; the cache grows when it can. */
export async function deploymentRecords(
  factoryLogs: FactoryLogs,
  history: VerifiedHistory | undefined,
  cached: { coveredTo: bigint; records: PlacedDeployment[] } | undefined,
  finalRead: Promise<BlockRef> | undefined,
): Promise<PlacedDeployment[]> {
  const later = decodeDeploymentLogs(factoryLogs);
  const records = cached === undefined ? later : cached.records.concat(later);
  const final = await finalRead;
  if (history !== undefined && final !== undefined && (cached === undefined || final.number > cached.coveredTo))
    history.write("deployments", final, deploymentSections(records.filter((r) => r.block <= final.number)));
  return records;
}
