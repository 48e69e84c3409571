/**
 * The node's side of the lens calls (lens14 measurement): node CPU and gas of the registry pages and class-lens
 * slices against the saved 1,000-class chain.   tsx bench/lens-node.ts [N]
 */
import { readFileSync } from "node:fs";
import { encodeFunctionData, getAbiItem, toFunctionSelector } from "viem";
import { haloRegistryAbi } from "../reconciler/abi/index.js";
import { haloRegistryLensAbi, haloRegistryLensRuntimeBytecode } from "../reconciler/abi/HaloRegistryLens.js";
import { REGISTRY_LENS_ADDRESS, registryLensCall } from "../reconciler/chain/registry-packed.js";
import { loadMeta, startSavedAnvil } from "./scale-state.js";

const n = Number(process.argv[2] ?? 1000);
const saved = loadMeta(n)!;
const anvil = await startSavedAnvil(saved);
const url = anvil.url;
const pid = (anvil as unknown as { pid?: number }).pid ?? (anvil as unknown as { process: { pid: number } }).process.pid;
const cpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};
let id = 0;
async function rpc(body: unknown[]): Promise<{ result?: unknown; error?: unknown }[]> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return (await res.json()) as never;
}
const reg = saved.addresses.haloRegistry as `0x${string}`;
const blockHex = ((await rpc([{ jsonrpc: "2.0", id: 1, method: "eth_blockNumber", params: [] }]))[0]!.result) as string;
async function measure(label: string, calls: { method: string; params: unknown[] }[], batch = 20) {
  const c0 = cpu();
  const t0 = performance.now();
  let bytesIn = 0;
  let bytesOut = 0;
  const out: unknown[] = [];
  for (let i = 0; i < calls.length; i += batch) {
    const body = calls.slice(i, i + batch).map((c) => ({ jsonrpc: "2.0", id: ++id, ...c }));
    bytesOut += JSON.stringify(body).length;
    const r = await rpc(body);
    for (const x of r) {
      if (x.error) throw new Error(`${label}: ${JSON.stringify(x.error).slice(0, 300)}`);
      bytesIn += JSON.stringify(x.result).length;
      out.push(x.result);
    }
  }
  console.log(
    `${label.padEnd(50)} ${calls.length} calls  node CPU ${(cpu() - c0).toFixed(0)} ms  wall ${(performance.now() - t0).toFixed(0)} ms  sent ${(bytesOut / 1e6).toFixed(2)} MB  got ${(bytesIn / 1e6).toFixed(2)} MB`,
  );
  return out;
}
const unitCount = 10 * n;
const pages: { list: "classes" | "units"; offset: bigint }[] = [];
for (let o = 0; o < n; o += 100) pages.push({ list: "classes", offset: BigInt(o) });
for (let o = 0; o < unitCount; o += 100) pages.push({ list: "units", offset: BigInt(o) });
const lensCalls = (mode: "override") =>
  pages.map((p) => {
    const c = registryLensCall(mode, p.list, reg, p.offset, 100n);
    return { method: "eth_call", params: [c.tx, blockHex, c.override] };
  });
const abiCalls = pages.map((p) => ({
  method: "eth_call",
  params: [
    {
      to: reg,
      data: encodeFunctionData({
        abi: haloRegistryAbi,
        functionName: p.list === "classes" ? "getClassesPage" : "getUnitsPage",
        args: [p.offset, 100n],
      }),
    },
    blockHex,
  ],
}));
const TEMPLATES = toFunctionSelector(getAbiItem({ abi: haloRegistryLensAbi, name: "TEMPLATES" }));
const nullCalls = pages.map(() => ({
  method: "eth_call",
  params: [
    { to: REGISTRY_LENS_ADDRESS, data: TEMPLATES },
    blockHex,
    { [REGISTRY_LENS_ADDRESS]: { code: haloRegistryLensRuntimeBytecode } },
  ],
}));
const codeArg = process.argv.indexOf("--code");
const other = codeArg > 0 ? readFileSync(process.argv[codeArg + 1]!, "utf8").trim() : undefined;
const withCode = (cs: { method: string; params: unknown[] }[]) =>
  cs.map((c) => ({ ...c, params: [c.params[0], c.params[1], { [REGISTRY_LENS_ADDRESS]: { code: other } }] }));
for (let round = 0; round < 3; round++) {
  await measure("registry pages: lens (override)", lensCalls("override"));
  if (other) await measure("registry pages: lens with --code", withCode(lensCalls("override")));
  if (round === 0) await measure("registry pages: ABI getPage", abiCalls);
  if (round === 0) await measure("lens code only (TEMPLATES(), 8 KB override)", nullCalls);
}
if (other) {
  const r = await rpc([{ jsonrpc: "2.0", id: ++id, method: "eth_estimateGas", params: withCode([lensCalls("override")[20]!])[0]!.params }]);
  console.log("gas: units page via lens --code", BigInt(r[0]!.result as string));
}
// gas per page: eth_estimateGas
const est = async (label: string, call: { method: string; params: unknown[] }) => {
  const r = await rpc([{ jsonrpc: "2.0", id: ++id, method: "eth_estimateGas", params: call.params }]);
  console.log(label, r[0]!.result ? BigInt(r[0]!.result as string) : JSON.stringify(r[0]!.error).slice(0, 200));
};
await est("gas: units page via lens", lensCalls("override")[20]!);
await est("gas: units page ABI", abiCalls[20]!);
await est("gas: classes page via lens", lensCalls("override")[0]!);
await est("gas: classes page ABI", abiCalls[0]!);

await anvil.stop();
