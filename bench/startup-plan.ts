/**
 * What a new `halo plan` process pays before its first JSON-RPC request: node's start, loading the CLI's modules,
 * the config (halo.config.ts through its compiled-bundle cache, config/import.ts) and the tree (through the on-disk
 * tree cache, load/cache.ts). A local HTTP server stands in for the node: it records when the first request
 * arrives and answers it with a JSON-RPC error, so the process exits at once (exit 1) and its CPU time is that of
 * the start alone. Runs are interleaved with a bare `node -e 0` (same machine load) and the median of each is kept.
 *
 *   tsx bench/startup-plan.ts [N] [--tree DIR] [--bin FILE ...]    default 9 runs, the scenario tree,
 *                                                                    bin/halo.js; writes out/bench/startup-plan.json
 *
 * `--tree out/bench/scale-state-1000/tree` measures the 1,000-class tree (tree cache warm after the first,
 * unmeasured, round). Several `--bin` compare entry points (e.g. an older build) in the same rounds.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./startup.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface StartRun {
  /** Spawn → first request reaching the stand-in node (ms); NaN when none came. */
  firstRequestMs: number;
  /** Spawn → exit (ms). */
  wallMs: number;
  /** CPU (user + system) of the process, whole run (ms): the start, and answering one error. */
  cpuMs: number;
}

/** CPU (user + system) of this process's reaped children so far, in ms (Linux /proc; 0 elsewhere). */
function childrenCpuMs(): number {
  try {
    const f = readFileSync(`/proc/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return 0;
  }
}

/** A project directory: halo.config.ts naming placeholder addresses and the stand-in node at `rpcUrl`. */
export function writeStartProject(rpcUrl: string, tree: string): string {
  const dir = mkdtempSync(join(tmpdir(), "halo-startup-plan-"));
  const address = (n: number): string => `0x${"10".padEnd(38, "0")}${n.toString(16).padStart(2, "0")}`;
  const names = ["templateRegistry", "haloRegistry", "factory", "beamState", "configurator", "timelock"];
  const addresses = Object.fromEntries(names.map((name, i) => [name, address(i + 1)]));
  writeFileSync(
    join(dir, "halo.config.ts"),
    `export default {
  defaultNetwork: "local",
  halosDir: "halos",
  networks: { local: { chainId: 31337, rpcUrl: { env: "HALO_STARTUP_RPC_URL", default: ${JSON.stringify(rpcUrl)} }, addresses: ${JSON.stringify(addresses)}, apply: { mode: "timelock" } } },
};
`,
  );
  mkdirSync(join(dir, "halos"));
  cpSync(tree, join(dir, "halos"), { recursive: true });
  return dir;
}

/** The stand-in node: every request is answered with a JSON-RPC error; `first` is when the latest run's first came. */
async function standInNode(): Promise<{ url: string; first: () => number; reset: () => void; close: () => Promise<void> }> {
  let first = Number.NaN;
  const server = createServer((request, response) => {
    if (Number.isNaN(first)) first = performance.now();
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ jsonrpc: "2.0", id: 0, error: { code: -32603, message: "startup benchmark: no chain here" } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    first: () => first,
    reset: () => (first = Number.NaN),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function timed(args: string[], cwd: string, node?: { first: () => number; reset: () => void }): Promise<StartRun> {
  node?.reset();
  const before = childrenCpuMs();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: "ignore", env: { ...process.env, HALO_NETWORK: "", HALO_STARTUP_RPC_URL: "" } });
  await new Promise<void>((r, reject) => {
    child.on("error", reject);
    child.on("close", () => r());
  });
  const wallMs = performance.now() - t0;
  const first = node?.first() ?? Number.NaN;
  return { firstRequestMs: first - t0, wallMs, cpuMs: childrenCpuMs() - before };
}

export interface StartupPlanResult {
  runs: number;
  tree: string;
  bareNode: { wallMs: number; cpuMs: number };
  /** Per entry point: medians. */
  bins: { bin: string; firstRequestMs: number; wallMs: number; cpuMs: number }[];
}

export async function measureStartupPlan(runs: number, tree: string, bins: readonly string[]): Promise<StartupPlanResult> {
  const node = await standInNode();
  // a project (and so a tree cache) per entry point: two builds have different loader identities and would evict
  // each other's cached files
  const projects = bins.map(() => writeStartProject(node.url, tree));
  try {
    const samples = bins.map(() => [] as StartRun[]);
    const bare: StartRun[] = [];
    for (let round = 0; round <= runs; round++) {
      const b = await timed(["-e", "0"], projects[0]!);
      if (round > 0) bare.push(b);
      for (const [i, bin] of bins.entries()) {
        const run = await timed([bin, "plan", "--no-color"], projects[i]!, node);
        if (Number.isNaN(run.firstRequestMs)) throw new Error(`${bin} plan sent no request (run it in ${projects[i]!} to see why)`);
        if (round > 0) samples[i]!.push(run); // round 0 fills the config and tree caches
      }
    }
    const med = (xs: StartRun[], k: keyof StartRun): number => Math.round(median(xs.map((x) => x[k])));
    return {
      runs,
      tree,
      bareNode: { wallMs: med(bare, "wallMs"), cpuMs: med(bare, "cpuMs") },
      bins: bins.map((bin, i) => ({ bin, firstRequestMs: med(samples[i]!, "firstRequestMs"), wallMs: med(samples[i]!, "wallMs"), cpuMs: med(samples[i]!, "cpuMs") })),
    };
  } finally {
    await node.close();
    for (const dir of projects) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const values = (flag: string): string[] => args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1]!] : []));
  const runs = Number(args.find((a, i) => /^[0-9]+$/.test(a) && !["--tree", "--bin"].includes(args[i - 1] ?? "")) ?? 9);
  const tree = resolve(values("--tree")[0] ?? join(root, "reconciler", "test", "fixtures", "scenario"));
  const bins = values("--bin").map((b) => resolve(b));
  const result = await measureStartupPlan(runs, tree, bins.length > 0 ? bins : [join(root, "bin", "halo.js")]);
  const file = join(root, "out", "bench", "startup-plan.json");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\nwrote ${file}\n`);
}
