/**
 * Lens benchmark: the observed state of a scale tree (bench/scale-tree.ts: N Portfolio classes × 10 units) read by
 * the per-call refresh and through the HaloLens (reconciler/chain/lens.ts), at the same block; the two states must
 * be deep-equal. Records HTTP requests, JSON-RPC calls, lens calls and wall time of each into out/bench/lens.json.
 * Deployment (not measured) sends the factory calls pipelined, a block per batch, as bench/scale.ts does; the cBEAM
 * grants are left scheduled (the reads are the same either way).
 *
 *   tsx bench/lens.ts [N …]    default 10 100
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { type Address, type Hex, createClient, encodeFunctionData, http } from "viem";
import { haloFactoryAbi, haloRegistryAbi } from "../reconciler/abi/index.js";
import { startAnvil } from "../reconciler/chain/anvil.js";
import { observeWithLens } from "../reconciler/chain/lens.js";
import { toBytes32Name } from "../reconciler/chain/names.js";
import { refreshWith } from "../reconciler/chain/refresh.js";
import { classRequest, registerAgentArgs, unitRequest } from "../reconciler/chain/requests.js";
import { createCountingClient } from "../reconciler/chain/rpc.js";
import { deploySystem } from "../reconciler/chain/system.js";
import { DAY0_LIMIT } from "../reconciler/chain/templates.js";
import { loadDesiredState } from "../reconciler/load/index.js";
import { fakeSha256, scaleTreeFiles } from "./scale-tree.js";

const ACCOUNT_0: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const DEVNET_SUSDS: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const SEND_BATCH = 150;

interface Tx {
  from: Address;
  to: Address;
  data: Hex;
}

export interface LensRow {
  classes: number;
  units: number;
  resources: number;
  equal: boolean;
  refresh: { ms: number; httpRequests: number; rpcCalls: number };
  lens: {
    ms: number;
    httpRequests: number;
    rpcCalls: number;
    reads: number;
    lensCalls: number;
    sliceSize: number;
    smallestSlice: number;
  };
}

async function rpcBatch(url: string, calls: { method: string; params: unknown[] }[]): Promise<unknown[]> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(calls.map((c, id) => ({ jsonrpc: "2.0", id, ...c }))),
  });
  const out = ((await res.json()) as { id: number; result?: unknown; error?: { message: string } }[]).sort(
    (a, b) => a.id - b.id,
  );
  return out.map((r, i) => {
    if (r.error !== undefined) throw new Error(`${calls[i]!.method}: ${r.error.message}`);
    return r.result;
  });
}

/** Explicit nonces and gas, one mined block per batch, then every receipt checked. */
async function sendPipelined(url: string, txs: readonly Tx[]): Promise<void> {
  let nonce = BigInt(
    (await rpcBatch(url, [{ method: "eth_getTransactionCount", params: [ACCOUNT_0, "pending"] }]))[0] as string,
  );
  await rpcBatch(url, [{ method: "evm_setAutomine", params: [false] }]);
  const hashes: Hex[] = [];
  for (let i = 0; i < txs.length; i += SEND_BATCH) {
    const batch = txs.slice(i, i + SEND_BATCH).map((t) => ({
      method: "eth_sendTransaction",
      params: [{ ...t, gas: "0x5b8d80", nonce: `0x${(nonce++).toString(16)}` }],
    }));
    hashes.push(...((await rpcBatch(url, batch)) as Hex[]));
    await rpcBatch(url, [{ method: "evm_mine", params: [] }]);
  }
  await rpcBatch(url, [{ method: "evm_setAutomine", params: [true] }]);
  for (let i = 0; i < hashes.length; i += 500) {
    const receipts = (await rpcBatch(
      url,
      hashes.slice(i, i + 500).map((h) => ({ method: "eth_getTransactionReceipt", params: [h] })),
    )) as ({ status: string } | null)[];
    receipts.forEach((r, j) => {
      if (r?.status !== "0x1") throw new Error(`deployment transaction ${i + j} failed or not mined`);
    });
  }
}

export async function measureLens(classes: number, log: (s: string) => void): Promise<LensRow> {
  const dir = mkdtempSync(join(tmpdir(), `halo-lens-${classes}-`));
  const anvil = await startAnvil({ gasLimit: 1_000_000_000n });
  try {
    const files = scaleTreeFiles({
      classes,
      unitsPerClass: 10,
      classesPerAgent: 10,
      depositAsset: DEVNET_SUSDS,
      audits: {
        "lcts-portfolio": { uri: "ipfs://scale-lcts-portfolio-v1-audit", sha256: fakeSha256("lcts-portfolio-audit") },
        "nfat-term": { uri: "ipfs://scale-nfat-term-v1-audit", sha256: fakeSha256("nfat-term-audit") },
      },
      day0: { maxAmount: `${DAY0_LIMIT}`, slopePerDay: `${DAY0_LIMIT}` },
    });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const loaded = loadDesiredState(dir);
    if (!loaded.ok) throw new Error(`generated tree invalid: ${loaded.diagnostics[0]?.message}`);
    const state = loaded.state;
    const client = createClient({ transport: http(anvil.url) });
    const audits = Object.fromEntries(state.templates.map((t) => [t.id, { uri: t.audit.uri, hash: t.audit.sha256 }]));
    const d = await deploySystem(client, { governance: ACCOUNT_0, audits });
    const salt = toBytes32Name("scale");
    const txs: Tx[] = [];
    const call = (to: Address, abi: unknown, functionName: string, args: readonly unknown[]): Tx => ({
      from: d.accounts.deployer,
      to,
      data: encodeFunctionData({ abi, functionName, args } as never),
    });
    for (const a of state.agents)
      txs.push(call(d.addresses.haloRegistry!, haloRegistryAbi, "registerAgent", registerAgentArgs(a)));
    for (const c of state.classes) {
      txs.push(call(d.addresses.factory!, haloFactoryAbi, "deployClass", [classRequest(c), salt]));
      if (c.kind === "portfolio-lcts")
        for (const u of c.units)
          txs.push(call(d.addresses.factory!, haloFactoryAbi, "deployUnit", [unitRequest(u), salt]));
    }
    const t = performance.now();
    await sendPipelined(anvil.url, txs);
    log(`  ${classes}: ${txs.length} deployment transactions in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const opts = { addresses: d.addresses, fromBlock: d.deployBlock };
    const r0 = performance.now();
    const perCall = await refreshWith(createCountingClient(anvil.url), opts);
    const refreshMs = performance.now() - r0;
    const l0 = performance.now();
    const viaLens = await observeWithLens(createCountingClient(anvil.url), {
      ...opts,
      blockNumber: perCall.state.blockNumber,
    });
    const lensMs = performance.now() - l0;
    const equal = isDeepStrictEqual(viaLens.state, perCall.state);
    return {
      classes,
      units: classes * 10,
      resources: Object.keys(perCall.state.resources).length,
      equal,
      refresh: { ms: Math.round(refreshMs), ...perCall.stats },
      lens: {
        ms: Math.round(lensMs),
        ...viaLens.stats,
        reads: viaLens.lens.reads,
        lensCalls: viaLens.lens.lensCalls,
        sliceSize: viaLens.lens.sliceSize,
        smallestSlice: viaLens.lens.smallestSlice,
      },
    };
  } finally {
    await anvil.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  const rows: LensRow[] = [];
  for (const n of sizes.length > 0 ? sizes : [10, 100]) {
    const row = await measureLens(n, (s) => console.log(s));
    console.log(JSON.stringify(row));
    rows.push(row);
    const out = resolve(dirname(fileURLToPath(import.meta.url)), "..", "out", "bench", "lens.json");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2)}\n`);
  }
}
