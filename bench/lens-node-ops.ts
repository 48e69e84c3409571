// lens14 (after bench/lens-node-class.ts captured the calls): opcode gas of the class lens's own code (depth 1) for K classes of a captured call (structLogger)
import { readFileSync } from "node:fs";
import { decodeFunctionData, encodeFunctionData } from "viem";
import { haloClassLensAbi } from "../reconciler/abi/HaloClassLens.js";
import { loadMeta, startSavedAnvil } from "./scale-state.js";
const saved = loadMeta(1000)!;
const anvil = await startSavedAnvil(saved);
const calls = JSON.parse(readFileSync("out/bench/lens-class-calls-1000.json", "utf8"));
const K = Number(process.argv[2] ?? 4);
const codeArg = process.argv.indexOf("--code");
const code = codeArg > 0 ? readFileSync(process.argv[codeArg + 1]!, "utf8").trim() : undefined;
const c = calls[5];
const { functionName, args } = decodeFunctionData({ abi: haloClassLensAbi, data: c.params[0].data });
const a = args as unknown as unknown[];
const data = encodeFunctionData({ abi: haloClassLensAbi, functionName, args: [a[0], (a[1] as unknown[]).slice(0, K), [], []] } as never);
const lensAddr = Object.keys(c.params[2])[0]!;
const override = code ? { [lensAddr]: { code } } : c.params[2];
const post = async (method: string, params: unknown[]) => (await (await fetch(anvil.url, { method: "POST", headers: { "content-type": "application/json" },
  body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) })).json()) as any;
const est = await post("eth_estimateGas", [{ ...c.params[0], data }, c.params[1], override]);
console.log(`${K} classes: gas ${BigInt(est.result ?? -1)}`);
const r = await post("debug_traceCall", [{ ...c.params[0], data }, c.params[1], { stateOverrides: override, disableStack: true, disableStorage: true, enableMemory: false }]);
if (r.error) { console.log(JSON.stringify(r.error).slice(0, 300)); process.exit(1); }
const logs = r.result.structLogs as { op: string; gasCost: number; depth: number; memSize?: number }[];
const by = new Map<string, number>();
let d1 = 0, d2 = 0, maxMem = 0;
for (const l of logs) {
  if (l.depth === 1) { d1 += l.gasCost; if (l.op !== "STATICCALL" && l.op !== "CALL") by.set(l.op, (by.get(l.op) ?? 0) + l.gasCost); if ((l.memSize ?? 0) > maxMem) maxMem = l.memSize!; }
  else d2 += l.gasCost;
}
console.log(`steps ${logs.length}; depth1 gas (incl. calls' gas) ${d1}, deeper ${d2}; max memory ${maxMem}; gasUsed ${r.result.gas}`);
console.log([...by].sort((x, y) => y[1] - x[1]).slice(0, 15).map(([o, g]) => `${o} ${g}`).join(", "));
{
  let first = -1, last = -1;
  logs.forEach((l, i) => { if (l.depth === 1 && l.op === "STATICCALL") { if (first < 0) first = i; last = i; } });
  const before = logs.slice(0, first).filter((l) => l.depth === 1).length;
  const after = logs.slice(last + 1).filter((l) => l.depth === 1).length;
  const calls = logs.filter((l) => l.depth === 1 && l.op === "STATICCALL").length;
  console.log(`depth-1 steps before the first read ${before}, after the last ${after}, reads ${calls}`);
  // steps between reads, histogram of gaps
  const gaps: number[] = []; let g = 0, on = false;
  for (const l of logs) { if (l.depth !== 1) continue; if (l.op === "STATICCALL") { if (on) gaps.push(g); g = 0; on = true; } else g++; }
  gaps.sort((x, y) => x - y);
  console.log(`gaps between reads: median ${gaps[gaps.length >> 1]}, p90 ${gaps[Math.floor(gaps.length * 0.9)]}, max ${gaps[gaps.length - 1]}, sum ${gaps.reduce((x, y) => x + y, 0)}`);
  const big = gaps.filter((x) => x > 2000); console.log(`gaps > 2000 steps: ${big.length}, sum ${big.reduce((x, y) => x + y, 0)}: ${big.slice(-10).join(" ")}`);
}
const ops1 = logs.filter((l) => l.depth === 1).length;
console.log(`depth-1 steps ${ops1}, deeper steps ${logs.length - ops1}`);
await anvil.stop();
