/**
 * halos/ is the example a GovOps team edits (README, `npm run demo`); the tests read their own trees under
 * reconciler/test/fixtures/ (the whole-tree scenario is fixtures/scenario). This file is the only one that looks
 * at halos/, and it checks only that the tree is valid, never what it declares: adding a class or changing a
 * parameter there cannot fail `npm test`. scripts/check-example-independence.sh proves it by running the suites
 * that read halos/ before on a copy of the repository whose halos/ has a class added and a parameter changed.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/program.js";
import type { CliIo } from "../cli/io.js";
import { formatDiagnostic, loadDesiredState } from "../load/index.js";
import { repoRoot } from "./helpers.js";

/** Every test source (and the helpers they import) under reconciler/test and bench. */
function testSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "fixtures" && e.name !== "golden") walk(p);
      } else if (e.name.endsWith(".ts")) out.push(p);
    }
  };
  walk(join(repoRoot, "reconciler", "test"));
  for (const e of readdirSync(join(repoRoot, "bench"))) if (e.endsWith(".test.ts")) out.push(join(repoRoot, "bench", e));
  return out;
}

/**
 * The ways a test source names the repository's halos/: a path built from the repository root, or a load relative
 * to it. (A command run in the repository without --dir reads it too, through halo.config.ts: no pattern can see
 * that; scripts/check-example-independence.sh does.)
 */
const READS_EXAMPLE: [RegExp, string][] = [
  [/join\(\s*(repoRoot|root)\s*,\s*["']halos["'/]/, "a path into the repository's halos/"],
  [/loadDesiredState\(\s*["']halos["']/, "loads halos/ relative to the working directory"],
  [/["']halos["'],\s*\{\s*cwd:\s*(repoRoot|root)\b/, "loads halos/ relative to the repository"],
];

describe("the example tree halos/ (what a GovOps team edits)", () => {
  it("is valid: `halo validate` in the repository exits 0 (whatever it declares)", async () => {
    let stdout = "";
    let stderr = "";
    const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: repoRoot, env: {} };
    const code = await run(["validate"], io);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^halos: valid \(\d+ files?: /);
    const loaded = loadDesiredState(join(repoRoot, "halos"));
    expect(loaded.ok ? [] : loaded.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("is read by no other test: each one uses its own tree under reconciler/test/fixtures/", () => {
    const self = join(repoRoot, "reconciler", "test", "example.test.ts");
    const found: string[] = [];
    for (const file of testSources()) {
      if (file === self) continue;
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const [re, why] of READS_EXAMPLE)
            if (re.test(line)) found.push(`${relative(repoRoot, file)}:${i + 1}: ${why}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("the guard above catches each way of reading halos/ (it can fail)", () => {
    const lines = [
      'const TERM = read(join(repoRoot, "halos", "bluecrest", "senior-secured.yaml"));',
      'const loaded = loadDesiredState("halos", { cwd: root });',
      'readFileSync(join(repoRoot, "halos/acme/mmf.yaml"), "utf8")',
      'cpSync(join(repoRoot, "halos"), join(dir, "halos"), { recursive: true });',
    ];
    for (const line of lines) expect(READS_EXAMPLE.some(([re]) => re.test(line)), line).toBe(true);
    // a test project's own halos/ (a temporary copy of a fixture) is not the example
    for (const line of ['cpSync(scenarioDir, join(dir, "halos"), { recursive: true });', 'const mmf = join(p.dir, "halos", "acme", "mmf.yaml");'])
      expect(READS_EXAMPLE.some(([re]) => re.test(line)), line).toBe(false);
  });
});
