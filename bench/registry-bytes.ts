/**
 * What the registry pages of a saved scale chain weigh on the wire, per list, the ABI way and through the registry
 * lens (chain/registry-packed.ts), and what reading them costs us (CPU of this process) and the node (anvil's CPU):
 *
 *   node_modules/.bin/tsx bench/registry-bytes.ts [N] [--reps K]
 *
 * on the chain bench/profile-plan.ts saved for N classes (default 1,000). Bytes are ABI bytes of the `eth_call`
 * results (the JSON text carries twice as many hex digits). Each way reads every page of every list K times
 * (default 3) in one batch, as round 1 / 1b do; the last K-1 are reported (the first warms the JIT).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Hex, keccak256, numberToHex, toBytes } from "viem";
import { readRegistryRest, startRegistryFirstPages } from "../reconciler/chain/refresh-registry.js";
import { registryLensStats } from "../reconciler/chain/registry-packed.js";
import { createCountingClient } from "../reconciler/chain/rpc.js";
import { setRpcTimeout } from "../reconciler/chain/rpc-timeout.js";
import { loadMeta, startSavedAnvil } from "./scale-state.js";

const nodeCpu = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};

async function main() {
  const args = process.argv.slice(2);
  const classes = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--reps") ?? 1000);
  const reps = Number(args[args.indexOf("--reps") + 1] ?? 3) || 3;
  setRpcTimeout(300_000);
  const saved = loadMeta(classes);
  if (saved === undefined) throw new Error(`no saved chain for ${classes} classes: run bench/profile-plan.ts ${classes}`);
  const anvil = await startSavedAnvil(saved);
  try {
    const probe = createCountingClient(anvil.url);
    const block = BigInt((await probe.client.request({ method: "eth_blockNumber" })) as Hex);
    // bytes per list: wrap the transport's answers
    for (const packed of [false, true]) {
      const sizes: Record<string, { pages: number; bytes: number; records: number }> = {};
      const timings: { cpu: number; node: number; wall: number; requests: number; calls: number }[] = [];
      for (let r = 0; r < reps; r++) {
        const rpc = createCountingClient(anvil.url);
        const inner = rpc.client.request.bind(rpc.client);
        const counted = r === 0;
        // count the answer bytes of every eth_call (page reads only: counts are tiny and not pages)
        (rpc.client as { request: unknown }).request = async (a: { method: string; params?: unknown[] }) => {
          const answer: unknown = await inner(a as never);
          if (counted && a.method === "eth_call" && typeof answer === "string" && answer.length > 200) {
            const p0 = a.params?.[0] as { data?: string };
            const kind = pageKind(p0.data ?? "", packed);
            const s = (sizes[kind] ??= { pages: 0, bytes: 0, records: 0 });
            s.pages += 1;
            s.bytes += (answer.length - 2) / 2;
          }
          return answer;
        };
        const c0 = process.cpuUsage();
        const n0 = nodeCpu(anvil.pid);
        const t0 = performance.now();
        const first = await startRegistryFirstPages(rpc.client, saved.addresses, 100, block, { packed });
        const { lists } = await readRegistryRest(rpc.client, saved.addresses, first, 100, block, { packed });
        const c = process.cpuUsage(c0);
        timings.push({
          cpu: (c.user + c.system) / 1000,
          node: nodeCpu(anvil.pid) - n0,
          wall: performance.now() - t0,
          requests: rpc.stats.httpRequests,
          calls: rpc.stats.rpcCalls,
        });
        if (counted) {
          sizes.templates!.records = lists.templates.length;
          sizes.agents!.records = lists.agents.length;
          sizes.classes!.records = lists.classes.length;
          sizes.units!.records = lists.units.length;
          if (packed && registryLensStats(rpc.client).abiPages > 0) throw new Error("the lens path fell back");
        }
      }
      console.log(`\n${packed ? "registry lens (packed)" : "ABI pages"} at block ${numberToHex(block)}:`);
      let total = 0;
      for (const [kind, s] of Object.entries(sizes)) {
        total += s.bytes;
        console.log(
          `  ${kind.padEnd(9)} ${String(s.records).padStart(6)} records in ${String(s.pages).padStart(4)} pages: ` +
            `${(s.bytes / 1e6).toFixed(2)} MB (${Math.round(s.bytes / Math.max(1, s.records))} B/record)`,
        );
      }
      console.log(`  total ${(total / 1e6).toFixed(2)} MB of ABI bytes (${((2 * total) / 1e6).toFixed(1)} MB of JSON text)`);
      for (const [i, t] of timings.entries())
        console.log(
          `  read ${i + 1}${i === 0 ? " (cold JIT)" : ""}: our CPU ${t.cpu.toFixed(0)} ms, node CPU ${t.node.toFixed(0)} ms, ` +
            `wall ${t.wall.toFixed(0)} ms, ${t.requests} requests / ${t.calls} calls`,
        );
    }
  } finally {
    await anvil.stop();
  }
}

const SELECTORS: Record<string, string> = {};
function pageKind(data: string, packed: boolean): string {
  if (packed) {
    // page(uint8 list, …): the list is the first argument's last byte (after the selector, or after the creation code)
    const list = Number.parseInt(data.slice(10 + 62, 10 + 64), 16);
    return ["?", "templates", "agents", "classes", "units"][list] ?? "?";
  }
  const selector = data.slice(0, 10);
  if (Object.keys(SELECTORS).length === 0) {
    SELECTORS["0x" + sel("getTemplatesPage(uint256,uint256)")] = "templates";
    SELECTORS["0x" + sel("getAgentsPage(uint256,uint256)")] = "agents";
    SELECTORS["0x" + sel("getClassesPage(uint256,uint256)")] = "classes";
    SELECTORS["0x" + sel("getUnitsPage(uint256,uint256)")] = "units";
  }
  return SELECTORS[selector] ?? "?";
}

const sel = (signature: string) => keccak256(toBytes(signature)).slice(2, 10);

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
