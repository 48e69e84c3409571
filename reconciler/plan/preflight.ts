/**
 * Plan-time preflight in PAS terms: before anything is sent, check on chain (at the plan's pinned block) that
 * every batch can be signed and executed by the actor the plan names —
 * - PAS is usable: BeamState not stopped (GovOps batches), the Timelock not paused (timelock batches);
 * - the PAS Timelock may make the calls it is asked to schedule: BeamState role DELAYED (1) enabled for each
 *   selector (or a ward), DEFAULT_ADMIN_ROLE on every other target (the registries);
 * - a PROPOSER of the Timelock signs the schedules: somebody holds PROPOSER_ROLE (its role logs), and the signing key,
 *   when one is given, does;
 * - the Core Council's direct calls: the key holds BeamState role IMMEDIATE (2) for each selector;
 * - the deployer holds DEPLOYER; a spell needs the PauseProxy to be a BeamState ward;
 * - each GovOps signer is a cBEAM granted on the class's RateLimits / Controller, or becomes so through a grant
 *   this plan (or a pending operation) makes.
 * `halo plan` shows the failures and exits 1; `halo apply` refuses before sending anything.
 */
import { type Address, type Hex, decodeFunctionData, toFunctionSelector } from "viem";
import { getAddress } from "../model/address.js";
import { readContract } from "viem/actions";
import { holdersOf, readRoleBook } from "../chain/roles-from-logs.js";
import type { Action } from "./actions.js";
import { DEFAULT_ADMIN_ROLE, PROPOSER_ROLE, ROLE, beamStateAbi, configuratorAbi, timelockAbi } from "./pas.js";
import type { Plan } from "./planner.js";
import type { Observation } from "./session.js";

export { DEFAULT_ADMIN_ROLE };

export interface PreflightResult {
  errors: string[];
  notes: string[];
}

export interface PreflightFacts {
  stopped: boolean;
  timelockPaused: boolean;
  /** Names of the system contracts by lower-case address, for messages. */
  names: Record<string, string>;
  /** Lower-case BeamState address. */
  beamState: string;
  /** `<selector>` → may the Timelock call it on BeamState (DELAYED role enabled, or a ward). */
  timelockMayCall: Record<string, boolean>;
  /** `<target>` (lower case, not BeamState) → does the Timelock hold DEFAULT_ADMIN_ROLE on it. */
  timelockIsAdmin: Record<string, boolean>;
  deployers: readonly Address[];
  /** Does the signing key hold PROPOSER_ROLE on the Timelock (undefined: no key given). */
  signerIsProposer?: boolean;
  /** How many accounts hold PROPOSER_ROLE on the Timelock, from its role logs (undefined: not read). */
  proposers?: number;
  /** `<selector>` → may the signing key call it on BeamState (IMMEDIATE role, or a ward); absent without a key. */
  signerMayCallDirect?: Record<string, boolean>;
  /** Is the PauseProxy a BeamState ward (undefined: its address is not configured). */
  pauseProxyIsWard?: boolean;
  /** `<rateLimits|controller>:<account>` (lower case) → the cBEAM grant exists. */
  granted: Record<string, boolean>;
  /** The account that will sign, when known (the key's account). */
  signer?: Address;
}

const lc = (s: string) => s.toLowerCase();
const holds = (list: readonly Address[], who: Address) => list.some((a) => lc(a) === lc(who));
const selector = (data: Hex) => lc(data.slice(0, 10));

/** The contract a GovOps action needs a grant on: `rl:<rateLimits>` or `ctrl:<controller>`. */
function govOpsTarget(a: Action): string | undefined {
  if (a.calldata === undefined) return undefined;
  try {
    const d = decodeFunctionData({ abi: configuratorAbi, data: a.calldata });
    return d.functionName === "setRateLimit" || d.functionName === "callControllerAction" ? lc(d.args[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** Pure: the findings from the facts read on chain. */
export function preflightFindings(plan: Plan, f: PreflightFacts): PreflightResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const once = (key: string, push: () => void) => {
    if (!seen.has(key)) {
      seen.add(key);
      push();
    }
  };
  // grants this plan makes (Core Council direct), so GovOps batches after them are fine
  const planned = new Set<string>();
  for (const a of plan.actions) {
    if (a.target === undefined || lc(a.target) !== f.beamState || a.calldata === undefined) continue;
    try {
      const d = decodeFunctionData({ abi: beamStateAbi, data: a.calldata });
      if (d.functionName === "setCBeamForRateLimits" || d.functionName === "setCBeamForController")
        planned.add(`${lc(d.args[0])}:${lc(d.args[1])}`);
    } catch {
      // not a BeamState call this check knows
    }
  }
  for (const b of plan.batches) {
    const actions = b.actionIds.map((id) => byId.get(id)!).filter((a) => a !== undefined);
    if ((b.kind === "timelock-schedule" || b.kind === "timelock-execute") && f.timelockPaused)
      once("paused", () => errors.push(`timelock (${b.id}): the PAS Timelock is paused: it schedules and executes nothing until its admin unpauses it`));
    if (b.kind === "timelock-schedule") {
      for (const a of actions) {
        const t = lc(a.target!);
        if (t === f.beamState) {
          const sel = selector(a.calldata!);
          if (f.timelockMayCall[sel] === false)
            once(`tl:${sel}`, () =>
              errors.push(`timelock roles (${b.id}): the PAS Timelock may not call BeamState.${a.function} (role DELAYED not enabled for it), which ${a.resource} needs`),
            );
        } else if (f.timelockIsAdmin[t] === false)
          once(`adm:${t}`, () =>
            errors.push(`timelock roles (${b.id}): the PAS Timelock does not hold DEFAULT_ADMIN_ROLE on ${f.names[t] ?? a.target}, which ${a.function} (${a.resource}) requires`),
          );
      }
      if (f.proposers === 0)
        once("no-proposer", () =>
          errors.push(`proposer (${b.id}): no account holds PROPOSER_ROLE on the PAS Timelock, so nobody can schedule this batch (governance grants it)`),
        );
      else if (f.signerIsProposer === false)
        errors.push(`proposer (${b.id}): the signer ${f.signer ?? ""} does not hold PROPOSER_ROLE on the PAS Timelock`.replace("  ", " "));
    }
    if (b.actor === "core-council-direct" && f.signerMayCallDirect !== undefined)
      for (const a of actions) {
        const sel = selector(a.calldata!);
        if (f.signerMayCallDirect[sel] === false)
          once(`direct:${sel}`, () =>
            errors.push(`Core Council direct (${b.id}): the signer ${f.signer ?? ""} may not call BeamState.${a.function} (no IMMEDIATE role for it)`),
          );
      }
    if (b.actor === "deployer" && actions.some((a) => /^deploy/.test(a.function ?? ""))) {
      const who = b.signer ?? f.signer;
      if (f.deployers.length === 0) errors.push(`deployer (${b.id}): no account holds DEPLOYER on HaloFactory`);
      else if (who !== undefined && !holds(f.deployers, who))
        errors.push(`deployer (${b.id}): ${who} does not hold DEPLOYER on HaloFactory`);
    }
    if (b.actor === "sky-governance") {
      if (f.pauseProxyIsWard === false)
        errors.push(`spell (${b.id}): the configured PauseProxy is not a ward of BeamState, so a spell cannot make these calls`);
      else if (f.pauseProxyIsWard === undefined)
        notes.push(`spell (${b.id}): no PauseProxy address is configured: the spell payload is written for a spell author`);
    }
    if (b.actor === "govops") {
      if (f.stopped)
        once("stopped", () => errors.push(`GovOps (${b.id}): BeamState is stopped: the Configurator refuses every GovOps call`));
      if (b.signer === undefined) continue;
      for (const a of actions) {
        const t = govOpsTarget(a);
        if (t === undefined) continue;
        const key = `${t}:${lc(b.signer)}`;
        if (f.granted[key] === true) continue;
        if (planned.has(key))
          once(`note:${key}`, () =>
            notes.push(`GovOps (${b.id}): ${b.signer} is not a cBEAM on ${f.names[t] ?? t} yet; the Core Council's grant in this plan comes first`),
          );
        else
          once(`err:${key}`, () =>
            errors.push(`GovOps (${b.id}): ${b.signer} is not a cBEAM granted on ${f.names[t] ?? t} and no grant in this plan makes it one`),
          );
      }
    }
  }
  return { errors, notes };
}

/**
 * Names of the system contracts and of the classes' and Primes' RateLimits / HaloControllers, for the messages about
 * `wanted` (lower-case addresses; the last resource naming an address wins, as in a scan of them all), and every
 * RateLimits a class or Prime has. Nothing is scanned when no address is wanted (a plan with no timelocked call to
 * another target and no GovOps batch: every plan without changes).
 */
export function contractNames(obs: Pick<Observation, "observed">, wanted: ReadonlySet<string>): { names: Record<string, string>; rateLimits: Set<string> } {
  const names: Record<string, string> = {};
  const rateLimits = new Set<string>();
  if (wanted.size === 0) return { names, rateLimits };
  const name = (address: string, as: string) => {
    if (wanted.has(address)) names[address] = as;
  };
  for (const [k, v] of Object.entries(obs.observed.system)) if (typeof v === "string") name(lc(v), k);
  const { resources } = obs.observed;
  for (const address in resources) {
    const r = resources[address]!;
    if (r.type !== "prime" && r.type !== "class") continue;
    rateLimits.add(lc(String(r.fields.rateLimits ?? "")));
    if (r.type === "prime" && typeof r.fields.rateLimits === "string") name(lc(r.fields.rateLimits), `${address}'s RateLimits`);
    if (r.type !== "class") continue;
    for (const f of ["rateLimits", "controller"] as const)
      if (typeof r.fields[f] === "string") name(lc(r.fields[f]), `${address}'s ${f === "rateLimits" ? "RateLimits" : "HaloController"}`);
  }
  return { names, rateLimits };
}

/** Reads the facts at the plan's block and checks them. */
export async function runPreflight(obs: Observation, plan: Plan, signer?: Address): Promise<PreflightResult> {
  const { client } = obs.rpc;
  const at = { blockNumber: obs.observed.blockNumber } as const;
  const sys = obs.observed.system;
  const beamState = lc(sys.beamState);
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const scheduled = plan.batches
    .filter((b) => b.kind === "timelock-schedule")
    .flatMap((b) => b.actionIds.map((id) => byId.get(id)!))
    .filter((a) => a?.target !== undefined && a.calldata !== undefined);
  const read = <T>(p: Promise<T>, fallback: T) => p.catch(() => fallback);
  const bsSelectors = [...new Set(scheduled.filter((a) => lc(a.target!) === beamState).map((a) => selector(a.calldata!)))];
  const others = [...new Set(scheduled.filter((a) => lc(a.target!) !== beamState).map((a) => lc(a.target!)))];
  const directSelectors = [
    ...new Set(
      plan.batches
        .filter((b) => b.actor === "core-council-direct")
        .flatMap((b) => b.actionIds.map((id) => byId.get(id)!))
        .map((a) => selector(a.calldata!)),
    ),
  ];
  const isWard = (who: Address) =>
    read(readContract(client, { address: sys.beamState, abi: beamStateAbi, functionName: "wards", args: [who], ...at }), 0n).then((w) => w === 1n);
  const mayCall = async (who: Address, role: number, sel: string) =>
    (await isWard(who)) ||
    ((await read(readContract(client, { address: sys.beamState, abi: beamStateAbi, functionName: "hasUserRole", args: [who, role], ...at }), false)) &&
      (await read(
        readContract(client, { address: sys.beamState, abi: beamStateAbi, functionName: "isActionInRole", args: [sel as Hex, role], ...at }),
        false,
      )));
  const timelockMayCall = Object.fromEntries(await Promise.all(bsSelectors.map(async (s) => [s, await mayCall(sys.timelock, ROLE.DELAYED, s)] as const)));
  const timelockIsAdmin = Object.fromEntries(
    await Promise.all(
      others.map(async (t) => [
        t,
        await read(
          readContract(client, { address: t as Address, abi: timelockAbi, functionName: "hasRole", args: [DEFAULT_ADMIN_ROLE, sys.timelock], ...at }),
          false,
        ),
      ] as const),
    ),
  );
  // the GovOps batches' targets, each with its signer (the grants to read)
  const govOps: { t: string; signer: Address }[] = [];
  for (const b of plan.batches) {
    if (b.actor !== "govops" || b.signer === undefined) continue;
    for (const id of b.actionIds) {
      const t = govOpsTarget(byId.get(id)!);
      if (t !== undefined) govOps.push({ t, signer: b.signer });
    }
  }
  const { names, rateLimits } = contractNames(obs, new Set([...others, ...govOps.map((g) => g.t)]));
  const granted: Record<string, boolean> = {};
  for (const { t, signer: who } of govOps) {
    const key = `${t}:${lc(who)}`;
    if (key in granted) continue;
    granted[key] =
      (await read(
        readContract(client, {
          address: sys.beamState,
          abi: beamStateAbi,
          functionName: rateLimits.has(t) ? "rateLimitsCBeams" : "controllersCBeams",
          args: [t as Address, who],
          ...at,
        }),
        0n,
      )) === 1n;
  }
  const facts: PreflightFacts = {
    stopped: obs.observed.pas.stopped,
    timelockPaused: obs.observed.pas.timelockPaused,
    names,
    beamState,
    timelockMayCall,
    timelockIsAdmin,
    deployers: obs.roles.deployers,
    granted,
  };
  if (sys.pauseProxy !== undefined) facts.pauseProxyIsWard = await isWard(sys.pauseProxy);
  // the Timelock does not enumerate its roles: its RoleGranted / RoleRevoked logs say who holds PROPOSER_ROLE
  if (plan.batches.some((b) => b.kind === "timelock-schedule")) {
    const book = await read(readRoleBook(client, [sys.timelock], obs.fromBlock ?? 0n, obs.observed.blockNumber), undefined);
    if (book !== undefined) facts.proposers = holdersOf(book, sys.timelock, PROPOSER_ROLE).length;
  }
  if (signer !== undefined) {
    facts.signer = getAddress(signer);
    if (plan.batches.some((b) => b.kind === "timelock-schedule"))
      facts.signerIsProposer = await read(
        readContract(client, { address: sys.timelock, abi: timelockAbi, functionName: "hasRole", args: [PROPOSER_ROLE, signer], ...at }),
        false,
      );
    if (directSelectors.length > 0)
      facts.signerMayCallDirect = Object.fromEntries(
        await Promise.all(directSelectors.map(async (s) => [s, await mayCall(signer, ROLE.IMMEDIATE, s)] as const)),
      );
  }
  return preflightFindings(plan, facts);
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

/** The selector of a BeamState function by name (for tests and messages). */
export const beamStateSelector = (signature: string): Hex => toFunctionSelector(signature);
