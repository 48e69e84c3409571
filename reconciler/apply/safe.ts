/**
 * Governance payloads for a Safe multisig: the Safe Transaction Builder's batch JSON (import it in the Safe
 * app), the MultiSendCallOnly encoding of several calls as one Safe transaction, and the EIP-712 `safeTxHash`
 * owners sign, so a reviewer can check that the hash shown by their wallet is the one the plan produced.
 *
 * Every inner call is a CALL (operation 0). MultiSendCallOnly refuses DELEGATECALL inside a batch, so a batch
 * cannot run foreign code in the Safe's context; only the outer Safe transaction delegatecalls into
 * MultiSendCallOnly itself (that is how the Safe's address becomes `msg.sender` of every inner call).
 */
import {
  type Address,
  type Hex,
  concatHex,
  decodeFunctionData,
  encodeFunctionData,
  encodePacked,
  getAddress,
  hashTypedData,
  hexToBigInt,
  size,
  sliceHex,
  zeroAddress,
} from "viem";
import type { Batch, Transaction } from "../plan/actions.js";
import type { Plan } from "../plan/planner.js";

/** Safe v1.3.0 canonical MultiSendCallOnly (same address on every chain where it is deployed; verify it). */
export const MULTISEND_CALL_ONLY_V130: Address = "0x40A2aCCbd92BCA938b02010E17A5b8929b49130D";

export const multiSendAbi = [
  {
    type: "function",
    name: "multiSend",
    stateMutability: "payable",
    inputs: [{ name: "transactions", type: "bytes" }],
    outputs: [],
  },
] as const;

export class SafeEncodingError extends Error {}

export interface SafeCall extends Transaction {
  /** Only 0 (CALL) is accepted. */
  operation?: number;
}

/** The packed `transactions` bytes of MultiSend: per call `uint8 op ‖ address to ‖ uint256 value ‖ uint256 len ‖ data`. */
export function encodeMultiSendTransactions(calls: readonly SafeCall[]): Hex {
  if (calls.length === 0) throw new SafeEncodingError("a MultiSend batch needs at least one call");
  return concatHex(
    calls.map((c, i) => {
      if ((c.operation ?? 0) !== 0)
        throw new SafeEncodingError(
          `call ${i}: operation ${c.operation} refused: MultiSendCallOnly batches are CALL only`,
        );
      return encodePacked(
        ["uint8", "address", "uint256", "uint256", "bytes"],
        [0, c.to, c.value, BigInt(size(c.data)), c.data],
      );
    }),
  );
}

/** Calldata of `MultiSendCallOnly.multiSend(transactions)`. */
export function encodeMultiSendCallOnly(calls: readonly SafeCall[]): Hex {
  return encodeFunctionData({
    abi: multiSendAbi,
    functionName: "multiSend",
    args: [encodeMultiSendTransactions(calls)],
  });
}

/** Inverse of `encodeMultiSendCallOnly`, for review and tests; refuses any non-CALL entry. */
export function decodeMultiSendCallOnly(data: Hex): SafeCall[] {
  const { args } = decodeFunctionData({ abi: multiSendAbi, data });
  const packed = args[0];
  const out: SafeCall[] = [];
  let i = 0;
  const total = size(packed);
  while (i < total) {
    const op = Number(hexToBigInt(sliceHex(packed, i, i + 1)));
    if (op !== 0) throw new SafeEncodingError(`entry ${out.length}: operation ${op} is not a CALL`);
    const to = getAddress(sliceHex(packed, i + 1, i + 21));
    const value = hexToBigInt(sliceHex(packed, i + 21, i + 53));
    const len = Number(hexToBigInt(sliceHex(packed, i + 53, i + 85)));
    const callData = len === 0 ? "0x" : sliceHex(packed, i + 85, i + 85 + len);
    out.push({ to, value, data: callData, operation: 0 });
    i += 85 + len;
  }
  return out;
}

export interface SafeTx {
  to: Address;
  value: bigint;
  data: Hex;
  /** 0 CALL, 1 DELEGATECALL */
  operation: 0 | 1;
  safeTxGas: bigint;
  baseGas: bigint;
  gasPrice: bigint;
  gasToken: Address;
  refundReceiver: Address;
  nonce: bigint;
}

/**
 * One Safe transaction for a set of calls: the call itself when there is one, otherwise a DELEGATECALL into
 * MultiSendCallOnly. No gas refund (all gas fields zero).
 */
export function safeTxForCalls(
  calls: readonly Transaction[],
  nonce: bigint,
  multiSendCallOnly: Address = MULTISEND_CALL_ONLY_V130,
): SafeTx {
  const zero = { safeTxGas: 0n, baseGas: 0n, gasPrice: 0n, gasToken: zeroAddress, refundReceiver: zeroAddress, nonce };
  if (calls.length === 1) {
    const c = calls[0]!;
    return { to: c.to, value: c.value, data: c.data, operation: 0, ...zero };
  }
  const value = calls.reduce((n, c) => n + c.value, 0n);
  return { to: multiSendCallOnly, value, data: encodeMultiSendCallOnly(calls), operation: 1, ...zero };
}

/** EIP-712 hash of a Safe transaction (Safe ≥ 1.3.0: the domain is chainId + verifyingContract). */
export function safeTxHash(safe: Address, chainId: number, tx: SafeTx): Hex {
  return hashTypedData({
    domain: { chainId, verifyingContract: safe },
    types: {
      SafeTx: [
        { name: "to", type: "address" },
        { name: "value", type: "uint256" },
        { name: "data", type: "bytes" },
        { name: "operation", type: "uint8" },
        { name: "safeTxGas", type: "uint256" },
        { name: "baseGas", type: "uint256" },
        { name: "gasPrice", type: "uint256" },
        { name: "gasToken", type: "address" },
        { name: "refundReceiver", type: "address" },
        { name: "nonce", type: "uint256" },
      ],
    },
    primaryType: "SafeTx",
    message: tx,
  });
}

export interface SafeBatchFile {
  version: "1.0";
  chainId: string;
  createdAt: number;
  meta: {
    name: string;
    description: string;
    txBuilderVersion: string;
    createdFromSafeAddress: Address;
    createdFromOwnerAddress: string;
  };
  transactions: { to: Address; value: string; data: Hex; contractMethod: null; contractInputsValues: null }[];
}

/**
 * A Safe Transaction Builder batch file. The optional `meta.checksum` is left out: the builder accepts files
 * without it, and a wrong checksum would be worse than none.
 */
export function safeBatchFile(opts: {
  chainId: number;
  safe: Address;
  name: string;
  description: string;
  transactions: readonly Transaction[];
  createdAt?: number;
}): SafeBatchFile {
  if (opts.transactions.length === 0) throw new SafeEncodingError("a Safe batch needs at least one transaction");
  return {
    version: "1.0",
    chainId: String(opts.chainId),
    createdAt: opts.createdAt ?? Date.now(),
    meta: {
      name: opts.name,
      description: opts.description,
      txBuilderVersion: "1.16.5",
      createdFromSafeAddress: getAddress(opts.safe),
      createdFromOwnerAddress: "",
    },
    transactions: opts.transactions.map((t) => ({
      to: getAddress(t.to),
      value: t.value.toString(),
      data: t.data,
      contractMethod: null,
      contractInputsValues: null,
    })),
  };
}

/** The Safe batch file of one plan batch signed by a Safe (e.g. GovOps' Configurator calls, a Core Council schedule). */
export function safeBatchFileForPlanBatch(plan: Plan, batch: Batch, safe: Address, createdAt?: number): SafeBatchFile {
  const base = {
    chainId: plan.chainId,
    safe,
    name: `halo plan ${plan.seed.slice(0, 10)} ${batch.id}`,
    description: `${batch.kind} by ${batch.actor}, earliest ${new Date(Number(batch.earliestAt) * 1000).toISOString()}; actions: ${batch.actionIds.join(", ")}`,
    transactions: batch.transactions,
  };
  return createdAt === undefined ? safeBatchFile(base) : safeBatchFile({ ...base, createdAt });
}
