import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const fixturesDir = join(repoRoot, "reconciler", "test", "fixtures");
/**
 * The scenario tree every test that needs "a whole tree" reads (a copy of the example as it was when the
 * tests were written). Tests never read the repository's `halos/`: that is the example a GovOps team edits;
 * only reconciler/test/example.test.ts looks at it, and only checks that it is valid.
 */
export const scenarioDir = join(fixturesDir, "scenario");

/** Write `files` (relative path → content) under a fresh temporary directory; returns its path. */
export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "halo-test-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/**
 * A temporary project for commands that read a config: a halo.config.ts (one local network, halosDir "halos")
 * and the scenario tree copied as its halos/. Returns the project's directory.
 */
export function scenarioProject(): string {
  const project = writeTree({
    "halo.config.ts": `export default {
  defaultNetwork: "local",
  halosDir: "halos",
  plansDir: "plans",
  networks: { local: { chainId: 31337, rpcUrl: { env: "HALO_LOCAL_RPC_URL", default: "http://127.0.0.1:8545" }, apply: { mode: "timelock" } } },
};
`,
  });
  cpSync(scenarioDir, join(project, "halos"), { recursive: true });
  return project;
}

/**
 * A small deterministic PRNG (mulberry32): the random-input tests (codecs against viem, hashes, canonical JSON) draw
 * from it so that a failing case reproduces from its seed.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
