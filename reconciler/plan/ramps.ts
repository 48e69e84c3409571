/**
 * The batch list for people: a SORL ramp is one line (resource, start → end, steps, hop, first and last date)
 * instead of one batch per step, and identical consecutive lines are grouped (`× 12`).
 */
import type { Action, Batch } from "./actions.js";
import { formatAmount, formatSeconds, formatSlope } from "./format.js";
import type { Plan } from "./planner.js";

export interface RampLine {
  resource: string;
  steps: number;
  /** maxAmount before the first step (the change's old value; undefined when unknown) and after the last. */
  fromMax?: bigint;
  toMax: bigint;
  slope: bigint;
  /** Seconds between consecutive steps (the SORL hop); undefined for a single step. */
  hop?: bigint;
  firstAt: bigint;
  lastAt: bigint;
  /** Ids of the batches that hold only this ramp's later steps (folded into the ramp line). */
  foldedBatches: string[];
  /** The deposit asset's decimals the amounts are counted in (the change's; default 18). */
  decimals?: number;
}

function isSetRateLimit(a: Action): boolean {
  return a.function === "setRateLimit" && Array.isArray(a.args) && a.args.length >= 4;
}

function big(v: unknown): bigint {
  return typeof v === "string" || typeof v === "number" || typeof v === "bigint" ? BigInt(v) : 0n;
}

/** Every rate limit of the plan set in more than one step (a SORL ramp), in plan order. */
export function rampsOf(plan: Plan): RampLine[] {
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const batchOf = new Map<string, Batch>();
  for (const b of plan.batches) for (const id of b.actionIds) batchOf.set(id, b);
  const steps = new Map<string, Action[]>();
  for (const a of plan.actions) {
    if (!isSetRateLimit(a)) continue;
    const list = steps.get(a.resource) ?? [];
    list.push(a);
    steps.set(a.resource, list);
  }
  const out: RampLine[] = [];
  for (const [resource, list] of steps) {
    if (!list.some((a) => a.kind === "ramp-step")) continue;
    const at = (a: Action) => a.earliestAt ?? batchOf.get(a.id)?.earliestAt ?? plan.now;
    const sorted = [...list].sort((x, y) => (at(x) < at(y) ? -1 : at(x) > at(y) ? 1 : 0));
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    const change = plan.changes.find((c) => c.address === resource);
    const old = change?.fields.find((f) => f.field === "maxAmount")?.old;
    const folded = plan.batches
      .filter((b) => b.actionIds.length > 0 && b.actionIds.every((id) => byId.get(id)?.kind === "ramp-step" && byId.get(id)?.resource === resource))
      .map((b) => b.id);
    const line: RampLine = {
      resource,
      steps: sorted.length,
      toMax: big(last.args![2]),
      slope: big(last.args![3]),
      firstAt: at(first),
      lastAt: at(last),
      foldedBatches: folded,
    };
    if (typeof old === "bigint") line.fromMax = old;
    if (change?.decimals !== undefined) line.decimals = change.decimals;
    if (sorted.length > 1) line.hop = at(sorted[1]!) - at(first);
    out.push(line);
  }
  return out;
}

export function isoTime(t: bigint): string {
  return new Date(Number(t) * 1000).toISOString().replace(".000Z", "Z");
}

/** `ramp class.x.rateLimit.transfer: maxAmount 10,000,000 (18 decimals) → 20,000,000 (18 decimals), …` */
export function rampLine(r: RampLine): string {
  const from = r.fromMax === undefined ? "" : `${formatAmount(r.fromMax, r.decimals)} → `;
  const hop = r.hop === undefined ? "" : `, every ${formatSeconds(r.hop)}`;
  return `ramp ${r.resource}: maxAmount ${from}${formatAmount(r.toMax, r.decimals)}, slope ${formatSlope(r.slope, r.decimals)}; ${r.steps} steps${hop}, ${isoTime(r.firstAt)} → ${isoTime(r.lastAt)}`;
}

/** Consecutive identical lines become one, with `  × N`. */
export function groupRepeats(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && lines[j] === lines[i]) j++;
    out.push(j - i > 1 ? `${lines[i]}  × ${j - i}` : lines[i]!);
    i = j;
  }
  return out;
}

/**
 * The batch list with ramps folded: `batchLines` renders a batch (its title and action lines); batches holding
 * only later steps of one ramp are replaced by that ramp's single line, at the place of its first folded batch.
 */
export function foldedBatchLines(plan: Plan, batchLines: (b: Batch) => string[]): string[] {
  const ramps = rampsOf(plan);
  const foldedBy = new Map<string, RampLine>();
  for (const r of ramps) for (const id of r.foldedBatches) foldedBy.set(id, r);
  const shown = new Set<string>();
  const out: string[] = [];
  for (const b of plan.batches) {
    const r = foldedBy.get(b.id);
    if (r === undefined) {
      out.push(...groupRepeats(batchLines(b)));
    } else if (!shown.has(r.resource)) {
      shown.add(r.resource);
      out.push(`${rampLine(r)}  (${r.foldedBatches.length} GovOps batch${r.foldedBatches.length === 1 ? "" : "es"}: ${r.foldedBatches[0]} … ${r.foldedBatches[r.foldedBatches.length - 1]})`);
    }
  }
  return out;
}

/** The batches not folded into a ramp line (for the markdown batch table). */
export function unfoldedBatches(plan: Plan): Batch[] {
  const folded = new Set(rampsOf(plan).flatMap((r) => r.foldedBatches));
  return plan.batches.filter((b) => !folded.has(b.id));
}

/** One markdown table row per ramp (`| batch-3 … batch-5 | govops | … |`), matching the batch table's columns. */
export function rampTableRows(plan: Plan): string[] {
  return rampsOf(plan).map((r) => {
    const ids = r.foldedBatches.length === 0 ? "" : `${r.foldedBatches[0]} … ${r.foldedBatches[r.foldedBatches.length - 1]}`;
    const hop = r.hop === undefined ? "" : `, every ${formatSeconds(r.hop)}`;
    const from = r.fromMax === undefined ? "" : `${formatAmount(r.fromMax, r.decimals)} → `;
    return `| ${ids} | govops | SORL ramp of \`${r.resource}\`: ${from}${formatAmount(r.toMax, r.decimals)}, ${r.steps} steps${hop} | transactions | ${isoTime(r.firstAt)} → ${isoTime(r.lastAt)} | ${r.foldedBatches.length} |`;
  });
}
