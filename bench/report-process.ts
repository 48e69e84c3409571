/**
 * The new-process cases of the reconciler scale file (`processes`, bench/plan-process.ts): `halo plan` and `halo drift`
 * as NEW processes of the compiled CLI, caches warm, with the chain unchanged and moved past the history cache. Issue
 * 14's verdict is judged on four of them at 1,000 classes; this module reads them and gives those verdicts and the
 * report's table. Kept apart from report.ts (the launch and gas report), which calls it.
 */
import type { ProcessCase } from "./plan-process.js";
import type { Target } from "./report.js";
import { groupDigits } from "./svg.js";

/** One case as the scale file stores it (bench/scale.ts ScaleProcessCase); only what the report reads. */
export type ProcessCaseRow = Pick<
  ProcessCase,
  "what" | "runsMs" | "medianMs" | "medianCpuMs" | "medianNodeCpuMs" | "httpRequests" | "exitCodes" | "movedBlocks" | "coveredTo"
> & { treeSize: number; id: string; command: string };

const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === "number");

/** The well-formed `processes` of a scale file (anything else is skipped); [] when there are none. */
export function processCases(scale: unknown): ProcessCaseRow[] {
  const list =
    scale !== null && typeof scale === "object" && !Array.isArray(scale) ? (scale as { processes?: unknown }).processes : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((x): x is ProcessCaseRow => {
    if (x === null || typeof x !== "object") return false;
    const c = x as Record<string, unknown>;
    return (
      typeof c.treeSize === "number" &&
      typeof c.id === "string" &&
      typeof c.command === "string" &&
      typeof c.what === "string" &&
      typeof c.medianMs === "number" &&
      typeof c.medianCpuMs === "number" &&
      typeof c.medianNodeCpuMs === "number" &&
      (c.httpRequests === null || typeof c.httpRequests === "number") &&
      isNumbers(c.runsMs) &&
      isNumbers(c.exitCodes)
    );
  });
}

/** The judged cases beside the warm plan (the warm plan keeps its own target, report.ts reconcilerTarget). */
export const JUDGED_PROCESS_CASES = [
  { id: "plan-moved", target: "reconciler-plan-moved", title: "`halo plan`", when: "chain moved past the history cache" },
  { id: "drift-warm", target: "reconciler-drift", title: "`halo drift`", when: "chain unchanged" },
  { id: "drift-moved", target: "reconciler-drift-moved", title: "`halo drift`", when: "chain moved past the history cache" },
] as const;

/** "4,635 ms (median of 3 new processes: 4,500 / 4,635 / 4,900" — without the closing parenthesis. */
export function medianText(c: ProcessCaseRow): string {
  return c.runsMs.length === 1
    ? `${groupDigits(c.medianMs)} ms (one new process`
    : `${groupDigits(c.medianMs)} ms (median of ${c.runsMs.length} new processes: ${c.runsMs.map(groupDigits).join(" / ")}`;
}

/**
 * The verdict on one judged case at `limits.treeSize` classes: ≤ limits.ms (median) and ≤ limits.requests HTTP
 * requests (the largest count of its runs), every run exiting 0. NOT MEASURED when the file has no such case (an older
 * file, or the size was skipped: its reason).
 */
export function processTarget(
  scale: unknown,
  judged: (typeof JUDGED_PROCESS_CASES)[number],
  limits: { treeSize: number; ms: number; requests: number },
  explanations: Readonly<Record<string, string>>,
  skippedReason: string | undefined,
): Target {
  const c = processCases(scale).find((x) => x.treeSize === limits.treeSize && x.id === judged.id);
  const moved = c?.movedBlocks !== undefined ? `chain moved ${groupDigits(c.movedBlocks)} blocks past the history cache` : judged.when;
  const description = `${judged.title}, ${groupDigits(limits.treeSize)} Portfolio classes × 10 units, no changes, new process with caches warm, ${moved} (2-core machine)`;
  const target = `≤ ${groupDigits(limits.ms)} ms (median) and ≤ ${limits.requests} RPC requests`;
  const base = { id: judged.target, description, target };
  if (c === undefined)
    return {
      ...base,
      measured: "not measured",
      status: "NOT MEASURED",
      reason:
        skippedReason !== undefined
          ? `not measured: ${skippedReason}`
          : `no new-process run "${judged.id}" of ${groupDigits(limits.treeSize)} classes in out/bench/reconciler-scale.json`,
    };
  const failed = c.exitCodes.filter((e) => e !== 0);
  const measured = [
    `${medianText(c)}; its CPU ${groupDigits(c.medianCpuMs)} ms, node CPU ${groupDigits(c.medianNodeCpuMs)} ms)`,
    c.httpRequests === null ? "HTTP requests not reported" : `${groupDigits(c.httpRequests)} HTTP requests`,
    ...(failed.length > 0 ? [`exit codes ${c.exitCodes.join(" / ")}`] : []),
  ].join(", ");
  const missed = [
    ...(failed.length > 0 ? [`${failed.length} run(s) exited non-zero`] : []),
    ...(c.medianMs > limits.ms ? [`time ${groupDigits(c.medianMs)} ms > ${groupDigits(limits.ms)} ms`] : []),
    ...(c.httpRequests === null ? ["a run printed no request count"] : []),
    ...(c.httpRequests !== null && c.httpRequests > limits.requests ? [`${groupDigits(c.httpRequests)} requests > ${limits.requests}`] : []),
  ];
  if (missed.length === 0) return { ...base, measured, status: "PASS", reason: "" };
  const why = explanations[judged.target];
  return { ...base, measured, status: "MISS", reason: `${why !== undefined ? `${why} ` : ""}Measured: ${missed.join("; ")}.` };
}

/** The report's table of every case at every size: header and rows (cells already formatted). */
export function processTable(scale: unknown): { header: string[]; rows: string[][] } | null {
  const cases = processCases(scale);
  if (cases.length === 0) return null;
  const header = ["classes", "case", "runs (ms)", "median ms", "its CPU ms", "node CPU ms", "HTTP requests", "exit", "history cache final block"];
  const rows = cases.map((c) => [
    groupDigits(c.treeSize),
    `\`halo ${c.command}\`: ${c.what}`,
    c.runsMs.map(groupDigits).join(" / "),
    groupDigits(c.medianMs),
    groupDigits(c.medianCpuMs),
    groupDigits(c.medianNodeCpuMs),
    c.httpRequests === null ? "—" : groupDigits(c.httpRequests),
    c.exitCodes.join(" / "),
    (c.coveredTo ?? []).join("; "),
  ]);
  return { header, rows };
}

/** Why a moved case misses, when it does (appended: the measured parts). */
export const RECONCILER_MOVED_EXPLANATION =
  "When the chain's final block has moved past the history cache (every real run: a day of blocks between two " +
  "nightly drifts), the refresh reads the new blocks' logs and the cache grows. Since session 8 it grows by appending " +
  "only what became final (a new header when nothing did), after round 1b's requests have left; before, it " +
  "re-encoded and rewrote the ~40,000 cached logs and records of 1,000 classes before round 1b (~0.4 s of CPU, " +
  "profiled). What is left is what the unchanged chain's run pays (docs/reconciler-scale.md, Session 8).";

/** Why the warm drift misses, when it does. */
export const RECONCILER_DRIFT_EXPLANATION =
  "`halo drift` reads the same chain as `halo plan` (the same observation, the same requests) and then compares " +
  "every resource instead of planning. Session 8 halved its own work after the observation (~0.6 s to ~0.3 s, " +
  "profiled), now ~0.1 s more than the plan's (docs/reconciler-scale.md, Session 8 (perf14)).";

/**
 * One note per size whose new processes ran on a loaded machine (the row's processLoadAverage above the file's
 * machine.cpus): their wall times are not comparable with a quiet run's, their CPU times are.
 */
export function loadNotes(scale: unknown): string[] {
  if (scale === null || typeof scale !== "object" || Array.isArray(scale)) return [];
  const o = scale as { rows?: unknown; machine?: { cpus?: unknown } };
  const cpus = typeof o.machine?.cpus === "number" ? o.machine.cpus : undefined;
  if (cpus === undefined || !Array.isArray(o.rows)) return [];
  return o.rows.flatMap((r: unknown) => {
    const row = (r ?? {}) as { treeSize?: unknown; processLoadAverage?: unknown };
    if (typeof row.treeSize !== "number" || typeof row.processLoadAverage !== "number" || row.processLoadAverage <= cpus) return [];
    return [
      `${groupDigits(row.treeSize)} classes: the new processes ran on a loaded machine (load average up to ` +
        `${row.processLoadAverage} on ${cpus} cores): their wall times are not comparable with a quiet run's; their CPU times are`,
    ];
  });
}
