/**
 * Renders a plan for people: text for a terminal (Terraform's symbols, colour only on a TTY), markdown for
 * a pull-request comment (summary first, size-capped, with a marker a workflow can find), and JSON (the
 * saved-plan format).
 */
import type { Action, Batch } from "./actions.js";
import { ACTOR_INFO } from "./actors.js";
import type { ResourceChange } from "./diff.js";
import type { FieldValue } from "../model/observed.js";
import { type Plan, formatDuration, summaryLine } from "./planner.js";
import { MAX_UINT256 } from "./sorl.js";
import { notSavedNotice, planToJson, type PlanMeta } from "./planfile.js";
import { type PendingReview, pendingLines } from "./pending.js";
import { type PreflightResult, preflightLines } from "./preflight.js";
import { fieldLines } from "./format.js";
import { ganttChart } from "./gantt.js";
import { foldedBatchLines, rampTableRows, unfoldedBatches } from "./ramps.js";

export const MARKDOWN_MARKER = "<!-- halo-plan -->";
/** GitHub refuses comments longer than 65,536 characters. */
export const MARKDOWN_LIMIT = 65_536;

export interface RenderOptions {
  /** ANSI colours; default: only when stdout is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** Where the plan was saved (`--out`); when absent the output says it cannot be applied as-is. */
  savedTo?: string;
  /** Character budget of the markdown (defaults to just under GitHub's limit). */
  markdownLimit?: number;
  /** Pending timelock operations that no longer match halos/ or the chain (with the proposed cancels). */
  pending?: readonly PendingReview[];
  /** The plan-time preflight (roles, proposer, deployer, GovOps accordance). */
  preflight?: PreflightResult;
}

/** The warning sections: pending operations to review, then the preflight. */
function checkLines(opts: RenderOptions): string[] {
  const lines = [...pendingLines(opts.pending ?? []), ...(opts.preflight ? preflightLines(opts.preflight) : [])];
  return lines.length > 0 ? [...lines, ""] : [];
}

export function colorDefault(): boolean {
  return Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined;
}

const SYMBOL: Record<ResourceChange["kind"], string> = { create: "+", update: "~", delete: "-", refused: "-/+" };
const VERB: Record<ResourceChange["kind"], string> = {
  create: "will be created",
  update: "will be updated in place",
  delete: "will be removed",
  refused: "must be replaced, which is refused",
};
const ANSI: Record<ResourceChange["kind"], string> = { create: "32", update: "33", delete: "31", refused: "35" };

export function formatValue(v: FieldValue | undefined): string {
  if (v === undefined) return "(none)";
  if (v === null) return "null";
  if (typeof v === "bigint") return v === MAX_UINT256 ? "unlimited" : v.toString();
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => formatValue(x)).join(", ")}]`;
  return String(v);
}

export function formatTime(t: bigint, now: bigint): string {
  const iso = new Date(Number(t) * 1000).toISOString().replace(".000Z", "Z");
  return t <= now ? `now (${iso})` : `${iso} (+${formatDuration(t - now)})`;
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/** The change list in Terraform's shape, one block per resource. */
export function changeLines(plan: Plan, color = false): string[] {
  const out: string[] = [];
  for (const c of plan.changes) {
    const sym = SYMBOL[c.kind];
    out.push(paint(color, "2", `# ${c.address} ${VERB[c.kind]}`));
    out.push(paint(color, ANSI[c.kind], `${sym} ${c.type} ${c.address}`));
    for (const f of c.fields) out.push(...fieldLines(f, c.kind, c.decimals).map((l) => `    ${l}`));
    for (const [k, v] of Object.entries(c.predicted ?? {})) out.push(`    ${k} = ${formatValue(v)}  (predicted)`);
    const refusal = plan.actions.find((a) => a.resource === c.address && a.kind === "replace-refused");
    if (refusal !== undefined)
      out.push(paint(color, ANSI.refused, `    refused: ${refusal.reason ?? "cannot change in place"}`));
    out.push("");
  }
  return out;
}

function describeAction(a: Action): string {
  const args = (a.args ?? []).map((x) => (typeof x === "string" ? x : JSON.stringify(x)));
  const call = a.function === undefined ? "" : args.length === 0 ? a.function : `${a.function}(${args.join(", ")})`;
  const tag = a.kind === "ramp-step" ? "ramp step" : a.kind;
  return `${tag} ${a.resource}${call === "" ? "" : `: ${call}`}${a.reason !== undefined ? `  — ${a.reason}` : ""}`;
}

/** `sky-governance (an executive spell, executed by the PauseProxy)`, with the signer's address when known. */
export function signedBy(b: Batch): string {
  const info = ACTOR_INFO[b.actor].signs;
  const who = b.permissionless === true ? `${info}; anyone may send it` : info;
  return b.signer !== undefined ? `${b.actor} ${b.signer} (${who})` : `${b.actor} (${who})`;
}

const UNIT: Record<Batch["kind"], string> = {
  spell: "spell call",
  "timelock-schedule": "transaction",
  "timelock-execute": "transaction",
  transactions: "transaction",
};

function batchTitle(b: Batch, now: bigint): string {
  const n = b.transactions.length;
  return `${b.id}: ${b.kind}, ${n} ${UNIT[b.kind]}${n === 1 ? "" : "s"}, signed by ${signedBy(b)}, at ${formatTime(b.earliestAt, now)}`;
}

export function batchLines(plan: Plan): string[] {
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  return foldedBatchLines(plan, (b) => [
    batchTitle(b, plan.now),
    ...(b.timelock !== undefined ? [`    timelock operation ${b.timelock.operationId}`] : []),
    ...b.actionIds.map((id) => `    - ${describeAction(byId.get(id)!)}`),
  ]);
}

export function renderText(plan: Plan, opts: RenderOptions = {}): string {
  const color = opts.color ?? colorDefault();
  const lines: string[] = [];
  lines.push(`Halo plan for chain ${plan.chainId} at block ${plan.blockNumber} (${plan.blockHash})`);
  lines.push("");
  if (plan.changes.length === 0) {
    lines.push("No changes. The chain matches halos/.");
  } else {
    lines.push("Resource changes:  + create   ~ update in place   - remove   -/+ replace (refused)");
    lines.push("");
    lines.push(...changeLines(plan, color));
  }
  if (plan.batches.length > 0) {
    lines.push("Batches, in order:");
    lines.push(...batchLines(plan));
    lines.push("");
  }
  if (plan.undeclared.length > 0) {
    lines.push(`Not declared in halos/ (left alone): ${plan.undeclared.join(", ")}`);
    lines.push("");
  }
  lines.push(...checkLines(opts));
  lines.push(paint(color, "1", summaryLine(plan.summary)));
  lines.push(
    opts.savedTo !== undefined
      ? `Saved to ${opts.savedTo}: apply it with \`halo apply ${opts.savedTo}\`.`
      : notSavedNotice(),
  );
  return lines.join("\n") + "\n";
}

export function renderMarkdown(plan: Plan, opts: RenderOptions = {}): string {
  const limit = opts.markdownLimit ?? MARKDOWN_LIMIT - 1_000;
  const head: string[] = [
    MARKDOWN_MARKER,
    `### ${summaryLine(plan.summary)}`,
    "",
    `Chain \`${plan.chainId}\`, block \`${plan.blockNumber}\` (\`${plan.blockHash}\`); observed state \`${plan.observedFingerprint}\`; desired tree \`${plan.desiredHash}\`.`,
    "",
    opts.savedTo !== undefined ? `Saved as \`${opts.savedTo}\`.` : `> ${notSavedNotice()}`,
    "",
  ];
  const checks = checkLines(opts);
  if (checks.length > 0) head.push("**Warnings**", "", "```", ...checks.slice(0, -1), "```", "");
  const refused = plan.actions.filter((a) => a.kind === "replace-refused");
  if (refused.length > 0) {
    head.push("**Refused** (no transaction will be planned for these):", "");
    for (const a of refused) head.push(`- \`${a.resource}\`: ${a.reason ?? ""}`);
    head.push("");
  }
  if (plan.batches.length > 0) {
    head.push("| batch | actor | signs | kind | earliest | actions |", "|---|---|---|---|---|---|");
    for (const b of unfoldedBatches(plan)) {
      const who = b.signer !== undefined ? `${ACTOR_INFO[b.actor].signs}: \`${b.signer}\`` : ACTOR_INFO[b.actor].signs;
      head.push(
        `| ${b.id} | ${b.actor} | ${who}${b.permissionless === true ? " (anyone may send it)" : ""} | ${b.kind} | ${formatTime(b.earliestAt, plan.now)} | ${b.actionIds.length} |`,
      );
    }
    head.push(...rampTableRows(plan), "");
  }
  const detail = [
    ...changeLines(plan),
    ...(plan.batches.length > 0 ? ["Batches, in order:", ...batchLines(plan)] : []),
  ];
  const open = ["<details><summary>Details</summary>", "", "```diff"];
  const close = ["```", "", "</details>", ""];
  // the schedule chart is left out (with a note) when it alone would not fit the budget
  const chart = ganttChart(plan);
  if (chart.length > 0) {
    const withChart = [...head, ...chart, ...open, ...close].join("\n").length;
    head.push(...(withChart > limit - 200 ? ["_Schedule chart not shown to stay under GitHub's comment limit._", ""] : chart));
  }
  const fixed = [...head, ...open, ...close].join("\n").length;
  const kept: string[] = [];
  let used = fixed;
  let cut = 0;
  for (let i = 0; i < detail.length; i++) {
    const line = detail[i]!;
    if (used + line.length + 1 > limit - 200) {
      cut = detail.length - i;
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  const body = [...head, ...open, ...kept, ...close];
  if (cut > 0)
    body.push(
      `_Details truncated: ${cut} more line${cut === 1 ? "" : "s"} not shown to stay under GitHub's comment limit. Run \`halo plan\` locally for the full plan._`,
      "",
    );
  return body.join("\n");
}

/**
 * The saved-plan JSON; with checks, their results are added as `pendingOperations` and `preflight` (read by
 * people and CI, ignored when the document is read back as a plan).
 */
export function renderJson(plan: Plan, meta: PlanMeta, opts: Pick<RenderOptions, "pending" | "preflight"> = {}): string {
  const json = planToJson(plan, meta);
  if (opts.pending === undefined && opts.preflight === undefined) return json;
  const doc = JSON.parse(json) as Record<string, unknown>;
  if (opts.pending !== undefined) doc.pendingOperations = pendingJson(opts.pending);
  if (opts.preflight !== undefined) doc.preflight = opts.preflight;
  return JSON.stringify(doc, null, 2) + "\n";
}

/** Pending reviews as JSON (bigints as decimal strings). */
export function pendingJson(reviews: readonly PendingReview[]): unknown[] {
  return reviews.map((r) => ({ ...r, readyAt: r.readyAt.toString() }));
}
