/**
 * `halo plan` as an operator runs it: a NEW process of the compiled CLI (`node bin/halo.js plan`, dist/ built by
 * `npm run build`), against a deployed chain, with a project directory of its own (halo.config.ts, the addresses
 * file, the tree as `--dir`). This is the figure issue 14's target (≤ 5 s at 1,000 classes × 10 units) is judged on:
 * unlike the in-process `planMs` of bench/scale.ts it includes node's start-up, loading the CLI's modules and the
 * TypeScript config, a cold JIT, and parsing the tree.
 *
 * Two runs in a fresh project directory: the first with no tree cache (`out/.cache` empty: every YAML file is
 * parsed), the second with the cache the first wrote. `--detailed-exitcode`: exit 0 means no changes, 2 changes,
 * 1 an error (the run is then reported as failed with its stderr).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { localConfigText } from "../reconciler/demo/workspace.js";
import { MOVED_BLOCKS, moveChain } from "./process-moved.js";
import { median as medianOf } from "./startup.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface ProcessRun {
  /** Wall time of the process, spawn to exit (ms). */
  wallMs: number;
  /** CPU time (user + system) of the halo process itself (ms), from this process's reaped-children counters. */
  cpuMs: number;
  /** CPU time of the node (anvil) during the run (ms); 0 when its pid is unknown. */
  nodeCpuMs: number;
  exitCode: number;
  /**
   * HTTP requests the process sent to the node, as its own counting transport (chain/rpc.ts) reports them in its
   * progress line ("halo: read block N in … (K HTTP requests, …)"); undefined when the line is missing. Neither
   * `halo plan` nor `halo drift` sends a request after that line (both only compute and print from the observation).
   */
  httpRequests?: number;
  /** The last lines of stderr when the exit code is not the expected one. */
  error?: string;
}

/** (utime + stime, cutime + cstime) of a process from /proc (Linux), in ms; zeros where unavailable. */
function procTimes(pid: number): { self: number; children: number } {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // after the command name: [11] utime, [12] stime, [13] cutime, [14] cstime (clock ticks, 100 per second)
    return { self: (Number(f[11]) + Number(f[12])) * 10, children: (Number(f[13]) + Number(f[14])) * 10 };
  } catch {
    return { self: 0, children: 0 };
  }
}

/** A project directory whose halo.config.ts points at the chain; the tree is passed with `--dir`. */
export function writePlanProject(
  rpcUrl: string,
  addresses: object,
  deployBlock: bigint | string,
  chainId = 31337,
): string {
  const dir = mkdtempSync(join(tmpdir(), "halo-plan-process-"));
  writeFileSync(
    join(dir, "halo.config.ts"),
    localConfigText({ chainId, rpcUrl, rpcEnv: "HALO_BENCH_RPC_URL", signer: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" }),
  );
  mkdirSync(join(dir, ".halo"), { recursive: true });
  writeFileSync(
    join(dir, ".halo", "devnet.json"),
    `${JSON.stringify({ chainId, deployBlock: String(deployBlock), addresses }, null, 2)}\n`,
  );
  return dir;
}

/**
 * One `node bin/halo.js plan --detailed-exitcode` in `project` (or `halo drift`, `command: "drift"`, whose exit code
 * is already 0 in sync / 2 drift); `nodeArgs` are node's own flags (e.g. --cpu-prof), `bin` another entry point (an
 * older build, for a comparison).
 */
export async function runHaloPlan(
  project: string,
  tree: string,
  options: {
    nodePid?: number;
    nodeArgs?: readonly string[];
    rpcTimeoutS?: number;
    bin?: string;
    env?: Record<string, string>;
    command?: "plan" | "drift";
  } = {},
): Promise<ProcessRun> {
  const before = procTimes(process.pid).children;
  const node0 = options.nodePid !== undefined ? procTimes(options.nodePid).self : 0;
  const t0 = performance.now();
  const args = [
    ...(options.nodeArgs ?? []),
    options.bin ?? join(repo, "bin", "halo.js"),
    "--rpc-timeout",
    String(options.rpcTimeoutS ?? 300),
    ...(options.command === "drift" ? ["drift", "--dir", tree] : ["plan", "--dir", tree, "--detailed-exitcode", "--no-color"]),
  ];
  const child = spawn(process.execPath, args, { cwd: project, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1", ...options.env } });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - t0;
  const run: ProcessRun = {
    wallMs: Math.round(wallMs),
    cpuMs: Math.round(procTimes(process.pid).children - before),
    nodeCpuMs: options.nodePid !== undefined ? Math.round(procTimes(options.nodePid).self - node0) : 0,
    exitCode,
  };
  const requests = /\((\d+) HTTP requests\b/.exec(stderr);
  if (requests !== null) run.httpRequests = Number(requests[1]);
  if (exitCode !== 0) run.error = stderr.trim().split("\n").slice(-5).join("\n");
  return run;
}


/** The cases of `measureNewProcess`, in the order of the result file's rows. */
export const PROCESS_CASES = [
  { id: "plan-cold", command: "plan", what: "no tree cache, no history cache" },
  { id: "plan-warm-no-history", command: "plan", what: "tree cache warm, history cache off (HALO_CHAIN_CACHE=0)" },
  { id: "plan-warm", command: "plan", what: "tree and history caches warm, chain unchanged" },
  { id: "drift-warm", command: "drift", what: "tree and history caches warm, chain unchanged" },
  { id: "plan-moved", command: "plan", what: `caches warm, chain moved ${MOVED_BLOCKS} blocks past the history cache` },
  { id: "drift-moved", command: "drift", what: `caches warm, chain moved ${MOVED_BLOCKS} blocks past the history cache` },
] as const;

export type ProcessCaseId = (typeof PROCESS_CASES)[number]["id"];

/** One case's runs, summarised for the result file (medians; requests: the largest of the runs). */
export interface ProcessCase {
  id: ProcessCaseId;
  command: "plan" | "drift";
  what: string;
  runsMs: number[];
  /** The process's CPU time (user + system) of each run (ms). */
  runsCpuMs: number[];
  medianMs: number;
  medianCpuMs: number;
  medianNodeCpuMs: number;
  /** The largest request count of the runs (null: a run printed no count). */
  httpRequests: number | null;
  exitCodes: number[];
  /** Moved cases: blocks mined before each run, and the history cache's final block before → after each run. */
  movedBlocks?: number;
  coveredTo?: string[];
  /** The last lines of stderr of a run that exited non-zero. */
  error?: string;
}

/** startup.ts's median of `xs`, rounded to whole ms; 0 for none. */
export function median(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : Math.round(medianOf(xs));
}

export function summariseCase(
  c: (typeof PROCESS_CASES)[number],
  runs: readonly ProcessRun[],
  moved?: { blocks: number; coveredTo: string[] },
): ProcessCase {
  const counts = runs.map((r) => r.httpRequests);
  const failed = runs.find((r) => r.error !== undefined);
  return {
    id: c.id,
    command: c.command,
    what: c.what,
    runsMs: runs.map((r) => r.wallMs),
    runsCpuMs: runs.map((r) => r.cpuMs),
    medianMs: median(runs.map((r) => r.wallMs)),
    medianCpuMs: median(runs.map((r) => r.cpuMs)),
    medianNodeCpuMs: median(runs.map((r) => r.nodeCpuMs)),
    httpRequests: counts.some((n) => n === undefined) ? null : Math.max(...(counts as number[])),
    exitCodes: runs.map((r) => r.exitCode),
    ...(moved !== undefined ? { movedBlocks: moved.blocks, coveredTo: moved.coveredTo } : {}),
    ...(failed?.error !== undefined ? { error: failed.error } : {}),
  };
}

/**
 * Runs per case of the four the verdict is judged on (plan / drift, warm / chain moved): single runs of a new process
 * spread ±15 % on this machine, so the verdict takes the median of three (docs/benchmarks.md, "How the reconciler
 * verdict is measured"). The cold run and the run without the history cache are information, run once.
 */
export const JUDGED_RUNS = 3;

/**
 * New `halo plan` and `halo drift` processes against the chain at `rpcUrl`, in one fresh project (its out/.cache is
 * what an operator's CI keeps between runs): first a cold plan (no tree cache, no history cache: it writes both), a
 * plan without the history cache (`HALO_CHAIN_CACHE=0`: every log read from the node, as a CI runner without a
 * restored out/.cache would after its first load of the tree); then `runs` rounds of: plan warm, drift warm (the chain
 * as the last run left it), `MOVED_BLOCKS` blocks mined, plan (the chain moved), `MOVED_BLOCKS` more, drift (moved).
 * Each moved run is checked to have really moved the history cache's final block (bench/process-moved.ts: the bench
 * fails otherwise). Rounds interleave the cases, so that a change of the machine's load spreads over all four.
 */
export async function measureNewProcess(
  rpcUrl: string,
  addresses: object,
  deployBlock: bigint | string,
  tree: string,
  nodePid?: number,
  runs = JUDGED_RUNS,
): Promise<ProcessCase[]> {
  const project = writePlanProject(rpcUrl, addresses, deployBlock);
  try {
    const opts = nodePid !== undefined ? { nodePid } : {};
    const out = new Map<ProcessCaseId, ProcessRun[]>(PROCESS_CASES.map((c) => [c.id, []]));
    const covered = new Map<ProcessCaseId, string[]>([["plan-moved", []], ["drift-moved", []]]);
    out.get("plan-cold")!.push(await runHaloPlan(project, tree, opts));
    out.get("plan-warm-no-history")!.push(await runHaloPlan(project, tree, { ...opts, env: { HALO_CHAIN_CACHE: "0" } }));
    for (let i = 0; i < runs; i++) {
      for (const command of ["plan", "drift"] as const) out.get(`${command}-warm`)!.push(await runHaloPlan(project, tree, { ...opts, command }));
      for (const command of ["plan", "drift"] as const) {
        const moved = await moveChain(rpcUrl, project, MOVED_BLOCKS, () => runHaloPlan(project, tree, { ...opts, command }));
        out.get(`${command}-moved`)!.push(moved.run);
        covered.get(`${command}-moved`)!.push(moved.coveredTo);
      }
    }
    return PROCESS_CASES.map((c) => {
      const moved = covered.get(c.id);
      return summariseCase(c, out.get(c.id)!, moved !== undefined ? { blocks: MOVED_BLOCKS, coveredTo: moved } : undefined);
    });
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
