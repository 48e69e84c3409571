/**
 * The plan document's data model: what `halo plan` writes and `halo apply` reads (docs/plan-format.md) — the
 * changes of the diff, the actions (one call each, naming its actor), the batches each actor signs, the summary —
 * and the observed-state fingerprint a plan is bound to. Below both plan/ (which builds plans) and apply/ (which
 * carries them out), so neither imports the other (docs/reconciler-layout.md).
 */
import type { Address, Hex } from "viem";
import type { Actor } from "./actors.js";
import { canonicalHash } from "./canonical.js";
import type { FieldValue, ObservedState, Resource, ResourceType } from "./observed.js";

export type ChangeKind = "create" | "update" | "delete" | "refused";

export interface FieldChange {
  field: string;
  old: FieldValue | undefined;
  new: FieldValue | undefined;
  immutable: boolean;
}

export interface ResourceChange {
  address: string;
  type: ResourceType;
  kind: ChangeKind;
  /** For update/refused-update: every differing field; for create: every desired field; for delete: none. */
  fields: FieldChange[];
  desired?: Resource;
  observed?: Resource;
  /** Why a refused change cannot be made. */
  reason?: string;
  /** For create: computed values already known at plan time (addresses from the factory's `predict…` views). */
  predicted?: Record<string, FieldValue>;
  /**
   * The decimals of the deposit asset the change's amounts are counted in (its class's, or its Prime target's),
   * when not 18: the plan shows amounts in the asset's units (docs/plan-format.md).
   */
  decimals?: number;
}

export type ActionKind =
  "create" | "update" | "delete" | "replace-refused" | "schedule" | "execute" | "ramp-step" | "spell";

/** JSON-safe argument values (bigints become decimal strings). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };

export interface Action {
  id: string;
  kind: ActionKind;
  /** Resource address, e.g. `class.acme-mmf.rateLimit.transfer`. */
  resource: string;
  target?: Address;
  function?: string;
  args?: JsonValue[];
  calldata?: Hex;
  value?: bigint;
  /** Who signs (docs/pas-handoff.md §5). */
  actor: Actor;
  /** The account that must sign, when the plan knows it (the class's GovOps, the DEPLOYER). */
  signer?: Address;
  earliestAt?: bigint;
  dependsOn: string[];
  reason?: string;
  /** For schedule/execute: the PAS Timelock operation id (`hashOperationBatch`). */
  timelockOperationId?: Hex;
  /**
   * For a deployClass / deployUnit the tree declares `approval:` for: the APPROVER whose signed instance approval
   * it needs (the addresses are predicted for this authoriser); `halo apply` sends deploy…WithApproval with it.
   */
  approval?: ActionApproval;
  /** For a deployUnit: its class's template (what an instance approval of the unit signs; the class may be on chain). */
  template?: { id: string; version: number };
}

export interface ActionApproval {
  signer: Address;
  kind: "eoa" | "safe";
}

export type BatchKind = "transactions" | "spell" | "timelock-schedule" | "timelock-execute";

export interface Transaction {
  to: Address;
  value: bigint;
  data: Hex;
}

export interface Batch {
  id: string;
  kind: BatchKind;
  actor: Actor;
  signer?: Address;
  /** True for `executeBatch`: the Timelock lets anyone execute a ready operation. */
  permissionless?: boolean;
  earliestAt: bigint;
  actionIds: string[];
  transactions: Transaction[];
  /** For timelock-schedule / timelock-execute batches. */
  timelock?: { operationId: Hex; predecessor: Hex; salt: Hex; delay: bigint };
}

export interface PlanSummary {
  add: number;
  change: number;
  destroy: number;
  refused: number;
  timelockBatches: number;
  /** Batches that need an executive spell (sky-governance). */
  spellBatches: number;
  ramps: { resource: string; steps: number; durationSeconds: bigint }[];
}

export interface Plan {
  /** Hash of what the plan was made from; the timelock salts derive from it. */
  seed: Hex;
  now: bigint;
  chainId: number;
  blockNumber: bigint;
  blockHash: Hex;
  observedFingerprint: Hex;
  desiredHash: Hex;
  changes: ResourceChange[];
  undeclared: string[];
  actions: Action[];
  batches: Batch[];
  summary: PlanSummary;
}

/**
 * Fingerprint of the observed state: keccak of the canonical JSON of everything but the block it was read at,
 * so that apply can re-read at a later block and tell "nothing changed" from "something changed".
 */
export function observedFingerprint(observed: ObservedState): Hex {
  const { blockNumber: _n, blockHash: _h, blockTimestamp: _t, ...state } = observed;
  return canonicalHash(state);
}
