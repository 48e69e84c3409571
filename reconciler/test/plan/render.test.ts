import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../plan/planner.js";
import { parsePlan } from "../../plan/planfile.js";
import { MAX_GANTT_ROWS, ganttChart } from "../../plan/gantt.js";
import { MARKDOWN_MARKER, formatValue, renderJson, renderMarkdown, renderText } from "../../plan/render.js";
import { MAX_UINT256 } from "../../plan/sorl.js";
import { desiredNewClass, desiredSummaryExample, fakeBuilders, observedBase } from "./fixtures.js";

const goldenDir = join(import.meta.dirname, "golden");

/** Compares with golden/<name>; `UPDATE_GOLDEN=1 vitest run` rewrites the files after a deliberate change. */
function golden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`missing golden file ${name}: run with UPDATE_GOLDEN=1 once and review it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const summaryPlan = () => buildPlan({ desired: desiredSummaryExample(), observed: observedBase() });
const newClassPlan = () => buildPlan({ desired: desiredNewClass(), observed: observedBase(), builders: fakeBuilders });

function refusedPlan() {
  const desired = desiredSummaryExample();
  desired["class.acme-mmf"]!.fields["template.version"] = 2n;
  return buildPlan({ desired, observed: observedBase() });
}

describe("text", () => {
  it("matches the golden files", () => {
    golden("summary.txt", renderText(summaryPlan(), { color: false }));
    golden("new-class.txt", renderText(newClassPlan(), { color: false, savedTo: "plans/acme-tbill.json" }));
    golden("refused.txt", renderText(refusedPlan(), { color: false }));
  });

  it("uses colour only when asked", () => {
    expect(renderText(summaryPlan(), { color: true })).toContain("\u001b[33m~ rateLimit");
    expect(renderText(summaryPlan(), { color: false })).not.toContain("\u001b[");
  });

  it("says so when nothing changes", () => {
    const observed = observedBase();
    const desired = Object.fromEntries(Object.entries(observed.resources));
    const text = renderText(buildPlan({ desired, observed }), { color: false });
    expect(text).toContain("No changes. The chain matches halos/.");
    expect(text).toContain("Plan: 0 to add, 0 to change, 0 to destroy");
  });

  it("prints amounts plainly and unlimited by name", () => {
    expect(formatValue(MAX_UINT256)).toBe("unlimited");
    expect(formatValue(10n)).toBe("10");
    expect(formatValue("acme")).toBe('"acme"');
    expect(formatValue(undefined)).toBe("(none)");
  });
});

describe("markdown", () => {
  it("matches the golden files, summary first, with the marker", () => {
    const md = renderMarkdown(summaryPlan());
    expect(md.startsWith(`${MARKDOWN_MARKER}\n### Plan: 2 to add, 1 to change, 0 to destroy;`)).toBe(true);
    golden("summary.md", md);
    golden("refused.md", renderMarkdown(refusedPlan(), { savedTo: "plans/acme.json" }));
  });

  it("truncates the detail with a note to stay under the limit", () => {
    const plan = summaryPlan();
    const full = renderMarkdown(plan);
    const small = renderMarkdown(plan, { markdownLimit: 2_500 });
    expect(small.length).toBeLessThanOrEqual(2_500);
    expect(small).toMatch(/_Details truncated: \d+ more lines not shown/);
    expect(small).toContain(MARKDOWN_MARKER);
    expect(small).toContain("### Plan: 2 to add");
    expect(full).not.toMatch(/truncated/);
    expect(full).toContain("```mermaid");
    // the chart alone would not fit 2,500 characters: it is left out, with a note
    expect(small).not.toContain("```mermaid");
    expect(small).toContain("_Schedule chart not shown to stay under GitHub's comment limit._");
  });

  it("caps the schedule chart: the batches past the cap merge into one row", () => {
    const plan = summaryPlan();
    const template = plan.batches.find((b) => b.actor === "govops")!;
    const batches = Array.from({ length: 120 }, (_, i) => ({
      ...template,
      id: `batch-${i + 1}`,
      actionIds: [],
      earliestAt: plan.now + BigInt(i) * 3600n,
    }));
    const chart = ganttChart({ ...plan, actions: [], batches });
    const rows = chart.filter((l) => /:(milestone, )?t\d+, /.test(l));
    expect(rows).toHaveLength(MAX_GANTT_ROWS);
    expect(rows.at(-1)).toBe(`  … ${120 - (MAX_GANTT_ROWS - 1)} more rows (see the table) :t${MAX_GANTT_ROWS}, ${plan.now + 49n * 3600n}, ${120 - 50}h`);
    expect(ganttChart({ ...plan, actions: [], batches: batches.slice(0, MAX_GANTT_ROWS) }).join("\n")).not.toContain("more rows");
  });

  it("stays under GitHub's 65,536 characters for a huge plan", () => {
    const observed = observedBase();
    const desired = desiredSummaryExample();
    for (let i = 0; i < 2_000; i++)
      desired[`class.acme-mmf.relayer.0x${i.toString(16).padStart(40, "0")}`] = { type: "relayer", fields: {} };
    const md = renderMarkdown(buildPlan({ desired, observed }));
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/Details truncated/);
  });
});

describe("json", () => {
  it("is the saved-plan format", () => {
    const plan = summaryPlan();
    expect(parsePlan(renderJson(plan, { toolVersion: "0.1.0" })).plan).toEqual(plan);
  });
});
