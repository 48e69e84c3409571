/**
 * The refresh's request budget as a benchmark: for trees of growing size (N Portfolio classes with two units
 * each, plus one Term class), deploy on a fresh anvil through the factory, refresh, and record resources,
 * HTTP requests, JSON-RPC calls, rounds and time. The request count should stay flat while the calls grow.
 *
 *   tsx reconciler/chain/bench.ts [N …]     default sizes 1 5 20; writes out/bench/refresh-requests.json
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Address, createClient, http, keccak256, toBytes } from "viem";
import { haloFactoryAbi, haloRegistryAbi } from "../abi/index.js";
import { startAnvil } from "./anvil.js";
import { toBytes32Name } from "./names.js";
import { refresh } from "./refresh.js";
import type { ClassRequest, UnitRequest } from "./requests.js";
import { Sender, type SystemDeployment, deploySystem } from "./system.js";

export interface RefreshBenchRow {
  portfolioClasses: number;
  units: number;
  resources: number;
  httpRequests: number;
  rpcCalls: number;
  rounds: number;
  ms: number;
}

// anvil's default accounts 1…5
const OPERATOR: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const FREEZER: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const GOV_OPS: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const BEACON: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
// lpha-attest must be a different key from lpha-nfat (the facility's two-beacon rule refuses one key for both).
const ATTEST_BEACON: Address = "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955";
const E18 = 10n ** 18n;
const name = toBytes32Name;
const artifact = (id: string) => ({ uri: `ipfs://${id}`, sha256: keccak256(toBytes(id)) });

function portfolio(d: SystemDeployment, classId: string): ClassRequest {
  return {
    classId: name(classId),
    agentId: name("bench"),
    templateId: name("lcts-portfolio"),
    templateVersion: 1,
    operator: OPERATOR,
    freezer: FREEZER,
    govOps: GOV_OPS,
    depositAsset: d.depositAsset!,
    name: "",
    symbol: "",
    beacons: [{ kind: name("lpha-lcts"), operator: BEACON }],
    params: [],
    artifact: artifact(classId),
  };
}

function unit(classId: string, unitId: string, seniority: bigint): UnitRequest {
  return {
    unitId: name(unitId),
    classId: name(classId),
    name: unitId,
    symbol: "U",
    params: [
      { name: name("capacity"), value: 1_000_000n * E18 },
      { name: name("seniority"), value: seniority },
      { name: name("targetYieldBps"), value: 500n },
      { name: name("maxRateIncreaseBps"), value: 10n },
      { name: name("minDeposit"), value: E18 },
      { name: name("initialExchangeRate"), value: E18 },
    ],
    artifact: artifact(unitId),
  };
}

function term(d: SystemDeployment): ClassRequest {
  const DAY = 86_400n;
  const p = (n: string, value: bigint) => ({ name: name(n), value });
  return {
    ...portfolio(d, "bench-term"),
    templateId: name("nfat-term"),
    name: "Bench Deals",
    symbol: "BD",
    beacons: [
      { kind: name("lpha-nfat"), operator: BEACON },
      { kind: name("lpha-attest"), operator: ATTEST_BEACON },
    ],
    params: [
      p("termMin", 90n * DAY),
      p("termMax", 730n * DAY),
      p("sizeMin", 10_000n * E18),
      p("sizeMax", 1_000_000n * E18),
      p("apyMinBps", 100n),
      p("apyMaxBps", 900n),
      p("restrictedDepositors", 0n),
      p("transferAllowList", 0n),
      p("assetType", BigInt(name("loan"))),
      p("jurisdiction", BigInt(name("US-DE"))),
    ],
  };
}

/** One row per size; every size on its own fresh chain. */
export async function benchRefresh(sizes: readonly number[]): Promise<RefreshBenchRow[]> {
  const rows: RefreshBenchRow[] = [];
  for (const n of sizes) {
    const anvil = await startAnvil();
    try {
      const client = createClient({ transport: http(anvil.url) });
      const d = await deploySystem(client, { governance: OPERATOR });
      const tx = new Sender(client);
      await tx.init();
      const salt = name("bench");
      const deployer = d.accounts.deployer;
      await tx.call(deployer, d.addresses.haloRegistry, haloRegistryAbi, "registerAgent", [
        name("bench"),
        OPERATOR,
        artifact("bench"),
      ]);
      await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployClass", [term(d), salt]);
      for (let i = 0; i < n; i++) {
        const id = `bench-${i}`;
        await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployClass", [portfolio(d, id), salt]);
        await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployUnit", [unit(id, `${id}-s`, 0n), salt]);
        await tx.call(deployer, d.addresses.factory, haloFactoryAbi, "deployUnit", [unit(id, `${id}-j`, 1n), salt]);
      }
      const started = performance.now();
      const r = await refresh(anvil.url, { addresses: d.addresses, fromBlock: d.deployBlock });
      rows.push({
        portfolioClasses: n,
        units: 2 * n,
        resources: Object.keys(r.state.resources).length,
        httpRequests: r.stats.httpRequests,
        rpcCalls: r.stats.rpcCalls,
        rounds: r.rounds,
        ms: Math.round(performance.now() - started),
      });
    } finally {
      await anvil.stop();
    }
  }
  return rows;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
  const rows = await benchRefresh(sizes.length > 0 ? sizes : [1, 5, 20]);
  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "out", "bench", "refresh-requests.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ benchmark: "refresh request budget", rows }, null, 2)}\n`);
  console.table(rows);
  console.log(`wrote ${out}`);
}
