/**
 * refresh stage: the history cache's part of rounds 0 and 1 (chain/history-cache.ts, docs/chain.md "The history
 * cache"): which entries a refresh opens, a block as round 0 reads it, and the write-back of the factory's deployment
 * records and the PAS BeamState / Timelock logs at final blocks. The role logs' part is roles-from-logs.ts's
 * `readRoleBookCached`.
 *
 * A write-back at a later final block keeps the cached body's bytes and appends the new logs / records after them
 * (`appendLogSections`, `appendDeploymentSections`): on a live chain the final block has moved at almost every run,
 * and re-encoding the ~28,000 cached PAS logs and ~11,000 records of 1,000 classes each time cost ~0.3 s.
 */
import type { Hex } from "viem";
import type { SystemAddresses } from "../model/observed.js";
import { type BlockRef, type HistoryCache, type VerifiedHistory, openHistoryCache } from "./history-cache.js";
import type { RawLog } from "./lens-logs.js";
import { appendLogSections, rawLogSections } from "./log-sections.js";
import { type PlacedDeployment, appendDeploymentSections, deploymentSections, deploymentsKey } from "./deployment-records.js";
import { pasLogsKey } from "./refresh-logs.js";
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

/** A cached body and the block it covers up to, as round 1 used it. */
export interface CachedBody {
  coveredTo: bigint;
  sections: readonly Buffer[];
}

/** What round 1 read that the history cache keeps: each kind's cached body (when used) and what came after it. */
export interface WriteBack {
  /** The BeamState / Timelock logs (round 1's PAS query: no other contract's logs), undecoded. */
  pas: { cached: CachedBody | undefined; later: Promise<readonly RawLog[]> };
  /** The factory's deployment records after the cached ones (all of them without a usable entry). */
  deployments: { cached: CachedBody | undefined; later: readonly PlacedDeployment[] };
}

/**
 * Store what lies at final blocks when the final block has moved past an entry (or there is none): the cached body
 * with the new logs / records appended. Never throws (a write that cannot be made leaves the cache as it was).
 */
export async function writeBack(history: VerifiedHistory, read: WriteBack, finalRead: Promise<BlockRef>): Promise<void> {
  const final = await finalRead;
  if (final === undefined) return;
  const upTo = final.number;
  try {
    const { pas, deployments } = read;
    if (pas.cached === undefined || upTo > pas.cached.coveredTo) {
      const kept = (await pas.later).filter((l) => BigInt(l.blockNumber) <= upTo);
      history.write("pas-logs", final, pas.cached === undefined ? rawLogSections(kept) : appendLogSections(pas.cached.sections, kept));
    }
    if (deployments.cached === undefined || upTo > deployments.cached.coveredTo) {
      const kept = deployments.later.filter((r) => r.block <= upTo);
      const sections = deployments.cached === undefined ? deploymentSections(kept) : appendDeploymentSections(deployments.cached.sections, kept);
      history.write("deployments", final, sections);
    }
  } catch {
    // a log the node answered that the body cannot hold (not 32-byte topics, say): the next run reads the node again
  }
}
