/**
 * lens14 measurement: the class lens's calls of a 1,000-class plan, captured through a recording proxy, then
 * replayed against the saved chain: node CPU per replay, gas per call, and how many of the reads repeat.
 *   tsx bench/lens-node-class.ts [N] [--code FILE.hex]   (FILE: another runtime code to replay with)
 * The capture (out/bench/lens-class-calls-N.json) keeps the lens code of when it was made: "as captured" replays that
 * code, `--code` another (e.g. `out/HaloClassLens.sol/HaloClassLens.json`'s deployedBytecode). Delete it to capture again.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:http";
import { decodeFunctionData } from "viem";
import { haloClassLensAbi } from "../reconciler/abi/HaloClassLens.js";
import { CLASS_LENS_ADDRESS } from "../reconciler/chain/lens-classes.js";
import { loadDesiredState } from "../reconciler/load/index.js";
import { observe } from "../reconciler/plan/session.js";
import { loadMeta, startSavedAnvil } from "./scale-state.js";

const n = Number(process.argv[2] ?? 1000);
const saved = loadMeta(n)!;
const anvil = await startSavedAnvil(saved);
const cpu = () => {
  const f = readFileSync(`/proc/${anvil.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};
const captureFile = `out/bench/lens-class-calls-${n}.json`;
type Call = { method: string; params: [{ to: string; data: string; gas: string }, unknown, Record<string, { code: string }>] };
let calls: Call[] = [];
if (existsSync(captureFile)) calls = JSON.parse(readFileSync(captureFile, "utf8"));
else {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString();
    if (body.includes(CLASS_LENS_ADDRESS.slice(2).toLowerCase())) {
      const parsed = JSON.parse(body);
      for (const x of Array.isArray(parsed) ? parsed : [parsed])
        if (x.method === "eth_call" && x.params?.[0]?.to === CLASS_LENS_ADDRESS) calls.push({ method: x.method, params: x.params });
    }
    const r = await fetch(anvil.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    res.writeHead(r.status, { "content-type": "application/json" });
    res.end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as { port: number }).port;
  const loaded = loadDesiredState(saved.tree);
  if (!loaded.ok) throw new Error("tree");
  await observe({ rpcUrl: `http://127.0.0.1:${port}`, addresses: saved.addresses, state: loaded.state, fromBlock: saved.deployBlock });
  server.close();
  writeFileSync(captureFile, JSON.stringify(calls));
}
console.log(`${calls.length} class-lens calls captured, ${(JSON.stringify(calls).length / 1e6).toFixed(2)} MB`);

// duplication analysis
const roleReads = new Map<string, number>();
let roleTotal = 0;
const cands = new Map<string, number>();
let candTotal = 0;
let classes = 0;
for (const c of calls) {
  const { args } = decodeFunctionData({ abi: haloClassLensAbi, data: c.params[0].data as `0x${string}` });
  const [, cls] = args as unknown as [unknown, { roles: { target: string; role: string }[]; candidates: string[]; units: { roles: { target: string; role: string }[] }[] }[]];
  for (const q of cls) {
    classes++;
    for (const r of [...q.roles, ...q.units.flatMap((u) => u.roles)]) {
      roleTotal++;
      const k = `${r.target}/${r.role}`;
      roleReads.set(k, (roleReads.get(k) ?? 0) + 1);
    }
    for (const a of q.candidates) {
      candTotal++;
      cands.set(a, (cands.get(a) ?? 0) + 1);
    }
  }
}
console.log(`classes ${classes}; role reads ${roleTotal} (${roleReads.size} distinct); cBEAM candidates ${candTotal} (${cands.size} distinct)`);

let id = 0;
const post = async (body: unknown) =>
  (await (await fetch(anvil.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()) as {
    result?: string;
    error?: unknown;
  }[];
const codeArg = process.argv.indexOf("--code");
const code = codeArg > 0 ? readFileSync(process.argv[codeArg + 1]!, "utf8").trim() : undefined;
const variant = (c: Call): Call => (code ? { ...c, params: [c.params[0], c.params[1], { [CLASS_LENS_ADDRESS]: { code } }] } : c);
const replay = async (label: string, pick: (c: Call) => Call) => {
  const c0 = cpu();
  const t0 = performance.now();
  let answer = 0;
  for (let i = 0; i < calls.length; i += 6) {
    const r = await post(calls.slice(i, i + 6).map((c) => ({ jsonrpc: "2.0", id: ++id, ...pick(c) })));
    for (const x of r) {
      if (x.error) throw new Error(JSON.stringify(x.error).slice(0, 300));
      answer += x.result!.length / 2;
    }
  }
  console.log(`${label}: node CPU ${(cpu() - c0).toFixed(0)} ms, wall ${(performance.now() - t0).toFixed(0)} ms, answer ${(answer / 1e6).toFixed(2)} MB`);
};
for (let round = 0; round < 4; round++) {
  await replay(`replay ${round} as captured`, (c) => c);
  if (code) await replay(`replay ${round} with --code`, variant);
}
let gas = 0n;
for (const [i, c] of calls.entries()) {
  const r = await post([{ jsonrpc: "2.0", id: ++id, method: "eth_estimateGas", params: variant(c).params }]);
  const g = r[0]!.result ? BigInt(r[0]!.result) : -1n;
  if (i < 3) console.log(`call ${i}: gas ${g}`);
  gas += g;
}
console.log(`total gas ${gas}`);
await anvil.stop();
