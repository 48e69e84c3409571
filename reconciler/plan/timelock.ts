/**
 * OpenZeppelin v5 `TimelockController` semantics, reproduced off-chain so that a plan can name the exact
 * operation ids it will create, recognise operations that are already pending on BEAMTimeLock, and write
 * the `scheduleBatch` / `executeBatch` calldata that governance signs.
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
import { beamTimeLockAbi } from "../abi/BEAMTimeLock.js";

/** A single call inside a timelock operation. */
export interface TimelockCall {
  target: Address;
  value: bigint;
  data: Hex;
}

/** Everything that determines an operation's id (the `delay` does not). */
export interface TimelockOperation {
  calls: readonly TimelockCall[];
  predecessor: Hex;
  salt: Hex;
  /**
   * Scheduled with `schedule` (one call) rather than `scheduleBatch`: its id is `hashOperation` and it is
   * executed with `execute`. The factory schedules its cBEAM grants this way.
   */
  single?: boolean;
}

export const ZERO_BYTES32: Hex = "0x0000000000000000000000000000000000000000000000000000000000000000";

/** OZ stores `1` as the timestamp of an executed operation. */
export const DONE_TIMESTAMP = 1n;

/** BEAMTimeLock's ABI, generated from the contract (an OpenZeppelin TimelockController plus pause). */
export const timelockAbi = beamTimeLockAbi;

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

/** The operation's id: `hashOperation` for a single-call operation, `hashOperationBatch` otherwise. */
export function operationId(op: TimelockOperation): Hex {
  if (op.single === true) {
    const call = op.calls[0];
    if (call === undefined || op.calls.length !== 1)
      throw new Error("a single timelock operation has exactly one call");
    return hashOperation(call, op.predecessor, op.salt);
  }
  return hashOperationBatch(op);
}

/** `execute(...)` for a single-call operation, `executeBatch(...)` otherwise. */
export function encodeExecute(op: TimelockOperation): Hex {
  if (op.single === true) {
    const call = op.calls[0]!;
    return encodeFunctionData({
      abi: timelockAbi,
      functionName: "execute",
      args: [call.target, call.value, call.data, op.predecessor, op.salt],
    });
  }
  return encodeExecuteBatch(op);
}

/**
 * Marks an observed operation as single when its id is the single-call hash (the factory's `schedule`),
 * so that the plan executes it with `execute`, under the id the timelock knows.
 */
export function withKind(op: TimelockOperation & { id: Hex }): TimelockOperation {
  const base = { calls: op.calls, predecessor: op.predecessor, salt: op.salt };
  const call = op.calls[0];
  if (
    op.calls.length === 1 &&
    call !== undefined &&
    hashOperation(call, op.predecessor, op.salt) === op.id.toLowerCase()
  )
    return { ...base, single: true };
  return base;
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
