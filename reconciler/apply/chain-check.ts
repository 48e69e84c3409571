/**
 * The journal's `ChainCheck` against a real chain: what happened to a unit whose intent was journaled but
 * whose result was not (the apply was killed in between). Only the few reads it needs are required of the
 * client, so tests can pass a stand-in and `halo apply` a viem PublicClient.
 */
import { existsSync } from "node:fs";
import type { Address, Hex } from "viem";
import { operationState, timelockAbi } from "../chain/timelock.js";
import type { ChainCheck } from "./journal.js";
import { ChainError } from "../errors.js";

export interface CheckClient {
  getTransactionReceipt(args: {
    hash: Hex;
  }): Promise<{ status: "success" | "reverted"; blockNumber: bigint; transactionHash: Hex }>;
  getTransactionCount(args: { address: Address; blockTag: "latest" }): Promise<number>;
  readContract(args: {
    address: Address;
    abi: typeof timelockAbi;
    functionName: "getTimestamp";
    args: readonly [Hex];
  }): Promise<bigint>;
  getBlock(args: { blockTag: "latest" }): Promise<{ timestamp: bigint }>;
}

export class InDoubtError extends ChainError {
  override name = "InDoubtError";
}

/**
 * - a recorded tx hash with a receipt → its status;
 * - a timelock unit → the operation's state (scheduled: anything but Unset; executed: Done);
 * - a payload → the file exists;
 * - a sender nonce already used with no receipt for the recorded hash → InDoubtError: a human must look
 *   (the transaction may have been replaced); re-sending could duplicate it;
 * - otherwise nothing reached the chain (undefined): the unit may be sent again.
 */
export function chainCheck(client: CheckClient, timelock: Address): ChainCheck {
  return async (unit, intent, txHash) => {
    if (txHash !== undefined) {
      try {
        const r = await client.getTransactionReceipt({ hash: txHash });
        return {
          status: r.status === "success" ? "success" : "reverted",
          txHash: r.transactionHash,
          blockNumber: r.blockNumber.toString(),
        };
      } catch {
        // not mined (yet, or dropped): fall through to the other evidence
      }
    }
    if (
      intent.timelockOperationId !== undefined &&
      (intent.kind === "timelock-schedule" || intent.kind === "timelock-execute")
    ) {
      const ts = await client.readContract({
        address: timelock,
        abi: timelockAbi,
        functionName: "getTimestamp",
        args: [intent.timelockOperationId],
      });
      const { timestamp: now } = await client.getBlock({ blockTag: "latest" });
      const state = operationState(ts, now);
      if (intent.kind === "timelock-schedule" && state !== "Unset")
        return { status: "already-done", note: `operation ${intent.timelockOperationId} is ${state}` };
      if (intent.kind === "timelock-execute" && state === "Done")
        return { status: "already-done", note: `operation ${intent.timelockOperationId} is Done` };
    }
    if (intent.kind === "payload" && intent.path !== undefined && existsSync(intent.path)) {
      return { status: "written", note: `${intent.path} exists` };
    }
    if (intent.tx?.from !== undefined && intent.tx.nonce !== undefined) {
      const count = await client.getTransactionCount({ address: intent.tx.from, blockTag: "latest" });
      if (count > intent.tx.nonce) {
        throw new InDoubtError(
          `${unit}: nonce ${intent.tx.nonce} of ${intent.tx.from} was used, but no receipt matches the journal` +
            `${txHash === undefined ? "" : ` (${txHash})`}: check the account's transactions before re-running apply`,
        );
      }
    }
    return undefined;
  };
}
