/**
 * Refresh only the reconciler-scale part of docs/benchmarks.{json,md} and its chart from out/bench/reconciler-scale.json,
 * keeping every other figure of the last full `npm run bench` (gas, launches, start-up) as it is:
 *
 *   tsx bench/scale.ts 10 100 1000 && tsx bench/scale-report.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  RECONCILER_EXPLANATIONS,
  type Report,
  reconcilerChart,
  reconcilerRows,
  reconcilerTargets,
  renderMarkdown,
  stableStringify,
} from "./report.js";
import { renderLineChart } from "./svg.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const docs = join(root, "docs");
const report = JSON.parse(readFileSync(join(docs, "benchmarks.json"), "utf8")) as Report;
const scale: unknown = JSON.parse(readFileSync(join(root, "out", "bench", "reconciler-scale.json"), "utf8"));
// the reconciler verdicts replace the old ones where the first of them stood (plan, plan moved, drift, drift moved)
const fresh = reconcilerTargets(scale, RECONCILER_EXPLANATIONS);
const isReconciler = (id: string) => id.startsWith("reconciler-");
const at = report.targets.findIndex((t) => isReconciler(t.id));
const targets = report.targets.filter((t) => !isReconciler(t.id));
targets.splice(at < 0 ? targets.length : at, 0, ...fresh);
const updated = { ...report, targets, reconcilerScale: scale } as Report;
const rows = reconcilerRows(scale);
const chart = rows === null ? null : reconcilerChart(rows);
const scaleSvg = "benchmarks-reconciler-scale.svg";
if (chart !== null) writeFileSync(join(docs, scaleSvg), renderLineChart(chart));
writeFileSync(join(docs, "benchmarks.json"), stableStringify(updated));
writeFileSync(
  join(docs, "benchmarks.md"),
  renderMarkdown(updated, {
    lctsChartFile: "benchmarks-lcts-gas.svg",
    reconcilerChartFile: chart === null ? null : scaleSvg,
  }) + "\n",
);
for (const t of fresh) process.stdout.write(`${t.status} ${t.description}: ${t.measured}\n`);
process.stdout.write("wrote docs/benchmarks.md\n");
