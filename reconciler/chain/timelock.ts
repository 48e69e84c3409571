/**
 * The PAS Timelock (an OpenZeppelin v5 `TimelockController` that accepts batches only) reproduced off-chain,
 * so that a plan can name the exact operation ids it will create (`hashOperationBatch`), recognise operations
 * already pending, and write the `scheduleBatch` / `executeBatch` calldata. PAS refuses single `schedule` /
 * `execute`: every operation here is a batch, even of one call.
 */
import {
  type Address,
  type Hex,
  decodeFunctionData,
  encodeAbiParameters,
  encodeFunctionData,
  keccak256,
  getAddress,
} from "viem";
import { pasTimelockAbi } from "../abi/PasTimelock.js";

// A call and an operation are part of the observed model (model/observed.ts).
export type { TimelockCall, TimelockOperation } from "../model/observed.js";
import type { TimelockCall, TimelockOperation } from "../model/observed.js";

export const ZERO_BYTES32: Hex = "0x0000000000000000000000000000000000000000000000000000000000000000";

/** OZ stores `1` as the timestamp of an executed operation. */
export const DONE_TIMESTAMP = 1n;

/** The Timelock's ABI (an OpenZeppelin TimelockController; PAS adds pause and batch-only). */
export const timelockAbi = pasTimelockAbi;

/** `hashOperation(target, value, data, predecessor, salt)` of OZ v5. */
export function hashOperation(call: TimelockCall, predecessor: Hex, salt: Hex): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: "address" }, { type: "uint256" }, { type: "bytes" }, { type: "bytes32" }, { type: "bytes32" }],
      [call.target, call.value, call.data, predecessor, salt],
    ),
  );
}

/** `hashOperationBatch(targets, values, payloads, predecessor, salt)` of OZ v5. */
export function hashOperationBatch(op: TimelockOperation): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: "address[]" }, { type: "uint256[]" }, { type: "bytes[]" }, { type: "bytes32" }, { type: "bytes32" }],
      [
        op.calls.map((c) => c.target),
        op.calls.map((c) => c.value),
        op.calls.map((c) => c.data),
        op.predecessor,
        op.salt,
      ],
    ),
  );
}

function batchArgs(op: TimelockOperation) {
  return [
    op.calls.map((c) => c.target),
    op.calls.map((c) => c.value),
    op.calls.map((c) => c.data),
    op.predecessor,
    op.salt,
  ] as const;
}

export function encodeScheduleBatch(op: TimelockOperation, delay: bigint): Hex {
  return encodeFunctionData({ abi: timelockAbi, functionName: "scheduleBatch", args: [...batchArgs(op), delay] });
}

export function encodeExecuteBatch(op: TimelockOperation): Hex {
  return encodeFunctionData({ abi: timelockAbi, functionName: "executeBatch", args: batchArgs(op) });
}

/** Decodes `scheduleBatch` or `executeBatch` calldata back into the operation (and the delay, if scheduled). */
export function decodeTimelockBatch(data: Hex): {
  functionName: "scheduleBatch" | "executeBatch";
  op: TimelockOperation;
  delay?: bigint;
} {
  const decoded = decodeFunctionData({ abi: timelockAbi, data });
  if (decoded.functionName !== "scheduleBatch" && decoded.functionName !== "executeBatch") {
    throw new Error(`not a timelock batch call: ${decoded.functionName}`);
  }
  const [targets, values, payloads, predecessor, salt] = decoded.args;
  if (targets.length !== values.length || targets.length !== payloads.length) {
    throw new Error("timelock batch: targets, values and payloads differ in length");
  }
  const calls = targets.map((target, i) => ({ target: getAddress(target), value: values[i]!, data: payloads[i]! }));
  const op: TimelockOperation = { calls, predecessor, salt };
  if (decoded.functionName === "scheduleBatch") return { functionName: "scheduleBatch", op, delay: decoded.args[5] };
  return { functionName: "executeBatch", op };
}

export type OperationState = "Unset" | "Waiting" | "Ready" | "Done";

/** OZ v5 `getOperationState`, from the stored timestamp and the block's timestamp. */
export function operationState(timestamp: bigint, now: bigint): OperationState {
  if (timestamp === 0n) return "Unset";
  if (timestamp === DONE_TIMESTAMP) return "Done";
  if (timestamp > now) return "Waiting";
  return "Ready";
}

/**
 * The salt of the `batchIndex`-th timelock operation of a plan. Deriving it from the plan's seed means two
 * plans that happen to schedule identical calls (e.g. a grant revoked and granted again later) never produce
 * the same operation id, which OZ would refuse as "already scheduled".
 */
export function planSalt(planSeed: Hex, batchIndex: number): Hex {
  return keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "uint256" }], [planSeed, BigInt(batchIndex)]));
}

/** Same target, value and calldata (addresses compared case-insensitively, calldata as lower-case hex). */
export function sameCall(a: TimelockCall, b: TimelockCall): boolean {
  return (
    a.target.toLowerCase() === b.target.toLowerCase() &&
    a.value === b.value &&
    a.data.toLowerCase() === b.data.toLowerCase()
  );
}
