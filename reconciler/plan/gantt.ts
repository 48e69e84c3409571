/**
 * The plan's schedule as a Mermaid `gantt` chart (GitHub renders it in the PR comment): one section per actor
 * (sky-governance spell, deployer, core-council-timelocked, core-council-direct, govops), a timelocked
 * operation drawn from its `scheduleBatch` to its `executeBatch`, each SORL ramp as one bar of its hops, all on
 * a time axis starting at the plan's "now" — so a reviewer sees that a change takes 14 days plus N hops.
 */
import type { Batch } from "./actions.js";
import { ACTORS } from "./actors.js";
import { formatSeconds } from "./format.js";
import type { Plan } from "./planner.js";
import { rampsOf } from "./ramps.js";

const SECTION_TITLE: Record<string, string> = {
  "sky-governance": "Sky governance (spell)",
  deployer: "Deployer",
  "core-council-timelocked": "Core Council (Timelock)",
  "core-council-direct": "Core Council (direct)",
  govops: "GovOps",
};

/** Rows of the chart at most (a huge plan's chart stays readable and small): the rest merge into one row. */
export const MAX_GANTT_ROWS = 50;

/** Mermaid task names may not hold `:` `;` `#` (they separate the task's fields). */
function label(s: string): string {
  return s.replace(/[:;#]/g, " ").replace(/\s+/g, " ").trim();
}

interface Task {
  section: string;
  name: string;
  start: bigint;
  /** Seconds; 0 draws a milestone. */
  duration: bigint;
}

/** The tasks of the chart, in order (pure, for tests). */
export function ganttTasks(plan: Plan): Task[] {
  const ramps = rampsOf(plan);
  const folded = new Set(ramps.flatMap((r) => r.foldedBatches));
  const executes = new Map<string, Batch>();
  for (const b of plan.batches)
    if (b.kind === "timelock-execute" && b.timelock !== undefined) executes.set(b.timelock.operationId, b);
  const paired = new Set<string>();
  const tasks: Task[] = [];
  for (const b of plan.batches) {
    if (folded.has(b.id) || paired.has(b.id)) continue;
    const actor = (b.actor as string | undefined) ?? "unknown";
    const section = SECTION_TITLE[actor] ?? (actor === "unknown" ? "Unassigned" : actor);
    const n = b.actionIds.length;
    const what = `${b.id} ${b.kind} (${n} action${n === 1 ? "" : "s"})`;
    const exec = b.kind === "timelock-schedule" && b.timelock !== undefined ? executes.get(b.timelock.operationId) : undefined;
    if (exec !== undefined) {
      paired.add(exec.id);
      const wait = exec.earliestAt - b.earliestAt;
      tasks.push({ section, name: `${b.id} scheduled, waits ${formatSeconds(wait)}`, start: b.earliestAt, duration: wait });
      tasks.push({ section, name: `${exec.id} executeBatch (anyone)`, start: exec.earliestAt, duration: 0n });
    } else {
      tasks.push({ section, name: what, start: b.earliestAt, duration: 0n });
    }
  }
  for (const r of ramps) {
    const hops = r.steps - 1;
    tasks.push({
      section: "SORL ramps",
      name: `${r.resource.split(".").slice(1).join(".")} ${r.steps} steps, ${hops} hop${hops === 1 ? "" : "s"}${r.hop === undefined ? "" : ` of ${formatSeconds(r.hop)}`}`,
      start: r.firstAt,
      duration: r.lastAt - r.firstAt,
    });
  }
  return tasks;
}

/** Mermaid's duration syntax: whole hours when possible, else seconds. */
function mermaidDuration(s: bigint): string {
  if (s % 86_400n === 0n) return `${s / 86_400n}d`;
  if (s % 3600n === 0n) return `${s / 3600n}h`;
  return `${s}s`;
}

/** The ```mermaid block (empty when the plan has no batches). */
export function ganttChart(plan: Plan): string[] {
  if (plan.batches.length === 0) return [];
  const tasks = ganttTasks(plan);
  const order = [...ACTORS.map((a) => SECTION_TITLE[a]!), "Unassigned", "SORL ramps"];
  const sections = [...new Set(tasks.map((t) => t.section))].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  });
  const end = tasks.reduce((m, t) => (t.start + t.duration > m ? t.start + t.duration : m), plan.now);
  const out = [
    "```mermaid",
    "gantt",
    `  title Schedule from the plan's now: ${formatSeconds(end - plan.now)} in all`,
    "  dateFormat X",
    "  axisFormat %d %b %H:%M",
    "  todayMarker off",
    "  section Plan",
    `  now (plan time) :milestone, now, ${plan.now}, 0s`,
  ];
  const ordered = sections.flatMap((s) => tasks.filter((x) => x.section === s));
  const shown = ordered.length > MAX_GANTT_ROWS ? ordered.slice(0, MAX_GANTT_ROWS - 1) : ordered;
  const rest = ordered.slice(shown.length);
  if (rest.length > 0) {
    const first = rest.reduce((m, t) => (t.start < m ? t.start : m), rest[0]!.start);
    const last = rest.reduce((m, t) => (t.start + t.duration > m ? t.start + t.duration : m), first);
    shown.push({ section: "More", name: `… ${rest.length} more rows (see the table)`, start: first, duration: last - first });
  }
  let i = 0;
  let section: string | undefined;
  for (const t of shown) {
    if (t.section !== section) out.push(`  section ${label(t.section)}`);
    section = t.section;
    i++;
    const start = t.start < plan.now ? plan.now : t.start;
    out.push(
      t.duration === 0n
        ? `  ${label(t.name)} :milestone, t${i}, ${start}, 0s`
        : `  ${label(t.name)} :t${i}, ${start}, ${mermaidDuration(t.duration)}`,
    );
  }
  out.push("```", "");
  return out;
}
