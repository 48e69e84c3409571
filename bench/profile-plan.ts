/**
 * Where the time of `halo plan` / `halo drift` goes, stage by stage, on the scale benchmark's tree (bench/scale.ts)
 * of N Portfolio classes × 10 units, without paying for the deployment again:
 *
 *   tsx bench/profile-plan.ts [N] [--drift] [--runs K] [--fresh] [--chain-cache] [--mine N] [--process] [--process-drift]
 *                             [--process-moved B] [--process-prof DIR]   N default 1000
 *
 * The first run for a size deploys the tree on a fresh anvil (as bench/scale.ts does) and saves the chain
 * (`anvil_dumpState`) with the tree and the system's addresses under out/bench/scale-state-N/; later runs start
 * anvil with `--load-state` from there (seconds instead of minutes). `--fresh` deploys again.
 *
 * Then, in this process, K times (default 1): the plan (load the tree, observe, planFrom, renderText), and with
 * `--drift` the drift check too, with a per-stage table: wall time, our CPU, the node's CPU, GC, HTTP requests and
 * JSON-RPC calls of each stage (reconciler/model/profile.ts; the refresh marks its rounds). The first run of a
 * process pays for warming up the JIT; with `--runs 2` the second is the steady state.
 *
 * `--chain-cache`: the in-process runs use the history cache (a fresh directory: run 1 writes it, run 2 reads it);
 * the new processes always do (the CLI's default, in their fresh project's out/.cache).
 *
 * `--process`: afterwards, `halo plan` as an operator runs it — a new process of the compiled CLI (bench/plan-process.ts,
 * `npm run build` first), once without and once with the on-disk tree cache; `--process-prof DIR` runs those two
 * processes under `node --cpu-prof --cpu-prof-dir=DIR`. `--runs 0 --process` measures only the new processes;
 * `--process-drift` makes them `halo drift` instead (same tree, chain and caches). `--process-moved B`: a third process
 * after B blocks mined (bench/process-moved.ts): the chain moved past the history cache, as between two real runs; it
 * fails unless that run read past the cache and wrote the new final block back (profiled too with `--process-prof`).
 *
 * CPU profile of our side: `node --cpu-prof --cpu-prof-dir=out/bench/prof --import tsx bench/profile-plan.ts 1000`
 * (open the .cpuprofile in Chrome DevTools → Performance, or speedscope). See docs/reconciler-scale.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRpcTimeout } from "../reconciler/chain/rpc-timeout.js";
import { classLensMemory } from "../reconciler/chain/lens-classes.js";
import { loadDesiredState } from "../reconciler/load/index.js";
import { type StageTiming, profileMark, startProfile, stopProfile } from "../reconciler/model/profile.js";
import { configuratorBuilders } from "../reconciler/plan/actions.js";
import { detectDrift, renderDrift } from "../reconciler/plan/drift.js";
import { renderText } from "../reconciler/plan/render.js";
import { allBuilders, observe, planFrom } from "../reconciler/plan/session.js";
import { runHaloPlan, writePlanProject } from "./plan-process.js";
import { mineBlocks, moveChain } from "./process-moved.js";
import { loadMeta, saveScaleState, startSavedAnvil, stateDir } from "./scale-state.js";

export interface ProfiledRun {
  what: "plan" | "drift";
  wallMs: number;
  cpuMs: number;
  nodeCpuMs: number;
  httpRequests: number;
  rpcCalls: number;
  lensCalls: number;
  lensCodecMs: number;
  /** ABI bytes of the lens's queries and answers (chain/lens-classes.ts stats). */
  lensBytes?: { query: number; answer: number };
  items: number;
  stages: StageTiming[];
}

/** One `halo plan` (or `halo drift`) of the saved tree against the chain at `url`, with its stages. */
export async function profileOnce(
  what: "plan" | "drift",
  url: string,
  nodePid: number,
  saved: NonNullable<ReturnType<typeof loadMeta>>,
  chainCache?: string,
): Promise<ProfiledRun> {
  startProfile({ nodePid });
  const loaded = loadDesiredState(saved.tree);
  if (!loaded.ok) throw new Error("the saved tree is invalid");
  profileMark("load the tree (read, parse, validate)");
  const obs = await observe({
    rpcUrl: url,
    addresses: saved.addresses,
    state: loaded.state,
    fromBlock: saved.deployBlock,
    ...(chainCache !== undefined ? { chainCache } : {}),
  });
  profileMark("observe: after refresh 2 (Primes, template proposals, range checks)");
  let items: number;
  if (what === "plan") {
    const plan = planFrom(obs);
    profileMark("planFrom (desired vs observed, plan, fingerprint)");
    renderText(plan, { color: false });
    profileMark("renderText");
    items = plan.changes.length + plan.batches.length;
  } else {
    const report = detectDrift(obs.desired, obs.observed, obs.observed.blockTimestamp, {
      ...configuratorBuilders(),
      ...allBuilders(obs),
    });
    profileMark("detectDrift");
    renderDrift(report);
    profileMark("renderDrift");
    items = report.items.length;
  }
  const stages = stopProfile();
  const lens = classLensMemory(obs.rpc).stats;
  const sum = (f: (s: StageTiming) => number) => stages.reduce((n, s) => n + f(s), 0);
  return {
    what,
    wallMs: sum((s) => s.wallMs),
    cpuMs: sum((s) => s.cpuMs),
    nodeCpuMs: sum((s) => s.nodeCpuMs),
    httpRequests: obs.rpc.stats.httpRequests,
    rpcCalls: obs.rpc.stats.rpcCalls,
    lensCalls: lens.calls,
    lensCodecMs: lens.codecMs,
    lensBytes: { query: lens.queryBytes, answer: lens.answerBytes },
    items,
    stages,
  };
}

const ms = (n: number) => Math.round(n).toLocaleString("en-US");

export function formatRun(run: ProfiledRun): string {
  const w = Math.max(...run.stages.map((s) => s.stage.length), 10);
  const head = `${"stage".padEnd(w)}  ${["wall ms", "our CPU", "  GC", "node CPU", "req", "calls"].map((h) => h.padStart(8)).join(" ")}`;
  const lines = run.stages.map(
    (s) =>
      `${s.stage.padEnd(w)}  ${[ms(s.wallMs), ms(s.cpuMs), ms(s.gcMs), ms(s.nodeCpuMs), String(s.httpRequests), String(s.rpcCalls)]
        .map((x) => x.padStart(8))
        .join(" ")}`,
  );
  return [
    `${run.what}: ${ms(run.wallMs)} ms wall, ${ms(run.cpuMs)} ms our CPU, ${ms(run.nodeCpuMs)} ms node CPU, ` +
      `${run.httpRequests} requests / ${run.rpcCalls} calls, ${run.lensCalls} lens calls (encode + decode ${ms(run.lensCodecMs)} ms${
        run.lensBytes ? `; ${ms(run.lensBytes.query / 1e3)} KB asked, ${ms(run.lensBytes.answer / 1e3)} KB answered` : ""
      }), ` +
      `${run.items} ${run.what === "plan" ? "changes + batches" : "drift items"}`,
    head,
    ...lines,
  ].join("\n");
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  const classes = Number(args.find((a, i) => /^\d+$/.test(a) && !["--runs", "--mine", "--process-moved"].includes(args[i - 1] ?? "")) ?? 1000);
  const runs = Number(value("--runs") ?? 1);
  setRpcTimeout(300_000); // a loaded machine answers a 1,000-class round in more than the CLI's 10 s
  if (flag("--fresh") || loadMeta(classes) === undefined) {
    console.log(`deploying ${classes} classes × 10 units (once; saved for later runs)…`);
    await saveScaleState(classes, console.log);
  }
  const saved = loadMeta(classes)!;
  const t = performance.now();
  const anvil = await startSavedAnvil(saved);
  console.log(`anvil loaded ${classes} classes in ${ms(performance.now() - t)} ms`);
  // --mine N: N empty blocks first. The saved deployment sits in its last ~180 blocks, 64 of which anvil does not call
  // final (latest − 64): `--mine 64` makes all of it final, as an operator's chain history is (the history cache).
  const mine = Number(value("--mine") ?? 0);
  if (mine > 0) await mineBlocks(anvil.url, mine);
  try {
    const out: ProfiledRun[] = [];
    // --chain-cache: the history cache (chain/history-cache.ts) in a fresh directory: run 1 writes it, later runs use it
    const chainCache = flag("--chain-cache") ? mkdtempSync(join(tmpdir(), "halo-profile-history-")) : undefined;
    for (let r = 0; r < runs; r++) {
      for (const what of flag("--drift") ? (["plan", "drift"] as const) : (["plan"] as const)) {
        const run = await profileOnce(what, anvil.url, anvil.pid, saved, chainCache);
        out.push(run);
        console.log(`\nrun ${r + 1}/${runs}, ${formatRun(run)}`);
      }
    }
    const processes: { run: string; wallMs: number; cpuMs: number; nodeCpuMs: number; exitCode: number }[] = [];
    if (flag("--process") || flag("--process-drift") || value("--process-prof") !== undefined || value("--process-moved") !== undefined) {
      const prof = value("--process-prof");
      const project = writePlanProject(anvil.url, saved.addresses, saved.deployBlock);
      const command = flag("--process-drift") ? "drift" : "plan";
      const moved = value("--process-moved") === undefined ? undefined : Number(value("--process-moved"));
      if (moved !== undefined && !(Number.isInteger(moved) && moved > 0)) throw new Error("--process-moved takes a block count > 0");
      const runs = [
        "new process, no tree or history cache",
        "new process, tree and history caches warm",
        ...(moved !== undefined ? [`new process, caches warm, chain moved ${moved} blocks past the history cache`] : []),
      ];
      for (const [i, run] of runs.entries()) {
        const go = () =>
          runHaloPlan(project, saved.tree, {
            nodePid: anvil.pid,
            command,
            ...(prof !== undefined ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${resolve(prof)}`] } : {}),
          });
        // the third run: mine first, and fail unless it read past the history cache and stored the new final block
        const m = i === 2 && moved !== undefined ? await moveChain(anvil.url, project, moved, go) : undefined;
        const r = m?.run ?? (await go());
        processes.push({ run, ...r });
        console.log(
          `\n${run}: \`node bin/halo.js ${command === "plan" ? "plan --detailed-exitcode" : "drift"}\` exit ${r.exitCode}, ${ms(r.wallMs)} ms wall, ` +
            `${ms(r.cpuMs)} ms its CPU, ${ms(r.nodeCpuMs)} ms node CPU, ${r.httpRequests ?? "?"} HTTP requests` +
            `${m !== undefined ? `; history cache final block ${m.coveredTo}` : ""}${r.error !== undefined ? `\n${r.error}` : ""}`,
        );
      }
      rmSync(project, { recursive: true, force: true });
    }
    const file = join(stateDir(classes), "..", `profile-plan-${classes}.json`);
    writeFileSync(file, `${JSON.stringify(processes.length > 0 ? { runs: out, processes } : out, null, 2)}\n`);
    if (chainCache !== undefined) rmSync(chainCache, { recursive: true, force: true });
    console.log(`\nwrote ${file}`);
  } finally {
    await anvil.stop();
  }
}
