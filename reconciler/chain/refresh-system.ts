/**
 * refresh stage: rounds 0, 1 and 1b (chain/refresh.ts lists what each round reads) — pin the block (and check the
 * history cache's entries against it), then the system's parameters, the registry lists and the log scans, with
 * what the later stages derive from them (the deployment index, the BeamState's logs, the scheduled operations) and
 * the history cache's write-back.
 */
import { getBlock, getChainId, readContract } from "viem/actions";
import { pasTimelockAbi } from "../abi/index.js";
import { ChainError } from "../errors.js";
import type { SystemAddresses } from "../model/observed.js";
import { profileMark, profilePrefix } from "../model/profile.js";
import { type HistoryCache, VerifiedHistory, afterThisTurn, blocksToCheck } from "./history-cache.js";
import { blockRef, writeBack } from "./refresh-history.js";
import { decodeDeploymentLogs, deploymentSectionsAddUp, deploymentsFromSections, indexDeploymentRecords } from "./deployment-records.js";
import { collectScheduled, startLogReads } from "./refresh-logs.js";
import { readPasGlobals } from "./refresh-pas.js";
import { type RegistryReadOptions, readRegistryRest, startRegistryFirstPages } from "./refresh-registry.js";
import { SYSTEM_ROLES, readRoles } from "./refresh-shared.js";
import type { CountingClient } from "./rpc.js";

export class ChainMismatchError extends ChainError {
  override name = "ChainMismatchError";
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the RPC serves chain ${actual}, not ${expected}`);
  }
}

/**
 * Round 0: the chain id and the block to pin (checked against the expected chain before anything else is read) —
 * with the history cache, in the same batch, the block each cache entry covers up to and the `finalized` block.
 */
export async function pinBlock(
  client: CountingClient["client"],
  options: { blockNumber?: bigint | undefined; chainId?: number | undefined },
  fromBlock: bigint,
  cache: HistoryCache | undefined,
) {
  const checks = cache === undefined ? [] : blocksToCheck(cache);
  const [chainId, block, finalTag, ...checked] = await Promise.all([
    getChainId(client),
    options.blockNumber !== undefined
      ? getBlock(client, { blockNumber: options.blockNumber })
      : getBlock(client, { blockTag: "latest" }),
    cache === undefined ? undefined : blockRef(getBlock(client, { blockTag: "finalized" })),
    ...checks.map((blockNumber) => blockRef(getBlock(client, { blockNumber }))),
  ]);
  if (block.number === null || block.hash === null) throw new Error("the pinned block is still pending");
  if (options.chainId !== undefined && chainId !== options.chainId)
    throw new ChainMismatchError(options.chainId, chainId);
  const pinned = { chainId, blockNumber: block.number, blockHash: block.hash, blockTimestamp: block.timestamp };
  const history =
    cache === undefined
      ? undefined
      : new VerifiedHistory(
          cache,
          chainId,
          fromBlock,
          { number: block.number, hash: block.hash },
          new Map(checks.map((n, i) => [n, checked[i]])),
          finalTag,
          (blockNumber) => blockRef(getBlock(client, { blockNumber })),
        );
  return { ...pinned, history };
}

/**
 * Round 1 (system parameters, first pages, the log scans: every read starts before the first await) and round
 * 1b (the remaining pages, at once), with what the later stages derive from them.
 */
export async function readSystem(
  client: CountingClient["client"],
  system: SystemAddresses,
  fromBlock: bigint,
  blockNumber: bigint,
  pageSize: number,
  history: VerifiedHistory | undefined,
  registry: RegistryReadOptions,
) {
  let rounds = 1;
  const systemRolesRead = readRoles(
    client,
    (Object.keys(SYSTEM_ROLES) as (keyof SystemAddresses)[]).flatMap((name) => {
      const address = system[name];
      return address === undefined ? [] : [{ prefix: name, address, roles: SYSTEM_ROLES[name] }];
    }),
    blockNumber,
  );
  // PAS-wide state: stopped / paused, the address(0) SORL fallback, the pending-operation count, readiness.
  const pasRead = readPasGlobals(client, system, blockNumber);
  // the factory's events after the history cache's block only, when round 0 confirmed the cache (a malformed body: all);
  // its records are read once this round's requests have left
  const entry = history?.entry("deployments");
  const cached = entry !== undefined && deploymentSectionsAddUp(entry.sections) ? { coveredTo: entry.coveredTo, sections: entry.sections } : undefined;
  const pasEntry = history?.entry("pas-logs");
  const logReads = startLogReads(client, system, fromBlock, blockNumber, {
    factoryFrom: cached && cached.coveredTo + 1n,
    pas: pasEntry && { from: pasEntry.coveredTo + 1n, sections: pasEntry.sections },
  });
  const finalRead = history?.finalBlock(); // in this round's batch when the node refused the `finalized` tag
  const minDelayRead = readContract(client, {
    address: system.timelock,
    abi: pasTimelockAbi,
    functionName: "getMinDelay",
    blockNumber,
  });
  const firstPagesRead = startRegistryFirstPages(client, system, pageSize, blockNumber, registry);
  // round 1b (the further registry pages: the largest answer before the class lens) as soon as the first pages are
  // in, before the logs and the cached history are read: the node works on it meanwhile. Awaited after round 1,
  // whose errors come first (a rejection is not left unhandled in between).
  const restRead = firstPagesRead.then((firstPages) => readRegistryRest(client, system, firstPages, pageSize, blockNumber, registry));
  restRead.catch(() => undefined);
  const cachedRecords = cached === undefined ? Promise.resolve([]) : afterThisTurn(() => deploymentsFromSections(cached.sections) ?? []);
  const timelockLogsRead = logReads.timelock();
  const [minDelay, timelockLogs, systemRoles, pasGlobals, beam, factoryLogs, records] = await Promise.all([
    minDelayRead,
    timelockLogsRead,
    systemRolesRead,
    pasRead,
    logReads.beam,
    logReads.factory,
    cachedRecords,
    firstPagesRead,
  ]);
  // after round 1b's requests have left (its calls were made when the first pages came in, in the same answer)
  const { later, deployments } = await afterThisTurn(() => {
    const later = decodeDeploymentLogs(factoryLogs);
    return { later, deployments: indexDeploymentRecords(records.length === 0 ? later : records.concat(later)) };
  });
  profileMark(`${profilePrefix()}: round 1 (system, first pages, logs)`);
  // the history cache's write-back once round 1b's requests have left: its CPU overlaps the node's work on them
  const written =
    history === undefined || finalRead === undefined
      ? undefined
      : afterThisTurn(() => writeBack(history, { pas: logReads.pas, deployments: { cached, later } }, finalRead));
  const rest = await restRead;
  await written;
  if (rest.round) rounds++;
  const scheduled = collectScheduled(timelockLogs);
  profileMark(`${profilePrefix()}: round 1b (registry pages)`);
  return { rounds, minDelay, systemRoles, pasGlobals, beam, deployments, scheduled, lists: rest.lists };
}
