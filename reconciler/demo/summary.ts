/** The demo's closing table: what was deployed where, and what it cost (transactions, gas, chain and wall time). */
import type { Address } from "viem";
import { readContract } from "viem/actions";
import { haloRegistryAbi } from "../abi/index.js";
import { fromBytes32Name } from "../chain/names.js";
import { createCountingClient } from "../chain/rpc.js";
import type { DemoChain } from "./chain.js";
import type { DemoResult } from "./run.js";

export interface StepStat {
  title: string;
  ms: number;
  fromBlock: bigint | undefined;
  toBlock: bigint | undefined;
  fromTime: bigint | undefined;
  toTime: bigint | undefined;
}

export interface BlockStats {
  transactions: number;
  gas: bigint;
  /** Per block number: [transactions, gas used]. */
  perBlock: Map<bigint, [number, bigint]>;
}

/** Every block from genesis to `head`, read in batched JSON-RPC requests: the chain's own count of the demo's cost. */
export async function blockStats(url: string, head: bigint): Promise<BlockStats> {
  const { client } = createCountingClient(url);
  const perBlock = new Map<bigint, [number, bigint]>();
  const numbers = Array.from({ length: Number(head) + 1 }, (_, i) => BigInt(i));
  const blocks = await Promise.all(
    numbers.map((b) =>
      client.request({ method: "eth_getBlockByNumber", params: [`0x${b.toString(16)}`, false] } as never) as Promise<{ transactions: string[]; gasUsed: `0x${string}` }>,
    ),
  );
  let transactions = 0;
  let gas = 0n;
  blocks.forEach((blk, i) => {
    const entry: [number, bigint] = [blk.transactions.length, BigInt(blk.gasUsed)];
    perBlock.set(BigInt(i), entry);
    transactions += entry[0];
    gas += entry[1];
  });
  return { transactions, gas, perBlock };
}

const pad = (s: string, w: number) => (s.length >= w ? s : s + " ".repeat(w - s.length));
const lpad = (s: string, w: number) => (s.length >= w ? s : " ".repeat(w - s.length) + s);
const gasText = (g: bigint) => (g >= 1_000_000n ? `${(Number(g) / 1e6).toFixed(1)}M` : `${(Number(g) / 1e3).toFixed(0)}k`);
const duration = (s: bigint) => {
  const days = s / 86_400n;
  const hours = (s % 86_400n) / 3_600n;
  return days > 0n ? `${days}d ${hours}h` : `${hours}h ${(s % 3_600n) / 60n}m`;
};

function table(rows: string[][], right: number[] = []): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r, ri) => {
      const line = r.map((cell, i) => (right.includes(i) && ri > 0 ? lpad(cell, widths[i]!) : pad(cell, widths[i]!))).join("  ").trimEnd();
      return ri === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

interface Rec {
  classId: `0x${string}`;
  almProxy: Address;
  contracts: readonly { name: `0x${string}`; addr: Address }[];
  unitIds: readonly `0x${string}`[];
}

export async function renderSummary(c: DemoChain, r: DemoResult, stats: BlockStats): Promise<string> {
  const d = r.deployment;
  const deployed: string[][] = [["deployed", "what", "address"]];
  for (const [name, address] of Object.entries(d.addresses)) deployed.push(["system", name, address]);
  if (d.depositAsset !== undefined) deployed.push(["system", "sUSDS (mock deposit asset)", d.depositAsset]);
  const count = (await readContract(c.client, { address: d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "classCount" })) as bigint;
  const classes = (await readContract(c.client, { address: d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getClassesPage", args: [0n, count] })) as unknown as Rec[];
  for (const cls of classes) {
    const id = fromBytes32Name(cls.classId);
    deployed.push(["class", `${id} PAU (ALMProxy)`, cls.almProxy]);
    for (const x of cls.contracts) {
      const name = fromBytes32Name(x.name);
      if (name === "ALMProxy") continue;
      deployed.push(["class", `${id} ${name}`, x.addr]);
    }
    for (const u of cls.unitIds) {
      const unit = (await readContract(c.client, { address: d.addresses.haloRegistry, abi: haloRegistryAbi, functionName: "getUnit", args: [u] })) as unknown as { contracts: readonly { name: `0x${string}`; addr: Address }[] };
      const token = unit.contracts.find((x) => fromBytes32Name(x.name) === "HaloShareToken");
      let uid: string;
      try {
        uid = fromBytes32Name(u);
      } catch {
        uid = u;
      }
      if (token !== undefined) deployed.push(["unit", `${uid} share token (+ 2 queues)`, token.addr]);
    }
  }

  const cost: string[][] = [["step", "txs", "gas", "chain time", "wall"]];
  for (const s of r.steps) {
    let txs = 0;
    let gas = 0n;
    const from = s.fromBlock === undefined ? 0n : s.fromBlock + 1n;
    const to = s.toBlock ?? -1n;
    for (let b = from; b <= to; b++) {
      const e = stats.perBlock.get(b);
      if (e !== undefined) {
        txs += e[0];
        gas += e[1];
      }
    }
    const chain = s.fromTime !== undefined && s.toTime !== undefined ? duration(s.toTime - s.fromTime) : "—";
    cost.push([s.title, String(txs), gasText(gas), chain, `${(s.ms / 1000).toFixed(1)}s`]);
  }
  cost.push(["total", String(r.totals.transactions), gasText(r.totals.gas), duration(r.totals.chainSeconds), `${(r.totals.wallMs / 1000).toFixed(1)}s`]);

  return `${table(deployed)}\n\n${table(cost, [1, 2, 3, 4])}\n`;
}
