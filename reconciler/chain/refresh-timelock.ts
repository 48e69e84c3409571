/**
 * refresh stage: the PAS Timelock's pending operations (reconciler/chain/refresh.ts). The operations the logs
 * scheduled, with the timestamps round 2 read, keep those still pending; when the Timelock counts more pending
 * operations than the log scan found (scheduled before `fromBlock`), one extra round walks its pending list and reads
 * each missing operation from the Timelock itself.
 */
import type { Address, Hex } from "viem";
import { readContract } from "viem/actions";
import { pasTimelockAbi } from "../abi/index.js";
import { getAddress } from "../model/address.js";
import type { ObservedTimelockOperation } from "../model/observed.js";
import type { ScheduledCalls } from "./refresh-logs.js";
import { walkPendingList } from "./refresh-pas.js";
import type { CountingClient } from "./rpc.js";

export interface TimelockOperations {
  /** `getTimestamp` of every watched id and every operation read from the Timelock (lower case ids). */
  operationTimestamps: Record<Hex, bigint>;
  /** Pending operations by id (lower case). */
  timelockOperations: Map<string, ObservedTimelockOperation>;
  /** Whether the pending list was walked (one more round). */
  round: boolean;
}

export async function collectOperations(
  client: CountingClient["client"],
  timelock: Address,
  scheduled: ScheduledCalls,
  watchIds: readonly Hex[],
  timestamps: readonly bigint[],
  operationCount: bigint,
  blockNumber: bigint,
): Promise<TimelockOperations> {
  const at = { blockNumber } as const;
  let round = false;
  const operationTimestamps: Record<Hex, bigint> = {};
  watchIds.forEach((id, i) => (operationTimestamps[id] = timestamps[i]!));
  const timelockOperations = new Map<string, ObservedTimelockOperation>();
  for (const [id, op] of scheduled) {
    const timestamp = operationTimestamps[id.toLowerCase() as Hex] ?? 0n;
    if (timestamp <= 1n) continue; // cancelled (0) or executed (1)
    const calls = [...op.calls]
      .sort((x, y) => (x.index < y.index ? -1 : x.index > y.index ? 1 : 0))
      .map(({ target, value, data }) => ({ target, value, data }));
    timelockOperations.set(id.toLowerCase(), { id, calls, predecessor: op.predecessor, salt: op.salt, timestamp });
  }
  // The Timelock lists more pending operations than the log scan found (scheduled before `fromBlock`): walk its
  // pending list (sequential reads, only in this case) and read each missing operation from the Timelock itself.
  if (operationCount > BigInt(timelockOperations.size)) {
    round = true;
    const missing = (await walkPendingList(client, timelock, operationCount, blockNumber)).filter(
      (id) => !timelockOperations.has(id.toLowerCase()),
    );
    const read = await Promise.all(
      missing.map((id) =>
        Promise.all([
          readContract(client, {
            address: timelock,
            abi: pasTimelockAbi,
            functionName: "getOperation",
            args: [id],
            ...at,
          }),
          readContract(client, {
            address: timelock,
            abi: pasTimelockAbi,
            functionName: "getTimestamp",
            args: [id],
            ...at,
          }),
        ]),
      ),
    );
    missing.forEach((id, i) => {
      const [op, timestamp] = read[i]!;
      operationTimestamps[id.toLowerCase() as Hex] = timestamp;
      timelockOperations.set(id.toLowerCase(), {
        id,
        calls: op.targets.map((target, j) => ({
          target: getAddress(target),
          value: op.values[j]!,
          data: op.payloads[j]!,
        })),
        predecessor: op.predecessor,
        salt: op.salt,
        timestamp,
      });
    });
  }
  return { operationTimestamps, timelockOperations, round };
}
