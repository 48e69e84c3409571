/**
 * Client costs of the reconciler's CPU-side stages, measured in-process (not a timed test): loading and
 * validating a desired-state tree (first and repeated in one process), hashing its canonical JSON, and
 * checksumming addresses. Used for the before/after figures of issue 14's "client costs".
 *
 *   tsx bench/startup-client.ts [classes]    default 1000 classes × 10 units; writes out/bench/client-costs.json
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getAddress as viemGetAddress } from "viem";
import { forgetCachedStates } from "../reconciler/load/cache.js";
import { loadDesiredState } from "../reconciler/load/index.js";
import { getAddress } from "../reconciler/model/address.js";
import { canonicalHash, canonicalJson } from "../reconciler/plan/canonical.js";
import { scaleTreeFiles } from "./scale-tree.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ms = (start: bigint): number => Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100;
function time<T>(f: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = f();
  return { ms: ms(start), value };
}

function writeScaleTree(classes: number): string {
  const dir = mkdtempSync(join(tmpdir(), "halo-client-costs-"));
  const files = scaleTreeFiles({
    classes,
    unitsPerClass: 10,
    classesPerAgent: 50,
    depositAsset: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    audits: {
      "lcts-portfolio": { uri: "ipfs://lcts", sha256: "ab".repeat(32) },
      "nfat-term": { uri: "ipfs://nfat", sha256: "cd".repeat(32) },
    },
    day0: { maxAmount: "1000000000000000000000000", slopePerDay: "100000000000000000000000" },
  });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function measureTree(dir: string): Record<string, number> {
  const cacheDir = mkdtempSync(join(tmpdir(), "halo-client-cache-"));
  try {
    forgetCachedStates();
    const first = time(() => loadDesiredState(dir, { cacheDir }));
    const again = time(() => loadDesiredState(dir, { cacheDir }));
    forgetCachedStates(); // as a new process: from the disk cache
    const disk = time(() => loadDesiredState(dir, { cacheDir }));
    if (!first.value.ok || !again.value.ok || !disk.value.ok) throw new Error(`${dir}: the tree is not valid`);
    const state = first.value.state;
    const json = time(() => canonicalJson(state));
    const hash = time(() => canonicalHash(state));
    const hashAgain = time(() => canonicalHash(structuredClone(state)));
    return {
      files: state.files.length,
      loadFirstMs: first.ms,
      loadAgainMs: again.ms,
      loadFromDiskCacheMs: disk.ms,
      canonicalJsonBytes: json.value.length,
      canonicalJsonMs: json.ms,
      canonicalHashMs: hash.ms,
      canonicalHashAgainMs: hashAgain.ms,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

function measureChecksums(distinct: number, repeats: number): Record<string, number> {
  const addresses = Array.from({ length: distinct }, (_, i) => `0x${(i + 1).toString(16).padStart(40, "a")}`);
  const viem = time(() => {
    for (let r = 0; r < repeats; r++) for (const a of addresses) viemGetAddress(a);
  });
  const memo = time(() => {
    for (let r = 0; r < repeats; r++) for (const a of addresses) getAddress(a);
  });
  return { distinct, calls: distinct * repeats, viemMs: viem.ms, memoizedMs: memo.ms };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const classes = Number(process.argv[2] ?? 1000);
  const scaleDir = writeScaleTree(classes);
  try {
    const result = {
      node: process.version,
      exampleTree: measureTree(join(root, "halos")),
      scaleTree: { classes, unitsPerClass: 10, ...measureTree(scaleDir) },
      // 40k addresses: viem's own checksum cache holds 8,192, so a large run recomputes them every time
      checksums: measureChecksums(40_000, 3),
    };
    const file = join(root, "out", "bench", "client-costs.json");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(scaleDir, { recursive: true, force: true });
  }
}
