/**
 * Governance payloads for a Safe multisig: the Safe Transaction Builder's batch JSON (import it in the Safe
 * app), the MultiSendCallOnly encoding of several calls as one Safe transaction, and the EIP-712 `safeTxHash`
 * owners sign, so a reviewer can check that the hash shown by their wallet is the one the plan produced.
 *
 * MultiSendCallOnly's address comes from `@safe-global/safe-deployments` for the chain and the Safe version
 * (default 1.4.1). As Safe{Wallet} does, a batch of several calls is one DELEGATECALL into it with outer value 0
 * (each inner call carries its own value, paid from the Safe's balance); one call is sent as itself.
 *
 * Every inner call is a CALL (operation 0). MultiSendCallOnly refuses DELEGATECALL inside a batch, so a batch
 * cannot run foreign code in the Safe's context; only the outer Safe transaction delegatecalls into
 * MultiSendCallOnly itself (that is how the Safe's address becomes `msg.sender` of every inner call).
 */
import {
  type Address,
  type Client,
  type Hex,
  concatHex,
  decodeFunctionData,
  encodeFunctionData,
  encodePacked,
  getAddress,
  hashTypedData,
  hexToBigInt,
  keccak256,
  size,
  sliceHex,
  stringToBytes,
  zeroAddress,
} from "viem";
import { readContract } from "viem/actions";
import { getMultiSendCallOnlyDeployments } from "@safe-global/safe-deployments";
import type { Batch, Plan, Transaction } from "../model/plan-doc.js";
import { InputError, PlanError } from "../errors.js";

/** Safe v1.3.0 canonical MultiSendCallOnly (same address on every chain where it is deployed; verify it). */
export const MULTISEND_CALL_ONLY_V130: Address = "0x40A2aCCbd92BCA938b02010E17A5b8929b49130D";

/** The Safe version whose MultiSendCallOnly is used unless told otherwise. */
export const DEFAULT_SAFE_VERSION = "1.4.1";

/**
 * MultiSendCallOnly of Safe `version` on `chainId`, from @safe-global/safe-deployments: the canonical deployment
 * when the chain has it, else the chain's only one. A chain it does not list is an InputError (pass the address).
 */
export function multiSendCallOnlyAddress(chainId: number, version: string = DEFAULT_SAFE_VERSION): Address {
  const deployments = getMultiSendCallOnlyDeployments({ version, network: String(chainId), released: true });
  const listed = deployments?.networkAddresses[String(chainId)];
  const addresses = listed === undefined ? [] : Array.isArray(listed) ? listed : [listed];
  if (deployments === undefined || addresses.length === 0)
    throw new InputError(`Safe ${version}: MultiSendCallOnly is not deployed on chain ${chainId} (per @safe-global/safe-deployments)`, {
      code: "input.safe-multisend",
      hint: "pass --multisend <address> (a MultiSendCallOnly you deployed), or --safe-version with a version deployed there",
    });
  const canonical = deployments.deployments.canonical?.address;
  const chosen = canonical !== undefined && addresses.includes(canonical) ? canonical : addresses[0]!;
  return getAddress(chosen);
}

export const multiSendAbi = [
  {
    type: "function",
    name: "multiSend",
    stateMutability: "payable",
    inputs: [{ name: "transactions", type: "bytes" }],
    outputs: [],
  },
] as const;

export class SafeEncodingError extends PlanError {
  override name = "SafeEncodingError";
}

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
 * MultiSendCallOnly with outer value 0 (as Safe{Wallet} builds it: the inner calls carry their values). No gas
 * refund (all gas fields zero).
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
  return { to: multiSendCallOnly, value: 0n, data: encodeMultiSendCallOnly(calls), operation: 1, ...zero };
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
    /** The Transaction Builder's checksum of the rest of the file (see `txBuilderChecksum`). */
    checksum?: Hex;
  };
  transactions: { to: Address; value: string; data: Hex; contractMethod: null; contractInputsValues: null }[];
}

/**
 * The Transaction Builder's serialization of a JSON value for its checksum (apps/tx-builder, lib/checksum): an
 * array is `[` elements joined by `,` `]`; an object is `{` + the JSON of its sorted key list + each value (in
 * key order) followed by `,` + `}`; anything else is its JSON text, `undefined` as `null`.
 */
export function txBuilderSerialize(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(txBuilderSerialize).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${JSON.stringify(keys)}${keys.map((k) => `${txBuilderSerialize((value as Record<string, unknown>)[k])},`).join("")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}

/**
 * `meta.checksum` as the Transaction Builder computes it when it saves a batch and checks it when it imports
 * one (safe-wallet-monorepo apps/tx-builder, lib/checksum.ts): keccak-256 of the UTF-8 serialization
 * (`txBuilderSerialize`) of the file as the JSON it is written as, with `meta.checksum` left out and `meta.name`
 * set to null (so renaming a batch keeps its checksum). A mismatch shows "This file was modified since it was
 * generated" on import.
 */
export function txBuilderChecksum(file: object): Hex {
  const written = JSON.parse(JSON.stringify(file)) as { meta?: Record<string, unknown> };
  if (written.meta !== undefined) {
    delete written.meta.checksum;
    written.meta.name = null;
  }
  return keccak256(stringToBytes(txBuilderSerialize(written)));
}

/** A Safe Transaction Builder batch file, with the builder's `meta.checksum`. */
export function safeBatchFile(opts: {
  chainId: number;
  safe: Address;
  name: string;
  description: string;
  transactions: readonly Transaction[];
  createdAt?: number;
}): SafeBatchFile {
  if (opts.transactions.length === 0) throw new SafeEncodingError("a Safe batch needs at least one transaction");
  const file: SafeBatchFile = {
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
  return { ...file, meta: { ...file.meta, checksum: txBuilderChecksum(file) } };
}

/** Where a Safe batch will be executed: the Safe's nonce for it, and the MultiSendCallOnly to batch through. */
export interface SafeBatchContext {
  nonce: bigint;
  multiSendCallOnly: Address;
  /** Safe version (for the description). */
  version?: string;
}

/** What owners sign for a plan batch: the Safe transaction and its hash. */
export function safeTxOfBatch(plan: Plan, batch: Batch, safe: Address, ctx: SafeBatchContext): { tx: SafeTx; hash: Hex } {
  const tx = safeTxForCalls(batch.transactions, ctx.nonce, ctx.multiSendCallOnly);
  return { tx, hash: safeTxHash(safe, plan.chainId, tx) };
}

/**
 * The Safe batch file of one plan batch signed by a Safe (e.g. GovOps' Configurator calls, a Core Council
 * `scheduleBatch`). With a context, the description names the Safe nonce and the `safeTxHash` owners should see
 * in their wallets.
 */
export function safeBatchFileForPlanBatch(
  plan: Plan,
  batch: Batch,
  safe: Address,
  createdAt?: number,
  ctx?: SafeBatchContext,
): SafeBatchFile {
  const signed =
    ctx === undefined
      ? ""
      : ` Safe nonce ${ctx.nonce}, safeTxHash ${safeTxOfBatch(plan, batch, safe, ctx).hash}` +
        (batch.transactions.length > 1 ? ` (MultiSendCallOnly ${ctx.version ?? DEFAULT_SAFE_VERSION} ${ctx.multiSendCallOnly})` : "") +
        ".";
  const base = {
    chainId: plan.chainId,
    safe,
    name: `halo plan ${plan.seed.slice(0, 10)} ${batch.id}`,
    description: `${batch.kind} by ${batch.actor}, earliest ${new Date(Number(batch.earliestAt) * 1000).toISOString()}; actions: ${batch.actionIds.join(", ")}.${signed}`,
    transactions: batch.transactions,
  };
  return createdAt === undefined ? safeBatchFile(base) : safeBatchFile({ ...base, createdAt });
}

/**
 * Why the Safe cannot execute these batches, one line each ([] when it can): a batch planned for another signer
 * (a deployer EOA, a class's GovOps account) — owners would sign a transaction that can only revert — or a PAS
 * role the Safe does not hold (PROPOSER_ROLE on the PAS Timelock for a Core Council `scheduleBatch`, BeamState's
 * IMMEDIATE role for Core Council direct calls). Spells (`sky-governance`) and the permissionless `executeBatch`
 * are not Safe transactions (a spell payload, a plain transaction list) and never a problem here.
 */
export function safeBatchProblems(
  batches: readonly Batch[],
  safe: Address,
  roles: { proposers: readonly Address[]; coreCouncil: readonly Address[] },
): string[] {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const out: string[] = [];
  for (const b of batches) {
    if (b.actor === "sky-governance" || b.permissionless === true) continue;
    if (b.signer !== undefined && !same(b.signer, safe))
      out.push(`${b.id} (${b.actor}) is planned for signer ${b.signer}, not the Safe ${safe}: the Safe's transaction would revert`);
    else if (b.actor === "core-council-timelocked" && !roles.proposers.some((p) => same(p, safe)))
      out.push(`${b.id} (core-council-timelocked): the Safe ${safe} does not hold PROPOSER_ROLE on the PAS Timelock`);
    else if (b.actor === "core-council-direct" && !roles.coreCouncil.some((p) => same(p, safe)))
      out.push(`${b.id} (core-council-direct): the Safe ${safe} does not hold the IMMEDIATE role on BeamState`);
  }
  return out;
}

const erc1271Abi = [
  {
    type: "function",
    name: "isValidSignature",
    stateMutability: "view",
    inputs: [{ name: "hash", type: "bytes32" }, { name: "signature", type: "bytes" }],
    outputs: [{ name: "magicValue", type: "bytes4" }],
  },
  { type: "function", name: "getThreshold", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "uint256" }] },
] as const;

/** ERC-1271's "valid signature" answer: `bytes4(keccak256("isValidSignature(bytes32,bytes)"))`. */
export const ERC1271_MAGIC_VALUE: Hex = "0x1626ba7e";

/**
 * Why the Safe refuses `signature` for `hash` under ERC-1271 (`isValidSignature(bytes32, bytes)`, answered by the
 * Safe's fallback handler — what OpenZeppelin's SignatureChecker in the factory calls), or undefined when it accepts
 * it. The reason counts the 65-byte owner signatures against the Safe's `getThreshold()` when it can read it; with
 * enough of them, the Safe's other rules are named (an owner's signature of the SafeMessage hash each, in ascending
 * owner-address order: the Safe refuses a signer that is not above the previous one).
 */
export async function safeSignatureRefusal(client: Client, safe: Address, hash: Hex, signature: Hex): Promise<string | undefined> {
  const answer = await readContract(client, { address: safe, abi: erc1271Abi, functionName: "isValidSignature", args: [hash, signature] }).catch(() => undefined);
  if (answer?.toLowerCase() === ERC1271_MAGIC_VALUE) return undefined;
  const threshold = await readContract(client, { address: safe, abi: erc1271Abi, functionName: "getThreshold" }).catch(() => undefined);
  const n = size(signature) % 65 === 0 ? size(signature) / 65 : undefined;
  const counted =
    n === undefined || threshold === undefined
      ? ""
      : `: it carries ${n} owner signature${n === 1 ? "" : "s"} for its threshold of ${threshold}` +
        (BigInt(n) >= threshold ? ": each must be an owner's signature of the SafeMessage hash, concatenated in ascending owner-address order" : "");
  return `the Safe ${getAddress(safe)} does not accept the signature (ERC-1271 isValidSignature of the approval's digest)${counted}`;
}
