/**
 * vitest global setup: the tests that spawn the real binary (bin/halo.js) run the compiled CLI in dist/, so it is
 * built first when missing or older than the sources (`npm run build`: scripts/build-cli.mjs; a no-op when fresh).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function ensureBuilt(): void {
  const probe = spawnSync(process.execPath, [join(repoRoot, "bin", "halo.js"), "--version"], { cwd: repoRoot, encoding: "utf8" });
  if (probe.status === 0 || !probe.stderr.includes("npm run build")) return;
  execFileSync(process.execPath, [join(repoRoot, "scripts", "build-cli.mjs")], { cwd: repoRoot, stdio: "pipe" });
}

export default function setup(): void {
  ensureBuilt();
}
