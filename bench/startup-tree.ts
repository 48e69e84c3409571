/**
 * The cached desired-state tree in a new process (issue 14; docs/reconciler-scale.md, "Session 7 (tree14)"): how
 * long `loadDesiredState` takes in a fresh node process with the on-disk tree cache warm (load/cache.ts), without
 * the rest of `halo plan`. One unmeasured process fills the cache, then N processes each load the tree once and
 * report the load's wall and CPU time (process.cpuUsage: the main thread, GC included), the cache's counts and the
 * heap the loaded tree keeps (`process.memoryUsage().heapUsed` after a forced full GC, minus the same before the
 * load; the children run with --expose-gc).
 *
 *   tsx bench/startup-tree.ts [N] [--tree DIR] [--prof DIR]     N default 5; the 1,000-class saved tree
 *                                                               (out/bench/scale-state-1000/tree)
 *
 * `--prof DIR`: the children run under `node --cpu-prof --cpu-prof-dir=DIR`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./startup.js";

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), "..");

interface TreeRun {
  wallMs: number;
  cpuMs: number;
  parsed: number;
  reused: number;
  /** MB of heap still used after the load and a full GC, minus before it (the tree and what the load keeps). */
  keptMb: number;
}

/** heapUsed after a full garbage collection (the children run with --expose-gc). */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

async function child(tree: string, cacheDir: string): Promise<void> {
  const { loadDesiredState } = await import("../reconciler/load/index.js");
  const { lastFileCacheStats } = await import("../reconciler/load/cache.js");
  const heap0 = heapAfterGc();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = loadDesiredState(tree, { cwd: root, cacheDir });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (!result.ok) throw new Error(`${tree}: invalid (${result.diagnostics.length} errors)`);
  const stats = lastFileCacheStats() ?? { parsed: -1, reused: -1 };
  const keptMb = (heapAfterGc() - heap0) / 2 ** 20;
  process.stdout.write(`${JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, ...stats, keptMb } satisfies TreeRun)}\n`);
}

function run(tree: string, cacheDir: string, nodeArgs: string[]): TreeRun {
  const r = spawnSync(process.execPath, [...nodeArgs, "--expose-gc", "--import", "tsx", here, "--child", tree, cacheDir], { encoding: "utf8", cwd: root });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as TreeRun;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === here) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  if (args[0] === "--child") await child(args[1]!, args[2]!);
  else {
    const n = Number(args.find((a, i) => /^\d+$/.test(a) && !["--tree", "--prof"].includes(args[i - 1] ?? "")) ?? 5);
    const tree = resolve(value("--tree") ?? join(root, "out", "bench", "scale-state-1000", "tree"));
    const prof = value("--prof");
    const cacheDir = mkdtempSync(join(tmpdir(), "halo-startup-tree-"));
    try {
      const fill = run(tree, cacheDir, []);
      console.log(`fill: ${Math.round(fill.wallMs)} ms wall, ${Math.round(fill.cpuMs)} ms CPU, ${fill.parsed} parsed`);
      const runs: TreeRun[] = [];
      for (let i = 0; i < n; i++) {
        const r = run(tree, cacheDir, prof !== undefined ? ["--cpu-prof", `--cpu-prof-dir=${resolve(prof)}`] : []);
        runs.push(r);
        console.log(`run ${i + 1}: ${Math.round(r.wallMs)} ms wall, ${Math.round(r.cpuMs)} ms CPU, ${r.reused} files from the cache, ${r.parsed} parsed, ${r.keptMb.toFixed(1)} MB kept`);
      }
      console.log(
        `median: ${Math.round(median(runs.map((r) => r.wallMs)))} ms wall, ${Math.round(median(runs.map((r) => r.cpuMs)))} ms CPU, ` +
          `${median(runs.map((r) => r.keptMb)).toFixed(1)} MB kept`,
      );
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
}
