/**
 * The moved chain: between two real runs of `halo plan` / `halo drift` the chain's final block has moved (a nightly
 * drift: a day of blocks, 7,200; a PR's plan: minutes), so the history cache (reconciler/chain/history-cache.ts)
 * reads the new blocks' logs and writes its files again. A benchmark whose chain never moves never pays that; these
 * helpers move anvil's chain before a run and check that the run really saw (and stored) a new final block.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readHistoryHeader } from "../reconciler/chain/history-cache.js";
import { projectCacheDir } from "../reconciler/config/import.js";

/**
 * Blocks mined before each moved run. anvil's `finalized` is latest − 64 and the history cache covers up to the final
 * block of its last run, so N mined blocks move the final block N past the cache: any N ≥ 1 makes the run read the new
 * blocks' logs and write the cache back. Why not a day (7,200) or an epoch (32): anvil keeps a copy of the state per
 * block, and with 1,000 classes loaded a block costs it 0.5–2 s to mine (measured, docs/reconciler-scale.md, Session 8
 * (live14)), so six moved runs of 64 blocks would add 3–13 minutes to `npm run bench`; and what the halo process pays
 * does not grow with N on this chain (the new blocks are empty; a day's 7,200 blocks measured once on a small tree,
 * same place). 4 keeps the mining under ~10 s per run on a loaded machine.
 */
export const MOVED_BLOCKS = 4;

/** A history cache file's `coveredTo` (its JSON header, after the 8-byte magic and a 4-byte length), by file name. */
export function historyCoverage(project: string): Map<string, bigint> {
  const dir = projectCacheDir(project);
  const out = new Map<string, bigint>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^history-.*\.bin$/.test(n));
  } catch {
    return out;
  }
  for (const name of names) {
    const covered = coveredToOf(readFileSync(join(dir, name)));
    if (covered !== undefined) out.set(name, covered);
  }
  return out;
}

/** `coveredTo` of a history cache file's bytes (its header, chain/history-cache.ts); undefined if not one. */
export function coveredToOf(bytes: Buffer): bigint | undefined {
  const covered = readHistoryHeader(bytes)?.header.coveredTo;
  return typeof covered === "string" && /^\d+$/.test(covered) ? BigInt(covered) : undefined;
}

/** One JSON-RPC call to the benchmark's node (anvil); its error message when it answers an error. */
export async function rpc<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error !== undefined) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/**
 * Mine `blocks` empty blocks (anvil_mine), 8 per request: a 1,000-class anvil takes up to 2 s a block on a loaded
 * machine, and one request for 64 blocks outlived fetch's 300 s header timeout.
 */
export async function mineBlocks(url: string, blocks: number): Promise<void> {
  for (let left = blocks; left > 0; left -= 8) await rpc(url, "anvil_mine", [`0x${Math.min(8, left).toString(16)}`]);
}

/** The node's `finalized` block number. */
export async function finalizedBlock(url: string): Promise<bigint> {
  const block = await rpc<{ number: string } | null>(url, "eth_getBlockByNumber", ["finalized", false]);
  if (block === null) throw new Error("the node has no finalized block");
  return BigInt(block.number);
}

/**
 * What a moved run must show, or why it does not: the cache held entries before (`before`), the node's final block
 * lies past every one of them (`final`), and after a successful run every entry covers at least up to it (`after`).
 * Returns the failure, or undefined when the run saw and stored the moved chain.
 */
export function movedFailure(
  before: ReadonlyMap<string, bigint>,
  final: bigint,
  after: ReadonlyMap<string, bigint>,
): string | undefined {
  if (before.size === 0) return "the project has no history cache files to move past (out/.cache/history-*.bin)";
  const stale = [...before].filter(([, b]) => b >= final);
  if (stale.length > 0) return `the final block ${final} did not move past the history cache (${stale.map(([f, b]) => `${f} covers ${b}`).join(", ")})`;
  const behind = [...before.keys()].filter((f) => (after.get(f) ?? -1n) < final);
  if (behind.length > 0)
    return `the run did not store the moved final block ${final}: ${behind.map((f) => `${f} covers ${after.get(f) ?? "nothing"}`).join(", ")}`;
  return undefined;
}

const range = (m: ReadonlyMap<string, bigint>): string => {
  const v = [...m.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return v.length === 0 ? "none" : v[0] === v.at(-1) ? String(v[0]) : `${v[0]}–${v.at(-1)}`;
};

/**
 * Mine `blocks`, then `run()` (a new halo process in `project`), and check with `movedFailure` that it really ran
 * against a final block past the history cache and wrote it back; throws (the benchmark fails) when not. A run that
 * exited non-zero is returned unchecked: its exit code and error are reported as they are.
 */
export async function moveChain<R extends { exitCode: number }>(
  url: string,
  project: string,
  blocks: number,
  run: () => Promise<R>,
): Promise<{ run: R; coveredTo: string }> {
  const before = historyCoverage(project);
  await mineBlocks(url, blocks);
  const final = await finalizedBlock(url);
  const r = await run();
  if (r.exitCode !== 0) return { run: r, coveredTo: `${range(before)} → (exit ${r.exitCode})` };
  const after = historyCoverage(project);
  const failure = movedFailure(before, final, after);
  if (failure !== undefined) throw new Error(`moved-chain run after ${blocks} mined blocks: ${failure}`);
  return { run: r, coveredTo: `${range(before)} → ${range(after)}` };
}
