/**
 * Drift detection on top of the diff: what differs between halos/ and the chain, classified so that a
 * nightly job can say *what* drifted, with Terraform's `-detailed-exitcode` convention (0 in sync, 2 drift).
 * Differences the reconciler itself is still working through — a rate limit on its SORL ramp, a cBEAM grant
 * waiting in the PAS Timelock — are reported as expected, not as drift. PAS-wide conditions are drift too: a
 * stopped BeamState (GovOps can change nothing), a paused Timelock (nothing scheduled executes).
 */
import { encodeFunctionData, type Address } from "viem";
import { getAddress } from "../model/address.js";
import { type ObservedState, type ResourceMap, sorlOf } from "../model/observed.js";
import { type Builders, beamStateAbi } from "./actions.js";
import { beaconRoleMismatches } from "./beacon-drift.js";
import { type ResourceChange, diffResources } from "./diff.js";
import { formatValue } from "./render.js";
import { isOnRamp, type RateLimitValues } from "./sorl.js";
import { DONE_TIMESTAMP, sameCall } from "./timelock.js";

export type DriftKind =
  /** a declared value differs on chain (changed outside the tool) */
  | "value-changed"
  /** a relayer / freezer / GovOps on chain that halos/ does not declare */
  | "undeclared-role-holder"
  /** a declared resource that does not exist on chain */
  | "missing"
  /** an on-chain resource (class, unit, rate limit, …) that halos/ does not declare */
  | "undeclared-resource"
  /** a live class whose template version is revoked */
  | "revoked-template-in-use"
  /** expected: a rate limit on its way up under SORL */
  | "ramp-in-progress"
  /** expected: an addition scheduled on the PAS Timelock, not executed yet */
  | "pending-timelock"
  /** BeamState is stopped: the Configurator refuses every GovOps call */
  | "pas-stopped"
  /** the PAS Timelock is paused: nothing is scheduled, cancelled or executed */
  | "timelock-paused"
  /** a contract's beacon role is not held by exactly the class record's beacon operator (plan/beacon-drift.ts) */
  | "beacon-role-mismatch";

export interface DriftItem {
  kind: DriftKind;
  address: string;
  detail: string;
  /** True for differences that are part of a reconciliation in progress (not drift). */
  expected: boolean;
}

export interface DriftReport {
  items: DriftItem[];
  drifted: boolean;
  /** 0 = in sync (possibly with expected differences), 2 = drift. Errors (1) are the caller's. */
  exitCode: 0 | 2;
}

const ROLE_TYPES = new Set(["relayer", "freezer", "govOps", "primeGovOps"]);
/** GovOps-signed rate limits: a class's and a Prime's (plan/prime.ts). */
const RATE_LIMIT_TYPES = new Set(["rateLimit", "primeRateLimit"]);

function big(v: unknown): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" || (typeof v === "string" && /^[0-9]+$/.test(v))) return BigInt(v);
  return 0n;
}

/**
 * A change whose every call is a timelocked addition already scheduled on BEAMTimeLock (an init, a template
 * status change, …): the operation it waits for, else undefined. Needs the builders of that change's type.
 */
function pendingFor(
  c: ResourceChange,
  desired: ResourceMap,
  observed: ObservedState,
  builders: Builders,
  pending: ObservedState["timelockOperations"],
): ObservedState["timelockOperations"][number] | undefined {
  const builder = builders[c.type];
  if (builder === undefined || (c.kind !== "create" && c.kind !== "update")) return undefined;
  let drafts;
  try {
    drafts = builder(c, { observed, desired, expected: {}, now: observed.blockTimestamp });
  } catch {
    return undefined;
  }
  if (!Array.isArray(drafts) || drafts.length === 0) return undefined;
  // a destination approval waits for its timelocked enabling; the GovOps call follows it (needs it executed)
  const isTimelocked = (d: (typeof drafts)[number]) => d.actor === "core-council-timelocked" && d.kind === "schedule";
  const timelocked =
    c.type === "destination" || c.type === "relayer" || c.type === "freezer" || c.type === "govOps"
      ? drafts.filter(isTimelocked)
      : drafts;
  if (timelocked.length === 0 || !timelocked.every(isTimelocked)) return undefined;
  let op: ObservedState["timelockOperations"][number] | undefined;
  for (const d of timelocked) {
    op = pending.find((o) =>
      o.calls.some((x) => sameCall(x, { target: d.target, value: d.value ?? 0n, data: d.calldata })),
    );
    if (op === undefined) return undefined;
  }
  return op;
}

/**
 * `builders` (optional) lets drift recognise any timelocked addition that is already scheduled (inits,
 * template status changes) as pending rather than missing; without them only cBEAM grants are recognised.
 * Everything of a class that waits for its pending cBEAM grant (its relayer, its rate limits, which only
 * that GovOps can set) is expected too.
 */
export function detectDrift(
  desired: ResourceMap,
  observed: ObservedState,
  now: bigint = observed.blockTimestamp,
  builders: Builders = {},
): DriftReport {
  const items: DriftItem[] = [];
  const diff = diffResources(desired, observed.resources);
  const pending = observed.timelockOperations.filter((o) => o.timestamp !== 0n && o.timestamp !== DONE_TIMESTAMP);
  // a class whose GovOps waits for its `addCBeam` in the Timelock: its GovOps-signed changes wait too
  const classesAwaitingGrant = new Map<string, ObservedState["timelockOperations"][number]>();
  for (const c of diff.changes) {
    if ((c.kind !== "create" && c.kind !== "update") || (c.type !== "govOps" && c.type !== "primeGovOps")) continue;
    const classAddr = c.address.split(".").slice(0, 2).join(".");
    const who = c.address.split(".")[3];
    if (who === undefined || !/^0x[0-9a-f]{40}$/.test(who)) continue;
    const data = encodeFunctionData({ abi: beamStateAbi, functionName: "addCBeam", args: [getAddress(who) as Address] });
    const op = pending.find((o) => o.calls.some((x) => sameCall(x, { target: observed.system.beamState, value: 0n, data })));
    if (op !== undefined) classesAwaitingGrant.set(classAddr, op);
  }

  for (const c of diff.changes) {
    const op = c.type === "govOps" || c.type === "primeGovOps" ? undefined : pendingFor(c, desired, observed, builders, pending);
    if (op !== undefined) {
      items.push({
        kind: "pending-timelock",
        address: c.address,
        detail: `scheduled as ${op.id}, ready at ${op.timestamp}`,
        expected: true,
      });
      continue;
    }
    const classAddr = c.address.split(".").slice(0, 2).join(".");
    const grant = classesAwaitingGrant.get(classAddr);
    if ((c.kind === "create" || c.kind === "update") && grant !== undefined && (c.type === "govOps" || c.type === "primeGovOps")) {
      items.push({
        kind: "pending-timelock",
        address: c.address,
        detail: `addCBeam scheduled as ${grant.id}, ready at ${grant.timestamp}; then the Core Council grants it on the class (direct)`,
        expected: true,
      });
      continue;
    }
    if (
      (c.kind === "create" || c.kind === "update") &&
      grant !== undefined &&
      (RATE_LIMIT_TYPES.has(c.type) || c.type === "relayer" || c.type === "destination")
    ) {
      items.push({
        kind: "pending-timelock",
        address: c.address,
        detail: "waits for the class's cBEAM grant (addCBeam in the PAS Timelock): only that GovOps can set it",
        expected: true,
      });
      continue;
    }
    if (c.kind === "create") {
      items.push({
        kind: "missing",
        address: c.address,
        detail: `declared ${c.type} does not exist on chain`,
        expected: false,
      });
    } else if (c.kind === "delete") {
      const kind: DriftKind = ROLE_TYPES.has(c.type) ? "undeclared-role-holder" : "undeclared-resource";
      items.push({ kind, address: c.address, detail: `${c.type} on chain is not declared in halos/`, expected: false });
    } else if (c.kind === "update" || (c.kind === "refused" && c.fields.length > 0)) {
      if (RATE_LIMIT_TYPES.has(c.type) && c.kind === "update") {
        const obs = observed.resources[c.address]!.fields;
        const want: RateLimitValues = {
          maxAmount: big(c.desired!.fields.maxAmount),
          slope: big(c.desired!.fields.slope),
        };
        const have: RateLimitValues = { maxAmount: big(obs.maxAmount), slope: big(obs.slope) };
        const initAddr = c.address.replace(".rateLimit.", ".init.");
        const initFields = observed.resources[initAddr]?.fields;
        const init =
          initFields === undefined
            ? obs["init.maxAmount"] === undefined
              ? undefined
              : { maxAmount: big(obs["init.maxAmount"]), slope: big(obs["init.slope"]) }
            : { maxAmount: big(initFields.maxAmount), slope: big(initFields.slope) };
        const rl = typeof obs.rateLimits === "string" ? obs.rateLimits : "";
        if (isOnRamp(have, want, init, big(obs.zzz), now, sorlOf(observed, rl))) {
          items.push({
            kind: "ramp-in-progress",
            address: c.address,
            detail: `at ${formatValue(have.maxAmount)} / ${formatValue(have.slope)} on the way to ${formatValue(want.maxAmount)} / ${formatValue(want.slope)}`,
            expected: true,
          });
          continue;
        }
      }
      const detail = c.fields
        .map((f) => `${f.field}: ${formatValue(f.new)} declared, ${formatValue(f.old)} on chain`)
        .join("; ");
      items.push({ kind: "value-changed", address: c.address, detail, expected: false });
    } else {
      // an on-chain resource that cannot be removed and is not declared
      items.push({
        kind: "undeclared-resource",
        address: c.address,
        detail: `${c.type} on chain is not declared in halos/`,
        expected: false,
      });
    }
  }

  const resources = observed.resources;
  for (const address in resources) {
    const r = resources[address]!;
    if (r.type !== "class") continue;
    const t =
      observed.resources[`template.${String(r.fields["template.id"])}.v${String(r.fields["template.version"])}`];
    if (t?.fields.status === "revoked") {
      items.push({
        kind: "revoked-template-in-use",
        address,
        detail: `uses template ${String(r.fields["template.id"])} v${String(r.fields["template.version"])}, which is revoked`,
        expected: false,
      });
    }
  }

  for (const m of beaconRoleMismatches(observed))
    items.push({ kind: "beacon-role-mismatch", address: m.address, detail: m.detail, expected: false });

  if (observed.pas.stopped)
    items.push({
      kind: "pas-stopped",
      address: "pas.beamState",
      detail: "BeamState is stopped: the Configurator refuses every setRateLimit / callControllerAction until the Core Council starts it (timelocked)",
      expected: false,
    });
  if (observed.pas.timelockPaused)
    items.push({
      kind: "timelock-paused",
      address: "pas.timelock",
      detail: "the PAS Timelock is paused: nothing can be scheduled, cancelled or executed until its admin unpauses it",
      expected: false,
    });

  items.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.kind < b.kind ? -1 : 1));
  const drifted = items.some((i) => !i.expected);
  return { items, drifted, exitCode: drifted ? 2 : 0 };
}

export function renderDrift(report: DriftReport): string {
  const lines: string[] = [];
  const drift = report.items.filter((i) => !i.expected);
  const expected = report.items.filter((i) => i.expected);
  if (drift.length === 0) lines.push("No drift: the chain matches halos/.");
  else {
    lines.push(`Drift: ${drift.length} difference${drift.length === 1 ? "" : "s"} between halos/ and the chain:`);
    for (const i of drift) lines.push(`  ${i.kind.padEnd(24)} ${i.address}: ${i.detail}`);
  }
  if (expected.length > 0) {
    lines.push("In progress (expected, not drift):");
    for (const i of expected) lines.push(`  ${i.kind.padEnd(24)} ${i.address}: ${i.detail}`);
  }
  return lines.join("\n") + "\n";
}
