/**
 * Saved scale chains (bench/profile-plan.ts, bench/scale.ts with BENCH_SCALE_SAVED=1): a size deployed once and
 * kept as an anvil state dump with its tree and addresses under out/bench/scale-state-N/, so that later runs load
 * it in seconds instead of deploying for minutes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { type Anvil, startAnvil } from "../reconciler/chain/anvil.js";
import { BLOCK_GAS_LIMIT, MEASURED_ANVIL_ARGS, type ScaleDeployment, deployScaleTree, writeScaleTree } from "./scale.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What a saved size holds besides the chain: enough to read it again. */
interface SavedMeta extends Omit<ScaleDeployment, "deployBlock"> {
  classes: number;
  deployBlock: string;
  anvil: string;
}

export function stateDir(classes: number): string {
  return join(root, "out", "bench", `scale-state-${classes}`);
}

/**
 * An anvil state dump without the transactions' call traces (`"traces":[…]` → `"traces":[]`): four fifths of the
 * file and nothing the reconciler reads (receipts and logs stay). Works on the bytes: at 1,000 classes the dump is
 * larger than the longest string V8 allows.
 */
export function withoutTraces(dump: Buffer): Buffer {
  const open = Buffer.from('"traces":[');
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = dump.indexOf(open); at !== -1; at = dump.indexOf(open, from)) {
    let i = at + open.length;
    let depth = 1;
    let inString = false;
    for (; depth > 0; i++) {
      const c = dump[i];
      if (c === undefined) throw new Error("state dump: unterminated traces array");
      if (inString) {
        if (c === 0x5c) i++; // backslash: skip the escaped character
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) inString = true;
      else if (c === 0x5b || c === 0x7b) depth++;
      else if (c === 0x5d || c === 0x7d) depth--;
    }
    parts.push(dump.subarray(from, at + open.length), Buffer.from("]"));
    from = i;
  }
  parts.push(dump.subarray(from));
  return Buffer.concat(parts);
}

/** Deploy `classes` on a fresh anvil and save the chain, the tree and the addresses under `stateDir(classes)`. */
export async function saveScaleState(classes: number, log: (s: string) => void = () => {}): Promise<void> {
  const dir = stateDir(classes);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "tree"), { recursive: true });
  const anvil = await startAnvil({ gasLimit: BLOCK_GAS_LIMIT });
  try {
    const yamlFiles = writeScaleTree(classes, join(dir, "tree"));
    const d = await deployScaleTree(anvil.url, join(dir, "tree"), log);
    const res = await fetch(anvil.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "anvil_dumpState", params: [] }),
    });
    const { result, error } = (await res.json()) as { result?: string; error?: { message: string } };
    if (result === undefined) throw new Error(`anvil_dumpState: ${error?.message ?? "no result"}`);
    // anvil answers gzip-compressed JSON as hex; --load-state reads the JSON, without the call traces
    writeFileSync(join(dir, "state.json"), withoutTraces(gunzipSync(Buffer.from(result.slice(2), "hex"))));
    const meta: SavedMeta = {
      classes,
      addresses: d.addresses,
      deployBlock: d.deployBlock.toString(),
      deployS: d.deployS,
      deployTransactions: d.deployTransactions,
      yamlFiles,
      anvil: "anvil_dumpState of the deployment",
    };
    writeFileSync(join(dir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    log(`saved ${classes} classes (${d.deployTransactions} transactions, ${d.deployS.toFixed(1)} s) to ${dir}`);
  } finally {
    await anvil.stop();
  }
}

export function loadMeta(classes: number): (ScaleDeployment & { tree: string; state: string }) | undefined {
  const dir = stateDir(classes);
  if (!existsSync(join(dir, "meta.json")) || !existsSync(join(dir, "state.json"))) return undefined;
  const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as SavedMeta;
  return {
    addresses: meta.addresses,
    deployBlock: BigInt(meta.deployBlock),
    deployS: meta.deployS,
    deployTransactions: meta.deployTransactions,
    yamlFiles: meta.yamlFiles,
    tree: join(dir, "tree"),
    state: join(dir, "state.json"),
  };
}

/** anvil started from a saved size (`--load-state`; loading 1,000 classes takes a minute on a busy machine). */
export function startSavedAnvil(saved: { state: string }): Promise<Anvil> {
  return startAnvil({ gasLimit: BLOCK_GAS_LIMIT, args: ["--load-state", saved.state, ...MEASURED_ANVIL_ARGS], readyTimeoutMs: 600_000 });
}
