/**
 * CLI start-up: how long `node bin/halo.js --version` and `node bin/halo.js --help` take against a bare
 * `node -e 0` on the same machine, median of N runs each, interleaved (one of each per round) so that a busy
 * machine slows all three alike. The target (issue 14) is at most 5× the bare node start for both.
 *
 *   tsx bench/startup.ts [N]    default 15 runs; needs the build (`npm run build`); writes out/bench/startup.json
 *
 * `npm run bench` runs it too (bench/run.ts) and reports the target in docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Target } from "./report.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Start-up within this many times a bare `node -e 0`. */
export const STARTUP_TARGET_RATIO = 5;

export interface StartupResult {
  runs: number;
  node: string;
  /** Median wall time in milliseconds. */
  bareNodeMs: number;
  versionMs: number;
  helpMs: number;
  versionRatio: number;
  helpRatio: number;
}

function timed(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${String(result.status)}: ${(result.stderr ?? "").trim()}`);
  }
  return ms;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Measure `runs` rounds (after one unmeasured warm-up round, which fills the file cache). */
export function measureStartup(runs = 15, bin = join(root, "bin", "halo.js")): StartupResult {
  const commands = { bare: ["-e", "0"], version: [bin, "--version"], help: [bin, "--help"] };
  const samples: Record<keyof typeof commands, number[]> = { bare: [], version: [], help: [] };
  for (let round = 0; round <= runs; round++) {
    for (const key of Object.keys(commands) as (keyof typeof commands)[]) {
      const ms = timed(commands[key]);
      if (round > 0) samples[key].push(ms);
    }
  }
  const bareNodeMs = median(samples.bare);
  const versionMs = median(samples.version);
  const helpMs = median(samples.help);
  return {
    runs,
    node: process.version,
    bareNodeMs: round1(bareNodeMs),
    versionMs: round1(versionMs),
    helpMs: round1(helpMs),
    versionRatio: round2(versionMs / bareNodeMs),
    helpRatio: round2(helpMs / bareNodeMs),
  };
}

function isStartupResult(value: unknown): value is StartupResult {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return ["bareNodeMs", "versionMs", "helpMs", "versionRatio", "helpRatio"].every((k) => typeof v[k] === "number");
}

/** The "CLI start-up" row of the targets table (NOT MEASURED without out/bench/startup.json). */
export function startupTarget(result: unknown): Target {
  const base = {
    id: "cli-startup",
    description: "`halo --version` and `halo --help` start-up (median, 2-core machine)",
    target: `≤ ${STARTUP_TARGET_RATIO}× a bare \`node -e 0\``,
  };
  if (!isStartupResult(result)) {
    return { ...base, measured: "not measured", status: "NOT MEASURED", reason: "no out/bench/startup.json" };
  }
  const r = result;
  const measured =
    `--version ${Math.round(r.versionMs)} ms (${r.versionRatio}×), --help ${Math.round(r.helpMs)} ms (${r.helpRatio}×), ` +
    `node -e 0 ${Math.round(r.bareNodeMs)} ms`;
  const pass = r.versionRatio <= STARTUP_TARGET_RATIO && r.helpRatio <= STARTUP_TARGET_RATIO;
  return {
    ...base,
    measured,
    status: pass ? "PASS" : "MISS",
    reason: pass ? "" : "start-up above the target: see docs/cli.md, Start-up, for what the help and version path loads",
  };
}

export function writeStartup(result: StartupResult, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15);
  // HALO_BIN measures another entry point (e.g. an older bin/halo.js, for a before/after comparison).
  const result = measureStartup(Number.isInteger(runs) && runs > 0 ? runs : 15, process.env.HALO_BIN || undefined);
  const file = join(root, "out", "bench", "startup.json");
  writeStartup(result, file);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n${startupTarget(result).status}; wrote ${file}\n`);
}
