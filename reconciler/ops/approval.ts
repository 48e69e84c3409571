/**
 * EIP-712 instance approvals (IHaloFactory `ClassApproval` / `UnitApproval`, docs/approvals.md) for a deployment of a
 * saved plan: the typed data an APPROVER signs, the signature checks, and the ERC-1271 Safe message variant.
 *
 * The approver is the first field of both types (A-03): a signature is valid for that approver only. What is signed
 * is exactly the planned deployment: `paramsHash = keccak256(abi.encode(request))` of the request the plan's
 * deployClass / deployUnit call carries, its salt, the template (the unit's class's template for a unit), a deadline
 * and an unordered nonce of the approver.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  type AbiFunction,
  type Address,
  type Hex,
  type TypedDataDefinition,
  decodeFunctionData,
  encodeFunctionData,
  encodeAbiParameters,
  getAddress,
  hashTypedData,
  keccak256,
  recoverTypedDataAddress,
  toBytes,
} from "viem";
import { haloFactoryAbi } from "../abi/index.js";
import { toBytes32Name } from "../chain/names.js";
import type { ActionApproval, Plan } from "../model/plan-doc.js";
import { OpsError } from "./common.js";

export const APPROVAL_DOMAIN = { name: "HaloFactory", version: "1" } as const;

const FIELDS = [
  { name: "approver", type: "address" },
  { name: "templateId", type: "bytes32" },
  { name: "version", type: "uint32" },
  { name: "paramsHash", type: "bytes32" },
  { name: "salt", type: "bytes32" },
  { name: "deadline", type: "uint256" },
  { name: "nonce", type: "uint256" },
] as const;

export interface PlannedDeployment {
  kind: "class" | "unit";
  /** The class or unit id (text). */
  id: string;
  factory: Address;
  chainId: number;
  /** The plan action that deploys it (`deployClass` / `deployUnit`). */
  actionId: string;
  request: unknown;
  salt: Hex;
  templateId: Hex;
  version: number;
  paramsHash: Hex;
  /** The APPROVER the tree names for it (`approval:`): the plan's addresses are predicted for this signer. */
  approval?: ActionApproval;
}

export interface ApprovalMessage {
  approver: Address;
  templateId: Hex;
  version: number;
  paramsHash: Hex;
  salt: Hex;
  deadline: bigint;
  nonce: bigint;
}

/** The saved approval (`<plan>.approvals/<id>.json`): everything apply needs to submit `deploy…WithApproval`. */
export interface SavedApproval {
  format: "halo-approval/1";
  kind: "class" | "unit";
  id: string;
  actionId: string;
  factory: Address;
  chainId: number;
  message: { approver: Address; templateId: Hex; version: number; paramsHash: Hex; salt: Hex; deadline: string; nonce: string };
  digest: Hex;
  /** Present once signed (EOA signature, or the Safe owners' signatures for an ERC-1271 approver). */
  signature?: Hex;
  /** For a Safe approver: the SafeMessage hash its owners sign (ERC-1271 through the Safe's fallback handler). */
  safe?: { address: Address; safeMessageHash: Hex };
  /** The eth_signTypedData_v4 payload (hardware wallets, other signers). */
  typedData: unknown;
}

/** The deployment of `id` the plan carries: decoded from the action's calldata (the bytes apply would send). */
export function plannedDeployment(plan: Plan, kind: "class" | "unit", id: string): PlannedDeployment {
  const resource = kind === "class" ? `class.${id}` : undefined;
  const fn = kind === "class" ? "deployClass" : "deployUnit";
  const action = plan.actions.find((a) => a.function === fn && a.calldata !== undefined && (resource !== undefined ? a.resource === resource : a.resource.endsWith(`.unit.${id}`)));
  if (action === undefined || action.calldata === undefined || action.target === undefined)
    throw new OpsError(`the plan deploys no ${kind} ${id} (no ${fn} action for it): nothing to approve`);
  const decoded = decodeFunctionData({ abi: haloFactoryAbi, data: action.calldata as Hex });
  const [request, salt] = decoded.args as unknown as [Record<string, unknown>, Hex];
  const item = (haloFactoryAbi as unknown as readonly AbiFunction[]).find((x) => x.type === "function" && x.name === fn)!;
  const requestType = item.inputs[0]!;
  const paramsHash = keccak256(encodeAbiParameters([requestType], [request] as never));
  // a unit is approved under its class's template: the class must be known to the plan (deployed in it or on chain)
  let templateId = request.templateId as Hex | undefined;
  let version = request.templateVersion as number | undefined;
  if (kind === "unit") {
    const classId = action.resource.split(".")[1]!;
    const classAction = plan.actions.find((a) => a.function === "deployClass" && a.resource === `class.${classId}` && a.calldata !== undefined);
    const classChange = plan.changes.find((c) => c.address === `class.${classId}`);
    if (classAction !== undefined) {
      const c = (decodeFunctionData({ abi: haloFactoryAbi, data: classAction.calldata as Hex }).args as unknown as [Record<string, unknown>])[0];
      templateId = c.templateId as Hex;
      version = Number(c.templateVersion);
    } else if (action.template !== undefined) {
      // the class is on chain already: the plan's deployUnit names its template
      templateId = toBytes32Name(action.template.id);
      version = action.template.version;
    } else {
      const fields = classChange?.desired?.fields ?? {};
      if (typeof fields["template.id"] !== "string") throw new OpsError(`unit ${id}: the template of class ${classId} is not in the plan; approve after planning the class`);
      templateId = toBytes32Name(String(fields["template.id"]));
      version = Number(fields["template.version"]);
    }
  }
  if (templateId === undefined || version === undefined) throw new OpsError(`${kind} ${id}: the plan's request names no template`);
  return {
    kind,
    id,
    factory: getAddress(action.target),
    chainId: plan.chainId,
    actionId: action.id,
    request,
    salt,
    templateId,
    version: Number(version),
    paramsHash,
    ...(action.approval !== undefined ? { approval: action.approval } : {}),
  };
}

/** The EIP-712 typed data (viem's definition; `toSignTypedDataV4` gives the JSON-RPC payload). */
export function approvalTypedData(d: PlannedDeployment, m: ApprovalMessage): TypedDataDefinition {
  const primaryType = d.kind === "class" ? "ClassApproval" : "UnitApproval";
  return {
    domain: { ...APPROVAL_DOMAIN, chainId: d.chainId, verifyingContract: d.factory },
    types: { [primaryType]: FIELDS },
    primaryType,
    message: { ...m },
  } as unknown as TypedDataDefinition;
}

/** The eth_signTypedData_v4 JSON: EIP712Domain spelled out, uint256 as decimal strings. */
export function toSignTypedDataV4(t: TypedDataDefinition): unknown {
  const replacer = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);
  const domainType = [
    { name: "name", type: "string" },
    { name: "version", type: "string" },
    { name: "chainId", type: "uint256" },
    { name: "verifyingContract", type: "address" },
  ];
  return JSON.parse(JSON.stringify({ ...t, types: { EIP712Domain: domainType, ...t.types } }, replacer));
}

/** The Safe's EIP-712 SafeMessage hash over `digest` (what the owners sign for ERC-1271 through the fallback handler). */
export function safeMessageHash(safe: Address, chainId: number, digest: Hex): Hex {
  return hashTypedData({
    domain: { chainId, verifyingContract: safe },
    types: { SafeMessage: [{ name: "message", type: "bytes" }] },
    primaryType: "SafeMessage",
    message: { message: digest },
  });
}

export function buildApproval(d: PlannedDeployment, m: ApprovalMessage, safe?: Address): SavedApproval {
  const typed = approvalTypedData(d, m);
  const digest = hashTypedData(typed);
  const saved: SavedApproval = {
    format: "halo-approval/1",
    kind: d.kind,
    id: d.id,
    actionId: d.actionId,
    factory: d.factory,
    chainId: d.chainId,
    message: { ...m, approver: getAddress(m.approver), deadline: m.deadline.toString(), nonce: m.nonce.toString() },
    digest,
    typedData: toSignTypedDataV4(typed),
  };
  if (safe !== undefined) saved.safe = { address: getAddress(safe), safeMessageHash: safeMessageHash(safe, d.chainId, digest) };
  return saved;
}

/** A default nonce that is the same for one plan and entry, and unlikely to collide with others (unordered nonces). */
export function defaultNonce(plan: Plan, id: string): bigint {
  return BigInt(keccak256(toBytes(`${plan.seed}/${id}`))) >> 64n;
}

/**
 * Checks a saved approval against the deployment the plan carries now, naming the first field that differs:
 * chain, factory, template, paramsHash, salt, deadline (against `now`), and — for an EOA approver — the signer.
 */
export async function checkApproval(a: SavedApproval, d: PlannedDeployment, now: bigint): Promise<void> {
  const want: [string, unknown, unknown][] = [
    ["kind", a.kind, d.kind],
    ["chainId", a.chainId, d.chainId],
    ["factory", getAddress(a.factory), d.factory],
    ["templateId", a.message.templateId.toLowerCase(), d.templateId.toLowerCase()],
    ["version", a.message.version, d.version],
    ["paramsHash", a.message.paramsHash.toLowerCase(), d.paramsHash.toLowerCase()],
    ["salt", a.message.salt.toLowerCase(), d.salt.toLowerCase()],
  ];
  for (const [field, have, expected] of want)
    if (have !== expected) throw new OpsError(`approval of ${a.kind} ${a.id}: ${field} ${String(have)} does not match the planned deployment (${String(expected)}): it approves something else`);
  if (BigInt(a.message.deadline) < now) throw new OpsError(`approval of ${a.kind} ${a.id}: deadline ${a.message.deadline} has passed (now ${now}): sign a new one`);
  const m: ApprovalMessage = { ...a.message, deadline: BigInt(a.message.deadline), nonce: BigInt(a.message.nonce) };
  const digest = hashTypedData(approvalTypedData(d, m));
  if (digest !== a.digest) throw new OpsError(`approval of ${a.kind} ${a.id}: digest ${a.digest} is not the EIP-712 digest of its message (${digest})`);
  if (a.signature === undefined) throw new OpsError(`approval of ${a.kind} ${a.id}: not signed yet (halo approve --signature)`);
  if (a.safe === undefined) {
    const signer = await recoverTypedDataAddress({ ...approvalTypedData(d, m), signature: a.signature } as never);
    if (getAddress(signer) !== getAddress(a.message.approver))
      throw new OpsError(`approval of ${a.kind} ${a.id}: signed by ${signer}, not by the approver ${a.message.approver}`);
  }
}

/** `plans/acme.json` → `plans/acme.approvals/class-acme-mmf.json` */
export function approvalPath(planPath: string, kind: string, id: string): string {
  return join(dirname(planPath), `${basename(planPath).replace(/\.json$/, "")}.approvals`, `${kind}-${id}.json`);
}

/**
 * The apply hook: every planned deployClass / deployUnit with a saved approval beside the plan is sent as
 * deploy…WithApproval instead, after `checkApproval` and one more rule — the approver must be the authoriser the
 * plan's addresses are predicted for (the factory binds it into every CREATE2 salt): the APPROVER the tree's
 * `approval:` names (the action's `approval`), or else the batch's signer (the DEPLOYER); and for a Safe approver, the Safe
 * must accept the signature (`safeRefusal`, the node's ERC-1271 answer). A deployment whose action
 * names an approval and has none saved is refused, naming the signer and the command. Deployments already sent
 * (`isDone`) are left as they are. Returns a copy of the plan with those transactions replaced, and the entries approved.
 */
export async function applyApprovals(
  plan: Plan,
  planPath: string,
  now: bigint,
  isDone: (batchId: string, index: number) => boolean = () => false,
  planArg: string = planPath,
  nonceUsed?: (approver: Address, nonce: bigint) => Promise<boolean>,
  safeRefusal?: (safe: Address, digest: Hex, signature: Hex) => Promise<string | undefined>,
): Promise<{ plan: Plan; approved: string[] }> {
  const approved: string[] = [];
  const batches = [];
  for (const b of plan.batches) {
    const transactions = [];
    for (const [index, tx] of b.transactions.entries()) {
      const action = plan.actions.find((a) => b.actionIds.includes(a.id) && a.calldata === tx.data && (a.function === "deployClass" || a.function === "deployUnit"));
      if (action === undefined || isDone(b.id, index)) {
        transactions.push(tx);
        continue;
      }
      const kind = action.function === "deployClass" ? "class" : "unit";
      const id = kind === "class" ? action.resource.split(".")[1]! : action.resource.split(".").at(-1)!;
      const file = approvalPath(planPath, kind, id);
      const wanted = action.approval;
      if (!existsSync(file)) {
        if (wanted !== undefined)
          throw new OpsError(`${kind} ${id} needs a signed approval by ${wanted.signer}${wanted.kind === "safe" ? " (Safe)" : ""}: none saved at ${file} (run halo approve ${kind} ${id} ${planArg}); nothing sent`);
        transactions.push(tx);
        continue;
      }
      const saved = JSON.parse(readFileSync(file, "utf8")) as SavedApproval;
      const d = plannedDeployment(plan, kind, id);
      const authoriser = wanted?.signer ?? b.signer;
      if (authoriser === undefined || getAddress(authoriser) !== getAddress(saved.message.approver))
        throw new OpsError(
          wanted !== undefined
            ? `approval of ${kind} ${id}: the approver ${saved.message.approver} is not the signer the tree names (approval: ${wanted.signer}), the authoriser the plan's addresses are predicted for: have ${wanted.signer} approve`
            : `approval of ${kind} ${id}: the approver ${saved.message.approver} is not the authoriser ${b.signer ?? "(none)"} the plan's addresses are predicted for: declare \`approval: { signer: ${saved.message.approver} }\` for the ${kind} and plan again, or have ${b.signer ?? "the deployer"} approve`,
        );
      if (wanted !== undefined && (wanted.kind === "safe") !== (saved.safe !== undefined))
        throw new OpsError(`approval of ${kind} ${id}: the tree names a${wanted.kind === "safe" ? " Safe" : "n EOA"} approver, but the saved approval is ${saved.safe !== undefined ? "a Safe message" : "an EOA signature"}: run halo approve ${kind} ${id} ${planArg}${wanted.kind === "safe" ? ` --safe ${wanted.signer}` : ""} again`);
      await checkApproval(saved, d, now);
      // a Safe's signatures are checked by the Safe itself (ERC-1271), as the factory will: e.g. fewer owners than its threshold
      const refusal = saved.safe !== undefined ? await safeRefusal?.(getAddress(saved.message.approver), saved.digest, saved.signature!) : undefined;
      if (refusal !== undefined)
        throw new OpsError(`approval of ${kind} ${id}: ${refusal}: collect the owners' signatures of SafeMessage hash ${saved.safe!.safeMessageHash} and run halo approve ${kind} ${id} ${planArg} --signature <signatures> again; nothing sent`);
      // the factory burns the nonce: a used one would revert Factory_NonceUsed
      if (nonceUsed !== undefined && (await nonceUsed(getAddress(saved.message.approver), BigInt(saved.message.nonce))))
        throw new OpsError(`approval of ${kind} ${id}: nonce ${saved.message.nonce} of ${saved.message.approver} is used already (HaloFactory.isNonceUsed): run halo approve ${kind} ${id} ${planArg} --nonce <another> again`);
      const approval = { approver: getAddress(saved.message.approver), deadline: BigInt(saved.message.deadline), nonce: BigInt(saved.message.nonce), signature: saved.signature! };
      const data = encodeFunctionData({ abi: haloFactoryAbi, functionName: kind === "class" ? "deployClassWithApproval" : "deployUnitWithApproval", args: [d.request, d.salt, approval] } as never);
      transactions.push({ ...tx, data });
      approved.push(`${kind} ${id} (approved by ${approval.approver})`);
    }
    batches.push({ ...b, transactions });
  }
  return { plan: { ...plan, batches }, approved };
}

/** The deployments of a plan that need a signed approval (the tree's `approval:`), as one line each. */
export function approvalsNeeded(plan: Plan): string[] {
  return plan.actions
    .filter((a) => a.approval !== undefined && (a.function === "deployClass" || a.function === "deployUnit"))
    .map((a) => `${a.function === "deployClass" ? "class" : "unit"} ${a.resource.split(".").at(-1)} needs a signed approval by ${a.approval!.signer}`);
}
