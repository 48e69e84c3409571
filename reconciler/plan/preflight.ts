/**
 * Plan-time preflight: before anything is sent, check on chain (at the plan's pinned block) that every batch
 * can be signed and executed by who the plan says — the timelock holds the roles its scheduled calls need on
 * their targets, a PROPOSER_ROLE holder will sign the schedules, the deployer holds DEPLOYER, and each GovOps
 * signer is accordant for its PAU (or becomes so once a grant the plan knows of executes). `halo plan` shows
 * the failures and exits 1; `halo apply` refuses before sending anything.
 */
import { type Address, type Hex, encodeFunctionData, getAddress } from "viem";
import { readContract } from "viem/actions";
import { beamStateAbi } from "../abi/index.js";
import type { Observation } from "./session.js";
import type { Plan } from "./planner.js";
import { operationId } from "./timelock.js";

export interface PreflightResult {
  errors: string[];
  notes: string[];
}

/** Every timelocked call of the system's contracts needs the target's DEFAULT_ADMIN_ROLE (BEAMTimeLock is the admin). */
export const DEFAULT_ADMIN_ROLE: Hex = "0x0000000000000000000000000000000000000000000000000000000000000000";

export interface PreflightFacts {
  /** `<target>` (lower case) → does BEAMTimeLock hold DEFAULT_ADMIN_ROLE on it. */
  timelockIsAdmin: Record<string, boolean>;
  /** Names of the system contracts by lower-case address, for messages. */
  names: Record<string, string>;
  deployers: readonly Address[];
  /** PROPOSER_ROLE holders that can sign (the factory, a contract that schedules its own grants, excluded). */
  proposers: readonly Address[];
  /** `<pau>:<account>` (lower case) → BEAMState.isGovOps. */
  accordant: Record<string, boolean>;
  /** Calldata (lower case) of every BEAMState call the plan or a pending operation will execute via the timelock. */
  timelockCalldata: ReadonlySet<string>;
  /** Targets (lower case) of the calls of each operation the plan executes, by operation id (lower case). */
  operationTargets?: Record<string, readonly string[]>;
  /** The account that will sign, when known (the key's account). */
  signer?: Address;
}

const lc = (s: string) => s.toLowerCase();
const holds = (list: readonly Address[], who: Address) => list.some((a) => lc(a) === lc(who));

/** The calls a batch makes through the timelock: (target, function, resource). */
function timelockedCalls(plan: Plan) {
  return plan.actions.filter((a) => a.kind === "schedule" && a.target !== undefined);
}

/** Pure: the findings from the facts read on chain. */
export function preflightFindings(plan: Plan, f: PreflightFacts): PreflightResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const batchOf = (actionId: string) => plan.batches.find((b) => b.actionIds.includes(actionId))?.id ?? "?";
  const missing = new Set<string>();
  for (const a of timelockedCalls(plan)) {
    const t = lc(a.target!);
    if (f.timelockIsAdmin[t] === false && !missing.has(`${t}:${a.function}`)) {
      missing.add(`${t}:${a.function}`);
      errors.push(
        `timelock roles (${batchOf(a.id)}): BEAMTimeLock does not hold DEFAULT_ADMIN_ROLE on ${f.names[t] ?? a.target}, which ${a.function} (${a.resource}) requires`,
      );
    }
  }
  // an operation scheduled earlier (a factory grant, an earlier plan's) needs the same roles when executed
  for (const a of plan.actions) {
    if (a.kind !== "execute" || a.timelockOperationId === undefined) continue;
    for (const t of f.operationTargets?.[lc(a.timelockOperationId)] ?? []) {
      if (f.timelockIsAdmin[t] !== false || missing.has(`${t}:${a.timelockOperationId}`)) continue;
      missing.add(`${t}:${a.timelockOperationId}`);
      errors.push(
        `timelock roles (${batchOf(a.id)}): BEAMTimeLock does not hold DEFAULT_ADMIN_ROLE on ${f.names[t] ?? t}, which a call of operation ${a.timelockOperationId} requires`,
      );
    }
  }
  for (const b of plan.batches) {
    if (b.authority === "timelock-proposer") {
      if (f.proposers.length === 0)
        errors.push(
          `proposer (${b.id}): no account holds PROPOSER_ROLE on BEAMTimeLock (besides the factory), so nobody can schedule it`,
        );
      else if (f.signer !== undefined && !holds(f.proposers, f.signer))
        errors.push(`proposer (${b.id}): the signer ${f.signer} does not hold PROPOSER_ROLE on BEAMTimeLock`);
    }
    if (b.authority === "deployer" && plan.actions.some((a) => b.actionIds.includes(a.id) && /^deploy/.test(a.function ?? ""))) {
      const who = b.signer ?? f.signer;
      if (f.deployers.length === 0) errors.push(`deployer (${b.id}): no account holds DEPLOYER on HaloFactory`);
      else if (who !== undefined && !holds(f.deployers, who))
        errors.push(`deployer (${b.id}): ${who} does not hold DEPLOYER on HaloFactory`);
      else if (f.signer !== undefined && !holds(f.deployers, f.signer))
        errors.push(`deployer (${b.id}): the signer ${f.signer} does not hold DEPLOYER on HaloFactory`);
    }
    if (b.authority === "govops" && b.signer !== undefined) {
      for (const pau of govOpsPaus(plan, b.actionIds)) {
        if (f.accordant[`${lc(pau)}:${lc(b.signer)}`] === true) continue;
        const grant = lc(encodeFunctionData({ abi: beamStateAbi, functionName: "addGovOps", args: [pau, b.signer] }));
        if (f.timelockCalldata.has(grant))
          notes.push(
            `GovOps (${b.id}): ${b.signer} is not accordant for PAU ${pau} yet; it will be once the planned cBEAM grant executes (the batch waits for it)`,
          );
        else
          errors.push(
            `GovOps (${b.id}): ${b.signer} is not accordant for PAU ${pau} (BEAMState.isGovOps is false) and no planned or pending grant makes it so`,
          );
      }
    }
  }
  return { errors, notes };
}

/** The PAUs a GovOps multicall acts on (the first argument of every Configurator call). */
function govOpsPaus(plan: Plan, actionIds: readonly string[]): Address[] {
  const out = new Set<string>();
  for (const a of plan.actions)
    if (actionIds.includes(a.id) && typeof a.args?.[0] === "string" && /^0x[0-9a-fA-F]{40}$/.test(a.args[0]))
      out.add(getAddress(a.args[0]));
  return [...out] as Address[];
}

/** Reads the facts at the plan's block and checks them. */
export async function runPreflight(obs: Observation, plan: Plan, signer?: Address): Promise<PreflightResult> {
  const { client } = obs.rpc;
  const at = { blockNumber: obs.observed.blockNumber } as const;
  const sys = obs.observed.system;
  const names: Record<string, string> = {};
  for (const [k, v] of Object.entries(sys)) if (typeof v === "string") names[lc(v)] = k;
  const operationTargets: Record<string, string[]> = {};
  const known = [
    ...obs.observed.timelockOperations.map((op) => ({ id: op.id, calls: op.calls })),
    ...Object.values(obs.factory.classes).flatMap((c) => (c.grant ? [{ id: operationId(c.grant), calls: c.grant.calls }] : [])),
  ];
  for (const a of plan.actions) {
    if (a.kind !== "execute" || a.timelockOperationId === undefined) continue;
    const op = known.find((k) => lc(k.id) === lc(a.timelockOperationId!));
    // operations this plan schedules itself are checked through their schedule actions
    if (op !== undefined) operationTargets[lc(op.id)] = [...new Set(op.calls.map((c) => lc(c.target)))];
  }
  const targets = [
    ...new Set([...timelockedCalls(plan).map((a) => lc(a.target!)), ...Object.values(operationTargets).flat()]),
  ];
  const admin = await Promise.all(
    targets.map((t) =>
      readContract(client, {
        address: t as Address,
        abi: beamStateAbi,
        functionName: "hasRole",
        args: [DEFAULT_ADMIN_ROLE, sys.timelock],
        ...at,
      }).catch(() => false),
    ),
  );
  const pairs: [Address, Address][] = [];
  for (const b of plan.batches)
    if (b.authority === "govops" && b.signer !== undefined)
      for (const pau of govOpsPaus(plan, b.actionIds)) pairs.push([pau, b.signer]);
  const accordance = await Promise.all(
    pairs.map(([pau, who]) =>
      readContract(client, { address: sys.beamState, abi: beamStateAbi, functionName: "isGovOps", args: [pau, who], ...at }).catch(
        () => false,
      ),
    ),
  );
  const calldata = new Set<string>();
  for (const a of plan.actions) if (a.kind === "schedule" && a.calldata) calldata.add(lc(a.calldata));
  for (const op of obs.observed.timelockOperations)
    if (op.timestamp > 1n) for (const c of op.calls) calldata.add(lc(c.data));
  for (const c of Object.values(obs.factory.classes)) for (const call of c.grant?.calls ?? []) calldata.add(lc(call.data));
  return preflightFindings(plan, {
    timelockIsAdmin: Object.fromEntries(targets.map((t, i) => [t, admin[i]!])),
    names,
    deployers: obs.roles.deployers,
    proposers: obs.roles.proposers.filter((a) => sys.factory === undefined || lc(a) !== lc(sys.factory)),
    accordant: Object.fromEntries(pairs.map(([p, w], i) => [`${lc(p)}:${lc(w)}`, accordance[i]!])),
    timelockCalldata: calldata,
    operationTargets,
    ...(signer !== undefined ? { signer } : {}),
  });
}

export function preflightLines(r: PreflightResult): string[] {
  const lines: string[] = [];
  if (r.errors.length > 0) {
    lines.push(`Preflight errors (${r.errors.length}): nothing of this plan can be sent until they are fixed:`);
    for (const e of r.errors) lines.push(`  ✗ ${e}`);
  }
  if (r.notes.length > 0) {
    lines.push("Preflight notes:");
    for (const n of r.notes) lines.push(`  ✓ ${n}`);
  }
  return lines;
}
