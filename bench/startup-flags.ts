/**
 * `halo plan` as a new process at scale, entry points and node flags side by side: starts the saved chain of
 * bench/profile-plan.ts once (out/bench/scale-state-N/, `tsx bench/profile-plan.ts N` saves it), then runs
 * `node [flags] <bin> plan --detailed-exitcode` (one project directory per variant), the variants interleaved round by round
 * (one of each per round, so a busy machine slows all alike), after one unmeasured round that fills the config
 * and tree caches. Prints each run and the medians: wall, CPU of the halo process, CPU of the node (anvil).
 *
 *   tsx bench/startup-flags.ts [N] [--rounds R] [--mine M] [--variant "label|bin|flag flag…"]…
 *
 * `--mine M`: M empty blocks first, as bench/profile-plan.ts's `--mine 64` (the whole deployment final, so the history
 * cache holds all of it, as an operator's would).
 * N default 1000, R default 3. Without `--variant`: bin/halo.js without flags, and with the flags bin/halo.js
 * would set (see docs/reconciler-scale.md, "Session 6 (boot14)"). Example:
 *   --variant "plain|bin/halo.js|" --variant "semi64|bin/halo.js|--max-semi-space-size=64"
 * Writes out/bench/startup-flags-N.json.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRpcTimeout } from "../reconciler/chain/rpc-timeout.js";
import { type ProcessRun, runHaloPlan, writePlanProject } from "./plan-process.js";
import { loadMeta, startSavedAnvil, stateDir } from "./scale-state.js";
import { median } from "./startup.js";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");

export interface Variant {
  label: string;
  bin: string;
  nodeArgs: string[];
}

export function parseVariant(text: string): Variant {
  const [label, bin, flags] = text.split("|");
  if (label === undefined || bin === undefined || label === "" || bin === "") throw new Error(`--variant "${text}": expected "label|bin|flags"`);
  return { label, bin: resolve(root, bin), nodeArgs: (flags ?? "").split(/\s+/).filter(Boolean) };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const values = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]!] : []));
  const classes = Number(args.find((a, i) => /^\d+$/.test(a) && !["--rounds", "--variant", "--mine"].includes(args[i - 1] ?? "")) ?? 1000);
  const rounds = Number(values("--rounds")[0] ?? 3);
  const given = values("--variant").map(parseVariant);
  const variants: Variant[] =
    given.length > 0
      ? given
      : [
          { label: "bin/halo.js", bin: join(root, "bin", "halo.js"), nodeArgs: [] },
          { label: "--max-semi-space-size=64", bin: join(root, "bin", "halo.js"), nodeArgs: ["--max-semi-space-size=64"] },
        ];
  setRpcTimeout(300_000);
  const saved = loadMeta(classes);
  if (saved === undefined) throw new Error(`no saved chain for ${classes} classes: run tsx bench/profile-plan.ts ${classes} first`);
  const anvil = await startSavedAnvil(saved);
  const mine = Number(values("--mine")[0] ?? 0);
  if (mine > 0)
    await fetch(anvil.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "anvil_mine", params: [`0x${mine.toString(16)}`] }),
    });
  // a project (and so a tree cache) per variant: two builds have different loader identities and would evict
  // each other's cached files
  const projects = variants.map(() => writePlanProject(anvil.url, saved.addresses, saved.deployBlock));
  const results = variants.map(() => [] as ProcessRun[]);
  const ms = (n: number) => Math.round(n).toLocaleString("en-US");
  try {
    for (let round = 0; round <= rounds; round++) {
      for (const [i, v] of variants.entries()) {
        const binArgs = { nodePid: anvil.pid, nodeArgs: v.nodeArgs };
        const run = await runHaloPlan(projects[i]!, saved.tree, { ...binArgs, bin: v.bin });
        if (run.exitCode !== 0) throw new Error(`${v.label}: exit ${run.exitCode}\n${run.error ?? ""}`);
        if (round === 0) continue; // fills the caches
        results[i]!.push(run);
        console.log(`round ${round} ${v.label}: ${ms(run.wallMs)} ms wall, ${ms(run.cpuMs)} ms CPU, ${ms(run.nodeCpuMs)} ms node CPU`);
      }
    }
  } finally {
    for (const project of projects) rmSync(project, { recursive: true, force: true });
    await anvil.stop();
  }
  const summary = variants.map((v, i) => {
    const runs = results[i]!;
    const med = (k: "wallMs" | "cpuMs" | "nodeCpuMs") => Math.round(median(runs.map((r) => r[k])));
    return { label: v.label, bin: v.bin, nodeArgs: v.nodeArgs, wallMs: med("wallMs"), cpuMs: med("cpuMs"), nodeCpuMs: med("nodeCpuMs"), runs };
  });
  for (const s of summary) console.log(`median ${s.label}: ${ms(s.wallMs)} ms wall, ${ms(s.cpuMs)} ms CPU, ${ms(s.nodeCpuMs)} ms node CPU`);
  const file = join(stateDir(classes), "..", `startup-flags-${classes}.json`);
  writeFileSync(file, `${JSON.stringify({ classes, rounds, variants: summary }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
