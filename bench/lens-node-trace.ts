// lens14 (after bench/lens-node-class.ts captured the calls): where one class-lens call's gas goes (callTracer on a captured call): the sub-calls by selector vs the lens's own
import { readFileSync } from "node:fs";
import { loadMeta, startSavedAnvil } from "./scale-state.js";
const saved = loadMeta(1000)!;
const anvil = await startSavedAnvil(saved);
const calls = JSON.parse(readFileSync("out/bench/lens-class-calls-1000.json", "utf8"));
const codeArg = process.argv.indexOf("--code");
const code = codeArg > 0 ? readFileSync(process.argv[codeArg + 1]!, "utf8").trim() : undefined;
const c = calls[5];
if (code) c.params[2] = { [Object.keys(c.params[2])[0]!]: { code } };
const r = (await (await fetch(anvil.url, { method: "POST", headers: { "content-type": "application/json" },
  body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "debug_traceCall", params: [c.params[0], c.params[1], { tracer: "callTracer", stateOverrides: c.params[2] }] }) })).json()) as any;
if (r.error) { console.log(JSON.stringify(r.error).slice(0, 500)); process.exit(1); }
const top = r.result;
const by = new Map<string, { n: number; gas: number }>();
let sub = 0;
for (const k of top.calls ?? []) {
  const sel = (k.input as string).slice(0, 10);
  const g = Number(BigInt(k.gasUsed));
  sub += g;
  const e = by.get(sel) ?? { n: 0, gas: 0 };
  e.n++; e.gas += g; by.set(sel, e);
}
console.log(`total ${Number(BigInt(top.gasUsed))}, sub-calls ${(top.calls ?? []).length} using ${sub} (their own gas, excl. the 100/2600 access charged to the caller), input ${(top.input.length - 2) / 2} B`);
for (const [s, e] of [...by].sort((a, b) => b[1].gas - a[1].gas)) console.log(s, e.n, e.gas, Math.round(e.gas / e.n));
await anvil.stop();
