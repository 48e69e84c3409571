/**
 * Re-checks every operation still waiting in the PAS Timelock (Waiting or Ready) against the desired state and
 * the chain as observed now. A scheduled call may have been right when it was scheduled and be wrong now:
 * its resource left halos/ ("no longer needed") or halos/ now declares another value, or the chain moved so
 * that executing it would revert or undo something ("conflicts"). The tool never cancels on its own: it
 * proposes `cancel(id)` for a CANCELLER of the PAS Timelock (the Core Council) and says what else the operation carries.
 */
import { type Address, type Hex, decodeFunctionData, encodeFunctionData } from "viem";
import { getAddress } from "../model/address.js";
import { haloRegistryAbi, templateRegistryAbi } from "../abi/index.js";
import { fromBytes32Name } from "../chain/names.js";
import type { ObservedState, ResourceMap } from "../model/observed.js";
import { beamStateAbi, roleAction, setDestinationAction } from "./pas.js";
import type { Plan } from "./planner.js";
import { DONE_TIMESTAMP, type TimelockCall, operationState, timelockAbi } from "./timelock.js";

export type PendingVerdict = "no-longer-needed" | "conflicts";

export interface PendingFinding {
  /** Index of the call inside the operation. */
  call: number;
  function: string;
  resource: string;
  verdict: PendingVerdict;
  detail: string;
}

export interface PendingReview {
  operationId: Hex;
  state: "Waiting" | "Ready";
  readyAt: bigint;
  calls: number;
  findings: PendingFinding[];
  /** The batch of the current plan that executes this operation (for its other calls), if any. */
  executedIn?: string;
  /** Proposed, never sent by the tool: `cancel(id)` on the PAS Timelock, for a CANCELLER_ROLE holder (the Core Council). */
  cancel: { to: Address; data: Hex; authority: "canceller" };
}

const lc = (s: string) => s.toLowerCase();
const TEMPLATE_STATUS: Record<string, string> = {
  approveTemplate: "approved",
  deprecateTemplate: "deprecated",
  revokeTemplate: "revoked",
};

/**
 * The lookups the re-check makes, built once per review on first use (a review of many pending operations used to
 * scan every desired and observed resource per call: quadratic in a large tree's first plans). Each answers what
 * the scan it replaces answered: the first match in the same order, except `withPrefix`, which lists its matches in
 * sorted order (its one caller only asks whether any of them is a wanted controller action).
 */
class ReviewIndex {
  private classes?: Record<"rateLimits" | "controller", Map<string, string>>;
  private primeRateLimits?: Set<string>;
  private primeInits?: Map<string, [string, ResourceMap[string]]>;
  private rateLimitsByKey?: Map<string, [string, ResourceMap[string]][]>;
  private govOps?: Set<string>;
  private sorted = new Map<ResourceMap, string[]>();

  constructor(
    readonly desired: ResourceMap,
    readonly observed: ResourceMap,
  ) {}

  /** `class.<id>` whose `field` (RateLimits / controller, observed first, then desired) is `address`. */
  classOf(field: "rateLimits" | "controller", address: Address): string | undefined {
    if (this.classes === undefined) {
      const classes = { rateLimits: new Map<string, string>(), controller: new Map<string, string>() };
      for (const map of [this.observed, this.desired])
        for (const [a, r] of Object.entries(map)) {
          if (r.type !== "class") continue;
          for (const f of ["rateLimits", "controller"] as const) {
            const v = r.fields[f];
            if (typeof v === "string" && !classes[f].has(lc(v))) classes[f].set(lc(v), a);
          }
        }
      this.classes = classes;
    }
    return this.classes[field].get(lc(address));
  }

  /** `rl` is a declared Prime's RateLimits. */
  isPrimeRateLimits(rl: Address): boolean {
    this.primeRateLimits ??= new Set(
      Object.values(this.desired)
        .filter((r) => r.type === "prime" && typeof r.fields.rateLimits === "string")
        .map((r) => lc(r.fields.rateLimits as string)),
    );
    return this.primeRateLimits.has(lc(rl));
  }

  /** The first declared `primeInit` of `key` on `rl`. */
  primeInit(key: Hex, rl: Address): [string, ResourceMap[string]] | undefined {
    if (this.primeInits === undefined) {
      this.primeInits = new Map();
      for (const [a, r] of Object.entries(this.desired)) {
        const { key: k, rateLimits } = r.fields;
        if (r.type !== "primeInit" || typeof k !== "string" || typeof rateLimits !== "string") continue;
        const id = `${lc(k)}|${lc(rateLimits)}`;
        if (!this.primeInits.has(id)) this.primeInits.set(id, [a, r]);
      }
    }
    return this.primeInits.get(`${lc(key)}|${lc(rl)}`);
  }

  /** The first declared `rateLimit` of `cls` with `key`. */
  classRateLimit(cls: string, key: Hex): [string, ResourceMap[string]] | undefined {
    if (this.rateLimitsByKey === undefined) {
      this.rateLimitsByKey = new Map();
      for (const [a, r] of Object.entries(this.desired)) {
        if (r.type !== "rateLimit" || typeof r.fields.key !== "string") continue;
        const list = this.rateLimitsByKey.get(lc(r.fields.key)) ?? [];
        list.push([a, r]);
        this.rateLimitsByKey.set(lc(r.fields.key), list);
      }
    }
    return this.rateLimitsByKey.get(lc(key))?.find(([a]) => a.startsWith(`${cls}.rateLimit.`));
  }

  /** A class's or a Prime's declared GovOps is `who` (`class.<id>.govOps.<address>`, `prime.<id>.govOps.<address>`). */
  declaresGovOps(who: Address): boolean {
    this.govOps ??= new Set(
      Object.entries(this.desired)
        .filter(([, r]) => r.type === "govOps" || r.type === "primeGovOps")
        .map(([a]) => lc(a.split(".")[3] ?? "")),
    );
    return this.govOps.has(lc(who));
  }

  /**
   * The addresses of `map` that start with `prefix`, sorted (a binary search in the sorted addresses), not in the
   * map's order: the re-check only asks whether one of them matches, so no output depends on their order.
   */
  withPrefix(map: ResourceMap, prefix: string): string[] {
    let keys = this.sorted.get(map);
    if (keys === undefined) {
      keys = Object.keys(map).sort();
      this.sorted.set(map, keys);
    }
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < keys.length && keys[i]!.startsWith(prefix); i++) out.push(keys[i]!);
    return out;
  }
}

type Check = Omit<PendingFinding, "call" | "function"> | undefined;

/** A declared resource an `addInitRateLimits` serves: its init's address and the resource carrying the values. */
type InitMatch = [init: string, declared: ResourceMap[string]];

/**
 * The verdict on `addInitRateLimits(key, rl, maxAmount, slope)` once the declared flow it serves is looked up
 * (`match`, undefined when none): no flow → no longer needed; an init on chain since → conflicts; other values
 * declared now → conflicts. `what`: how the class and the Prime side name the flow and its values.
 */
function initCheck(
  [key, rl, maxAmount, slope]: readonly [Hex, Address, bigint, bigint],
  match: InitMatch | undefined,
  observed: ResourceMap,
  what: { flow: string; values: string },
): Check {
  if (match === undefined)
    return {
      resource: `init ${key} of RateLimits ${rl}`,
      verdict: "no-longer-needed",
      detail: `no ${what.flow} declared in halos/ uses key ${key}`,
    };
  const [init, r] = match;
  if (observed[init] !== undefined)
    return {
      resource: init,
      verdict: "conflicts",
      detail: "an init for this key was added on chain since it was scheduled: executing would overwrite it",
    };
  const want = (f: string) => (r.fields[f] === undefined ? undefined : BigInt(r.fields[f] as string | bigint));
  if (want("maxAmount") !== maxAmount || want("slope") !== slope)
    return {
      resource: init,
      verdict: "conflicts",
      detail: `would initialise maxAmount=${maxAmount} slope=${slope}, but halos/ now declares ${what.values}maxAmount=${want("maxAmount")} slope=${want("slope")}`,
    };
  return undefined;
}

/**
 * `addInitRateLimits(key, rl, …)` on a declared Prime's RateLimits (plan/prime.ts schedules it as
 * `prime.<id>.init.<target>.<flow>`, whose values are the flow's declared `init`, not its target): undefined when
 * `rl` is no declared Prime's, so the class check runs; otherwise the finding (undefined: still right).
 */
function primeInitCheck(args: readonly [Hex, Address, bigint, bigint], index: ReviewIndex): { finding: Check } | undefined {
  const [key, rl] = args;
  if (!index.isPrimeRateLimits(rl)) return undefined;
  return { finding: initCheck(args, index.primeInit(key, rl), index.observed, { flow: "Prime flow", values: "init " }) };
}

function checkCall(call: TimelockCall, index: ReviewIndex, observed: ObservedState): [string, Check] | undefined {
  const { system, resources } = observed;
  const { desired } = index;
  const target = lc(call.target);
  const gone = (resource: string, detail: string): Check => ({ resource, verdict: "no-longer-needed", detail });
  const conflict = (resource: string, detail: string): Check => ({ resource, verdict: "conflicts", detail });
  try {
    if (target === lc(system.beamState)) {
      const d = decodeFunctionData({ abi: beamStateAbi, data: call.data });
      if (d.functionName === "addCBeam") {
        const [who] = d.args;
        // a class's GovOps (`class.<id>.govOps.<address>`) or a Prime's (`prime.<id>.govOps.<address>`)
        const wanted = index.declaresGovOps(who);
        const resource = `cBEAM ${getAddress(who)}`;
        if (observed.pas.cBeams.includes(lc(who)))
          return [d.functionName, gone(resource, `${getAddress(who)} is a cBEAM already`)];
        if (!wanted)
          return [d.functionName, gone(resource, `no class or Prime in halos/ declares ${getAddress(who)} as GovOps`)];
        return [d.functionName, undefined];
      }
      if (d.functionName === "addInitRateLimits") {
        const [key, rl] = d.args;
        const prime = primeInitCheck(d.args, index);
        if (prime !== undefined) return [d.functionName, prime.finding];
        const cls = index.classOf("rateLimits", rl);
        const match = cls === undefined ? undefined : index.classRateLimit(cls, key);
        const init: InitMatch | undefined = match && [match[0].replace(".rateLimit.", ".init."), match[1]];
        return [d.functionName, initCheck(d.args, init, resources, { flow: "rate limit", values: "" })];
      }
      if (d.functionName === "addInitControllerActions") {
        const [data, controller] = d.args;
        const cls = index.classOf("controller", controller);
        const members = (type: string) =>
          cls === undefined
            ? []
            : [
                ...index.withPrefix(desired, `${cls}.${type}.`).map((a) => [a, true] as const),
                ...index
                  .withPrefix(resources, `${cls}.${type}.`)
                  .filter((a) => desired[a] === undefined)
                  .map((a) => [a, false] as const),
              ];
        const who = (a: string) => getAddress(a.split(".")[3]!);
        const wanted = [
          ...members("destination").map(([a, on]) => setDestinationAction(who(a), on).data),
          ...members("relayer").map(([a, on]) => roleAction("relayer", who(a), on).data),
          ...members("freezer").map(([a, on]) => roleAction("freezer", who(a), on).data),
        ].some((x) => lc(x) === lc(data));
        return [
          d.functionName,
          wanted
            ? undefined
            : gone(`controller action of ${controller}`, "nothing declared in halos/ needs this controller action"),
        ];
      }
      return undefined;
    }
    if (system.haloRegistry !== undefined && target === lc(system.haloRegistry)) {
      const d = decodeFunctionData({ abi: haloRegistryAbi, data: call.data });
      if (d.functionName === "setAgentOperator") {
        const [id, operator] = d.args;
        const resource = `agent.${fromBytes32Name(id)}`;
        const want = desired[resource]?.fields.operator;
        if (desired[resource] === undefined) return [d.functionName, gone(resource, "the agent is no longer declared")];
        if (typeof want === "string" && lc(want) !== lc(operator))
          return [d.functionName, conflict(resource, `sets operator ${getAddress(operator)}, but halos/ now declares ${want}`)];
        return [d.functionName, undefined];
      }
      if (d.functionName === "recordLegacyClass") {
        const resource = `legacy.${fromBytes32Name(d.args[0].classId)}`;
        if (desired[resource] === undefined)
          return [d.functionName, gone(resource, "the pre-factory Halo is no longer declared in halos/")];
        if (resources[resource] !== undefined)
          return [d.functionName, conflict(resource, "already recorded on chain since it was scheduled: executing would revert")];
        return [d.functionName, undefined];
      }
      if (d.functionName === "recordLegacyUnit") {
        const haloId = fromBytes32Name(d.args[0].classId);
        const resource = `legacy.${haloId}.unit.${fromBytes32Name(d.args[0].unitId)}`;
        if (desired[resource] === undefined)
          return [d.functionName, gone(resource, "the pre-factory unit is no longer declared in halos/")];
        if (resources[resource] !== undefined)
          return [d.functionName, conflict(resource, "already recorded on chain since it was scheduled: executing would revert")];
        return [d.functionName, undefined];
      }
      return undefined;
    }
    if (system.templateRegistry !== undefined && target === lc(system.templateRegistry)) {
      const d = decodeFunctionData({ abi: templateRegistryAbi, data: call.data });
      const status = TEMPLATE_STATUS[d.functionName];
      if (status === undefined) return undefined;
      const [id, version] = d.args as readonly [Hex, number];
      const resource = `template.${fromBytes32Name(id)}.v${version}`;
      const want = desired[resource]?.fields.status;
      if (want === undefined) return [d.functionName, gone(resource, "the template version is no longer declared")];
      if (want !== status)
        return [d.functionName, conflict(resource, `would make it ${status}, but halos/ now declares ${String(want)}`)];
      return [d.functionName, undefined];
    }
  } catch {
    return undefined; // calldata this tool does not know: not judged
  }
  return undefined;
}

/** Operation id (lower case) → the batch of `plan` whose `execute` action runs it (first match, as the plan orders them). */
function executingBatch(plan: Pick<Plan, "actions" | "batches">): Map<string, string> {
  const batchOf = new Map<string, string>();
  for (const b of plan.batches) for (const id of b.actionIds) if (!batchOf.has(id)) batchOf.set(id, b.id);
  const out = new Map<string, string>();
  for (const a of plan.actions) {
    if (a.kind !== "execute") continue;
    const id = lc(a.timelockOperationId ?? "");
    if (out.has(id)) continue;
    out.set(id, batchOf.get(a.id) as string); // undefined: the first execute of the operation is in no batch
  }
  return out;
}

/** Every pending operation with at least one call that is no longer needed or now conflicts. */
export function reviewPendingOperations(
  observed: ObservedState,
  desired: ResourceMap,
  plan?: Pick<Plan, "actions" | "batches"> | (() => Pick<Plan, "actions" | "batches"> | undefined),
): PendingReview[] {
  const out: PendingReview[] = [];
  const index = new ReviewIndex(desired, observed.resources);
  let executing: Map<string, string> | undefined;
  for (const op of observed.timelockOperations) {
    if (op.timestamp === 0n || op.timestamp === DONE_TIMESTAMP) continue;
    const state = operationState(op.timestamp, observed.blockTimestamp) as "Waiting" | "Ready";
    const findings: PendingFinding[] = [];
    op.calls.forEach((call, i) => {
      const r = checkCall(call, index, observed);
      if (r?.[1] !== undefined) findings.push({ call: i, function: r[0], ...r[1] });
    });
    if (findings.length === 0) continue;
    if (executing === undefined && plan !== undefined) {
      const built = typeof plan === "function" ? plan() : plan; // a plan is built only when a finding needs it
      executing = built !== undefined ? executingBatch(built) : new Map();
    }
    const executedIn = executing?.get(lc(op.id));
    out.push({
      ...(executedIn !== undefined ? { executedIn } : {}),
      operationId: op.id,
      state,
      readyAt: op.timestamp,
      calls: op.calls.length,
      findings,
      cancel: {
        to: observed.system.timelock,
        data: encodeFunctionData({ abi: timelockAbi, functionName: "cancel", args: [op.id] }),
        authority: "canceller",
      },
    });
  }
  return out;
}

/** Text lines for the plan and drift output (empty when nothing is wrong). */
export function pendingLines(reviews: readonly PendingReview[]): string[] {
  if (reviews.length === 0) return [];
  const lines = ["Warning: pending the PAS Timelock operations that no longer match halos/ or the chain:"];
  for (const r of reviews) {
    lines.push(`  operation ${r.operationId} (${r.state}, ${r.calls} call(s)):`);
    for (const f of r.findings)
      lines.push(`    - call ${f.call} ${f.function} ${f.resource}: ${f.verdict === "conflicts" ? "conflicts" : "no longer needed"} — ${f.detail}`);
    const others = r.calls - new Set(r.findings.map((f) => f.call)).size;
    lines.push(
      `    proposed (not sent; a CANCELLER_ROLE holder, the Core Council): cancel(${r.operationId}) to ${r.cancel.to}, data ${r.cancel.data}` +
        (others > 0 ? ` — cancelling also drops its ${others} other call(s): the next plan schedules them again` : ""),
    );
    if (r.executedIn !== undefined)
      lines.push(
        `    this plan still executes it in ${r.executedIn} (its other calls are needed): cancel it first, then run \`halo plan\` again`,
      );
  }
  return lines;
}
