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

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface ProcessRun {
  /** Wall time of the process, spawn to exit (ms). */
  wallMs: number;
  /** CPU time (user + system) of the halo process itself (ms), from this process's reaped-children counters. */
  cpuMs: number;
  /** CPU time of the node (anvil) during the run (ms); 0 when its pid is unknown. */
  nodeCpuMs: number;
  exitCode: number;
  /** The last lines of stderr when the exit code is not the expected one. */
  error?: string;
}

export interface NewProcessResult {
  /** First run: empty tree cache. */
  cold: ProcessRun;
  /** Second run: the on-disk tree cache and history cache the first run wrote. */
  warm: ProcessRun;
  /** Third run: the tree cache warm, the history cache off (`HALO_CHAIN_CACHE=0`). */
  warmNoHistory: ProcessRun;
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
  if (exitCode !== 0) run.error = stderr.trim().split("\n").slice(-5).join("\n");
  return run;
}

/**
 * Three new `halo plan` processes against the chain at `rpcUrl`, in one fresh project: cold (no tree cache, no history
 * cache), warm (both caches the first run wrote), and warm without the history cache (`HALO_CHAIN_CACHE=0`: every log
 * read from the node, as a CI runner without a restored `out/.cache` would after its first load of the tree).
 */
export async function measureNewProcess(
  rpcUrl: string,
  addresses: object,
  deployBlock: bigint | string,
  tree: string,
  nodePid?: number,
): Promise<NewProcessResult> {
  const project = writePlanProject(rpcUrl, addresses, deployBlock);
  try {
    const opts = nodePid !== undefined ? { nodePid } : {};
    const cold = await runHaloPlan(project, tree, opts);
    const warm = await runHaloPlan(project, tree, opts);
    const warmNoHistory = await runHaloPlan(project, tree, { ...opts, env: { HALO_CHAIN_CACHE: "0" } });
    return { cold, warm, warmNoHistory };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
